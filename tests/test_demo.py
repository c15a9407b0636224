"""`make demo`'s job, at a small scale: it runs, reports, and its consistency check can fail."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from examples.batch_job import JobReport, WriteReport
from sequence_async import LongWaitDetails
from sequence_async.testing import ServedEmulator

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
            "--new-aliases=100",
            "--events=600",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "aliases streamed           400" in result.stdout
    assert "aliases created            100  (0 errors, 0 in earlier runs)" in result.stdout
    assert "new aliases listed         100  (each once, for its customer)" in result.stdout
    assert "events sent                600  (0 errors, 0 in earlier runs)" in result.stdout
    assert "events stored              600  (600 distinct ids of those sent; 600 events on the server)" in result.stdout
    assert "consistency check   PASSED" in result.stdout
    assert "retries)" in result.stdout
    assert "  events: 600/600 (100%)" in result.stdout  # progress, like the other steps


def test_consistency_check_detects_a_mismatch() -> None:
    good = JobReport(aliases_before=10, aliases_streamed=10, deleted=3, aliases_after=7)
    assert good.consistent
    assert "PASSED" in good.render()
    lost_delete = JobReport(aliases_before=10, aliases_streamed=10, deleted=3, aliases_after=8)
    assert not lost_delete.consistent
    assert "FAILED" in lost_delete.render()
    short_stream = JobReport(aliases_before=10, aliases_streamed=9, deleted=0, aliases_after=10)
    assert not short_stream.consistent


def _writes(**changes: int) -> WriteReport:
    """Steps 4-5 that went right (5 new aliases, 9 events), then ``changes``."""
    writes = WriteReport(aliases_to_create=5, aliases_created=5, aliases_found=5)
    writes.events_to_send = writes.events_sent = writes.events_stored = writes.event_ids_stored = 9
    for name, value in changes.items():
        setattr(writes, name, value)
    return writes


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({}, []),
        ({"events_stored": 10}, []),  # an event counted twice
        ({"events_stored": 8, "event_ids_stored": 8}, []),  # an event lost
        ({"events_sent": 8}, []),  # an event not sent (failed)
        ({"aliases_found": 4}, []),  # a new alias missing or listed twice
        ({"aliases_created": 4}, []),  # a create failed
        ({}, ["v: wanted once for c, listed for ['c', 'c']"]),
    ],
)
def test_consistency_check_of_the_writes_detects_a_mismatch(changes: dict[str, int], problems: list[str]) -> None:
    writes = _writes(**changes)
    writes.alias_problems = problems
    created = writes.aliases_created
    report = JobReport(aliases_before=10, aliases_streamed=10, deleted=3, aliases_after=7 + created, writes=writes)
    passes = not changes and not problems
    assert report.consistent is passes
    assert ("PASSED" if passes else "FAILED") in report.render()
    assert "events stored" in report.render()
    if problems:
        assert "  alias check: v: wanted once for c" in report.render()


def test_consistency_check_counts_the_created_aliases() -> None:
    report = JobReport(aliases_before=10, aliases_streamed=10, deleted=3, aliases_after=12, writes=_writes())
    assert report.consistent
    assert "after (12) = before (10) - deleted (3) + created (5)" in report.render()
    report.aliases_after = 13  # an alias created twice, or one nobody asked for
    assert not report.consistent


def test_real_api_mode_needs_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    from examples import batch_job

    monkeypatch.delenv("SEQUENCE_CLIENT_ID", raising=False)
    monkeypatch.delenv("SEQUENCE_CLIENT_SECRET", raising=False)
    assert batch_job.main(["--api", "real"]) == 2


def _run_demo(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / "batch_job.py"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
        env=env,
    )


def _credentials(served: ServedEmulator) -> dict[str, str]:
    client_id, client_secret = served.auth
    return {**os.environ, "SEQUENCE_CLIENT_ID": client_id, "SEQUENCE_CLIENT_SECRET": client_secret}


@pytest.mark.slow
def test_base_url_mode_reads_only_without_allow_delete(served_emulator: ServedEmulator) -> None:
    emulator = served_emulator.emulator
    before = {alias["id"] for alias in emulator.aliases}
    result = _run_demo("--base-url", served_emulator.base_url, "--page-size=4", env=_credentials(served_emulator))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "dry run: would delete" in result.stdout
    assert {alias["id"] for alias in emulator.aliases} == before
    assert not [r for r in emulator.requests if r.method == "DELETE"]
    # --page-size reached the server: 15 aliases in pages of 4
    assert {r.query.get("limit") for r in emulator.requests if r.path == "/customer-aliases"} >= {"4"}


@pytest.mark.slow
def test_base_url_mode_deletes_exactly_the_archived_aliases_with_allow_delete(
    served_emulator: ServedEmulator,
) -> None:
    emulator = served_emulator.emulator
    archived = {alias["id"] for alias in emulator.aliases if alias.get("archivedAt")}
    kept = {alias["id"] for alias in emulator.aliases} - archived
    assert archived  # the seed archives some, or this test proves nothing
    result = _run_demo("--base-url", served_emulator.base_url, "--allow-delete", env=_credentials(served_emulator))
    assert result.returncode == 0, result.stdout + result.stderr
    assert {alias["id"] for alias in emulator.aliases} == kept
    assert "consistency check   PASSED" in result.stdout
    assert "  deleted: " in result.stdout  # plain progress lines: stdout is not a terminal


@pytest.mark.parametrize(
    ("argv", "env", "message"),
    [
        (["--base-url", "http://127.0.0.1:9"], {}, "--base-url needs SEQUENCE_CLIENT_ID"),
        (["--base-url", "ftp://example.com"], {"SEQUENCE_CLIENT_ID": "a", "SEQUENCE_CLIENT_SECRET": "b"}, "http://"),
        (["--base-url", "http://127.0.0.1:9", "--api", "real"], {}, "exclusive"),
        (["--concurrency", "0"], {}, "--concurrency"),
    ],
)
def test_bad_usage_exits_2_naming_the_argument_before_anything_is_sent(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    env: dict[str, str],
    message: str,
) -> None:
    from examples import batch_job

    monkeypatch.delenv("SEQUENCE_CLIENT_ID", raising=False)
    monkeypatch.delenv("SEQUENCE_CLIENT_SECRET", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert batch_job.main(argv) == 2  # port 9 (discard) is never contacted: the check comes first
    assert message in capsys.readouterr().err


def test_plain_progress_prints_a_line_per_tenth(capsys: pytest.CaptureFixture[str]) -> None:
    from examples.batch_job import make_display

    display = make_display("auto")  # pytest's stdout is not a terminal: plain lines
    bar = display.bar("aliases", 20)
    for done in range(1, 21):
        bar(done, None)
    display.close()
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["  aliases: 1/20 (0%)", "  aliases: 2/20 (10%)"]
    assert lines[-1] == "  aliases: 20/20 (100%)"
    assert len(lines) == 11


def test_rich_progress_shows_a_bar_with_count_rate_and_eta() -> None:
    from rich.console import Console

    from examples.batch_job import RichDisplay

    out = io.StringIO()
    display = RichDisplay(Console(file=out, force_terminal=True, width=100))
    bar = display.bar("deleted", None)
    for done in range(1, 6):
        bar(done, 10)
    display.close()
    text = out.getvalue()
    assert "deleted" in text
    assert "5/10" in text
    assert "ETA" in text
    assert "━" in text  # the bar itself


def _wait(cause: str, why: str) -> LongWaitDetails:
    return LongWaitDetails("UsageEvents.create", "POST", "http://x/usage-events", 1, cause, 5.0, why)  # type: ignore[arg-type]


def test_both_displays_say_why_the_job_waits_once_per_kind_of_wait(capsys: pytest.CaptureFixture[str]) -> None:
    from rich.console import Console

    from examples.batch_job import PlainDisplay, RichDisplay

    plain = PlainDisplay()
    for _ in range(16):  # 16 calls held up at once: one line
        plain.waiting(_wait("rate_limiter", "client-side pacing (50 requests per 1 s, advertised by the server)"))
    plain.waiting(_wait("retry", "attempt 1 failed (status 429, Retry-After 60s); retrying in 60s"))
    assert capsys.readouterr().out.splitlines() == [
        "  waiting (POST rate limiter): client-side pacing (50 requests per 1 s, advertised by the server)",
        "  waiting (POST retry): attempt 1 failed (status 429, Retry-After 60s); retrying in 60s",
    ]
    out = io.StringIO()
    rich = RichDisplay(Console(file=out, force_terminal=True, width=200))
    rich.waiting(_wait("rate_limiter", "client-side pacing (50 requests per 1 s)"))
    rich.close()
    assert "client-side pacing (50 requests per 1 s)" in out.getvalue()


@pytest.mark.slow
def test_a_rerun_with_the_same_checkpoint_resends_nothing_and_reports_the_whole_job(
    served_emulator: ServedEmulator, tmp_path: Path
) -> None:
    emulator = served_emulator.emulator
    archived = sum(1 for alias in emulator.aliases if alias.get("archivedAt"))
    args = ("--base-url", served_emulator.base_url, "--allow-delete", f"--checkpoint={tmp_path / 'job.sqlite'}")
    first = _run_demo(*args, "--page-size=4", env=_credentials(served_emulator))
    assert first.returncode == 0, first.stdout + first.stderr
    sent = len(emulator.requests)
    again = _run_demo(*args, "--page-size=4", env=_credentials(served_emulator))
    assert again.returncode == 0, again.stdout + again.stderr
    # Only the final count of aliases: no listing, no contacts, no DELETE is sent again.
    assert [(r.method, r.path) for r in emulator.requests[sent:]] == [("GET", "/customer-aliases")]
    assert (
        f"aliases deleted     {archived:>10,}  (0 errors, 0 already gone on a retry, {archived} in earlier runs)"
        in (again.stdout)
    )
    assert "consistency check   PASSED" in again.stdout


@pytest.mark.parametrize("kind", ["not ours", "another job's"])
def test_a_checkpoint_not_of_this_job_exits_2_naming_it_and_sends_nothing(
    served_emulator: ServedEmulator, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "job.sqlite"
    if kind == "not ours":
        path.write_bytes(b"SQLite format 3\x00" + bytes(200))
    else:  # made the way a user's other job would make it
        code = "import sys; from sequence_async import SQLiteCheckpoint; SQLiteCheckpoint(sys.argv[1], job='other')"
        subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)
    content = path.read_bytes()
    result = _run_demo(
        "--base-url",
        served_emulator.base_url,
        "--allow-delete",
        f"--checkpoint={path}",
        env=_credentials(served_emulator),
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert str(path) in result.stderr
    assert served_emulator.emulator.requests == []
    assert path.read_bytes() == content


# What `make install` adds for developers and the demo must not need (`make demo` installs the
# `demo` extra only: the emulator, aiohttp and rich).
DEV_ONLY = ("opentelemetry", "redis", "fastapi", "hypothesis", "pytest", "mkdocs", "mutmut", "schemathesis", "respx")
BLOCKER = f"""
import importlib.abc, runpy, sys
class DevOnly(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {DEV_ONLY!r}:
            raise ModuleNotFoundError(f"{{name}} is not in the demo extra", name=name)
        return None
sys.meta_path.insert(0, DevOnly())
sys.argv = ["batch_job.py", *sys.argv[1:]]
runpy.run_path("examples/batch_job.py", run_name="__main__")
"""


@pytest.mark.slow
def test_the_demo_runs_with_only_what_the_demo_extra_installs() -> None:
    """`make demo` installs `.[demo]`, not the toolchain: the job must run without any of it."""
    args = ["--customers=10", "--aliases-per-customer=3", "--new-aliases=10", "--events=40", "--progress=plain"]
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, *args], capture_output=True, text=True, timeout=120, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "consistency check   PASSED" in result.stdout


def test_make_demo_installs_the_demo_extra_only() -> None:
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert extras["demo"] == ["sequence-async[testing,aiohttp,progress]"]
    makefile = (ROOT / "Makefile").read_text()
    assert "demo: $(DEMO_STAMP)" in makefile
    assert "-e '.[demo]'" in makefile
