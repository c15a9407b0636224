"""`make release-check`: the release rehearsal passes on this repository, and refuses a version
the changes since the last tag have outgrown (run on a throwaway clone with a tag)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests._upstream import SEEDS

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


def commit(repo: Path, message: str) -> None:
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-am", message)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1))


def set_version(repo: Path, version: str) -> None:
    pyproject = repo / "pyproject.toml"
    pyproject.write_text(re.sub(r'(?m)^version = "[^"]*"', f'version = "{version}"', pyproject.read_text(), count=1))
    (repo / "sequence_async" / "_version.py").write_text(f'"""The version."""\n\n__version__ = "{version}"\n')


def scratch_clone(tmp_path: Path, *, unreleased: str = "- pending\n") -> Path:
    """A clone at version 0.1.0 with a small CHANGELOG and no tags, whatever this checkout's are."""
    repo = tmp_path / "repo"
    git(ROOT, "clone", "--quiet", "--no-tags", str(ROOT), str(repo))
    set_version(repo, "0.1.0")
    _seed_operations_only(repo)
    changelog = f"# Changelog\n\n## [Unreleased]\n\n{unreleased}\n## [0.1.0] - 2026-11-23\n\n- first\n"
    (repo / "CHANGELOG.md").write_text(changelog)
    commit(repo, "at 0.1.0")
    return repo


