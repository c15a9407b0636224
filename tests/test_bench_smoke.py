"""``benchmarks/bench.py --quick`` runs end to end and writes every row (timings are not asserted)."""

from __future__ import annotations

import importlib.util
import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "bench.py"
EXPECTED_ROWS = {
    "1a",
    "1b",
    "2a",
    "2b",
    "2c",
    "3a",
    "3b",
    "4",
    "5",
    "6",
    "6b",
    "7a",
    "7b",
    "7c",
    "7d",
    "8a",
    "8b",
    "9a",
    "9b",
    "9c",
    "10a",
    "10b",
    "10c",
    "10d",
    "10e",
    "11a",
    "11b",
    "11c",
    "11d",
    "11e",
    "12a",
    "12b",
    "12c",
    "12d",
    "13a",
    "13b",
    "13c",
    "13d",
    "13",
    "14a",
    "14b",
    "14e",
    "15a",
    "15b",
    "15c",
    "15d",
    "15e",
    "15f",
    "15g",
    "S",
}
# Rows only a full run makes (not --quick, not --skip-slow): 14c (`make generate` in a temporary
# copy, ~40 s) and 14d (building the wheel).
FULL_ONLY_ROWS = {"14c", "14d"}


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_quick_bench_writes_every_row(tmp_path: Path) -> None:
    if shutil.which("redis-server") is None and not Path("/usr/bin/redis-server").exists():
        pytest.skip("row 8 needs redis-server (apt-get install redis-server)")
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    document = json.loads(out.read_text())
    assert document["mode"] == "quick"
    assert document["machine"].startswith("machine: ")
    rows = {row["id"]: row for row in document["rows"]}
    assert set(rows) == EXPECTED_ROWS  # FULL_ONLY_ROWS are left out of a quick run
    for row_id, row in rows.items():
        assert _number(row["a"]), (row_id, row)
        if row["b"] is not None:
            assert _number(row["b"]), (row_id, row)
            assert row["ratio"] is None or _number(row["ratio"]), (row_id, row)
        assert isinstance(row["met"], bool | None), (row_id, row)
        for field in ("metric", "unit", "target"):
            assert row[field], (row_id, field)
    # The printed table has a line per row under the machine header.
    assert "machine: " in proc.stdout
    for row_id in EXPECTED_ROWS:
        assert any(line.startswith(f"{row_id} ") for line in proc.stdout.splitlines()), row_id


def test_every_declared_row_is_expected(monkeypatch: pytest.MonkeyPatch) -> None:
    """bench.py's row order names exactly the rows a quick run writes plus the full-only ones."""
    monkeypatch.syspath_prepend(str(BENCH.parent))  # bench.py imports its sibling modules
    spec = importlib.util.spec_from_file_location("bench_under_test", BENCH)
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)  # its dataclasses look their module up there
    spec.loader.exec_module(bench)
    declared = list(bench.ROW_IDS)
    assert len(declared) == len(set(declared))
    assert set(declared) == EXPECTED_ROWS | FULL_ONLY_ROWS
    assert not bench.QUICK.surface.build  # what keeps 14c and 14d out of a quick run
    assert bench.FULL.surface.build
