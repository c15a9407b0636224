"""The release and docs workflows keep their promises: trusted publishing (no stored token),
least privilege per job, pinned actions, and the same rehearsal as `make release-check`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

WORKFLOWS = Path(__file__).resolve().parent.parent / ".github" / "workflows"


def workflow(name: str) -> dict[str, Any]:
    loaded: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text())
    loaded["on"] = loaded.pop(True, loaded.get("on"))  # YAML 1.1 reads the key `on` as True
    return loaded


def uses(job: dict[str, Any]) -> list[str]:
    return [step["uses"] for step in job["steps"] if "uses" in step]


def test_every_action_of_every_workflow_is_pinned_to_a_commit() -> None:
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for job in workflow(path.name)["jobs"].values():
            for action in uses(job):
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), (path.name, action)


def test_release_runs_on_tags_rehearses_then_publishes_with_oidc_only() -> None:
    release = workflow("release.yml")
    assert release["on"] == {"push": {"tags": ["v*"]}}
    assert release["permissions"] == {}
    build, pypi, github = (release["jobs"][name] for name in ("build", "pypi", "github-release"))
    assert build["permissions"] == {"contents": "read"}
    assert any("make release-check" in step.get("run", "") and "--tag" in step["run"] for step in build["steps"])
    assert pypi["needs"] == "build"
    assert github["needs"] == "pypi"
    assert pypi["permissions"] == {"id-token": "write"}
    [publish] = [step for step in pypi["steps"] if step.get("uses", "").startswith("pypa/gh-action-pypi-publish@")]
    assert set(publish.get("with", {})) <= {"packages-dir"}  # no password, no token: trusted publishing
    assert github["permissions"] == {"contents": "write"}
    assert "--notes-file build/release-notes.md" in github["steps"][-1]["run"]


def test_docs_build_strict_on_main_and_deploy_to_pages() -> None:
    docs = workflow("docs.yml")
    assert docs["on"]["push"] == {"branches": ["main"]}
    assert docs["permissions"] == {}
    build, deploy = docs["jobs"]["build"], docs["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read"}
    assert any(step.get("run") == "make docs" for step in build["steps"])
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert uses(deploy)[0].startswith("actions/deploy-pages@")
