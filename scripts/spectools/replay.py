"""Replay the schema file's history through the spec watch (``make replay-upstream``).

Runs the watch's own decision (:func:`spectools.update_plan.make_plan` with the settling rule of
``openapi/upstream.yaml``) once per upstream revision, oldest first, on a scratch copy of the
sources that starts as the first revision of the window. When the watch would open a pull
request, the change is applied as if it were merged: the sources are written and built (merge,
normalisation, model names, validation; ``--generate`` runs the generator too). Prints:

- upstream: revisions read, structural changes (an operation's fingerprint changing between
  consecutive revisions), of which returns to a structure seen before;
- the watch: pull requests, operations taken, flip-flops (an operation taking back a structure
  it had left), errors, model names lost while their shape is still there (churn), time.

Usage: python scripts/replay_upstream.py --schema-repo PATH [--since YYYY-MM-DD] [--until ...]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml

from spectools.errors import SpecError, UntrustedError, UpdateError
from spectools.generate import run_generator
from spectools.history import Observed, fingerprints, git_blob, git_dir, git_revisions
from spectools.layout import NAMES, ROOT, RULES, SOURCES, UPSTREAM
from spectools.merge import build_all
from spectools.official import Revision, split
from spectools.shapes import shapes
from spectools.untrusted import check_names, one_line
from spectools.update_plan import Committed, Newest, make_plan, parse_schema
from spectools.upstream import load_upstream


@dataclass
class Tally:
    """What the replay counts."""

    revisions: int = 0
    upstream_changes: int = 0
    upstream_returns: int = 0
    pull_requests: int = 0
    removals: int = 0
    taken: Counter[str] = field(default_factory=Counter)
    flip_flops: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lost_names: list[str] = field(default_factory=list)


def _models(spec_text: str) -> dict[str, str]:
    """Model name -> shape digest of a built document."""
    doc = yaml.load(spec_text, Loader=yaml.CSafeLoader)
    return shapes(doc)


def _revisions(repo: str, file: str, ref: str, since: str | None, until: str | None) -> list[tuple[str, float]]:
    found = git_revisions(repo, file, ref, 100_000)
    low = time.mktime(time.strptime(since, "%Y-%m-%d")) if since else 0.0
    high = time.mktime(time.strptime(until, "%Y-%m-%d")) if until else float("inf")
    return [(c, t) for c, t in found if low <= t < high]


def _seed(work: Path, doc: dict[str, Any], revision: Revision) -> None:
    """The scratch repository: the rules, the registry, the first revision's sources."""
    (work / SOURCES).mkdir(parents=True)
    shutil.copy(ROOT / RULES, work / RULES)
    shutil.copy(ROOT / NAMES, work / NAMES)
    for op_id, text in split(doc, revision).items():
        (work / SOURCES / f"{op_id}.yaml").write_text(text, encoding="utf-8")


def _apply(work: Path, plan: Any, generate: bool) -> str:
    for op_id in plan.removed:
        (work / SOURCES / f"{op_id}.yaml").unlink()
    for op_id, text in plan.taken.items():
        (work / SOURCES / f"{op_id}.yaml").write_text(text, encoding="utf-8")
    built = build_all(work / SOURCES, work / RULES)
    (work / NAMES).write_text(built.names, encoding="utf-8")
    if generate:
        (work / "spec.yaml").write_text(built.spec, encoding="utf-8")
        run_generator(work / "spec.yaml", work / "generated", ROOT)
    return built.spec


def _pull_request(tally: Tally, work: Path, plan: Any, state: dict[str, Any], generate: bool) -> None:
    """Apply the plan as a merged pull request; count flip-flops and lost names."""
    tally.pull_requests += 1
    tally.removals += any(d.removes for d in plan.decisions if d.take)
    newest_fps = state["history"][-1].fingerprints
    for op_id in [*plan.taken, *plan.removed]:
        tally.taken[op_id] += 1
        adopted = state["adopted"].setdefault(op_id, [])
        now = newest_fps.get(op_id)
        if now in adopted[:-1]:
            tally.flip_flops.append(f"{op_id} at {plan.newest.commit}")
        adopted.append(now)
    try:
        spec = _apply(work, plan, generate)
    except (SpecError, UpdateError, UntrustedError, SystemExit) as exc:
        tally.errors.append(one_line(f"{plan.newest.commit}: {exc}"))
        return
    models = _models(spec)
    for name, shape in state["models"].items():
        if name not in models and shape in models.values():
            tally.lost_names.append(f"{name} at {plan.newest.commit}")
    state["models"] = models
    state["committed"] = Committed.load(work, state["rules"])


