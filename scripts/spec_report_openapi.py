"""Compare two merged, normalised OpenAPI documents and classify each change for SDK users.

Used by ``scripts/spec_report.py``. A change is *breaking* when code written against the old
SDK may stop working: removed operations, parameters, fields, models or enum values; new
required request parameters or fields; type changes that change the Python type; a response
field that may now be absent or null. Added enum values are not breaking: the generated enums
keep unknown values instead of failing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from merge_spec import HTTP_METHODS, SCHEMA_REF, walk

Doc = dict[str, Any]
Section = Literal["Added", "Changed", "Removed"]
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


@dataclass(frozen=True)
class Change:
    """One user-visible difference, worded as a changelog line (Markdown)."""

    section: Section
    text: str
    breaking: bool

    def line(self, *, verb: bool = True) -> str:
        """The change as a Markdown list item, flagged when breaking; ``verb``: say Added/Removed
        (leave it out under a changelog heading that already says it)."""
        text = f"{self.section} {self.text}" if verb and self.section != "Changed" else self.text
        return f"- {'**BREAKING** ' if self.breaking else ''}{text[:1].upper()}{text[1:]}"


@dataclass(frozen=True)
class Operation:
    """An operation of a document, identified by its operationId."""

    operation_id: str
    method: str
    path: str
    spec: dict[str, Any]

    @property
    def label(self) -> str:
        return f"`{self.method.upper()} {self.path}`"


def operations(doc: Doc) -> dict[str, Operation]:
    """Every operation of ``doc`` by operationId (``METHOD path`` when it has none)."""
    found: dict[str, Operation] = {}
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = (item or {}).get(method)
            if isinstance(op, dict):
                op_id = str(op.get("operationId") or f"{method.upper()} {path}")
                found[op_id] = Operation(op_id, method, path, op)
    return found


# --------------------------------------------------------------------------- helpers


def _resolve(doc: Doc, node: Any) -> Any:
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


def _ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return ref[len(SCHEMA_REF) :] if isinstance(ref, str) and ref.startswith(SCHEMA_REF) else None


def _refs(node: Any) -> Iterator[str]:
    for mapping in walk(node):
        name = _ref_name(mapping)
        if name:
            yield name


def _json_schema(holder: Any) -> Any:
    """The ``application/json`` (or only) schema of a request body or response."""
    content = (holder or {}).get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    return (media or {}).get("schema")


def schema_usage(doc: Doc) -> dict[str, Usage]:
    """For each component schema, whether requests, responses or both reach it."""
    roots: dict[str, set[str]] = defaultdict(set)
    for op in operations(doc).values():
        for param in op.spec.get("parameters") or []:
            roots["request"].update(_refs(_resolve(doc, param)))
        roots["request"].update(_refs(_resolve(doc, op.spec.get("requestBody"))))
        for response in (op.spec.get("responses") or {}).values():
            roots["response"].update(_refs(_resolve(doc, response)))
    all_schemas = (doc.get("components") or {}).get("schemas") or {}
    usage: dict[str, set[str]] = defaultdict(set)
    for kind, names in roots.items():
        todo = list(names)
        while todo:
            name = todo.pop()
            if kind in usage[name]:
                continue
            usage[name].add(kind)
            todo.extend(_refs(all_schemas.get(name)))
    return {name: frozenset(kinds) for name, kinds in usage.items()}


def _breaks(usage: Usage, *, request: bool = False, response: bool = False) -> bool:
    """Whether a change breaks users, given where the schema is used (unused: both)."""
    usage = usage or BOTH
    return (request and "request" in usage) or (response and "response" in usage)


def _usage_word(usage: Usage) -> str:
    return {REQUEST: "request ", RESPONSE: "response "}.get(usage, "")


def describe_type(schema: Any) -> str:
    """A short human name for a schema's type: ``string``, ``CustomerAlias``, ``array of string``."""
    if not isinstance(schema, dict):
        return "none"
    name = _ref_name(schema)
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


# --------------------------------------------------------------------------- schemas


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


