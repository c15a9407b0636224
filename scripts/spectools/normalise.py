"""The normalisation rules of ``openapi/normalise.yaml``, applied to the merged document.

Each rule is a function ``(document, the rule's value) -> None`` that edits the document in
place; :func:`normalise` applies them in the order the file lists them.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from spectools.anchors import anchors
from spectools.document import SCHEMA_REF, Doc, editable_schemas, operations, retarget_refs, walk
from spectools.errors import SpecError
from spectools.names import Registry, stable_names
from spectools.untrusted import sanitise_doc


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
    doc.setdefault("components", {}).setdefault("securitySchemes", {})[scheme] = {
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


def _at_anchors(doc: Doc, target: str, wanted: list[str]) -> list[str]:
    """The schemas found at ``wanted`` anchors (each anchor must hold a named schema)."""
    found = anchors(doc)
    variants: list[str] = []
    for anchor in wanted:
        holders = sorted(name for name, at in found.items() if anchor in at)
        if not holders:
            raise SpecError(
                f"merge_schemas {target}: no schema at {anchor!r} (the operation or the role is gone: "
                "update the anchors in openapi/normalise.yaml)"
            )
        variants += [h for h in holders if h not in variants]
    return variants


def merge_schemas(doc: Doc, rule: dict[str, list[str]]) -> None:
    """One schema for the schemas found at some anchors (``operationId:role``, never upstream's
    names, which change): every field, required where all of them require it."""
    all_schemas = editable_schemas(doc)
    for target, wanted in rule.items():
        variants = _at_anchors(doc, target, wanted)
        if len(variants) == 1 and variants[0] == target:
            continue
        merged = _merged_schema(target, variants, [all_schemas[v] for v in variants])
        for variant in variants:
            del all_schemas[variant]
        if target in all_schemas:  # upstream uses the name for another schema: that one moves aside
            all_schemas[f"{target}__merged"] = all_schemas.pop(target)
            retarget_refs(doc, {target: f"{target}__merged"})
        all_schemas[target] = merged
        retarget_refs(doc, dict.fromkeys(variants, target))


def array_items(doc: Doc, default: dict[str, Any]) -> None:
    """An array parameter without ``items`` (invalid: GET /usage-events' ``customerAlias``) gets
    ``default`` as its items schema."""
    for op in operations(doc):
        for param in op.spec.get("parameters") or []:
            schema = param.get("schema") if isinstance(param, dict) else None
            if isinstance(schema, dict) and schema.get("type") == "array" and "items" not in schema:
                schema["items"] = copy.deepcopy(default)


def query_bounds(doc: Doc, rule: dict[str, dict[str, Any]]) -> None:
    """Bounds the descriptions state in prose, for every query parameter of a name (``limit``)."""
    for op in operations(doc):
        for param in op.spec.get("parameters") or []:
            if isinstance(param, dict) and param.get("in") == "query" and param.get("name") in rule:
                schema = param.setdefault("schema", {})
                if schema.get("type") == "integer":
                    schema.update(rule[param["name"]])


def servers(doc: Doc, listed: list[dict[str, str]]) -> None:
    """The documented environments (the schema file names one server; the docs name three)."""
    doc["servers"] = copy.deepcopy(listed)
    for item in (doc.get("paths") or {}).values():
        item.pop("servers", None)


def nullable_optional_fields(doc: Doc, enabled: bool) -> None:
    if not enabled:
        return
    for schema in editable_schemas(doc).values():
        required = set(schema.get("required", []))
        for name, prop in (schema.get("properties") or {}).items():
            if name not in required and "$ref" not in prop:
                prop["nullable"] = True


def nullable_refs(doc: Doc, enabled: bool) -> None:
    """``{"$ref": X, "nullable": true}``: OpenAPI 3.0 ignores a ``$ref``'s siblings, so generators
    drop the null the document means (Sequence sends ``"state": null``); ``oneOf: [X]`` keeps it."""
    if not enabled:
        return
    for schema in editable_schemas(doc).values():
        for name, prop in list((schema.get("properties") or {}).items()):
            if isinstance(prop, dict) and "$ref" in prop and prop.get("nullable") is True:
                rest = {key: value for key, value in prop.items() if key not in ("$ref", "nullable")}
                schema["properties"][name] = {**rest, "nullable": True, "oneOf": [{"$ref": prop["$ref"]}]}


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


def sanitise_text(doc: Doc, enabled: bool) -> None:
    """Upstream prose made inert before it reaches docstrings and the docs site (no raw HTML, no
    snippet includes, no Sphinx roles or mkdocstrings directives): :func:`untrusted.sanitise_text`."""
    if enabled:
        sanitise_doc(doc)


RULES: dict[str, Callable[[Doc, Any], None]] = {
    "sanitise_text": sanitise_text,
    "http_basic_auth": http_basic_auth,
    "client_managed_headers": client_managed_headers,
    "date_time_fields": date_time_fields,
    "merge_schemas": merge_schemas,
    "array_items": array_items,
    "query_bounds": query_bounds,
    "servers": servers,
    "nullable_optional_fields": nullable_optional_fields,
    "nullable_refs": nullable_refs,
    "parameter_constraints": parameter_constraints,
    "error_responses": error_responses,
    "drop_empty_lists": drop_empty_lists,
}


def normalise_with_names(doc: Doc, rules: dict[str, Any], registry: Registry) -> tuple[Doc, Registry]:
    """Apply the rules of ``openapi/normalise.yaml`` in their listed order; ``stable_names`` names
    the models from ``registry`` (:mod:`spectools.names`) and gives the registry to write back."""
    result = copy.deepcopy(doc)
    for name, value in rules.items():
        if name == "stable_names":
            registry = stable_names(result, registry, set((value or {}).get("reserved") or []))
        elif name in RULES:
            RULES[name](result, value)
        else:
            raise SpecError(f"unknown normalisation rule {name!r}")
    result["components"] = {s: dict(sorted(v.items())) for s, v in sorted(result["components"].items())}
    return result, registry


def normalise(doc: Doc, rules: dict[str, Any]) -> Doc:
    """Apply the rules of ``openapi/normalise.yaml`` in their listed order (with no registry)."""
    return normalise_with_names(doc, rules, Registry())[0]
