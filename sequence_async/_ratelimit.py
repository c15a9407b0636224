"""Proactive client-side rate limiting (GCRA), so batch jobs wait instead of collecting 429s."""

from __future__ import annotations

import asyncio
import collections
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Protocol

from ._checks import integer, number
from .errors import ConfigurationError, SequenceError

# The API reference: a global limit of 1,500 requests per minute per API key.
DOCUMENTED_REQUESTS = 1500
DOCUMENTED_PERIOD = 60.0


class RateLimitWaitTooLong(SequenceError):
    """Waiting for a rate-limit slot would pass the call's deadline."""


class RateLimiter(Protocol):
    """Makes a request wait for its turn; refuses a wait longer than ``max_wait`` (None: any)."""

    async def acquire(self, max_wait: float | None = None) -> None:
        """Wait for this request's turn; raise ``RateLimitWaitTooLong`` rather than wait over ``max_wait`` seconds."""
        ...


class RateLimit:
    """An in-process limiter: at most ``requests`` in any ``per`` seconds, a burst of ``burst`` first.

    GCRA (the virtual-scheduling form of a token bucket): each caller reserves the next slot
    at once and sleeps until it comes, so waiters are served in order at an even pace. The burst
    counts against the window (see :func:`pacing`), so a server counting a sliding window never
    sees more than ``requests``. The default burst is one second's worth of requests, at most
    5% of the window's (25 for the documented 1,500 per 60 s).
    """

    def __init__(
        self,
        requests: int = DOCUMENTED_REQUESTS,
        per: float = DOCUMENTED_PERIOD,
        *,
        burst: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.requests, self.per, self.burst = _check(requests, per, burst)
        self.interval = pacing(self.requests, self.per, self.burst)[0]
        # The schedule in integer nanoseconds: the next slot is origin + ceil(count x per / slots),
        # never early. In floats, ten 0.1 s steps sum to 0.9999999999999999 s (an 11th start
        # within 1 s) and 0.3 / 3 x 3 falls short of 0.3.
        self._slots = window_slots(self.requests, self.per, self.burst)
        self._per_ns = round(self.per * 1e9)
        self._tolerance_ns = (self.burst - 1) * self._per_ns // self._slots
        self._origin: int | None = None
        self._count = 0
        # The actual starts of the last `per` seconds: a waiter woken late starts after its slot,
        # close to the next ones, so the schedule alone could put requests + 1 in a window.
        self._starts: collections.deque[int] = collections.deque()
        self._clock = clock
        self._sleep = sleep

    async def acquire(self, max_wait: float | None = None) -> None:
        """Reserve the next slot and sleep until it comes (see :meth:`RateLimiter.acquire`)."""
        now = round(self._clock() * 1e9)
        tat = now if self._origin is None else self._origin - (-self._count * self._per_ns // self._slots)
        if tat < now:  # idle since: the schedule restarts now
            self._origin, self._count, tat = now, 0, now
        elif self._origin is None:
            self._origin = now
        delay = (tat - self._tolerance_ns - now) / 1e9
        if max_wait is not None and delay > max_wait:
            raise RateLimitWaitTooLong(f"the rate limiter would need {delay:.2f}s, more than the {max_wait:.2f}s left")
        self._count += 1
        reserved = (self._origin, self._count)
        if delay > 0:
            try:
                await self._sleep(delay)
            except asyncio.CancelledError:
                if (self._origin, self._count) == reserved:  # nobody queued behind us: give the slot back
                    self._count -= 1
                raise
        await self._start()

    async def _start(self) -> None:
        """Record this start, first waiting while the last window already holds ``requests`` starts
        (only after late wake-ups: on schedule, the pacing keeps it under)."""
        starts = self._starts
        now = round(self._clock() * 1e9)
        while starts and starts[0] <= now - self._per_ns:
            starts.popleft()
        if len(starts) >= self.requests:  # one wait, then trust the clock (a caller's may not move)
            oldest = starts[len(starts) - self.requests]
            await self._sleep((oldest + self._per_ns - now) / 1e9)
            now = max(now, round(self._clock() * 1e9))
            while starts and starts[0] <= now - self._per_ns:
                starts.popleft()
        starts.append(now)
        if len(starts) > self.requests:  # bounded whatever the clock does
            starts.popleft()

    def carry_over(self, starts: Iterable[int], previous: RateLimit | None = None) -> None:
        """Count requests that already started (``clock`` times in ns) against this limit's first window.

        For a limit taking over from another (or from none): the server's window still holds
        them, so this limit starts as if they had just been granted, and remembers them for the
        record of actual starts. Callers still queued in ``previous`` keep their slots: this
        limit's schedule begins after the last of them.
        """
        now = round(self._clock() * 1e9)
        recent = [start for start in starts if now - self._per_ns < start <= now][-self.requests :]
        self._starts.extend(recent)
        origin = now
        if previous is not None and previous._origin is not None:
            origin = max(now, previous._origin - (-previous._count * previous._per_ns // previous._slots))
        if recent or origin > now:
            self._origin, self._count = origin, len(recent)

    def __repr__(self) -> str:
        return f"RateLimit(requests={self.requests}, per={self.per:g}, burst={self.burst})"


def _check(requests: object, per: object, burst: object) -> tuple[int, float, int]:
    count = integer(requests, "rate limit requests", minimum=1)
    period = number(per, "rate limit period (per, seconds)", inclusive=False)
    if burst is None:  # 5% at most: the burst is taken from the window's budget (see pacing)
        burst = max(1, min(count, round(count / period), count // 20))
    burst = integer(burst, "rate limit burst", minimum=1)
    if burst > count:
        raise ConfigurationError(
            f"rate limit burst ({burst}) cannot exceed requests ({count}): the window allows no more"
        )
    return count, period, burst


JITTER_SECONDS = 1.0  # of requests left unused per window for latency and scheduling stalls
JITTER_FROM = 20  # slots per window from which some are left unused (each costs 1/slots of the pace)


def pacing(requests: int, per: float, burst: int) -> tuple[float, float]:
    """GCRA's interval and tolerance such that no ``per`` seconds see more than ``requests`` starts.

    A burst of ``burst`` then one start per interval puts ``burst + per / interval`` starts in a
    window, so the steady pace is ``requests - burst + 1`` per window, less a margin for the
    server counting arrivals, not grants: a request granted, then held up by a busy event loop or
    a slow network, arrives with later ones. Once there are 20 slots, one second's worth of them
    (at most a twentieth) is left unused. Measured against the emulator's sliding window at
    1,500 per 60 s, burst 25 (`make bench` rows 15a/15b): a pace of 1,500/60 s drew 16 x 429 per
    run; 1,475/60 s none on an idle machine but 15 with the machine's load at 5-8; 1,451/60 s
    (one second's worth left) none.
    """
    interval = per / window_slots(requests, per, burst)
    return interval, (burst - 1) * interval


def window_slots(requests: int, per: float, burst: int) -> int:
    """How many evenly paced starts one window holds after the burst's first (see :func:`pacing`)."""
    slots = requests - burst + 1
    if slots >= JITTER_FROM:
        slots -= max(1, min(round(requests / per * JITTER_SECONDS), slots // JITTER_FROM))
    return slots
