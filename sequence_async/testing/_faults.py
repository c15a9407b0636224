"""Deterministic fault injection: scripted and random failures for the emulator's responses."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Literal

import httpx

from ._http import Reply, error_reply, json_reply

__all__ = [
    "DEFAULT_POOL",
    "LOST_POOL",
    "ConnectionDropped",
    "Fault",
    "Faults",
    "MalformedKind",
    "malformed_reply",
    "status_reply",
]

MalformedKind = Literal["not_json", "truncated", "wrong_shape", "null_required"]
_MALFORMED_KINDS = ("not_json", "truncated", "wrong_shape", "null_required")


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the emulator app to drop the connection after the response start was sent.

    In-process, httpx's ASGITransport re-raises it, so clients see an ``httpx.RemoteProtocolError``
    (a ``TransportError``), as they would over a socket closed mid-response.
    """


@dataclass(frozen=True, slots=True)
class Fault:
    """One injected failure. Build it with :meth:`status`, :meth:`drop`, :meth:`slow` or :meth:`malformed`."""

    kind: Literal["status", "drop", "lost", "slow", "malformed"]
    code: int = 0
    retry_after: int | str | None = None
    body: str | bytes | Mapping[str, Any] | list[Any] | None = None
    content_type: str | None = None
    seconds: float = 0.0
    malformed_kind: MalformedKind | None = None

    @classmethod
    def status(
        cls,
        code: int,
        retry_after: int | str | None = None,
        body: str | bytes | Mapping[str, Any] | list[Any] | None = None,
        *,
        content_type: str | None = None,
    ) -> Fault:
        """Answer with status ``code`` (any 3-digit code, e.g. 429, 503, 520, 499) without handling the request.

        ``retry_after``: an int is sent as delta-seconds, a str verbatim (e.g. an HTTP-date).
        ``body``: JSON for a mapping or list, verbatim for str/bytes (``text/plain`` unless
        ``content_type`` says otherwise); default: the documented error body.
        """
        if not 100 <= code <= 999:
            raise ValueError(f"status code must have 3 digits, got {code}")
        return cls("status", code=code, retry_after=retry_after, body=body, content_type=content_type)

    @classmethod
    def drop(cls) -> Fault:
        """Send the response start (with a Content-Length), then drop the connection."""
        return cls("drop")

    @classmethod
    def lost(cls) -> Fault:
        """Handle the request (a write is applied), send the response start, then drop the
        connection: the reset after the write was received that a client cannot tell from
        :meth:`drop`."""
        return cls("lost")

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Wait ``seconds`` (cancellable; cut short if the client disconnects), then answer normally."""
        if seconds < 0:
            raise ValueError("seconds must be >= 0")
        return cls("slow", seconds=seconds)

    @classmethod
    def malformed(cls, kind: MalformedKind) -> Fault:
        """Handle the request, then answer 200 with a broken body.

        Kinds: ``not_json`` (garbage text), ``truncated`` (cut-off JSON), ``wrong_shape`` (a JSON
        list), ``null_required`` (a required field such as ``items[0].id`` set to null).
        """
        if kind not in _MALFORMED_KINDS:
            raise ValueError(f"unknown malformed kind {kind!r}; expected one of {_MALFORMED_KINDS}")
        return cls("malformed", malformed_kind=kind)

    @property
    def label(self) -> str:
        """Short description recorded in the request log, e.g. ``status:503`` or ``malformed:truncated``."""
        if self.kind == "status":
            return f"status:{self.code}"
        if self.kind == "slow":
            return f"slow:{self.seconds:g}"
        if self.kind == "malformed":
            return f"malformed:{self.malformed_kind}"
        return self.kind  # drop, lost


DEFAULT_POOL: tuple[Fault, ...] = (
    Fault.status(500),
    Fault.status(502),
    Fault.status(503),
    Fault.status(504),
    Fault.status(429, retry_after=1),
    Fault.drop(),
)
"""What ``Faults(probability=...)`` draws from when no ``pool`` is given: 500, 502, 503, 504,
a 429 with Retry-After and a dropped connection."""

LOST_POOL: tuple[Fault, ...] = (*DEFAULT_POOL, Fault.lost())
"""The default pool and a response lost after the request was applied (``--lost-responses``)."""


class Faults:
    """Which requests fail, and how.

    ``script`` is consumed one entry per (matching) request, in order; a ``None`` entry means no
    fault. Once it is used up, each matching request gets a fault drawn from ``pool`` with
    ``probability``, using a private RNG seeded with ``seed``. ``match(method, raw_path)`` limits
    which requests are eligible (non-matching requests consume nothing).
    """

    def __init__(
        self,
        script: Iterable[Fault | None] = (),
        *,
        probability: float = 0.0,
        pool: Sequence[Fault] = DEFAULT_POOL,
        seed: int = 0,
        match: Callable[[str, str], bool] | None = None,
    ) -> None:
        if not 0.0 <= probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        if probability > 0 and not pool:
            raise ValueError("a non-zero probability needs a non-empty pool")
        self._script = list(script)
        self._position = 0
        self.probability = probability
        self.pool = tuple(pool)
        self.match = match
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    @property
    def remaining(self) -> int:
        """Script entries not yet consumed."""
        return len(self._script) - self._position

    def next_fault(self, method: str, path: str) -> Fault | None:
        """The fault for the next request (``None``: handle it normally)."""
        if self.match is not None and not self.match(method, path):
            return None
        with self._lock:
            if self._position < len(self._script):
                self._position += 1
                return self._script[self._position - 1]
            if self.probability > 0 and self._rng.random() < self.probability:
                return self._rng.choice(self.pool)
            return None


_ERROR_TYPES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    409: "Conflict",
    422: "UnprocessableEntity",
    429: "RateLimitExceeded",
    500: "InternalServerError",
    502: "BadGateway",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
}


def _error_type(code: int) -> str:
    if code in _ERROR_TYPES:
        return _ERROR_TYPES[code]
    try:
        return HTTPStatus(code).phrase.title().replace(" ", "").replace("-", "")
    except ValueError:
        return "UnknownError"


def status_reply(fault: Fault) -> Reply:
    """The response of a :meth:`Fault.status` fault."""
    headers = {} if fault.retry_after is None else {"retry-after": str(fault.retry_after)}
    body = fault.body
    if body is None:
        reply = error_reply(fault.code, _error_type(fault.code), f"Injected fault: HTTP {fault.code}", headers)
    elif isinstance(body, str | bytes):
        raw = body.encode() if isinstance(body, str) else body
        reply = Reply(fault.code, raw, headers, "text/plain; charset=utf-8")
    else:
        reply = json_reply(fault.code, body if isinstance(body, list) else dict(body), headers)
    if fault.content_type is not None:
        reply.media_type = fault.content_type
    return reply


def _null_required(payload: Any) -> Any:
    if isinstance(payload, dict) and isinstance(payload.get("items"), list) and payload["items"]:
        first = payload["items"][0]
        return {**payload, "items": [{**first, "id": None}, *payload["items"][1:]]}
    if isinstance(payload, dict) and "id" in payload:
        return {**payload, "id": None}
    return {"items": None}


def malformed_reply(kind: MalformedKind, reply: Reply) -> Reply:
    """A 200 whose body breaks the contract, made from the normal ``reply``."""
    payload = reply.payload if reply.status == 200 else {"items": []}
    headers = {k: v for k, v in reply.headers.items() if k.lower() != "retry-after"}
    if kind == "not_json":
        return Reply(200, b"<html><body>upstream said: {not json</body></html>", headers)
    if kind == "truncated":
        body = json.dumps(payload, separators=(",", ":")).encode()
        return Reply(200, body[: max(1, len(body) // 2)], headers)
    if kind == "wrong_shape":
        return json_reply(200, [payload], headers)
    return json_reply(200, _null_required(payload), headers)
