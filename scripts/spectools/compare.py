"""Compare two merged, normalised OpenAPI documents and classify each change for SDK users.

Operations added, removed, moved or deprecated, and what changed in their parameters, request
bodies and responses; then the component schemas (the generated models). A change is
*breaking* when code written against the old SDK may stop working (see :mod:`.compare_schema`):
also removed operations and parameters and new required parameters.
"""

from __future__ import annotations

from typing import Any

from spectools.change import Change
from spectools.compare_schema import (
    REQUEST,
    RESPONSE,
    Loc,
    compare_schema,
    describe_type,
    schema_usage,
    split_keys,
)
from spectools.document import Doc, Operation, json_schema, operations_by_id, resolve, schemas


def _params(doc: Doc, op: Operation) -> dict[str, dict[str, Any]]:
    params = (resolve(doc, p) for p in op.spec.get("parameters") or [])
    return {str(p.get("name")): p for p in params if isinstance(p, dict)}


def _required(holder: dict[str, Any]) -> str:
    return "required" if holder.get("required") else "optional"


def _compare_parameter(old: dict[str, Any], new: dict[str, Any], where: Loc) -> list[Change]:
    changes: list[Change] = []
    if old.get("in") != new.get("in"):
        # Path parameters are positional in the generated functions, the others keywords.
        moved = "path" in (old.get("in"), new.get("in"))
        changes.append(Change("Changed", f"{where} moved from {old.get('in')} to {new.get('in')}", moved))
    if bool(old.get("required")) != bool(new.get("required")):
        changes.append(Change("Changed", f"{where} is now {_required(new)}", bool(new.get("required"))))
    return changes + compare_schema(old.get("schema"), new.get("schema"), where, REQUEST)


def _compare_parameters(old_doc: Doc, new_doc: Doc, old: Operation, new: Operation) -> list[Change]:
    old_params, new_params = _params(old_doc, old), _params(new_doc, new)
    op = f"`{new.operation_id}`"
    added, removed, kept = split_keys(old_params, new_params)
    changes: list[Change] = []
    for name in added:
        param = new_params[name]
        text = f"{_required(param)} {param.get('in')} parameter `{name}` ({describe_type(param.get('schema'))}) of {op}"
        changes.append(Change("Added", text, bool(param.get("required"))))
    changes += [Change("Removed", f"{old_params[n].get('in')} parameter `{n}` of {op}", True) for n in removed]
    for name in kept:
        where = Loc(context=f"parameter `{name}` of {op}")
        changes += _compare_parameter(old_params[name], new_params[name], where)
    return changes


def _compare_body(old_doc: Doc, new_doc: Doc, old: Operation, new: Operation) -> list[Change]:
    old_body, new_body = resolve(old_doc, old.spec.get("requestBody")), resolve(new_doc, new.spec.get("requestBody"))
    where = Loc(context=f"request body of `{new.operation_id}`")
    if not old_body and not new_body:
        return []
    if not old_body:
        text = f"{_required(new_body)} {where} ({describe_type(json_schema(new_body))})"
        return [Change("Added", text, bool(new_body.get("required")))]
    if not new_body:
        return [Change("Removed", str(where), True)]
    changes = []
    if bool(old_body.get("required")) != bool(new_body.get("required")):
        changes.append(Change("Changed", f"{where} is now {_required(new_body)}", bool(new_body.get("required"))))
    return changes + compare_schema(json_schema(old_body), json_schema(new_body), where, REQUEST)


def _compare_response(old_schema: Any, new_schema: Any, status: Any, where: Loc) -> list[Change]:
    if old_schema is None and new_schema is not None:
        return [Change("Changed", f"{where} now has a body ({describe_type(new_schema)})", False)]
    if old_schema is not None and new_schema is None:
        return [Change("Changed", f"{where} no longer has a body", str(status).startswith("2"))]
    if old_schema is not None:
        return compare_schema(old_schema, new_schema, where, RESPONSE)
    return []


def _compare_responses(old_doc: Doc, new_doc: Doc, old: Operation, new: Operation) -> list[Change]:
    old_responses, new_responses = old.spec.get("responses") or {}, new.spec.get("responses") or {}
    op = f"`{new.operation_id}`"
    added, removed, kept = split_keys(old_responses, new_responses)
    changes = [Change("Added", f"response `{status}` of {op}", False) for status in added]
    # Losing a success response changes what the call returns; losing an error does not.
    changes += [Change("Removed", f"response `{s}` of {op}", str(s).startswith("2")) for s in removed]
    for status in kept:
        old_schema = json_schema(resolve(old_doc, old_responses[status]))
        new_schema = json_schema(resolve(new_doc, new_responses[status]))
        changes += _compare_response(old_schema, new_schema, status, Loc(context=f"response `{status}` of {op}"))
    return changes


def _compare_operation(old_doc: Doc, new_doc: Doc, old: Operation, new: Operation) -> list[Change]:
    op_id = old.operation_id
    changes: list[Change] = []
    if (old.method, old.path) != (new.method, new.path):
        # The SDK names calls after the operationId, so a new URL is invisible to users.
        changes.append(Change("Changed", f"operation `{op_id}` moved: {old.label} → {new.label}", False))
    if bool(old.spec.get("deprecated")) != bool(new.spec.get("deprecated")):
        state = "deprecated" if new.spec.get("deprecated") else "no longer deprecated"
        changes.append(Change("Changed", f"operation `{op_id}` is {state}", False))
    changes += _compare_parameters(old_doc, new_doc, old, new)
    changes += _compare_body(old_doc, new_doc, old, new)
    return changes + _compare_responses(old_doc, new_doc, old, new)


def compare_operations(old_doc: Doc, new_doc: Doc) -> list[Change]:
    """Operations added, removed, moved, and what changed in their parameters and bodies."""
    old_ops, new_ops = operations_by_id(old_doc), operations_by_id(new_doc)
    added, removed, kept = split_keys(old_ops, new_ops)
    changes = [Change("Added", f"operation `{i}` ({new_ops[i].label})", False) for i in added]
    changes += [Change("Removed", f"operation `{i}` ({old_ops[i].label})", True) for i in removed]
    for op_id in kept:
        changes += _compare_operation(old_doc, new_doc, old_ops[op_id], new_ops[op_id])
    return changes


def compare_models(old_doc: Doc, new_doc: Doc) -> list[Change]:
    """Component schemas (the generated models) added, removed and changed."""
    old_schemas, new_schemas = schemas(old_doc), schemas(new_doc)
    old_usage, new_usage = schema_usage(old_doc), schema_usage(new_doc)
    added, removed, kept = split_keys(old_schemas, new_schemas)
    changes = [Change("Added", f"model `{name}`", False) for name in added]
    changes += [Change("Removed", f"model `{name}`", True) for name in removed]
    for name in kept:
        usage = old_usage.get(name, frozenset()) | new_usage.get(name, frozenset())
        changes += compare_schema(old_schemas[name], new_schemas[name], Loc(name), usage)
    return changes


def compare_documents(old_doc: Doc, new_doc: Doc) -> list[Change]:
    """Every user-visible change from ``old_doc`` to ``new_doc``, operations first."""
    return compare_operations(old_doc, new_doc) + compare_models(old_doc, new_doc)
