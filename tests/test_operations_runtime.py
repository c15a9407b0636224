"""The generated layer's runtime (sequence_async._operations): checks, request shapes, write safety,
per-call options, ``client.request`` and ``with_raw_response``, on a mock transport (no sockets)."""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
import pytest

from sequence_async import (
    APIConnectionError,
    ClientClosedError,
    InternalServerError,
    InvalidParameterError,
    RetryPolicy,
    SequenceClient,
)
from sequence_async._operations import OWN_HEADERS, Op, build, checked_headers
from sequence_async.errors import NotFoundError, RateLimitError

from ._fixtures import ADDRESS, CUSTOMER, Sleeps, make_client

BASE = "https://api.test/api"
Handler = Callable[[httpx.Request], Coroutine[None, None, httpx.Response]]


def client_for(handler: Handler, **kwargs: Any) -> SequenceClient:
    kwargs.setdefault("retry", RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.001))
    kwargs.setdefault("sleep", Sleeps())
    return make_client(
        BASE,
        ("my-id", "my-secret"),
        backend="httpx",
        transport=httpx.MockTransport(handler),
        random=lambda: 0.5,
        **kwargs,
    )


class Recorder:
    """Answers with ``responses`` in turn (an exception is raised as a transport failure)."""

    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(response, Exception):
            raise response
        return response


def ok(body: Any = None, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=CUSTOMER if body is None else body, headers=headers)


def fail(status: int) -> httpx.Response:
    return httpx.Response(status, json={"error": {"type": "Oops", "message": str(status)}})


async def create_customer(client: SequenceClient, **extra: Any) -> Any:
    return await client.customers.create(legal_name="Acme", address=ADDRESS, contacts=[], tax_status="TAXED", **extra)


# -- what is sent -----------------------------------------------------------------------------------


async def test_a_create_sends_the_json_body_with_api_names_and_nothing_unset() -> None:
    server = Recorder(ok(status=201))
    async with client_for(server) as client:
        customer = await create_customer(client, label=None, url="https://acme.test")
    assert customer.id == "c1"
    (request,) = server.requests
    assert (request.method, request.url.path) == ("POST", "/api/customers")
    assert request.headers["content-type"] == "application/json"
    # label is nullable: None sends null; parent_id (nullable too) was left out: not sent.
    assert json.loads(request.content) == {
        "legalName": "Acme",
        "address": ADDRESS,
        "contacts": [],
        "taxStatus": "TAXED",
        "label": None,
        "url": "https://acme.test",
    }


async def test_path_parameters_are_one_percent_encoded_segment() -> None:
    server = Recorder(ok())
    async with client_for(server) as client:
        await client.customers.get("a/b?c#d e")
    assert server.requests[0].url.raw_path == b"/api/customers/a%2Fb%3Fc%23d%20e"


@pytest.mark.parametrize("bad", ["", "  ", ".", ".."])
async def test_an_unusable_path_id_is_refused_before_sending(bad: str) -> None:
    server = Recorder(ok())
    async with client_for(server) as client:
        with pytest.raises(InvalidParameterError, match=r"^customer_id "):
            await client.customers.get(bad)
    assert server.requests == []


async def test_query_arguments_use_api_names_and_bool_text() -> None:
    page = {"items": [], "pagination": {"totalResultSize": 0}}
    server = Recorder(ok(page))
    async with client_for(server) as client:
        await client.customers.list(include_archived=True, legal_name="Ac me", limit=5).to_list()
    query = dict(server.requests[0].url.params)
    assert query == {"includeArchived": "true", "legalName": "Ac me", "limit": "5"}


