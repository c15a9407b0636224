"""Model building (2c), prefetching while paging (4) and memory while iterating (5)."""

from __future__ import annotations

import asyncio
import gc
import json
import time
import tracemalloc
from dataclasses import dataclass
from typing import Any

import httpx
from _harness import Paired, Row, median
from _procs import CLIENT_ID, CLIENT_SECRET, HEADERS, Emulator
from sequence_api.models import CustomerAliasPage

import sequence_async
from sequence_async._models import parse_model


@dataclass(frozen=True)
class PagingSizes:
    parse_rounds: int
    paging_pages: int
    paging_rounds: int
    page_size: int
    work: float  # seconds of consumer work per page (asyncio.sleep), = the emulator's latency


async def fetch_page_json(emulator: Emulator, limit: int = 100) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=emulator.url, headers=HEADERS) as raw:
        response = await raw.get("/customer-aliases", params={"limit": limit})
        response.raise_for_status()
        data: dict[str, Any] = json.loads(response.content)
    return data


def parse_row(data: dict[str, Any], rounds: int) -> Row:
    """``parse_model(CustomerAliasPage, <100 items>)`` vs the generated ``from_dict`` alone (ms per page)."""
    items = len(data["items"])

    def per_call_ms(func: Any, number: int) -> float:
        started = time.perf_counter()
        for _ in range(number):
            func()
        return (time.perf_counter() - started) / number * 1000

    def strict() -> None:
        parse_model(CustomerAliasPage, data)

    def loose() -> None:
        CustomerAliasPage.from_dict(data)

    number = 20
    a: list[float] = []
    b: list[float] = []
    strict()
    loose()
    for index in range(rounds):
        if index % 2:
            b.append(per_call_ms(loose, number))
            a.append(per_call_ms(strict, number))
        else:
            a.append(per_call_ms(strict, number))
            b.append(per_call_ms(loose, number))
    p = Paired(a, b)
    return Row(
        "2c",
        f"parse_model(CustomerAliasPage, {items} items) (B: generated from_dict alone)",
        p.a_median,
        p.b_median,
        "ms/page",
        p.ratio,
        1.0,
        "<=",
        on="a",
        note=f"{len(a)} rounds of {number} parses, garbage collector on; best round {min(a):.3f} ms",
    )


async def _page_through(
    client: sequence_async.SequenceClient, pages: int, size: int, prefetch: int, work: float
) -> float:
    seen = 0
    started = time.perf_counter()
    async with client.customer_aliases.list(limit=size, prefetch=prefetch).pages() as iterator:
        async for _page in iterator:
            seen += 1
            await asyncio.sleep(work)  # the consumer's work on this page
            if seen == pages:
                break
    elapsed = time.perf_counter() - started
    assert seen == pages, f"only {seen} pages"
    return elapsed


async def prefetch_row(emulator: Emulator, sizes: PagingSizes) -> Row:
    """Paging with ``prefetch=1`` vs ``prefetch=0``, server latency = consumer work per page."""
    async with sequence_async.SequenceClient(CLIENT_ID, CLIENT_SECRET, base_url=emulator.url) as client:
        await client.customer_aliases.list(limit=1).first_page()  # connect
        a: list[float] = []
        b: list[float] = []
        pages, size = sizes.paging_pages, sizes.page_size
        # "Server latency ~ consumer work": a page's fetch time F is the emulator's latency plus the
        # CPU on both sides, so calibrate the consumer's work W to the measured F (not to the latency).
        fetch = [await _page_through(client, pages, size, 0, 0.0) / pages for _ in range(3)]
        work = median(fetch)
        for index in range(sizes.paging_rounds):
            if index % 2:
                b.append(await _page_through(client, pages, size, 1, work))
                a.append(await _page_through(client, pages, size, 0, work))
            else:
                a.append(await _page_through(client, pages, size, 0, work))
                b.append(await _page_through(client, pages, size, 1, work))
    p = Paired(a, b)
    # With per-page fetch time F and work W, overlapping them can at best take max(F, W) per page
    # instead of F + W: the ceiling of this ratio on this machine (F includes the emulator's CPU).
    per_page = work
    ceiling = 2.0
    return Row(
        "4",
        f"paging {pages} pages of {size}, consumer work = fetch time = {work * 1000:.1f} ms: prefetch=0 / prefetch=1",
        p.a_median,
        p.b_median,
        "s",
        p.ratio,
        1.8,
        ">=",
        note=f"a page takes {per_page * 1000:.1f} ms to fetch here (emulator latency {sizes.work * 1000:g} ms + CPU) "
        f"and the consumer works as long; overlap caps the ratio at {ceiling:.1f}: prefetch=1 reaches "
        f"{p.ratio / ceiling:.0%} of that",
    )


async def memory_row(emulator: Emulator) -> Row:
    """tracemalloc peak while iterating every alias (A) vs fetching just the first page (B)."""
    async with sequence_async.SequenceClient(CLIENT_ID, CLIENT_SECRET, base_url=emulator.url) as client:
        await client.customer_aliases.list(limit=1).first_page()  # connect, first-call imports

        async def one_page() -> int:
            page = await client.customer_aliases.list().first_page()
            return len(page.items)

        async def everything() -> int:
            count = 0
            async for _ in client.customer_aliases.list():
                count += 1
            return count

        peaks: list[float] = []
        counts: list[int] = []
        for job in (one_page, everything):
            gc.collect()
            tracemalloc.start()
            try:
                baseline = tracemalloc.get_traced_memory()[0]
                counts.append(await job())
                peaks.append((tracemalloc.get_traced_memory()[1] - baseline) / 1e6)
            finally:
                tracemalloc.stop()
    assert counts[1] == emulator.aliases, f"iterated {counts[1]} of {emulator.aliases} aliases"
    return Row(
        "5",
        f"tracemalloc peak growth iterating {counts[1]:,} aliases (B: one page of {counts[0]})",
        peaks[1],
        peaks[0],
        "MB",
        peaks[1] / peaks[0] if peaks[0] else None,
        5.0,
        "<",
        on="a",
    )
