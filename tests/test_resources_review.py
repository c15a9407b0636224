"""Found by an adversarial review of the generated resource layer, each a class of defect now fixed:
generator input that would inject code or break imports, writes answered 2xx (or cut by a close)
that must say ``maybe_applied``, endless empty pages, ``with_raw_response`` misuse refused before
anything is sent, untyped errors from hostile arguments, str subclasses whose methods lie, and
percent-encoded dot segments in ``client.request``.

Every wait is bounded (``WAIT``, ``asyncio.wait_for``); nothing here needs a network.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import tempfile
import types
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from sequence_async import RetryPolicy, SequenceClient, SequenceError
from sequence_async.errors import InvalidParameterError, ResponseValidationError

from ._hostile import WAIT, Credentials, HostileServer, Reply

pytest_plugins = ["tests._backends"]  # the `backend` fixture: httpx and aiohttp

CREDS = Credentials("id", "s3cr3t-review-value")
FAST = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.002)
JSON = {"Content-Type": "application/json"}
ADDRESS = {"country": "GB", "line1": "1 St", "postcode": "N1", "town": "London"}
ROOT = Path(__file__).resolve().parent.parent
MODELS_INIT = ROOT / "generated" / "sequence_api" / "models" / "__init__.py"


def hostile_client(server: HostileServer, backend: str = "httpx") -> SequenceClient:
    return SequenceClient(
        CREDS.client_id,
        CREDS.client_secret,
        base_url=server.base_url,
        rate_limit=None,
        timeout=WAIT,
        retry=FAST,
        http_backend=backend,  # type: ignore[arg-type]
    )


class Recorder:
    """An httpx MockTransport handler that records every request."""

    def __init__(self, body: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.body = {} if body is None else body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.body)


def mock_client(recorder: Recorder) -> SequenceClient:
    return SequenceClient(
        "id", "secret", base_url="https://api.test/api", transport=httpx.MockTransport(recorder), rate_limit=None
    )


# -- write safety: maybe_applied ------------------------------------------------------------------


async def test_a_write_answered_201_with_a_bad_body_says_it_was_applied(backend: str) -> None:
    """A 201 proves the POST was applied; the error must not tell the caller it was not
    (docs/resources.md: after ``maybe_applied=False`` a create may be sent again)."""
    async with HostileServer(Reply(201, b"garbage{", JSON)) as server:
        async with hostile_client(server, backend) as client:
            with pytest.raises(ResponseValidationError) as caught:
                await client.customers.create(legal_name="Acme", address=ADDRESS, contacts=[], tax_status="TAXED")
        assert [r.method for r in server.requests] == ["POST"]
    assert caught.value.maybe_applied is True


async def test_a_write_in_flight_when_the_client_closes_says_it_may_have_been_applied(backend: str) -> None:
    """The server has read the POST when aclose() ends the call: the error must say maybe_applied
    (docs/errors.md: every request error says whether an attempt may have changed the server)."""
    async with HostileServer(Reply(201, b"{}", JSON, delay=2.0)) as server:
        client = hostile_client(server, backend)
        task = asyncio.create_task(client.request("POST", "/notes", json={"text": "hi"}))
        await server.wait_for_requests(1)
        await client.aclose()
        with pytest.raises(SequenceError) as caught:
            await asyncio.wait_for(task, WAIT)
    assert getattr(caught.value, "maybe_applied", None) is True


# -- with_raw_response: refuses its argument only after the write was sent --------------------------


async def test_with_raw_response_refuses_a_task_before_it_sends_anything() -> None:
    """A Task is refused only after it has been awaited to the end: the POST was applied, its
    result is dropped, and the caller gets an InvalidParameterError (which reads as "not sent")."""
    async with HostileServer(Reply(201, b"{}", JSON)) as server, hostile_client(server) as client:
        task = asyncio.ensure_future(client.request("POST", "/notes", json={"text": "hi"}))
        with pytest.raises(InvalidParameterError):
            await client.with_raw_response(task)
        finished = task.done()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert not finished, f"refused after the task ran: {len(server.requests)} POST(s) already sent"


async def test_nested_with_raw_response_returns_the_reply() -> None:
    async with HostileServer(Reply(201, b'{"ok": true}', JSON)) as server, hostile_client(server) as client:
        outer = await client.with_raw_response(
            client.with_raw_response(client.request("POST", "/notes", json={"text": "hi"}))
        )
    assert outer.status_code == 201


# -- paging never loops forever -------------------------------------------------------------------


async def test_empty_pages_with_ever_new_cursors_end() -> None:
    """A server answering empty pages, each with a new ``after`` cursor, keeps ``async for`` busy
    forever: the caller's loop body never runs, so it cannot even break out."""
    served = 0

    def page(_: Any) -> bytes:
        nonlocal served
        served += 1
        return json.dumps({"items": [], "pagination": {"after": f"c{served}", "totalResultSize": 0}}).encode()

    async with HostileServer(Reply(200, page, JSON)) as server, hostile_client(server) as client:

        async def walk() -> None:
            async for _ in client.products.list():
                pass

        try:
            await asyncio.wait_for(walk(), 3.0)
        except SequenceError:
            pass  # e.g. a PaginationError: the fix
        except TimeoutError:
            pytest.fail(f"paging did not end: {served} empty pages fetched in 3 s")


