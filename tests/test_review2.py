"""Adversarial review 2 of the batch writes, resumable batches and the rate limiter: each test
asserts the documented behaviour and fails on the defect it reproduces.

In-process emulator only (ASGI, no sockets), injected clocks, no fixed sleeps.
"""

from __future__ import annotations

import asyncio
import bisect
import math
import re
from pathlib import Path
from typing import Any

import pytest

from sequence_async import (
    MaybeAppliedError,
    MemoryCheckpoint,
    RateLimit,
    RetryPolicy,
    SequenceClient,
    run_batch,
)
from sequence_async.errors import InvalidParameterError
from sequence_async.testing import SequenceEmulator

from ._fixtures import ADDRESS, Sleeps

ROOT = Path(__file__).resolve().parent.parent
WAIT = 10.0  # bound on every wait for the batch to reach a point


def client_of(emulator: SequenceEmulator) -> SequenceClient:
    return emulator.client(retry=RetryPolicy(max_retries=0), rate_limit=None, sleep=Sleeps())


def posts(emulator: SequenceEmulator, path: str) -> int:
    return sum(1 for r in emulator.requests if r.method == "POST" and r.path == path)


# --- 1. a cancellation while a store awaits "started" loses the item from partial_result --------


class AwaitingStore(MemoryCheckpoint):
    """A store that really awaits in ``record`` (as one over Redis or Postgres does)."""

    def __init__(self, hold: str) -> None:
        super().__init__()
        self.hold = hold
        self.holding = asyncio.Event()
        self.never = asyncio.Event()

    async def record(self, step: str, key: str, state: str) -> None:
        if key == self.hold and state == "started":
            self.holding.set()
            await self.never.wait()  # the network round trip, during which the batch is cancelled
        await super().record(step, key, state)


async def test_cancel_while_the_store_records_started_keeps_every_item_in_partial_result() -> None:
    """docs/batch.md: every input in exactly one group; a cancelled batch's CancelledError carries
    ``partial_result``. An item taken from the source whose "started" record was being awaited
    at the cancellation is in no group at all (_Run._start_more/_begin: taken, not yet running)."""
    items = ["a", "b", "c", "d", "e"]
    store = AwaitingStore(hold="c")

    async def identity(item: str) -> str:
        return item

    task = asyncio.ensure_future(run_batch(identity, items, key=str, checkpoint=store, concurrency=1))
    await asyncio.wait_for(store.holding.wait(), WAIT)
    task.cancel()
    with pytest.raises(asyncio.CancelledError) as caught:
        await asyncio.wait_for(task, WAIT)
    partial = caught.value.partial_result  # type: ignore[attr-defined]
    grouped = [*partial.succeeded, *partial.failed, *partial.already_deleted, *partial.not_attempted]
    assert sorted(grouped) == items, f"lost from the result: {sorted(set(items) - set(grouped))}"
    assert partial.total == len(items)


# --- 2. resend_maybe_applied=True downgrades "write_sent" to "started" before anything is sent ----


async def test_a_stopped_resend_run_does_not_turn_a_maybe_applied_write_into_a_plain_resend() -> None:
    """docs/batch.md: an item whose unkeyed write may have been applied is reported as
    MaybeAppliedError and not sent again unless the run passes ``resend_maybe_applied=True``.
    A run with the flag records "started" over "write_sent" before the item's write goes out
    (_Run._begin); stopped before that write, it leaves "started", so the next run *without* the
    flag sends the write again: two POST /customers for one item, the user never having said so
    for that run."""
    emulator = SequenceEmulator()
    store = MemoryCheckpoint()
    entered = asyncio.Event()
    gate = asyncio.Event()  # never set: the batch is cancelled while waiting on it
    phase = {"run": 1}

    async with client_of(emulator) as client:

        async def import_row(name: str) -> str:
            if phase["run"] == 2:  # slow work before the write (a read, a lookup)
                entered.set()
                await gate.wait()
            customer = await client.customers.create(legal_name=name, address=ADDRESS, contacts=[], tax_status="TAXED")
            if phase["run"] == 1:  # slow work after the write: killed/cancelled here, the write applied
                entered.set()
                await gate.wait()
            return str(customer.id)

        async def cancelled_run(**options: Any) -> None:
            entered.clear()
            task = asyncio.ensure_future(
                run_batch(import_row, ["Initech"], key=str, checkpoint=store, step="import", **options)
            )
            await asyncio.wait_for(entered.wait(), WAIT)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await asyncio.wait_for(task, WAIT)

        await cancelled_run()  # run 1: the write was applied, then the run died
        assert posts(emulator, "/customers") == 1
        phase["run"] = 2
        await cancelled_run(resend_maybe_applied=True)  # run 2: stopped before its write
        assert posts(emulator, "/customers") == 1
        phase["run"] = 3
        rerun = run_batch(import_row, ["Initech"], key=str, checkpoint=store, step="import")
        third = await asyncio.wait_for(rerun, WAIT)

    assert posts(emulator, "/customers") == 1, "run 3 (no resend_maybe_applied) sent the write again"
    assert isinstance(third.failed.get("Initech"), MaybeAppliedError)


# --- 3/4. create_many's up-front check is weaker than create()'s -----------------------------------


