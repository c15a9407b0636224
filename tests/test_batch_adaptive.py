"""run_batch and concurrent_map: the adaptive limit, 429 requeues, progress, aborts and cancellation.

No network and no clock: each call is an async function whose length is counted in event-loop
ticks (``asyncio.sleep(0)``), so which calls overlap is decided by the scheduler, not by timing.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sequence_async import (
    AdaptiveLimit,
    AlreadyDeletedError,
    BatchAbortedError,
    BatchResult,
    InvalidParameterError,
    Outcome,
    RateLimitError,
    concurrent_map,
    run_batch,
)

RUNAWAY = 50  # a call count no requeue limit here reaches: past it, the script stops answering 429


def too_many_requests(*, maybe_applied: bool = False) -> RateLimitError:
    error = RateLimitError(
        "429", method="DELETE", url="u", attempts=1, status_code=429, headers={}, body="", request_id=None
    )
    error.maybe_applied = maybe_applied
    return error


class Script:
    """An async ``func``: item -> item * 10 after ``ticks`` loop ticks, unless scripted to raise.

    ``answers[item]`` lists what successive calls of that item raise at once (None: succeed
    after the ticks). Records
    every call's item and how many calls were in flight when it started (itself included).
    """

    def __init__(self, answers: dict[int, list[BaseException | None]] | None = None, ticks: int = 10) -> None:
        self.answers = answers or {}
        self.ticks = ticks
        self.calls: list[int] = []
        self.in_flight = 0
        self.started_at: list[int] = []  # in flight when each call started

    def count(self, item: int) -> int:
        return self.calls.count(item)

    async def __call__(self, item: int) -> int:
        self.calls.append(item)
        if len(self.calls) > 10_000:
            raise AssertionError("runaway batch")
        self.in_flight += 1
        self.started_at.append(self.in_flight)
        try:
            script = self.answers.get(item, [])
            attempt = self.count(item) - 1
            if attempt < len(script) and attempt < RUNAWAY and script[attempt] is not None:
                raise script[attempt]  # type: ignore[misc]
            for _ in range(self.ticks):
                await asyncio.sleep(0)
            return item * 10
        finally:
            self.in_flight -= 1


async def collect(**kwargs: Any) -> list[Outcome[int, int]]:
    return [outcome async for outcome in concurrent_map(**kwargs)]


# -- Outcome and BatchResult ---------------------------------------------------------------------


def test_outcome_is_ok_only_when_attempted_without_error() -> None:
    assert Outcome(0, "a", result=1).ok
    assert not Outcome(0, "a", error=ValueError()).ok
    assert not Outcome(0, "a", attempted=False).ok


KINDS = st.sampled_from(["succeeded", "failed", "already_deleted", "not_attempted"])


def outcome_of(kind: str, value: int) -> Outcome[int, int]:
    if kind == "succeeded":
        return Outcome(value, value, result=value)
    if kind == "failed":
        return Outcome(value, value, error=ValueError(value))
    if kind == "already_deleted":
        return Outcome(value, value, error=AlreadyDeletedError.restate(not_found()))
    return Outcome(value, value, attempted=False)


def not_found() -> AlreadyDeletedError:
    return AlreadyDeletedError(
        "404", method="DELETE", url="u", attempts=2, status_code=404, headers={}, body="", request_id=None
    )


@given(st.lists(st.tuples(st.integers(0, 5), KINDS, st.integers())))
def test_batch_result_files_each_key_once_under_its_latest_outcome(adds: list[tuple[int, str, int]]) -> None:
    result: BatchResult[int, int] = BatchResult()
    latest: dict[int, tuple[str, int]] = {}  # key -> (kind, value), in the order of each key's last add
    for key, kind, value in adds:
        result.add(key, outcome_of(kind, value))
        latest.pop(key, None)
        latest[key] = (kind, value)
    groups: dict[str, Any] = {
        "succeeded": result.succeeded,
        "failed": result.failed,
        "already_deleted": result.already_deleted,
    }
    for kind, group in groups.items():
        assert list(group) == [key for key, (k, _) in latest.items() if k == kind]
    assert result.not_attempted == [key for key, (k, _) in latest.items() if k == "not_attempted"]
    assert all(result.succeeded[key] == value for key, (k, value) in latest.items() if k == "succeeded")
    assert all(isinstance(error, ValueError) for error in result.failed.values())
    assert all(isinstance(error, AlreadyDeletedError) for error in result.already_deleted.values())
    assert result.total == len(latest)


# -- AdaptiveLimit ---------------------------------------------------------------------------------


@given(st.integers(1, 64), st.integers(1, 4))
def test_aimd_grows_back_by_one_per_window_of_successes(maximum: int, halvings: int) -> None:
    limit = AdaptiveLimit(maximum)
    expected = maximum
    for _ in range(halvings):
        limit.on_rate_limited(limit.generation)
        expected = max(1, expected // 2)
        assert limit.current == expected
    assert limit.generation == halvings
    while expected < maximum:
        for _ in range(expected - 1):  # a window is as many successes as the current limit
            limit.on_success()
            assert limit.current == expected
        limit.on_success()
        expected += 1
        assert limit.current == expected
    for _ in range(2 * maximum + 2):
        limit.on_success()
    assert limit.current == maximum


def test_aimd_reacts_once_per_congestion_event_and_forgets_the_window() -> None:
    limit = AdaptiveLimit(16)
    first = limit.generation
    limit.on_rate_limited(first)
    assert (limit.current, limit.generation) == (8, first + 1)
    limit.on_rate_limited(first)  # started before that decrease: the same event
    assert (limit.current, limit.generation) == (8, first + 1)
    for _ in range(5):
        limit.on_success()  # part of a window of 8
    limit.on_rate_limited(limit.generation)
    assert (limit.current, limit.generation) == (4, first + 2)
    for _ in range(3):
        limit.on_success()  # the 5 earlier successes do not count towards the new window
    assert limit.current == 4
    limit.on_success()
    assert limit.current == 5
    limit.on_rate_limited(first + 2)
    assert (limit.current, limit.generation) == (2, first + 3)
    one = AdaptiveLimit(1)
    one.on_rate_limited(one.generation)
    assert one.current == 1


def test_a_fixed_limit_never_moves() -> None:
    limit = AdaptiveLimit(8, adaptive=False)
    limit.on_rate_limited(limit.generation)
    assert limit.current == 8
    for _ in range(20):
        limit.on_success()
    assert limit.current == 8


# -- the adaptive limit in a batch -----------------------------------------------------------------


async def test_a_429_halves_the_calls_in_flight_then_they_grow_back_to_the_maximum() -> None:
    script = Script({0: [too_many_requests()]})
    outcomes = await collect(func=script, items=range(120), concurrency=8)
    assert all(outcome.ok for outcome in outcomes)
    assert [o.result for o in outcomes] == [i * 10 for i in range(120)]
    assert script.started_at[:8] == [1, *range(1, 8)]  # item 0 fails at once
    after = script.started_at[8:]
    # Item 0 failed at once, items 1..7 are still running: nothing starts while 4 are in flight.
    assert max(after[:4]) <= 4
    assert max(after) == 8, "the limit never grew back to the maximum"


async def test_a_burst_of_429s_from_one_round_halves_once() -> None:
    script = Script({i: [too_many_requests()] for i in range(8)})
    outcomes = await collect(func=script, items=range(8), concurrency=8)
    assert all(outcome.ok for outcome in outcomes)
    assert script.calls[:8] == list(range(8))
    # The 8 requeued items restart 4 at a time (halved once), not 1 at a time (halved per 429).
    assert script.calls[8:12] == [0, 1, 2, 3]
    assert script.started_at[8:12] == [1, 2, 3, 4]


async def test_without_adaptation_a_429_neither_halves_nor_requeues() -> None:
    script = Script({0: [too_many_requests()] * RUNAWAY})
    outcomes = await collect(func=script, items=range(40), concurrency=4, adaptive=False)
    assert script.count(0) == 1
    assert isinstance(outcomes[0].error, RateLimitError)
    assert all(outcome.ok for outcome in outcomes[1:])
    assert script.started_at[4] == 4  # item 4 started at once in the slot item 0 left
    assert max(script.started_at) == 4


@pytest.mark.parametrize("requeues", [0, 1, 3])
async def test_an_item_answered_429_forever_is_tried_once_plus_its_requeues(requeues: int) -> None:
    script = Script({1: [too_many_requests()] * RUNAWAY})
    outcomes = await collect(func=script, items=range(3), concurrency=2, rate_limit_requeues=requeues)
    assert script.count(1) == 1 + requeues
    assert [o.index for o in outcomes] == [0, 1, 2]
    assert isinstance(outcomes[1].error, RateLimitError)
    assert outcomes[1].attempted
    assert [o.result for o in (outcomes[0], outcomes[2])] == [0, 20]


async def test_by_default_an_item_is_requeued_three_times() -> None:
    script = Script({0: [too_many_requests()] * RUNAWAY})
    outcomes = await collect(func=script, items=[0])
    assert script.count(0) == 4
    assert isinstance(outcomes[0].error, RateLimitError)
    batch = Script({0: [too_many_requests()] * RUNAWAY})
    result = await run_batch(batch, [0, 1], key=str)
    assert batch.count(0) == 4
    assert set(result.failed) == {"0"}
    assert result.succeeded == {"1": 10}


async def test_an_item_that_recovers_after_429s_succeeds_and_is_counted_once() -> None:
    script = Script({1: [too_many_requests(), too_many_requests()]})
    progress: list[tuple[int, int | None]] = []
    result = await run_batch(
        script, [0, 1, 2], key=int, concurrency=3, on_progress=lambda done, total: progress.append((done, total))
    )
    assert result.succeeded == {0: 0, 1: 10, 2: 20}
    assert list(result.succeeded) == [0, 1, 2]
    assert script.count(1) == 3
    assert progress == [(1, 3), (2, 3), (3, 3)]


# -- defaults, order, numbering ----------------------------------------------------------------


async def test_defaults_sixteen_in_flight_in_input_order() -> None:
    async def slow_evens(item: int) -> int:
        for _ in range(5 if item % 2 == 0 else 1):
            await asyncio.sleep(0)
        return item

    script = Script()
    outcomes = await collect(func=script, items=range(40))
    assert max(script.started_at) == 16
    batch = Script()
    await run_batch(batch, range(40), key=int)
    assert max(batch.started_at) == 16
    assert [o.index for o in outcomes] == list(range(40))
    ordered = await collect(func=slow_evens, items=range(6))
    assert [o.item for o in ordered] == list(range(6))
    result = await run_batch(slow_evens, range(6), key=int)
    assert list(result.succeeded) == list(range(6))


async def test_as_completed_yields_calls_finishing_together_in_input_order() -> None:
    items = list(reversed(range(12)))  # input order is not the items' own order
    outcomes = await collect(func=Script(ticks=1), items=items, concurrency=6, ordered=False)
    assert [o.index for o in outcomes] == list(range(12))
    assert [o.item for o in outcomes] == items


async def test_in_order_each_outcome_is_yielded_once_the_earlier_ones_are_done() -> None:
    script = Script()
    calls_when_yielded = [len(script.calls) async for _ in concurrent_map(script, range(40), concurrency=4)]
    # Calls of equal length finish in input order: each is yielded before later rounds start.
    assert all(calls <= index + 4 for index, calls in enumerate(calls_when_yielded)), calls_when_yielded


class Feed:
    """A sized collection whose iterator counts how often it is asked for the next item."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.asked = 0

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[int]:
        return self

    def __next__(self) -> int:
        self.asked += 1
        if self.asked > self.size:
            raise StopIteration
        return self.asked - 1


