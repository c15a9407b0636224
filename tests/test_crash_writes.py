"""The demo's writes survive SIGKILL: ``create_many`` (step 4) and ``send_many`` (step 5), killed at
seeded points in both steps while the emulator loses responses to POSTs it applied, then rerun with
the same checkpoint until the job completes: no usage event is stored twice, no alias is created
twice, and nothing is lost.

The emulator runs in this process (a loopback server in a thread), so its state and request log
are read directly; the job runs as a real process against it (``--base-url``), as in
test_crash_resume.py.
"""

from __future__ import annotations

import collections
import os
import random
import re
import sys
import time
from pathlib import Path

import pytest

from examples.batch_job import new_alias_pairs, usage_events
from sequence_async.testing import Fault, Faults, RecordedRequest, SequenceEmulator

from . import _crash as crash
from ._crash import ROOT, Run, run_job
from ._servers import wait_until

SEED = 23
CUSTOMERS, ALIASES_PER_CUSTOMER = 30, 2
NEW_ALIASES, EVENTS = 240, 1200
# Kills wanted per phase, in order (each phase must be done before the next starts).
PLAN = ["creates"] * 3 + ["events"] * 4
MAX_RUNS = 30  # every counted kill follows new work, so the job ends well before this
BUDGET = 60.0  # seconds for the whole test
PHASES = crash.Phases(
    opening={"1/5 ": "reads", "4/5 ": "creates", "5/5 ": "events", "== report": "report"},
    order=["reads", "creates", "events", "report"],
    progress=re.compile(r"^  (?:created|events): ([\d,]+)/"),
)
ORDER = PHASES.order
# Faults on POSTs only (the writes): a lost response is applied, then the connection drops, so
# the client must resend a write that happened; the others are not applied.
POST_FAULTS = (Fault.lost(), Fault.lost(), Fault.lost(), Fault.status(503), Fault.status(500), Fault.drop())


def seeded_emulator() -> SequenceEmulator:
    faults = Faults(probability=0.06, pool=POST_FAULTS, seed=SEED, match=lambda method, path: method == "POST")
    emulator = SequenceEmulator("crash-client", "crash-secret", rate_limit=None, latency=0.002, faults=faults)
    emulator.seed(CUSTOMERS, ALIASES_PER_CUSTOMER, 2, seed=SEED)
    return emulator


async def run_until_complete(emulator: SequenceEmulator, checkpoint: Path, deadline: float) -> list[Run]:
    """Runs the job, killing it by the plan, until a run completes."""
    env = {**os.environ, "SEQUENCE_CLIENT_ID": "crash-client", "SEQUENCE_CLIENT_SECRET": "crash-secret"}
    rng = random.Random(SEED)
    runs: list[Run] = []
    best = {"creates": 0, "events": 0}
    plan = list(PLAN)
    with emulator.serve_in_thread() as base_url:
        command = [
            sys.executable,
            str(ROOT / "examples" / "batch_job.py"),
            f"--base-url={base_url}",
            f"--checkpoint={checkpoint}",
            "--allow-delete",
            "--allow-writes",
            f"--new-aliases={NEW_ALIASES}",
            f"--events={EVENTS}",
            "--concurrency=4",
            "--write-concurrency=8",
            "--progress=plain",
        ]
        while not runs or runs[-1].returncode != 0:
            assert len(runs) < MAX_RUNS, f"no completion after {MAX_RUNS} runs: {[r.killed_in for r in runs]}"
            target = plan[0] if plan else None
            run = await run_job(command, env, PHASES, (target, rng.randint(1, 2)), best, deadline, Run())
            await wait_until(lambda: emulator.in_flight == 0, "the killed run's requests are logged")
            runs.append(run)
            if run.killed_in is None:
                assert run.returncode == 0, "\n".join(run.output)
                continue
            while plan and ORDER.index(plan[0]) < ORDER.index(run.killed_in):
                plan.pop(0)  # that phase ended before its kills were spent
            if plan and plan[0] == run.killed_in:
                plan.pop(0)
    return runs


