"""The semver bump a set of changes calls for, from the ``[project] version`` of ``pyproject.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from spectools.change import Change
from spectools.errors import ReportError


@dataclass(frozen=True)
class Bump:
    """The version the changes call for."""

    base: str
    current: str
    level: str  # major, minor, patch
    suggested: str
    reason: str


def read_version(pyproject: Path) -> str | None:
    """``[project] version`` of a ``pyproject.toml`` (``None`` when absent)."""
    if not pyproject.is_file():
        return None
    version = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {}).get("version")
    return str(version) if version else None


def parse_version(version: str) -> tuple[int, int, int]:
    """``MAJOR.MINOR.PATCH`` (anything after it ignored) as numbers."""
    match = re.match(r"(\d+)\.(\d+)\.(\d+)", version)
    if not match:
        raise ReportError(f"pyproject.toml version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def suggest_version(base: str, changes: list[Change], current: str | None = None) -> Bump:
    """Breaking → major (minor while 0.x); something added → minor; otherwise → patch."""
    major, minor, patch = parse_version(base)
    if any(c.breaking for c in changes):
        if major == 0:
            level, version, reason = "minor", (0, minor + 1, 0), "breaking changes, and the version is 0.x"
        else:
            level, version, reason = "major", (major + 1, 0, 0), "breaking changes"
    elif any(c.section == "Added" for c in changes):
        level, version, reason = "minor", (major, minor + 1, 0), "additions only, nothing breaking"
    else:
        level, version = "patch", (major, minor, patch + 1)
        reason = "nothing added or breaking" if changes else "no user-visible change"
    return Bump(base, current or base, level, ".".join(map(str, version)), reason)
