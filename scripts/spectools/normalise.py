"""The normalisation rules of ``openapi/normalise.yaml``, applied to the merged document.

Each rule is a function ``(document, the rule's value) -> None`` that edits the document in
place; :func:`normalise` applies them in the order the file lists them.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from spectools.document import SCHEMA_REF, Doc, editable_schemas, operations, retarget_refs, walk
from spectools.errors import SpecError


def _without_docs(schema: Any) -> Any:
    """A schema with its examples and descriptions removed, for comparing meaning."""
    if isinstance(schema, dict):
        return {k: _without_docs(v) for k, v in schema.items() if k not in ("example", "description")}
    return schema


def http_basic_auth(doc: Doc, rule: dict[str, str]) -> None:
    header, scheme = rule["header"].lower(), rule["scheme_name"]
    for op in operations(doc):
        op.spec["parameters"] = [
            p for p in op.spec.get("parameters", []) if not (p.get("in") == "header" and p["name"].lower() == header)
        ]
    doc["components"].setdefault("securitySchemes", {})[scheme] = {
        "type": "http",
        "scheme": "basic",
        "description": "Client ID as the username and client secret as the password.",
    }
    doc["security"] = [{scheme: []}]


def client_managed_headers(doc: Doc, names: list[str]) -> None:
    wanted = {n.lower() for n in names}
    versions: set[str] = set()
    for op in operations(doc):
        kept = []
        for param in op.spec.get("parameters", []):
            if param.get("in") == "header" and param["name"].lower() in wanted:
                versions.update(str(v) for v in param.get("schema", {}).get("enum", []))
            else:
                kept.append(param)
        op.spec["parameters"] = kept
    doc["info"]["x-sequence-versions"] = sorted(versions)


def date_time_fields(doc: Doc, names: list[str]) -> None:
    for node in walk(editable_schemas(doc)):
        for name, prop in (node.get("properties") or {}).items():
            if name in names and prop.get("type") == "string" and "format" not in prop:
                prop["format"] = "date-time"


def _merged_schema(target: str, variants: list[str], parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One schema for ``variants`` (their ``parts``): every field, the fields all of them require."""
    properties: dict[str, Any] = {}
    for variant, part in zip(variants, parts, strict=True):
        for name, prop in part.get("properties", {}).items():
            if name in properties and _without_docs(properties[name]) != _without_docs(prop):
                raise SpecError(f"merge_schemas {target}: field {name!r} differs in {variant}")
            properties.setdefault(name, prop)
    required = set.intersection(*(set(p.get("required", [])) for p in parts))
    richest = max(parts, key=lambda p: len(p.get("properties", {})))
    merged = {"required": sorted(required), "type": "object", "properties": properties}
    if "example" in richest:
        merged["example"] = richest["example"]
    return merged


def merge_schemas(doc: Doc, rule: dict[str, list[str]]) -> None:
    all_schemas = editable_schemas(doc)
    for target, variants in rule.items():
        missing = [v for v in variants if v not in all_schemas]
        if missing:
            raise SpecError(f"merge_schemas {target}: no schema named {missing}")
        merged = _merged_schema(target, variants, [all_schemas[v] for v in variants])
        for variant in variants:
            del all_schemas[variant]
        all_schemas[target] = merged
        retarget_refs(doc, dict.fromkeys(variants, target))


def rename_schemas(doc: Doc, mapping: dict[str, str]) -> None:
    all_schemas = editable_schemas(doc)
    for old, new in mapping.items():
        if old not in all_schemas:
            raise SpecError(f"rename_schemas: no schema named {old!r}")
        if new in all_schemas:
            raise SpecError(f"rename_schemas: {new!r} already exists")
        all_schemas[new] = all_schemas.pop(old)
    retarget_refs(doc, mapping)


def nullable_optional_fields(doc: Doc, enabled: bool) -> None:
    if not enabled:
        return
    for schema in editable_schemas(doc).values():
        required = set(schema.get("required", []))
        for name, prop in (schema.get("properties") or {}).items():
            if name not in required and "$ref" not in prop:
                prop["nullable"] = True


def parameter_constraints(doc: Doc, rule: dict[str, dict[str, dict[str, Any]]]) -> None:
    by_id = {op.spec.get("operationId"): op.spec for op in operations(doc)}
    for op_id, params in rule.items():
        if op_id not in by_id:
            raise SpecError(f"parameter_constraints: no operation {op_id!r}")
        for name, constraints in params.items():
            matches = [p for p in by_id[op_id].get("parameters", []) if p["name"] == name]
            if not matches:
                raise SpecError(f"parameter_constraints: {op_id} has no parameter {name!r}")
            matches[0]["schema"].update(constraints)


def _add_error_schemas(doc: Doc, body_name: str, detail_name: str) -> None:
    editable_schemas(doc)[detail_name] = {
        "type": "object",
        "required": ["type", "message"],
        "properties": {
            "type": {"type": "string", "description": "Machine-readable error type", "example": "NotFound"},
            "message": {"type": "string", "description": "Human-readable explanation"},
        },
    }
    editable_schemas(doc)[body_name] = {
        "type": "object",
        "required": ["error"],
        "description": "Body of every error response, as documented in the API reference",
        "properties": {"error": {"$ref": SCHEMA_REF + detail_name}},
    }


def error_responses(doc: Doc, rule: dict[str, Any]) -> None:
    body_name = rule["schema_name"]
    _add_error_schemas(doc, body_name, rule["detail_schema_name"])
    content = {"application/json": {"schema": {"$ref": SCHEMA_REF + body_name}}}
    for op in operations(doc):
        responses = op.spec.setdefault("responses", {})
        has_path_params = any(p.get("in") == "path" for p in op.spec.get("parameters", []))
        for status, spec in rule["add"].items():
            if spec["when"] == "always" or (spec["when"] == "path_parameters" and has_path_params):
                responses.setdefault(str(status), {"description": spec["description"]})
        for status in list(responses):
            if str(status)[0] in "45" and not responses[status].get("content"):
                responses[status]["content"] = copy.deepcopy(content)
        op.spec["responses"] = {s: responses[s] for s in sorted(responses, key=str)}


def drop_empty_lists(doc: Doc, keys: list[str]) -> None:
    holders: list[dict[str, Any]] = [doc, *doc.get("paths", {}).values()]
    holders += [op.spec for op in operations(doc)]
    for holder in holders:
        for key in keys:
            if holder.get(key) == []:
                del holder[key]


RULES: dict[str, Callable[[Doc, Any], None]] = {
    "http_basic_auth": http_basic_auth,
    "client_managed_headers": client_managed_headers,
    "date_time_fields": date_time_fields,
    "merge_schemas": merge_schemas,
    "rename_schemas": rename_schemas,
    "nullable_optional_fields": nullable_optional_fields,
    "parameter_constraints": parameter_constraints,
    "error_responses": error_responses,
    "drop_empty_lists": drop_empty_lists,
}


def normalise(doc: Doc, rules: dict[str, Any]) -> Doc:
    """Apply the rules of ``openapi/normalise.yaml`` in their listed order."""
    result = copy.deepcopy(doc)
    for name, value in rules.items():
        if name not in RULES:
            raise SpecError(f"unknown normalisation rule {name!r}")
        RULES[name](result, value)
    result["components"] = {s: dict(sorted(v.items())) for s, v in sorted(result["components"].items())}
    return result
