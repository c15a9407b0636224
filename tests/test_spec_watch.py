"""The spec watch (scripts/update_spec.py) replaying real revisions of Sequence's official schema.

Fixtures (tests/fixtures/upstream/, cut by its cut.py): three windows of real upstream history,
sliced to six operations. Each test builds a small copy of the project from the window's first
revision, a git repository of the window's revisions at their real dates, and runs the watch
once per revision, merging what it opens as a pull request would be merged.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from spectools import update

from tests._upstream import git, revisions, schema_repository, small_project, snapshot

PUBLIC_MODELS = ("CustomerAlias", "CustomerAliasPage", "CustomerAliasList", "Contact", "ContactList", "PaginationMeta")


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def watch(project: Path, *args: str) -> Run:
    """One run of the watch on ``project`` (in this process; its generate and report steps still run
    as subprocesses of the copy's own scripts)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = update.main(["--root", str(project), "--timeout", "5", "--retries", "1", "--backoff", "0.01", *args])
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never let an outer git, a proxy or the caller's override redirect the throwaway runs."""
    for key in list(os.environ):
        if key.startswith("GIT_") or key.lower() in {"http_proxy", "https_proxy", "all_proxy", "spec_schema_url"}:
            monkeypatch.delenv(key)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")


def models(project: Path) -> set[str]:
    spec = yaml.safe_load((project / "openapi" / "sequence.yaml").read_text())
    return set(spec["components"]["schemas"])


@dataclass
class Replay:
    """A replay's outcome: the exit code per revision, the pull requests (index, code, taken)."""

    codes: list[int]
    pull_requests: list[tuple[int, int, str]]
    names_seen: list[set[str]]


def replay(tmp_path: Path, scenario: str) -> tuple[Replay, list[dict[str, Any]], Path]:
    entries = revisions(scenario)
    project = small_project(tmp_path / "project", entries[0]["doc"])
    upstream = tmp_path / "openapi-schema"
    commits = schema_repository(upstream, entries)
    outcome = Replay([], [], [models(project)])
    for index, commit in enumerate(commits):
        before = snapshot(project)
        run = watch(project, "--schema-repo", str(upstream), "--schema-ref", commit)
        assert run.code in (0, 2, 3), f"revision {index}: {run.stderr}"
        outcome.codes.append(run.code)
        if run.code == 0:
            assert snapshot(project) == before, f"revision {index} wrote files without a pull request"
            continue
        taken = " ".join(line for line in run.stdout.splitlines() if ": taken:" in line)
        outcome.pull_requests.append((index, run.code, taken))
        git(project, "add", "-A")
        git(project, "commit", "-q", "-m", f"spec watch {index}")  # the pull request, merged
        outcome.names_seen.append(models(project))
    return outcome, entries, project


@pytest.mark.slow
def test_june_2026_renames_flip_flops_and_a_settled_change(tmp_path: Path) -> None:
    """24 real revisions (2026-06-13..16): 14 rename-only, one change that holds (`limit` gains a
    format), address `line2` appearing and disappearing on GET /customers/{id} seven times."""
    outcome, entries, project = replay(tmp_path, "june2026")
    renames = [i for i, e in enumerate(entries) if e["what"].startswith("rename only")]
    assert len(renames) >= 10
    flips = [i for i, e in enumerate(entries) if e["what"] == "structural: getCustomersById"]
    assert len(flips) >= 5
    # One pull request: the format change, once it held 24 hours; the flapping line2 never held.
    assert [(i, code) for i, code, _ in outcome.pull_requests] == [(len(entries) - 1, 2)]
    taken = outcome.pull_requests[0][2]
    assert "getCustomerAliases: taken: held 17 revisions, 26.6 h" in taken
    assert "getCustomersById: taken" not in taken
    assert [code for i, code in enumerate(outcome.codes) if i != len(entries) - 1] == [0] * (len(entries) - 1)
    assert "line2" not in (project / "openapi" / "sources" / "getCustomersById.yaml").read_text()
    # No model name ever disappeared; the public ones are all there.
    for before, after in zip(outcome.names_seen, outcome.names_seen[1:], strict=False):
        assert before <= after
    assert set(PUBLIC_MODELS) <= outcome.names_seen[-1]


@pytest.mark.slow
def test_november_2024_a_removed_operation_settles_as_a_breaking_change(tmp_path: Path) -> None:
    """21 real revisions (2024-11-08..27): the push-customer operation's `service` becomes an enum
    (breaking), customers change twice, then the operation is removed upstream (2024-11-19)."""
    outcome, entries, project = replay(tmp_path, "november2024")
    removed_at = next(i for i, e in enumerate(entries) if "postIntegrations" in e["what"] and i > 5)
    # 18: getCustomersById's address state gains three values. The registry (openapi/names.yaml)
    # anchors that enum at getCustomersById:response.address.state under `State`, so it is the
    # same model throughout: added enum values (2), where an older registry renamed State2 (3).
    assert [(i, code) for i, code, _ in outcome.pull_requests] == [(5, 3), (9, 2), (18, 2), (20, 3)]
    assert "postIntegrationsByServicePushCustomerByCustomerId: taken" in outcome.pull_requests[0][2]
    assert "getCustomersById: taken" in outcome.pull_requests[1][2]
    # The removal is taken only once it held 7 days (2024-11-19 12:06 -> 11-27 11:06).
    assert outcome.pull_requests[3][0] > removed_at + 3
    assert (
        "postIntegrationsByServicePushCustomerByCustomerId: taken: held 10 revisions, 191.0 h"
        in (outcome.pull_requests[3][2])
    )
    assert not (project / "openapi" / "sources" / "postIntegrationsByServicePushCustomerByCustomerId.yaml").exists()
    report = (project / "build" / "spec-report.md").read_text()
    assert "**BREAKING** Removed operation `postIntegrationsByServicePushCustomerByCustomerId`" in report


@pytest.mark.slow
def test_august_2026_an_example_only_revision_changes_nothing(tmp_path: Path) -> None:
    entries = revisions("august2026")
    assert entries[1]["what"] == "text only (descriptions or examples)"
    project = small_project(tmp_path / "project", entries[0]["doc"])
    commits = schema_repository(tmp_path / "openapi-schema", entries)
    before = snapshot(project)
    for commit in commits:
        run = watch(project, "--schema-repo", str(tmp_path / "openapi-schema"), "--schema-ref", commit)
        assert run.code == 0, run.stderr
        assert "no change to take; nothing written" in run.stdout
    assert snapshot(project) == before


@pytest.mark.slow
def test_a_schema_url_is_remembered_revision_by_revision(tmp_path: Path) -> None:
    """Without the repository, each distinct revision fetched from --schema-url is the history;
    fetching the same revision again does not count as another one."""
    from tests._spec_site import Site, serve

    entries = revisions("june2026")
    project = small_project(tmp_path / "project", entries[0]["doc"])
    site = Site()
    with serve(site) as base_url:
        url = f"{base_url}/2024-07-30.product.json"
        codes = []
        for entry in [entries[7], entries[7], entries[8]]:  # 850, 850 again, 851
            site.add("/2024-07-30.product.json", _json(entry["doc"]))
            codes.append(watch(project, "--schema-url", url).code)
    assert codes == [0, 0, 0]  # fetched within seconds: nothing has held 24 hours
    state = next((project / "build" / "spec-watch").glob("url-*.json"))
    assert len(json.loads(state.read_text())["observed"]) == 2  # the same bytes twice: one revision
    assert all("sequence-async-spec-watch/" in agent for _, agent in site.requests)


def _json(doc: dict[str, Any]) -> str:
    return json.dumps(doc)


def test_the_fixtures_are_real_sliced_revisions() -> None:
    for scenario in ("june2026", "november2024", "august2026"):
        entries = revisions(scenario)  # rebuilt from base and differences, each checked by its sha256
        assert len({e["commit"] for e in entries}) == len(entries)
        assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)


def test_make_update_spec_has_no_page_watch_left() -> None:
    upstream = (Path(__file__).resolve().parent.parent / "openapi" / "upstream.yaml").read_text()
    assert "2024-07-30.product.json" in upstream
    assert "llms.txt" not in upstream
    assert shutil.which("git")