async def test_a_required_argument_passed_as_none_is_refused_naming_it() -> None:
    server = Recorder(ok())
    async with client_for(server) as client:
        with pytest.raises(InvalidParameterError, match=r"^legal_name must not be None$"):
            await client.customers.create(legal_name=None, address=ADDRESS, contacts=[], tax_status="TAXED")  # type: ignore[arg-type]
        with pytest.raises(InvalidParameterError, match=r"^tax_status must be one of"):
            await client.customers.create(legal_name="A", address=ADDRESS, contacts=[], tax_status="NOPE")  # type: ignore[arg-type]
        with pytest.raises(InvalidParameterError, match=r"^address\.town must not be None$"):
            await client.customers.create(
                legal_name="A", address={**ADDRESS, "town": None}, contacts=[], tax_status="TAXED"
            )
        address = {key: value for key, value in ADDRESS.items() if key != "town"}
        with pytest.raises(InvalidParameterError, match=r"^address\.town is required$"):
            await client.customers.create(legal_name="A", address=address, contacts=[], tax_status="TAXED")
    assert server.requests == []


def test_build_refuses_missing_required_query_and_body_arguments() -> None:
    op: Op[Any] = Op(
        "X.create",
        "postX",
        "POST",
        "/x",
        query=(("q", "q", {"type": "string"}, True),),
        body=(("name", "name", {"type": "string"}, True),),
    )
    with pytest.raises(InvalidParameterError, match=r"^q is required$"):
        build(op, {"q": None, "name": "n"})
    with pytest.raises(InvalidParameterError, match=r"^name is required$"):
        build(op, {"q": "v"})
    request = build(op, {"q": "v", "name": "n"})
    assert (request.path, request.params, request.body) == ("/x", {"q": "v"}, b'{"name":"n"}')


def test_a_whole_body_argument_is_checked_and_sent_as_given() -> None:
    op: Op[Any] = Op("X.create", "postX", "POST", "/x", body_whole={"type": "object"}, body_required=True)
    with pytest.raises(InvalidParameterError, match=r"^body is required$"):
        build(op, {"body": None})
    with pytest.raises(InvalidParameterError, match=r"^body must be a mapping"):
        build(op, {"body": [1]})
    assert build(op, {"body": {"a": "é"}}).body == '{"a":"é"}'.encode()
    optional: Op[Any] = Op("X.create", "postX", "POST", "/x", body_whole={"type": "object"})
    assert build(optional, {"body": None}).body is None


def test_a_lone_surrogate_in_a_body_is_refused() -> None:
    op: Op[Any] = Op("X.create", "postX", "POST", "/x", body=(("name", "name", {"type": "string"}, True),))
    with pytest.raises(InvalidParameterError, match="lone surrogate"):
        build(op, {"name": "\ud800"})


# -- per-call options ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(OWN_HEADERS))
def test_extra_headers_may_not_replace_the_sdks_own(name: str) -> None:
    with pytest.raises(InvalidParameterError, match=f"^extra_headers: {name.title()} is set by the SDK"):
        checked_headers({name.title(): "x"})


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ("X-A: 1", "must be a mapping"),
        ({"": "v"}, "non-empty HTTP token"),
        ({"X A": "v"}, "non-empty HTTP token"),
        ({1: "v"}, "non-empty HTTP token"),
        ({"X-A": 1}, r"extra_headers\['X-A'\] must be a str, got int"),
        ({"X-A": "a\r\nInjected: 1"}, "printable ASCII"),
        ({"X-A": "a\x00"}, "printable ASCII"),
        ({"X-A": "snow ☃"}, "printable ASCII"),
        ({"X-A": "café"}, "printable ASCII"),
    ],
)
def test_extra_headers_are_checked(headers: Any, message: str) -> None:
    with pytest.raises(InvalidParameterError, match=message):
        checked_headers(headers)


async def test_extra_headers_and_timeout_reach_the_request() -> None:
    seen: list[dict[str, Any]] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append({"header": request.headers.get("x-trace"), "timeout": request.extensions["timeout"]})
        return ok()

    async with client_for(handler) as client:
        await client.customers.get("c1", extra_headers={"X-Trace": "t-1"}, timeout=2.5)
        await client.customers.get("c1")
    assert seen[0] == {"header": "t-1", "timeout": {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}}
    assert seen[1]["header"] is None
    assert seen[1]["timeout"]["read"] == 30.0


