"""Schemas by shape: what a schema means, without its text or upstream name.

Upstream names its schemas after the code that produced them and renumbers duplicates
(``PaginationMeta4``/``5``/``6`` in consecutive revisions), so names say nothing about meaning.
A schema's *shape* is the schema without its text (descriptions, examples, titles) with each
``$ref`` replaced by the shape of its target; two schemas of one shape are one model.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from spectools.document import Doc, ref_name, schemas
from spectools.errors import SpecError

# Keys that document a schema without changing what it accepts or what the generator builds.
TEXT_KEYS = frozenset({"description", "example", "examples", "title", "externalDocs", "summary"})
# Lists whose order means nothing (upstream reorders enums between revisions).
UNORDERED_KEYS = frozenset({"required", "enum"})


def _strip(node: Any, shape_of: dict[str, str]) -> Any:
    """``node`` without text keys, its schema ``$ref``s replaced by their targets' shapes."""
    return _canonical(node, lambda name: {"$shape": shape_of[name]})


def _canonical(node: Any, at_ref: Callable[[str], Any]) -> Any:
    """``node`` without text keys, parameters keyed by place and name, unordered lists sorted, and
    each schema ``$ref`` replaced by ``at_ref(name)``."""
    if isinstance(node, dict):
        name = ref_name(node)
        if name is not None:
            return at_ref(name)
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in TEXT_KEYS:
                continue
            if key == "properties" and isinstance(value, dict):  # property names are data, not text keys
                out[key] = {p: _canonical(v, at_ref) for p, v in value.items()}
            elif key == "parameters" and isinstance(value, list) and all(_named(p) for p in value):
                # keyword arguments: their order is not part of the structure
                out[key] = {f"{p['in']}:{p['name']}": _canonical(p, at_ref) for p in value}
            elif key in UNORDERED_KEYS and isinstance(value, list):
                out[key] = sorted(value, key=lambda v: (type(v).__name__, repr(v)))
            else:
                out[key] = _canonical(value, at_ref)
        return out
    if isinstance(node, list):
        return [_canonical(v, at_ref) for v in node]
    return node


def _named(parameter: Any) -> bool:
    return (
        isinstance(parameter, dict) and isinstance(parameter.get("in"), str) and isinstance(parameter.get("name"), str)
    )


def digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, separators=(",", ":")).encode()).hexdigest()[:20]


def _order(all_schemas: dict[str, Any]) -> list[str]:
    """Schema names, each after every schema it references (refuses reference cycles)."""
    deps = {name: sorted({r for r in _refs(schema) if r in all_schemas}) for name, schema in all_schemas.items()}
    order: list[str] = []
    state: dict[str, int] = {}  # 1: in progress, 2: done
    for start in sorted(deps):
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            name, index = stack.pop()
            if index == 0:
                if state.get(name) == 2:
                    continue
                if state.get(name) == 1:
                    raise SpecError(
                        f"schema {name!r} refers to itself through $ref: recursive schemas are not supported"
                    )
                state[name] = 1
            if index < len(deps[name]):
                stack.append((name, index + 1))
                child = deps[name][index]
                if state.get(child) == 1:
                    raise SpecError(
                        f"schema {child!r} refers to itself through {name!r}: recursive schemas are not supported"
                    )
                stack.append((child, 0))
            else:
                state[name] = 2
                order.append(name)
    return order


def _refs(node: Any) -> list[str]:
    found: list[str] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            name = ref_name(current)
            if name is not None:
                found.append(name)
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


def shapes(doc: Doc) -> dict[str, str]:
    """The shape digest of every component schema of ``doc``."""
    all_schemas = schemas(doc)
    missing = sorted({r for s in all_schemas.values() for r in _refs(s)} - set(all_schemas))
    if missing:
        raise SpecError(f"schema $ref to an undefined schema: {', '.join(missing[:5])}")
    shape_of: dict[str, str] = {}
    for name in _order(all_schemas):
        shape_of[name] = digest(_strip(all_schemas[name], shape_of))
    return shape_of


def expanded(doc: Doc, node: Any) -> Any:
    """``node`` without text, every schema reference replaced by its target's expansion (shared,
    not copied: a leaf walk sees each use; :func:`spectools.settle.leaves` bounds that walk)."""
    all_schemas = schemas(doc)
    done: dict[str, Any] = {}
    for name in _order(all_schemas):
        done[name] = _expand(all_schemas[name], done)
    return _expand(node, done)


def _expand(node: Any, done: dict[str, Any]) -> Any:
    return _canonical(node, done.__getitem__)