def compare_schema(old: Any, new: Any, where: Loc, usage: Usage) -> list[Change]:
    """Differences between two schemas found at ``where``."""
    old, new = old or {}, new or {}
    old_ref, new_ref = _ref_name(old), _ref_name(new)
    if old_ref or new_ref or old.get("type") != new.get("type"):
        if old_ref and old_ref == new_ref:
            return []  # the same model: compared once, on its own
        return [Change("Changed", f"{where} type changed: `{describe_type(old)}` → `{describe_type(new)}`", True)]
    changes: list[Change] = []
    if old.get("format") != new.get("format"):
        old_py, new_py = python_type(old), python_type(new)
        detail = f" (Python `{old_py}` → `{new_py}`)" if old_py != new_py else " (same Python type)"
        text = f"{where} format changed: `{old.get('format', 'none')}` → `{new.get('format', 'none')}`{detail}"
        changes.append(Change("Changed", text, old_py != new_py))
    changes += _compare_enum(old, new, where)
    if bool(old.get("nullable")) != bool(new.get("nullable")):
        if new.get("nullable"):
            changes.append(Change("Changed", f"{where} may now be null", _breaks(usage, response=True)))
        else:
            changes.append(Change("Changed", f"{where} may no longer be null", _breaks(usage, request=True)))
    if bool(old.get("deprecated")) != bool(new.get("deprecated")):
        state = "deprecated" if new.get("deprecated") else "no longer deprecated"
        changes.append(Change("Changed", f"{where} is {state}", False))
    for key in CONSTRAINT_KEYS:
        if old.get(key) != new.get(key):
            text = f"{where} `{key}` changed: `{old.get(key, 'none')}` → `{new.get(key, 'none')}`"
            changes.append(Change("Changed", text, False))
    for key in STRUCTURE_KEYS:
        if _meaning(old.get(key)) != _meaning(new.get(key)):
            changes.append(Change("Changed", f"{where} `{key}` changed", True))
    if old.get("type") == "array":
        changes += compare_schema(old.get("items"), new.get("items"), where.items(), usage)
    changes += _compare_properties(old, new, where, usage)
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
    changes: list[Change] = []
    for name, prop in new_props.items():
        if name not in old_props:
            required = name in new_req
            text = f"{'required' if required else 'optional'} {noun} {where.child(name)} ({describe_type(prop)})"
            changes.append(Change("Added", text, required and _breaks(usage, request=True)))
    for name in old_props:
        if name not in new_props:
            changes.append(Change("Removed", f"{noun} {where.child(name)}", True))
    for name, prop in old_props.items():
        if name not in new_props:
            continue
        field = where.child(name)
        sub = compare_schema(prop, new_props[name], field, usage)
        if (name in old_req) != (name in new_req):
            if name in new_req:
                changes.append(Change("Changed", f"{noun} {field} is now required", _breaks(usage, request=True)))
            else:
                changes.append(Change("Changed", f"{noun} {field} is now optional", _breaks(usage, response=True)))
            # The normalisation makes optional fields nullable: the flip above already says so.
            sub = [c for c in sub if not c.text.startswith(f"{field} may ")]
        changes += sub
    return changes


# --------------------------------------------------------------------------- operations


def _params(doc: Doc, op: Operation) -> dict[str, dict[str, Any]]:
    params = (_resolve(doc, p) for p in op.spec.get("parameters") or [])
    return {str(p.get("name")): p for p in params if isinstance(p, dict)}


def _compare_parameters(old_doc: Doc, new_doc: Doc, old: Operation, new: Operation) -> list[Change]:
    old_params, new_params = _params(old_doc, old), _params(new_doc, new)
    op = f"`{new.operation_id}`"
    changes: list[Change] = []
    for name, param in new_params.items():
        if name not in old_params:
            required = bool(param.get("required"))
            kind = f"{'required' if required else 'optional'} {param.get('in')} parameter"
            text = f"{kind} `{name}` ({describe_type(param.get('schema'))}) of {op}"
            changes.append(Change("Added", text, required))
    for name, param in old_params.items():
        if name not in new_params:
            changes.append(Change("Removed", f"{param.get('in')} parameter `{name}` of {op}", True))
    for name, param in old_params.items():
        if name not in new_params:
            continue
        new_param = new_params[name]
        where = Loc(context=f"parameter `{name}` of {op}")
        if param.get("in") != new_param.get("in"):
            # Path parameters are positional in the generated functions, the others keywords.
            moved = "path" in (param.get("in"), new_param.get("in"))
            text = f"{where} moved from {param.get('in')} to {new_param.get('in')}"
            changes.append(Change("Changed", text, moved))
        if bool(param.get("required")) != bool(new_param.get("required")):
            required = bool(new_param.get("required"))
            changes.append(Change("Changed", f"{where} is now {'required' if required else 'optional'}", required))
        changes += compare_schema(param.get("schema"), new_param.get("schema"), where, REQUEST)
    return changes


