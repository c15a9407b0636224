"""The runtime of the generated resources: one operation's arguments checked and sent.

Each generated method hands its ``locals()`` and an :class:`Op` (its request's shape and its
arguments' schemas, as data) to :meth:`Resource._call` or :meth:`Resource._paginate`; this
module turns them into one request through the pipeline. Nothing is sent until every argument
has been checked (:class:`InvalidParameterError` names the one at fault).
"""

from __future__ import annotations

import json
import urllib.parse
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _params
from ._config import NOT_GIVEN, NotGiven, check_timeout
from ._generated import ModelParser, UnionParser
from ._hooks import Operation
from ._pagination import AsyncPaginator, Direction, Page, cursor_digest
from ._shapes import check, to_json
from .errors import ConfigurationError, InvalidParameterError

if TYPE_CHECKING:
    from typing import TypeAlias

    import httpx

    from ._pipeline import Content, Pipeline

    Timeout: TypeAlias = float | httpx.Timeout | None
    """A call's ``timeout=``: seconds, an :class:`httpx.Timeout`, or None for none."""

__all__ = ["NOT_GIVEN", "NotGiven", "Op", "Resource", "operation"]

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])
Argument = tuple[str, str, Mapping[str, Any], bool]  # (python name, API name, schema, required)
MAX_IDEMPOTENCY_KEY = 255  # characters; what the API documents for Idempotency-Key
# Headers the SDK sets itself: a caller's extra_headers may not replace them.
OWN_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "sequence-version",
        "idempotency-key",
        "content-type",
        "content-length",
        "transfer-encoding",
        "host",
        "accept",
        "accept-encoding",
        "connection",
        "cookie",
        "te",
        "upgrade",
        "expect",
    }
)
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def operation(op: Op[Any] | Operation) -> Callable[[F], F]:
    """Mark a method as the SDK's entry point for an OpenAPI operation (see spec-report)."""
    operation_id = op.operation_id

    def mark(func: F) -> F:
        func.__sequence_operation__ = operation_id  # type: ignore[attr-defined]
        return func

    return mark


class Op(Generic[T]):
    """One operation as data: method, path template, arguments by place, how to read the answer."""

    __slots__ = (
        "body",
        "body_required",
        "body_whole",
        "content",
        "idempotency_header",
        "method",
        "operation",
        "paginated",
        "parse",
        "path",
        "query",
        "schemas",
        "superseded_by",
        "template",
    )
    content: Content

    def __init__(
        self,
        name: str,
        operation_id: str,
        method: str,
        template: str,
        *,
        path: tuple[Argument, ...] = (),
        query: tuple[Argument, ...] = (),
        body: tuple[Argument, ...] = (),
        body_whole: Mapping[str, Any] | None = None,
        body_required: bool = False,
        response: str | tuple[str, ...] | None = None,
        content: Content = "json",
        paginated: bool = False,
        idempotency_header: bool = False,
        superseded_by: str | None = None,
        schemas: Mapping[str, Any] | None = None,
    ) -> None:
        self.operation = Operation(name, operation_id, template)
        self.method = method
        self.template = template
        self.path = path
        self.query = query
        self.body = body
        self.body_whole = body_whole
        self.body_required = body_required
        self.content = content
        self.paginated = paginated
        self.idempotency_header = idempotency_header
        # The argument that makes a resend safe when given (a second write with its value supersedes the first).
        self.superseded_by = superseded_by
        self.schemas: Mapping[str, Any] = schemas or {}
        self.parse: Callable[[Any], Any] = _parser(response)

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    def __repr__(self) -> str:
        return f"<Op {self.operation.name} {self.method} {self.template}>"


def _parser(response: str | tuple[str, ...] | None) -> Callable[[Any], Any]:
    if response is None:
        return _as_is
    if isinstance(response, tuple):
        return UnionParser(response)
    return ModelParser(response)


def _as_is(data: Any) -> Any:
    return data


