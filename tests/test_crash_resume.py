"""The demo job survives SIGKILL: killed at seeded points in every phase, rerun with the same
checkpoint until it completes, it deletes exactly the archived aliases, each once.

The emulator runs in this process (a loopback server in a thread), so its state and request log
are read directly; the job runs as a real process against it (``--base-url``).
"""

from __future__ import annotations

import collections
import itertools
import os
import random
import re
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sequence_async.testing import RecordedRequest, SequenceEmulator

from . import _crash as crash
from ._crash import ROOT, run_job
from ._servers import wait_until

SEED = 17
CUSTOMERS, ALIASES_PER_CUSTOMER = 100, 5  # 500 aliases, 53 archived: a run takes ~1.5 s
# Kills wanted per phase, in order (each phase must be done before the next starts).
PLAN = ["listing"] * 4 + ["contacts"] * 3 + ["deletes"] * 3
MAX_RUNS = 40  # every counted kill follows new work, so the job ends well before this
BUDGET = 60.0  # seconds for the whole test (the bound)
PHASES = crash.Phases(
    opening={"1/3 ": "listing", "2/3 ": "contacts", "3/3 ": "deletes", "== report": "report"},
    order=["listing", "contacts", "deletes", "report"],
    progress=re.compile(r"^  (?:aliases|customers|deleted): ([\d,]+)/"),
)
ORDER = PHASES.order
DELETE_PATH = re.compile(r"^/customer-aliases/([^/]+)$")
DELETE_STEP = "customer_aliases.delete_many"


@dataclass
class Run(crash.Run):
    deletes: list[RecordedRequest] = field(default_factory=list)
    before: dict[str, str] = field(default_factory=dict)  # the checkpoint's delete records at its start


def recorded_deletes(path: Path) -> dict[str, str]:
    """The checkpoint's delete records (alias id -> state), read between runs (no run holds the
    file then) over a read-only connection, which replays a killed run's WAL without writing it."""
    if not path.exists():
        return {}
    db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT key, state FROM checkpoint_items WHERE step = ?", (DELETE_STEP,)).fetchall()
    finally:
        db.close()
    # Keys are stored as UTF-8 bytes (any str round-trips, lone surrogates too).
    return {bytes(key).decode("utf-8", "surrogatepass"): state for key, state in rows}


