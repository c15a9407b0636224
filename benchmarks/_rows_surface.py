"""Rows 14a-14e: the budgets of issue #31 for the generated resource layer.

14a  ``import sequence_async`` / ``import httpx``: ``-X importtime`` in fresh interpreters, alternating,
     and the modules (by self time) that the SDK imports beyond httpx: what to make lazy.
14b  the first call of a resource not imported yet, minus a second identical call (fresh interpreters).
14c  ``make generate`` wall time, run in a temporary copy of the repository (full runs only).
14d  the wheel's size, packed and unpacked (full runs only).
14e  ``client.customers.get`` (generated method) / ``client.request("GET", ...)`` (no model, no Op).

14b and 14e talk to the in-process emulator (``SequenceEmulator().client()``), through
``_surface_driver.py``. Subprocesses import from cached bytecode, as after ``pip install``
(see ``_rows_process._bytecode_env``). 14c and 14d never write into the working tree.
"""

from __future__ import annotations

import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from _harness import Paired, Row, median
from _rows_process import _bytecode_env

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DRIVER = HERE / "_surface_driver.py"
# 14b: (client.<area>, the emulator's collection): a small module and model, a large schema table
# (the CountryCode enum), and the largest module and response model.
FIRST_CALL_RESOURCES = (("products", "/products"), ("tax_rates", "/tax-rates"), ("invoices", "/invoices"))
FIRST_CALL_BUDGET_MS = 2.0
GENERATE_BUDGET_S = 60.0
# What `scripts/generate.py generate --root` reads and writes (14c), and what the wheel is built from (14d).
GENERATE_COPY = ("openapi", "generated", "sequence_async", "scripts", "pyproject.toml")
WHEEL_COPY = ("sequence_async", "generated", "pyproject.toml", "README.md", "LICENSE", ".gitignore")
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache")


@dataclass(frozen=True)
class SurfaceSizes:
    import_runs: int  # 14a: fresh interpreters per module
    first_call_runs: int  # 14b: fresh interpreters per resource
    overhead_calls: int  # 14e: calls per variant per round
    overhead_rounds: int
    build: bool  # 14c and 14d (False in --quick; --skip-slow drops them too)


def rows(sizes: SurfaceSizes, *, build: bool) -> list[Row]:
    """14a, 14b and 14e; 14c and 14d too when ``build``."""
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = _bytecode_env(cache)
        out = [import_row(sizes.import_runs, env), first_call_row(sizes.first_call_runs, env)]
        out.append(overhead_row(sizes.overhead_calls, sizes.overhead_rounds, env))
    if build:
        out += [generate_row(), wheel_row()]
    return out


# ---------------------------------------------------------------------------------------------- 14a


@dataclass(frozen=True)
class ImportTimes:
    """One ``python -X importtime -c 'import X'``: X's cumulative µs and every module's self µs."""

    total_us: int
    self_us: dict[str, int]


def parse_importtime(stderr: str, module: str) -> ImportTimes:
    total = 0
    self_us: dict[str, int] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, field = line.removeprefix("import time:").split("|", 2)
        name = field.strip()
        self_us[name] = int(own)
        if name == module and field.startswith(f" {module}"):  # depth 0: the statement itself
            total = int(cumulative)
    if total == 0:
        raise RuntimeError(f"-X importtime printed no line for {module}")
    return ImportTimes(total, self_us)


def _importtime(module: str, env: dict[str, str]) -> ImportTimes:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return parse_importtime(done.stderr, module)