def _compare_body(old_doc: Doc, new_doc: Doc, old: Operation, new: Operation) -> list[Change]:
    old_body, new_body = _resolve(old_doc, old.spec.get("requestBody")), _resolve(new_doc, new.spec.get("requestBody"))
    where = Loc(context=f"request body of `{new.operation_id}`")
    if not old_body and not new_body:
        return []
    if not old_body:
        required = bool(new_body.get("required"))
        text = f"{'required' if required else 'optional'} {where} ({describe_type(_json_schema(new_body))})"
        return [Change("Added", text, required)]
    if not new_body:
        return [Change("Removed", str(where), True)]
    changes = []
    if bool(old_body.get("required")) != bool(new_body.get("required")):
        required = bool(new_body.get("required"))
        changes.append(Change("Changed", f"{where} is now {'required' if required else 'optional'}", required))
    return changes + compare_schema(_json_schema(old_body), _json_schema(new_body), where, REQUEST)


def _compare_responses(old_doc: Doc, new_doc: Doc, old: Operation, new: Operation) -> list[Change]:
    old_responses, new_responses = old.spec.get("responses") or {}, new.spec.get("responses") or {}
    op = f"`{new.operation_id}`"
    changes: list[Change] = []
    for status in new_responses:
        if status not in old_responses:
            changes.append(Change("Added", f"response `{status}` of {op}", False))
    for status in old_responses:
        if status not in new_responses:
            # Losing a success response changes what the call returns; losing an error does not.
            changes.append(Change("Removed", f"response `{status}` of {op}", str(status).startswith("2")))
    for status, response in old_responses.items():
        if status not in new_responses:
            continue
        old_schema = _json_schema(_resolve(old_doc, response))
        new_schema = _json_schema(_resolve(new_doc, new_responses[status]))
        where = Loc(context=f"response `{status}` of {op}")
        if old_schema is None and new_schema is not None:
            changes.append(Change("Changed", f"{where} now has a body ({describe_type(new_schema)})", False))
        elif old_schema is not None and new_schema is None:
            changes.append(Change("Changed", f"{where} no longer has a body", str(status).startswith("2")))
        elif old_schema is not None:
            changes += compare_schema(old_schema, new_schema, where, RESPONSE)
    return changes


def compare_operations(old_doc: Doc, new_doc: Doc) -> list[Change]:
    """Operations added, removed, moved, and what changed in their parameters and bodies."""
    old_ops, new_ops = operations(old_doc), operations(new_doc)
    changes: list[Change] = []
    for op_id, op in new_ops.items():
        if op_id not in old_ops:
            changes.append(Change("Added", f"operation `{op_id}` ({op.label})", False))
    for op_id, op in old_ops.items():
        if op_id not in new_ops:
            changes.append(Change("Removed", f"operation `{op_id}` ({op.label})", True))
    for op_id, old in old_ops.items():
        new = new_ops.get(op_id)
        if new is None:
            continue
        if (old.method, old.path) != (new.method, new.path):
            # The SDK names calls after the operationId, so a new URL is invisible to users.
            changes.append(Change("Changed", f"operation `{op_id}` moved: {old.label} → {new.label}", False))
        if bool(old.spec.get("deprecated")) != bool(new.spec.get("deprecated")):
            state = "deprecated" if new.spec.get("deprecated") else "no longer deprecated"
            changes.append(Change("Changed", f"operation `{op_id}` is {state}", False))
        changes += _compare_parameters(old_doc, new_doc, old, new)
        changes += _compare_body(old_doc, new_doc, old, new)
        changes += _compare_responses(old_doc, new_doc, old, new)
    return changes


def compare_models(old_doc: Doc, new_doc: Doc) -> list[Change]:
    """Component schemas (the generated models) added, removed and changed."""
    old_schemas = (old_doc.get("components") or {}).get("schemas") or {}
    new_schemas = (new_doc.get("components") or {}).get("schemas") or {}
    old_usage, new_usage = schema_usage(old_doc), schema_usage(new_doc)
    changes: list[Change] = []
    for name in new_schemas:
        if name not in old_schemas:
            changes.append(Change("Added", f"model `{name}`", False))
    for name in old_schemas:
        if name not in new_schemas:
            changes.append(Change("Removed", f"model `{name}`", True))
    for name, schema in old_schemas.items():
        if name in new_schemas:
            usage = old_usage.get(name, frozenset()) | new_usage.get(name, frozenset())
            changes += compare_schema(schema, new_schemas[name], Loc(name), usage)
    return changes


def compare_documents(old_doc: Doc, new_doc: Doc) -> list[Change]:
    """Every user-visible change from ``old_doc`` to ``new_doc``, operations first."""
    return compare_operations(old_doc, new_doc) + compare_models(old_doc, new_doc)
