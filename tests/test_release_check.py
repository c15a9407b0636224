"""`make release-check`: the release rehearsal passes on this repository, and refuses a version
the changes since the last tag have outgrown (run on a throwaway clone with a tag)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "release_check.py"


def release_check(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=600, check=False, cwd=cwd
    )


def changelog_entry(version: str) -> str:
    text = (ROOT / "CHANGELOG.md").read_text()
    body = re.search(rf"^## \[{re.escape(version)}\][^\n]*\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert body is not None
    return body.group(1).strip() + "\n"


@pytest.mark.slow
def test_the_rehearsal_passes_and_its_wheel_works_alone(tmp_path: Path) -> None:
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    run = release_check("--out", str(tmp_path))
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"release-check: version: ok ({version})"
    assert f"sequence_async-{version}.tar.gz and sequence_async-{version}-py3-none-any.whl" in run.stdout
    # The quickstart ran on the SDK installed from the wheel into a fresh venv, not on this checkout.
    [quickstart] = [line for line in lines if "fresh-venv quickstart: ok" in line]
    assert f"ok {version} sequence_api " in quickstart
    assert "/site-packages/sequence_async/__init__.py; dependencies: " in quickstart
    declared = quickstart.removesuffix(")").split("; dependencies: ")[1].split(", ")
    assert {"attrs", "httpx", "sniffio", "starlette", "uvicorn"} <= set(declared)
    assert not {"aiohttp", "redis", "rich", "pytest"} & set(declared)  # other extras and dev: absent
    assert str(ROOT) not in quickstart
    assert lines[-1] == "release-check: passed (nothing was uploaded)"
    assert (tmp_path / "release-notes.md").read_text() == changelog_entry(version)
    assert sorted(p.name for p in (tmp_path / "dist").iterdir()) == [
        f"sequence_async-{version}-py3-none-any.whl",
        f"sequence_async-{version}.tar.gz",
    ]


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, timeout=60)


@pytest.mark.slow
def test_a_version_the_changes_since_the_last_tag_outgrew_is_refused(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    git(ROOT, "clone", "--quiet", str(ROOT), str(repo))
    git(repo, "tag", "v0.1.0")
    version = "0.1.0"
    assert f'version = "{version}"' in (repo / "pyproject.toml").read_text()
    init = repo / "sequence_async" / "__init__.py"
    init.write_text(
        init.read_text()
        + '\n\ndef added_helper() -> None:\n    """New in this release."""\n\n\n__all__ += ["added_helper"]\n'
    )
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-am", "a new public name")

    refused = release_check("--root", str(repo), "--skip-build", "--out", str(tmp_path / "out"))
    assert refused.returncode == 1
    outgrown = "pyproject.toml says 0.1.0, but the changes since v0.1.0 call for at least 0.2.0"
    assert f"release-check: version bump failed: {outgrown}" in refused.stderr
    assert refused.stdout.splitlines()[-1] == "release-check: FAILED"

    for path, old, new in (
        (repo / "pyproject.toml", 'version = "0.1.0"', 'version = "0.2.0"'),
        (repo / "sequence_async" / "_version.py", '"0.1.0"', '"0.2.0"'),
        (repo / "CHANGELOG.md", "## [Unreleased]", "## [0.2.0] - Unreleased"),
    ):
        path.write_text(path.read_text().replace(old, new, 1))
    accepted = release_check("--root", str(repo), "--skip-build", "--out", str(tmp_path / "out"))
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "version bump: ok (since v0.1.0: at least 0.2.0 (minor" in accepted.stdout

    wrong_tag = release_check("--root", str(repo), "--skip-build", "--tag", "v0.3.0", "--out", str(tmp_path / "out"))
    assert wrong_tag.returncode == 1
    assert "the tag 'v0.3.0' does not name version 0.2.0 (expected v0.2.0)" in wrong_tag.stderr


@pytest.mark.slow
def test_a_wheel_that_does_not_declare_a_dependency_it_imports_fails_the_quickstart(tmp_path: Path) -> None:
    """The fresh venv sees only what the wheel's metadata declares, as a user's would."""
    repo = tmp_path / "repo"
    git(ROOT, "clone", "--quiet", str(ROOT), str(repo))
    pyproject = repo / "pyproject.toml"
    text = pyproject.read_text()
    assert '    "attrs>=23.1",\n' in text
    pyproject.write_text(text.replace('    "attrs>=23.1",\n', "", 1))

    run = release_check("--root", str(repo), "--out", str(tmp_path / "out"))
    assert run.returncode == 1
    [failure] = [line for line in run.stderr.splitlines() if line.startswith("release-check: ")]
    assert failure.startswith("release-check: fresh-venv quickstart failed: ")
    assert "No module named 'attrs'" in run.stderr
    assert "sdist and wheel: ok" in run.stdout


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1))


def _empty_unreleased(repo: Path) -> None:
    changelog = repo / "CHANGELOG.md"
    text = changelog.read_text()
    start = text.index("## [Unreleased]\n") + len("## [Unreleased]\n")
    changelog.write_text(text[:start] + "\n" + text[text.index("\n## [", start) + 1 :])


@pytest.mark.slow
def test_the_release_workflow_compares_with_the_previous_tag_not_the_one_being_released(tmp_path: Path) -> None:
    """In the workflow HEAD carries the tag being released (RELEASE_TAG, as the workflow sets it)."""
    repo = tmp_path / "repo"
    git(ROOT, "clone", "--quiet", str(ROOT), str(repo))
    git(repo, "tag", "v0.1.0")
    out = str(tmp_path / "out")

    def release(tag: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(SCRIPT), "--root", str(repo), "--skip-build", "--out", out],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
            env={**os.environ, "RELEASE_TAG": tag},
        )

    pending = release("v0.1.0")  # [Unreleased] still lists changes
    assert pending.returncode == 1
    assert "release-check: CHANGELOG entry failed: CHANGELOG.md's [Unreleased] section still lists" in pending.stderr
    assert "version bump: ok (no earlier v* tag: a first release, any version)" in pending.stdout

    _empty_unreleased(repo)
    first = release("v0.1.0")
    assert first.returncode == 0, first.stdout + first.stderr

    init = repo / "sequence_async" / "__init__.py"
    init.write_text(init.read_text() + '\n\ndef added() -> None:\n    """New."""\n\n\n__all__ += ["added"]\n')
    _edit(repo / "pyproject.toml", 'version = "0.1.0"', 'version = "0.2.0"')
    _edit(repo / "sequence_async" / "_version.py", '"0.1.0"', '"0.2.0"')
    _edit(repo / "CHANGELOG.md", "## [Unreleased]\n", "## [Unreleased]\n\n## [0.2.0] - 2026-12-01\n\n- `added`.\n")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-am", "0.2.0")
    git(repo, "tag", "v0.2.0")
    second = release("v0.2.0")
    assert second.returncode == 0, second.stdout + second.stderr
    assert "version bump: ok (since v0.1.0: at least 0.2.0 (minor" in second.stdout
    assert (tmp_path / "out" / "release-notes.md").read_text() == "- `added`.\n"

    injected = release("v0.2.0;touch${IFS}PWNED")  # a valid ref name: refused as text, nothing run
    assert injected.returncode == 1
    assert "the tag 'v0.2.0;touch${IFS}PWNED' does not name version 0.2.0" in injected.stderr
    assert not (repo / "PWNED").exists()


@pytest.mark.slow
def test_a_wheel_that_leaves_out_a_module_is_refused(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    git(ROOT, "clone", "--quiet", str(ROOT), str(repo))
    _edit(
        repo / "pyproject.toml",
        "[tool.hatch.build.targets.wheel]\n",
        "[tool.hatch.build.targets.wheel]\n"
        'exclude = ["sequence_async/types.py", "sequence_async/testing/__main__.py"]\n',
    )
    run = release_check("--root", str(repo), "--out", str(tmp_path / "out"))
    assert run.returncode == 1
    missing = "sequence_async/testing/__main__.py, sequence_async/types.py"
    expected = f"the wheel lacks 2 tracked file(s) of the packages: {missing}"
    assert f"release-check: sdist and wheel failed: {expected}" in run.stderr


def test_a_distribution_newer_than_the_publish_action_accepts_is_refused(tmp_path: Path) -> None:
    import zipfile

    from spectools import release

    wheel = tmp_path / "sequence_async-9.0.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("sequence_async-9.0.0.dist-info/METADATA", "Metadata-Version: 2.6\nName: sequence-async\n")
    with pytest.raises(release.CheckFailed, match=r"declares Metadata-Version 2\.6; the publish action pinned in "):
        release.check_metadata_version(wheel)
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("sequence_async-9.0.0.dist-info/METADATA", "Metadata-Version: 2.5\nName: sequence-async\n")
    release.check_metadata_version(wheel)  # the newest it accepts
