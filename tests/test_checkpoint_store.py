"""The checkpoint store protocol: durability order, reopen after a kill, refusal of files not ours.

Every refusal names the file, sends nothing and leaves the file byte-for-byte as it was.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import sys
import textwrap
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sequence_async import (
    CheckpointError,
    CheckpointStore,
    MemoryCheckpoint,
    SQLiteCheckpoint,
    concurrent_map,
    errors,
)
from sequence_async._checkpoint import fingerprint

from .test_checkpoint_batch import DeleteServer, client_for

StoreFactory = Callable[[Path], CheckpointStore]
FACTORIES: dict[str, StoreFactory] = {
    "memory": lambda _: MemoryCheckpoint(),
    "sqlite": lambda path: SQLiteCheckpoint(path / "job.ckpt", job="test"),
}


@pytest.fixture(params=sorted(FACTORIES))
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[CheckpointStore]:
    made = FACTORIES[request.param](tmp_path)
    yield made
    await made.aclose()


def test_both_stores_are_checkpoint_stores(tmp_path: Path) -> None:
    assert isinstance(MemoryCheckpoint(), CheckpointStore)
    assert isinstance(SQLiteCheckpoint(tmp_path / "c", job="j"), CheckpointStore)
    assert issubclass(errors.CheckpointError, errors.SequenceError)


async def test_a_step_returns_the_last_state_of_each_key(store: CheckpointStore) -> None:
    assert await store.open_step("delete", "keys:1") == {}
    await store.record("delete", "a", "started")
    await store.record("delete", "a", "succeeded")
    await store.record("delete", "b", "started")
    await store.record("other", "a", "failed")
    assert await store.open_step("delete", "keys:1") == {"a": "succeeded", "b": "started"}
    assert await store.load_position("list") is None
    await store.save_position("list", "cursor-1")
    await store.save_position("list", "cursor-2")
    assert await store.load_position("list") == "cursor-2"


async def test_a_step_resumed_with_other_items_is_refused(store: CheckpointStore) -> None:
    await store.open_step("delete", fingerprint(["a", "b"]))
    await store.record("delete", "a", "succeeded")
    with pytest.raises(CheckpointError, match="'delete' was begun with a different list of items"):
        await store.open_step("delete", fingerprint(["a", "c"]))
    assert await store.open_step("delete", fingerprint(["b", "a", "a"])) == {"a": "succeeded"}


async def test_an_unknown_state_is_refused(store: CheckpointStore) -> None:
    await store.open_step("s", "stream")
    with pytest.raises(errors.InvalidParameterError, match="state must be one of"):
        await store.record("s", "a", "done")


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(max_size=8), max_size=12), st.randoms(use_true_random=False), st.text(max_size=8))
def test_the_fingerprint_ignores_order_and_repeats_only(keys: list[str], random: Random, other: str) -> None:
    shuffled = [*keys, *keys[:2]]
    random.shuffle(shuffled)
    assert fingerprint(shuffled) == fingerprint(keys)
    assert (fingerprint([*keys, other]) == fingerprint(keys)) == (other in keys)
    assert fingerprint(["ab", "c"]) != fingerprint(["a", "bc"])


async def test_started_then_the_outcome_are_recorded_before_the_call_progress_and_yield() -> None:
    events: list[str] = []

    class Logged(MemoryCheckpoint):
        async def record(self, step: str, key: str, state: str) -> None:
            await super().record(step, key, state)
            events.append(f"record {key} {state}")

    async def work(item: str) -> str:
        events.append(f"call {item}")
        return item

    def progress(done: int, total: int | None) -> None:
        events.append(f"progress {done}")

    store = Logged()
    batch = concurrent_map(work, ["a", "b"], checkpoint=store, key=str, on_progress=progress, concurrency=1)
    async for outcome in batch:
        events.append(f"yield {outcome.item}")
    assert events == [
        *["record a started", "call a", "record a succeeded", "progress 1", "yield a"],
        *["record b started", "call b", "record b succeeded", "progress 2", "yield b"],
    ]


async def _killed(script: str, path: Path) -> int:
    """The exit status of ``script`` run on ``path`` in a new interpreter (bounded: 60 s)."""
    process = await asyncio.create_subprocess_exec(sys.executable, "-c", script, str(path))
    return await asyncio.wait_for(process.wait(), timeout=60)


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _names(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


KILL_AT_YIELD = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    from sequence_async import SQLiteCheckpoint, concurrent_map

    async def work(item):
        return item

    async def main():
        store = SQLiteCheckpoint(sys.argv[1], job="order")
        async for outcome in concurrent_map(work, ["a", "b", "c"], checkpoint=store, key=str, step="s"):
            if outcome.item == "b":
                os.kill(os.getpid(), signal.SIGKILL)  # killed the moment "b" is reported

    asyncio.run(main())
    """
)