# -- only typed errors escape, bad input named before sending -------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda c: c.request("GET", "/x", params=[("a", "b")]), id="params-as-list-of-pairs"),
        pytest.param(lambda c: c.request("GET", "/x", params={"a": "\ud800"}), id="params-lone-surrogate-value"),
        pytest.param(lambda c: c.request("GET", "/x", params={"\ud800": "a"}), id="params-lone-surrogate-name"),
        pytest.param(lambda c: c.request("POST", "/x", json={"n": 10**5000}), id="json-huge-int"),
        pytest.param(
            lambda c: c.usage_events.create(customer_alias="a", event_type="t", event_properties={"n": 10**5000}),
            id="body-huge-int",
        ),
        pytest.param(lambda c: c.usage_events.list(offset=10**5000).to_list(), id="query-huge-int"),
    ],
)
async def test_hostile_arguments_raise_a_typed_error_before_sending(call: Any) -> None:
    recorder = Recorder({"items": [], "pagination": {}})
    async with mock_client(recorder) as client:
        with pytest.raises(InvalidParameterError):
            await call(client)
    assert recorder.requests == []


# -- str subclasses: what is checked must be what is sent -----------------------------------------


class LowerLies(str):
    """A header name whose ``lower()`` hides what it is."""

    def lower(self) -> str:
        return "x-harmless"


class EncodeLies(str):
    """A path whose ``encode()`` is not its text."""

    def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        return b"/../../admin"


@pytest.mark.parametrize("name", ["Authorization", "Host", "Idempotency-Key", "Content-Type"])
async def test_extra_headers_cannot_replace_the_sdks_own_through_a_str_subclass(name: str) -> None:
    recorder = Recorder()
    async with mock_client(recorder) as client:
        with pytest.raises(InvalidParameterError):
            await client.request("POST", "/x", json={}, extra_headers={LowerLies(name): "attacker"})
    assert recorder.requests == []


async def test_client_request_path_cannot_leave_the_base_url_through_a_str_subclass() -> None:
    recorder = Recorder()
    async with mock_client(recorder) as client:
        with contextlib.suppress(InvalidParameterError):
            await client.request("GET", EncodeLies("/customers"))
    assert [str(r.url) for r in recorder.requests] in ([], ["https://api.test/api/customers"])


