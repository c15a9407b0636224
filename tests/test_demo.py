"""`make demo`'s job, at a small scale: it runs, reports, and its consistency check can fail."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from examples.batch_job import JobReport

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_demo_job_runs_against_a_faulty_emulator_and_passes_its_check() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "batch_job.py"),
            "--customers=40",
            "--aliases-per-customer=10",
            "--fault-probability=0.05",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "aliases streamed           400" in result.stdout
    assert "consistency check   PASSED" in result.stdout
    assert "retries)" in result.stdout


def test_consistency_check_detects_a_mismatch() -> None:
    good = JobReport(aliases_before=10, aliases_streamed=10, deleted=3, aliases_after=7)
    assert good.consistent
    assert "PASSED" in good.render()
    lost_delete = JobReport(aliases_before=10, aliases_streamed=10, deleted=3, aliases_after=8)
    assert not lost_delete.consistent
    assert "FAILED" in lost_delete.render()
    short_stream = JobReport(aliases_before=10, aliases_streamed=9, deleted=0, aliases_after=10)
    assert not short_stream.consistent


def test_real_api_mode_needs_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    from examples import batch_job

    monkeypatch.delenv("SEQUENCE_CLIENT_ID", raising=False)
    monkeypatch.delenv("SEQUENCE_CLIENT_SECRET", raising=False)
    assert batch_job.main(["--api", "real"]) == 2
