"""SQLiteCheckpoint against the disk: a WAL left by a kill or a full disk is recovered, paths that
are not a checkpoint file are refused typed and at once, altered or corrupt rows are refused,
echoed text is bounded, and a file in use is refused without waiting.

Every refusal is a CheckpointError (InvalidParameterError for an argument of the wrong type)
naming the file, bounded; no other exception escapes and nothing blocks.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
import os
import shutil
import signal
import sqlite3
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sequence_async import CheckpointError, InvalidParameterError, SQLiteCheckpoint
from sequence_async._checkpoint import STREAM, _shown, fingerprint

from .test_checkpoint_batch import DeleteServer, client_for

BOUND = 30.0  # seconds: every wait on a subprocess
LONG = 100_000  # characters of a stored or given name that must not be echoed whole


def _header_pages(path: Path) -> tuple[int, int]:
    """(pages the header claims, the page size) of an SQLite file."""
    header = path.read_bytes()[:100]
    return int.from_bytes(header[28:32], "big"), int.from_bytes(header[16:18], "big")


def _wal_size(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


async def _states(path: Path, step: str = "s", job: str = "j") -> dict[str, str]:
    async with SQLiteCheckpoint(path, job=job) as store:
        return await store.open_step(step, STREAM)


async def _run(script: str, *args: str) -> tuple[int, str]:
    """The exit status and output of ``script`` in a new interpreter (bounded)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", textwrap.dedent(script), *args, stdout=asyncio.subprocess.PIPE
    )
    output, _ = await asyncio.wait_for(process.communicate(), timeout=BOUND)
    assert process.returncode is not None
    return process.returncode, output.decode()


# 1. A WAL left by a kill or a full disk is recovered, not refused as "truncated".


async def test_a_kill_while_sqlite_folds_the_wal_in_leaves_a_file_that_resumes(tmp_path: Path) -> None:
    path, copy = tmp_path / "job.ckpt", tmp_path / "copy" / "job.ckpt"
    copy.parent.mkdir()
    store = SQLiteCheckpoint(path, job="j")
    await store.open_step("s", STREAM)
    for index in range(600):
        await store.record("s", f"id{index:05}", "succeeded")
    size = path.stat().st_size  # the pages written when it was made: the new ones are in the WAL only
    assert store._db is not None
    store._db.execute("PRAGMA wal_checkpoint(PASSIVE)")  # the pages copied in, the WAL not yet reset
    # The files as a SIGKILL midway through that copy leaves them: the pages already in the file
    # rewritten (page 1 with the header's new page count first), the new ones not yet appended;
    # every frame still in the WAL.
    shutil.copy(f"{path}-wal", f"{copy}-wal")
    copy.write_bytes(path.read_bytes()[:size])
    await store.aclose()
    pages, page_size = _header_pages(copy)
    assert copy.stat().st_size < pages * page_size  # shorter than its header says: the old code refused it
    assert await _states(copy) == {f"id{index:05}": "succeeded" for index in range(600)}
    async with SQLiteCheckpoint(copy, job="j") as store:  # and the job goes on
        await store.record("s", "next", "started")
    assert len(await _states(copy)) == 601


DISK_FULL = """
    import asyncio, json, os, resource, signal, sys
    from sequence_async import CheckpointError, SQLiteCheckpoint

    async def main():
        store = SQLiteCheckpoint(sys.argv[1], job="j")
        await store.open_step("s", "stream")
        for index in range(1000):
            await store.record("s", f"id{index}", "succeeded")
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead
        size = os.path.getsize(sys.argv[1])  # the disk is full now: no file may grow
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
        errors = []
        for call in (store.record("s", "over", "succeeded"), store.aclose()):
            try:
                await call
            except CheckpointError as exc:
                errors.append(str(exc))
        print(json.dumps(errors))

    asyncio.run(main())
"""


