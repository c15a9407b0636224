"""Checkpoint edge cases: any str key round-trips, failures that applied nothing stay failures
across runs, a closed file is the whole checkpoint, unsized sources, and what stores return."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sequence_async import (
    BatchAbortedError,
    CheckpointError,
    InvalidParameterError,
    MemoryCheckpoint,
    SQLiteCheckpoint,
    run_batch,
)
from sequence_async._checkpoint import STREAM, fingerprint

from .test_checkpoint_batch import STEP, DeleteServer, client_for, killed_run


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keys=st.lists(st.text() | st.builds("\udc80".join, st.lists(st.text(), max_size=3)), min_size=1, unique=True))
def test_any_str_key_round_trips_through_the_sqlite_store(keys: list[str], tmp_path_factory: Any) -> None:
    path = tmp_path_factory.mktemp("keys") / "c.ckpt"

    async def roundtrip() -> dict[str, str]:
        async with SQLiteCheckpoint(path, job="j") as store:
            await store.open_step("s", fingerprint(keys))
            for key in keys:
                await store.record("s", key, "failed")
        async with SQLiteCheckpoint(path, job="j") as store:
            return await store.open_step("s", fingerprint(keys))

    assert asyncio.run(roundtrip()) == dict.fromkeys(keys, "failed")


async def test_an_id_with_a_lone_surrogate_fails_alone_with_a_sqlite_checkpoint(tmp_path: Path) -> None:
    ids = ["a", "bad\udc80id", "b"]
    server = DeleteServer(present={"a", "b"})
    async with SQLiteCheckpoint(tmp_path / "c.ckpt", job="j") as store, client_for(server) as client:
        result = await client.customer_aliases.delete_many(ids, checkpoint=store)
        assert sorted(result.succeeded) == ["a", "b"]
        assert list(result.failed) == ["bad\udc80id"]
        again = await client.customer_aliases.delete_many(ids, checkpoint=store)
    assert again.resumed == {"a": "succeeded", "b": "succeeded"}
    assert list(again.failed) == ["bad\udc80id"]


async def _cancelled_while_in_flight(store: MemoryCheckpoint, ids: list[str]) -> None:
    """A run of delete_many killed while its DELETE is in flight (stood in for by a cancellation)."""
    sent = asyncio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        sent.set()
        await asyncio.Event().wait()  # until cancelled
        raise AssertionError("unreachable")

    async with client_for(hang) as client:  # type: ignore[arg-type]
        task = asyncio.ensure_future(client.customer_aliases.delete_many(ids, checkpoint=store))
        async with asyncio.timeout(10):
            await sent.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_a_retried_failure_killed_in_flight_is_not_taken_for_already_deleted() -> None:
    ids = ["never-existed"]
    store = await killed_run({"never-existed": "failed"}, ids)
    await _cancelled_while_in_flight(store, ids)
    assert store.states[STEP] == {"never-existed": "failed"}  # not overwritten by "started"
    async with client_for(DeleteServer()) as client:
        result = await client.customer_aliases.delete_many(ids, checkpoint=store)
    assert list(result.failed) == ["never-existed"]
    assert not result.already_deleted


async def test_a_first_call_killed_in_flight_is_still_taken_as_maybe_applied() -> None:
    ids = ["x"]
    store = await killed_run({}, ids)
    await _cancelled_while_in_flight(store, ids)
    assert store.states[STEP] == {"x": "started"}
    async with client_for(DeleteServer()) as client:
        result = await client.customer_aliases.delete_many(ids, checkpoint=store)
    assert list(result.already_deleted) == ["x"]


class RateLimitedServer(DeleteServer):
    """Answers 429 to the ids in ``limited`` (nothing is applied), like DeleteServer otherwise."""

    def __init__(self, present: set[str], limited: set[str]) -> None:
        super().__init__(present=present)
        self.limited = limited

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        alias_id = request.url.path.rsplit("/", 1)[1]
        if alias_id in self.limited:
            self.requests.append(alias_id)
            return httpx.Response(429, headers={"Retry-After": "0"}, json={"error": {"type": "RateLimit"}})
        return await super().__call__(request)


async def test_an_id_only_answered_429_before_a_stop_is_pending_and_a_rerun_404_is_a_failure() -> None:
    ids = ["typo-id", "real"]
    store = MemoryCheckpoint()

    def stop(done: int, total: int | None) -> None:
        raise RuntimeError("the caller stops")

    async with client_for(RateLimitedServer(present={"real"}, limited={"typo-id"})) as client:
        with pytest.raises(BatchAbortedError) as stopped:
            await client.customer_aliases.delete_many(ids, checkpoint=store, concurrency=2, on_progress=stop)
    assert stopped.value.partial_result is not None
    assert stopped.value.partial_result.not_attempted == ["typo-id"]
    assert store.states[STEP]["typo-id"] == "pending"
    async with client_for(DeleteServer()) as client:
        result = await client.customer_aliases.delete_many(ids, checkpoint=store)
    assert list(result.failed) == ["typo-id"]
    assert not result.already_deleted


async def test_a_failure_that_may_have_been_applied_then_404_is_already_deleted() -> None:
    ids = ["x", "y"]
    server = DeleteServer(present={"x", "y"}, refuse={"y"})

    async def flaky(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/x"):  # applied, but the answer is a 503
            await server(request)
            return httpx.Response(503, json={"error": {"type": "Unavailable"}})
        return await server(request)

    store = MemoryCheckpoint()
    async with client_for(flaky) as client:  # type: ignore[arg-type]
        first = await client.customer_aliases.delete_many(ids, checkpoint=store)
    assert sorted(first.failed) == ["x", "y"]
    assert store.states[STEP] == {"x": "failed_maybe_applied", "y": "failed"}  # a 422 applied nothing
    async with client_for(DeleteServer(present=set())) as client:
        again = await client.customer_aliases.delete_many(ids, checkpoint=store)
    assert list(again.already_deleted) == ["x"]
    assert list(again.failed) == ["y"]


async def test_a_closed_checkpoint_is_one_file(tmp_path: Path) -> None:
    path = tmp_path / "c.ckpt"
    async with SQLiteCheckpoint(path, job="j") as store:
        await store.open_step("s", STREAM)
        for index in range(50):
            await store.record("s", f"k{index}", "succeeded")
    wal = tmp_path / "c.ckpt-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # folded into the main file (-shm is only an index)
    (tmp_path / "moved").mkdir()
    shutil.copy(path, tmp_path / "moved" / "c.ckpt")  # the main file alone
    async with SQLiteCheckpoint(tmp_path / "moved" / "c.ckpt", job="j") as store:
        assert len(await store.open_step("s", STREAM)) == 50


@pytest.mark.parametrize("store_kind", ["memory", "sqlite"])
async def test_an_unsized_source_is_not_checked_against_a_list(store_kind: str, tmp_path: Path) -> None:
    store = MemoryCheckpoint() if store_kind == "memory" else SQLiteCheckpoint(tmp_path / "c", job="j")
    calls: list[str] = []

    async def work(item: str) -> str:
        calls.append(item)
        return item

    try:
        await run_batch(work, ["a", "b"], key=str, checkpoint=store, step="s")
        again = await run_batch(work, (i for i in ["a", "b"]), key=str, checkpoint=store, step="s")
        assert again.resumed == {"a": "succeeded", "b": "succeeded"}
        await run_batch(work, (i for i in ["c"]), key=str, checkpoint=store, step="t")
        await run_batch(work, ["c"], key=str, checkpoint=store, step="t")  # the stream's step now checks lists
        with pytest.raises(CheckpointError, match="different list of items"):
            await run_batch(work, ["c", "d"], key=str, checkpoint=store, step="t")
    finally:
        await store.aclose()
    assert calls == ["a", "b", "c"]


class ReturningStore(MemoryCheckpoint):
    def __init__(self, returned: object) -> None:
        super().__init__()
        self.returned = returned

    async def open_step(self, step: str, fingerprint: str) -> Any:
        return self.returned


@pytest.mark.parametrize(
    ("returned", "message"),
    [
        (None, "returned a NoneType, not a dict"),
        ([("a", "succeeded")], "returned a list, not a dict"),
        ({"a": "bogus"}, "returned a state that is not one of"),
        ({"a": 1}, "returned a state that is not one of"),
        ({1: "succeeded"}, "returned a key that is a int, not a str"),
    ],
)
@pytest.mark.parametrize("via", ["run_batch", "delete_many"])
async def test_what_a_store_returns_is_checked_before_anything_is_sent(
    returned: object, message: str, via: str
) -> None:
    calls: list[str] = []

    async def work(item: str) -> str:
        calls.append(item)
        return item

    server = DeleteServer(present={"a", "b"})
    with pytest.raises(CheckpointError, match=message):
        if via == "run_batch":
            await run_batch(work, ["a", "b"], key=str, checkpoint=ReturningStore(returned))
        else:
            async with client_for(server) as client:
                await client.customer_aliases.delete_many(["a", "b"], checkpoint=ReturningStore(returned))
    assert calls == []
    assert server.requests == []


def _tamper(path: Path, sql: str) -> None:
    db = sqlite3.connect(path)
    db.execute(sql)
    db.commit()
    db.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE checkpoint_items SET state = 'bogus'",
        "UPDATE checkpoint_items SET state = X'ff'",
        "UPDATE checkpoint_items SET key = 5",
    ],
)
async def test_a_file_with_altered_records_is_refused_and_nothing_is_sent(sql: str, tmp_path: Path) -> None:
    path = tmp_path / "c.ckpt"
    server = DeleteServer(present={"a", "b"})
    async with SQLiteCheckpoint(path, job="j") as store, client_for(server) as client:
        await client.customer_aliases.delete_many(["a"], checkpoint=store)
    _tamper(path, sql)
    server.requests.clear()
    async with SQLiteCheckpoint(path, job="j") as store, client_for(server) as client:
        with pytest.raises(CheckpointError, match="not one this SDK wrote") as refused:
            await client.customer_aliases.delete_many(["a"], checkpoint=store)
    assert str(path) in str(refused.value)
    assert refused.value.path == str(path)
    assert server.requests == []


async def test_a_position_that_is_not_utf8_is_refused_without_echoing_it(tmp_path: Path) -> None:
    path = tmp_path / "c.ckpt"
    async with SQLiteCheckpoint(path, job="j") as store:
        await store.save_position("list", "v1:after:seal:cursor")
    _tamper(path, "UPDATE checkpoint_positions SET position = X'736b5f6c6976655f534543524554ff'")  # sk_live_SECRET\xff
    async with SQLiteCheckpoint(path, job="j") as store:
        with pytest.raises(CheckpointError) as refused:
            await store.load_position("list")
    assert "SECRET" not in str(refused.value)
    assert "sk_live" not in str(refused.value)
    assert str(path) in str(refused.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"path": "bad\0name"}, "path must not contain a NUL character"),
        ({"job": "\udc80"}, "job is not valid Unicode"),
    ],
)
def test_a_path_or_job_that_cannot_be_stored_is_refused_naming_it(
    kwargs: dict[str, Any], message: str, tmp_path: Path
) -> None:
    arguments: dict[str, Any] = {"path": tmp_path / "c.ckpt", "job": "j", **kwargs}
    with pytest.raises(InvalidParameterError, match=message):
        SQLiteCheckpoint(arguments.pop("path"), **arguments)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("store", [MemoryCheckpoint, SQLiteCheckpoint])
async def test_a_store_class_is_refused_as_a_listing_checkpoint(store: type) -> None:
    from sequence_async._pagination import checked_position

    with pytest.raises(InvalidParameterError, match="checkpoint must be a store instance"):
        checked_position(store, "s", "after")


async def test_delete_many_refuses_a_step_without_a_checkpoint() -> None:
    server = DeleteServer(present={"a"})
    async with client_for(server) as client:
        with pytest.raises(InvalidParameterError, match="step is only meaningful with a checkpoint"):
            await client.customer_aliases.delete_many(["a"], step="s")
    assert server.requests == []
