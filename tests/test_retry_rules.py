"""RetryPolicy / RetryBudget rules, exactly: every decision, its reason, and the budget's arithmetic.

Pure logic (no network, no sleeping), plus the pipeline-visible effects of the same rules on a
``SequenceClient`` over ``httpx.MockTransport``: ``Retry-After-Ms`` and the budget's refunds.
"""

from __future__ import annotations

from datetime import UTC, datetime
from fractions import Fraction

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sequence_async import ConfigurationError, RetryBudget, RetryPolicy, SequenceClient, errors
from sequence_async._retry import RetryDecision, is_retryable_status, parse_retry_after

from ._fixtures import Sleeps

NOW = datetime(2031, 5, 17, 9, 30, 0, tzinfo=UTC)


def decide(policy: RetryPolicy, **kwargs: object) -> RetryDecision:
    args: dict[str, object] = {"method": "GET", "attempt": 1, "elapsed": 0.0, "random": lambda: 0.75}
    args.update(kwargs)
    return policy.decide(**args)  # type: ignore[arg-type]


# --- which statuses are retried ------------------------------------------------------------


@given(st.integers(min_value=100, max_value=999))
@example(499)
@example(500)
@example(599)
@example(600)
def test_retryable_statuses_are_408_429_and_5xx_but_501_505(status: int) -> None:
    expected = status in (408, 429) or (500 <= status <= 599 and status not in (501, 505))
    assert is_retryable_status(status) is expected


# --- Retry-After parsing --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1e3", 1000.0),
        ("\t4.25\n", 4.25),
        ("   ", None),
        ("inf", None),
        ("-inf", None),
        ("-0.5", None),
        ("0.001", 0.001),
    ],
)
def test_retry_after_delta_seconds(value: str, expected: float | None) -> None:
    assert parse_retry_after(value, lambda: NOW) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Sat, 17 May 2031 09:30:45 GMT", 45.0),  # IMF-fixdate
        ("Sat May 17 09:31:10 2031", 70.0),  # asctime: no zone, so UTC (RFC 9110)
        ("Sat, 17 May 2031 09:30:12 -0000", 12.0),  # "-0000": a naive datetime, UTC as well
        ("Sat, 17 May 2031 11:30:20 +0200", 20.0),  # an explicit offset is honoured
        ("Sat, 17 May 2031 09:29:00 GMT", 0.0),  # in the past: retry at once
        ("Mon, 99 Foo 2031 25:61:00 GMT", None),
        ("Sat, 17 May", None),
    ],
)
def test_retry_after_http_dates(value: str, expected: float | None) -> None:
    assert parse_retry_after(value, lambda: NOW) == expected


def test_retry_after_date_against_the_current_time() -> None:
    def now() -> datetime:
        return datetime.now(UTC)

    assert parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now) == 0.0
    far = parse_retry_after("Fri, 01 Jan 2100 00:00:00 GMT", now)
    assert far is not None
    assert far > 365 * 24 * 3600
    naive = parse_retry_after("Fri Jan  1 00:00:00 2100", now)  # asctime: UTC, compared with an aware now
    assert naive is not None
    assert naive > 365 * 24 * 3600


# --- RetryPolicy.decide: the decision and its reason ------------------------------------------


@pytest.mark.parametrize("status", [400, 404, 409, 501, 505])
def test_a_non_retryable_status_stops_with_its_reason(status: int) -> None:
    expected = RetryDecision(False, 0.0, f"status {status} is not retryable")
    assert decide(RetryPolicy(), status_code=status) == expected
    assert decide(RetryPolicy(), status_code=status, idempotent=True) == expected


@pytest.mark.parametrize("method", ["post", "Patch"])
def test_a_non_idempotent_method_stops_with_its_reason(method: str) -> None:
    expected = RetryDecision(False, 0.0, f"{method.upper()} is not idempotent")
    assert decide(RetryPolicy(), method=method, status_code=503) == expected
    assert decide(RetryPolicy(), method=method) == expected
    assert decide(RetryPolicy(), method="GET", status_code=503, idempotent=False) == RetryDecision(
        False, 0.0, "GET is not idempotent"
    )


@pytest.mark.parametrize(("max_retries", "attempt"), [(0, 1), (2, 3), (3, 4), (3, 9)])
def test_giving_up_names_the_attempts(max_retries: int, attempt: int) -> None:
    expected = RetryDecision(False, 0.0, f"gave up after {attempt} attempts")
    assert decide(RetryPolicy(max_retries=max_retries), attempt=attempt, status_code=502) == expected


def test_reason_names_the_status_or_the_connection_error() -> None:
    policy = RetryPolicy(initial_backoff=0.4, max_backoff=30.0)
    assert decide(policy, status_code=503) == RetryDecision(True, 0.4 * 0.75, "status 503")
    assert decide(policy) == RetryDecision(True, 0.4 * 0.75, "connection error")
    assert decide(policy, status_code=429, retry_after=2.5) == RetryDecision(True, 2.5, "status 429, Retry-After 2.5s")
    assert decide(policy, retry_after=0.125) == RetryDecision(True, 0.125, "connection error, Retry-After 0.125s")


