"""A hostile upstream served to the spec watch: each class of the review, through update_spec.py.

The building blocks are tested in test_upstream_hostile.py; these tests check they are wired in:
every refusal is exit 1, one bounded ``update-spec: error:`` line, nothing written, and nothing
outside the configured URL is read or requested.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from spectools.backup import terminate_as_exit
from spectools.merge import build_all
from spectools.official import Revision, split
from spectools.update_apply import run_step

from tests._spec_site import Site, serve
from tests._upstream import ENV, git, revisions, schema_repository, small_project, snapshot
from tests.test_spec_watch import watch

SCHEMA = "/2024-07-30.product.json"


@pytest.fixture(scope="module")
def base() -> dict[str, Any]:
    doc: dict[str, Any] = revisions("june2026")[0]["doc"]
    return doc


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory, base: dict[str, Any]) -> Path:
    return small_project(tmp_path_factory.mktemp("hostile") / "project", base)


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    served = Site()
    with serve(served) as url:
        yield served, url


def refused(project: Path, url: str, *extra: str) -> str:
    """Run the watch against ``url``; it must refuse, in one bounded line, writing nothing."""
    before = snapshot(project)
    run = watch(project, "--schema-url", url, *extra)
    assert run.code == 1, run.stdout + run.stderr
    lines = run.stderr.strip().splitlines()
    assert lines[0].startswith("update-spec: error: ")
    assert lines[1:] == ["update-spec: nothing written"]
    assert len(lines[0]) <= 640
    assert "Traceback" not in run.stderr
    assert snapshot(project) == before
    return lines[0]


def variant(base: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> str:
    doc = copy.deepcopy(base)
    change(doc)
    return json.dumps(doc)


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"]
    return found


def test_a_non_local_ref_is_refused_before_anything_resolves_it(
    project: Path, base: dict[str, Any], site: tuple[Site, str]
) -> None:
    served, url = site
    secret = Path(project) / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT\n")
    bait = Site()
    with serve(bait) as bait_url:
        for ref in (secret.as_uri(), f"{bait_url}/x.yaml#/X", "other.yaml#/components/schemas/X"):
            injected = {"Injected": {"$ref": ref}}
            served.add(SCHEMA, variant(base, lambda d: _schemas(d).update(injected)))  # noqa: B023
            line = refused(project, url + SCHEMA)
            assert "TOP-SECRET" not in line
            assert "$ref" in line
    secret.unlink()
    assert bait.requests == []  # nothing was fetched outside the fetcher


def test_an_operation_id_differing_only_in_case_is_refused(
    project: Path, base: dict[str, Any], site: tuple[Site, str]
) -> None:
    served, url = site

    def clash(doc: dict[str, Any]) -> None:
        item = doc["paths"]["/customers/{id}"]
        item["delete"] = copy.deepcopy(doc["paths"]["/customer-aliases/{id}"]["delete"])
        item["delete"]["operationId"] = "DeleteCustomerAliasesById"

    served.add(SCHEMA, variant(base, clash))
    line = refused(project, url + SCHEMA)
    assert "DeleteCustomerAliasesById" in line
    assert "deleteCustomerAliasesById" in line


@pytest.mark.parametrize(
    ("name", "change", "says"),
    [
        ("long id", lambda d: d["paths"]["/customer-aliases"]["get"].update(operationId="a" * 300), "operationId"),
        ("dangling", lambda d: _schemas(d).update(X={"$ref": "#/components/schemas/Missing"}), "Missing"),
        (
            "cycle",
            lambda d: _schemas(d).update(A={"$ref": "#/components/schemas/B"}, B={"$ref": "#/components/schemas/A"}),
            "A",
        ),
        ("not a mapping", lambda d: d.update(paths=["x"]), "paths"),
    ],
)
def test_malformed_schemas_end_in_one_line(
    project: Path,
    base: dict[str, Any],
    site: tuple[Site, str],
    name: str,
    change: Callable[[dict[str, Any]], None],
    says: str,
) -> None:
    served, url = site
    served.add(SCHEMA, variant(base, change))
    assert says in refused(project, url + SCHEMA)


def test_deep_nesting_is_refused(project: Path, site: tuple[Site, str]) -> None:
    served, url = site
    served.add(SCHEMA, '{"openapi": "3.0.3", "paths": ' + "[" * 50_000 + "]" * 50_000 + "}")
    assert "deep" in refused(project, url + SCHEMA)


def test_a_redirect_to_another_host_is_refused(project: Path, base: dict[str, Any], site: tuple[Site, str]) -> None:
    served, url = site
    other = Site()
    other.add(SCHEMA, json.dumps(base))
    with serve(other) as other_url:
        served.add(SCHEMA, "", redirect=other_url.replace("127.0.0.1", "localhost") + SCHEMA)
        assert "redirect" in refused(project, url + SCHEMA)
    assert other.requests == []


def test_the_whole_run_has_a_deadline(project: Path, site: tuple[Site, str]) -> None:
    served, url = site
    served.add(SCHEMA, "{}", hang=True)
    assert "deadline" in refused(project, url + SCHEMA, "--deadline", "1", "--timeout", "30")


@pytest.mark.slow
def test_sigterm_mid_run_restores_the_tree(tmp_path: Path) -> None:
    """Killed while it writes and regenerates, the watch puts every file back."""
    entries = revisions("june2026")  # its last revision settles the `limit` format change
    project = small_project(tmp_path / "project", entries[0]["doc"])
    commits = schema_repository(tmp_path / "schema", entries)
    before = snapshot(project)
    watched = project / "openapi" / "sources" / "getCustomerAliases.yaml"
    original = watched.read_bytes()
    script = [sys.executable, "scripts/update_spec.py", "--schema-repo", str(tmp_path / "schema")]
    process = subprocess.Popen(
        [*script, "--schema-ref", commits[-1]], cwd=project, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while watched.read_bytes() == original and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # polling for the write, bounded; not a fixed wait
    assert process.poll() is None, "the run ended before it wrote"
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, err
    assert snapshot(project) == before
    assert git(project, "status", "--porcelain", "--untracked-files=no") == ""


# A step that starts a grandchild (as `make generate` starts the generator): the grandchild holds
# the FIFO open for writing, so the FIFO's reader sees end-of-file only once it is dead.
_STEP_WITH_GRANDCHILD = """
import subprocess, sys
fifo = sys.argv[1]
grandchild = "import sys, time; f = open(sys.argv[1], 'w'); f.write('r'); f.flush(); time.sleep(120)"
subprocess.Popen([sys.executable, "-c", grandchild, fifo])
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"]).wait()
"""


def test_a_terminated_run_kills_the_steps_grandchildren(tmp_path: Path) -> None:
    """SIGTERM during a step kills its whole process group before the restore, so nothing the step
    started can write into the tree after it was put back."""
    fifo = tmp_path / "held"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    seen: list[bytes] = []

    def terminate_when_the_grandchild_holds_the_fifo() -> None:
        deadline = time.monotonic() + 60
        while b"r" not in b"".join(seen) and time.monotonic() < deadline:
            select.select([reader], [], [], 0.5)
            with contextlib.suppress(BlockingIOError):
                seen.append(os.read(reader, 16))
        os.kill(os.getpid(), signal.SIGTERM)

    trigger = threading.Thread(target=terminate_when_the_grandchild_holds_the_fifo)
    trigger.start()
    try:
        with pytest.raises(SystemExit) as ended, terminate_as_exit():
            run_step("step", [sys.executable, "-c", _STEP_WITH_GRANDCHILD, str(fifo)], tmp_path)
    finally:
        trigger.join(timeout=60)
    assert ended.value.code == 128 + signal.SIGTERM
    assert b"r" in b"".join(seen), "the grandchild never started"
    ready, _, _ = select.select([reader], [], [], 30)  # end-of-file once no writer is left
    assert ready, "the step's grandchild outlived the run"
    assert os.read(reader, 16) == b""
    os.close(reader)


def test_upstream_text_reaches_no_docstring_or_page_raw(tmp_path: Path, base: dict[str, Any]) -> None:
    doc = copy.deepcopy(base)
    op = doc["paths"]["/customer-aliases"]["get"]
    op["description"] = '<script>alert(1)</script> :mod:`os` --8<-- "README.md"\n::: sequence_async.testing'
    sources = tmp_path / "sources"
    sources.mkdir()
    for op_id, text in split(doc, Revision.of(b"x")).items():
        (sources / f"{op_id}.yaml").write_text(text)
    rules = tmp_path / "normalise.yaml"
    rules.write_text((Path(__file__).resolve().parent.parent / "openapi" / "normalise.yaml").read_text())
    spec = yaml.safe_load(build_all(sources, rules).spec)
    text = spec["paths"]["/customer-aliases"]["get"]["description"]
    assert "<script>" not in text
    assert "&lt;script&gt;" in text
    assert ":mod:" not in text
    assert "--8<--" not in text
    assert not any(line.lstrip().startswith(":::") for line in text.splitlines())
