"""A project's own ``sequence_api`` must not silently shadow the SDK's generated package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _import_sequence_async(path_first: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(path_first), str(ROOT), str(ROOT / "generated")])}
    return subprocess.run(
        [sys.executable, "-c", "import sequence_async, sequence_api.models; print(sequence_async.__name__)"],
        cwd=path_first,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("shape", ["module", "package"])
def test_a_shadowing_sequence_api_is_refused_at_import_naming_it(tmp_path: Path, shape: str) -> None:
    if shape == "module":
        shadow = tmp_path / "sequence_api.py"
        shadow.write_text("# a project's own wrapper of the Sequence API\n")
    else:
        (tmp_path / "sequence_api").mkdir()
        shadow = tmp_path / "sequence_api" / "__init__.py"
        shadow.write_text("")
    result = _import_sequence_async(tmp_path)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: sequence-async needs its generated package 'sequence_api'")
    assert str(shadow) in last
    assert "Rename it" in last


def test_the_real_generated_package_is_accepted(tmp_path: Path) -> None:
    result = _import_sequence_async(tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, "sequence_async"), result.stderr
