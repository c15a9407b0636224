"""The generated layer's runtime (``sequence_async._operations``) at its edges: an Op's defaults,
the names in every refusal, what reaches the wire for ``_call``, ``_paginate`` and
``client.request`` (query, body, per-call options, operation names), and resumable listings'
default step names. On a mock transport: no sockets."""

from __future__ import annotations

import json
import urllib.parse
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sequence_async import Hooks, InvalidParameterError, RetryPolicy, SequenceClient
from sequence_async._checkpoint import MemoryCheckpoint
from sequence_async._generated import ModelParser, UnionParser
from sequence_async._hooks import CallDetails, Operation
from sequence_async._operations import _TOKEN, MAX_IDEMPOTENCY_KEY, Op, Resource, build, checked_headers, operation
from sequence_async._pagination import cursor_digest
from sequence_async._telemetry import Telemetry
from sequence_async.errors import NotFoundError

from ._fixtures import CUSTOMER, Sleeps, make_client

BASE = "https://api.test/api"


class Server:
    """Records each request and answers with ``answer(request)``."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)


def client_for(server: Server, **kwargs: Any) -> SequenceClient:
    return make_client(
        BASE,
        ("my-id", "my-secret"),
        backend="httpx",
        transport=httpx.MockTransport(server),
        sleep=Sleeps(),
        random=lambda: 0.5,
        retry=RetryPolicy(max_retries=1, initial_backoff=0.001, max_backoff=0.001),
        **kwargs,
    )


def json_reply(body: Any = None, status: int = 200, headers: dict[str, str] | None = None) -> Any:
    return lambda request: httpx.Response(status, json=body, headers=headers)


def customer_pages(request: httpx.Request) -> httpx.Response:
    """Pages of one customer each, cursors ``p1`` .. ``p3``: after p1 comes p2, before p3 comes p2."""
    params = request.url.params
    before = params.get("before")
    position = int(before[1:]) - 1 if before else int(params.get("after", "p0")[1:]) + 1
    pagination: dict[str, Any] = {"totalResultSize": 3}
    if position < 3:
        pagination["after"] = f"p{position}"
    if position > 1:
        pagination["before"] = f"p{position}"
    body = {"items": [{**CUSTOMER, "id": f"c{position}"}], "pagination": pagination}
    return httpx.Response(200, json=body, headers={"Sequence-Version": "2024-07-30", "x-request-id": f"r{position}"})


def refused(call: Callable[..., Any], *args: Any, **kwargs: Any) -> str:
    with pytest.raises(InvalidParameterError) as caught:
        call(*args, **kwargs)
    return str(caught.value)


async def refused_async(awaitable: Any) -> str:
    with pytest.raises(InvalidParameterError) as caught:
        await awaitable
    return str(caught.value)


# -- Op and operation() ------------------------------------------------------------------------------


def test_an_op_without_options_sends_json_unpaged_without_a_key_and_returns_the_data() -> None:
    op: Op[Any] = Op("X.get", "getX", "GET", "/x/{id}")
    assert op.operation == Operation("X.get", "getX", "/x/{id}")
    assert op.operation_id == "getX"
    assert (op.method, op.template, op.content) == ("GET", "/x/{id}", "json")
    assert op.paginated is False
    assert op.idempotency_header is False
    assert op.schemas == {}
    data = {"a": 1}
    assert op.parse(data) is data
    assert repr(op) == "<Op X.get GET /x/{id}>"


def test_an_op_keeps_what_it_is_given() -> None:
    schemas = {"Thing": {"type": "object"}}
    op: Op[Any] = Op(
        "X.list",
        "getXs",
        "POST",
        "/x",
        content="file",
        paginated=True,
        idempotency_header=True,
        schemas=schemas,
        response="Customer",
    )
    assert (op.content, op.paginated, op.idempotency_header, op.schemas) == ("file", True, True, schemas)
    assert isinstance(op.parse, ModelParser)
    assert op.parse.name == "Customer"
    union: Op[Any] = Op("X.get", "getX", "GET", "/x", response=("Customer", "Contact"))
    assert isinstance(union.parse, UnionParser)
    assert union.parse.names == ("Customer", "Contact")


def test_operation_marks_a_method_with_its_operation_id() -> None:
    @operation(Op("X.get", "getX", "GET", "/x"))
    def get() -> None: ...

    @operation(Operation("Y.list", "getYs", "/y"))
    def listing() -> None: ...

    assert get.__sequence_operation__ == "getX"  # type: ignore[attr-defined]
    assert listing.__sequence_operation__ == "getYs"  # type: ignore[attr-defined]


# -- build: what each refusal names ------------------------------------------------------------------

QUERY_OP: Op[Any] = Op(
    "X.find",
    "getX",
    "GET",
    "/x",
    query=(
        ("kind", "kindOf", {"$ref": "Kind"}, False),
        ("text", "text", {"type": "string"}, False),
        ("tags", "tags", {"type": "array", "items": {"type": "string"}}, False),
    ),
    schemas={"Kind": {"type": "string", "enum": ["A", "B"]}},
)


def test_build_leaves_out_what_was_not_given() -> None:
    request = build(QUERY_OP, {})
    assert (request.path, request.params, request.body) == ("/x", {}, None)
    assert request.headers is None
    assert request.timeout is None  # the client's own timeout applies
    assert request.idempotency_key is None


def test_a_query_argument_may_refer_to_a_named_schema() -> None:
    assert build(QUERY_OP, {"kind": "A"}).params == {"kindOf": "A"}
    assert refused(build, QUERY_OP, {"kind": "C"}) == "kind must be one of 'A', 'B'; got 'C'"


def test_query_refusals_name_the_argument_and_the_item() -> None:
    assert refused(build, QUERY_OP, {"text": object()}) == "text: object cannot be sent as JSON"
    assert refused(build, QUERY_OP, {"text": 5}) == "text must be a str, got int"
    assert refused(build, QUERY_OP, {"text": "a\ud800"}) == "text is not valid Unicode (it contains a lone surrogate)"
    assert refused(build, QUERY_OP, {"tags": ["ok", "b\udfff"]}) == (
        "tags[1] is not valid Unicode (it contains a lone surrogate)"
    )
    assert build(QUERY_OP, {"tags": ["a", "b"]}).params == {"tags": ["a", "b"]}


def test_a_path_argument_replaces_its_placeholder_percent_encoded() -> None:
    op: Op[Any] = Op("X.get", "getX", "GET", "/x/{id}/y", path=(("x_id", "id", {"type": "string"}, True),))
    assert build(op, {"x_id": "a b/XY~"}).path == "/x/a%20b%2FXY~/y"


WHOLE_OP: Op[Any] = Op(
    "X.put",
    "putX",
    "PUT",
    "/x",
    body_whole={"$ref": "Thing"},
    schemas={"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}},
)


def test_a_whole_body_is_named_body_and_may_refer_to_a_named_schema() -> None:
    assert build(WHOLE_OP, {"body": {"name": "n"}}).body == b'{"name":"n"}'
    assert refused(build, WHOLE_OP, {"body": {"name": 1}}) == "body.name must be a str, got int"
    assert refused(build, WHOLE_OP, {"body": {"other": object()}}) == "body.other: object cannot be sent as JSON"


def test_a_body_field_is_named_in_its_refusal() -> None:
    op: Op[Any] = Op("X.post", "postX", "POST", "/x", body=(("meta", "metaData", {"type": "object"}, True),))
    assert refused(build, op, {"meta": {"k": object()}}) == "meta.k: object cannot be sent as JSON"
    assert build(op, {"meta": {"k": "é"}}).body == '{"metaData":{"k":"é"}}'.encode()


def test_a_lone_surrogate_in_a_body_is_refused_in_so_many_words() -> None:
    op: Op[Any] = Op("X.post", "postX", "POST", "/x", body=(("name", "name", {"type": "string"}, True),))
    assert refused(build, op, {"name": "\ud800"}) == "the request body contains a lone surrogate (not valid Unicode)"


# -- extra_headers and idempotency keys ----------------------------------------------------------------


class _Unreadable(Mapping[str, str]):
    def __getitem__(self, key: str) -> str:
        raise KeyError(key)

    def __len__(self) -> int:
        return 1

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("no")


def test_extra_headers_refusals_say_what_was_wrong() -> None:
    assert refused(checked_headers, ["X-A"]) == "extra_headers must be a mapping of str to str, got list"
    assert refused(checked_headers, _Unreadable()) == "extra_headers: reading it raised RuntimeError"
    assert refused(checked_headers, {"X A": "v"}) == "extra_headers: a header name must be a non-empty HTTP token"


def test_a_header_name_may_use_every_token_character() -> None:
    name = "".join(sorted(_TOKEN))
    assert checked_headers({name: "v"}) == {name: "v"}


KEYED_OP: Op[Any] = Op("X.post", "postX", "POST", "/x", idempotency_header=True)


@given(
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=MAX_IDEMPOTENCY_KEY)
)
def test_any_printable_ascii_key_up_to_the_limit_is_sent_as_given(key: str) -> None:
    assert build(KEYED_OP, {"idempotency_key": key}).idempotency_key == key


def test_idempotency_keys_a_new_one_per_call_and_refusals() -> None:
    assert build(KEYED_OP, {"idempotency_key": "k" * MAX_IDEMPOTENCY_KEY}).idempotency_key == "k" * 255
    made = build(KEYED_OP, {}).idempotency_key
    assert made is not None
    assert uuid.UUID(made).version == 4
    assert build(KEYED_OP, {}).idempotency_key != made
    assert refused(build, KEYED_OP, {"idempotency_key": 7}) == "idempotency_key must be a str, got int"


# -- Resource._call --------------------------------------------------------------------------------------


class _Spy:
    """Records the operation each call tells the telemetry about (what hooks and spans are named by)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.operations: list[Operation] = []
        original = Telemetry.observe

        def observe(telemetry: Telemetry, operation: Operation, method: str, url: str) -> Any:
            self.operations.append(operation)
            return original(telemetry, operation, method, url)

        monkeypatch.setattr(Telemetry, "observe", observe)


