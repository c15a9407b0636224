"""The GCRA limiter's schedule, exactly: burst, pacing, max_wait, cancellation, configuration.

Injected clocks that start far from 0 and intervals that are not 1.0, so that a tolerance
computed as ``(burst - 1) / interval`` or a clock offset mistaken for a duration shows.
"""

from __future__ import annotations

import asyncio
import bisect
from collections.abc import Coroutine
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sequence_async import ConfigurationError, RateLimit
from sequence_async._ratelimit import RateLimitWaitTooLong, pacing

from ._fixtures import FakeTime


def run(coro: Coroutine[Any, Any, None]) -> None:
    """Run a coroutine that never suspends (its sleeps are fake) to completion, without a loop."""
    try:
        coro.send(None)
    except StopIteration:
        return
    coro.close()
    raise AssertionError("the coroutine suspended on a real wait")


@given(
    requests=st.integers(min_value=1, max_value=5000),
    per=st.floats(min_value=0.05, max_value=600.0),
    burst=st.integers(min_value=1, max_value=40),
    start=st.floats(min_value=10.0, max_value=1e5),
    after_burst=st.integers(min_value=1, max_value=12),
)
def test_burst_passes_at_once_then_one_grant_per_interval(
    requests: int, per: float, burst: int, start: float, after_burst: int
) -> None:
    assume(burst <= requests)  # more is refused: tested below
    fake = FakeTime(start)
    limiter = RateLimit(requests, per=per, burst=burst, clock=fake.clock, sleep=fake.sleep)
    interval = limiter.interval  # see test_no_window_of_per_seconds_sees_more_than_requests
    for k in range(burst + after_burst):
        run(limiter.acquire())
        # The schedule is in whole nanoseconds: each wait may be off by up to 1 ns (and float noise).
        assert fake.now == pytest.approx(start + max(0, k - burst + 1) * interval, rel=1e-9, abs=2e-9)
    real = [delay for delay in fake.sleeps if delay > 1e-9]  # float rounding may leave a 1e-15 s "wait"
    assert real == pytest.approx([interval] * after_burst, rel=1e-6, abs=2e-9)


@given(
    requests=st.integers(min_value=1, max_value=5000),
    per=st.floats(min_value=0.05, max_value=600.0),
    burst=st.integers(min_value=1, max_value=40),
    start=st.floats(min_value=10.0, max_value=1e5),
)
def test_waiters_queued_at_once_are_given_successive_slots(requests: int, per: float, burst: int, start: float) -> None:
    """Callers arriving together (nobody has slept yet) each reserve the next slot."""
    assume(burst + 5 <= requests)  # more would also wait on the record of actual starts (this clock never moves)
    delays: list[float] = []

    async def record(delay: float) -> None:
        delays.append(delay)

    limiter = RateLimit(requests, per=per, burst=burst, clock=lambda: start, sleep=record)
    interval = limiter.interval
    for _ in range(burst + 5):
        run(limiter.acquire())
    real = [delay for delay in delays if delay > 1e-9]  # float rounding may leave a 1e-15 s "wait"
    assert real == pytest.approx([interval * n for n in range(1, 6)], rel=1e-6, abs=2e-9)  # scheduled in ns


async def test_a_burst_of_four_at_a_quarter_second_interval() -> None:
    fake = FakeTime(5000.0)
    limiter = RateLimit(247, per=60.0, burst=4, clock=fake.clock, sleep=fake.sleep)  # 244 slots, 4 unused: 0.25 s
    for _ in range(6):
        await limiter.acquire()
    assert fake.sleeps == [0.25, 0.25]
    assert fake.now == 5000.5
    fake.now += 0.75  # idle for three intervals: three slots of the burst come back
    for _ in range(3):
        await limiter.acquire()
    assert fake.sleeps == [0.25, 0.25]
    await limiter.acquire()
    assert fake.sleeps == [0.25, 0.25, 0.25]