async def test_create_many_refuses_a_lone_surrogate_customer_id_typed_before_sending_anything() -> None:
    """``client.customer_aliases.create(customer_id="\\udc80", ...)`` raises InvalidParameterError;
    ``create_many`` lets the pair through its up-front check (_writes._prepared_alias), sends the
    other pairs, and files a raw ``UnicodeEncodeError`` (from ``idempotency_key``) in ``failed``."""
    emulator = SequenceEmulator()
    emulator.add_customer("cus_1")
    async with client_of(emulator) as client:
        with pytest.raises(InvalidParameterError):
            await client.customer_aliases.create(customer_id="\udc80", value="direct")
        before = len(emulator.requests)
        outcome: Any = None
        try:
            outcome = await client.customer_aliases.create_many([("cus_1", "good"), ("\udc80", "bad")])
        except InvalidParameterError:
            outcome = None
    sent = len(emulator.requests) - before
    failed = {} if outcome is None else {value: type(error).__name__ for value, error in outcome.failed.items()}
    assert sent == 0, f"not refused up front: {sent} request(s) sent, failed={failed}"
    assert outcome is None, f"not refused up front: failed={failed}"


async def test_create_many_refuses_a_nul_in_value_or_label_before_sending_anything() -> None:
    """``create`` refuses a NUL in ``value``/``label`` (InvalidParameterError); ``create_many``'s
    up-front check does not, so the valid pairs of the batch are created before the bad one fails."""
    emulator = SequenceEmulator()
    emulator.add_customer("cus_1")
    async with client_of(emulator) as client:
        for bad in (("cus_1", "a\x00b"), {"customer_id": "cus_1", "value": "x", "label": "a\x00"}):
            before = len(emulator.requests)
            with pytest.raises(InvalidParameterError):
                await client.customer_aliases.create_many([("cus_1", f"good-{before}"), bad])
            assert len(emulator.requests) == before, f"{bad!r}: the valid pair was sent before the bad one was refused"


# --- 5. RateLimit: a late wake-up lets more than `requests` start in `per` seconds -----------------


def test_rate_limit_never_more_than_requests_in_any_window_when_a_wakeup_is_late() -> None:
    """docs/retries.md: ``RateLimit(requests, per=...)`` never lets more than ``requests`` start
    in any ``per`` seconds. GCRA catches up after a late wake-up (an event loop busy for 1 ms):
    RateLimit(10, per=1.0) lets 11 starts into 1 s (_ratelimit.RateLimit.acquire schedules from
    the theoretical time, and below 20 slots leaves no margin). With asyncio's real sleep the
    same happens whenever one sleeper overshoots more than a later one (seen: 11 starts in
    0.9997 s)."""
    now = [0]  # nanoseconds
    late = [1_000_000]  # the first sleep overshoots by 1 ms, every later one is exact

    async def sleep(seconds: float) -> None:
        now[0] += math.ceil(seconds * 1e9) + late[0]
        late[0] = 0

    limiter = RateLimit(10, per=1.0, clock=lambda: now[0] / 1e9, sleep=sleep)
    starts: list[int] = []

    async def go() -> None:
        for _ in range(25):
            await limiter.acquire()
            starts.append(now[0])

    asyncio.run(go())
    per = 1_000_000_000
    worst = max(bisect.bisect_left(starts, t + per) - i for i, t in enumerate(starts))
    assert worst <= 10, f"{worst} starts within 1 s: {[s / 1e9 for s in starts[:13]]}"


# --- 6. docs/retries.md states the old default pace ------------------------------------------------


def test_retries_doc_states_the_default_pace_the_code_has() -> None:
    """docs/retries.md says the default paces at 1,475 per minute (24.6/s, 0.983 of the limit);
    the code (and CHANGELOG) pace at 1,451 per minute (24.2/s): one second's worth is left unused."""
    default = RateLimit()
    per_minute = round(60.0 / default.interval)
    text = (ROOT / "docs" / "retries.md").read_text(encoding="utf-8")
    stated = re.search(r"default paces at ([\d,]+) per minute", text)
    assert stated is not None
    assert int(stated.group(1).replace(",", "")) == per_minute, (
        f"docs say {stated.group(1)}/min, RateLimit() paces at {per_minute}/min"
    )


# --- 7. SQLiteCheckpoint("file:...") opens another file: another job's checkpoint -----------------


async def test_a_relative_path_starting_with_file_colon_is_its_own_checkpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A legal file name ``file:other.ckpt`` is validated as itself (``_validate`` reads it through
    an absolute URI) but then connected by its relative name (``_connect``:
    ``sqlite3.connect(self.path)``), which this SQLite reads as a URI naming ``other.ckpt``. The
    new job then resumes another job's states (its items are skipped as done) and writes its
    records into that job's file, which docs/batch.md promises is refused and left as it was."""
    from sequence_async import SQLiteCheckpoint

    monkeypatch.chdir(tmp_path)
    async with SQLiteCheckpoint("other.ckpt", job="other") as other:
        await other.open_step("step", "stream")
        await other.record("step", "theirs", "succeeded")
    before = (tmp_path / "other.ckpt").read_bytes()

    async with SQLiteCheckpoint("file:other.ckpt", job="mine") as mine:
        seen = await mine.open_step("step", "stream")
        await mine.record("step", "mine", "failed")

    assert seen == {}, f"job 'mine' resumed job 'other''s states: {seen}"
    assert (tmp_path / "other.ckpt").read_bytes() == before, "job 'other''s checkpoint was written by job 'mine'"