@dataclass(frozen=True, slots=True)
class Request:
    """A checked request: what the pipeline sends."""

    path: str
    params: dict[str, Any]
    body: bytes | None
    headers: dict[str, str] | None
    timeout: httpx.Timeout | None
    idempotency_key: str | None
    resend_safe: bool = False


def build(op: Op[Any], args: Mapping[str, Any]) -> Request:
    """``op``'s request from a method's ``locals()``: every argument checked, nothing sent."""
    path = op.template
    for name, wire, _schema, _required in op.path:
        value = _params.path_id(args[name], name)
        path = path.replace("{" + wire + "}", urllib.parse.quote(value, safe=""), 1)
    params: dict[str, Any] = {}
    for name, wire, schema, required in op.query:
        value = _value(args.get(name), name, schema, required, op.schemas)
        if value is not None:
            params[wire] = value
    return Request(
        path=path,
        params=params,
        body=_body(op, args),
        headers=checked_headers(args.get("extra_headers")),
        timeout=checked_timeout(args.get("timeout", NOT_GIVEN)),
        idempotency_key=_idempotency_key(args.get("idempotency_key")) if op.idempotency_header else None,
        resend_safe=op.superseded_by is not None and args.get(op.superseded_by) not in (None, NOT_GIVEN),
    )


def _value(value: Any, name: str, schema: Mapping[str, Any], required: bool, named: Mapping[str, Any]) -> Any:
    """A query argument as JSON (None: not sent)."""
    if value is None:
        if required:
            raise InvalidParameterError(f"{name} is required")
        return None
    value = to_json(value, name)
    check(value, schema, name, named)
    if isinstance(value, str):
        _params.optional_str(value, name)  # sendable in a URL: valid Unicode, bounded
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                _params.optional_str(item, f"{name}[{index}]")
    return value


def _body(op: Op[Any], args: Mapping[str, Any]) -> bytes | None:
    if op.body_whole is not None:
        value = args.get("body")
        if value is None:
            if op.body_required:
                raise InvalidParameterError("body is required")
            return None
        whole = to_json(value, "body")
        check(whole, op.body_whole, "body", op.schemas)
        return _encode(whole)
    if not op.body:
        return None
    data: dict[str, Any] = {}
    for name, wire, schema, required in op.body:
        value = args.get(name, NOT_GIVEN)
        if value is NOT_GIVEN or (value is None and not schema.get("nullable")):
            if required and value is NOT_GIVEN:
                raise InvalidParameterError(f"{name} is required")
            if not required:
                continue
        value = to_json(value, name)
        check(value, schema, name, op.schemas)
        data[wire] = value
    return _encode(data)


def _encode(data: Any) -> bytes:
    try:
        return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError("the request body contains a lone surrogate (not valid Unicode)") from None
    except (ValueError, RecursionError) as exc:
        raise InvalidParameterError(f"the request body cannot be sent as JSON ({type(exc).__name__})") from None


def checked_headers(headers: object) -> dict[str, str] | None:
    """A call's ``extra_headers``: str names and values a request may carry, none the SDK's own."""
    if headers is None:
        return None
    if not isinstance(headers, Mapping):
        raise InvalidParameterError(f"extra_headers must be a mapping of str to str, got {type(headers).__name__}")
    checked: dict[str, str] = {}
    try:
        items = list(headers.items())
    except Exception as exc:
        raise InvalidParameterError(f"extra_headers: reading it raised {type(exc).__name__}") from None
    for raw_name, raw_value in items:
        # Plain str copies: a subclass may override lower(), isascii()... and be sent as something else.
        name = str.__str__(raw_name) if isinstance(raw_name, str) else None
        if not name or not set(name) <= _TOKEN:
            raise InvalidParameterError("extra_headers: a header name must be a non-empty HTTP token")
        if str.lower(name) in OWN_HEADERS:
            raise InvalidParameterError(f"extra_headers: {name} is set by the SDK and cannot be replaced")
        if not isinstance(raw_value, str):
            raise InvalidParameterError(f"extra_headers[{name!r}] must be a str, got {type(raw_value).__name__}")
        value = str.__str__(raw_value)
        if not (str.isascii(value) and str.isprintable(value)):  # httpx sends ASCII only; no CR/LF injection
            raise InvalidParameterError(f"extra_headers[{name!r}] must be printable ASCII (no CR, LF or NUL)")
        checked[name] = value
    return checked or None