@pytest.mark.parametrize("value", [0, -1, "5", float("nan")])
async def test_a_bad_timeout_is_refused_before_sending(value: Any) -> None:
    server = Recorder(ok())
    async with client_for(server) as client:
        with pytest.raises(InvalidParameterError, match="timeout"):
            await client.customers.get("c1", timeout=value)
    assert server.requests == []


# -- write safety ----------------------------------------------------------------------------------


@pytest.mark.parametrize("failure", [fail(500), fail(503), httpx.ReadError("reset")])
async def test_a_post_that_may_have_been_applied_is_not_resent(failure: httpx.Response | Exception) -> None:
    server = Recorder(failure, ok(status=201))
    async with client_for(server) as client:
        with pytest.raises((InternalServerError, APIConnectionError)) as caught:
            await create_customer(client)
    assert len(server.requests) == 1
    assert caught.value.maybe_applied is True


@pytest.mark.parametrize(
    "failure",
    [fail(429), fail(408), httpx.ConnectError("refused")],
)
async def test_a_post_that_cannot_have_been_applied_is_retried(failure: httpx.Response | Exception) -> None:
    server = Recorder(failure, ok(status=201))
    async with client_for(server) as client:
        customer = await create_customer(client)
    assert customer.id == "c1"
    assert len(server.requests) == 2


async def test_a_post_refused_with_429_every_time_says_not_applied() -> None:
    server = Recorder(fail(429))
    async with client_for(server) as client:
        with pytest.raises(RateLimitError) as caught:
            await create_customer(client)
    assert len(server.requests) == 3
    assert caught.value.maybe_applied is False


@pytest.mark.parametrize("failure", [fail(503), httpx.ReadError("reset")])
async def test_puts_and_gets_are_retried_after_any_retryable_failure(failure: httpx.Response | Exception) -> None:
    server = Recorder(failure, ok())
    async with client_for(server) as client:
        await client.customers.update("c1", legal_name="A", address=ADDRESS, contacts=[], tax_status="TAXED")
    assert [r.method for r in server.requests] == ["PUT", "PUT"]


async def test_an_alias_create_carries_one_idempotency_key_across_its_attempts() -> None:
    alias = {
        "id": "a1",
        "sequenceAccountId": "acc",
        "customerId": "c1",
        "value": "v",
        "createdAt": "2024-01-01T00:00:00Z",
    }
    server = Recorder(fail(503), httpx.ReadError("reset"), ok(alias, status=201))
    async with client_for(server) as client:
        await client.customer_aliases.create(customer_id="c1", value="v")
        keys = [r.headers["idempotency-key"] for r in server.requests]
        assert len(keys) == 3
        assert len(set(keys)) == 1
        server.requests.clear()
        await client.customer_aliases.create(customer_id="c1", value="v")
        assert server.requests[0].headers["idempotency-key"] != keys[0]  # a new call, a new key
        server.requests.clear()
        await client.customer_aliases.create(customer_id="c1", value="v", idempotency_key="job-7:item-1")
        assert server.requests[0].headers["idempotency-key"] == "job-7:item-1"


@pytest.mark.parametrize("key", ["", "k" * 256, "é", "a\nb", 7])
async def test_a_bad_idempotency_key_is_refused(key: Any) -> None:
    server = Recorder(ok())
    async with client_for(server) as client:
        with pytest.raises(InvalidParameterError, match=r"^idempotency_key must be"):
            await client.customer_aliases.create(customer_id="c1", value="v", idempotency_key=key)
    assert server.requests == []


# -- client.request and with_raw_response ----------------------------------------------------------


