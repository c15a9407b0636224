"""The in-process rate limiter (GCRA) and its place in the pipeline."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from sequence_async import ConfigurationError, RateLimit, RetryPolicy, SequenceClient, errors
from sequence_async._advertised import AdvertisedRateLimit
from sequence_async._ratelimit import RateLimitWaitTooLong

from ._fixtures import FakeTime


async def test_burst_then_even_pacing() -> None:
    fake = FakeTime()
    limiter = RateLimit(63, per=60.0, burst=3, clock=fake.clock, sleep=fake.sleep)  # 60 slots after the burst
    for _ in range(3):
        await limiter.acquire()
    assert fake.sleeps == []  # the burst passes at once
    for _ in range(3):
        await limiter.acquire()
    assert fake.sleeps == [pytest.approx(1.0)] * 3  # then one per second


async def test_concurrent_waiters_are_spaced_by_the_interval() -> None:
    fake = FakeTime()
    delays: list[float] = []

    async def record(delay: float) -> None:
        delays.append(delay)

    limiter = RateLimit(10, per=1.0, burst=1, clock=fake.clock, sleep=record)
    await asyncio.gather(*(limiter.acquire() for _ in range(5)))
    assert sorted(delays) == [pytest.approx(0.1 * i) for i in range(1, 5)]


async def test_wait_beyond_timeout_is_refused_without_reserving() -> None:
    fake = FakeTime()
    limiter = RateLimit(1, per=10.0, burst=1, clock=fake.clock, sleep=fake.sleep)
    await limiter.acquire()
    with pytest.raises(RateLimitWaitTooLong):
        await limiter.acquire(max_wait=5.0)
    await limiter.acquire(max_wait=10.0)  # the refused call did not take a slot
    assert fake.sleeps == [pytest.approx(10.0)]


async def test_cancelled_waiter_gives_its_slot_back() -> None:
    started = asyncio.Event()

    async def blocking_sleep(delay: float) -> None:
        started.set()
        await asyncio.Event().wait()

    fake = FakeTime()
    limiter = RateLimit(1, per=10.0, burst=1, clock=fake.clock, sleep=blocking_sleep)
    await limiter.acquire()
    task = asyncio.create_task(limiter.acquire())
    await asyncio.wait_for(started.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)
    fake.now = 10.0
    await asyncio.wait_for(limiter.acquire(max_wait=0.0), 5)  # the slot at t=10 is free again


@pytest.mark.parametrize("kwargs", [{"requests": 0}, {"requests": 1.5}, {"per": 0}, {"burst": 0}, {"requests": True}])
def test_invalid_limits_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        RateLimit(**kwargs)  # type: ignore[arg-type]


def test_default_burst_is_one_second_of_the_documented_rate() -> None:
    limiter = RateLimit()
    assert (limiter.requests, limiter.per, limiter.burst) == (1500, 60.0, 25)


def _pacing_of(client: SequenceClient) -> RateLimit | None:
    limiter = client._shared.limiter
    assert isinstance(limiter, AdvertisedRateLimit)
    return limiter.limit


def test_on_by_default_at_the_documented_limit_for_sequence_and_at_the_advertised_one_elsewhere() -> None:
    for client in (SequenceClient("a", "b", environment="sandbox"), SequenceClient("a", "b")):
        documented = _pacing_of(client)
        assert documented is not None
        assert (documented.requests, documented.per) == (1500, 60.0)
    assert _pacing_of(SequenceClient("a", "b", base_url="http://127.0.0.1:1/api")) is None  # until advertised
    assert SequenceClient("a", "b", environment="dev", rate_limit=None)._shared.limiter is None
    custom = RateLimit(10)
    assert SequenceClient("a", "b", base_url="http://proxy/api", rate_limit=custom)._shared.limiter is custom
    with pytest.raises(ConfigurationError):
        SequenceClient("a", "b", rate_limit=25)  # type: ignore[arg-type]


async def test_pipeline_waits_for_the_limiter_and_respects_the_deadline() -> None:
    fake = FakeTime()
    sent: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(fake.now)
        return httpx.Response(200, json={"items": []})

    limiter = RateLimit(2, per=1.0, burst=1, clock=fake.clock, sleep=fake.sleep)
    client = SequenceClient(
        "a",
        "b",
        base_url="http://api.test",
        transport=httpx.MockTransport(handler),
        rate_limit=limiter,
        clock=fake.clock,
        retry=RetryPolicy(deadline=0.2),
    )
    async with client:
        await client.contacts.list("c")
        with pytest.raises(errors.APITimeoutError, match="rate limiter"):
            await client.contacts.list("c")  # would need 0.5 s, the deadline is 0.2 s
        await client.with_options(retry=RetryPolicy()).contacts.list("c")
    assert sent == [0.0, pytest.approx(0.5)]
