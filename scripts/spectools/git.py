"""The BASE the spec report compares with: a git ref of the repository, exported to a directory."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from packaging.version import InvalidVersion, Version

from spectools.errors import ReportError
from spectools.layout import BASE_PATHS

GIT_TIMEOUT = 60  # seconds for each git command


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False, timeout=GIT_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ReportError(f"git {' '.join(args)}: {exc}") from None


def default_base(root: Path) -> str:
    """The newest tag matching ``v*`` (highest version), else ``HEAD``."""
    tags = _git(root, "tag", "--list", "v*", "--sort=-v:refname").stdout.decode().split()
    return tags[0] if tags else "HEAD"


def previous_release(root: Path) -> str | None:
    """The highest ``v<PEP 440 version>`` tag behind HEAD, not on HEAD itself, else None.

    HEAD's own tags are left out (in the release workflow HEAD carries the tag being released);
    tags that are not a version (``vendor-drop``) are ignored; versions compare as PEP 440 does
    (``v0.2.0`` is above ``v0.2.0rc1``).
    """
    listing = _git(root, "tag", "--list", "v*", "--merged", "HEAD", "--no-contains", "HEAD")
    versions = {}
    for tag in listing.stdout.decode().split():
        try:
            versions[tag] = Version(tag.removeprefix("v"))
        except InvalidVersion:
            continue
    return max(versions, key=versions.__getitem__) if versions else None


def is_shallow(root: Path) -> bool:
    """True for a shallow clone, whose history (and tags) may be cut short."""
    return _git(root, "rev-parse", "--is-shallow-repository").stdout.decode().strip() == "true"


def export_tree(root: Path, ref: str, dest: Path) -> str:
    """Write the files of ``ref`` that the report needs (:data:`~spectools.layout.BASE_PATHS`) to ``dest``.

    Returns the short commit id; raises :class:`~spectools.errors.ReportError` for an unknown ref.
    """
    commit = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if commit.returncode != 0:
        raise ReportError(f"BASE {ref!r} is not a commit of the git repository at {root}")
    sha = commit.stdout.decode().strip()
    present = [p for p in BASE_PATHS if _git(root, "ls-tree", "--name-only", sha, "--", p).stdout.strip()]
    dest.mkdir(parents=True, exist_ok=True)
    if present:
        archive = _git(root, "archive", "--format=tar", sha, "--", *present)
        if archive.returncode != 0:
            raise ReportError(f"git archive {ref}: {archive.stderr.decode().strip()}")
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(dest, filter="data")
    return sha[:10]
