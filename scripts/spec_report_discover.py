"""Find the SDK methods that call each API operation (run by ``spectools.coverage`` in a subprocess).

Imports every module of a package (``sequence_async`` by default), walks every class in them,
and collects functions carrying ``__sequence_operation__ = "<operationId>"`` (set by the SDK's
``@operation`` decorator). Prints JSON on stdout::

    {"package_file": ..., "operations": {operationId: [{"method": "Class.method", "file": ...}]},
     "errors": ["module: error", ...]}

Usage: python scripts/spec_report_discover.py [--package sequence_async]

A standalone script (the standard library only, not part of ``spectools``): it runs under the
working tree's interpreter with only that tree on ``PYTHONPATH``, and drops its own directory
from ``sys.path`` first, so that every import resolves to the tree under test, never to
``scripts/`` (whose modules could shadow the SDK's own imports).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import sys
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

ATTRIBUTE = "__sequence_operation__"


def _operation_of(member: Any) -> tuple[str, Any] | None:
    """The operationId a class member is marked with, and the function carrying it."""
    for candidate in (member, getattr(member, "__func__", None), getattr(member, "fget", None)):
        seen = 0
        while candidate is not None and seen < 20:
            op_id = getattr(candidate, ATTRIBUTE, None)
            if isinstance(op_id, str):
                return op_id, candidate
            candidate, seen = getattr(candidate, "__wrapped__", None), seen + 1
    return None


def _modules(package: ModuleType, errors: list[str]) -> list[ModuleType]:
    modules = [package]
    paths = getattr(package, "__path__", None)
    if paths is None:
        return modules

    def onerror(name: str) -> None:
        errors.append(f"{name}: {traceback.format_exc(limit=1).strip().splitlines()[-1]}")

    for info in pkgutil.walk_packages(paths, f"{package.__name__}.", onerror=onerror):
        try:
            modules.append(importlib.import_module(info.name))
        except Exception as exc:
            errors.append(f"{info.name}: {type(exc).__name__}: {exc}")
    return modules


def discover(package_name: str) -> dict[str, Any]:
    """Import ``package_name`` and map each operationId to the methods that call it."""
    errors: list[str] = []
    package = importlib.import_module(package_name)
    found: dict[str, list[dict[str, str]]] = {}
    seen: set[int] = set()
    for module in _modules(package, errors):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if not (cls.__module__ + ".").startswith(package_name + ".") or id(cls) in seen:
                continue
            seen.add(id(cls))
            for name, member in vars(cls).items():
                marked = _operation_of(member)
                if marked is None:
                    continue
                op_id, func = marked
                where = f"{cls.__qualname__}.{name}"
                try:
                    source = inspect.getsourcefile(func) or ""
                except TypeError:  # not defined in Python source
                    source = ""
                found.setdefault(op_id, []).append({"method": where, "file": source})
    for entries in found.values():
        entries.sort(key=lambda e: e["method"])
    return {"package_file": str(getattr(package, "__file__", "") or ""), "operations": found, "errors": errors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", default="sequence_async")
    args = parser.parse_args(argv)
    try:
        result = discover(args.package)
    except Exception as exc:
        print(f"cannot import {args.package}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    result["operations"] = dict(sorted(result["operations"].items()))
    json.dump(result, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    # Import the SDK from the tree on PYTHONPATH only: nothing from scripts/ may shadow it.
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
    sys.exit(main())
