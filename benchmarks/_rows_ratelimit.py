"""Rows 7 and 8: client-side rate limiting against the emulator's limit of 50 requests/s.

The emulator counts a sliding window: a request is refused when 50 were accepted in the
previous second (``testing/_ratelimit.py``). A GCRA client limiter at exactly 50/s with
burst 1 sends request n+50 exactly 1 s after request n, so the smallest delay of request n
relative to n+50 (event-loop lag, scheduling, a busy server) makes n+50 land inside the
window: a 429. So the client runs slightly *below* the limit, with burst 1 (a burst > 1 would
put burst + 49 requests in the first second). The margin is the jitter it tolerates:
50 / rate - 1 s (20 ms at 49/s, 42 ms at 48/s).

Row 8's workers open their connections (HTTP with a wrong password, which the emulator
refuses before counting; Redis with PINGs) before the measured window: from a cold start,
128 connections opened in the first second made early requests late enough to draw 429s
and lose ~3% of the slots.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
from _harness import Row
from _procs import CLIENT_ID, CLIENT_SECRET, Emulator

import sequence_async
from sequence_async import RateLimit
from sequence_async._config import DEFAULT_LIMITS

HERE = Path(__file__).resolve().parent
SERVER_LIMIT = 50  # requests per second: the emulator runs with --rate-limit 50/1
# Row 7: one process; a pace of 48/s tolerates 42 ms of jitter (49/s and its 20 ms drew a 429
# here). RateLimit(50, burst=1) paces at 48/s: `pacing` leaves 2 of its 50 slots unused.
DELETE_RATE = 50
# Row 8: four processes on two cores share the budget through Redis; scheduling jitter is
# larger there, so the same 48/s pace (42 ms of tolerance, 96% of the limit).
SHARED_RATE = 50


@dataclass(frozen=True)
class RateSizes:
    deletes: int
    workers: int
    concurrency: int
    duration: float
    settle: float = 1.1  # seconds for the server's 1 s window to empty before a measurement


async def delete_many_rows(emulator: Emulator, deletes: int, settle: float) -> list[Row]:
    """``delete_many`` of ``deletes`` aliases at the client limit: elapsed vs the floor, and 429s."""
    rate_limited = 0

    async def count(response: httpx.Response) -> None:
        nonlocal rate_limited
        rate_limited += response.status_code == 429

    # The SDK's own pool settings, plus a hook that sees every response (retries included).
    http = httpx.AsyncClient(
        limits=DEFAULT_LIMITS, timeout=sequence_async.DEFAULT_TIMEOUT, event_hooks={"response": [count]}
    )
    limiter = RateLimit(DELETE_RATE, per=1.0, burst=1)
    async with (
        http,
        sequence_async.SequenceClient(
            CLIENT_ID, CLIENT_SECRET, base_url=emulator.url, http_client=http, rate_limit=limiter
        ) as client,
    ):
        ids = [alias.id async for alias in client.customer_aliases.list()][:deletes]
        assert len(ids) == deletes, f"the emulator has only {len(ids)} aliases"
        await asyncio.sleep(settle)  # let the listing requests leave the server's window
        listed_429 = rate_limited
        started = time.perf_counter()
        result = await client.customer_aliases.delete_many(ids)
        elapsed = time.perf_counter() - started
    floor = deletes / SERVER_LIMIT
    failed = len(result.failed)
    note = f"client RateLimit({DELETE_RATE}, per=1.0, burst=1); {failed} failed"
    return [
        Row(
            "7a",
            f"delete_many({deletes:,}) at server limit 50/s: elapsed / floor ({deletes} / 50 s)",
            elapsed,
            floor,
            "s",
            elapsed / floor,
            1.05,
            note=note,
        ),
        Row(
            "7b",
            "delete_many: 429 responses received",
            float(rate_limited - listed_429),
            None,
            "count",
            target=0,
            compare="=",
            on="a",
            note=note,
        ),
    ]


def _run_workers(
    emulator: Emulator, customer_id: str, sizes: RateSizes, limiter: str, redis_url: str = ""
) -> tuple[dict[str, float], list[float]]:
    """Run the workers at once; the summed counts, and when (s into the run) each 429 came."""
    key = f"bench:{uuid.uuid4().hex}"
    if limiter == "redis":
        limit_args = ["--requests", str(SHARED_RATE), "--burst", "1", "--redis-url", redis_url, "--key", key]
    else:
        limit_args = ["--requests", str(SERVER_LIMIT)]  # each process: RateLimit(50, per=1.0), default burst
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(HERE / "_worker.py"),
                "--url",
                emulator.url,
                "--client-id",
                CLIENT_ID,
                "--client-secret",
                CLIENT_SECRET,
                "--customer-id",
                customer_id,
                "--limiter",
                limiter,
                "--concurrency",
                str(sizes.concurrency),
                "--duration",
                repr(sizes.duration),
                *limit_args,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(sizes.workers)
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            line = proc.stdout.readline().strip()
            if line != "ready":
                raise RuntimeError(f"a worker failed to start: {line!r}")
        time.sleep(sizes.settle)  # an empty server window
        start = time.time() + 0.2
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(f"go {start!r}\n")
            proc.stdin.flush()
        totals: dict[str, float] = {}
        limited_at: list[float] = []
        for proc in procs:
            out, _ = proc.communicate(timeout=sizes.duration + 120)
            if proc.returncode != 0:
                raise RuntimeError(f"a worker failed with exit status {proc.returncode}")
            for name, value in json.loads(out.strip().splitlines()[-1]).items():
                if isinstance(value, list):
                    limited_at += value
                else:
                    totals[name] = totals.get(name, 0.0) + value
        return totals, sorted(limited_at)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


async def _a_customer(emulator: Emulator) -> str:
    async with sequence_async.SequenceClient(CLIENT_ID, CLIENT_SECRET, base_url=emulator.url) as client:
        page = await client.customer_aliases.list(limit=1).first_page()
    return page.items[0].customer_id


def shared_limit_rows(emulator: Emulator, redis_url: str, sizes: RateSizes) -> list[Row]:
    customer_id = asyncio.run(_a_customer(emulator))
    shared, shared_429s = _run_workers(emulator, customer_id, sizes, "redis", redis_url)
    local, _ = _run_workers(emulator, customer_id, sizes, "local")
    throughput = shared["ok"] / sizes.duration
    shape = f"{sizes.workers} processes x concurrency {sizes.concurrency}, {sizes.duration:g} s"
    return [
        Row(
            "8a",
            f"{shape}, RedisRateLimit({SHARED_RATE}/s, burst 1): throughput / limit",
            throughput,
            float(SERVER_LIMIT),
            "req/s",
            throughput / SERVER_LIMIT,
            0.95,
            ">=",
            note=f"{shared['errors']:g} other errors, {shared['late']:g} completed after the window",
        ),
        Row(
            "8b",
            f"{shape}: 429s with RedisRateLimit (A) / per-process RateLimit(50, per=1.0) (B)",
            shared["rate_limited"],
            local["rate_limited"],
            "count",
            target=0,
            compare="=",
            on="a",
            note=f"per-process limiters: {local['ok'] / sizes.duration:.1f} req/s accepted; "
            f"Redis 429s at {_times(shared_429s)} s into the run",
        ),
    ]


def _times(seconds: list[float]) -> str:
    if not seconds:
        return "-"
    shown = ", ".join(f"{value:g}" for value in seconds[:12])
    return shown + (f" (+{len(seconds) - 12} more)" if len(seconds) > 12 else "")