async def test_client_request_refuses_percent_encoded_dot_segments() -> None:
    """``/customers/%2e%2e`` is ``/customers/..`` to a server that decodes it (the emulator reads the
    id as ``..``, which the generated methods refuse); the docs say a path cannot have ``..``."""
    recorder = Recorder()
    async with mock_client(recorder) as client:
        with pytest.raises(InvalidParameterError):
            await client.request("GET", "/customers/%2e%2e/%2E%2E/admin")
    assert recorder.requests == []


# -- the generator: an upstream document must not break or inject into sequence_async/resources ----


def _op(op_id: str, tag: str = "Things", params: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "operationId": op_id,
        "tags": [tag],
        "summary": "Do it",
        "parameters": params or [],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}},
    }


def _path(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


INJECTED_TEMPLATE = '/things/x"""\nINJECTED = True\nasync def _injected(self):\n    """'

DOCUMENTS: dict[str, dict[str, Any]] = {
    # a path template is inserted raw into a docstring: code at class level, run on import
    "path-template-injection": {INJECTED_TEMPLATE: {"get": _op("getThings")}},
    # a tag is inserted raw into the module and class docstrings
    "tag-with-backslash-N": {"/things": {"get": _op("getThings", tag="Invoices\\Notes")}},
    "tag-with-triple-quote": {"/things": {"get": _op("getThings", tag='Things """')}},
    # path parameters are not checked against the per-call options' names
    "path-param-timeout": {"/things/{timeout}": {"get": _op("getThing", params=[_path("timeout")])}},
    "path-param-self": {"/things/{self}": {"get": _op("getThing", params=[_path("self")])}},
    "path-param-extra_headers": {"/things/{extra_headers}": {"get": _op("getThing", params=[_path("extra_headers")])}},
    # an action named `operation` shadows the @operation decorator in the class body
    "action-named-operation": {
        "/things": {"get": _op("getThings")},
        "/things/{id}/operation": {"post": _op("runThing", params=[_path("id")])},
        "/things/{id}/send": {"post": _op("sendThing", params=[_path("id")])},  # decorated after it
    },
    # a bound of .inf is written as the bare name `inf`
    "infinite-maximum": {
        "/things": {
            "get": _op(
                "getThings",
                params=[{"name": "n", "in": "query", "schema": {"type": "number", "maximum": float("inf")}}],
            )
        }
    },
}


def _generate(paths: dict[str, Any]) -> list[Path]:
    from spectools import surface, surface_code
    from spectools.errors import SpecError
    from spectools.untrusted import check_names, check_refs, parse_untrusted, sanitise_doc

    text = yaml.safe_dump({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths})
    document = parse_untrusted(text, fmt="yaml", what="upstream")  # what the spec pipeline accepts
    check_names(document, "upstream")
    check_refs(document, "upstream")
    sanitise_doc(document)
    out = Path(tempfile.mkdtemp(prefix="review_gen_")) / "resources"
    try:
        return surface_code.write(surface.build(document, {}), MODELS_INIT, out)
    except SpecError:
        return []  # refusing the document, naming the problem, is a fine outcome


@pytest.mark.parametrize("case", sorted(DOCUMENTS))
def test_the_generator_writes_modules_that_import_cleanly_or_refuses(case: str) -> None:
    for path in _generate(DOCUMENTS[case]):
        if path.name == "__init__.py":
            continue
        name = f"sequence_async.resources.{path.stem}"
        module = types.ModuleType(name)
        module.__package__ = "sequence_async.resources"
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), module.__dict__)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == name:
                assert not hasattr(value, "INJECTED"), f"{case}: upstream text ran as code in {path.name}"


def test_an_area_named_like_a_client_attribute_is_refused_not_shadowed() -> None:
    """A tag ``Request`` (or ``Stats``, ``Version``...) generates ``client.request``, silently
    hidden by :meth:`SequenceClient.request`: its operations are unreachable."""
    files = _generate({"/things": {"get": _op("getThings", tag="Request")}})
    if not files:
        return  # refused: fine
    source = files[0].read_text(encoding="utf-8")
    assert "    request: LazyResource" not in source
