"""Every ```python block of the README runs, against an in-process emulator, so it cannot go stale."""

from __future__ import annotations

import asyncio
import re
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest

import sequence_async
from sequence_async import SequenceClient
from sequence_async.testing import SequenceEmulator

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", README.read_text(), re.S | re.M)


def seeded() -> SequenceEmulator:
    """The records the README's examples name."""
    emulator = SequenceEmulator()
    emulator.seed(customers=3, aliases_per_customer=3, contacts_per_customer=2, seed=0)
    for customer in ("cus_123", "cus_124"):
        emulator.add_customer(id=customer)
        emulator.add_contact(customer, name="Ada", email=f"ada@{customer}.example")
    emulator.add_alias("cus_123", "crm-0001", id="ali_456", label="CRM ID")
    emulator.add_alias("cus_123", "crm-0002", id="ali_789")
    return emulator


def routed_to(emulator: SequenceEmulator) -> type[SequenceClient]:
    """A SequenceClient that always talks to ``emulator`` in-process, whatever it is given."""

    class EmulatedClient(SequenceClient):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            for name in ("client_id", "client_secret", "environment", "base_url", "http_backend", "http_client"):
                kwargs.pop(name, None)
            super().__init__(
                emulator.client_id,
                emulator.client_secret,
                base_url="http://sequence-emulator.test",
                transport=httpx.ASGITransport(app=emulator),
                **kwargs,
            )

    return EmulatedClient


def test_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 7


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
async def test_readme_block_runs(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    emulator = seeded()
    if "SequenceEmulator(" not in code:  # blocks that bring their own emulator run as written
        monkeypatch.setattr(sequence_async, "SequenceClient", routed_to(emulator))
    monkeypatch.setenv("SEQUENCE_CLIENT_ID", emulator.client_id)
    monkeypatch.setenv("SEQUENCE_CLIENT_SECRET", emulator.client_secret)
    namespace: dict[str, Any] = {}
    exec(f"async def _readme_block():\n{textwrap.indent(code, '    ')}\n    return locals()", namespace)
    await asyncio.wait_for(namespace["_readme_block"](), 60)


SHELL_BLOCKS = re.findall(r"^```bash\n(.*?)^```", README.read_text(), re.S | re.M)
SHELL_LINES = [line.split("#")[0].strip() for block in SHELL_BLOCKS for line in block.splitlines()]
SHELL_LINES = [line for line in SHELL_LINES if line]


def test_every_shell_line_of_the_readme_is_checked() -> None:
    assert SHELL_LINES
    assert all(line.startswith(("make ", "pip install ")) for line in SHELL_LINES), SHELL_LINES


@pytest.mark.parametrize("line", [line for line in SHELL_LINES if line.startswith("make ")])
def test_readme_make_commands_exist(line: str) -> None:
    """Each `make ...` line of the README resolves in the Makefile (a dry run: nothing executes)."""
    import shlex
    import subprocess

    result = subprocess.run(
        ["make", "-n", *shlex.split(line)[1:]],
        cwd=README.parent,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "No rule to make target" not in result.stderr


@pytest.mark.parametrize("line", [line for line in SHELL_LINES if line.startswith("pip install ")])
def test_readme_install_extras_exist(line: str) -> None:
    import tomllib

    project = tomllib.loads((README.parent / "pyproject.toml").read_text())["project"]
    requirement = line.removeprefix("pip install ").strip("'\"")
    name, _, extras = requirement.partition("[")
    assert name == project["name"]
    for extra in filter(None, extras.rstrip("]").split(",")):
        assert extra in project["optional-dependencies"], extra