def import_row(runs: int, env: dict[str, str]) -> Row:
    sdk: list[ImportTimes] = []
    httpx: list[ImportTimes] = []
    for module in ("sequence_async", "httpx"):
        _importtime(module, env)  # writes the bytecode
    for index in range(runs):
        pair = [("sequence_async", sdk), ("httpx", httpx)]
        for module, into in pair if index % 2 == 0 else pair[::-1]:
            into.append(_importtime(module, env))
    p = Paired([run.total_us / 1000 for run in sdk], [run.total_us / 1000 for run in httpx])
    return Row(
        "14a",
        "#31 A: import sequence_async / import httpx (-X importtime, fresh interpreters)",
        p.a_median,
        p.b_median,
        "ms",
        p.ratio,
        1.3,
        note=_beyond_httpx(sdk, httpx, runs),
    )


def _beyond_httpx(sdk: list[ImportTimes], httpx: list[ImportTimes], runs: int, top: int = 10) -> str:
    """The modules ``import sequence_async`` loads and ``import httpx`` does not, by median self time."""
    known: set[str] = set()
    for run in httpx:
        known.update(run.self_us)
    samples: dict[str, list[int]] = defaultdict(list)
    for run in sdk:
        for name, own in run.self_us.items():
            if name not in known:
                samples[name].append(own)
    own_ms = {name: median(values) / 1000 for name, values in samples.items()}
    packages: dict[str, list[float]] = defaultdict(list)
    for name, ms in own_ms.items():
        packages[name.partition(".")[0]].append(ms)
    by_package = sorted(packages.items(), key=lambda item: -sum(item[1]))
    summary = ", ".join(f"{name} {sum(values):.1f} ms ({len(values)})" for name, values in by_package[:6])
    lines = [
        f"{runs} fresh interpreters each, alternating, from cached bytecode; A and B: cumulative time of the "
        f"import statement. Beyond httpx: {len(own_ms)} modules, {sum(own_ms.values()):.1f} ms of median self "
        f"time: {summary}. Top {top} by median self time (make these lazy first):"
    ]
    ranked = sorted(own_ms.items(), key=lambda item: -item[1])[:top]
    lines += [f"{ms:8.2f} ms  {name}" for name, ms in ranked]
    return "\n      ".join(lines)


# ---------------------------------------------------------------------------------------------- 14b


def _drive(args: list[str], env: dict[str, str]) -> object:
    done = subprocess.run(
        [sys.executable, str(DRIVER), *args], cwd=HERE, env=env, check=True, capture_output=True, text=True, timeout=600
    )
    return json.loads(done.stdout)


