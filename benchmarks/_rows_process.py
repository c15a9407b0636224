"""Rows measured in fresh interpreters: import time (6) and the sniffio claim."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _harness import Paired, Row
from _procs import HEADERS, Emulator

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
_IMPORT = "{prelude}import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def _import_seconds(module: str, env: dict[str, str], prelude: str = "") -> float:
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT.format(module=module, prelude=prelude)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return float(out.stdout.strip())


def _bytecode_env(cache: str) -> dict[str, str]:
    """Both imports from cached bytecode, as after ``pip install``: with PYTHONDONTWRITEBYTECODE
    set (as on this machine) a source checkout recompiles every module on every import (~33 ms
    for sequence_async) while site-packages holds compiled httpx. One cache prefix for both."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def import_rows(runs: int) -> list[Row]:
    """``import sequence_async`` / ``import httpx``, each in fresh interpreters, alternating (6);
    the same in interpreters that imported asyncio first, as any program that awaits the SDK has (6b)."""
    a: list[float] = []
    b: list[float] = []
    a_asyncio: list[float] = []
    b_asyncio: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = _bytecode_env(cache)
        for module in ("sequence_async", "httpx"):
            _import_seconds(module, env)  # writes the bytecode
        for index in range(runs):
            pairs = [("sequence_async", a, a_asyncio), ("httpx", b, b_asyncio)]
            for module, into, into_asyncio in pairs if index % 2 == 0 else pairs[::-1]:
                into.append(_import_seconds(module, env) * 1000)
                into_asyncio.append(_import_seconds(module, env, prelude="import asyncio; ") * 1000)
    p = Paired(a, b)
    q = Paired(a_asyncio, b_asyncio)
    return [
        Row(
            "6", "import sequence_async / import httpx (fresh interpreters)", p.a_median, p.b_median, "ms", p.ratio, 1.3
        ),
        Row(
            "6b",
            "the same, asyncio imported first (as in any program that awaits the SDK)",
            q.a_median,
            q.b_median,
            "ms",
            q.ratio,
        ),
    ]


def _sniffio_us(emulator: Emulator, block: bool, calls: int, chunks: int) -> float:
    args = [sys.executable, str(HERE / "_sniffio_probe.py"), emulator.url, "--headers", json.dumps(HEADERS)]
    args += ["--calls", str(calls), "--chunks", str(chunks)]
    if block:
        args.append("--block")
    out = subprocess.run(args, cwd=ROOT, check=True, capture_output=True, text=True, timeout=300)
    return float(json.loads(out.stdout)["us_per_call"])


def sniffio_row(emulator: Emulator, runs: int, calls: int, chunks: int) -> Row:
    """Raw httpx sequential GETs with ``import sniffio`` failing (A) vs sniffio installed (B)."""
    a: list[float] = []
    b: list[float] = []
    for index in range(runs):
        pair = [(True, a), (False, b)]
        for block, into in pair if index % 2 == 0 else pair[::-1]:
            into.append(_sniffio_us(emulator, block, calls, chunks))
    p = Paired(a, b)
    return Row(
        "S",
        "raw httpx sequential GET, sniffio missing / installed (issue: ~1.25)",
        p.a_median,
        p.b_median,
        "us/call",
        p.ratio,
        note=f"sniffio saves {1 - 1 / p.ratio:.0%} of a request" if p.ratio > 0 else "",
    )
