"""RetryPolicy and RetryBudget: pure logic, no network, no sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sequence_async import ConfigurationError, RetryBudget, RetryPolicy
from sequence_async._retry import is_retryable_status, parse_retry_after


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520, 599])
def test_retryable_statuses(status: int) -> None:
    assert is_retryable_status(status)


@pytest.mark.parametrize("status", [200, 400, 401, 403, 404, 409, 422, 499, 501, 505])
def test_not_retryable_statuses(status: int) -> None:
    assert not is_retryable_status(status)


def decide(policy: RetryPolicy, **kwargs: object) -> tuple[bool, float]:
    args: dict[str, object] = {"method": "GET", "attempt": 1, "elapsed": 0.0, "random": lambda: 1.0}
    args.update(kwargs)
    decision = policy.decide(**args)  # type: ignore[arg-type]
    return decision.retry, decision.delay


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "delete"])
def test_idempotent_methods_are_retried(method: str) -> None:
    assert decide(RetryPolicy(), method=method, status_code=503)[0]


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_and_patch_only_with_idempotency_key(method: str) -> None:
    assert not decide(RetryPolicy(), method=method, status_code=503)[0]
    assert not decide(RetryPolicy(), method=method)[0]  # transport error
    assert decide(RetryPolicy(), method=method, status_code=503, idempotent=True)[0]


def test_max_retries_bounds_attempts() -> None:
    policy = RetryPolicy(max_retries=2)
    assert decide(policy, attempt=1)[0]
    assert decide(policy, attempt=2)[0]
    assert not decide(policy, attempt=3)[0]
    assert not decide(RetryPolicy(max_retries=0), attempt=1)[0]


def test_non_retryable_status_stops() -> None:
    assert not decide(RetryPolicy(), status_code=404)[0]
    assert not decide(RetryPolicy(), status_code=501)[0]


@given(
    retry_number=st.integers(min_value=0, max_value=200),
    draw=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    initial=st.floats(min_value=0.001, max_value=10.0),
    maximum=st.floats(min_value=0.001, max_value=100.0),
)
def test_full_jitter_backoff_bounds(retry_number: int, draw: float, initial: float, maximum: float) -> None:
    policy = RetryPolicy(initial_backoff=initial, max_backoff=maximum)
    delay = policy.backoff(retry_number, lambda: draw)
    cap = min(maximum, initial * 2.0**retry_number)
    assert 0.0 <= delay <= cap
    assert delay == pytest.approx(draw * cap)


def test_default_backoff_caps() -> None:
    policy = RetryPolicy()
    assert policy.backoff(0, lambda: 1.0) == 0.5
    assert policy.backoff(3, lambda: 1.0) == 4.0
    assert policy.backoff(10, lambda: 1.0) == 8.0
    assert policy.backoff(10, lambda: 0.0) == 0.0


def test_retry_after_is_honoured_exactly() -> None:
    assert decide(RetryPolicy(), status_code=429, retry_after=7.0) == (True, 7.0)


def test_retry_after_beyond_max_stops_at_once() -> None:
    assert not decide(RetryPolicy(max_retry_after=60), status_code=429, retry_after=61.0)[0]


def test_deadline_stops_a_retry_that_would_pass_it() -> None:
    policy = RetryPolicy(deadline=5.0)
    assert decide(policy, status_code=503, elapsed=1.0, retry_after=3.0)[0]
    assert not decide(policy, status_code=503, elapsed=3.0, retry_after=3.0)[0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3", 3.0), (" 2.5 ", 2.5), ("0", 0.0), ("-1", None), ("", None), (None, None), ("soon", None), ("nan", None)],
)
def test_parse_retry_after_seconds(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, lambda: datetime.now(UTC)) == expected


def test_parse_retry_after_http_date() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), lambda: now) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), lambda: now) == 0.0


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"max_retries": True}, {"max_retries": 1.5}, {"initial_backoff": -1}, {"deadline": 0}],
)
def test_invalid_policy_is_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_budget_spends_refunds_and_runs_dry() -> None:
    budget = RetryBudget(capacity=20, retry_cost=5, timeout_cost=10, success_refill=1)
    assert budget.try_spend() == 5
    assert budget.try_spend(timeout=True) == 10
    assert budget.try_spend() == 5
    assert budget.try_spend() is None  # empty: calls fail after their first attempt
    budget.on_success(refund=10)
    assert budget.tokens == 10
    budget.on_success()
    assert budget.tokens == 11
    for _ in range(100):
        budget.on_success()
    assert budget.tokens == 20  # never above capacity


def requests_during_outage(calls: int, budget: RetryBudget, policy: RetryPolicy) -> int:
    """Requests sent for ``calls`` calls when every attempt fails with 503."""
    requests = 0
    for _ in range(calls):
        attempt = 0
        while True:
            attempt += 1
            requests += 1
            if not policy.decide(method="GET", attempt=attempt, elapsed=0, random=lambda: 0.5, status_code=503).retry:
                break
            if budget.try_spend() is None:
                break
    return requests


def test_budget_keeps_outage_amplification_low() -> None:
    """A total outage: requests sent / calls made stays <= 1.2 over a long run."""
    requests = requests_during_outage(5000, RetryBudget(), RetryPolicy(max_retries=2))
    assert requests / 5000 <= 1.2
    assert requests > 5000  # retries did happen while the budget lasted


def test_default_budget_keeps_even_a_short_outage_cheap() -> None:
    assert requests_during_outage(200, RetryBudget(), RetryPolicy()) / 200 <= 1.2


@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("spend"), st.booleans()),
            st.tuples(st.just("success"), st.sampled_from([0.0, 1.0, 5.0, 10.0, 15.0])),
        ),
        max_size=60,
    )
)
def test_budget_matches_its_definition(steps: list[tuple[str, object]]) -> None:
    """Whatever the order of spends and successes (the full bucket's lock-free path included)."""
    budget = RetryBudget(capacity=20, retry_cost=5, timeout_cost=10, success_refill=1)
    tokens = 20.0
    for kind, value in steps:
        if kind == "spend":
            cost = 10.0 if value else 5.0
            expected = cost if tokens >= cost else None
            tokens -= cost if expected is not None else 0.0
            assert budget.try_spend(timeout=bool(value)) == expected
        else:
            assert isinstance(value, float)
            tokens = min(20.0, tokens + (value or 1.0))
            budget.on_success(refund=value)
        assert budget.tokens == tokens


def test_a_full_budget_still_follows_a_lowered_capacity_and_a_negative_refund() -> None:
    budget = RetryBudget(capacity=100)
    budget.capacity = 10  # a plain field: lowered on a live budget
    budget.on_success()
    assert budget.tokens == 10
    budget.on_success(refund=-5)
    assert budget.tokens == 5