def _seed_operations_only(repo: Path) -> None:
    """The clone's spec cut to the operations the SDK exposes: every spec report of a release check
    compares two whole generated packages, which for the schema's 173 operations took a minute."""
    sources = repo / "openapi" / "sources"
    for path in sources.glob("*.yaml"):
        if path.stem not in SEEDS:
            path.unlink()
    (repo / "openapi" / "unexposed.yaml").write_text("# Operations not exposed yet: none in this clone.\n{}\n")
    for step in (["scripts/merge_spec.py"], ["scripts/generate.py", "generate", "--root", str(repo)]):
        done = subprocess.run([sys.executable, *step], cwd=repo, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    git(repo, "add", "-A")


def add_public_name(repo: Path, name: str) -> None:
    init = repo / "sequence_async" / "__init__.py"
    init.write_text(init.read_text() + f'\n\ndef {name}() -> None:\n    """New."""\n\n\n__all__ += ["{name}"]\n')


@pytest.mark.slow
def test_a_version_the_changes_since_the_last_tag_outgrew_is_refused(tmp_path: Path) -> None:
    repo = scratch_clone(tmp_path)
    git(repo, "tag", "v0.1.0")
    add_public_name(repo, "added_helper")
    commit(repo, "a new public name")

    refused = release_check("--root", str(repo), "--skip-build", "--out", str(tmp_path / "out"))
    assert refused.returncode == 1
    outgrown = "pyproject.toml says 0.1.0, but the changes since v0.1.0 call for at least 0.2.0"
    assert f"release-check: version bump failed: {outgrown}" in refused.stderr
    assert refused.stdout.splitlines()[-1] == "release-check: FAILED"

    set_version(repo, "0.2.0")
    _edit(repo / "CHANGELOG.md", "## [Unreleased]", "## [0.2.0] - Unreleased")
    accepted = release_check("--root", str(repo), "--skip-build", "--out", str(tmp_path / "out"))
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "version bump: ok (since v0.1.0: at least 0.2.0 (minor" in accepted.stdout

    wrong_tag = release_check("--root", str(repo), "--skip-build", "--tag", "v0.3.0", "--out", str(tmp_path / "out"))
    assert wrong_tag.returncode == 1
    assert "the tag 'v0.3.0' does not name version 0.2.0 (expected v0.2.0)" in wrong_tag.stderr


@pytest.mark.slow
def test_the_release_workflow_compares_with_the_previous_release_not_the_one_being_released(tmp_path: Path) -> None:
    """HEAD carries the tag being released (RELEASE_TAG, as the workflow sets it); pre-releases
    and tags that are not versions are handled as PEP 440 says; a tag is only ever text."""
    repo = scratch_clone(tmp_path)
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
    _edit(repo / "CHANGELOG.md", "- pending\n", "### Added\n\n<!-- nothing yet -->\n")  # a template: empty
    first = release("v0.1.0")
    assert first.returncode == 0, first.stdout + first.stderr

    def cut(version: str, note: str) -> subprocess.CompletedProcess[str]:
        set_version(repo, version)
        _edit(repo / "CHANGELOG.md", "## [Unreleased]\n", f"## [Unreleased]\n\n## [{version}] - 2026-12-01\n\n{note}\n")
        commit(repo, version)
        git(repo, "tag", "-a", "-m", version, f"v{version}")
        return release(f"v{version}")

    add_public_name(repo, "added")
    candidate = cut("0.2.0rc1", "- `added`, to try.")
    assert candidate.returncode == 0, candidate.stdout + candidate.stderr
    git(repo, "tag", "vendor-drop", "v0.1.0")  # a v* tag that is not a version: ignored
    final = cut("0.2.0", "- `added`.")
    assert final.returncode == 0, final.stdout + final.stderr
    assert "version bump: ok (since v0.2.0rc1: at least 0.2.0 (v0.2.0rc1 is a pre-release of it))" in final.stdout
    assert (tmp_path / "out" / "release-notes.md").read_text() == "- `added`.\n"

    add_public_name(repo, "another")
    patch = cut("0.2.1", "- `another`.")  # compared with 0.2.0, the highest version: a minor bump
    assert patch.returncode == 1
    assert "the changes since v0.2.0 call for at least 0.3.0 (minor: additions only" in patch.stderr

    injected = release("v0.2.1;touch${IFS}PWNED")  # a valid ref name: refused as text, nothing run
    assert injected.returncode == 1
    assert "the tag 'v0.2.1;touch${IFS}PWNED' does not name version 0.2.1" in injected.stderr
    assert not (repo / "PWNED").exists()


@pytest.mark.slow
def test_a_shallow_clone_cannot_vouch_for_the_version(tmp_path: Path) -> None:
    repo = tmp_path / "shallow"
    git(ROOT, "clone", "--quiet", "--depth", "1", f"file://{ROOT}", str(repo))
    run = release_check("--root", str(repo), "--skip-build", "--out", str(tmp_path / "out"))
    assert run.returncode == 1
    assert "release-check: version bump failed: this is a shallow clone" in run.stderr


@pytest.mark.slow
def test_a_dependency_only_an_extra_declares_fails_the_core_import(tmp_path: Path) -> None:
    """`pip install sequence-async` has no extras: the SDK must import with its core alone."""
    repo = scratch_clone(tmp_path)
    _edit(
        repo / "sequence_async" / "_retry.py",
        "from __future__ import annotations\n",
        "from __future__ import annotations\n\nimport starlette.responses\n",
    )
    commit(repo, "imports an extra's dependency")

    run = release_check("--root", str(repo), "--out", str(tmp_path / "out"))
    assert run.returncode == 1
    [failure] = [line for line in run.stderr.splitlines() if line.startswith("release-check: ")]
    assert (
        failure
        == "release-check: fresh-venv quickstart failed: importing the SDK with its core dependencies only exited 1:"
    )
    assert "No module named 'starlette'" in run.stderr
    assert "sdist and wheel: ok" in run.stdout


@pytest.mark.slow
def test_a_wheel_that_does_not_declare_a_dependency_it_imports_fails(tmp_path: Path) -> None:
    """The fresh venv sees only what the wheel's metadata declares, as a user's would."""
    repo = scratch_clone(tmp_path)
    _edit(repo / "pyproject.toml", '    "attrs>=23.1",\n', "")
    commit(repo, "attrs undeclared")

    run = release_check("--root", str(repo), "--out", str(tmp_path / "out"))
    assert run.returncode == 1
    assert "release-check: fresh-venv quickstart failed: importing the SDK with its core dependencies" in run.stderr
    assert "No module named 'attrs'" in run.stderr


@pytest.mark.slow
def test_a_wheel_that_leaves_out_a_module_is_refused(tmp_path: Path) -> None:
    repo = scratch_clone(tmp_path)
    _edit(
        repo / "pyproject.toml",
        "[tool.hatch.build.targets.wheel]\n",
        "[tool.hatch.build.targets.wheel]\n"
        'exclude = ["sequence_async/types.py", "sequence_async/testing/__main__.py"]\n',
    )
    run = release_check("--root", str(repo), "--out", str(tmp_path / "out"))
    assert run.returncode == 1
    missing = "sequence_async/testing/__main__.py, sequence_async/types.py"
    assert f"release-check: sdist and wheel failed: the wheel lacks 2 file(s) of the packages: {missing}" in run.stderr


def test_the_wheel_holds_the_tracked_files_and_py_typed_and_nothing_else() -> None:
    from spectools import release

    tracked = {"sequence_async/__init__.py", "sequence_async/py.typed", "sequence_api/py.typed"}
    meta = {"sequence_async-1.0.0.dist-info/METADATA", "sequence_async-1.0.0.dist-info/RECORD"}
    release.check_wheel_files(tracked | meta, tracked)
    with pytest.raises(release.CheckFailed, match=r"lacks 1 file\(s\) of the packages: sequence_api/py.typed$"):
        release.check_wheel_files(tracked - {"sequence_api/py.typed"} | meta, tracked - {"sequence_api/py.typed"})
    stray = {"sequence_async/.env", "sequence_async/scratch.py", "tests/test_x.py"}
    with pytest.raises(release.CheckFailed, match=r"holds 3 file\(s\) git does not track .*: sequence_async/\.env, "):
        release.check_wheel_files(tracked | meta | stray, tracked)


def test_a_requirement_no_installed_release_satisfies_is_refused() -> None:
    from packaging.requirements import Requirement
    from spectools import release

    names = {
        dist.metadata["Name"].lower() for dist in release.dependency_closure([Requirement("attrs>=1")], frozenset())
    }
    assert names == {"attrs"}
    with pytest.raises(release.CheckFailed, match=r"needs attrs>=99, but no release satisfies it here \("):
        release.dependency_closure([Requirement("attrs>=99")], frozenset())
    with pytest.raises(release.CheckFailed, match=r"needs no-such-distribution, which this environment lacks"):
        release.dependency_closure([Requirement("no-such-distribution")], frozenset())
    extra_only = [Requirement('starlette>=0.1; extra == "testing"')]
    assert release.dependency_closure(extra_only, frozenset()) == []


@pytest.mark.parametrize(
    ("changelog", "version", "expected"),
    [
        (
            "## [1.0.0]\n\n- a\n```yaml\n## not a heading\n```\n- b\n\n## [0.9.0]\n- old\n",
            "1.0.0",
            "- a\n```yaml\n## not a heading\n```\n- b\n",
        ),
        ("##  [1.0.0] - 2026-01-01\n- spaced\n", "1.0.0", "- spaced\n"),
        ("## [Unreleased]\n\n### Added\n\n<!-- template -->\n\n## [1.0.0]\n- x\n", "unreleased", ""),
        ("## Unreleased\n- pending!\n", "unreleased", "- pending!\n"),
        ("## [unreleased]\n- pending!\n", "unreleased", "- pending!\n"),
    ],
)
def test_changelog_entries_are_read_outside_fences_and_unreleased_in_any_spelling(
    tmp_path: Path, changelog: str, version: str, expected: str
) -> None:
    from spectools import release

    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\n" + changelog)
    assert release.changelog_entry(tmp_path, version, missing_ok=True) == expected


def test_an_entry_of_headings_only_or_a_doubled_entry_is_refused(tmp_path: Path) -> None:
    from spectools import release

    (tmp_path / "CHANGELOG.md").write_text("## [1.0.0]\n\n### Added\n\n### Fixed\n")
    with pytest.raises(release.CheckFailed, match=r"the CHANGELOG.md entry for 1.0.0 is empty"):
        release.changelog_entry(tmp_path, "1.0.0")
    (tmp_path / "CHANGELOG.md").write_text("## [1.0.0]\n- a\n\n## [1.0.0]\n- b\n")
    with pytest.raises(release.CheckFailed, match=r"has 2 entries for \[1.0.0\]: keep one"):
        release.changelog_entry(tmp_path, "1.0.0")


def test_a_check_that_breaks_is_a_failed_check_and_the_others_still_run(capsys: pytest.CaptureFixture[str]) -> None:
    from spectools import release

    steps = release.Steps()
    assert steps.run("broken", lambda: 1 // 0) is None
    assert steps.run("fine", lambda: "yes") == "yes"
    assert steps.failures == ["release-check: broken failed: ZeroDivisionError: integer division or modulo by zero"]
    assert "release-check: fine: ok (yes)" in capsys.readouterr().out


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