def checked_timeout(value: object) -> httpx.Timeout | None:
    if value is NOT_GIVEN:
        return None
    try:
        return check_timeout(value)
    except ConfigurationError as exc:
        raise InvalidParameterError(str(exc)) from None


def _idempotency_key(value: object) -> str:
    """The caller's key, or a new one for this call (all its attempts send the same)."""
    if value is None:
        return str(uuid.uuid4())
    if not isinstance(value, str):
        raise InvalidParameterError(f"idempotency_key must be a str, got {type(value).__name__}")
    value = str.__str__(value)
    if not value or len(value) > MAX_IDEMPOTENCY_KEY or not (str.isascii(value) and str.isprintable(value)):
        raise InvalidParameterError(f"idempotency_key must be 1-{MAX_IDEMPOTENCY_KEY} printable ASCII characters")
    return value


class Resource:
    """The base of every generated resource: holds the pipeline, sends checked requests."""

    __slots__ = ("_pipeline",)

    def __init__(self, pipeline: Pipeline) -> None:
        self._pipeline = pipeline

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"

    async def _call(self, op: Op[T], args: Mapping[str, Any]) -> T:
        request = self._build(op, args)
        reply = await self._pipeline.call(
            op.method,
            request.path,
            op.parse,
            params=request.params or None,
            body=request.body,
            headers=request.headers,
            timeout=request.timeout,
            idempotency_key=request.idempotency_key,
            resend_safe=request.resend_safe,
            operation=op.operation,
            content=op.content,
        )
        result: T = reply.body
        return result

    def _build(self, op: Op[Any], args: Mapping[str, Any]) -> Request:
        try:
            return build(op, args)
        except InvalidParameterError as exc:  # a careless caller's value may be a credential
            message = self._pipeline.shared.redact(str(exc))
        raise InvalidParameterError(message)

    def _paginate(self, op: Op[Any], args: Mapping[str, Any]) -> AsyncPaginator[Any]:
        page_size = _params.page_limit(args.get("limit"))
        after = _params.cursor(args.get("after"), "after")
        before = _params.cursor(args.get("before"), "before")
        if after is not None and before is not None:
            raise InvalidParameterError("pass after or before, not both")
        request = self._build(op, {**args, "limit": page_size, "after": None, "before": None})
        step = args.get("step")
        checkpoint = args.get("checkpoint")
        if checkpoint is not None and step is None:
            step = _step_name(op, request.params, after, before)
        fetch = _page_fetcher(self._pipeline, op, request)
        direction: Direction = "before" if before is not None else "after"
        return AsyncPaginator(
            fetch,
            direction=direction,
            start=before or after,
            prefetch=args.get("prefetch", 0),
            checkpoint=checkpoint,
            step=step,
        )


def _step_name(op: Op[Any], params: Mapping[str, Any], after: str | None, before: str | None) -> str:
    """The default position of a resumable listing: the operation and its query, so another query
    keeps its own position (a digest stands for a start cursor: server data, maybe long)."""
    query = {key: json.dumps(value) if not isinstance(value, str) else value for key, value in sorted(params.items())}
    if after is not None:
        query["after_digest"] = cursor_digest(after)
    if before is not None:
        query["before_digest"] = cursor_digest(before)
    return f"{op.operation.name}?{urllib.parse.urlencode(query)}"