@given(
    attempt=st.integers(min_value=1, max_value=30),
    draw=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    initial=st.floats(min_value=0.001, max_value=3.0),
)
def test_retry_n_waits_the_backoff_of_retry_n_minus_1(attempt: int, draw: float, initial: float) -> None:
    policy = RetryPolicy(max_retries=40, initial_backoff=initial, max_backoff=1e12)
    decision = decide(policy, attempt=attempt, random=lambda: draw)
    assert decision.retry
    assert decision.delay == policy.backoff(attempt - 1, lambda: draw) == draw * (initial * 2.0 ** (attempt - 1))


def test_retry_after_equal_to_the_maximum_is_honoured() -> None:
    policy = RetryPolicy(max_retry_after=12.5)
    assert decide(policy, status_code=503, retry_after=12.5) == RetryDecision(
        True, 12.5, "status 503, Retry-After 12.5s"
    )
    assert decide(policy, status_code=503, retry_after=12.75) == RetryDecision(
        False, 0.0, "Retry-After 12.75s exceeds max_retry_after"
    )


def test_a_retry_landing_exactly_on_the_deadline_is_refused() -> None:
    policy = RetryPolicy(deadline=7.5, initial_backoff=2.0)
    stop = RetryDecision(False, 0.0, "the retry would pass the call's deadline")
    assert decide(policy, status_code=503, elapsed=5.25, retry_after=2.25) == stop
    assert decide(policy, status_code=503, elapsed=5.25, retry_after=2.0) == RetryDecision(
        True, 2.0, "status 503, Retry-After 2s"
    )
    assert decide(policy, elapsed=6.0, random=lambda: 0.75) == stop  # backoff 1.5 reaches 7.5
    assert decide(policy, elapsed=5.75, random=lambda: 0.75) == RetryDecision(True, 1.5, "connection error")


# --- backoff --------------------------------------------------------------------------------


@given(
    retry_number=st.integers(min_value=0, max_value=5000),
    draw=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    initial=st.one_of(st.just(0.0), st.floats(min_value=1e-290, max_value=1e12)),
    maximum=st.floats(min_value=0.0, max_value=1e12),
)
def test_backoff_is_the_documented_formula_for_every_retry_number(
    retry_number: int, draw: float, initial: float, maximum: float
) -> None:
    """``uniform(0, min(max_backoff, initial_backoff * 2**n))``, computed exactly, for any n.

    (Exact for every initial_backoff from 1e-290: 1e-290 * 2**1023 is above any max_backoff.)
    """
    policy = RetryPolicy(initial_backoff=initial, max_backoff=maximum)
    cap = float(min(Fraction(maximum), Fraction(initial) * 2**retry_number))
    assert policy.backoff(retry_number, lambda: draw) == draw * cap


def test_backoff_keeps_growing_up_to_a_large_maximum() -> None:
    policy = RetryPolicy(initial_backoff=1e-9, max_backoff=1e12)
    assert policy.backoff(62, lambda: 1.0) == 1e-9 * 2.0**62
    assert policy.backoff(63, lambda: 1.0) == 1e-9 * 2.0**63
    assert policy.backoff(80, lambda: 1.0) == 1e12


