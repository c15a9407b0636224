"""Checkpoint rules of concurrent_map/run_batch: what is recorded and when, what a rerun sends and
reports, and the refusals (with their messages) when the caller's source, key or store raises."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from sequence_async import (
    BatchAbortedError,
    InvalidParameterError,
    MemoryCheckpoint,
    Outcome,
    PreviouslyFailedError,
    RateLimitError,
    concurrent_map,
    run_batch,
)
from sequence_async._checkpoint import STREAM
from sequence_async.testing import SequenceEmulator


class Log(MemoryCheckpoint):
    """A MemoryCheckpoint that logs every record (key, state); ``fail_on`` makes a record raise."""

    def __init__(self, fail_on: tuple[str, str, int] | None = None) -> None:
        super().__init__()
        self.log: list[tuple[str, str]] = []
        self.fail_on = fail_on  # (key, state, nth such record) -> OSError
        self.block: asyncio.Event | None = None  # when set up, recording an outcome waits for it
        self.blocked = asyncio.Event()

    async def record(self, step: str, key: str, state: str) -> None:
        self.log.append((key, state))
        failing = self.fail_on is not None and self.fail_on[:2] == (key, state)
        if failing and self.log.count((key, state)) == self.fail_on[2]:  # type: ignore[index]
            raise OSError("disk full")
        if self.block is not None and state not in ("started", "pending"):
            self.blocked.set()
            await self.block.wait()
        await super().record(step, key, state)


def rate_limited() -> RateLimitError:
    return RateLimitError(
        "429", method="DELETE", url="u", attempts=1, status_code=429, headers={}, body="", request_id=None
    )


class LimitedOnce:
    """Answers 429 (nothing applied) to the first call for each item in ``limited``; else echoes it."""

    def __init__(self, limited: set[str]) -> None:
        self.limited = set(limited)
        self.calls: list[str] = []

    async def __call__(self, item: str) -> str:
        self.calls.append(item)
        if item in self.limited:
            self.limited.discard(item)
            raise rate_limited()
        return item


async def echo(item: str) -> str:
    return item


def ident(item: str) -> str:
    return item


async def collect(store: Log, func: Any, items: Any, **kwargs: Any) -> list[Outcome[str, str]]:
    return [o async for o in concurrent_map(func, items, checkpoint=store, key=ident, **kwargs)]


class Unreadable:
    """A sized collection whose iteration raises."""

    def __len__(self) -> int:
        return 2

    def __iter__(self) -> Iterator[str]:
        raise ZeroDivisionError("boom")


async def test_a_sized_source_that_raises_stops_before_sending_with_its_message() -> None:
    store, calls = Log(), LimitedOnce(set())
    with pytest.raises(BatchAbortedError) as info:
        await collect(store, calls, Unreadable())
    assert str(info.value) == "the batch stopped before sending anything: the item source raised ZeroDivisionError"
    assert isinstance(info.value.__cause__, ZeroDivisionError)
    assert calls.calls == []
    assert store.log == []


async def test_a_key_that_raises_on_a_sized_source_stops_before_sending_with_its_message() -> None:
    def bad_key(item: str) -> str:
        raise KeyError(item)

    store, calls = Log(), LimitedOnce(set())
    with pytest.raises(BatchAbortedError) as info:
        await run_batch(calls, ["a", "b"], key=bad_key, checkpoint=store)
    assert str(info.value) == "the batch stopped before sending anything: key raised KeyError"
    assert isinstance(info.value.__cause__, KeyError)
    assert calls.calls == []
    assert store.states == {}


async def test_a_key_that_is_not_a_str_is_refused_before_sending() -> None:
    calls = LimitedOnce(set())
    with pytest.raises(InvalidParameterError, match=r"^key must return a str with a checkpoint, got int$"):
        await run_batch(calls, ["a"], key=len, checkpoint=MemoryCheckpoint())
    assert calls.calls == []


async def test_a_store_whose_open_step_raises_stops_before_sending_with_its_message() -> None:
    class Broken(MemoryCheckpoint):
        async def open_step(self, step: str, fingerprint: str) -> dict[str, str]:
            raise OSError("gone")

    calls = LimitedOnce(set())
    with pytest.raises(BatchAbortedError) as info:
        await run_batch(calls, ["a"], key=ident, checkpoint=Broken())
    assert str(info.value) == "the batch stopped before sending anything: the checkpoint raised OSError"
    assert isinstance(info.value.__cause__, OSError)
    assert calls.calls == []


async def test_a_key_that_raises_on_a_stream_stops_the_batch_with_the_item_unsent() -> None:
    async def source() -> AsyncIterator[str]:
        for item in ("a", "b", "c"):
            yield item

    def key(item: str) -> str:
        if item == "b":
            raise KeyError(item)
        return item

    store, seen = Log(), []
    with pytest.raises(BatchAbortedError) as info:
        async for outcome in concurrent_map(echo, source(), checkpoint=store, key=key, concurrency=1):
            seen.append((outcome.item, outcome.attempted))
    assert str(info.value) == "the batch stopped: key raised KeyError"
    assert isinstance(info.value.__cause__, KeyError)
    assert seen == [("a", True), ("b", False)]
    assert store.log == [("a", "started"), ("a", "succeeded")]


async def test_an_error_without_maybe_applied_is_recorded_failed_and_an_sdk_one_as_it_says() -> None:
    async def func(item: str) -> str:
        if item == "plain":
            raise ValueError(item)
        error = rate_limited()
        error.maybe_applied = item == "applied"
        raise error

    store = Log()
    await collect(store, func, ["plain", "applied", "not"], rate_limit_requeues=0)
    assert sorted(s for s in store.log if s[1] != "started") == [
        ("applied", "failed_maybe_applied"),
        ("not", "failed"),
        ("plain", "failed"),
    ]


async def test_a_429_requeue_records_pending_then_started_again_before_the_resend() -> None:
    store, calls = Log(), LimitedOnce({"a"})
    outcomes = await collect(store, calls, ["a"])
    assert store.log == [("a", "started"), ("a", "pending"), ("a", "started"), ("a", "succeeded")]
    assert calls.calls == ["a", "a"]
    assert [o.result for o in outcomes] == ["a"]


async def test_a_store_failing_before_a_resend_stops_the_batch_with_the_item_not_attempted() -> None:
    store, calls = Log(fail_on=("a", "started", 2)), LimitedOnce({"a"})
    with pytest.raises(BatchAbortedError, match=r"^the batch stopped: the checkpoint raised OSError$") as info:
        await run_batch(calls, ["a", "b"], key=ident, checkpoint=store, concurrency=1)
    assert calls.calls.count("a") == 1
    result = info.value.partial_result
    assert result is not None
    assert "a" in result.not_attempted
    assert store.states[next(iter(store.states))]["a"] == "pending"  # a rerun sends it as new


async def test_a_retried_earlier_failure_keeps_its_record_through_a_429() -> None:
    store = Log()
    await store.open_step("s", STREAM)
    await store.record("s", "a", "failed_maybe_applied")
    store.log.clear()
    calls = LimitedOnce({"a"})
    result = await run_batch(calls, ["a"], key=ident, checkpoint=store, step="s")
    assert result.succeeded == {"a": "a"}
    assert store.log == [("a", "succeeded")]  # never "started" or "pending": a kill keeps the failure


async def test_without_retry_failed_an_earlier_failure_is_reported_by_its_key() -> None:
    store = MemoryCheckpoint()
    await store.open_step("s", STREAM)
    await store.record("s", "a", "failed")
    calls = LimitedOnce(set())
    outcomes = [
        o async for o in concurrent_map(calls, ["a"], checkpoint=store, key=ident, step="s", retry_failed=False)
    ]
    error = outcomes[0].error
    assert isinstance(error, PreviouslyFailedError)
    assert error.key == "a"
    assert str(error) == "'a' failed in an earlier run (not retried: retry_failed=False)"
    assert calls.calls == []


async def test_concurrent_map_retries_earlier_failures_by_default_under_the_function_name() -> None:
    store = MemoryCheckpoint()
    await store.open_step("echo", STREAM)
    await store.record("echo", "a", "failed")
    await store.record("echo", "b", "succeeded")
    outcomes = [o async for o in concurrent_map(echo, ["a", "b"], checkpoint=store, key=ident)]
    assert [(o.item, o.result, o.resumed) for o in outcomes] == [("a", "a", None), ("b", None, "succeeded")]
    assert store.states == {"echo": {"a": "succeeded", "b": "succeeded"}}


async def test_a_cancelled_batch_lists_an_outcome_whose_record_was_in_progress() -> None:
    store = Log()
    store.block = asyncio.Event()
    task = asyncio.ensure_future(run_batch(echo, ["a"], key=ident, checkpoint=store, step="s"))
    await asyncio.wait_for(store.blocked.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError) as info:
        await asyncio.wait_for(task, 5)
    result = info.value.partial_result  # type: ignore[attr-defined]
    assert result.succeeded == {"a": "a"}
    assert result.total == 1


async def test_listings_from_different_cursors_keep_different_default_steps() -> None:
    emulator = SequenceEmulator()
    async with emulator.client() as client:
        aliases = client.customer_aliases
        assert (
            aliases.list(after="c1", checkpoint=MemoryCheckpoint()).step
            != aliases.list(after="c2", checkpoint=MemoryCheckpoint()).step
        )
        assert (
            aliases.list(before="c1", checkpoint=MemoryCheckpoint()).step
            != aliases.list(before="c2", checkpoint=MemoryCheckpoint()).step
        )


async def test_delete_many_refuses_a_checkpoint_that_is_not_a_store_before_sending() -> None:
    emulator = SequenceEmulator()
    async with emulator.client() as client:
        with pytest.raises(InvalidParameterError, match=r"^checkpoint must be a CheckpointStore, got object$"):
            await client.customer_aliases.delete_many(["a"], checkpoint=object())  # type: ignore[arg-type]
    assert emulator.requests == []