async def test_an_outcome_reported_before_a_kill_is_durable(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    assert await _killed(KILL_AT_YIELD, path) == -signal.SIGKILL
    async with SQLiteCheckpoint(path, job="order") as store:
        states = await store.open_step("s", fingerprint(["a", "b", "c"]))
    assert states["a"] == states["b"] == "succeeded"


async def test_started_is_recorded_before_the_call_is_sent() -> None:
    store = MemoryCheckpoint()

    async def work(item: str) -> str:
        assert store.states["s"][item] == "started"
        return item

    outcomes = [o async for o in concurrent_map(work, ["a", "b", "c"], checkpoint=store, key=str, step="s")]
    assert all(o.ok for o in outcomes)
    assert store.states["s"] == {"a": "succeeded", "b": "succeeded", "c": "succeeded"}


KILLER = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    from sequence_async import SQLiteCheckpoint

    async def main():
        store = SQLiteCheckpoint(sys.argv[1], job="killed")
        await store.open_step("delete", "stream")
        for index in range(500):
            await store.record("delete", f"id{index}", "succeeded")
        await store.record("delete", "in-flight", "started")
        await store.save_position("list", "cursor-9")
        os.kill(os.getpid(), signal.SIGKILL)  # no close, no final checkpoint of the WAL

    asyncio.run(main())
    """
)


async def test_every_record_survives_a_kill_and_the_file_reopens(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    assert await _killed(KILLER, path) == -signal.SIGKILL
    assert f"{path.name}-wal" in _names(tmp_path)  # the records are in the WAL only: recovered on open
    async with SQLiteCheckpoint(path, job="killed") as store:
        states = await store.open_step("delete", "stream")
        assert states.pop("in-flight") == "started"
        assert states == {f"id{index}": "succeeded" for index in range(500)}
        assert await store.load_position("list") == "cursor-9"


async def test_a_second_process_cannot_open_a_checkpoint_in_use(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    async with SQLiteCheckpoint(path, job="j"):
        with pytest.raises(CheckpointError, match="in use by another process"):
            SQLiteCheckpoint(path, job="j")
    async with SQLiteCheckpoint(path, job="j") as store:  # released on close
        assert await store.open_step("s", "stream") == {}


async def test_a_closed_store_refuses_with_a_typed_error(tmp_path: Path) -> None:
    store = SQLiteCheckpoint(tmp_path / "job.ckpt", job="j")
    await store.aclose()
    with pytest.raises(CheckpointError, match="closed"):
        await store.record("s", "a", "succeeded")


def _other_job(path: Path) -> None:
    async def make() -> None:
        async with SQLiteCheckpoint(path, job="another-job") as store:
            await store.open_step("s", "stream")
            await store.record("s", "a", "succeeded")

    asyncio.run(make())


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def _plain_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (1)")
    db.close()


def _truncated(path: Path) -> None:
    _other_job(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096 - 100])


def _corrupt(path: Path) -> None:
    _other_job(path)
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # the second page: a b-tree page turned to garbage
    path.write_bytes(bytes(data))


BAD_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "text": (lambda p: _write(p, b"customer,alias\nc1,a1\n"), "not a sequence-async checkpoint"),
    "empty": (lambda p: _write(p, b""), "not a sequence-async checkpoint"),
    "sqlite magic, zero page size": (lambda p: _write(p, b"SQLite format 3\x00" + bytes(200)), "bad page size"),
    "another sqlite database": (_plain_sqlite, "not a sequence-async checkpoint"),
    "another job": (_other_job, "belongs to job 'another-job', not 'this-job'"),
    "truncated": (_truncated, "truncated"),
    "corrupt": (_corrupt, "corrupt"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
async def test_a_file_not_this_jobs_checkpoint_is_refused_untouched_and_nothing_is_sent(
    kind: str, tmp_path: Path
) -> None:
    path = tmp_path / "job.ckpt"
    make, reason = BAD_FILES[kind]
    await asyncio.to_thread(make, path)  # (a maker may run its own event loop)
    before = path.read_bytes()
    with pytest.raises(CheckpointError, match=reason) as caught:
        store = SQLiteCheckpoint(path, job="this-job")
        server = DeleteServer()
        async with client_for(server) as client:  # not reached: the refusal comes first
            await client.customer_aliases.delete_many(["a"], checkpoint=store)
    assert str(path) in str(caught.value)
    assert caught.value.path == str(path)
    assert path.read_bytes() == before
    # SQLite's read-only look may leave its sidecars (an empty WAL, the shared-memory index): no data
    assert set(_names(tmp_path)) <= {"job.ckpt", "job.ckpt-wal", "job.ckpt-shm"}
    assert _size(tmp_path / "job.ckpt-wal") == 0


async def test_a_delete_many_resumed_with_other_ids_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    server = DeleteServer()
    async with SQLiteCheckpoint(path, job="j") as store, client_for(server) as client:
        await client.customer_aliases.delete_many(["a", "b"], checkpoint=store)
    sent = list(server.requests)
    async with SQLiteCheckpoint(path, job="j") as store, client_for(server) as client:
        with pytest.raises(CheckpointError, match="different list of items") as caught:
            await client.customer_aliases.delete_many(["a", "b", "c"], checkpoint=store)
    assert caught.value.path == str(path)
    assert server.requests == sent


async def test_a_new_file_is_never_left_half_made(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    async with SQLiteCheckpoint(path, job="j"):
        pass
    assert [name for name in _names(tmp_path) if not name.endswith("-shm")] == ["job.ckpt"]  # no leftovers
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        meta = dict(db.execute("SELECT name, value FROM checkpoint_meta").fetchall())
    db.close()
    salt = meta.pop("salt")  # the key of its rows' seals: random per file
    assert len(bytes.fromhex(salt)) == 16
    assert meta == {"format": "sequence-async-checkpoint", "version": "3", "job": "j"}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda p: SQLiteCheckpoint(p, job=""), "job must be a non-empty str"),
        (lambda p: SQLiteCheckpoint(3, job="j"), "path must be a str or path"),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_are_refused_naming_them(call: Callable[[Path], object], message: str, tmp_path: Path) -> None:
    with pytest.raises(errors.InvalidParameterError, match=message):
        call(tmp_path / "job.ckpt")
    assert list(tmp_path.iterdir()) == []