# --- configuration errors name the option -----------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_retries": -1}, r"^RetryPolicy\.max_retries must be an int between 0 and"),
        ({"initial_backoff": -0.5}, r"^RetryPolicy\.initial_backoff must be a finite number >= 0"),
        ({"max_backoff": float("nan")}, r"^RetryPolicy\.max_backoff must be a finite number >= 0"),
        ({"max_retry_after": -1}, r"^RetryPolicy\.max_retry_after must be a finite number >= 0"),
        ({"deadline": 0.0}, r"^RetryPolicy\.deadline \(or None\) must be a finite number > 0"),
        ({"deadline": -2.5}, r"^RetryPolicy\.deadline \(or None\) must be a finite number > 0"),
    ],
)
def test_invalid_policy_errors_name_the_field(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_boundary_policies_are_accepted() -> None:
    policy = RetryPolicy(max_retries=0, initial_backoff=0.0, max_backoff=0.0, max_retry_after=0.0, deadline=0.001)
    assert decide(policy, attempt=1) == RetryDecision(False, 0.0, "gave up after 1 attempts")
    RetryPolicy(deadline=1e12)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"capacity": -1.0}, r"^RetryBudget\.capacity must be a finite number >= 0"),
        ({"retry_cost": float("inf")}, r"^RetryBudget\.retry_cost must be a finite number >= 0"),
        ({"timeout_cost": "10"}, r"^RetryBudget\.timeout_cost must be a finite number >= 0"),
        ({"success_refill": -0.25}, r"^RetryBudget\.success_refill must be a finite number >= 0"),
    ],
)
def test_invalid_budget_errors_name_the_field(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        RetryBudget(**kwargs)  # type: ignore[arg-type]


# --- RetryBudget arithmetic -----------------------------------------------------------------


def test_budget_starts_full_and_spends_down_to_exactly_zero() -> None:
    budget = RetryBudget(capacity=13.5, retry_cost=4.5, timeout_cost=9.0, success_refill=0.25)
    assert budget.tokens == 13.5
    assert budget.try_spend(timeout=True) == 9.0
    assert budget.tokens == 4.5
    assert budget.try_spend(timeout=True) is None  # 4.5 left, a timeout costs 9
    assert budget.tokens == 4.5
    assert budget.try_spend() == 4.5  # exactly what is left
    assert budget.tokens == 0.0
    assert budget.try_spend() is None


def test_success_refills_and_refunds_up_to_capacity() -> None:
    budget = RetryBudget(capacity=10.0, retry_cost=3.0, timeout_cost=7.0, success_refill=0.25)
    budget.try_spend(timeout=True)
    budget.try_spend()
    assert budget.tokens == 0.0
    budget.on_success()  # succeeded at once: the small refill
    assert budget.tokens == 0.25
    budget.on_success(0.0)
    assert budget.tokens == 0.5
    budget.on_success(refund=7.0)  # succeeded after retrying: its retry cost back
    assert budget.tokens == 7.5
    budget.on_success(refund=3.0)
    assert budget.tokens == 10.0  # capped
    budget.on_success()
    assert budget.tokens == 10.0


# --- the same rules, seen through a SequenceClient ---------------------------------------------


class Script:
    """A MockTransport handler answering with scripted responses (or raising scripted errors)."""

    def __init__(self, *steps: httpx.Response | Exception) -> None:
        self.steps = list(steps)
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return step


def ok() -> httpx.Response:
    return httpx.Response(200, json={"items": []})


def busy(status: int = 503, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"type": "Busy", "message": "later"}}, headers=headers)


def client_for(script: Script, sleeps: Sleeps, **kwargs: object) -> SequenceClient:
    kwargs.setdefault("retry", RetryPolicy(max_retries=2, initial_backoff=0.5, max_backoff=8.0))
    return SequenceClient(
        "id",
        "secret",
        base_url="https://api.test/api",
        transport=httpx.MockTransport(script),
        sleep=sleeps,
        random=lambda: 0.5,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("headers", "delay"),
    [
        ({"Retry-After-Ms": "250"}, 0.25),
        ({"Retry-After-Ms": "1500", "Retry-After": "9"}, 1.5),  # the precise header wins
        ({"Retry-After-Ms": "soon", "Retry-After": "3"}, 3.0),  # unusable: the plain header
        ({"Retry-After-Ms": "-20", "Retry-After": "2"}, 2.0),
        ({"Retry-After": "4"}, 4.0),
        ({"Retry-After-Ms": "0"}, 0.0),
    ],
)
async def test_retry_after_ms_is_honoured_in_milliseconds(headers: dict[str, str], delay: float) -> None:
    sleeps = Sleeps()
    script = Script(busy(429, **headers), ok())
    async with client_for(script, sleeps) as client:
        assert await client.contacts.list("c1") == []
    assert sleeps.delays == [delay]
    assert script.requests == 2


async def test_retry_after_ms_beyond_max_retry_after_stops_at_once() -> None:
    sleeps = Sleeps()
    script = Script(busy(429, **{"Retry-After-Ms": "61000"}), ok())
    async with client_for(script, sleeps, retry=RetryPolicy(max_retry_after=60.0)) as client:
        with pytest.raises(errors.RateLimitError) as caught:
            await client.contacts.list("c1")
    assert caught.value.retry_after == 61.0
    assert sleeps.delays == []
    assert script.requests == 1


async def test_budget_refunds_a_retried_success_and_charges_timeouts_more() -> None:
    budget = RetryBudget(capacity=40.0, retry_cost=6.0, timeout_cost=11.0, success_refill=0.5)
    sleeps = Sleeps()
    script = Script(
        busy(), busy(), busy(),  # a call failing 3 times: two retries paid (12)
        busy(), ok(),  # retried once, then succeeded: the 6 comes back
        ok(),  # succeeded at once: +0.5
        httpx.ReadTimeout("slow"), ok(),  # a timeout retried: 11, refunded on success
        httpx.ReadTimeout("slow"), busy(), busy(),  # timeout (11) + 503 (6), then gives up
    )  # fmt: skip
    async with client_for(script, sleeps, retry_budget=budget) as client:
        assert client.retry_budget is budget
        with pytest.raises(errors.APIStatusError):
            await client.contacts.list("c1")
        assert budget.tokens == 28.0
        await client.contacts.list("c1")
        assert budget.tokens == 28.0
        await client.contacts.list("c1")
        assert budget.tokens == 28.5
        await client.contacts.list("c1")
        assert budget.tokens == 28.5
        with pytest.raises(errors.APIStatusError):
            await client.contacts.list("c1")
        assert budget.tokens == 11.5
    assert script.requests == 11
    assert sleeps.delays == [0.25, 0.5, 0.25, 0.25, 0.25, 0.5]
