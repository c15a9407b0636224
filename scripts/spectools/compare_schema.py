"""How two versions of a schema differ for SDK users, and where a document uses its schemas.

A change is *breaking* when code written against the old SDK may stop working: removed fields
or enum values, new required request fields, type changes that change the Python type, a
response field that may now be absent or null. Added enum values are not breaking: the
generated enums keep unknown values instead of failing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from spectools.change import Change
from spectools.document import Doc, operations_by_id, ref_name, refs, resolve, schemas

Usage = frozenset[str]  # subset of {"request", "response"}
REQUEST: Usage = frozenset({"request"})
RESPONSE: Usage = frozenset({"response"})
BOTH: Usage = REQUEST | RESPONSE
# Keywords that only document a schema: changing them changes nothing for a user.
DOC_KEYS = frozenset({"description", "example", "examples", "summary", "title", "externalDocs", "xml"})
# Constraints the generated client does not enforce: worth knowing, never breaking.
CONSTRAINT_KEYS = (
    *("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "default"),
    *("minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems"),
)
STRUCTURE_KEYS = ("allOf", "oneOf", "anyOf", "not", "additionalProperties", "discriminator")
# openapi-python-client's Python type for a string format; any other format stays `str`.
STRING_FORMATS = {"date-time": "datetime", "date": "date", "uuid": "UUID", "binary": "File"}
PY_TYPES = {"integer": "int", "number": "float", "boolean": "bool", "array": "list", "object": "dict"}

K = TypeVar("K")


def split_keys(old: Mapping[K, Any], new: Mapping[K, Any]) -> tuple[list[K], list[K], list[K]]:
    """The keys only ``new`` has (in its order), only ``old`` has, and both have (in ``old``'s order)."""
    old_keys, new_keys = old.keys(), new.keys()
    added = [k for k in new_keys if k not in old_keys]
    removed = [k for k in old_keys if k not in new_keys]
    return added, removed, [k for k in old_keys if k in new_keys]


def schema_usage(doc: Doc) -> dict[str, Usage]:
    """For each component schema, whether requests, responses or both reach it."""
    roots: dict[str, set[str]] = defaultdict(set)
    for op in operations_by_id(doc).values():
        for param in op.spec.get("parameters") or []:
            roots["request"].update(refs(resolve(doc, param)))
        roots["request"].update(refs(resolve(doc, op.spec.get("requestBody"))))
        for response in (op.spec.get("responses") or {}).values():
            roots["response"].update(refs(resolve(doc, response)))
    all_schemas = schemas(doc)
    usage: dict[str, set[str]] = defaultdict(set)
    for kind, names in roots.items():
        todo = list(names)
        while todo:
            name = todo.pop()
            if kind in usage[name]:
                continue
            usage[name].add(kind)
            todo.extend(refs(all_schemas.get(name)))
    return {name: frozenset(kinds) for name, kinds in usage.items()}


def breaks(usage: Usage, *, request: bool = False, response: bool = False) -> bool:
    """Whether a change breaks users, given where the schema is used (unused: both)."""
    usage = usage or BOTH
    return (request and "request" in usage) or (response and "response" in usage)


def _usage_word(usage: Usage) -> str:
    return {REQUEST: "request ", RESPONSE: "response "}.get(usage, "")


def describe_type(schema: Any) -> str:
    """A short human name for a schema's type: ``string``, ``CustomerAlias``, ``array of string``."""
    if not isinstance(schema, dict):
        return "none"
    name = ref_name(schema)
    if name:
        return name
    kind = str(schema.get("type", "any"))
    if kind == "array":
        return f"array of {describe_type(schema.get('items'))}"
    return f"{kind} ({schema['format']})" if "format" in schema else kind


def python_type(schema: dict[str, Any]) -> str:
    """The Python type openapi-python-client gives a schema without ``$ref``."""
    kind = str(schema.get("type", "any"))
    if kind == "string":
        return STRING_FORMATS.get(str(schema.get("format")), "str")
    return PY_TYPES.get(kind, kind)


def _values(values: list[Any]) -> str:
    return ", ".join(f"`{v}`" for v in values)


@dataclass(frozen=True)
class Loc:
    """Where a schema sits: a dotted field path, and the context the path is relative to."""

    path: str = ""
    context: str = ""

    def __str__(self) -> str:
        if not self.path:
            return self.context
        return f"`{self.path}` ({self.context})" if self.context else f"`{self.path}`"

    def child(self, name: str) -> Loc:
        return Loc(f"{self.path}.{name}" if self.path else name, self.context)

    def items(self) -> Loc:
        return Loc(f"{self.path}[]", self.context)


# --------------------------------------------------------------------------- comparing


def compare_schema(old: Any, new: Any, where: Loc, usage: Usage) -> list[Change]:
    """Differences between two schemas found at ``where``."""
    old, new = _one_alternative(old or {}), _one_alternative(new or {})
    old_ref, new_ref = ref_name(old), ref_name(new)
    if old_ref or new_ref or old.get("type") != new.get("type"):
        if old_ref and old_ref == new_ref:
            return []  # the same model: compared once, on its own
        return [Change("Changed", f"{where} type changed: `{describe_type(old)}` → `{describe_type(new)}`", True)]
    changes = _compare_format(old, new, where)
    changes += _compare_enum(old, new, where)
    changes += _compare_flags(old, new, where, usage)
    changes += _compare_keywords(old, new, where)
    if old.get("type") == "array":
        changes += compare_schema(old.get("items"), new.get("items"), where.items(), usage)
    changes += _compare_properties(old, new, where, usage)
    return changes


def _one_alternative(schema: Any) -> Any:
    """``{"oneOf": [X], ...}`` means ``X`` with the rest (the normalised form of a nullable ``$ref``)."""
    if not isinstance(schema, dict):
        return schema
    for key in ("oneOf", "allOf", "anyOf"):
        alternatives = schema.get(key)
        if isinstance(alternatives, list) and len(alternatives) == 1 and isinstance(alternatives[0], dict):
            rest = {k: v for k, v in schema.items() if k != key}
            return {**rest, **alternatives[0]}
    return schema


def _compare_format(old: dict[str, Any], new: dict[str, Any], where: Loc) -> list[Change]:
    if old.get("format") == new.get("format"):
        return []
    old_py, new_py = python_type(old), python_type(new)
    detail = f" (Python `{old_py}` → `{new_py}`)" if old_py != new_py else " (same Python type)"
    text = f"{where} format changed: `{old.get('format', 'none')}` → `{new.get('format', 'none')}`{detail}"
    return [Change("Changed", text, old_py != new_py)]


def _compare_flags(old: dict[str, Any], new: dict[str, Any], where: Loc, usage: Usage) -> list[Change]:
    """``nullable`` and ``deprecated`` turned on or off."""
    changes = []
    if bool(old.get("nullable")) != bool(new.get("nullable")):
        if new.get("nullable"):
            changes.append(Change("Changed", f"{where} may now be null", breaks(usage, response=True)))
        else:
            changes.append(Change("Changed", f"{where} may no longer be null", breaks(usage, request=True)))
    if bool(old.get("deprecated")) != bool(new.get("deprecated")):
        state = "deprecated" if new.get("deprecated") else "no longer deprecated"
        changes.append(Change("Changed", f"{where} is {state}", False))
    return changes


def _compare_keywords(old: dict[str, Any], new: dict[str, Any], where: Loc) -> list[Change]:
    """Constraints (never breaking) and composition keywords (always breaking)."""
    changes = []
    for key in CONSTRAINT_KEYS:
        if old.get(key) != new.get(key):
            text = f"{where} `{key}` changed: `{old.get(key, 'none')}` → `{new.get(key, 'none')}`"
            changes.append(Change("Changed", text, False))
    for key in STRUCTURE_KEYS:
        if _meaning(old.get(key)) != _meaning(new.get(key)):
            changes.append(Change("Changed", f"{where} `{key}` changed", True))
    return changes


def _meaning(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _meaning(v) for k, v in node.items() if k not in DOC_KEYS}
    if isinstance(node, list):
        return [_meaning(v) for v in node]
    return node


def _compare_enum(old: dict[str, Any], new: dict[str, Any], where: Loc) -> list[Change]:
    old_values, new_values = list(old.get("enum") or []), list(new.get("enum") or [])
    added = [v for v in new_values if v not in old_values]
    removed = [v for v in old_values if v not in new_values]
    changes = []
    if added and old_values:
        noun = "value" if len(added) == 1 else "values"
        changes.append(Change("Added", f"{where} enum {noun} {_values(added)}", False))
    if removed and new_values:
        noun = "value" if len(removed) == 1 else "values"
        changes.append(Change("Removed", f"{where} enum {noun} {_values(removed)}", True))
    if bool(old_values) != bool(new_values):
        state = "now restricted to" if new_values else "no longer restricted to"
        changes.append(Change("Changed", f"{where} {state} {_values(new_values or old_values)}", bool(new_values)))
    return changes


def _compare_properties(old: dict[str, Any], new: dict[str, Any], where: Loc, usage: Usage) -> list[Change]:
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
    noun = f"{_usage_word(usage)}field"
    added, removed, kept = split_keys(old_props, new_props)
    changes: list[Change] = []
    for name in added:
        required = name in new_req
        text = f"{'required' if required else 'optional'} {noun} {where.child(name)} ({describe_type(new_props[name])})"
        changes.append(Change("Added", text, required and breaks(usage, request=True)))
    changes += [Change("Removed", f"{noun} {where.child(name)}", True) for name in removed]
    for name in kept:
        field = where.child(name)
        sub = compare_schema(old_props[name], new_props[name], field, usage)
        if (name in old_req) != (name in new_req):
            if name in new_req:
                changes.append(Change("Changed", f"{noun} {field} is now required", breaks(usage, request=True)))
            else:
                changes.append(Change("Changed", f"{noun} {field} is now optional", breaks(usage, response=True)))
            # The normalisation makes optional fields nullable: the flip above already says so.
            sub = [c for c in sub if not c.text.startswith(f"{field} may ")]
        changes += sub
    return changes
