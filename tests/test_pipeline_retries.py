"""The retry loop as users observe it: budget, deadline, rate limiter, closing, counters, logs (httpx.MockTransport)."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from sequence_async import RateLimit, RetryBudget, RetryPolicy, SequenceClient, errors

from ._fixtures import ALIAS, FakeTime, make_client
from .test_client import AUTH, HTTPX, MOCK_BASE, SECRET, Recorder, error, ok_alias

URL = f"{MOCK_BASE}/customer-aliases/a1"
START = 1_000_000.0  # a fake clock far from 0: an elapsed time computed with the wrong sign shows
PINNED = "2024-07-30"


class Clock(FakeTime):
    """A fake monotonic clock starting far from 0, whose ``sleep`` advances it."""

    def __init__(self) -> None:
        super().__init__(START)


class RecordingLimiter:
    """A rate limiter recording the longest wait each call allows; ``advance`` moves the clock per acquire."""

    def __init__(self, clock: Clock, *advance: float) -> None:
        self.clock = clock
        self.advance = list(advance)
        self.max_waits: list[float | None] = []

    async def acquire(self, max_wait: float | None = None) -> None:
        self.max_waits.append(max_wait)
        if self.advance:
            self.clock.now += self.advance.pop(0)


def client_with(recorder: Recorder, clock: Clock, **kwargs: Any) -> SequenceClient:
    return HTTPX.client(recorder, clock=clock, sleep=clock.sleep, **kwargs)


def async_client(handler: Callable[[httpx.Request], Awaitable[httpx.Response]], **kwargs: Any) -> SequenceClient:
    """A client whose every request is answered by the coroutine ``handler`` (which may wait on events)."""

    async def answer(request: httpx.Request) -> httpx.Response:
        return await handler(request)

    kwargs.setdefault("random", lambda: 0.5)
    return make_client(MOCK_BASE, ("my-id", SECRET), backend="httpx", transport=httpx.MockTransport(answer), **kwargs)


def messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "sequence_async" and r.levelno == level]


# ---------------------------------------------------------------- retry budget


async def test_a_retried_success_gets_its_retries_back_and_a_direct_success_refills() -> None:
    budget = RetryBudget(capacity=100)
    recorder = Recorder(error(503), error(503), error(503), error(503), error(503), ok_alias(), ok_alias())
    async with HTTPX.client(recorder, retry_budget=budget) as client:
        with pytest.raises(errors.InternalServerError):
            await client.customer_aliases.delete("a1")
        assert budget.tokens == 90  # two retries at 5
        await client.customer_aliases.delete("a1")
        assert budget.tokens == 90  # two retries at 5, refunded on success
        await client.customer_aliases.delete("a1")
        assert budget.tokens == 91  # a success at once refills 1
    assert client.stats == {"requests": 7, "retries": 4}


async def test_a_retry_after_a_timeout_costs_more() -> None:
    budget = RetryBudget(capacity=100)
    recorder = Recorder(httpx.ReadTimeout("slow"), httpx.ConnectError("refused"), error(500))
    async with HTTPX.client(recorder, retry_budget=budget) as client:
        with pytest.raises(errors.InternalServerError):
            await client.customer_aliases.delete("a1")
    assert budget.tokens == 100 - 10 - 5


async def test_an_exhausted_budget_stops_retrying_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    budget = RetryBudget(capacity=7)
    recorder = Recorder(error(503))
    async with HTTPX.client(recorder, retry_budget=budget) as client:
        with pytest.raises(errors.InternalServerError) as err:
            await client.customer_aliases.delete("a1")
    assert err.value.attempts == 2
    assert len(recorder.requests) == 2
    assert budget.tokens == 2
    assert messages(caplog, logging.WARNING)[-1] == (
        "not retrying DELETE /customer-aliases/a1: the client's retry budget is exhausted"
    )
    assert client.stats == {"requests": 2, "retries": 1}


async def test_without_a_budget_every_allowed_retry_is_made() -> None:
    recorder = Recorder(error(503))
    async with HTTPX.client(recorder, retry_budget=None, retry=RetryPolicy(max_retries=30)) as client:
        with pytest.raises(errors.InternalServerError) as err:
            await client.customer_aliases.delete("a1")
        assert client.retry_budget is None
    assert err.value.attempts == 31


# ---------------------------------------------------------------- deadline


async def test_the_rate_limiter_may_wait_only_what_is_left_of_the_deadline() -> None:
    clock = Clock()
    limiter = RecordingLimiter(clock, 1.0, 0.0, 0.0)
    policy = RetryPolicy(max_retries=2, initial_backoff=1.0, deadline=10.0)
    recorder = Recorder(error(503), error(503), ok_alias())
    async with client_with(recorder, clock, rate_limit=limiter, retry=policy) as client:
        await client.customer_aliases.delete("a1")
    assert clock.sleeps == [0.5, 1.0]  # random() = 0.5
    assert limiter.max_waits == [10.0, 8.5, 7.5]


async def test_without_a_deadline_the_rate_limiter_may_wait_as_long_as_it_needs() -> None:
    clock = Clock()
    limiter = RecordingLimiter(clock)
    async with client_with(Recorder(error(503), ok_alias()), clock, rate_limit=limiter) as client:
        await client.customer_aliases.delete("a1")
    assert limiter.max_waits == [None, None]


async def test_a_deadline_reached_while_waiting_for_the_limiter_sends_nothing() -> None:
    clock = Clock()
    limiter = RecordingLimiter(clock, 10.0)  # exactly the whole deadline
    recorder = Recorder(ok_alias())
    policy = RetryPolicy(deadline=10.0)
    async with client_with(recorder, clock, rate_limit=limiter, retry=policy) as client:
        with pytest.raises(errors.APITimeoutError) as err:
            await client.customer_aliases.delete("a1")
    assert str(err.value) == f"DELETE {URL} timed out after 1 attempt(s): the call's deadline has passed"
    assert recorder.requests == []
    assert client.stats == {"requests": 0, "retries": 0}
    assert err.value.maybe_applied is False


async def test_a_deadline_passed_during_a_retry_wait_stops_before_sending() -> None:
    clock = Clock()
    limiter = RecordingLimiter(clock, 0.0, 9.0)
    recorder = Recorder(error(429), ok_alias())
    policy = RetryPolicy(deadline=10.0, initial_backoff=2.0)
    async with client_with(recorder, clock, rate_limit=limiter, retry=policy) as client:
        with pytest.raises(errors.APITimeoutError) as err:
            await client.customer_aliases.delete("a1")
    assert str(err.value) == f"DELETE {URL} timed out after 2 attempt(s): the call's deadline has passed"
    assert len(recorder.requests) == 1
    assert err.value.attempts == 2
    assert err.value.maybe_applied is False  # the 429 changed nothing, the second attempt was never sent


async def test_the_deadline_bounds_a_request_the_server_never_answers() -> None:
    """The remaining deadline (not the fake clock's absolute time) bounds the attempt in real time."""
    answered = asyncio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        await answered.wait()
        return ok_alias()

    clock = Clock()
    policy = RetryPolicy(max_retries=0, deadline=0.05)
    async with async_client(hang, clock=clock, sleep=clock.sleep, retry=policy) as client:
        with pytest.raises(errors.APITimeoutError) as err:
            await asyncio.wait_for(client.customer_aliases.delete("a1"), 5)
    assert str(err.value) == f"DELETE {URL} timed out after 1 attempt(s): the call's deadline passed during the request"
    assert err.value.maybe_applied
    assert client.stats == {"requests": 1, "retries": 0}


async def test_a_deadline_long_enough_does_not_cut_the_request() -> None:
    clock = Clock()
    async with client_with(Recorder(ok_alias()), clock, retry=RetryPolicy(deadline=5.0)) as client:
        alias = await client.customer_aliases.delete("a1")
    assert alias.id == "a1"


# ---------------------------------------------------------------- rate limiter


async def test_a_rate_limit_wait_longer_than_the_deadline_is_a_timeout_before_sending() -> None:
    clock = Clock()
    limiter = RateLimit(requests=1, per=100.0, clock=clock, sleep=clock.sleep)
    recorder = Recorder(ok_alias())
    async with client_with(recorder, clock, rate_limit=limiter, retry=RetryPolicy(deadline=10.0)) as client:
        await client.customer_aliases.delete("a1")
        with pytest.raises(errors.APITimeoutError) as err:
            await client.customer_aliases.delete("a1")
    assert str(err.value) == (
        f"DELETE {URL} not sent: the rate limiter would need 100.00s, more than the 10.00s left (attempt 1)"
    )
    assert (err.value.method, err.value.url, err.value.attempts) == ("DELETE", URL, 0)
    assert err.value.__context__ is None
    assert len(recorder.requests) == 1


async def test_the_rate_limiter_paces_requests_and_retries() -> None:
    clock = Clock()
    limiter = RateLimit(requests=1, per=3.0, clock=clock, sleep=clock.sleep)
    recorder = Recorder(error(503), ok_alias(), ok_alias())
    async with client_with(recorder, clock, rate_limit=limiter) as client:
        await client.customer_aliases.delete("a1")
        await client.customer_aliases.delete("a1")
    assert clock.sleeps == [0.25, 2.75, 3.0]  # backoff, then the limiter's wait for the next slot, twice


async def test_a_failing_rate_limiter_is_a_typed_error() -> None:
    class Broken:
        async def acquire(self, max_wait: float | None = None) -> None:
            raise ConnectionError(f"redis down {SECRET}")

    recorder = Recorder(ok_alias())
    async with HTTPX.client(recorder, rate_limit=Broken()) as client:
        with pytest.raises(errors.RateLimiterError) as err:
            await client.customer_aliases.delete("a1")
    assert str(err.value) == f"DELETE {URL} not sent: the rate limiter failed (ConnectionError)"
    assert err.value.__context__ is None
    assert recorder.requests == []


async def test_a_rate_limiters_own_sdk_error_passes_through() -> None:
    raised = errors.RateLimiterError("limiter says no")

    class Refusing:
        async def acquire(self, max_wait: float | None = None) -> None:
            raise raised

    async with HTTPX.client(Recorder(ok_alias()), rate_limit=Refusing()) as client:
        with pytest.raises(errors.RateLimiterError) as err:
            await client.customer_aliases.delete("a1")
    assert err.value is raised


async def test_closing_the_client_ends_a_rate_limiter_wait() -> None:
    waiting = asyncio.Event()

    class Slow:
        async def acquire(self, max_wait: float | None = None) -> None:
            waiting.set()
            await asyncio.Event().wait()

    recorder = Recorder(ok_alias())
    client = HTTPX.client(recorder, rate_limit=Slow())
    call = asyncio.create_task(client.customer_aliases.delete("a1"))
    await asyncio.wait_for(waiting.wait(), 5)
    await client.aclose()
    with pytest.raises(errors.ClientClosedError) as err:
        await asyncio.wait_for(call, 5)
    assert str(err.value) == "the SequenceClient was closed while a call was waiting for the rate limiter"
    assert recorder.requests == []


# ---------------------------------------------------------------- closing


async def test_closing_the_client_ends_a_retry_wait() -> None:
    waiting = asyncio.Event()

    async def sleep(delay: float) -> None:
        waiting.set()
        await asyncio.Event().wait()

    recorder = Recorder(error(503), ok_alias())
    client = HTTPX.client(recorder, sleep=sleep)
    call = asyncio.create_task(client.customer_aliases.delete("a1"))
    await asyncio.wait_for(waiting.wait(), 5)
    await client.aclose()
    with pytest.raises(errors.ClientClosedError) as err:
        await asyncio.wait_for(call, 5)
    assert str(err.value) == "the SequenceClient was closed while a call was waiting to retry"
    assert len(recorder.requests) == 1


async def test_a_client_closed_during_a_request_does_not_retry_it() -> None:
    client: SequenceClient | None = None

    async def close_then_fail(request: httpx.Request) -> httpx.Response:
        assert client is not None
        await client.aclose()
        return error(503, "Down", "later")

    client = async_client(close_then_fail)
    with pytest.raises(errors.ClientClosedError) as err:
        await client.customer_aliases.delete("a1")
    assert str(err.value) == (
        f"the SequenceClient was closed during DELETE {URL}: DELETE {URL} returned 503 after 1 attempt(s): Down: later"
    )
    assert client.stats == {"requests": 1, "retries": 0}


async def test_a_closed_client_sends_nothing() -> None:
    recorder = Recorder(ok_alias())
    client = HTTPX.client(recorder)
    assert client.is_closed is False
    await client.aclose()
    assert client.is_closed is True
    with pytest.raises(errors.ClientClosedError) as err:
        await client.customer_aliases.delete("a1")
    assert str(err.value) == "this SequenceClient is closed; create a new one"
    assert recorder.requests == []


# ---------------------------------------------------------------- request counter


async def test_requests_count_what_may_have_reached_the_server() -> None:
    recorder = Recorder(
        ok_alias(), httpx.ConnectError("refused"), httpx.RemoteProtocolError("dropped"), error(500), ok_alias()
    )
    async with HTTPX.client(recorder, retry=RetryPolicy(max_retries=3)) as client:
        await client.customer_aliases.delete("a1")
        await client.customer_aliases.delete("a1")
    assert client.stats == {"requests": 4, "retries": 3}  # the refused connection sent nothing


async def test_a_call_cancelled_in_flight_counts_its_request() -> None:
    arrived = asyncio.Event()
    seen: list[httpx.Request] = []

    async def answer_once_then_hang(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return ok_alias()
        arrived.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async with async_client(answer_once_then_hang) as client:
        await client.customer_aliases.delete("a1")
        call = asyncio.create_task(client.customer_aliases.delete("a1"))
        await asyncio.wait_for(arrived.wait(), 5)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(call, 5)
    assert client.stats == {"requests": 2, "retries": 0}


# ---------------------------------------------------------------- timeouts and headers


async def test_requests_carry_the_documented_default_timeout_and_with_options_overrides_it() -> None:
    recorder = Recorder(ok_alias())
    async with SequenceClient("my-id", SECRET, base_url=MOCK_BASE, transport=httpx.MockTransport(recorder)) as client:
        await client.customer_aliases.delete("a1")
        await client.with_options(timeout=5.0).customer_aliases.delete("a1")
    first, second = (request.extensions["timeout"] for request in recorder.requests)
    assert first == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert second == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}


async def test_an_injected_http_client_gets_auth_version_and_timeout_on_every_request() -> None:
    recorder = Recorder(ok_alias())
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    async with SequenceClient("my-id", SECRET, base_url=MOCK_BASE, http_client=http) as client:
        await client.customer_aliases.delete("a1")
        await client.with_options(version="2099-01-01").customer_aliases.delete("a1")
        await client._pipeline.call("POST", "/customer-aliases", dict, idempotency_key="k-1")
    await http.aclose()
    for request in recorder.requests:
        assert request.headers["Authorization"] == AUTH
        assert request.headers["Accept"] == "application/json"
        assert request.extensions["timeout"]["read"] == 30.0
    assert [r.headers["Sequence-Version"] for r in recorder.requests] == [PINNED, "2099-01-01", PINNED]
    assert recorder.requests[2].headers["Idempotency-Key"] == "k-1"
    assert "Idempotency-Key" not in recorder.requests[0].headers
    assert http.headers.get("Authorization") is None  # the caller's client is not changed


async def test_an_idempotency_key_is_sent_with_the_auth_headers() -> None:
    recorder = Recorder(ok_alias())
    async with HTTPX.client(recorder) as client:
        await client._pipeline.call("POST", "/customer-aliases", dict, idempotency_key="k-2")
    [request] = recorder.requests
    assert request.headers["Idempotency-Key"] == "k-2"
    assert request.headers["Authorization"] == AUTH
    assert request.headers["Sequence-Version"] == PINNED


async def test_query_parameters_are_encoded_into_the_url() -> None:
    recorder = Recorder(httpx.Response(200, json={"items": []}))
    async with HTTPX.client(recorder) as client:
        await client.contacts.list("c 1", include_archived=True)
        await client.contacts.list("c1")
    first, second = (str(request.url) for request in recorder.requests)
    assert first == f"{MOCK_BASE}/customers/c%201/contacts?includeArchived=true"
    assert second == f"{MOCK_BASE}/customers/c1/contacts?includeArchived=false"


# ---------------------------------------------------------------- logs


async def test_each_attempt_logs_method_path_status_attempt_time_and_request_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="sequence_async")
    recorder = Recorder(
        error(503, **{"x-request-id": "req_1"}),
        httpx.ConnectError("refused"),
        httpx.Response(200, json=ALIAS, headers={"cf-ray": "ray-3"}),
    )
    async with HTTPX.client(recorder) as client:
        await client.customer_aliases.delete("a1")
    lines = messages(caplog, logging.DEBUG)
    patterns = [
        r"DELETE /customer-aliases/a1 -> 503 \(attempt 1, (\d+\.\d) ms, request id req_1\)",
        r"DELETE /customer-aliases/a1 -> no response \(attempt 2, (\d+\.\d) ms, request id -\)",
        r"DELETE /customer-aliases/a1 -> 200 \(attempt 3, (\d+\.\d) ms, request id ray-3\)",
    ]
    assert len(lines) == len(patterns)
    for line, pattern in zip(lines, patterns, strict=True):
        match = re.fullmatch(pattern, line)
        assert match, line
        assert 0.0 <= float(match.group(1)) < 60_000.0  # the attempt's duration, not a clock reading
    assert messages(caplog, logging.WARNING) == [
        "retrying DELETE /customer-aliases/a1 (attempt 1 failed: status 503) in 0.25s",
        "retrying DELETE /customer-aliases/a1 (attempt 2 failed: connection error) in 0.50s",
    ]