async def test_a_full_disk_fails_a_record_typed_and_the_file_opens_and_resumes(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    status, output = await _run(DISK_FULL, str(path))
    assert status == 0
    record_error, close_error = json.loads(output)
    assert "could not record in" in record_error
    assert "could not close" in close_error  # folding the WAL in failed part way
    pages, page_size = _header_pages(path)
    assert path.stat().st_size < pages * page_size  # its header counts pages only the WAL holds
    assert await _states(path) == {f"id{index}": "succeeded" for index in range(1000)}  # not "over"
    async with SQLiteCheckpoint(path, job="j") as store:
        await store.record("s", "over", "succeeded")
    assert (await _states(path))["over"] == "succeeded"
    assert _wal_size(path) == 0  # folded in at last


async def test_sqlite_full_mid_record_is_typed_and_what_was_recorded_stays(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    store = SQLiteCheckpoint(path, job="j")
    await store.open_step("s", STREAM)
    assert store._db is not None
    (pages,) = store._db.execute("PRAGMA page_count").fetchone()
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # no page more: SQLITE_FULL
    recorded: list[str] = []
    with pytest.raises(CheckpointError, match="could not record in the checkpoint: database or disk is full"):
        for index in range(10_000):
            await store.record("s", f"{index:04}" * 8, "succeeded")
            recorded.append(f"{index:04}" * 8)
    await store.aclose()
    assert await _states(path) == dict.fromkeys(recorded, "succeeded")


def _cut_to_pages(path: Path, wal: bytes | None) -> None:
    """A closed checkpoint of many records cut to its first 4 pages, with ``wal`` next to it."""

    async def make() -> None:
        async with SQLiteCheckpoint(path, job="j") as store:
            await store.open_step("s", STREAM)
            for index in range(600):
                await store.record("s", f"id{index:05}", "succeeded")

    asyncio.run(make())
    _, page_size = _header_pages(path)
    path.write_bytes(path.read_bytes()[: 4 * page_size])  # whole pages: only the header's count shows it
    if wal is not None:
        Path(f"{path}-wal").write_bytes(wal)


@pytest.mark.parametrize(
    ("wal", "reason"),
    [
        (None, "truncated"),
        (b"", "truncated"),  # an empty WAL holds nothing
        (b"\x37\x7f\x06\x82" + bytes(4092), "corrupt"),  # a WAL without these pages: quick_check finds them missing
    ],
    ids=["no WAL", "an empty WAL", "a WAL of garbage"],
)
def test_a_truncated_file_without_its_pages_in_a_wal_is_still_refused(
    wal: bytes | None, reason: str, tmp_path: Path
) -> None:
    path = tmp_path / "job.ckpt"
    _cut_to_pages(path, wal)
    before = path.read_bytes()
    with pytest.raises(CheckpointError, match=reason) as refused:
        SQLiteCheckpoint(path, job="j")
    assert refused.value.path == str(path)
    assert path.read_bytes() == before


# 2. A path that is not a checkpoint file is refused typed, at once, naming it.


def _fifo(tmp_path: Path) -> Path:
    os.mkfifo(tmp_path / "fifo")
    return tmp_path / "fifo"


def _loop(tmp_path: Path) -> Path:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    return tmp_path / "a"


def _under_a_file(tmp_path: Path) -> Path:
    (tmp_path / "file").write_text("x")
    return tmp_path / "file" / "job.ckpt"


def _dangling(tmp_path: Path) -> Path:
    (tmp_path / "link").symlink_to(tmp_path / "nowhere")
    return tmp_path / "link"


def _directory(tmp_path: Path) -> Path:
    (tmp_path / "dir").mkdir()
    return tmp_path / "dir"


PATHS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "a name too long": (lambda t: t / ("x" * 300), "cannot use this path (File name too long)"),
    "a directory": (_directory, "not a regular file"),
    "a FIFO": (_fifo, "not a regular file"),
    "a device": (lambda t: Path(os.devnull), "not a regular file"),
    "a missing directory": (lambda t: t / "missing" / "job.ckpt", "its directory does not exist"),
    "a symlink loop": (_loop, "cannot use this path (Too many levels of symbolic links)"),
    "a file as its directory": (_under_a_file, "cannot use this path (Not a directory)"),
    "a dangling symlink": (_dangling, "cannot read the checkpoint (No such file or directory)"),
}


def _attempt(path: Path, seconds: float = 10.0) -> BaseException | None:
    """What ``SQLiteCheckpoint(path)`` raised (None if it opened), run in a thread: one that
    blocks (on a FIFO) is let go by a writer opening the FIFO, and fails the test."""
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            store = SQLiteCheckpoint(path, job="j")
        except BaseException as exc:  # (any: the test asserts which)
            outcome.append(exc)
        else:
            outcome.append(None)
            asyncio.run(store.aclose())

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(seconds)
        pytest.fail(f"SQLiteCheckpoint({path.name!r}) blocked for {seconds} s")
    return outcome[0]


def _assert_refused(raised: BaseException | None, path: Path, reason: str) -> None:
    assert isinstance(raised, CheckpointError), repr(raised)
    message = str(raised)
    assert reason in message
    assert message.startswith(_shown(str(path), 160) + ": ")  # the file named, bounded
    assert len(message) < 400
    assert raised.path == str(path)


@pytest.mark.parametrize("kind", sorted(PATHS))
def test_a_path_that_is_not_a_checkpoint_file_is_refused_typed_and_at_once(kind: str, tmp_path: Path) -> None:
    make, reason = PATHS[kind]
    path = make(tmp_path)
    before = sorted(tmp_path.iterdir())
    started = time.monotonic()
    _assert_refused(_attempt(path), path, reason)
    assert time.monotonic() - started < 5
    assert sorted(tmp_path.iterdir()) == before  # nothing made, nothing left behind


@contextlib.contextmanager
def _not_searchable(directory: Path) -> Iterator[None]:
    """``directory`` made not searchable (chmod 000). Root is not stopped by that: for it, a
    lookup under the directory fails with EACCES as it would for anyone else."""
    directory.chmod(0)
    real_stat = os.stat

    def stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        if str(path).startswith(f"{directory}{os.sep}"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_stat(path, *args, **kwargs)

    try:
        with pytest.MonkeyPatch.context() as patch:
            if os.geteuid() == 0:
                patch.setattr(os, "stat", stat)
            yield
    finally:
        directory.chmod(0o700)


def test_a_path_in_a_directory_that_is_not_searchable_is_refused_typed(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir()
    path = tmp_path / "locked" / "job.ckpt"
    with _not_searchable(tmp_path / "locked"):
        _assert_refused(_attempt(path), path, "cannot use this path (Permission denied)")


async def test_a_name_up_to_the_file_systems_limit_is_a_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / ("n" * 250)  # its name made aside to be linked into place was longer than 255
    async with SQLiteCheckpoint(path, job="j") as store:
        await store.open_step("s", STREAM)
        await store.record("s", "a", "succeeded")
    assert await _states(path) == {"a": "succeeded"}


class BytesPath:
    def __fspath__(self) -> bytes:
        return b"job.ckpt"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: SQLiteCheckpoint(BytesPath(), job="j"), "path must be a str or path"),  # type: ignore[arg-type]
        (lambda s: s.open_step(1, STREAM), "step must be a str"),
        (lambda s: s.open_step("s", None), "fingerprint must be a str"),
        (lambda s: s.record("s", None, "failed"), "key must be a str"),
        (lambda s: s.record("s", "k", ["failed"]), "state must be one of"),
        (lambda s: s.record("s", "k", 1), "state must be one of"),
        (lambda s: s.save_position("s", b"cursor"), "position must be a str"),
        (lambda s: s.load_position(None), "step must be a str"),
    ],
)
async def test_an_argument_of_the_wrong_type_is_refused_typed(
    call: Callable[[SQLiteCheckpoint], Any], message: str, tmp_path: Path
) -> None:
    async with SQLiteCheckpoint(tmp_path / "job.ckpt", job="j") as store:
        with pytest.raises(InvalidParameterError, match=message):
            result = call(store)
            if asyncio.iscoroutine(result):
                await result