async def test_a_collection_is_not_read_again_once_it_ended() -> None:
    feed = Feed(5)
    outcomes = await collect(func=Script(), items=feed, concurrency=2)
    assert [o.result for o in outcomes] == [0, 10, 20, 30, 40]
    assert feed.asked == 6  # five items, then the end, once


async def test_every_kind_of_source_is_numbered_from_zero() -> None:
    async def agen() -> AsyncIterator[str]:
        for item in "abc":
            yield item

    def gen() -> Iterator[str]:
        yield from "abc"

    async def upper(item: str) -> str:
        return item.upper()

    for source in (agen(), gen(), ["a", "b", "c"]):
        outcomes = [o async for o in concurrent_map(upper, source, concurrency=2)]
        assert [(o.index, o.item, o.result) for o in outcomes] == [(0, "a", "A"), (1, "b", "B"), (2, "c", "C")]


async def test_progress_total_is_the_length_of_a_sized_source_only() -> None:
    def gen() -> Iterator[int]:
        yield from range(3)

    for source, total in ((range(3), 3), (gen(), None)):
        seen: list[tuple[int, int | None]] = []
        await collect(func=Script(), items=source, on_progress=lambda d, t, seen=seen: seen.append((d, t)))
        assert seen == [(1, total), (2, total), (3, total)]


