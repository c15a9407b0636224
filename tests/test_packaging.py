"""The version is declared once (the built wheel in a fresh venv: tests/test_release_check.py)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_version_is_declared_once() -> None:
    import sequence_async

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert sequence_async.__version__ == declared
    assert f"## [{declared}]" in (ROOT / "CHANGELOG.md").read_text()
