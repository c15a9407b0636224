"""The built wheel installs into a fresh venv and works against the emulator."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
USE_IT = """
import asyncio, sequence_async, sequence_api
from sequence_async.testing import SequenceEmulator

async def main() -> None:
    emulator = SequenceEmulator()
    emulator.seed(customers=2, aliases_per_customer=3)
    async with emulator.client() as client:
        aliases = [a async for a in client.customer_aliases.list(limit=2)]
    assert len(aliases) == 6, aliases
    print("ok", sequence_async.__version__, sequence_api.__name__, sequence_async.__file__)

asyncio.run(main())
"""


def test_version_is_declared_once() -> None:
    import sequence_async

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert sequence_async.__version__ == declared
    assert f"## [{declared}]" in (ROOT / "CHANGELOG.md").read_text()


@pytest.mark.slow
def test_wheel_installs_in_a_fresh_venv_and_works(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    [wheel] = dist.glob("sequence_async-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False, system_site_packages=False)
    python = env_dir / "bin" / "python"
    # Install the wheel with the dependencies this venv's parent already has (no network needed):
    # the fresh venv sees only the wheel plus its declared dependencies copied in via --target.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", site, str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    # Dependencies come from this environment's site-packages (no network in tests); the SDK
    # itself only from the wheel: a site dir added by .pth does not run the editable-install hook.
    import httpx

    (Path(site) / "deps.pth").write_text(str(Path(httpx.__file__).parent.parent) + "\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    run = subprocess.run(
        [str(python), "-c", USE_IT], capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path, env=env
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("ok 0.1.0 sequence_api")
    assert run.stdout.strip().endswith(str(Path(site) / "sequence_async" / "__init__.py"))
    assert (Path(site) / "sequence_api" / "py.typed").exists()
    assert (Path(site) / "sequence_async" / "py.typed").exists()
    assert not (Path(site) / "tests").exists()