async def test_a_function_raising_before_its_first_await_fails_its_item_only() -> None:
    def sync_raise(item: int) -> Any:
        if item == 1:
            raise ValueError("at once")
        return asyncio.sleep(0, item)

    outcomes = await collect(func=sync_raise, items=range(3), concurrency=3)
    assert [o.result for o in outcomes] == [0, None, 2]
    assert isinstance(outcomes[1].error, ValueError)


# -- validation ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"func": 3}, "^func must be callable, got int$"),
        ({"concurrency": 0}, "^concurrency must be an int between 1 and "),
        ({"on_progress": 3}, "^on_progress must be callable or None$"),
        ({"rate_limit_requeues": -1}, "^rate_limit_requeues must be an int between 0 and "),
        ({"rate_limit_requeues": 1.5}, "^rate_limit_requeues must be an int between 0 and "),
        ({"items": "abc"}, "^items must be an iterable of ids, not a single str"),
        ({"items": 5}, "^items must be an iterable or async iterable, got int$"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_runs(kwargs: dict[str, Any], message: str) -> None:
    script = Script()
    arguments: dict[str, Any] = {"func": script, "items": [1], **kwargs}
    with pytest.raises(InvalidParameterError, match=message):
        await collect(**arguments)
    batch = {key: value for key, value in arguments.items() if key != "rate_limit_requeues"}
    if batch != arguments:
        return
    with pytest.raises(InvalidParameterError, match=message):
        await run_batch(key=str, **batch)
    assert script.calls == []


async def test_the_smallest_limits_are_accepted() -> None:
    script = Script({0: [too_many_requests()]})
    outcomes = await collect(func=script, items=range(3), concurrency=1, rate_limit_requeues=0)
    assert max(script.started_at) == 1
    assert isinstance(outcomes[0].error, RateLimitError)
    with pytest.raises(InvalidParameterError, match=r"^key must be callable, got int$"):
        await run_batch(script, [1], key=3)  # type: ignore[arg-type]


# -- a batch that stops early ----------------------------------------------------------------------


@pytest.mark.parametrize("maybe_applied", [False, True])
async def test_a_requeued_item_of_a_stopped_batch_is_not_attempted_unless_it_may_have_applied(
    maybe_applied: bool,
) -> None:
    """Item 0 is answered 429 and requeued in the round where item 1's progress callback raises."""
    error = too_many_requests(maybe_applied=maybe_applied)
    script = Script({0: [error]}, ticks=0)

    def progress(done: int, total: int | None) -> None:
        raise ValueError("progress bar broke")

    yielded: list[Outcome[int, int]] = []
    with pytest.raises(BatchAbortedError, match=r"^the batch stopped: on_progress raised ValueError$") as caught:
        async for outcome in concurrent_map(script, [0, 1, 2, 3], concurrency=2, on_progress=progress):
            yielded.append(outcome)
    assert isinstance(caught.value.__cause__, ValueError)
    assert script.calls == [0, 1]
    assert [o.index for o in yielded] == [0, 1, 2, 3]
    assert yielded[1].result == 10
    assert [o.attempted is False for o in yielded[2:]] == [True, True]
    if maybe_applied:
        assert yielded[0].error is error
        assert yielded[0].attempted
    else:
        assert yielded[0].attempted is False
        assert yielded[0].error is None

    with pytest.raises(BatchAbortedError) as batch:
        await run_batch(Script({0: [error]}, ticks=0), [0, 1, 2, 3], key=int, concurrency=2, on_progress=progress)
    partial = batch.value.partial_result
    assert partial is not None
    assert partial.succeeded == {1: 10}
    assert partial.not_attempted == ([2, 3] if maybe_applied else [0, 2, 3])
    assert partial.failed == ({0: error} if maybe_applied else {})


async def test_a_stopped_batch_does_not_restart_a_requeued_item() -> None:
    """Item 0's 429 and item 1's raising callback come in the same round: 0 is not tried again."""

    def progress(done: int, total: int | None) -> None:
        raise ValueError("progress bar broke")

    script = Script({0: [too_many_requests()]}, ticks=0)
    with pytest.raises(BatchAbortedError) as caught:
        await run_batch(script, [0, 1], key=int, concurrency=4, on_progress=progress)
    assert script.calls == [0, 1]
    partial = caught.value.partial_result
    assert partial is not None
    assert partial.not_attempted == [0]
    assert partial.succeeded == {1: 10}


async def test_a_raising_progress_callback_is_not_called_again() -> None:
    calls: list[int] = []

    def progress(done: int, total: int | None) -> None:
        calls.append(done)
        if done == 2:
            raise ValueError("enough")

    with pytest.raises(BatchAbortedError) as caught:
        await run_batch(Script(), list(range(10)), key=int, concurrency=4, on_progress=progress)
    assert calls == [1, 2]
    partial = caught.value.partial_result
    assert partial is not None
    assert list(partial.succeeded) == [0, 1, 2, 3]  # the calls in flight finish
    assert partial.not_attempted == list(range(4, 10))
    assert partial.total == 10


async def test_a_failing_async_source_stops_the_batch_with_what_it_gave_accounted_for() -> None:
    async def source() -> AsyncIterator[int]:
        for item in range(3):
            yield item
        raise OSError("the source broke")

    with pytest.raises(BatchAbortedError, match=r"^the batch stopped: the item source raised OSError$") as caught:
        await run_batch(Script(), source(), key=int, concurrency=2)
    assert isinstance(caught.value.__cause__, OSError)
    partial = caught.value.partial_result
    assert partial is not None
    assert partial.succeeded == {0: 0, 1: 10, 2: 20}
    assert partial.not_attempted == []


class Flaky:
    """A sized collection whose iterator raises once, at position ``at``, then goes on."""

    def __init__(self, size: int, at: int) -> None:
        self.size, self.at = size, at

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[int]:
        return FlakyIterator(self.size, self.at)


class FlakyIterator:
    def __init__(self, size: int, at: int) -> None:
        self.size, self.at, self.position, self.raised = size, at, 0, False

    def __iter__(self) -> FlakyIterator:
        return self

    def __next__(self) -> int:
        if self.position == self.at and not self.raised:
            self.raised = True
            raise OSError("read error")
        if self.position >= self.size:
            raise StopIteration
        self.position += 1
        return self.position - 1


async def test_a_collection_failing_mid_way_lists_only_what_it_gave() -> None:
    with pytest.raises(BatchAbortedError, match="the item source raised OSError") as caught:
        await run_batch(Script(), Flaky(6, at=3), key=int, concurrency=2)
    partial = caught.value.partial_result
    assert partial is not None
    assert partial.succeeded == {0: 0, 1: 10, 2: 20}
    assert partial.not_attempted == []  # 3, 4, 5 were never taken from it


async def test_a_collection_failing_while_listing_the_rest_keeps_the_first_failure() -> None:
    def progress(done: int, total: int | None) -> None:
        raise ValueError("progress bar broke")

    with pytest.raises(BatchAbortedError, match="on_progress raised ValueError") as caught:
        await run_batch(Script(), Flaky(8, at=4), key=int, concurrency=2, on_progress=progress)
    assert isinstance(caught.value.__cause__, ValueError)
    partial = caught.value.partial_result
    assert partial is not None
    assert partial.succeeded == {0: 0, 1: 10}
    assert partial.not_attempted == [2, 3]  # listing the rest stopped where the collection failed


async def test_the_first_key_failure_is_the_reported_one() -> None:
    def key(item: int) -> int:
        if item in (1, 2):
            raise KeyError(item)
        return item

    with pytest.raises(BatchAbortedError, match=r"^the batch stopped: key raised KeyError$") as caught:
        await run_batch(Script(ticks=0), [0, 1, 2, 3], key=key, concurrency=4)
    assert isinstance(caught.value.__cause__, KeyError)
    assert caught.value.__cause__.args == (1,)
    partial = caught.value.partial_result
    assert partial is not None
    assert partial.succeeded == {0: 0, 3: 30}


# -- cancellation ----------------------------------------------------------------------------------


class Blocking:
    """Items in ``block`` wait until cancelled; the rest finish after a tick."""

    def __init__(self, block: set[int], requeue: set[int] | None = None) -> None:
        self.block = block
        self.requeue = requeue or set()
        self.started: list[int] = []
        self.cancelled: list[int] = []
        self.all_blocked = asyncio.Event()

    async def __call__(self, item: int) -> int:
        self.started.append(item)
        if item in self.requeue:
            self.requeue.discard(item)
            raise too_many_requests()
        if item not in self.block:
            await asyncio.sleep(0)
            return item
        if all(b in self.started for b in self.block):
            self.all_blocked.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            self.cancelled.append(item)
            raise
        return item


async def cancel_batch(func: Blocking, items: Any, done: int, **kwargs: Any) -> BatchResult[int, int]:
    """Cancel ``run_batch`` once the blocking items started and ``done`` items were filed."""
    filed = asyncio.Event()

    def progress(count: int, total: int | None) -> None:
        if count == done:
            filed.set()

    if done == 0:
        filed.set()
    task = asyncio.ensure_future(run_batch(func, items, key=int, on_progress=progress, **kwargs))
    await asyncio.wait_for(asyncio.gather(func.all_blocked.wait(), filed.wait()), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError) as caught:
        await asyncio.wait_for(task, 5)
    partial = getattr(caught.value, "partial_result", None)
    assert isinstance(partial, BatchResult)
    return partial


async def test_a_cancelled_batch_accounts_for_every_item_of_a_collection() -> None:
    func = Blocking(block={1, 3})
    partial = await cancel_batch(func, list(range(6)), done=2, concurrency=2)
    assert partial.succeeded == {0: 0, 2: 2}
    assert list(partial.failed) == [1, 3]
    assert all(isinstance(error, asyncio.CancelledError) for error in partial.failed.values())
    assert [str(error) for error in partial.failed.values()] == ["the batch was cancelled"] * 2
    assert partial.not_attempted == [4, 5]
    assert sorted(func.cancelled) == [1, 3]


async def test_a_cancelled_batch_lists_a_requeued_item_as_not_attempted() -> None:
    func = Blocking(block={1, 2}, requeue={0})
    partial = await cancel_batch(func, list(range(4)), done=1, concurrency=4)
    assert func.started[:4] == [0, 1, 2, 3]
    assert partial.succeeded == {3: 3}
    assert list(partial.failed) == [1, 2]
    assert partial.not_attempted == [0]


async def test_a_cancelled_batch_over_a_generator_takes_nothing_more_from_it() -> None:
    taken: list[int] = []

    def gen() -> Iterator[int]:
        for item in range(10):
            taken.append(item)
            yield item

    func = Blocking(block={0, 1})
    partial = await cancel_batch(func, gen(), done=0, concurrency=2)
    assert taken == [0, 1]
    assert list(partial.failed) == [0, 1]
    assert partial.not_attempted == []
    assert partial.total == 2


async def test_leaving_the_loop_early_cancels_the_calls_in_flight() -> None:
    func = Blocking(block={1, 2})
    outcomes = concurrent_map(func, range(10), concurrency=3)
    async with contextlib.aclosing(outcomes):  # type: ignore[type-var]  # an async generator
        async for outcome in outcomes:
            assert outcome.index == 0
            break
    assert sorted(func.cancelled) == [1, 2]
    assert func.started == [0, 1, 2]