async def test_a_slot_due_exactly_now_does_not_sleep() -> None:
    fake = FakeTime(100.0)
    limiter = RateLimit(4, per=1.0, burst=1, clock=fake.clock, sleep=fake.sleep)
    await limiter.acquire()
    fake.now = 100.25
    await limiter.acquire()
    fake.now = 100.5
    await limiter.acquire(max_wait=0.0)
    assert fake.sleeps == []
    await limiter.acquire()
    assert fake.sleeps == [0.25]


async def test_max_wait_refuses_only_a_longer_wait_and_says_how_long() -> None:
    fake = FakeTime(777.0)
    limiter = RateLimit(9, per=20.0, burst=2, clock=fake.clock, sleep=fake.sleep)  # 8 slots after the burst: 2.5 s
    await limiter.acquire()
    await limiter.acquire()
    with pytest.raises(RateLimitWaitTooLong, match=r"^the rate limiter would need 2\.50s, more than the 2\.49s left$"):
        await limiter.acquire(max_wait=2.49)
    await limiter.acquire(max_wait=2.5)  # exactly enough
    assert fake.sleeps == [2.5]
    assert fake.now == 779.5


async def test_a_cancelled_waiter_keeps_its_slot_when_others_queued_behind_it() -> None:
    fake = FakeTime(3000.0)
    both_asleep = asyncio.Event()

    async def blocking_sleep(delay: float) -> None:
        fake.sleeps.append(delay)
        if len(fake.sleeps) == 2:
            both_asleep.set()
        await asyncio.Event().wait()

    limiter = RateLimit(4, per=2.0, burst=1, clock=fake.clock, sleep=blocking_sleep)  # 0.5 s apart
    await limiter.acquire()
    first = asyncio.create_task(limiter.acquire())
    second = asyncio.create_task(limiter.acquire())
    await asyncio.wait_for(both_asleep.wait(), 5)
    assert fake.sleeps == [0.5, 1.0]
    first.cancel()  # the second waiter already counted on the slot after it: it is not given back
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(first, 5)
    second.cancel()  # the last in the queue: its slot is given back
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(second, 5)
    with pytest.raises(RateLimitWaitTooLong, match=r"would need 1\.00s"):
        await limiter.acquire(max_wait=0.75)
    fake.now = 3001.0
    await asyncio.wait_for(limiter.acquire(max_wait=0.0), 5)


def test_repr_shows_the_configuration() -> None:
    assert repr(RateLimit(90, per=1.5, burst=4)) == "RateLimit(requests=90, per=1.5, burst=4)"
    assert repr(RateLimit(7, per=60)) == "RateLimit(requests=7, per=60, burst=1)"


@pytest.mark.parametrize(
    ("requests", "per", "burst"),
    [
        (1500, 60.0, 25),  # the documented limit: one second's worth
        (10, 60.0, 1),  # less than one request a second: a burst of one
        (1, 0.25, 1),  # never more than the requests per period
        (5, 0.5, 1),  # 5% of 5 is less than one: a burst of one
        (90, 2.0, 4),  # one second is 45, 5% of the window 4
        (100, 40.0, 2),  # 2.5 a second rounds to 2
        (3000, 0.5, 150),
    ],
)
def test_default_burst_is_one_second_of_requests_at_most_a_twentieth(requests: int, per: float, burst: int) -> None:
    limiter = RateLimit(requests, per=per)
    assert (limiter.requests, limiter.per, limiter.burst) == (requests, per, burst)
    assert limiter.interval == pacing(requests, per, burst)[0]


@pytest.mark.parametrize(
    ("requests", "per", "burst", "interval"),
    [
        (1500, 60.0, 25, 60.0 / 1451),  # 1,476 slots after the burst's first, a second's worth (25) unused
        (1500, 60.0, 1, 60.0 / 1475),
        (50, 1.0, 1, 1.0 / 48),  # a second's worth is the whole window: a twentieth (2) unused
        (19, 1.0, 1, 1.0 / 19),  # under 20 slots: none left for jitter
        (20, 1.0, 1, 1.0 / 19),
        (4, 1.0, 4, 1.0),  # the whole window's budget as a burst: then one per window
        (1, 0.25, 1, 0.25),
    ],
)
def test_pacing_takes_the_burst_and_a_margin_from_the_window(
    requests: int, per: float, burst: int, interval: float
) -> None:
    found_interval, tolerance = pacing(requests, per, burst)
    assert found_interval == pytest.approx(interval)
    assert tolerance == pytest.approx((burst - 1) * interval)


