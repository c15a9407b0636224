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
    runs = [step.get("run", "") for step in build["steps"]]
    # What CI runs, before the rehearsal: nothing untested is published, whatever branch was tagged.
    assert runs.index("make test") < runs.index("make lint") < runs.index("make release-check")
    [checkout] = [step for step in build["steps"] if step.get("uses", "").startswith("actions/checkout@")]
    assert checkout["with"]["fetch-depth"] == 0  # every tag: the version bump compares with the previous one
    [rehearsal] = [step for step in build["steps"] if "make release-check" in step.get("run", "")]
    # The tag reaches the script as an environment variable only: a ref name may hold `;` or `$`.
    assert rehearsal["run"] == "make release-check"
    assert rehearsal["env"] == {"RELEASE_TAG": "${{ github.ref_name }}"}
    for job in release["jobs"].values():
        for step in job["steps"]:
            assert "${{" not in step.get("run", ""), step  # no expression expanded into a script
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


def test_the_publish_action_pin_is_the_one_release_check_checks_metadata_for() -> None:
    """release-check refuses metadata newer than the pinned action's twine accepts: same version."""
    from spectools import release

    text = (WORKFLOWS / "release.yml").read_text()
    [pinned] = re.findall(r"pypa/gh-action-pypi-publish@[0-9a-f]{40}  # (v[\d.]+)", text)
    assert pinned == release.PUBLISH_ACTION


def test_make_lint_runs_the_workflow_linters_and_make_docs_is_strict_and_not_quiet() -> None:
    import subprocess

    def recipe(target: str) -> str:
        return subprocess.run(
            ["make", "-n", "--no-print-directory", target],
            cwd=WORKFLOWS.parent.parent,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout

    lint = recipe("lint")
    assert "actionlint" in lint
    assert "zizmor" in lint
    [build] = [line for line in recipe("docs").splitlines() if "mkdocs build" in line]
    assert "--strict" in build
    assert "--quiet" not in build  # it raises the log level past the warnings --strict counts


def test_a_pre_release_tag_makes_a_github_pre_release() -> None:
    import subprocess

    [script] = [step["run"] for step in workflow("release.yml")["jobs"]["github-release"]["steps"] if "run" in step]
    condition = script.split("prerelease=()\n", 1)[1].split("\n", 1)[0]  # the `if [[ ... ]]; then` line
    for tag, expected in [
        ("v0.2.0rc1", True), ("v1.0.0b2", True), ("v0.3.0.dev1", True), ("v1.0.0-alpha.1", True), ("v2.0.0a1", True),
        ("v0.2.0", False), ("v1.0.0.post1", False), ("v10.0.0", False),
    ]:  # fmt: skip
        probe = f"TAG={tag!r}\n{condition} echo pre; else echo final; fi"
        out = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True, timeout=10).stdout
        assert out.strip() == ("pre" if expected else "final"), tag
