"""The one model of an OpenAPI document that every spec tool shares.

A document is the parsed YAML (:data:`Doc`). Its operations are walked by :func:`operations`
only (the merge's rules, the import, the watch and the report's comparison and coverage all use
it); its schemas and references by the helpers below.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

Doc = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"


@dataclass(frozen=True)
class Operation:
    """An operation of a document: its id (``METHOD path`` when it has none), where it is, its object."""

    operation_id: str
    method: str
    path: str
    spec: dict[str, Any]

    @property
    def label(self) -> str:
        return f"`{self.method.upper()} {self.path}`"


def operations(doc: Doc) -> Iterator[Operation]:
    """Every operation of ``doc``, in document order (path, then :data:`HTTP_METHODS` order)."""
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = (item or {}).get(method)
            if isinstance(op, dict):
                yield Operation(str(op.get("operationId") or f"{method.upper()} {path}"), method, path, op)


def operations_by_id(doc: Doc) -> dict[str, Operation]:
    """Every operation of ``doc`` by its id (of several with one id, the last)."""
    return {op.operation_id: op for op in operations(doc)}


# --------------------------------------------------------------------------- schemas


def schemas(doc: Doc) -> dict[str, Any]:
    """The component schemas of ``doc`` by name (empty when it has none)."""
    return (doc.get("components") or {}).get("schemas") or {}


def editable_schemas(doc: Doc) -> dict[str, Any]:
    """The component schemas of ``doc`` by name, the mapping added when missing (to add to it)."""
    return doc.setdefault("components", {}).setdefault("schemas", {})  # type: ignore[no-any-return]


def walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping inside ``node``, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def json_schema(holder: Any) -> Any:
    """The ``application/json`` (or only) schema of a request body or response."""
    content = (holder or {}).get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    return (media or {}).get("schema")


# --------------------------------------------------------------------------- references


def ref_name(schema: Any) -> str | None:
    """The schema name a ``$ref`` mapping points to (``None`` when it is not a schema reference)."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return ref[len(SCHEMA_REF) :] if isinstance(ref, str) and ref.startswith(SCHEMA_REF) else None


def refs(node: Any) -> Iterator[str]:
    """The names of the schemas referenced anywhere inside ``node``."""
    for mapping in walk(node):
        name = ref_name(mapping)
        if name:
            yield name


def retarget_refs(doc: Doc, mapping: dict[str, str]) -> None:
    """Point every ``$ref`` to a schema named in ``mapping`` at its new name."""
    for node in walk(doc):
        name = ref_name(node)
        if name is not None and name in mapping:
            node["$ref"] = SCHEMA_REF + mapping[name]


def resolve(doc: Doc, node: Any) -> Any:
    """Follow a ``$ref`` to a non-schema component (parameters, bodies, responses)."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 10:
        ref: str = node["$ref"]
        if ref.startswith(SCHEMA_REF) or not ref.startswith("#/"):
            return node
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, seen = target, seen + 1
    return node