async def test_request_goes_through_the_pipeline_with_json_and_params() -> None:
    server = Recorder(fail(503), ok({"ok": True}))
    async with client_for(server) as client:
        body = await client.request("PUT", "/things/t%201/é", params={"a": 1, "b": [True, "x"]}, json={"k": "v"})
    assert body == {"ok": True}
    assert len(server.requests) == 2  # PUT: retried
    request = server.requests[1]
    assert request.url.raw_path == b"/api/things/t%201/%C3%A9?a=1&b=true&b=x"
    assert json.loads(request.content) == {"k": "v"}
    assert request.headers["authorization"].startswith("Basic ")
    assert request.headers["sequence-version"] == "2024-07-30"


async def test_request_returns_none_for_an_empty_body_and_does_not_resend_a_post() -> None:
    server = Recorder(httpx.Response(202), fail(500))
    async with client_for(server) as client:
        assert await client.request("POST", "/invoices/fix-billing-runs") is None
        server.responses = [fail(500), httpx.Response(202)]
        with pytest.raises(InternalServerError) as caught:
            await client.request("POST", "/invoices/fix-billing-runs")
        assert caught.value.maybe_applied is True
        server.responses = [fail(500), httpx.Response(202)]
        assert await client.request("POST", "/x", idempotency_key="k1") is None  # a key: resent
    assert [r.headers.get("idempotency-key") for r in server.requests[-2:]] == ["k1", "k1"]


@pytest.mark.parametrize(
    "path",
    [
        "customers",
        "//evil.test/x",
        "https://evil.test/x",
        "/a/../b",
        "/a/./b",
        "/a?b=1",
        "/a#f",
        "/a\\b",
        "/a\nb",
        "/a b",
    ],
)
async def test_request_refuses_a_path_that_could_leave_the_base_url(path: str) -> None:
    server = Recorder(ok())
    async with client_for(server) as client:
        with pytest.raises(InvalidParameterError, match=r"^path "):
            await client.request("GET", path)
    assert server.requests == []


@pytest.mark.parametrize("method", ["TRACE", "get ", "", 1])
async def test_request_refuses_other_methods(method: Any) -> None:
    async with client_for(Recorder(ok())) as client:
        with pytest.raises(InvalidParameterError, match=r"^method must be one of"):
            await client.request(method, "/x")


async def test_request_redacts_a_credential_in_its_error() -> None:
    server = Recorder(fail(404))
    async with client_for(server) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.request("GET", "/customers/my-secret")
    assert "my-secret" not in str(caught.value)


async def test_with_raw_response_gives_status_headers_attempts_and_the_result() -> None:
    server = Recorder(fail(503), ok(headers={"x-request-id": "req-9", "Sequence-Version": "2024-07-30"}))
    async with client_for(server) as client:
        raw = await client.with_raw_response(client.customers.get("c1"))
        assert (raw.status_code, raw.request_id, raw.version, raw.attempts) == (200, "req-9", "2024-07-30", 2)
        assert raw.parsed.id == "c1"
        assert raw.headers["x-request-id"] == "req-9"
        plain = await client.customers.get("c1")  # no capture outside with_raw_response
        assert plain.id == "c1"


async def test_with_raw_response_refuses_what_is_not_a_pending_call() -> None:
    async with client_for(Recorder(ok())) as client:
        with pytest.raises(InvalidParameterError, match="not yet awaited"):
            await client.with_raw_response("c1")  # type: ignore[arg-type]

        async def no_request() -> int:
            return 1

        with pytest.raises(InvalidParameterError, match="made no request"):
            await client.with_raw_response(no_request())


@pytest.mark.parametrize(("status", "applied"), [(429, False), (503, True)])
async def test_a_client_closed_while_a_call_waits_to_retry_says_whether_it_may_have_been_applied(
    status: int, applied: bool
) -> None:
    closing: list[SequenceClient] = []

    async def close_while_waiting(delay: float) -> None:
        await closing[0].aclose()

    server = Recorder(fail(status), ok())
    client = client_for(server, sleep=close_while_waiting)
    closing.append(client)
    async with client:
        with pytest.raises(ClientClosedError) as caught:
            await client.customers.get("c1")
    assert len(server.requests) == 1
    assert caught.value.maybe_applied is applied