def first_call_row(runs: int, env: dict[str, str]) -> Row:
    """Per resource, the median over fresh interpreters of (first call - second call); the row
    reports the worst resource, as the budget holds for every one."""
    modules = ",".join(f"sequence_async.resources.{area}" for area, _ in FIRST_CALL_RESOURCES)
    subprocess.run(  # writes the bytecode of everything the runs import
        [sys.executable, "-c", f"import sequence_async.testing, sequence_api.models, {modules}"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    results: dict[str, list[dict[str, float]]] = {area: [] for area, _ in FIRST_CALL_RESOURCES}
    for index in range(runs):
        order = FIRST_CALL_RESOURCES if index % 2 == 0 else FIRST_CALL_RESOURCES[::-1]
        for area, collection in order:
            result = _drive(["first-call", area, collection], env)
            assert isinstance(result, dict)
            results[area].append(result)
    extra: dict[str, float] = {}
    parts = []
    preloaded = []
    for area, runs_of in results.items():
        extra[area] = median([r["first_ms"] - r["second_ms"] for r in runs_of])
        imports = median([r["import_ms"] for r in runs_of])
        second = median([r["second_ms"] for r in runs_of])
        parts.append(f"{area}.get +{extra[area]:.2f} ms (import {imports:.2f} ms; second call {second:.2f} ms)")
        if any(r["imported_before"] or not r["models_loaded"] for r in runs_of):
            preloaded.append(area)
    worst = max(extra, key=lambda area: extra[area])
    note = f"median of {runs} fresh interpreters per resource: " + "; ".join(parts)
    if preloaded:
        note += f"; NOT MEASURED AS INTENDED for {', '.join(preloaded)}: module imported or models not loaded before"
    return Row(
        "14b",
        f"#31 B: first call of a resource not imported yet - second call, worst of {len(extra)} ({worst}.get)",
        extra[worst],
        median([r["second_ms"] for r in results[worst]]),
        "ms",
        target=FIRST_CALL_BUDGET_MS,
        on="a",
        note=note,
    )


# ---------------------------------------------------------------------------------------------- 14e


def overhead_row(calls: int, rounds: int, env: dict[str, str]) -> Row:
    result = _drive(["overhead", str(calls), str(rounds)], env)
    assert isinstance(result, dict)
    p = Paired(result["generated"], result["raw"])
    return Row(
        "14e",
        '#31 E: customers.get(id) (generated method) / client.request("GET", "/customers/{id}"), in-process emulator',
        p.a_median,
        p.b_median,
        "us/call",
        p.ratio,
        1.2,
        note=(
            f"{rounds} alternating rounds of {calls} sequential calls in one fresh interpreter; the emulator's "
            f"CPU is in both; A also builds and checks the Customer model, B returns the decoded JSON; "
            f"+{p.a_median - p.b_median:.0f} us per call"
        ),
    )


# ---------------------------------------------------------------------------------------------- 14c, 14d


def _copy(names: tuple[str, ...], into: Path) -> None:
    for name in names:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=_IGNORE)
        else:
            shutil.copy2(source, into / name)


def _same_tree(left: Path, right: Path) -> list[str]:
    """Relative paths of files that differ or exist on one side only (``__pycache__`` ignored)."""

    def files(root: Path) -> set[str]:
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    mine, theirs = files(left), files(right)
    changed = sorted(mine ^ theirs)
    changed += [name for name in sorted(mine & theirs) if not filecmp.cmp(left / name, right / name, shallow=False)]
    return changed


def generate_row() -> Row:
    """``scripts/generate.py generate --root <copy>``: what ``make generate`` runs, in a temporary copy."""
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        root = Path(tmp)
        _copy(GENERATE_COPY, root)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(root / "scripts" / "generate.py"), "generate", "--root", str(root)],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
            timeout=1200,
        )
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"generate.py exited {done.returncode}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
        changed = _same_tree(root / "generated", ROOT / "generated")
        changed += _same_tree(root / "sequence_async" / "resources", ROOT / "sequence_async" / "resources")
    same = "identical to the working tree's" if not changed else f"{len(changed)} file(s) differ, e.g. {changed[0]}"
    return Row(
        "14c",
        "#31 C: make generate wall time (scripts/generate.py generate --root <temporary copy>)",
        seconds,
        None,
        "s",
        target=GENERATE_BUDGET_S,
        on="a",
        note=f"one run; output {same}",
    )


def wheel_row() -> Row:
    """``python -m build --wheel --no-isolation`` of a copy of the sources (as release-check builds it)."""
    with tempfile.TemporaryDirectory(prefix="bench-wheel-") as tmp:
        source, dist = Path(tmp) / "src", Path(tmp) / "dist"
        source.mkdir()
        _copy(WHEEL_COPY, source)
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(source)],
            check=True,
            capture_output=True,
            timeout=600,
        )
        (wheel,) = dist.glob("*.whl")
        packed = wheel.stat().st_size
        with zipfile.ZipFile(wheel) as archive:
            entries = archive.infolist()
    unpacked = sum(entry.file_size for entry in entries)
    largest = sorted(entries, key=lambda entry: -entry.file_size)[:3]
    biggest = ", ".join(f"{entry.filename} {entry.file_size / 1024:.0f} KiB" for entry in largest)
    return Row(
        "14d",
        "#31 D: wheel size, packed (B: unpacked)",
        packed / 1024,
        unpacked / 1024,
        "KiB",
        note=f"{wheel.name}: {len(entries)} files; largest: {biggest}",
    )
