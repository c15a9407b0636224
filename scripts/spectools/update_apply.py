"""Write a spec update into the working tree, regenerate, run the spec report; restore all on failure."""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from spectools.backup import Backup, terminate_as_exit
from spectools.changelog import insert_changelog
from spectools.errors import UpdateError
from spectools.layout import CHANGELOG, NAMES, REPORT_FILE, SOURCES, SPEC
from spectools.merge import Built
from spectools.update_plan import Plan

STEP_TIMEOUT = 600
RESULT = re.compile(
    r"\*\*Result: (?P<spec>\d+) breaking spec changes?, (?P<python>\d+) breaking Python API changes?, "
    r"(?P<uncovered>\d+) uncovered operations?"
)
CHANGELOG_DRAFT = re.compile(r"^### CHANGELOG entry \(draft\)\n\n```markdown\n(?P<entry>.*?)\n```$", re.M | re.S)


@dataclass(frozen=True)
class Verdict:
    """What the spec report said."""

    status: int
    breaking: bool
    uncovered: bool
    report: str
    changelog_entry: str


def read_report(report: str, status: int) -> Verdict:
    result, draft = RESULT.search(report), CHANGELOG_DRAFT.search(report)
    if result is None or draft is None:
        raise UpdateError("the spec report has no Result line or CHANGELOG draft: scripts/spec_report.py changed")
    breaking = int(result["spec"]) + int(result["python"]) > 0
    return Verdict(status, breaking, int(result["uncovered"]) > 0, report, draft["entry"])


def run_step(what: str, cmd: list[str], root: Path) -> subprocess.CompletedProcess[str]:
    """Run one step in its own process group. If the step times out or this run is interrupted
    (SIGTERM, Ctrl-C), the whole group is killed and reaped before the caller restores the tree:
    killing only the direct child left its generator running, writing after the restore."""
    try:
        process = subprocess.Popen(
            cmd, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
        )
    except OSError as exc:
        raise UpdateError(f"{what}: {exc}") from None
    try:
        out, err = process.communicate(timeout=STEP_TIMEOUT)
    except BaseException as exc:
        _kill_group(process)
        if isinstance(exc, subprocess.TimeoutExpired):
            raise UpdateError(f"{what}: {exc}") from None
        raise
    return subprocess.CompletedProcess(cmd, process.returncode, out, err)


def _kill_group(process: subprocess.Popen[str]) -> None:
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)  # the session leader's pid is the group's id
    process.communicate()  # reap it and drain the pipes; its grandchildren died with the group


def _write_sources(plan: Plan, built: Built, root: Path) -> None:
    """The taken and removed sources, the merged document and the registry of model names."""
    sources = root / SOURCES
    for op_id in plan.removed:
        (sources / f"{op_id}.yaml").unlink()
    for op_id, text in plan.taken.items():
        (sources / f"{op_id}.yaml").write_text(text, encoding="utf-8")
    (root / SPEC).write_text(built.spec, encoding="utf-8")  # what `make spec` writes
    (root / NAMES).write_text(built.names, encoding="utf-8")


def _regenerate_and_report(root: Path, base: str) -> Verdict:
    """``make generate`` and the spec report against ``base``, with the root's own scripts."""
    generate_cmd = [sys.executable, str(root / "scripts" / "generate.py"), "generate", "--root", str(root)]
    generated = run_step("make generate", generate_cmd, root)
    if generated.returncode != 0:
        raise UpdateError(f"make generate failed:\n{(generated.stdout + generated.stderr).strip()[-3000:]}")
    report_cmd = [sys.executable, str(root / "scripts" / "spec_report.py"), "--root", str(root)]
    report_cmd += ["--base", base, "--output", str(root / REPORT_FILE)]
    reported = run_step("spec report", report_cmd, root)
    if reported.returncode not in (0, 3):
        raise UpdateError(f"the spec report failed:\n{reported.stderr.strip()[-3000:]}")
    return read_report(reported.stdout, reported.returncode)


def apply(plan: Plan, built: Built, root: Path, args: argparse.Namespace) -> Verdict:
    """Write the update, regenerate and report; every file is restored if a step fails (SIGTERM too)."""
    with tempfile.TemporaryDirectory(prefix="update-spec-backup-") as tmp, terminate_as_exit():
        backup = Backup(root, Path(tmp))
        try:
            _write_sources(plan, built, root)
            verdict = _regenerate_and_report(root, args.base)
            if args.changelog:
                changelog = root / CHANGELOG
                old = changelog.read_text(encoding="utf-8") if changelog.is_file() else "# Changelog\n"
                changelog.write_text(insert_changelog(old, verdict.changelog_entry), encoding="utf-8")
            return verdict
        except BaseException:
            backup.restore()
            raise
