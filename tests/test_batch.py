"""The batch helper: bounded, adaptive concurrency without a network."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from typing import cast

import pytest

from sequence_async import AdaptiveLimit, InvalidParameterError, Outcome, RateLimitError, concurrent_map, run_batch


def rate_limit_error() -> RateLimitError:
    return RateLimitError(
        "429", method="DELETE", url="u", attempts=1, status_code=429, headers={}, body="", request_id=None
    )


class Tracker:
    def __init__(self, fail: set[int] | None = None, limit_above: int | None = None) -> None:
        self.in_flight = 0
        self.peak = 0
        self.fail = fail or set()
        self.limit_above = limit_above
        self.rate_limited = 0

    async def __call__(self, item: int) -> int:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            for _ in range(3):
                await asyncio.sleep(0)
            if self.limit_above is not None and self.in_flight > self.limit_above:
                self.rate_limited += 1
                raise rate_limit_error()
            if item in self.fail:
                raise ValueError(f"bad item {item}")
            return item * 10
        finally:
            self.in_flight -= 1


async def test_concurrency_is_bounded_and_results_are_in_order() -> None:
    tracker = Tracker()
    outcomes = [o async for o in concurrent_map(tracker, range(50), concurrency=4)]
    assert tracker.peak == 4
    assert [o.result for o in outcomes] == [i * 10 for i in range(50)]
    assert [o.index for o in outcomes] == list(range(50))


async def test_as_completed_yields_everything() -> None:
    async def slow_first(item: int) -> int:
        for _ in range(10 if item == 0 else 1):
            await asyncio.sleep(0)
        return item

    outcomes = [o async for o in concurrent_map(slow_first, range(5), concurrency=5, ordered=False)]
    assert sorted(o.item for o in outcomes) == [0, 1, 2, 3, 4]
    assert outcomes[-1].item == 0  # finished last, yielded last


async def test_failures_never_cancel_the_rest_and_progress_is_reported() -> None:
    progress: list[tuple[int, int | None]] = []
    result = await run_batch(
        Tracker(fail={3, 7}),
        list(range(10)),
        key=str,
        concurrency=3,
        on_progress=lambda done, total: progress.append((done, total)),
    )
    assert set(result.succeeded) == {str(i) for i in range(10)} - {"3", "7"}
    assert set(result.failed) == {"3", "7"}
    assert isinstance(result.failed["3"], ValueError)
    assert progress == [(i, 10) for i in range(1, 11)]
    assert result.total == 10


async def test_async_iterables_are_accepted_with_unknown_total() -> None:
    async def items() -> AsyncIterator[int]:
        for i in range(4):
            yield i

    progress: list[tuple[int, int | None]] = []
    outcomes = [
        o
        async for o in concurrent_map(
            Tracker(), items(), concurrency=2, on_progress=lambda d, t: progress.append((d, t))
        )
    ]
    assert [o.result for o in outcomes] == [0, 10, 20, 30]
    assert progress[-1] == (4, None)


async def test_adaptive_concurrency_backs_off_and_every_item_succeeds() -> None:
    tracker = Tracker(limit_above=4)
    result = await run_batch(tracker, list(range(200)), key=int, concurrency=16)
    assert len(result.succeeded) == 200
    assert not result.failed
    assert tracker.rate_limited > 0


async def test_without_adaptation_rate_limits_fail_items() -> None:
    tracker = Tracker(limit_above=4)
    result = await run_batch(tracker, list(range(40)), key=int, concurrency=16, adaptive=False)
    assert result.failed
    assert all(isinstance(e, RateLimitError) for e in result.failed.values())


def test_aimd_halves_once_per_event_and_grows_back() -> None:
    limit = AdaptiveLimit(16)
    started = limit.generation
    limit.on_rate_limited(started)
    limit.on_rate_limited(started)  # same congestion event: no second halving
    assert limit.current == 8
    limit.on_rate_limited(limit.generation)
    assert limit.current == 4
    for _ in range(4):
        limit.on_success()
    assert limit.current == 5
    for _ in range(1000):
        limit.on_success()
    assert limit.current == 16  # never above the maximum


async def test_cancelling_the_consumer_cancels_calls_in_flight() -> None:
    """No item ever finishes here; leaving the loop early is tested in test_integration_batch.py."""
    started: list[int] = []
    cancelled: list[int] = []

    async def blocking(item: int) -> int:
        started.append(item)
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.append(item)
            raise
        return item

    async def consume() -> None:
        async for _ in concurrent_map(blocking, range(100), concurrency=5):
            raise AssertionError("no item can finish")

    task = asyncio.create_task(consume())
    for _ in range(5):
        await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)
    assert len(started) == 5
    assert sorted(cancelled) == sorted(started)


@pytest.mark.parametrize("concurrency", [0, -1, True, 1.5])
async def test_bad_concurrency_is_refused(concurrency: object) -> None:
    with pytest.raises(InvalidParameterError):
        await run_batch(Tracker(), [1], key=int, concurrency=concurrency)  # type: ignore[arg-type]


async def test_a_stuck_early_item_does_not_let_ordered_outcomes_pile_up() -> None:
    """Behind a slow first item, at most 4 x concurrency later outcomes wait; then nothing new starts."""
    release = asyncio.Event()
    taken: list[int] = []

    def endless() -> Iterator[int]:
        n = 0
        while True:
            taken.append(n)
            yield n
            n += 1

    async def work(item: int) -> int:
        if item == 0:
            await asyncio.wait_for(release.wait(), 5)
        return item

    outcomes = concurrent_map(work, endless(), concurrency=3)
    first = asyncio.ensure_future(anext(outcomes))
    for _ in range(200):  # every started call finishes within a few loop turns; give it many
        await asyncio.sleep(0)
    assert not first.done()
    # 3 in flight at most, 12 (4 x 3) finished and waiting: the source is read no further.
    assert len(taken) <= 1 + 4 * 3 + 2
    assert len(taken) >= 4 * 3  # ... but it did work ahead up to the window
    release.set()
    assert (await asyncio.wait_for(first, 5)).result == 0
    assert [(await anext(outcomes)).result for _ in range(20)] == list(range(1, 21))  # then it flows again
    await cast(AsyncGenerator[Outcome[int, int], None], outcomes).aclose()  # cancels the calls in flight