# 3. A row altered or corrupt is refused before anything is sent.


def _tamper(path: Path, sql: str) -> None:
    db = sqlite3.connect(path)
    db.execute(sql)
    db.commit()
    db.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE checkpoint_items SET state = 'succeeded' WHERE key = CAST('b' AS BLOB)",
        "UPDATE checkpoint_items SET key = CAST('d' AS BLOB) WHERE key = CAST('b' AS BLOB)",
        "UPDATE checkpoint_items SET step = 'other'",
        "UPDATE checkpoint_items SET step = CAST(step AS BLOB)",  # the same bytes as another type
        "UPDATE checkpoint_steps SET fingerprint = 'stream'",
        "INSERT INTO checkpoint_items SELECT step, CAST('d' AS BLOB), 'succeeded', seal FROM checkpoint_items LIMIT 1",
        "UPDATE checkpoint_meta SET value = '00112233445566778899aabbccddeeff' WHERE name = 'salt'",
    ],
)
async def test_a_hand_edit_with_valid_states_is_refused_and_nothing_is_sent(sql: str, tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    server = DeleteServer(present={"a", "c"}, refuse={"b"})  # b fails: a rerun would send it again
    async with SQLiteCheckpoint(path, job="j") as store, client_for(server) as client:
        result = await client.customer_aliases.delete_many(["a", "b", "c"], checkpoint=store)
    assert list(result.failed) == ["b"]
    _tamper(path, sql)
    server.requests.clear()
    async with SQLiteCheckpoint(path, job="j") as store, client_for(server) as client:
        with pytest.raises(CheckpointError, match="altered or corrupt") as refused:
            await client.customer_aliases.delete_many(["a", "b", "c"], checkpoint=store)
    assert refused.value.path == str(path)
    assert server.requests == []


async def test_a_position_edited_by_hand_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    async with SQLiteCheckpoint(path, job="j") as store:
        await store.save_position("list", "v1:after:page-3")
    _tamper(path, "UPDATE checkpoint_positions SET position = CAST('v1:after:page-9' AS BLOB)")
    async with SQLiteCheckpoint(path, job="j") as store:
        with pytest.raises(CheckpointError, match="a saved position in the checkpoint is not one this SDK wrote"):
            await store.load_position("list")


STEPS = {"first": fingerprint(f"k{index}" for index in range(40)), "second": STREAM}
RECORDS = {
    "first": {f"k{index}": ("succeeded", "failed", "started")[index % 3] for index in range(40)},
    "second": {f"item-{index}": "already_deleted" for index in range(25)},
}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A closed checkpoint holding RECORDS and a position: the file that is corrupted below."""
    path = tmp_path_factory.mktemp("written") / "job.ckpt"

    async def write() -> None:
        async with SQLiteCheckpoint(path, job="j") as store:
            for step, records in RECORDS.items():
                await store.open_step(step, STEPS[step])
                for key, state in records.items():
                    await store.record(step, key, state)
            await store.save_position("list", "cursor-7")

    asyncio.run(write())
    return path.read_bytes()


async def _read_back(path: Path) -> tuple[dict[str, dict[str, str]], str | None] | CheckpointError:
    """Every step's states and the position read back from ``path``, or the CheckpointError raised."""
    try:
        async with SQLiteCheckpoint(path, job="j") as store:
            states = {step: await store.open_step(step, STEPS[step]) for step in RECORDS}
            return states, await store.load_position("list")
    except CheckpointError as exc:
        return exc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    damage=st.lists(
        st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=24) | st.integers(0, 7)),
        min_size=1,
        max_size=3,
    ),
)
def test_a_corrupted_file_reads_back_exactly_or_is_refused_typed(
    damage: list[tuple[int, bytes | int]], written: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    data = bytearray(written)
    for offset, change in damage:
        at = offset % len(data)
        if isinstance(change, int):  # one bit flipped
            data[at] ^= 1 << change
        else:  # a range overwritten
            data[at : at + len(change)] = change[: len(data) - at]
    path = tmp_path_factory.mktemp("corrupt") / "job.ckpt"
    path.write_bytes(bytes(data))
    read = asyncio.run(_read_back(path))  # (any other exception fails the test)
    if isinstance(read, CheckpointError):
        assert read.path == str(path)
    else:
        assert read == (RECORDS, "cursor-7")  # never a different set of states


V2_SCHEMA = (
    "CREATE TABLE checkpoint_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE checkpoint_steps (step TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)",
    "CREATE TABLE checkpoint_items (step TEXT NOT NULL, key BLOB NOT NULL, state TEXT NOT NULL,"
    " PRIMARY KEY (step, key)) WITHOUT ROWID",
    "CREATE TABLE checkpoint_positions (step TEXT PRIMARY KEY, position BLOB NOT NULL)",
)


def _version_2(path: Path, items: list[tuple[str, object, str]]) -> None:
    """A checkpoint of format version 2 (before seals) with these rows, as that release wrote it."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    for statement in V2_SCHEMA:
        db.execute(statement)
    meta = [("format", "sequence-async-checkpoint"), ("version", "2"), ("job", "j")]
    db.executemany("INSERT INTO checkpoint_meta VALUES (?, ?)", meta)
    db.execute("INSERT INTO checkpoint_steps VALUES ('s', ?)", (fingerprint(["a", "b", "\udc80"]),))
    db.executemany("INSERT INTO checkpoint_items VALUES (?, ?, ?)", items)
    db.execute("INSERT INTO checkpoint_positions VALUES ('list', ?)", (b"cursor-3",))
    db.close()


async def test_a_version_2_file_of_a_job_in_progress_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    surrogate = "\udc80".encode("utf-8", "surrogatepass")
    _version_2(path, [("s", b"a", "succeeded"), ("s", b"b", "started"), ("s", surrogate, "failed")])
    ids = fingerprint(["a", "b", "\udc80"])
    async with SQLiteCheckpoint(path, job="j") as store:
        assert await store.open_step("s", ids) == {"a": "succeeded", "b": "started", "\udc80": "failed"}
        assert await store.load_position("list") == "cursor-3"
        await store.record("s", "b", "already_deleted")
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert dict(db.execute("SELECT name, value FROM checkpoint_meta"))["version"] == "3"
    async with SQLiteCheckpoint(path, job="j") as store:  # upgraded once; sealed from now on
        assert await store.open_step("s", ids) == {"a": "succeeded", "b": "already_deleted", "\udc80": "failed"}
    _tamper(path, "UPDATE checkpoint_items SET state = 'succeeded'")
    async with SQLiteCheckpoint(path, job="j") as store:
        with pytest.raises(CheckpointError, match="altered or corrupt"):
            await store.open_step("s", ids)


async def test_a_version_2_row_not_as_the_sdk_stores_it_is_refused_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    _version_2(path, [("s", b"a", "succeeded"), ("s", 5, "succeeded")])  # a key that is not a BLOB
    async with SQLiteCheckpoint(path, job="j") as store:
        with pytest.raises(CheckpointError, match="altered or corrupt"):
            await store.open_step("s", STREAM)


# 4. Echoed text is bounded and escaped.


async def test_a_stored_job_name_of_100_kb_is_not_echoed_whole(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    async with SQLiteCheckpoint(path, job="x" * LONG + "\x1b[31m"):
        pass
    with pytest.raises(CheckpointError, match=r"belongs to job 'x+…x+\\x1b\[31m', not 'other'") as refused:
        SQLiteCheckpoint(path, job="other")
    assert len(str(refused.value)) < 400
    assert "\x1b" not in str(refused.value)  # escaped: no terminal control sequence


async def test_a_step_name_of_100_kb_is_not_echoed_whole(tmp_path: Path) -> None:
    step = "s" * LONG
    async with SQLiteCheckpoint(tmp_path / "job.ckpt", job="j") as store:
        await store.open_step(step, fingerprint(["a"]))
        with pytest.raises(CheckpointError, match=r"step 's+…s+' was begun with a different list") as refused:
            await store.open_step(step, fingerprint(["b"]))
        assert len(str(refused.value)) < 400
        with pytest.raises(InvalidParameterError) as bad_state:
            await store.record(step, "k", "z" * LONG)
        assert len(str(bad_state.value)) < 400


async def test_a_long_path_is_named_by_its_start_and_its_file_name(tmp_path: Path) -> None:
    directory = tmp_path.joinpath(*["d" * 60] * 6)
    directory.mkdir(parents=True)
    path = directory / "the-job.ckpt"
    async with SQLiteCheckpoint(path, job="j"):
        pass
    with pytest.raises(CheckpointError) as refused:
        SQLiteCheckpoint(path, job="other")
    where = str(refused.value).split(": ", 1)[0]
    assert len(where) <= 160
    assert where.startswith(str(tmp_path)[:40])
    assert where.endswith("/the-job.ckpt")
    assert "…" in where


# 5. A file in use is refused at once.

HOLDER = """
    import asyncio, sys
    from sequence_async import SQLiteCheckpoint

    async def main():
        async with SQLiteCheckpoint(sys.argv[1], job="j"):
            print("ready", flush=True)
            await asyncio.to_thread(sys.stdin.read)  # until the test closes stdin

    asyncio.run(main())
"""


async def test_a_file_held_by_another_process_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        textwrap.dedent(HOLDER),
        str(path),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        assert await asyncio.wait_for(process.stdout.readline(), timeout=BOUND) == b"ready\n"
        started = time.monotonic()
        with pytest.raises(CheckpointError, match="in use by another process") as refused:
            SQLiteCheckpoint(path, job="j")
        assert time.monotonic() - started < 1.0  # not SQLite's 5 s busy timeout
        assert refused.value.path == str(path)
    finally:
        process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), timeout=BOUND)
        except TimeoutError:
            process.send_signal(signal.SIGKILL)
            await process.wait()
    assert process.returncode == 0
    assert await _states(path) == {}  # released when it closed


async def test_a_second_opener_in_this_process_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    async with SQLiteCheckpoint(path, job="j"):
        started = time.monotonic()
        with pytest.raises(CheckpointError, match="in use by another process"):
            SQLiteCheckpoint(path, job="j")
        assert time.monotonic() - started < 1.0
