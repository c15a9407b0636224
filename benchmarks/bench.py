"""``make bench``: the SDK's performance against the emulator, served by uvicorn in a separate process.

Every A/B pair is measured in alternating rounds within one run; A and B are medians over the
rounds and ``ratio`` is the median of the per-round A/B ratios (robust to a machine whose
load changes during the run). Prints one table and writes it to benchmarks/results/latest.json.

    python benchmarks/bench.py              # everything (~5 minutes on 2 cores)
    python benchmarks/bench.py --quick      # tiny sizes, every row (~20 s), targets not asserted
    python benchmarks/bench.py --skip-slow  # without rows 7, 8 (~45 s + 90 s + ~45 s), 14c, 14d (~45 s), 15
    python benchmarks/bench.py --only writes       # rows 15a-15g: the batch writes of issue #32
    python benchmarks/bench.py --only http,parse   # some groups (written to results/partial.json)
    python benchmarks/bench.py --only surface      # rows 14a-14e: the budgets of issue #31

--quick runs every row but 14c and 14d (``make generate`` and the wheel: nothing to shrink).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import _procs
import _rows_checkpoint
import _rows_emulator
import _rows_http
import _rows_limit
import _rows_otel
import _rows_paging
import _rows_process
import _rows_ratelimit
import _rows_surface
import _rows_writes
from _harness import Row, machine_header, table

RESULTS = Path(__file__).resolve().parent / "results"
ROW_IDS = (
    *("1a", "1b", "2a", "2b", "2c", "3a", "3b", "4", "5", "6", "6b"),
    *("7a", "7b", "7c", "7d", "8a", "8b", "9a", "9b", "9c"),
    *("10a", "10b", "10c", "10d", "10e", "11a", "11b", "11c", "11d", "11e", "12a", "12b", "12c", "12d"),
    *(
        "13a",
        "13b",
        "13c",
        "13d",
        "13",
        "14a",
        "14b",
        "14c",
        "14d",
        "14e",
        "15a",
        "15b",
        "15c",
        "15d",
        "15e",
        "15f",
        "15g",
        "S",
    ),
)


@dataclass(frozen=True)
class Sizes:
    http: _rows_http.HttpSizes
    limit: _rows_limit.LimitSizes
    otel: _rows_otel.OtelSizes
    paging: _rows_paging.PagingSizes
    customers: int  # main emulator: customers x aliases_per_customer aliases, one contact each
    aliases_per_customer: int
    import_runs: int
    sniffio_runs: int
    sniffio_calls: int
    rate: _rows_ratelimit.RateSizes
    checkpoint_deletes: int  # row 7c: per half of a with/without pair
    checkpoint_rounds: int
    store_records: int  # row 7d: per round
    store_rounds: int
    emulator_calls: int  # row 13: per operation per round
    emulator_rounds: int
    surface: _rows_surface.SurfaceSizes
    writes: _rows_writes.WriteSizes


FULL = Sizes(
    http=_rows_http.HttpSizes(rounds_c1=15, rounds_c64=11, calls_c1=40, calls_c64=384),  # 1b swung 1.0-1.3 over 5
    limit=_rows_limit.LimitSizes(rounds=7, calls_fast=3000, calls_slow=600, calls_c1=1000),
    otel=_rows_otel.OtelSizes(rounds=21, calls=150),  # 50 per round let 9a swing 1.00-1.03
    paging=_rows_paging.PagingSizes(parse_rounds=40, paging_pages=50, paging_rounds=4, page_size=100, work=0.02),
    customers=1000,
    aliases_per_customer=100,
    import_runs=9,
    sniffio_runs=4,
    sniffio_calls=100,
    rate=_rows_ratelimit.RateSizes(deletes=2000, workers=4, concurrency=32, duration=20.0),
    checkpoint_deletes=2000,
    checkpoint_rounds=1,  # each half takes ~42 s at the client's 48/s
    store_records=20_000,
    store_rounds=5,
    emulator_calls=3000,
    emulator_rounds=7,  # each round two fresh interpreters, ~1.5 s each
    surface=_rows_surface.SurfaceSizes(
        import_runs=15, first_call_runs=7, overhead_calls=200, overhead_rounds=15, build=True
    ),
    # 15a/15b: 2,000 events at 25/s, ~80 s: longer than the 60 s window, or 0 x 429 proves nothing.
    writes=_rows_writes.WriteSizes(
        paced_events=2000,
        overhead_events=600,
        overhead_rounds=6,
        alias_creates=400,
        alias_rounds=6,
        # 15c/15e at 48/s: ~10 s and ~6 s per run, 2 alternating pairs (row 7c runs 1 of 42 s)
        paced_overhead_events=500,
        paced_alias_creates=300,
        paced_rounds=2,
    ),
)
QUICK = Sizes(
    http=_rows_http.HttpSizes(rounds_c1=2, rounds_c64=1, calls_c1=10, calls_c64=64),
    limit=_rows_limit.LimitSizes(rounds=2, calls_fast=64, calls_slow=64, calls_c1=10),
    otel=_rows_otel.OtelSizes(rounds=2, calls=10),
    paging=_rows_paging.PagingSizes(parse_rounds=4, paging_pages=5, paging_rounds=2, page_size=100, work=0.02),
    customers=20,
    aliases_per_customer=50,
    import_runs=1,
    sniffio_runs=1,
    sniffio_calls=10,
    rate=_rows_ratelimit.RateSizes(deletes=20, workers=2, concurrency=4, duration=1.0, settle=0.2),
    checkpoint_deletes=20,
    checkpoint_rounds=1,
    store_records=2000,
    store_rounds=2,
    emulator_calls=100,
    emulator_rounds=2,
    surface=_rows_surface.SurfaceSizes(
        import_runs=2, first_call_runs=1, overhead_calls=20, overhead_rounds=2, build=False
    ),
    # 15a/15b scaled in time: 100 per 2 s (50/s), burst 2 (~1/60 of the window, as 25 of 1,500),
    # 150 events (~3 s, still longer than the window).
    writes=_rows_writes.WriteSizes(
        paced_events=150,
        requests=100,
        per=2.0,
        burst=2,
        overhead_events=20,
        overhead_rounds=2,
        alias_creates=20,
        alias_rounds=2,
        paced_overhead_events=20,
        paced_alias_creates=20,
        paced_rounds=1,
    ),
)


GROUPS = (
    "import",
    "emulator",
    "surface",
    "http",
    "limit",
    "otel",
    "parse",
    "memory",
    "sniffio",
    "paging",
    "delete",
    "checkpoint",
    "shared",
    "writes",
)
SLOW_GROUPS = frozenset({"delete", "checkpoint", "shared", "writes"})


def run(sizes: Sizes, groups: frozenset[str], log: list[str], *, skip_slow: bool = False) -> list[Row]:
    rows: list[Row] = []

    def step(message: str) -> None:
        line = f"[{time.strftime('%H:%M:%S')}] {message}"
        log.append(line)
        print(line, file=sys.stderr, flush=True)

    if "import" in groups:
        step("row 6: import time (fresh interpreters)")
        rows += _rows_process.import_rows(sizes.import_runs)

    if "emulator" in groups:
        step("row 13: the emulator's CPU per request, now vs before #30 (fresh interpreters)")
        rows += _rows_emulator.emulator_rows(sizes.emulator_calls, sizes.emulator_rounds)

    if "surface" in groups:
        build = sizes.surface.build and not skip_slow  # 14c and 14d: full runs without --skip-slow
        step(f"rows 14a-14e: issue #31's budgets (fresh interpreters){'' if build else ', without 14c and 14d'}")
        rows += _rows_surface.rows(sizes.surface, build=build)

    if "limit" in groups:  # first: a fresh heap (later rows leave a larger one for the collector to walk)
        step("rows 3, 10, 11: raw aiohttp, raw httpx, httpx-aiohttp and the SDK against the canned server")
        with _procs.canned_server() as server:
            rows += asyncio.run(_rows_limit.rows(server, sizes.limit))

    if groups & {"http", "otel", "parse", "memory", "sniffio"}:
        aliases = sizes.customers * sizes.aliases_per_customer
        step(f"emulator: {aliases:,} aliases, no latency, no rate limit")
        with _procs.emulator(customers=sizes.customers, aliases_per_customer=sizes.aliases_per_customer) as emulator:
            if "http" in groups:
                step("rows 1-2: SDK vs generated vs raw httpx")
                rows += asyncio.run(_rows_http.rows(emulator, sizes.http))
            if "otel" in groups:
                step("rows 9a-9c: observability off, idle (no provider) and on")
                rows += asyncio.run(_rows_otel.rows(emulator, sizes.otel))
            if "parse" in groups:
                step("row 2c: parse_model of a 100-item page")
                data = asyncio.run(_rows_paging.fetch_page_json(emulator))
                rows.append(_rows_paging.parse_row(data, sizes.paging.parse_rounds))
            if "memory" in groups:
                step(f"row 5: memory while iterating {aliases:,} aliases")
                rows.append(asyncio.run(_rows_paging.memory_row(emulator)))
            if "sniffio" in groups:
                step("sniffio: raw httpx with sniffio missing vs installed (subprocesses)")
                rows.append(_rows_process.sniffio_row(emulator, sizes.sniffio_runs, sizes.sniffio_calls, chunks=3))

    paging = sizes.paging
    if "paging" in groups:
        step(f"row 4: emulator with {paging.work * 1000:g} ms latency")
        with _procs.emulator(
            customers=paging.paging_pages + 1, aliases_per_customer=paging.page_size, latency=paging.work
        ) as emulator:
            rows.append(asyncio.run(_rows_paging.prefetch_row(emulator, paging)))

    rate = sizes.rate
    if "delete" in groups:
        step(f"row 7: delete_many({rate.deletes}) against --rate-limit 50/1")
        with _procs.emulator(customers=rate.deletes // 20 + 1, aliases_per_customer=20, rate_limit="50/1") as emulator:
            rows += asyncio.run(_rows_ratelimit.delete_many_rows(emulator, rate.deletes, rate.settle))
    if "checkpoint" in groups:
        step("row 7d: SQLiteCheckpoint record rate")
        rows.append(_rows_checkpoint.store_speed_row(sizes.store_records, sizes.store_rounds))
        pairs = 2 * sizes.checkpoint_deletes * sizes.checkpoint_rounds
        step(f"row 7c: delete_many({sizes.checkpoint_deletes}) with vs without a checkpoint, --rate-limit 50/1")
        with _procs.emulator(customers=pairs // 20 + 1, aliases_per_customer=20, rate_limit="50/1") as emulator:
            rows.append(
                asyncio.run(
                    _rows_checkpoint.checkpoint_overhead_row(
                        emulator, sizes.checkpoint_deletes, sizes.checkpoint_rounds, rate.settle
                    )
                )
            )
    if "shared" in groups:
        step(f"row 8: {rate.workers} worker processes x {rate.concurrency}, {rate.duration:g} s each, Redis vs local")
        with (
            _procs.redis_server() as redis_url,
            _procs.emulator(customers=10, aliases_per_customer=1, rate_limit="50/1") as emulator,
        ):
            rows += _rows_ratelimit.shared_limit_rows(emulator, redis_url, rate)
    if "writes" in groups:
        rows += _writes_rows(sizes.writes, step)

    order = {row_id: index for index, row_id in enumerate(ROW_IDS)}
    rows.sort(key=lambda row: order[row.id])
    return rows


def _writes_rows(writes: _rows_writes.WriteSizes, step: Callable[[str], None]) -> list[Row]:
    limit = writes.server_limit
    step(f"rows 15a-15b: send_many({writes.paced_events:,}) against --rate-limit {limit}, the client paced alike")
    with _procs.emulator(customers=1, aliases_per_customer=1, rate_limit=writes.server_limit) as emulator:
        rows = asyncio.run(_rows_writes.paced_rows(emulator, writes))
    paced = _rows_writes.PACED_SERVER
    step(f"rows 15c, 15e: send_many and create_many with vs without a SQLite checkpoint, --rate-limit {paced}")
    with _procs.emulator(customers=20, aliases_per_customer=1, rate_limit=paced) as emulator:
        rows.append(asyncio.run(_rows_writes.send_overhead_row(emulator, writes, paced=True)))
        rows += asyncio.run(_rows_writes.alias_rows(emulator, writes, paced=True))
    step("rows 15d, 15f, 15g: the same without a rate limit (the client's CPU is the bottleneck)")
    with _procs.emulator(customers=20, aliases_per_customer=1) as emulator:
        rows.append(asyncio.run(_rows_writes.send_overhead_row(emulator, writes, paced=False)))
        rows += asyncio.run(_rows_writes.alias_rows(emulator, writes, paced=False))
    return sorted(rows, key=lambda row: row.id)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, a few seconds; targets not asserted")
    parser.add_argument("--skip-slow", action="store_true", help="skip rows 7, 8, 14c, 14d and 15 (~6 minutes)")
    parser.add_argument("--only", help=f"comma-separated groups to run, of: {', '.join(GROUPS)}")
    parser.add_argument(
        "--out", type=Path, help="the JSON file (default: results/latest.json, quick.json or partial.json)"
    )
    args = parser.parse_args(argv)
    if args.out is None:  # only a complete full run replaces latest.json
        args.out = RESULTS / ("quick.json" if args.quick else "partial.json" if args.only else "latest.json")

    started = time.perf_counter()
    header = machine_header()
    mode = "quick" if args.quick else "full"
    print(f"{header}; mode {mode}{', slow rows skipped' if args.skip_slow else ''}", file=sys.stderr, flush=True)
    log: list[str] = []
    groups = frozenset(GROUPS)
    if args.only:
        groups = frozenset(name.strip() for name in args.only.split(","))
        unknown = groups - set(GROUPS)
        if unknown:
            parser.error(f"unknown groups: {', '.join(sorted(unknown))}; choose from {', '.join(GROUPS)}")
    if args.skip_slow:
        groups -= SLOW_GROUPS
    rows = run(QUICK if args.quick else FULL, groups, log, skip_slow=args.skip_slow)
    elapsed = time.perf_counter() - started

    print()
    print(header)
    print(f"mode: {mode}; ratio = median of per-round A/B; {elapsed:.0f} s")
    print(table(rows))
    notes = [f"  {row.id}: {row.note}" for row in rows if row.note]
    if notes:
        print("notes:")
        print("\n".join(notes))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "machine": header,
        "mode": mode,
        "skip_slow": args.skip_slow,
        "seconds": round(elapsed, 1),
        "rows": [row.to_json() for row in rows],
    }
    args.out.write_text(json.dumps(document, indent=1) + "\n")
    print(f"written: {args.out}")
    missed = [row.id for row in rows if row.met is False]
    if missed:
        print(f"targets not met: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