@pytest.mark.slow
async def test_demo_job_killed_in_every_phase_resumes_to_exactly_the_right_deletes(tmp_path: Path) -> None:
    deadline = time.monotonic() + BUDGET
    emulator = SequenceEmulator("crash-client", "crash-secret", rate_limit=None, latency=0.01)
    emulator.seed(CUSTOMERS, ALIASES_PER_CUSTOMER, 2, seed=SEED)
    archived = sorted(a["id"] for a in emulator.aliases if a.get("archivedAt"))
    kept = sorted(a["id"] for a in emulator.aliases if not a.get("archivedAt"))
    # The job lists live contacts only (contacts_of includes the archived ones).
    contacts = sum(not contact.get("archivedAt") for c in emulator.customers for contact in emulator.contacts_of(c))
    checkpoint = tmp_path / "demo.sqlite"
    env = {**os.environ, "SEQUENCE_CLIENT_ID": "crash-client", "SEQUENCE_CLIENT_SECRET": "crash-secret"}
    rng = random.Random(SEED)
    runs: list[Run] = []
    best = {"listing": 0, "contacts": 0, "deletes": 0}
    plan = list(PLAN)
    with emulator.serve_in_thread() as base_url:
        command = [
            sys.executable,
            str(ROOT / "examples" / "batch_job.py"),
            f"--base-url={base_url}",
            f"--checkpoint={checkpoint}",
            "--allow-delete",
            "--page-size=7",  # not a divisor of 50: kills land mid-page too
            "--concurrency=2",
            "--progress=plain",
        ]
        while not runs or runs[-1].returncode != 0:
            assert len(runs) < MAX_RUNS, f"no completion after {MAX_RUNS} runs"
            target = plan[0] if plan else None
            before = recorded_deletes(checkpoint) if runs else {}
            start = len(emulator.requests)
            run = await run_job(command, env, PHASES, (target, rng.randint(1, 2)), best, deadline, Run())
            await wait_until(lambda: emulator.in_flight == 0, "the killed run's requests are logged")
            run.before = before
            run.deletes = [r for r in emulator.requests[start:] if r.method == "DELETE"]
            runs.append(run)
            if run.killed_in is not None:
                assert run.killed_in in best, run.output
                while plan and ORDER.index(plan[0]) < ORDER.index(run.killed_in):
                    plan.pop(0)  # that phase ended before its kills were spent
                if plan and plan[0] == run.killed_in:
                    plan.pop(0)
            else:
                assert run.returncode == 0, "\n".join(run.output)

    kills = [run.killed_in for run in runs if run.killed_in is not None]
    assert len(kills) >= 10
    assert {"listing", "contacts", "deletes"} <= set(kills), kills

    # The emulator's state: every archived alias is gone, every other one is still there.
    assert sorted(a["id"] for a in emulator.aliases) == kept

    # The request log: only archived aliases were deleted; after the first resume no DELETE went
    # to an id the checkpoint recorded as done (succeeded, or found already deleted).
    deleted_ids = [DELETE_PATH.match(r.path).group(1) for run in runs for r in run.deletes]  # type: ignore[union-attr]
    assert set(deleted_ids) == set(archived)
    resent = [
        alias_id
        for run in runs[1:]
        for alias_id in (DELETE_PATH.match(r.path).group(1) for r in run.deletes)  # type: ignore[union-attr]
        if run.before.get(alias_id) in ("succeeded", "already_deleted")
    ]
    assert resent == []
    # Each archived alias deleted once over all runs: one DELETE answered 200, or (its answer lost
    # to a kill: logged without a status) the rerun's DELETE found it gone; never two 200s.
    answered = collections.defaultdict(list)
    for request in (r for run in runs for r in run.deletes):
        answered[DELETE_PATH.match(request.path).group(1)].append(request.status)  # type: ignore[union-attr]
    applied = [alias_id for alias_id, statuses in answered.items() for status in statuses if status == 200]
    assert len(applied) == len(set(applied))
    assert set(applied) | {alias_id for alias_id, statuses in answered.items() if None in statuses} == set(archived)

    # Each id's outcome is counted by exactly one run: the runs' new records partition the
    # archived ids (a record once terminal stays so), and the completing run's report adds
    # the ones it did itself to those it resumed.
    done = [{k for k, v in run.before.items() if v in ("succeeded", "already_deleted")} for run in runs]
    final_records = recorded_deletes(checkpoint)
    done.append({k for k, v in final_records.items() if v in ("succeeded", "already_deleted")})
    assert all(earlier <= later for earlier, later in itertools.pairwise(done))
    per_run = [len(later - earlier) for earlier, later in itertools.pairwise(done)]
    assert sum(per_run) == len(done[-1]) == len(archived)
    final = "\n".join(runs[-1].output)
    assert "aliases streamed           500" in final
    assert f"contacts fetched    {contacts:>10,}  (0 errors)" in final
    assert f"aliases deleted     {len(archived):>10,}  (0 errors" in final
    earlier_runs = int(re.search(r"(\d+) in earlier runs", final).group(1))  # type: ignore[union-attr]
    assert earlier_runs == len(done[-2])
    assert "consistency check   PASSED" in final
    resent_in_flight = len(deleted_ids) - len(set(deleted_ids))
    print(  # the figures for the report (pytest -s)
        f"crash test: {len(kills)} kills {dict(collections.Counter(kills))}, {len(runs)} runs, "
        f"{len(archived)} ids deleted of {len(archived) + len(kept)}, "
        f"duplicates found: {len(applied) - len(set(applied))}, "
        f"DELETEs re-sent for ids in flight at a kill: {resent_in_flight} "
        f"({sum(v == 'already_deleted' for v in final_records.values())} then found already deleted)"
    )