async def test_a_call_sends_its_query_and_is_named_by_its_operation(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(monkeypatch)
    server = Server(json_reply({"ok": 1}))
    async with client_for(server) as client:
        resource = Resource(client._pipeline)
        assert await resource._call(QUERY_OP, {"kind": "B", "tags": ["x", "y"]}) == {"ok": 1}
        assert await resource._call(QUERY_OP, {}) == {"ok": 1}
    assert server.requests[0].url.query == b"kindOf=B&tags=x&tags=y"
    assert server.requests[1].url.query == b""
    assert spy.operations == [QUERY_OP.operation, QUERY_OP.operation]


async def test_a_download_returns_the_bytes_as_sent() -> None:
    server = Server(lambda request: httpx.Response(200, content=b"%PDF-1.4 not json"))
    async with client_for(server) as client:
        assert await client.invoices.download("i1") == b"%PDF-1.4 not json"
    assert server.requests[0].headers["accept"] == "*/*"


async def test_a_resource_shows_its_class() -> None:
    async with client_for(Server(json_reply({}))) as client:
        assert repr(client.customers) == "<Customers resource>"
        assert repr(Resource(client._pipeline)) == "<Resource resource>"


# -- Resource._paginate -----------------------------------------------------------------------------------


async def test_a_listing_pages_forward_from_after_with_the_largest_page_by_default() -> None:
    server = Server(customer_pages)
    ended: list[CallDetails] = []
    async with client_for(server, hooks=Hooks(on_call_end=ended.append)) as client:
        pages = [page async for page in client.customers.list(after="p1").pages()]
    assert [dict(request.url.params) for request in server.requests] == [
        {"limit": "100", "after": "p1"},
        {"limit": "100", "after": "p2"},
    ]
    assert [[item.id for item in page.items] for page in pages] == [["c2"], ["c3"]]
    assert [(page.after, page.before, page.total) for page in pages] == [("p2", "p2", 3), (None, "p3", 3)]
    assert [(page.version, page.request_id) for page in pages] == [("2024-07-30", "r2"), ("2024-07-30", "r3")]
    assert [details.operation for details in ended] == ["Customers.list", "Customers.list"]


async def test_a_listing_pages_backwards_from_before() -> None:
    server = Server(customer_pages)
    async with client_for(server) as client:
        items = await client.customers.list(before="p3", limit=1).to_list()
    assert [dict(request.url.params) for request in server.requests] == [
        {"limit": "1", "before": "p3"},
        {"limit": "1", "before": "p2"},
    ]
    assert [item.id for item in items] == ["c2", "c1"]


async def test_a_listing_refuses_both_directions_and_bad_cursors_naming_them() -> None:
    async with client_for(Server(customer_pages)) as client:
        assert refused(client.customers.list, after="p1", before="p2") == "pass after or before, not both"
        assert refused(client.customers.list, after=" ") == "after must not be empty"
        assert refused(client.customers.list, before=" ") == "before must not be empty"
        assert refused(client.customers.list, after=1) == "after must be a str or None, got int"
        assert refused(client.customers.list, before=1) == "before must be a str or None, got int"
        assert "prefetch" in refused(client.customers.list, prefetch=-1)


async def test_a_listings_options_reach_every_page() -> None:
    server = Server(customer_pages)
    async with client_for(server) as client:
        await client.customers.list(extra_headers={"X-Trace": "t"}, timeout=4.0).to_list()
        await client.customers.list(limit=2).to_list()
    assert [request.headers.get("x-trace") for request in server.requests] == ["t", "t", "t", None, None, None]
    assert [request.extensions["timeout"]["read"] for request in server.requests] == [4.0] * 3 + [30.0] * 3


async def test_a_page_without_cursors_or_total_says_none() -> None:
    body = {"items": [CUSTOMER], "pagination": {}}
    async with client_for(Server(json_reply(body))) as client:
        page = await client.customers.list().first_page()
    assert (page.after, page.before, page.total) == (None, None, None)


def step_of(name: str, query: dict[str, str]) -> str:
    return f"{name}?{urllib.parse.urlencode(query)}"


async def test_a_resumable_listings_default_step_names_its_operation_and_query() -> None:
    store = MemoryCheckpoint()
    async with client_for(Server(customer_pages)) as client:
        plain = client.customers.list(checkpoint=store)
        assert plain.step == step_of("Customers.list", {"limit": "100"})
        filtered = client.customers.list(checkpoint=store, include_archived=True, legal_name="A c", limit=5)
        assert filtered.step == step_of("Customers.list", {"includeArchived": "true", "legalName": "A c", "limit": "5"})
        after = client.customers.list(checkpoint=store, after="p1")
        assert after.step == step_of("Customers.list", {"limit": "100", "after_digest": cursor_digest("p1")})
        before = client.customers.list(checkpoint=store, before="p3")
        assert before.step == step_of("Customers.list", {"limit": "100", "before_digest": cursor_digest("p3")})
        named = client.customers.list(checkpoint=store, step="mine")
        assert named.step == "mine"
        assert refused(client.customers.list, step="mine") == "step is only meaningful with a checkpoint"
        await filtered.to_list()
    assert store.positions[filtered.step] == "v1:done"


# -- client.request -----------------------------------------------------------------------------------------


async def test_request_sends_the_method_upper_case_and_no_body_without_json() -> None:
    server = Server(json_reply({"error": {"type": "NotFound", "message": "no"}}, status=404))
    async with client_for(server) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.request("get", "/things/t1")
    assert str(caught.value).startswith("GET https://api.test/api/things/t1 returned 404")
    (request,) = server.requests
    assert request.content == b""
    assert "content-type" not in request.headers


async def test_request_passes_options_and_is_named_for_hooks_and_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(monkeypatch)
    server = Server(json_reply({"ok": True}))
    async with client_for(server) as client:
        assert await client.request("POST", "/x", json=[1, "a"], extra_headers={"X-Trace": "t"}, timeout=3.0) == {
            "ok": True
        }
    (request,) = server.requests
    assert json.loads(request.content) == [1, "a"]
    assert request.headers["x-trace"] == "t"
    assert request.extensions["timeout"]["read"] == 3.0
    assert spy.operations == [Operation("SequenceClient.request", "", "")]


async def test_request_refusals_name_what_is_wrong() -> None:
    server = Server(json_reply({}))
    async with client_for(server) as client:
        request = client.request
        assert (
            await refused_async(request("GET", "/x", json={"a": object()})) == "json.a: object cannot be sent as JSON"
        )
        assert await refused_async(request("GET", "/x", extra_headers={"Host": "h"})) == (
            "extra_headers: Host is set by the SDK and cannot be replaced"
        )
        assert "timeout" in await refused_async(request("GET", "/x", timeout=-1))
        assert await refused_async(request("GET", "/x", params="a=1")) == (  # type: ignore[arg-type]
            "params must be a mapping of names to values, got str"
        )
        assert await refused_async(request("GET", "/x", params={"a": object()})) == (
            "params.a: object cannot be sent as JSON"
        )
        assert await refused_async(request("GET", "/x", params={"a\ud800": 1})) == (
            "params (a name) is not valid Unicode (it contains a lone surrogate)"
        )
        assert await refused_async(request("GET", "/x", params={"a": None})) == (
            "params['a'] must not be None (leave it out)"
        )
        assert (await refused_async(request("GET", "/x", params={"a": {"b": 1}}))).startswith(
            "params['a'] fits none of its 4 allowed shapes"
        )
        assert await refused_async(request("GET", "/x", params={"a": "\ud800"})) == (
            "params['a'] is not valid Unicode (it contains a lone surrogate)"
        )
        assert await refused_async(request("GET", "/x", params={"a": ["ok", "\ud800"]})) == (
            "params['a'] is not valid Unicode (it contains a lone surrogate)"
        )
        assert await refused_async(request("GET", 1)) == "path must be a str, got int"  # type: ignore[arg-type]
        assert await refused_async(request("GET", "x")) == (
            "path must start with a single / (it is relative to the base URL)"
        )
        assert await refused_async(request("GET", "/" + "a" * 2048)) == (
            "path is too long: 2049 bytes in UTF-8, at most 2048"
        )
    assert server.requests == []


async def test_request_keeps_a_path_of_ordinary_characters_as_given() -> None:
    server = Server(json_reply(None))
    async with client_for(server) as client:
        assert await client.request("GET", "/Xy/Z-1_a.b~c") is None
    assert server.requests[0].url.raw_path == b"/api/Xy/Z-1_a.b~c"


async def test_request_refusing_a_method_lists_the_methods_it_takes() -> None:
    async with client_for(Server(json_reply({}))) as client:
        message = await refused_async(client.request("TRACE", "/x"))
    assert message == "method must be one of DELETE, GET, PATCH, POST, PUT"