def replay(args: argparse.Namespace) -> Tally:
    upstream = load_upstream(ROOT / UPSTREAM)
    rules = yaml.safe_load((ROOT / RULES).read_text(encoding="utf-8"))
    repo = git_dir(Path(args.schema_repo))
    tally = Tally()
    state: dict[str, Any] = {"history": [], "adopted": {}, "rules": rules}
    with tempfile.TemporaryDirectory(prefix="replay-upstream-") as tmp:
        work = Path(tmp)
        previous: dict[str, str] = {}
        seen: dict[str, set[str]] = {}
        for index, (commit, when) in enumerate(_revisions(repo, upstream.file, args.ref, args.since, args.until)):
            data = git_blob(repo, commit, upstream.file)
            revision = Revision.of(data, commit, origin=upstream.file)
            try:
                doc = parse_schema(data, upstream.file, names=False)
                observed = Observed(revision, when, fingerprints(doc, rules))
            except (UpdateError, SpecError) as exc:
                tally.errors.append(one_line(f"{commit}: {exc}"))
                continue
            tally.revisions += 1
            for op_id, fp in observed.fingerprints.items():
                if op_id in previous and previous[op_id] != fp:
                    tally.upstream_changes += 1
                    tally.upstream_returns += fp in seen.get(op_id, set())
                seen.setdefault(op_id, set()).add(fp)
            previous = observed.fingerprints
            if index == 0:
                _seed(work, doc, revision)
                state["models"] = _models(_apply(work, _NoPlan(), False))
                state["committed"] = Committed.load(work, rules)
                state["adopted"] = {op: [fp] for op, fp in observed.fingerprints.items()}
            state["history"] = [*state["history"], observed][-upstream.settle.lookback :]
            plan = make_plan(state["history"], Newest(revision, doc), upstream, rules, state["committed"])
            if plan.writes:
                try:
                    check_names(doc, upstream.file)
                except UntrustedError as exc:
                    tally.errors.append(one_line(f"{commit}: {exc}"))
                    continue
                _pull_request(tally, work, plan, state, args.generate)
            if args.progress and index % 50 == 0:
                print(f"replay: {index} revisions, {tally.pull_requests} pull requests", file=sys.stderr)
    return tally


class _NoPlan:
    """The first revision's build: nothing taken, nothing removed."""

    taken: ClassVar[dict[str, str]] = {}
    removed: ClassVar[list[str]] = []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema-repo", required=True, help="a local copy of SequenceHQ/openapi-schema")
    parser.add_argument("--ref", default="HEAD")
    parser.add_argument("--since", help="first day of the window (YYYY-MM-DD, UTC)")
    parser.add_argument("--until", help="day after the window")
    parser.add_argument("--generate", action="store_true", help="also run the generator on every pull request")
    parser.add_argument("--progress", action="store_true")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        tally = replay(args)
    except (UpdateError, SpecError, subprocess.SubprocessError) as exc:
        print(f"replay-upstream: error: {one_line(str(exc))}", file=sys.stderr)
        return 1
    print(f"revisions read: {tally.revisions}")
    print(f"upstream structural changes (per operation): {tally.upstream_changes}, returns: {tally.upstream_returns}")
    print(f"pull requests: {tally.pull_requests} (with removals: {tally.removals})")
    print(f"operations taken: {sum(tally.taken.values())} over {len(tally.taken)} operations")
    print(f"flip-flops: {len(tally.flip_flops)}" + "".join(f"\n  {f}" for f in tally.flip_flops[:20]))
    print(f"errors: {len(tally.errors)}" + "".join(f"\n  {e}" for e in tally.errors[:20]))
    print(f"model names lost with their shape still there: {len(tally.lost_names)}")
    print("".join(f"  {n}\n" for n in tally.lost_names[:20]), end="")
    print(f"time: {time.monotonic() - started:.0f} s")
    return 1 if tally.errors or tally.flip_flops or tally.lost_names else 0
