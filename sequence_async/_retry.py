"""Retry policy and client-wide retry budget: small, pure, testable without a network."""

from __future__ import annotations

import email.utils
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ._checks import integer, number

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_4XX = frozenset({408, 429})
NEVER_RETRIED_5XX = frozenset({501, 505})


def is_retryable_status(status_code: int) -> bool:
    """408, 429, and every 5xx except 501 (not implemented) and 505 (version not supported)."""
    if status_code in RETRYABLE_4XX:
        return True
    return 500 <= status_code <= 599 and status_code not in NEVER_RETRIED_5XX


def parse_retry_after(value: str | None, now: Callable[[], datetime]) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds, or an HTTP-date counted from
    ``now()``: the client's wall clock, which tests inject), else None."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - now()).total_seconds()
        return max(0.0, seconds)
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds


@dataclass(frozen=True)
class RetryDecision:
    """What to do after a failed attempt: retry after ``delay`` seconds, or stop."""

    retry: bool
    delay: float = 0.0
    reason: str = ""


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before retrying a failed attempt.

    Retries transport errors and 408/429/5xx (except 501/505), only for idempotent methods
    (or any method carrying an idempotency key). Backoff is exponential with full jitter:
    ``uniform(0, min(max_backoff, initial_backoff * 2**n))`` for retry ``n`` (0-based).
    A ``Retry-After`` from the server is honoured as given; if it exceeds ``max_retry_after``
    or the overall ``deadline`` (seconds across all attempts), the call stops at once.
    ``RetryPolicy(max_retries=0)`` disables retries.
    """

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    deadline: float | None = None

    def __post_init__(self) -> None:
        integer(self.max_retries, "RetryPolicy.max_retries", minimum=0)
        for name in ("initial_backoff", "max_backoff", "max_retry_after"):
            number(getattr(self, name), f"RetryPolicy.{name}")
        if self.deadline is not None:
            number(self.deadline, "RetryPolicy.deadline (or None)", inclusive=False)

    def backoff(self, retry_number: int, random: Callable[[], float]) -> float:
        """Full-jitter delay before retry ``retry_number`` (0 for the first retry)."""
        # 2.0**1023 is the largest power of two a float holds (2.0**1024 raises OverflowError); past it,
        # initial_backoff * 2**n is above any max_backoff (<= 1e12) for any initial_backoff >= 1e-290.
        cap = min(self.max_backoff, self.initial_backoff * 2.0 ** min(retry_number, 1023))
        return random() * cap

    def decide(
        self,
        *,
        method: str,
        attempt: int,
        elapsed: float,
        random: Callable[[], float],
        status_code: int | None = None,
        retry_after: float | None = None,
        idempotent: bool | None = None,
    ) -> RetryDecision:
        """Decide after failed attempt number ``attempt`` (1-based).

        ``status_code`` is None for a transport error. ``elapsed`` is the time since the
        call started. ``idempotent`` overrides the method rule (an idempotency key).
        """
        if status_code is not None and not is_retryable_status(status_code):
            return RetryDecision(False, reason=f"status {status_code} is not retryable")
        safe = idempotent if idempotent is not None else method.upper() in IDEMPOTENT_METHODS
        if not safe:
            return RetryDecision(False, reason=f"{method.upper()} is not idempotent")
        if attempt > self.max_retries:
            return RetryDecision(False, reason=f"gave up after {attempt} attempts")
        reason = f"status {status_code}" if status_code is not None else "connection error"
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                return RetryDecision(False, reason=f"Retry-After {retry_after:g}s exceeds max_retry_after")
            delay = retry_after
            reason += f", Retry-After {retry_after:g}s"
        else:
            delay = self.backoff(attempt - 1, random)
        if self.deadline is not None and elapsed + delay >= self.deadline:
            return RetryDecision(False, reason="the retry would pass the call's deadline")
        return RetryDecision(True, delay, reason)


@dataclass
class RetryBudget:
    """Client-wide token bucket limiting retries (the AWS SDKs' "standard" retry mode).

    Each retry spends ``retry_cost`` tokens (``timeout_cost`` after a timeout); a call that
    succeeds at once refills ``success_refill``, one that succeeds after retrying gets its
    retry cost back. When the bucket cannot pay, calls fail after their first attempt, so a
    sustained outage costs about one request per call instead of ``1 + max_retries``.
    The default capacity (100: twenty back-to-back retries) is smaller than AWS's 500 so that
    even a short outage of a few dozen calls stays well under 1.5 requests per call.
    """

    capacity: float = 100.0
    retry_cost: float = 5.0
    timeout_cost: float = 10.0
    success_refill: float = 1.0
    _tokens: float = field(init=False, repr=False)
    _lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        for name in ("capacity", "retry_cost", "timeout_cost", "success_refill"):
            number(getattr(self, name), f"RetryBudget.{name}")
        self._tokens = float(self.capacity)

    @property
    def tokens(self) -> float:
        """The tokens left now (0 to ``capacity``)."""
        return self._tokens

    def try_spend(self, *, timeout: bool = False) -> float | None:
        """Take the cost of one retry; returns the amount taken, or None when too poor."""
        cost = self.timeout_cost if timeout else self.retry_cost
        with self._lock:
            if self._tokens < cost:
                return None
            self._tokens -= cost
            return cost

    def on_success(self, refund: float = 0.0) -> None:
        """Record a successful call; ``refund`` is what its retries spent."""
        if not refund and self._tokens == self.capacity:  # full, as while calls succeed: nothing to add, no lock
            return
        with self._lock:
            self._tokens = min(self.capacity, self._tokens + (refund or self.success_refill))
