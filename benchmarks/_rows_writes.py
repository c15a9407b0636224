"""Rows 15a-15e: the batch writes of issue #32 (``usage_events.send_many``, ``customer_aliases.create_many``).

15a/15b: ``send_many`` against the emulator at Sequence's documented limit (1,500 requests per
60 s per key, a sliding window: ``sequence_async.testing``'s default) with the client pacing at
the same limit as the SDK does by default against Sequence (``RateLimit()``: 1,500 per 60 s,
burst 25). Two things make a short measurement dishonest here:

- the 60 s window: a run shorter than the window cannot overdraw it, whatever the client does
  (any pace up to 1,500 requests in the run passes), so 0 x 429 means something only over a run
  longer than the window: the full row sends 2,000 events, ~80 s at 25/s;
- the start: GCRA's burst sends 25 requests at once, then one every 40 ms, so events / elapsed
  over 20 s would read 525 / 20 s = 1.05 of the limit. The ratio is the steady state instead:
  the accepted events after the burst, divided by the time from the first paced event's
  response to the last (intervals / time, so neither the burst nor one endpoint counts). A 429
  and its Retry-After wait fall inside that span and lower the ratio, as they should.

The readiness probe spends no request of the budget (``_procs``: wrong credentials, refused
before the limit counts), and nothing else is sent before the batch, so the server's window
holds only the batch's own requests.

15c/15e: ``send_many`` and ``create_many`` with a :class:`SQLiteCheckpoint` vs without, measured
as row 7c measures ``delete_many``'s: against the emulator at a server limit of 50/s, the client
paced just under it, alternating order over the rounds (target <= 1.02). 15f/15g: the same
without a rate limit, where the client's CPU is the bottleneck and the checkpoint's SQLite writes
(two committed records per item, ~15-30 us each on the event loop's thread, plus ~20 ms per
job to create, open and close the file) show most: reported, no target. ``send_many`` resends the same events
every run (same ``customerEventId``: each supersedes the stored one), so the emulator's store,
which it scans for the id on every POST, stays the same size and both halves see the same server.
"""

from __future__ import annotations

import asyncio
import functools
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from _harness import Paired, Row
from _procs import CLIENT_ID, CLIENT_SECRET, Emulator

import sequence_async
from sequence_async import RateLimit, SQLiteCheckpoint
from sequence_async._config import DEFAULT_LIMITS
from sequence_async._ratelimit import DOCUMENTED_PERIOD, DOCUMENTED_REQUESTS


@dataclass(frozen=True)
class WriteSizes:
    paced_events: int  # 15a/15b: events sent at the limit; the run must outlast `per`
    overhead_events: int  # 15c: events per half of a with/without pair
    overhead_rounds: int
    alias_creates: int  # 15d/15g: aliases per half
    alias_rounds: int
    paced_overhead_events: int  # 15c: events per half at 50/s
    paced_alias_creates: int  # 15e: aliases per half at 50/s
    paced_rounds: int
    # 15a/15b: the server's and the client's limit, `requests` per `per` seconds (default: the
    # documented one), and the client's burst (default: the SDK's, RateLimit().burst = 25).
    requests: int = DOCUMENTED_REQUESTS
    per: float = DOCUMENTED_PERIOD
    burst: int = RateLimit().burst

    @property
    def server_limit(self) -> str:
        return f"{self.requests}/{self.per:g}"


def _events(count: int, tag: str) -> list[dict[str, Any]]:
    """``count`` usage events of one customer; the emulator does not require the alias to exist."""
    return [
        {
            "customer_alias": "bench-customer",
            "event_type": "api_call",
            "customer_event_id": f"bench-{tag}-{index:06d}",
            "event_timestamp": "2026-01-01T00:00:00Z",
            "event_properties": {"units": index % 7 + 1},
        }
        for index in range(count)
    ]


