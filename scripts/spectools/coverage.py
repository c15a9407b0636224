"""Operation coverage: every operation of the spec is called by an SDK method or knowingly not.

An operation is *exposed* by a ``sequence_async`` method decorated with
``@operation("<operationId>")`` (found by importing the working tree's package in a subprocess,
``scripts/spec_report_discover.py``), or listed in ``openapi/unexposed.yaml`` with a reason;
any other operation is *uncovered*, with a hint for where to add it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from spectools.document import Doc, Operation, operations_by_id
from spectools.errors import ReportError
from spectools.layout import GENERATED_PACKAGE, SCRIPTS, SDK_PACKAGE, UNEXPOSED

IMPORT_TIMEOUT = 60  # seconds for importing the SDK in the subprocess


@dataclass
class Coverage:
    """Which operations the SDK exposes, which are knowingly not exposed, and which are missed."""

    exposed: dict[str, str]  # operationId → "Class.method" (operations of the spec only)
    unexposed: dict[str, str]  # operationId → reason
    uncovered: list[Operation]
    hints: dict[str, str]  # operationId → where to add it
    warnings: list[str]
    operations: list[Operation]


@dataclass
class Discovery:
    """What the working tree's ``sequence_async`` exposes (see ``spec_report_discover.py``)."""

    exposed: dict[str, str]
    files: dict[str, str]  # operationId → file of the method, relative to the root
    warnings: list[str]


def load_unexposed(path: Path) -> dict[str, str]:
    """The operationId → reason mapping of ``openapi/unexposed.yaml`` (empty when absent)."""
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ReportError(f"{UNEXPOSED}: not valid YAML: {exc}") from None
    data = {} if data is None else data
    if not isinstance(data, dict):
        raise ReportError(f"{UNEXPOSED}: expected a mapping of operationId to reason")
    bad = [str(k) for k, v in data.items() if not isinstance(v, str) or not v.strip()]
    if bad:
        raise ReportError(f"{UNEXPOSED}: give a reason (a non-empty string) for {', '.join(bad)}")
    return {str(k): str(v).strip() for k, v in data.items()}


# --------------------------------------------------------------------------- discovery


def _run_discovery(root: Path, interpreter: Path) -> str:
    """The JSON ``spec_report_discover.py`` prints, run with only ``root`` and its generated
    package on ``PYTHONPATH`` ahead of the installed packages."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = os.pathsep.join([str(root), str(root / GENERATED_PACKAGE.parent)])
    try:
        result = subprocess.run(
            [str(interpreter), str(SCRIPTS / "spec_report_discover.py"), "--package", SDK_PACKAGE],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=IMPORT_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ReportError(f"importing {SDK_PACKAGE} failed: {exc}") from None
    if result.returncode != 0:
        raise ReportError(f"importing {SDK_PACKAGE} failed: {result.stderr.strip()[-2000:]}")
    return result.stdout


def _read_discovery(data: dict[str, Any], root: Path) -> Discovery:
    package_file = Path(data["package_file"]).resolve()
    if not package_file.is_relative_to(root.resolve()):
        raise ReportError(f"{SDK_PACKAGE} was imported from {package_file}, not from {root}")
    exposed, files = {}, {}
    for op_id, entries in data["operations"].items():
        exposed[op_id] = ", ".join(e["method"] for e in entries)
        source = Path(entries[0]["file"]).resolve()
        files[op_id] = str(source.relative_to(root.resolve())) if source.is_relative_to(root.resolve()) else ""
    warnings = [f"could not import `{error}`" for error in data["errors"]]
    return Discovery(exposed, files, warnings)


def discover_exposed(root: Path, python: Path | None = None) -> Discovery:
    """Import the working tree's ``sequence_async`` in a subprocess and find decorated methods.

    Uses ``root/.venv/bin/python`` when present (else this interpreter), with only ``root`` and
    its generated package on ``PYTHONPATH`` ahead of the installed packages.
    """
    if not (root / SDK_PACKAGE / "__init__.py").is_file():
        return Discovery({}, {}, [f"`{SDK_PACKAGE}` is not in the working tree: no operation is exposed."])
    venv_python = root / ".venv" / "bin" / "python"
    interpreter = python or (venv_python if venv_python.is_file() else Path(sys.executable))
    return _read_discovery(json.loads(_run_discovery(root, interpreter)), root)


# --------------------------------------------------------------------------- the check


def _hint(op: Operation, ops: list[Operation], files: Mapping[str, str]) -> str:
    """Where to add ``op``: the file that already exposes operations sharing a tag with it."""
    tags = set(op.spec.get("tags") or [])
    near = sorted(files.get(o.operation_id, "") for o in ops if tags & set(o.spec.get("tags") or []))
    near = [f for f in near if f]
    module = near[0] if near else f"{SDK_PACKAGE}/..."
    return (
        f'decorate the resource method in {module} with @operation("{op.operation_id}") '
        f"or list it in {UNEXPOSED} with a reason"
    )


def _warnings(exposed: Mapping[str, str], unexposed: Mapping[str, str], ids: set[str]) -> list[str]:
    """Stale entries: listed but not in the spec, listed and exposed, exposed but not in the spec."""
    warnings = [
        f"`{op_id}` is listed in {UNEXPOSED} but is not an operation of the spec: remove it"
        for op_id in sorted(set(unexposed) - ids)
    ]
    warnings += [
        f"`{op_id}` is exposed by `{exposed[op_id]}` and listed in {UNEXPOSED}: remove it from {UNEXPOSED}"
        for op_id in sorted(set(unexposed) & set(exposed) & ids)
    ]
    warnings += [
        f'`{exposed[op_id]}` is marked with `@operation("{op_id}")`, which is not an operation of the spec'
        for op_id in sorted(set(exposed) - ids)
    ]
    return warnings


def check_coverage(
    doc: Doc,
    exposed: Mapping[str, str],
    unexposed: Mapping[str, str],
    files: Mapping[str, str] | None = None,
) -> Coverage:
    """Every operation of ``doc`` must be exposed (``exposed``: operationId → "Class.method")
    or listed in ``unexposed`` (operationId → reason); ``files`` (operationId → source file of
    the exposing method) only sharpens the hint for where to add a missing one."""
    ops = sorted(operations_by_id(doc).values(), key=lambda o: (o.path, o.method))
    ids = {op.operation_id for op in ops}
    uncovered = [op for op in ops if op.operation_id not in exposed and op.operation_id not in unexposed]
    return Coverage(
        exposed={k: v for k, v in exposed.items() if k in ids},
        unexposed={k: v for k, v in unexposed.items() if k in ids and k not in exposed},
        uncovered=uncovered,
        hints={op.operation_id: _hint(op, ops, files or {}) for op in uncovered},
        warnings=_warnings(exposed, unexposed, ids),
        operations=ops,
    )
