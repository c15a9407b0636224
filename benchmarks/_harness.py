"""Rows, interleaved A/B measurement, and the table."""

from __future__ import annotations

import asyncio
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

Call = Callable[[], Awaitable[object]]
Compare = Literal["<=", ">=", "<", "="]


@dataclass
class Row:
    """One line of the table. ``target`` applies to ``on`` ("ratio" or "a"); None: informational."""

    id: str
    metric: str
    a: float
    b: float | None
    unit: str
    ratio: float | None = None
    target: float | None = None
    compare: Compare = "<="
    on: Literal["ratio", "a"] = "ratio"
    note: str = ""

    @property
    def target_text(self) -> str:
        if self.target is None:
            return "(report)"
        subject = "ratio" if self.on == "ratio" else "A"
        return f"{subject} {self.compare} {self.target:g}"

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        value = self.ratio if self.on == "ratio" else self.a
        if value is None:
            return False
        if self.compare == "<=":
            return value <= self.target
        if self.compare == ">=":
            return value >= self.target
        if self.compare == "<":
            return value < self.target
        return value == self.target

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["a"] = _round(self.a)
        data["b"] = None if self.b is None else _round(self.b)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        data["target"] = self.target_text
        data["met"] = self.met
        del data["compare"], data["on"]
        return data


def _round(value: float) -> float:
    return float(f"{value:.4g}")


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def machine_header() -> str:
    return (
        f"machine: {os.cpu_count()} cpu, Python {platform.python_version()} ({sys.implementation.name}), "
        f"{platform.platform()}, load average {os.getloadavg()[0]:.2f}"
    )


@dataclass
class Paired:
    """Per-round values of A and B, measured alternately; ``ratio`` is the median of per-round A/B."""

    a: list[float]
    b: list[float]

    @property
    def a_median(self) -> float:
        return median(self.a)

    @property
    def b_median(self) -> float:
        return median(self.b)

    @property
    def ratio(self) -> float:
        return median([x / y for x, y in zip(self.a, self.b, strict=True)])


async def run_calls(call: Call, calls: int, concurrency: int) -> float:
    """Seconds to make ``calls`` calls with ``concurrency`` workers pulling from one counter."""
    remaining = iter(range(calls))

    async def worker() -> None:
        for _ in remaining:
            await call()

    started = time.perf_counter()
    if concurrency == 1:
        await worker()
    else:
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started


async def interleave(variants: dict[str, Call], *, rounds: int, calls: int, concurrency: int) -> dict[str, list[float]]:
    """Microseconds per call of each variant, one value per round; the order alternates every round."""
    names = list(variants)
    per_call: dict[str, list[float]] = {name: [] for name in names}
    for name in names:  # warm up: connections, caches, the first-call imports
        await run_calls(variants[name], max(concurrency, 20), concurrency)
    for index in range(rounds):
        order = names if index % 2 == 0 else names[::-1]
        for name in order:
            seconds = await run_calls(variants[name], calls, concurrency)
            per_call[name].append(seconds / calls * 1e6)
    return per_call


def table(rows: Sequence[Row]) -> str:
    header = ("row", "metric", "A", "B", "unit", "ratio", "target", "met?")
    lines = [header]
    for row in rows:
        met = row.met
        lines.append(
            (
                row.id,
                row.metric,
                _fmt(row.a),
                "-" if row.b is None else _fmt(row.b),
                row.unit,
                "-" if row.ratio is None else f"{row.ratio:.3f}",
                row.target_text,
                "-" if met is None else ("yes" if met else "NO"),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for number, line in enumerate(lines):
        out.append("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        if number == 0:
            out.append("  ".join("-" * width for width in widths))
    return "\n".join(out)


def _fmt(value: float) -> str:
    if value == int(value) and abs(value) < 1e9:
        return str(int(value))
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"