async def paced_rows(emulator: Emulator, sizes: WriteSizes) -> list[Row]:
    """15a/15b: ``send_many`` at the server's limit with the client paced at the same limit."""
    accepted: list[float] = []  # when each 2xx POST's response arrived (perf_counter)
    rate_limited = 0

    async def seen(response: httpx.Response) -> None:
        nonlocal rate_limited
        if response.status_code == 429:
            rate_limited += 1
        elif response.is_success:
            accepted.append(time.perf_counter())

    # The SDK's own pool settings, plus a hook that sees every response (retries included).
    http = httpx.AsyncClient(
        limits=DEFAULT_LIMITS, timeout=sequence_async.DEFAULT_TIMEOUT, event_hooks={"response": [seen]}
    )
    limiter = RateLimit(sizes.requests, per=sizes.per, burst=sizes.burst)
    async with (
        http,
        sequence_async.SequenceClient(
            CLIENT_ID, CLIENT_SECRET, base_url=emulator.url, http_client=http, rate_limit=limiter
        ) as client,
    ):
        started = time.perf_counter()
        result = await client.usage_events.send_many(_events(sizes.paced_events, "paced"))
        elapsed = time.perf_counter() - started
    assert not result.failed, f"{len(result.failed)} events failed"
    return _paced_table(sizes, sorted(accepted), rate_limited, elapsed, limiter)


def _paced_table(
    sizes: WriteSizes, accepted: list[float], rate_limited: int, elapsed: float, limiter: RateLimit
) -> list[Row]:
    limit = sizes.requests / sizes.per
    # Steady state: from the first paced response (index `burst`) to the last, intervals / time.
    steady = (len(accepted) - 1 - sizes.burst) / (accepted[-1] - accepted[sizes.burst])
    shape = f"send_many({sizes.paced_events:,}) at server limit {sizes.requests:,}/{sizes.per:g} s"
    note = (
        f"client {limiter!r}; {elapsed:.1f} s in all ({sizes.paced_events / elapsed:.2f} events/s, "
        f"{sizes.paced_events / elapsed / limit:.3f} of the limit, burst included); {len(accepted):,} 2xx"
    )
    return [
        Row("15a", f"{shape}: steady events/s / limit", steady, limit, "ev/s", steady / limit, 0.95, ">=", note=note),
        Row("15b", f"{shape}: 429 responses received", float(rate_limited), None, "count", target=0, compare="=",
            on="a", note=note),
    ]  # fmt: skip


async def _paired(run: Callable[[bool, int], Awaitable[tuple[float, float]]], rounds: int) -> tuple[Paired, Paired]:
    """Wall seconds and this process's CPU seconds, with a checkpoint (A) and without (B),
    alternating which goes first every round."""
    wall, cpu = Paired([], []), Paired([], [])
    for round_ in range(rounds):
        for with_checkpoint in (False, True) if round_ % 2 == 0 else (True, False):
            elapsed, used = await run(with_checkpoint, round_)
            (wall.a if with_checkpoint else wall.b).append(elapsed)
            (cpu.a if with_checkpoint else cpu.b).append(used)
    return wall, cpu


async def _timed(
    scratch: Path, with_checkpoint: bool, name: str, send: Callable[..., Awaitable[Any]]
) -> tuple[float, float]:
    """One batch: wall and CPU seconds; a fresh checkpoint file per run (a reused one would skip every item)."""
    started, cpu = time.perf_counter(), time.process_time()
    if with_checkpoint:
        async with SQLiteCheckpoint(scratch / f"{name}-{uuid.uuid4().hex}.ckpt", job="bench") as store:
            result = await send(checkpoint=store)
    else:
        result = await send()
    elapsed, used = time.perf_counter() - started, time.process_time() - cpu
    assert not result.failed, f"{name}: {len(result.failed)} items failed: {next(iter(result.failed.values()))!r}"
    return elapsed, used


PACED_SERVER = "50/1"  # as row 7c: the emulator's limit, requests/second
PACED_CLIENT = (50, 1.0)  # RateLimit(50, per=1.0, burst=1) paces at 48/s, as row 7c's client
SETTLE = 1.1  # seconds between paced runs: the server's 1 s window empties


def _client(emulator: Emulator, paced: bool) -> sequence_async.SequenceClient:
    limiter = RateLimit(PACED_CLIENT[0], per=PACED_CLIENT[1], burst=1) if paced else None
    return sequence_async.SequenceClient(CLIENT_ID, CLIENT_SECRET, base_url=emulator.url, rate_limit=limiter)


