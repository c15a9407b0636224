"""Batches with a checkpoint: a rerun resumes, and across runs every item is counted exactly once.

delete_many runs against httpx.MockTransport (a set of aliases that exist); a killed run is
stood in for by the states it leaves in a store, by a stopped batch, or by a cancelled one.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sequence_async import (
    BatchAbortedError,
    BatchResult,
    CheckpointError,
    InvalidParameterError,
    MemoryCheckpoint,
    PreviouslyFailedError,
    RetryPolicy,
    SequenceClient,
    concurrent_map,
    run_batch,
)
from sequence_async._checkpoint import STREAM, fingerprint

from ._fixtures import ALIAS, Sleeps, make_client

STEP = "customer_aliases.delete_many"


class DeleteServer:
    """Aliases that exist: a DELETE removes one (200) or answers 404; ``refuse`` ids get a 422."""

    def __init__(self, present: set[str] | None = None, refuse: set[str] | None = None) -> None:
        self.present = set(present or ())
        self.refuse = set(refuse or ())
        self.requests: list[str] = []
        self.gate: asyncio.Event | None = None  # when set up, every DELETE waits for it
        self.held = 0
        self.three_held = asyncio.Event()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.method == "DELETE"
        alias_id = request.url.path.rsplit("/", 1)[1]
        self.requests.append(alias_id)
        if self.gate is not None:
            self.held += 1
            if self.held == 3:
                self.three_held.set()
            await self.gate.wait()
        if alias_id in self.refuse:
            return httpx.Response(422, json={"error": {"type": "Invalid", "message": "no"}})
        if alias_id not in self.present:
            return httpx.Response(404, json={"error": {"type": "NotFound", "message": "gone"}})
        self.present.discard(alias_id)
        return httpx.Response(200, json={**ALIAS, "id": alias_id})


def client_for(server: DeleteServer) -> SequenceClient:
    return make_client(
        "https://api.test/api",
        ("my-id", "my-secret"),
        backend="httpx",
        transport=httpx.MockTransport(server),
        retry=RetryPolicy(max_retries=0),
        sleep=Sleeps(),
        random=lambda: 0.5,
    )


async def killed_run(states: dict[str, str], ids: list[str]) -> MemoryCheckpoint:
    """The store a killed delete_many of ``ids`` left behind, with these states recorded."""
    store = MemoryCheckpoint()
    await store.open_step(STEP, fingerprint(ids))
    for key, state in states.items():
        await store.record(STEP, key, state)
    return store


async def test_a_resumed_delete_many_skips_done_ids_and_a_404_for_an_in_flight_one_is_already_deleted() -> None:
    ids = ["done", "gone", "failed", "in-flight", "new", "never-existed"]
    store = await killed_run(
        {"done": "succeeded", "gone": "already_deleted", "failed": "failed", "in-flight": "started"}, ids
    )
    server = DeleteServer(present={"failed", "new"})  # "in-flight" was deleted by the killed run
    async with client_for(server) as client:
        result = await client.customer_aliases.delete_many(ids, checkpoint=store)
    assert sorted(server.requests) == ["failed", "in-flight", "never-existed", "new"]
    assert result.resumed == {"done": "succeeded", "gone": "already_deleted"}
    assert sorted(result.succeeded) == ["failed", "new"]
    assert list(result.already_deleted) == ["in-flight"]
    assert list(result.failed) == ["never-existed"]  # a 404 for an id never sent before is a failure
    assert result.total == len(ids)
    assert store.states[STEP] == {
        "done": "succeeded",
        "gone": "already_deleted",
        "failed": "succeeded",
        "in-flight": "already_deleted",
        "new": "succeeded",
        "never-existed": "failed",
    }


async def test_without_retry_failed_an_earlier_failure_is_reported_not_sent() -> None:
    ids = ["a", "b"]
    store = await killed_run({"a": "failed"}, ids)
    server = DeleteServer(present={"a", "b"})
    async with client_for(server) as client:
        result = await client.customer_aliases.delete_many(ids, checkpoint=store, retry_failed=False)
    assert server.requests == ["b"]
    assert isinstance(result.failed["a"], PreviouslyFailedError)
    assert "failed in an earlier run" in str(result.failed["a"])
    assert list(result.succeeded) == ["b"]
    assert store.states[STEP]["a"] == "failed"


async def test_a_cancelled_run_resumes_and_sends_only_what_was_not_done() -> None:
    ids = [f"ali_{i}" for i in range(10)]
    store = MemoryCheckpoint()
    server = DeleteServer(present=set(ids))

    def hold(done: int, _: int | None) -> None:  # after 4 outcomes, the next DELETEs hang until cancelled
        if done == 4:
            server.gate = asyncio.Event()

    async with client_for(server) as client:
        first = asyncio.ensure_future(
            client.customer_aliases.delete_many(ids, checkpoint=store, concurrency=3, on_progress=hold)
        )

        await asyncio.wait_for(server.three_held.wait(), timeout=10)
        first.cancel()
        with pytest.raises(asyncio.CancelledError) as caught:
            await asyncio.wait_for(first, timeout=10)
        partial: BatchResult[str, Any] = caught.value.partial_result  # type: ignore[attr-defined]
        in_flight = {key for key, state in store.states[STEP].items() if state == "started"}
        assert len(in_flight) == 3
        assert set(partial.failed) == in_flight
        server.gate = None
        server.present -= {sorted(in_flight)[0]}  # one of them reached the server before the kill
        sent_before = len(server.requests)
        second = await client.customer_aliases.delete_many(ids, checkpoint=store, concurrency=3)
    assert sorted(server.requests[sent_before:]) == sorted(set(ids) - set(partial.succeeded))
    assert set(second.resumed) == set(partial.succeeded)
    assert list(second.already_deleted) == [sorted(in_flight)[0]]
    assert second.total == len(ids)
    assert not second.failed
    assert not second.not_attempted
    assert server.present == set()


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 25), st.integers(0, 30), st.integers(1, 6), st.data())
def test_across_runs_each_id_is_deleted_once_and_counted_once(
    count: int, stop_after: int, concurrency: int, data: st.DataObject
) -> None:
    ids = [f"ali_{i}" for i in range(count)]
    refuse = set(data.draw(st.lists(st.sampled_from(ids), max_size=3)))

    async def runs() -> None:
        store, server = MemoryCheckpoint(), DeleteServer(present=set(ids), refuse=refuse)

        def stop(done: int, _: int | None) -> None:
            if done == stop_after:
                raise RuntimeError("killed")

        async with client_for(server) as client:
            first = await _settled(
                client.customer_aliases.delete_many(ids, checkpoint=store, concurrency=concurrency, on_progress=stop)
            )
            partial = first.partial_result if isinstance(first, BatchAbortedError) else first
            assert partial is not None
            assert partial.total == count
            server.refuse.clear()
            final = await client.customer_aliases.delete_many(ids, checkpoint=store, concurrency=concurrency)
        assert final.total == count
        assert not final.failed
        assert not final.not_attempted
        assert not final.already_deleted
        assert sorted([*final.succeeded, *final.resumed]) == sorted(ids)
        sends = Counter(server.requests)
        assert all(sends[i] == (2 if i in partial.failed else 1) for i in ids), sends  # a failure is sent again

    asyncio.run(runs())


async def test_a_store_that_raises_stops_the_batch_with_the_accounting_so_far() -> None:
    class Breaks(MemoryCheckpoint):
        async def record(self, step: str, key: str, state: str) -> None:
            if key == "c" and state == "started":
                raise OSError("disk full")
            await super().record(step, key, state)

    calls: list[str] = []

    async def work(item: str) -> str:
        calls.append(item)
        return item

    with pytest.raises(BatchAbortedError, match="the checkpoint raised OSError") as caught:
        await run_batch(work, ["a", "b", "c", "d"], key=str, checkpoint=Breaks(), concurrency=1)
    result = caught.value.partial_result
    assert result is not None
    assert calls == ["a", "b"]
    assert list(result.succeeded) == ["a", "b"]
    assert result.not_attempted == ["c", "d"]
    assert isinstance(caught.value.__cause__, OSError)


async def test_a_store_that_fails_to_record_an_outcome_still_reports_it_then_stops() -> None:
    class Breaks(MemoryCheckpoint):
        async def record(self, step: str, key: str, state: str) -> None:
            if key == "a" and state == "succeeded":
                raise CheckpointError("cannot write", path=None)
            await super().record(step, key, state)

    with pytest.raises(BatchAbortedError, match="the checkpoint raised CheckpointError") as caught:
        await run_batch(_echo, ["a", "b", "c"], key=str, checkpoint=Breaks(), concurrency=1)
    result = caught.value.partial_result
    assert result is not None
    assert list(result.succeeded) == ["a"]
    assert result.not_attempted == ["b", "c"]


async def test_concurrent_map_yields_resumed_outcomes_in_order() -> None:
    store = MemoryCheckpoint()
    await store.open_step("steps", fingerprint(["0", "1", "2", "3"]))
    await store.record("steps", "1", "succeeded")
    await store.record("steps", "3", "already_deleted")
    outcomes = [o async for o in concurrent_map(_echo, ["0", "1", "2", "3"], checkpoint=store, key=str, step="steps")]
    assert [(o.item, o.result, o.resumed) for o in outcomes] == [
        ("0", "0", None),
        ("1", None, "succeeded"),
        ("2", "2", None),
        ("3", None, "already_deleted"),
    ]
    assert all(o.ok for o in outcomes)


async def test_the_step_defaults_to_the_function_name_and_a_stream_has_no_fingerprint() -> None:
    async def source() -> Any:
        for item in ["a", "b"]:
            yield item

    store = MemoryCheckpoint()
    result = await run_batch(_echo, source(), key=str, checkpoint=store)
    assert list(result.succeeded) == ["a", "b"]
    assert store.fingerprints == {"_echo": STREAM}
    again = await run_batch(_echo, source(), key=str, checkpoint=store)
    assert again.resumed == {"a": "succeeded", "b": "succeeded"}
    assert not again.succeeded


class SyncStore:
    """A store whose methods are not coroutines: refused up front, not failing at the first await."""

    def open_step(self, step: str, fingerprint: str) -> dict[str, str]:
        return {}

    def record(self, step: str, key: str, state: str) -> None:
        return None

    def load_position(self, step: str) -> str | None:
        return None

    def save_position(self, step: str, position: str) -> None:
        return None

    def aclose(self) -> None:
        return None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"checkpoint": object()}, "checkpoint must be a CheckpointStore"),
        ({"checkpoint": MemoryCheckpoint(), "step": ""}, "step must not be empty or whitespace"),
        ({"checkpoint": MemoryCheckpoint(), "step": " \t"}, "step must not be empty or whitespace"),
        ({"checkpoint": MemoryCheckpoint(), "step": "bad\udc80"}, "step is not valid Unicode"),
        ({"checkpoint": MemoryCheckpoint(), "step": 5}, "step must be a str with a checkpoint, got int"),
        ({"step": "s"}, "step is only meaningful with a checkpoint"),
        ({"checkpoint": MemoryCheckpoint}, "checkpoint must be a store instance, got the class MemoryCheckpoint"),
        ({"checkpoint": SyncStore()}, r"checkpoint\.open_step must be an async method"),
        ({"checkpoint": MemoryCheckpoint(), "retry_failed": "no"}, "retry_failed must be a bool"),
        ({"checkpoint": MemoryCheckpoint(), "key": None}, "key is required with a checkpoint"),
    ],
)
async def test_bad_checkpoint_arguments_are_refused_before_anything_runs(kwargs: dict[str, Any], message: str) -> None:
    calls: list[str] = []

    async def work(item: str) -> str:
        calls.append(item)
        return item

    kwargs.setdefault("key", str)
    with pytest.raises(InvalidParameterError, match=message):
        async for _ in concurrent_map(work, ["a"], **kwargs):
            pass
    assert calls == []


async def test_a_key_that_is_not_a_str_is_refused_before_anything_is_sent() -> None:
    calls: list[int] = []

    async def work(item: int) -> int:
        calls.append(item)
        return item

    with pytest.raises(InvalidParameterError, match="key must return a str with a checkpoint, got int"):
        await run_batch(work, [1, 2], key=lambda item: item, checkpoint=MemoryCheckpoint())
    assert calls == []


async def _settled(batch: Awaitable[BatchResult[str, Any]]) -> BatchResult[str, Any] | BatchAbortedError:
    """The batch's result, or the BatchAbortedError that stopped it."""
    try:
        return await batch
    except BatchAbortedError as exc:
        return exc


async def _echo(item: str) -> str:
    return item
