"""The batch helper's finer points, without a network: what a checkpoint records and when, how
far a resumed step reads ahead, the ordered window's exact bound, and the refusals' words.

Equivalent mutants of ``_batch`` left alive (``make mutate`` counts them as survived); no test
can tell them apart from the code:

- ``_Journal.__init__`` starting ``states`` at ``None``: ``open()`` sets it before any use.
- ``_Journal.record`` reading ``maybe_applied`` with the default ``None`` instead of ``False``:
  either is not ``True``.
- ``_Run.__init__`` starting ``exhausted`` at ``None`` (falsy like ``False``), and ``failed_in``
  at ``None`` or another text: it is only read once ``failure`` is set, and both are always set
  together.
- ``_Run._start_more``: ``break`` for the ``continue`` after a failed ``_restart``, which has just
  set ``failure``: the loop ends either way.
- ``_Run._store`` dropping ``keys.pop(index)`` or ``resend.discard(index)``: the item goes to
  ``unsent``, and nothing reads either for it again (``_restart`` already discarded it).
- ``_Run.leftovers`` giving a cancelled call's outcome ``index=None``: only ``run_batch`` calls
  it, and files each outcome by ``key(item)``, in the order of the ``finished`` dict's keys.
- ``_Run.outcomes``: ``break`` for the ``continue`` after yielding an unordered outcome: the loop
  comes back to the same queue after ``_start_more``, so the next calls may start between two
  yields instead of after the queue is drained. Scheduling only: the outcomes already known come
  out in the same order, and ``running + pending`` stays within the concurrency either way.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from sequence_async import (
    AdaptiveLimit,
    BatchAbortedError,
    BatchResult,
    InvalidParameterError,
    MemoryCheckpoint,
    RateLimitError,
    concurrent_map,
    run_batch,
)
from sequence_async._batch import ORDERED_WINDOW, Outcome


def rate_limited(*, maybe_applied: bool = False) -> RateLimitError:
    error = RateLimitError(
        "429", method="DELETE", url="u", attempts=1, status_code=429, headers={}, body="", request_id=None
    )
    error.maybe_applied = maybe_applied
    return error


class Journal(MemoryCheckpoint):
    """A memory store that logs each record and raises ``OSError`` for the (key, state) in ``fail``."""

    def __init__(self, fail: set[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.log: list[tuple[str, str]] = []
        self.fail = fail or set()

    async def record(self, step: str, key: str, state: str) -> None:
        if (key, state) in self.fail or ("*", state) in self.fail:
            raise OSError(f"disk full recording {key} {state}")
        self.log.append((key, state))
        await super().record(step, key, state)

    def of(self, key: str) -> list[str]:
        return [state for logged, state in self.log if logged == key]


class Script:
    """A call per item that plays its list of results: an exception is raised, anything else returned."""

    def __init__(self, plays: dict[str, list[object]]) -> None:
        self.plays = {key: list(values) for key, values in plays.items()}
        self.calls: list[str] = []

    async def __call__(self, item: str) -> object:
        self.calls.append(item)
        plays = self.plays.get(item)
        play = plays.pop(0) if plays else "ok"
        if isinstance(play, BaseException):
            raise play
        return play


async def collect(outcomes: AsyncIterator[Outcome[str, Any]]) -> list[Outcome[str, Any]]:
    return [outcome async for outcome in outcomes]


# -- what a checkpoint records ----------------------------------------------------------------------


async def test_a_429_that_may_have_applied_is_not_recorded_pending_and_its_resend_records_nothing() -> None:
    store = Journal()
    func = Script({"a": [rate_limited(), rate_limited(maybe_applied=True), "done"]})
    outcomes = await collect(concurrent_map(func, ["a"], concurrency=1, checkpoint=store, key=str, step="s"))
    assert [(outcome.item, outcome.result) for outcome in outcomes] == [("a", "done")]
    assert func.calls == ["a", "a", "a"]
    # pending after the first 429 (it applied nothing), so "started" again before the resend;
    # the second 429 may have applied: the item stays "started", the last resend records nothing.
    assert store.of("a") == ["started", "pending", "started", "succeeded"]


async def test_each_429_of_a_round_is_weighed_on_its_own() -> None:
    store = Journal()
    func = Script({"a": [rate_limited(maybe_applied=True)], "b": [rate_limited()]})
    outcomes = await collect(concurrent_map(func, ["a", "b"], concurrency=2, checkpoint=store, key=str, step="s"))
    assert [(outcome.item, outcome.result) for outcome in outcomes] == [("a", "ok"), ("b", "ok")]
    assert store.of("a") == ["started", "succeeded"]
    assert store.of("b") == ["started", "pending", "started", "succeeded"]


async def test_a_store_failing_to_record_pending_stops_the_batch_and_names_the_checkpoint() -> None:
    store = Journal(fail={("*", "pending")})
    func = Script({"a": [rate_limited()], "b": ["b!"]})
    run = concurrent_map(func, ["a", "b"], concurrency=2, checkpoint=store, key=str, step="s")
    seen: list[Outcome[str, Any]] = []
    with pytest.raises(BatchAbortedError, match=r"^the batch stopped: the checkpoint raised OSError$") as raised:
        async for outcome in run:
            seen.append(outcome)
    assert isinstance(raised.value.__cause__, OSError)
    assert [(o.index, o.item, o.attempted, o.result) for o in seen] == [(0, "a", False, None), (1, "b", True, "b!")]
    assert func.calls == ["a", "b"]  # "a" was not sent again
    assert store.states["s"] == {"a": "started", "b": "succeeded"}  # a rerun sends "a" again


async def test_an_item_the_store_could_not_start_is_reported_unsent_at_its_own_index() -> None:
    store = Journal(fail={("b", "started")})
    func = Script({})
    seen: list[Outcome[str, Any]] = []
    with pytest.raises(BatchAbortedError, match=r"^the batch stopped: the checkpoint raised OSError$"):
        async for outcome in concurrent_map(func, ["a", "b", "c"], concurrency=1, checkpoint=store, key=str):
            seen.append(outcome)
    assert [(o.index, o.item, o.attempted, o.ok) for o in seen] == [
        (0, "a", True, True),
        (1, "b", False, False),
        (2, "c", False, False),
    ]
    assert func.calls == ["a"]


class Deleter:
    """A callable object: it has no ``__qualname__`` of its own, its class has."""

    async def __call__(self, item: str) -> str:
        return item


async def test_the_default_step_of_a_callable_object_is_its_class_name() -> None:
    store = MemoryCheckpoint()
    outcomes = await collect(concurrent_map(Deleter(), ["a"], checkpoint=store, key=str))
    assert [outcome.result for outcome in outcomes] == ["a"]
    assert store.states == {"Deleter": {"a": "succeeded"}}


# -- how far a batch reads ahead ---------------------------------------------------------------------


async def test_a_resumed_step_is_read_concurrency_items_at_a_time() -> None:
    """Items an earlier run completed count against the concurrency like calls: no read-ahead of the
    whole source, and no item at a time either."""
    store = MemoryCheckpoint()
    keys = [f"k{n}" for n in range(10)]
    for key in keys:
        await store.record("s", key, "succeeded")
    taken: list[str] = []

    async def source() -> AsyncIterator[str]:
        for key in keys:
            taken.append(key)
            yield key

    func = Script({})
    seen: list[int] = []
    async for outcome in concurrent_map(func, source(), concurrency=2, checkpoint=store, key=str, step="s"):
        assert outcome.resumed == "succeeded"
        seen.append(len(taken))
    assert seen == [2, 2, 4, 4, 6, 6, 8, 8, 10, 10]
    assert func.calls == []


async def test_a_resumed_item_does_not_hold_back_the_calls_beside_it() -> None:
    store = MemoryCheckpoint()
    await store.record("s", "done", "succeeded")
    func = Script({})
    run = concurrent_map(func, ["done", "x", "y"], concurrency=3, checkpoint=store, key=str, step="s")
    first = await anext(run)
    assert (first.item, first.resumed) == ("done", "succeeded")
    for _ in range(5):  # let the calls already started run
        await asyncio.sleep(0)
    assert func.calls == ["x", "y"]
    assert [outcome.result for outcome in await collect(run)] == ["ok", "ok"]


async def test_behind_a_stuck_item_exactly_the_window_of_outcomes_waits() -> None:
    """Concurrency 3 with calls that end at once: each round starts 2 calls (one slot is the stuck
    item's) and 2 divides the window (12), so the source stops exactly at the window."""
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
            await release.wait()
        return item

    run = concurrent_map(work, endless(), concurrency=3)
    first = asyncio.ensure_future(anext(run))
    for _ in range(100):
        await asyncio.sleep(0)
    assert not first.done()
    assert taken == list(range(1 + ORDERED_WINDOW * 3))
    release.set()
    assert (await first).result == 0
    assert [(await anext(run)).result for _ in range(15)] == list(range(1, 16))
    await run.aclose()  # type: ignore[attr-defined]


# -- results ------------------------------------------------------------------------------------------


def test_a_key_filed_again_leaves_the_resumed_group() -> None:
    result: BatchResult[str, int] = BatchResult()
    result.add("a", Outcome(0, "a", resumed="succeeded"))
    result.add("a", Outcome(1, "a", result=5))
    assert (result.succeeded, result.resumed, result.total) == ({"a": 5}, {}, 1)
    result.add("a", Outcome(2, "a", resumed="already_deleted"))
    assert (result.succeeded, result.resumed, result.total) == ({}, {"a": "already_deleted"}, 1)


def test_outcome_and_batch_result_reprs_show_every_field() -> None:
    error = ValueError("bad")
    assert repr(Outcome(3, "a", error=error, attempted=True)) == (
        "Outcome(index=3, item='a', result=None, error=ValueError('bad'), attempted=True, resumed=None)"
    )
    assert repr(Outcome(0, "b", result=[1], resumed="succeeded")) == (
        "Outcome(index=0, item='b', result=[1], error=None, attempted=True, resumed='succeeded')"
    )
    result: BatchResult[str, int] = BatchResult()
    result.add("a", Outcome(0, "a", result=1))
    result.add("b", Outcome(1, "b", attempted=False))
    result.add("c", Outcome(2, "c", resumed="succeeded"))
    assert repr(result) == (
        "BatchResult(succeeded={'a': 1}, failed={}, already_deleted={}, not_attempted=['b'], "
        "resumed={'c': 'succeeded'})"
    )
    assert str(result) == repr(result)


def test_a_limit_below_its_maximum_grows_by_one_per_window_of_successes() -> None:
    limit = AdaptiveLimit(8)
    limit.current = 3  # as a caller may start it lower
    for _ in range(2):
        limit.on_success()
    assert limit.current == 3
    limit.on_success()
    assert limit.current == 4
    for _ in range(3):
        limit.on_success()
    assert limit.current == 4  # the window is now 4 successes
    limit.on_success()
    assert limit.current == 5


# -- refusals, word for word ----------------------------------------------------------------------------


async def _refused(**arguments: Any) -> str:
    with pytest.raises(InvalidParameterError) as raised:
        await collect(concurrent_map(Script({}), ["a"], **arguments))
    return str(raised.value)


async def test_concurrent_map_refusals_say_what_is_wrong() -> None:
    assert await _refused(ordered=1) == "ordered must be a bool, got int"
    assert await _refused(retry_failed="yes") == "retry_failed must be a bool, got str"
    assert await _refused(step="s") == "step is only meaningful with a checkpoint"
    store = MemoryCheckpoint()
    assert await _refused(checkpoint=store) == "key is required with a checkpoint (each item's key, a str)"
    assert await _refused(checkpoint=store, key=5) == "key must be callable, got int"


class AsyncProgress:
    async def __call__(self, done: int, total: int | None) -> None:
        pass


async def test_an_async_progress_callback_is_refused_in_words() -> None:
    expected = "on_progress must be a plain function, not async (it is called, not awaited)"
    assert await _refused(on_progress=AsyncProgress()) == expected
    with pytest.raises(InvalidParameterError) as raised:
        await run_batch(Script({}), ["a"], key=str, on_progress=AsyncProgress())
    assert str(raised.value) == expected