async def send_overhead_row(emulator: Emulator, sizes: WriteSizes, *, paced: bool) -> Row:
    """15c (paced) / 15f: ``send_many`` with a SQLite checkpoint / without, the same events every run."""
    count = sizes.paced_overhead_events if paced else sizes.overhead_events
    events = _events(count, "overhead")
    async with _client(emulator, paced) as client:
        await client.usage_events.send_many(events[:50])  # warm up the connections
        with tempfile.TemporaryDirectory() as scratch:

            async def run(with_checkpoint: bool, round_: int) -> tuple[float, float]:
                if paced:
                    await asyncio.sleep(SETTLE)
                send = functools.partial(client.usage_events.send_many, events)
                return await _timed(Path(scratch), with_checkpoint, "send", send)

            paired, cpu = await _paired(run, sizes.paced_rounds if paced else sizes.overhead_rounds)
    rate = count / paired.b_median
    where = f"at server limit {PACED_SERVER.split('/')[0]}/s" if paced else "no rate limit"
    return Row(
        "15c" if paced else "15f",
        f"send_many({count:,}), {where}: with SQLite checkpoint / without",
        paired.a_median,
        paired.b_median,
        "s",
        paired.ratio,
        1.02 if paced else None,
        note=f"{_spread(paired)}; {_cpu(cpu, count)}; without: {rate:,.0f} events/s (concurrency 16)",
    )


async def alias_rows(emulator: Emulator, sizes: WriteSizes, *, paced: bool) -> list[Row]:
    """15e (paced) / 15d and 15g: ``create_many`` with a SQLite checkpoint / without (new values each run)."""
    count = sizes.paced_alias_creates if paced else sizes.alias_creates
    async with _client(emulator, paced) as client:
        customers = [customer.id async for customer in client.customers.list()]
        await client.customer_aliases.create_many(_pairs(customers, f"warmup{paced}", 50))
        with tempfile.TemporaryDirectory() as scratch:

            async def run(with_checkpoint: bool, round_: int) -> tuple[float, float]:
                if paced:
                    await asyncio.sleep(SETTLE)
                pairs = _pairs(customers, f"r{round_}{'c' if with_checkpoint else 'n'}{paced}", count)
                send = functools.partial(client.customer_aliases.create_many, pairs)
                return await _timed(Path(scratch), with_checkpoint, "create", send)

            paired, cpu = await _paired(run, sizes.paced_rounds if paced else sizes.alias_rounds)
    note = f"{_spread(paired)}; {_cpu(cpu, count)}; {len(customers)} customers, concurrency 16"
    if paced:
        shape = f"create_many({count:,}) at server limit {PACED_SERVER.split('/')[0]}/s"
        return [Row("15e", f"{shape}: with SQLite checkpoint / without", paired.a_median, paired.b_median, "s",
                    paired.ratio, 1.02, note=note)]  # fmt: skip
    shape = f"create_many({count:,}), no rate limit"
    return [
        Row("15d", f"{shape}: aliases created per second (no checkpoint)", count / paired.b_median, None, "al/s",
            note=note),
        Row("15g", f"{shape}: with SQLite checkpoint / without", paired.a_median, paired.b_median, "s",
            paired.ratio, note=note),
    ]  # fmt: skip


def _spread(paired: Paired) -> str:
    ratios = sorted(a / b for a, b in zip(paired.a, paired.b, strict=True))
    return f"{len(ratios)} alternating pairs, per-pair ratios {ratios[0]:.3f}-{ratios[-1]:.3f}"


def _cpu(cpu: Paired, items: int) -> str:
    """The client's CPU per item: steadier than wall time on a shared machine, and where the
    checkpoint's cost goes (its SQLite writes run on the event loop's thread)."""
    per_item = f"{cpu.a_median / items * 1e6:,.0f} / {cpu.b_median / items * 1e6:,.0f} us"
    return f"client CPU per item with / without {per_item}, ratio {cpu.ratio:.3f}"


def _pairs(customers: list[str], tag: str, count: int) -> list[tuple[str, str]]:
    """``count`` new (customer, value) pairs; values are unique in the account, so tagged per run."""
    return [(customers[index % len(customers)], f"bench-{tag}-{index:06d}") for index in range(count)]