async def test_a_request_id_echoing_a_credential_is_redacted_in_the_debug_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="sequence_async")
    response = httpx.Response(200, json=ALIAS, headers={"x-request-id": f"id-{SECRET}"})
    async with HTTPX.client(Recorder(response)) as client:
        await client.customer_aliases.delete("a1")
    [line] = messages(caplog, logging.DEBUG)
    assert line.endswith("request id id-[REDACTED])")
    [record] = [r for r in caplog.records if r.levelno == logging.DEBUG and r.name == "sequence_async"]
    assert all(SECRET not in str(arg) for arg in record.args or ())


async def test_no_debug_lines_unless_debug_is_on(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sequence_async")
    async with HTTPX.client(Recorder(error(503), ok_alias())) as client:
        await client.customer_aliases.delete("a1")
    assert messages(caplog, logging.DEBUG) == []
    assert len(messages(caplog, logging.WARNING)) == 1


async def test_a_version_mismatch_warns_once_per_client_with_both_versions(caplog: pytest.LogCaptureFixture) -> None:
    other = httpx.Response(200, json=ALIAS, headers={"Sequence-Version": "2025-01-01"})
    async with HTTPX.client(Recorder(other)) as client:
        await client.customer_aliases.delete("a1")
        await client.with_options(timeout=3.0).customer_aliases.delete("a1")
    warnings = [r for r in caplog.records if r.name == "sequence_async" and r.levelno == logging.WARNING]
    assert [r.getMessage() for r in warnings] == [
        f"the API processed a request with Sequence-Version 2025-01-01 but this client pins {PINNED}; "
        "responses may not match the models"
    ]


async def test_each_client_warns_about_a_version_mismatch(caplog: pytest.LogCaptureFixture) -> None:
    other = httpx.Response(200, json=ALIAS, headers={"Sequence-Version": "2025-01-01"})
    for _ in range(2):
        async with HTTPX.client(Recorder(other)) as client:
            await client.customer_aliases.delete("a1")
    assert sum("Sequence-Version 2025-01-01" in r.getMessage() for r in caplog.records) == 2


async def test_a_version_echoing_a_credential_is_redacted_in_the_warning(caplog: pytest.LogCaptureFixture) -> None:
    echo = httpx.Response(200, json=ALIAS, headers={"Sequence-Version": f"v-{SECRET}"})
    async with HTTPX.client(Recorder(echo)) as client:
        await client.customer_aliases.delete("a1")
    [record] = [r for r in caplog.records if r.name == "sequence_async" and r.levelno == logging.WARNING]
    assert "Sequence-Version v-[REDACTED] but" in record.getMessage()
    assert all(SECRET not in str(arg) for arg in record.args or ())


@pytest.mark.parametrize("header", [{"Sequence-Version": PINNED}, {}])
async def test_no_version_warning_when_the_api_used_the_pinned_version_or_says_nothing(
    caplog: pytest.LogCaptureFixture, header: dict[str, str]
) -> None:
    response = httpx.Response(200, json=ALIAS, headers=header)
    async with HTTPX.client(Recorder(response)) as client:
        await client.customer_aliases.delete("a1")
    assert messages(caplog, logging.WARNING) == []


async def test_no_version_warning_when_the_api_used_a_copys_own_version(caplog: pytest.LogCaptureFixture) -> None:
    response = httpx.Response(200, json=ALIAS, headers={"Sequence-Version": "2099-01-01"})
    async with HTTPX.client(Recorder(response)) as client:
        await client.with_options(version="2099-01-01").customer_aliases.delete("a1")
        assert messages(caplog, logging.WARNING) == []
        await client.customer_aliases.delete("a1")
    assert len(messages(caplog, logging.WARNING)) == 1


async def test_a_call_with_a_deadline_sends_the_same_headers_and_timeout() -> None:
    recorder = Recorder(ok_alias())
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    policy = RetryPolicy(deadline=60.0)
    async with SequenceClient("my-id", SECRET, base_url=MOCK_BASE, http_client=http, retry=policy) as client:
        await client.customer_aliases.delete("a1")
        await client._pipeline.call("POST", "/customer-aliases", dict, idempotency_key="k-3")
    await http.aclose()
    for request in recorder.requests:
        assert request.headers["Authorization"] == AUTH
        assert request.headers["Sequence-Version"] == PINNED
        assert request.extensions["timeout"] == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert recorder.requests[1].headers["Idempotency-Key"] == "k-3"


async def test_a_cancellation_raised_by_a_hook_stays_a_cancellation_while_the_client_is_open() -> None:
    """Only aclose turns an interrupted wait into ClientClosedError; any other CancelledError propagates."""

    async def cancelled_sleep(delay: float) -> None:
        raise asyncio.CancelledError

    recorder = Recorder(error(503), ok_alias())
    async with HTTPX.client(recorder, sleep=cancelled_sleep) as client:
        with pytest.raises(asyncio.CancelledError):
            await client.customer_aliases.delete("a1")
        assert not client.is_closed
    assert len(recorder.requests) == 1


async def test_a_caller_cancelling_a_call_while_the_client_closes_gets_its_cancellation() -> None:
    waiting = asyncio.Event()

    async def sleep(delay: float) -> None:
        waiting.set()
        await asyncio.Event().wait()

    client = HTTPX.client(Recorder(error(503)), sleep=sleep)
    call = asyncio.create_task(client.customer_aliases.delete("a1"))
    await asyncio.wait_for(waiting.wait(), 5)
    call.cancel()
    await client.aclose()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(call, 5)


async def test_the_injected_wall_clock_governs_an_http_date_retry_after() -> None:
    """A Retry-After HTTP-date is counted from ``wall_clock``: once the fake wall clock has moved
    to that date (as the fake sleep advances it), the next 503 with the same date waits nothing."""
    clock = Clock()
    start = datetime(2031, 5, 17, 9, 30, 0, tzinfo=UTC)

    def wall_clock() -> float:
        return start.timestamp() + (clock.now - START)

    date = format_datetime(start + timedelta(seconds=20), usegmt=True)
    recorder = Recorder(error(503, **{"Retry-After": date}), error(503, **{"Retry-After": date}), ok_alias())
    async with client_with(recorder, clock, wall_clock=wall_clock) as client:
        await client.customer_aliases.delete("a1")
    assert clock.sleeps == [20.0, 0.0]


async def test_a_wall_clock_that_breaks_later_falls_back_to_the_system_clock() -> None:
    readings = iter([1_900_000_000.0])  # accepted at construction, then out of range

    def wall_clock() -> float:
        return next(readings, 1e300)

    clock = Clock()
    date = format_datetime(datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=20), usegmt=True)
    recorder = Recorder(error(503, **{"Retry-After": date}), error(404))
    async with client_with(recorder, clock, wall_clock=wall_clock) as client:
        with pytest.raises(errors.NotFoundError):
            await client.customer_aliases.delete("a1")
    [waited] = clock.sleeps
    assert 18.0 <= waited <= 20.0
