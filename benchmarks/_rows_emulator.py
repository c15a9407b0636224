"""Row 13: the emulator's CPU per request for the four seed operations, this checkout ÷ the last
commit before the spec-driven emulator (#30), in fresh interpreters, alternating, in one run.

The older code comes from ``git archive`` of that commit, so both are measured on this machine now;
without git history (a source tarball) the row says so and measures nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from _harness import Paired, Row

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BEFORE = "4b73e29"  # main before #30: the hand-written emulator of the four seed operations


def _archive(commit: str, into: Path) -> bool:
    done = subprocess.run(
        ["git", "archive", "--format=tar", commit, "sequence_async", "generated"],
        cwd=ROOT,
        capture_output=True,
        check=False,
        timeout=120,
    )
    if done.returncode != 0:
        return False
    with tarfile.open(fileobj=BytesIO(done.stdout)) as archive:
        archive.extractall(into, filter="data")
    return True


def _measure(code: Path, calls: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": f"{code}{os.pathsep}{code / 'generated'}"}
    out = subprocess.run(
        [sys.executable, str(HERE / "_emulator_driver.py"), str(calls)],
        cwd=HERE,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def emulator_rows(calls: int, rounds: int) -> list[Row]:
    """13a-13d per operation and 13 for their sum (the target: no slower than before #30)."""
    with tempfile.TemporaryDirectory(prefix="bench-emulator-") as tmp:
        before = Path(tmp)
        if not _archive(BEFORE, before):
            return [Row("13", f"emulator CPU per request: no git history to archive {BEFORE}", 0, None, "µs")]
        now: list[dict[str, float]] = []
        then: list[dict[str, float]] = []
        for index in range(rounds):
            pair = [(ROOT, now), (before, then)]
            for code, into in pair if index % 2 == 0 else pair[::-1]:
                into.append(_measure(code, calls))
    rows = []
    for letter, name in zip("abcd", now[0], strict=True):
        p = Paired([r[name] for r in now], [r[name] for r in then])
        rows.append(
            Row(f"13{letter}", f"emulator CPU: {name}, now ÷ before #30", p.a_median, p.b_median, "µs", p.ratio)
        )
    total = Paired([sum(r.values()) for r in now], [sum(r.values()) for r in then])
    rows.append(
        Row(
            "13",
            "emulator CPU, the four seed operations summed (in-process ASGI), now ÷ before #30",
            total.a_median,
            total.b_median,
            "µs",
            total.ratio,
            1.0,
            note=f"before = git archive {BEFORE}; each round a fresh interpreter per side, {calls} calls per operation",
        )
    )
    return rows