def _page_fetcher(pipeline: Pipeline, op: Op[Any], request: Request) -> Callable[[Direction, str | None], Any]:
    async def fetch(direction: Direction, cursor: str | None) -> Page[Any]:
        params = dict(request.params)
        if cursor is not None:
            params[direction] = cursor
        reply = await pipeline.call(
            op.method,
            request.path,
            op.parse,
            params=params,
            headers=request.headers,
            timeout=request.timeout,
            operation=op.operation,
        )
        body = reply.body
        pagination = body.pagination
        return Page(
            items=list(body.items),
            after=_text(getattr(pagination, "after", None)),
            before=_text(getattr(pagination, "before", None)),
            total=_int(getattr(pagination, "total_result_size", None)),
            version=reply.version,
            request_id=reply.request_id,
        )

    return fetch


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"  # RFC 3986 pchar and "/": kept as given, the rest percent-encoded


async def raw_request(
    pipeline: Pipeline,
    method: object,
    path: object,
    *,
    params: Mapping[str, Any] | None,
    json_body: Any,
    extra_headers: Mapping[str, str] | None,
    timeout: object,  # noqa: ASYNC109  (a per-call option, as in httpx; the pipeline enforces it)
    idempotency_key: str | None,
) -> Any:
    """``client.request``: any method and path under the base URL, through the one pipeline."""
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise InvalidParameterError(f"method must be one of {', '.join(sorted(METHODS))}")
    query = _raw_query(params)
    body = None if json_body is None else _encode(to_json(json_body, "json"))
    reply = await pipeline.call(
        method.upper(),
        _relative_path(path),
        _json_or_none,
        params=query or None,
        body=body,
        headers=checked_headers(extra_headers),
        timeout=checked_timeout(timeout),
        idempotency_key=None if idempotency_key is None else _idempotency_key(idempotency_key),
        operation=Operation("SequenceClient.request", "", ""),
        content="file",
    )
    return reply.body


def _raw_query(params: object) -> dict[str, Any]:
    """``client.request``'s ``params``: a mapping of str to str, number, bool or a list of them."""
    if params is None:
        return {}
    if not isinstance(params, Mapping):
        raise InvalidParameterError(f"params must be a mapping of names to values, got {type(params).__name__}")
    query: dict[str, Any] = {}
    for name, value in to_json(params, "params").items():
        shown = f"params[{name!r}]"
        _params.optional_str(name, "params (a name)")
        if value is None:
            raise InvalidParameterError(f"{shown} must not be None (leave it out)")
        check(value, _QUERY_VALUE, shown, {})
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                _params.optional_str(item, shown)
        query[name] = value
    return query


_QUERY_VALUE: Mapping[str, Any] = {
    "oneOf": [
        {"type": "string"},
        {"type": "number"},
        {"type": "boolean"},
        {"type": "array", "items": {"oneOf": [{"type": "string"}, {"type": "number"}, {"type": "boolean"}]}},
    ]
}


def _relative_path(path: object) -> str:
    """A path under the base URL: it may not leave it (another host, ``..``) or carry a query."""
    if not isinstance(path, str):
        raise InvalidParameterError(f"path must be a str, got {type(path).__name__}")
    path = str.__str__(path)  # a plain copy: what is checked is what is sent
    if not path.startswith("/") or path.startswith("//"):
        raise InvalidParameterError("path must start with a single / (it is relative to the base URL)")
    if any(ch in path for ch in "?#\\") or not path.isprintable() or " " in path:
        raise InvalidParameterError("path must not contain ?, #, \\, spaces or control characters (use params=)")
    if any(urllib.parse.unquote(segment) in (".", "..") for segment in path.split("/")):
        raise InvalidParameterError("path must not contain . or .. segments (encoded or not)")
    _params.optional_str(path, "path")
    return urllib.parse.quote(path, safe=_PATH_SAFE)


def _json_or_none(content: bytes) -> Any:
    """A body as JSON; an empty one as None."""
    if not content.strip():
        return None
    return json.loads(content)
