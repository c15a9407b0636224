"""Rows 7c and 7d: what a checkpoint costs a batch job (issue: resumable batch jobs).

7c runs ``delete_many`` over two equal halves of the emulator's aliases at the client limit, one
half without and one with a :class:`SQLiteCheckpoint`, in alternating order over the rounds, so
both see the same server and the same rate limit. 7d records outcomes into a fresh SQLite file
as fast as it can: the store must never be what a batch waits for.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from statistics import median

from _harness import Row
from _procs import CLIENT_ID, CLIENT_SECRET, Emulator
from _rows_ratelimit import DELETE_RATE  # the same pace as row 7: just under the emulator's 50/s

import sequence_async
from sequence_async import RateLimit, SQLiteCheckpoint


async def _delete(client: sequence_async.SequenceClient, ids: list[str], checkpoint: Path | None) -> float:
    started = time.perf_counter()
    if checkpoint is None:
        result = await client.customer_aliases.delete_many(ids)
    else:
        async with SQLiteCheckpoint(checkpoint, job="bench") as store:
            result = await client.customer_aliases.delete_many(ids, checkpoint=store)
    elapsed = time.perf_counter() - started
    assert not result.failed, f"{len(result.failed)} deletes failed"
    return elapsed


async def checkpoint_overhead_row(emulator: Emulator, deletes: int, rounds: int, settle: float) -> Row:
    """delete_many(deletes) with a SQLite checkpoint / without, alternating, ``rounds`` pairs."""
    limiter = RateLimit(DELETE_RATE, per=1.0, burst=1)
    with_times: list[float] = []
    without_times: list[float] = []
    async with sequence_async.SequenceClient(
        CLIENT_ID, CLIENT_SECRET, base_url=emulator.url, rate_limit=limiter
    ) as client:
        ids = [alias.id async for alias in client.customer_aliases.list()]
        assert len(ids) >= 2 * deletes * rounds, f"the emulator has only {len(ids)} aliases"
        with tempfile.TemporaryDirectory() as scratch:
            for round_ in range(rounds):
                first, second = (ids[(2 * round_ + k) * deletes : (2 * round_ + k + 1) * deletes] for k in (0, 1))
                checkpoint = Path(scratch) / f"round{round_}.ckpt"
                for with_checkpoint in (False, True) if round_ % 2 == 0 else (True, False):
                    await asyncio.sleep(settle)  # the server's 1 s window empties between runs
                    chunk = second if with_checkpoint else first
                    elapsed = await _delete(client, chunk, checkpoint if with_checkpoint else None)
                    (with_times if with_checkpoint else without_times).append(elapsed)
    ratios = [a / b for a, b in zip(with_times, without_times, strict=True)]
    return Row(
        "7c",
        f"delete_many({deletes:,}) at server limit 50/s: with SQLite checkpoint / without",
        median(with_times),
        median(without_times),
        "s",
        median(ratios),
        1.02,
        note=f"client RateLimit({DELETE_RATE}, per=1.0, burst=1); {rounds} alternating pair(s)",
    )


async def _record_rate(path: Path, count: int) -> float:
    async with SQLiteCheckpoint(path, job="bench") as store:
        await store.open_step("bench", "stream")
        started = time.perf_counter()
        for index in range(count):
            await store.record("bench", f"ali_{index:08d}", "succeeded")
        return count / (time.perf_counter() - started)


def store_speed_row(count: int, rounds: int) -> Row:
    """Outcomes recorded per second by SQLiteCheckpoint (each record committed on its own)."""
    rates = []
    with tempfile.TemporaryDirectory() as scratch:
        for round_ in range(rounds):
            rates.append(asyncio.run(_record_rate(Path(scratch) / f"speed{round_}.ckpt", count)))
    return Row(
        "7d",
        f"SQLiteCheckpoint: outcomes recorded per second ({count:,} per round, median of {rounds})",
        median(rates),
        None,
        "rec/s",
        target=20_000,
        compare=">=",
        on="a",
        note=f"best round {max(rates):,.0f}/s",
    )