def resend_counts(requests: list[RecordedRequest]) -> dict[str, int]:
    """What the log shows of resends: POSTs applied whose response was lost (so sent again), event
    POSTs beyond one per event, alias creates sent again with the same Idempotency-Key, and the
    lookups by value before a resend."""
    event_posts = [r for r in requests if r.method == "POST" and r.path == "/usage-events"]
    creates = [r for r in requests if r.method == "POST" and r.path == "/customer-aliases"]
    keys = collections.Counter(r.headers.get("idempotency-key") for r in creates)
    return {
        "lost event responses": sum(r.fault == "lost" for r in event_posts),
        "lost create responses": sum(r.fault == "lost" for r in creates),
        "event POSTs beyond one per event": len(event_posts) - EVENTS,
        "creates resent with their key": sum(n - 1 for n in keys.values()),
        "lookups by value": sum(r.method == "GET" and "value" in r.query for r in requests),
    }


@pytest.mark.slow
async def test_writes_killed_in_both_steps_resume_to_each_event_and_alias_exactly_once(tmp_path: Path) -> None:
    started = time.monotonic()
    deadline = started + BUDGET
    emulator = seeded_emulator()
    customers = sorted(emulator.customers)  # the job's order: the customers of the listed aliases, sorted
    kept = {a["id"] for a in emulator.aliases if not a.get("archivedAt")}
    pairs = new_alias_pairs(customers, NEW_ALIASES)
    expected_events = {event["customer_event_id"]: event for event in usage_events(customers, pairs, EVENTS)}
    assert len(expected_events) == EVENTS

    runs = await run_until_complete(emulator, tmp_path / "demo.sqlite", deadline)

    kills = collections.Counter(run.killed_in for run in runs if run.killed_in is not None)
    resends = resend_counts(emulator.requests)
    figures = f"{sum(kills.values())} kills {dict(kills)}, {len(runs)} runs, resends {resends}"
    assert sum(kills.values()) >= 5, figures
    assert kills["creates"] >= 2, figures
    assert kills["events"] >= 2, figures
    # The faults did their part: writes were applied and their responses lost, so resent.
    assert resends["lost event responses"] > 0, figures
    assert resends["lost create responses"] > 0, figures

    # Usage events: one stored per customerEventId, every one sent, none other, as sent.
    stored = emulator.records("/usage-events")
    per_id = collections.Counter(event["customerEventId"] for event in stored)
    twice = {event_id: n for event_id, n in per_id.items() if n > 1}
    assert not twice, f"events stored more than once: {list(twice.items())[:5]}; {figures}"
    assert set(per_id) == set(expected_events), (
        f"missing {len(set(expected_events) - set(per_id))}, unexpected {len(set(per_id) - set(expected_events))}; "
        f"{figures}"
    )
    assert len(stored) == len(expected_events), figures
    for event in stored:
        sent = expected_events[event["customerEventId"]]
        assert (event["customerAlias"], event["eventProperties"]) == (
            sent["customer_alias"],
            sent["event_properties"],
        ), figures

    # Aliases: each new value once, for its customer; the seeded live ones kept; nothing else.
    live = emulator.aliases
    by_value = collections.defaultdict(list)
    for alias in live:
        by_value[alias["value"]].append(alias["customerId"])
    wrong = [(value, by_value.get(value)) for customer, value in pairs if by_value.get(value) != [customer]]
    assert not wrong, f"new aliases not there exactly once for their customer: {wrong[:5]}; {figures}"
    assert len(live) == len(kept) + NEW_ALIASES, figures
    new_values = {value for _, value in pairs}
    assert {a["id"] for a in live} - kept == {a["id"] for a in live if a["value"] in new_values}, figures

    # The completing run's report agrees, and says its check passed.
    final = "\n".join(runs[-1].output)
    assert f"aliases created     {NEW_ALIASES:>10,}  (0 errors" in final, final
    assert f"events stored       {EVENTS:>10,}  ({EVENTS:,} distinct ids" in final, final
    assert "consistency check   PASSED" in final, final
    print(f"crash test (writes): {figures}, {time.monotonic() - started:.1f} s")  # the figures (pytest -s)
