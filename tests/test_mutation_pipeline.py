"""The request pipeline (``sequence_async._pipeline``) at its edges: what its logs and hooks carry,
bounded error fields, bodies sent under a deadline, replies the fast JSON path must not misread,
and what a 2xx with a bad body says about a write. On a mock transport: no sockets."""

from __future__ import annotations

import logging
import types
from typing import Any

import httpx
import pytest

from sequence_async import APIStatusError, Hooks, RetryBudget, RetryPolicy, SequenceClient
from sequence_async._hooks import CallDetails, LimiterWaitDetails, Operation, RetryDetails
from sequence_async._secrets import MAX_FIELD
from sequence_async._telemetry import Telemetry
from sequence_async.errors import NotFoundError, ResponseValidationError

from ._fixtures import ADDRESS, CUSTOMER, Sleeps, make_client

BASE = "https://api.test/api"


class Server:
    """Answers with ``responses`` in turn (the last one again and again); records each request."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]


def client_for(server: Server, **kwargs: Any) -> SequenceClient:
    kwargs.setdefault("retry", RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.001))
    kwargs.setdefault("sleep", Sleeps())
    return make_client(
        BASE,
        ("my-id", "my-secret"),
        backend="httpx",
        transport=httpx.MockTransport(server),
        random=lambda: 0.5,
        **kwargs,
    )


def error_reply(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, json={"error": {"type": "Oops", "message": "no"}} if body is None else body, headers=headers
    )


# -- logs ---------------------------------------------------------------------------------------------


async def test_a_debug_log_record_per_attempt_carries_the_attempts_fields(caplog: pytest.LogCaptureFixture) -> None:
    long_id = "r" * (MAX_FIELD + 10)
    server = Server(error_reply(503), httpx.Response(200, json=CUSTOMER, headers={"x-request-id": long_id}))
    with caplog.at_level(logging.DEBUG, logger="sequence_async"):
        async with client_for(server) as client:
            await client.customers.get("c1")
    records = [record for record in caplog.records if record.levelno == logging.DEBUG and "-> " in record.msg]
    assert [record.args[2] for record in records] == [503, 200]  # type: ignore[index]
    first, second = records
    assert (first.sequence_operation, first.sequence_method, first.sequence_attempt) == ("Customers.get", "GET", 1)  # type: ignore[attr-defined]
    assert first.sequence_url == "https://api.test/api/customers/c1"  # type: ignore[attr-defined]
    assert (first.sequence_status_code, first.sequence_error_type) == (503, "InternalServerError")  # type: ignore[attr-defined]
    assert (second.sequence_attempt, second.sequence_error_type) == (2, None)  # type: ignore[attr-defined]
    for record in records:
        duration = record.sequence_duration  # type: ignore[attr-defined]
        assert 0 <= duration < 5
        assert record.args[4] == pytest.approx(duration * 1000)  # type: ignore[index]
    shown_id = second.args[5]  # type: ignore[index]
    assert shown_id == "r" * MAX_FIELD + "... [10 more characters cut]"


async def test_a_retry_the_budget_cannot_pay_is_logged_as_budget_exhausted(caplog: pytest.LogCaptureFixture) -> None:
    server = Server(error_reply(503))
    with caplog.at_level(logging.WARNING, logger="sequence_async"):
        async with client_for(server, retry_budget=RetryBudget(capacity=4, retry_cost=5)) as client:
            with pytest.raises(APIStatusError):
                await client.customers.get("c1")
    assert len(server.requests) == 1
    (record,) = [record for record in caplog.records if record.msg.startswith("not retrying")]
    assert record.sequence_budget_exhausted is True  # type: ignore[attr-defined]
    assert record.sequence_operation == "Customers.get"  # type: ignore[attr-defined]


# -- hooks and spans ----------------------------------------------------------------------------------


class _Limiter:
    """A rate limiter that holds every request back for ``wait`` seconds of the fake clock."""

    def __init__(self, clock: list[float], wait: float) -> None:
        self.clock = clock
        self.wait = wait

    async def acquire(self, max_wait: float | None = None) -> None:
        self.clock[0] += self.wait


async def test_the_limiters_wait_is_measured_per_attempt(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    monkeypatch.setattr("sequence_async._pipeline.time", types.SimpleNamespace(perf_counter=lambda: clock[0]))
    waits: list[LimiterWaitDetails] = []
    ended: list[CallDetails] = []
    server = Server(error_reply(503), httpx.Response(200, json=CUSTOMER))
    hooks = Hooks(on_limiter_wait=waits.append, on_call_end=ended.append)
    async with client_for(server, rate_limit=_Limiter(clock, 0.25), hooks=hooks) as client:
        await client.customers.get("c1")
    assert [(details.attempt, details.waited) for details in waits] == [(1, 0.25), (2, 0.25)]
    assert [details.operation for details in waits] == ["Customers.get", "Customers.get"]
    (end,) = ended
    assert end.limiter_wait == 0.5


async def test_a_limiter_that_does_not_wait_adds_no_wait() -> None:
    ended: list[CallDetails] = []
    server = Server(httpx.Response(200, json=CUSTOMER))
    async with client_for(server, rate_limit=_Limiter([0.0], 0), hooks=Hooks(on_call_end=ended.append)) as client:
        await client.customers.get("c1")
    (end,) = ended
    assert 0 <= end.limiter_wait < 1


def test_an_operation_span_is_named_by_its_operation(monkeypatch: pytest.MonkeyPatch) -> None:
    named: list[Operation] = []

    def operation_span(telemetry: Telemetry, operation: Operation) -> Any:
        named.append(operation)
        return "span"

    monkeypatch.setattr(Telemetry, "operation_span", operation_span)
    client = client_for(Server(httpx.Response(200)))
    operation = Operation("X.many", "", "")
    span: Any = client._pipeline.operation_span(operation)
    assert span == "span"
    assert named == [operation]


async def test_waits_between_attempts_are_forgotten_once_over() -> None:
    server = Server(error_reply(503), error_reply(503), httpx.Response(200, json=CUSTOMER))
    async with client_for(server) as client:
        await client.customers.get("c1")
        assert len(server.requests) == 3
        assert client._shared._pauses == set()


# -- what is sent and what comes back ----------------------------------------------------------------


async def test_a_body_is_sent_within_a_deadline() -> None:
    server = Server(httpx.Response(201, json=CUSTOMER))
    retry = RetryPolicy(max_retries=1, initial_backoff=0.001, max_backoff=0.001, deadline=30.0)
    async with client_for(server, retry=retry) as client:
        await client.customers.create(legal_name="Acme", address=ADDRESS, contacts=[], tax_status="TAXED")
    assert server.requests[0].content.startswith(b'{"legalName":"Acme"')


async def test_an_operation_without_a_response_body_returns_none_whatever_is_sent() -> None:
    server = Server(httpx.Response(200, json={"ignored": True}))
    async with client_for(server) as client:
        invoices: Any = client.invoices
        assert await invoices.fix_billing_runs() is None


async def test_a_json_body_with_a_byte_order_mark_is_read() -> None:
    import json

    body = b"\xef\xbb\xbf" + json.dumps(CUSTOMER).encode()
    server = Server(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    async with client_for(server) as client:
        customer = await client.customers.get("c1")
    assert customer.id == "c1"


@pytest.mark.parametrize(("method", "applied"), [("GET", False), ("POST", True)])
async def test_a_2xx_with_a_bad_body_says_whether_a_write_was_applied(method: str, applied: bool) -> None:
    server = Server(httpx.Response(200, content=b"{not json"))
    async with client_for(server) as client:
        with pytest.raises(ResponseValidationError) as caught:
            if method == "GET":
                await client.customers.get("c1")
            else:
                await client.customers.create(legal_name="A", address=ADDRESS, contacts=[], tax_status="TAXED")
    assert caught.value.maybe_applied is applied


# -- error fields are bounded ---------------------------------------------------------------------------


async def test_an_errors_type_message_and_request_id_are_cut_at_the_field_limit() -> None:
    long = "t" * (MAX_FIELD + 50)
    body = {"error": {"type": long, "message": long}}
    server = Server(error_reply(404, body, headers={"x-request-id": long}))
    async with client_for(server) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.customers.get("c1")
    error = caught.value
    for field in (error.error_type, error.error_message, error.request_id):
        assert field is not None
        assert field == "t" * MAX_FIELD + "... [50 more characters cut]"


async def test_a_bad_bodys_request_id_is_cut_at_the_field_limit() -> None:
    long = "q" * (MAX_FIELD + 50)
    server = Server(httpx.Response(200, content=b"[not json", headers={"x-request-id": long}))
    async with client_for(server) as client:
        with pytest.raises(ResponseValidationError) as caught:
            await client.customers.get("c1")
    request_id = caught.value.request_id
    assert request_id is not None
    assert request_id == "q" * MAX_FIELD + "... [50 more characters cut]"


async def test_an_errors_headers_keep_values_with_colons_and_cut_long_ones() -> None:
    long = "v" * (MAX_FIELD + 1)
    server = Server(error_reply(404, headers={"X-Note": "a: b", "X-Long": long}))
    async with client_for(server) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.customers.get("c1")
    headers = caught.value.headers
    assert headers["x-note"] == "a: b"
    assert headers["x-long"] == "v" * MAX_FIELD + "..."


async def test_a_header_value_of_exactly_the_field_limit_is_shown_whole() -> None:
    exact = "w" * MAX_FIELD
    server = Server(error_reply(404, headers={"X-Exact": exact}))
    async with client_for(server) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.customers.get("c1")
    assert caught.value.headers["x-exact"] == exact


async def test_a_retry_after_ms_given_as_a_date_still_lets_the_call_retry() -> None:
    server = Server(
        error_reply(429, headers={"Retry-After-Ms": "Wed, 21 Oct 2015 07:28:00 GMT"}),
        httpx.Response(200, json=CUSTOMER),
    )
    sleeps = Sleeps()
    async with client_for(server, sleep=sleeps) as client:
        customer = await client.customers.get("c1")
    assert customer.id == "c1"
    assert len(server.requests) == 2
    assert sleeps.delays == [0.0]  # a date in the past: no wait asked for


@pytest.mark.parametrize("charset", ["latin-1", '"latin-1"', "'latin-1'", " latin-1 "])
async def test_an_error_body_is_read_in_its_declared_charset_quoted_or_not(charset: str) -> None:
    body = '{"error": {"type": "Caf\u00e9", "message": "d\u00e9j\u00e0 vu"}}'.encode("latin-1")
    headers = {"content-type": f"application/json; charset={charset}"}
    server = Server(httpx.Response(404, content=body, headers=headers))
    async with client_for(server) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.customers.get("c1")
    assert (caught.value.error_type, caught.value.error_message) == ("Caf\u00e9", "d\u00e9j\u00e0 vu")


async def test_retry_hooks_see_the_redacted_url_and_the_waits_add_up() -> None:
    retries: list[RetryDetails] = []
    ended: list[CallDetails] = []
    server = Server(error_reply(503), error_reply(503), httpx.Response(200, json=CUSTOMER))
    sleeps = Sleeps()
    hooks = Hooks(on_retry=retries.append, on_call_end=ended.append)
    retry = RetryPolicy(max_retries=2, initial_backoff=0.25, max_backoff=1.0)
    async with client_for(server, hooks=hooks, sleep=sleeps, retry=retry) as client:
        await client.customers.get("my-secret")
    assert [details.url for details in retries] == ["https://api.test/api/customers/[REDACTED]"] * 2
    assert len(sleeps.delays) == 2
    assert [details.waited_so_far for details in retries] == [0.0, sleeps.delays[0]]
    (end,) = ended
    assert end.retry_wait == pytest.approx(sum(sleeps.delays))
    assert end.retry_wait > sleeps.delays[0]