@settings(max_examples=200, deadline=None)
@given(
    requests=st.integers(min_value=1, max_value=400),
    per=st.floats(min_value=0.1, max_value=100.0),
    burst=st.integers(min_value=1, max_value=60),
    gaps=st.lists(st.floats(min_value=0.0, max_value=2.0), min_size=1, max_size=40),
)
def test_no_window_of_per_seconds_sees_more_than_requests(
    requests: int, per: float, burst: int, gaps: list[float]
) -> None:
    """Whatever the callers' timing, any ``per`` seconds (half-open) hold at most ``requests`` grants,
    and callers always waiting get the steady pace: ``requests - burst`` per window or better."""
    assume(burst <= requests)
    fake = FakeTime(1000.0)
    limiter = RateLimit(requests, per=per, burst=burst, clock=fake.clock, sleep=fake.sleep)
    grants: list[float] = []
    for index in range(requests * 3):
        fake.now += gaps[index % len(gaps)] * limiter.interval
        run(limiter.acquire())
        grants.append(fake.now)
    for first, start in enumerate(grants):
        # to within a microsecond: the limiter schedules in whole nanoseconds, this clock sums floats
        inside = bisect.bisect_left(grants, start + per - 1e-6) - first
        assert inside <= requests, (first, inside)
    assert limiter.interval <= per / (0.95 * (requests - burst + 1)) * (1 + 1e-9)  # at most a twentieth unused


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"requests": 0}, r"^rate limit requests must be an int between 1 and 1e\+12, got 0$"),
        ({"requests": 2.5}, r"^rate limit requests must be an int between 1 and"),
        ({"per": 0.0}, r"^rate limit period \(per, seconds\) must be a finite number > 0 "),
        ({"per": -3}, r"^rate limit period \(per, seconds\) must be a finite number > 0 "),
        ({"burst": 0}, r"^rate limit burst must be an int between 1 and 1e\+12, got 0$"),
        ({"burst": 1.0}, r"^rate limit burst must be an int between 1 and"),
        ({"requests": 10, "burst": 11}, r"^rate limit burst \(11\) cannot exceed requests \(10\)"),
    ],
)
def test_invalid_limits_name_the_setting(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        RateLimit(**kwargs)  # type: ignore[arg-type]


def test_smallest_valid_limits_are_accepted() -> None:
    limiter = RateLimit(1, per=1e-3, burst=1)
    assert (limiter.requests, limiter.per, limiter.burst) == (1, 1e-3, 1)


@settings(max_examples=150, deadline=None)
@given(
    requests=st.integers(min_value=1, max_value=60),
    per=st.floats(min_value=0.1, max_value=10.0),
    burst=st.integers(min_value=1, max_value=10),
    lateness=st.lists(st.floats(min_value=0.0, max_value=0.5), min_size=1, max_size=20),
)
def test_late_wake_ups_never_put_more_than_requests_in_a_window(
    requests: int, per: float, burst: int, lateness: list[float]
) -> None:
    """A sleep may wake late (a busy loop): the starts, as they happen, still never exceed ``requests``
    in any ``per`` seconds."""
    assume(burst <= requests)
    now = [1000.0]
    wakes = iter(lateness * (requests * 3))

    async def late_sleep(delay: float) -> None:
        now[0] = round(now[0] + delay + next(wakes, 0.0) * per, 9)  # a clock in whole nanoseconds

    limiter = RateLimit(requests, per=per, burst=burst, clock=lambda: now[0], sleep=late_sleep)
    starts: list[float] = []
    for _ in range(requests * 3):
        run(limiter.acquire())
        starts.append(now[0])
    for first, start in enumerate(starts):
        inside = bisect.bisect_left(starts, start + per - 1e-9) - first
        assert inside <= requests, (first, inside)
