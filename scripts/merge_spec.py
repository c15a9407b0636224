"""Merge ``openapi/sources/*.yaml`` into the one normalised ``openapi/sequence.yaml``.

1. merge: paths and components of every source; a component found in several sources with
   identical content is kept once, the same name with different content fails the merge;
2. normalise: the declarative rules of ``openapi/normalise.yaml`` (each says why);
3. validate with openapi-spec-validator and write deterministic YAML.

Usage: python scripts/merge_spec.py [--sources DIR] [--rules FILE] [--output FILE | --check]
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
Doc = dict[str, Any]


class SpecError(Exception):
    """The sources cannot be merged or normalised; the message says why."""


# --------------------------------------------------------------------------- merge


def load_sources(directory: Path) -> list[tuple[str, Doc]]:
    """Every ``*.yaml`` source, sorted by file name so the merge ignores disk order."""
    files = sorted(directory.glob("*.yaml"), key=lambda p: p.name)
    if not files:
        raise SpecError(f"no *.yaml sources in {directory}")
    sources = []
    for path in files:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict):
            raise SpecError(f"{path.name}: not an OpenAPI document")
        sources.append((path.name, doc))
    return sources


def _merge_named(
    target: dict[str, Any], origins: dict[str, str], items: dict[str, Any], source: str, what: str
) -> None:
    for name, value in items.items():
        if name not in target:
            target[name], origins[name] = copy.deepcopy(value), source
        elif target[name] != value:
            raise SpecError(f"{what} {name!r} differs between {origins[name]} and {source}")


def merge(sources: list[tuple[str, Doc]]) -> Doc:
    """Merge paths and components; identical duplicates collapse, conflicts raise."""
    first_name, first = sources[0]
    for name, doc in sources[1:]:
        for key in ("openapi", "servers"):
            if doc.get(key) != first.get(key):
                raise SpecError(f"{key!r} differs between {first_name} and {name}")
    paths: dict[str, dict[str, Any]] = {}
    path_origins: dict[str, dict[str, str]] = {}
    components: dict[str, dict[str, Any]] = {}
    component_origins: dict[str, dict[str, str]] = {}
    for name, doc in sources:
        for path, item in (doc.get("paths") or {}).items():
            _merge_named(
                paths.setdefault(path, {}), path_origins.setdefault(path, {}), item or {}, name, f"path {path}:"
            )
        for section, entries in (doc.get("components") or {}).items():
            _merge_named(
                components.setdefault(section, {}),
                component_origins.setdefault(section, {}),
                entries or {},
                name,
                f"component {section}/",
            )
    merged: Doc = {key: copy.deepcopy(first[key]) for key in ("openapi", "info", "servers") if key in first}
    merged["security"] = copy.deepcopy(first.get("security", []))
    merged["tags"] = copy.deepcopy(first.get("tags", []))
    merged["paths"] = {p: paths[p] for p in sorted(paths)}
    merged["components"] = {s: {n: components[s][n] for n in sorted(components[s])} for s in sorted(components)}
    return merged


# --------------------------------------------------------------------------- helpers


def operations(doc: Doc) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation of ``doc``."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping inside ``node``, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def retarget_refs(doc: Doc, mapping: dict[str, str]) -> None:
    """Point every ``$ref`` to a schema named in ``mapping`` at its new name."""
    for node in walk(doc):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF) and ref[len(SCHEMA_REF) :] in mapping:
            node["$ref"] = SCHEMA_REF + mapping[ref[len(SCHEMA_REF) :]]


def schemas(doc: Doc) -> dict[str, Any]:
    return doc.setdefault("components", {}).setdefault("schemas", {})  # type: ignore[no-any-return]


def _without_docs(schema: Any) -> Any:
    """A schema with its examples and descriptions removed, for comparing meaning."""
    if isinstance(schema, dict):
        return {k: _without_docs(v) for k, v in schema.items() if k not in ("example", "description")}
    return schema


# --------------------------------------------------------------------------- rules


def http_basic_auth(doc: Doc, rule: dict[str, str]) -> None:
    header, scheme = rule["header"].lower(), rule["scheme_name"]
    for _, _, op in operations(doc):
        op["parameters"] = [
            p for p in op.get("parameters", []) if not (p.get("in") == "header" and p["name"].lower() == header)
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
    for _, _, op in operations(doc):
        kept = []
        for param in op.get("parameters", []):
            if param.get("in") == "header" and param["name"].lower() in wanted:
                versions.update(str(v) for v in param.get("schema", {}).get("enum", []))
            else:
                kept.append(param)
        op["parameters"] = kept
    doc["info"]["x-sequence-versions"] = sorted(versions)


def date_time_fields(doc: Doc, names: list[str]) -> None:
    for node in walk(schemas(doc)):
        for name, prop in (node.get("properties") or {}).items():
            if name in names and prop.get("type") == "string" and "format" not in prop:
                prop["format"] = "date-time"


def merge_schemas(doc: Doc, rule: dict[str, list[str]]) -> None:
    all_schemas = schemas(doc)
    for target, variants in rule.items():
        missing = [v for v in variants if v not in all_schemas]
        if missing:
            raise SpecError(f"merge_schemas {target}: no schema named {missing}")
        parts = [all_schemas[v] for v in variants]
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
        for variant in variants:
            del all_schemas[variant]
        all_schemas[target] = merged
        retarget_refs(doc, dict.fromkeys(variants, target))


def rename_schemas(doc: Doc, mapping: dict[str, str]) -> None:
    all_schemas = schemas(doc)
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
    for schema in schemas(doc).values():
        required = set(schema.get("required", []))
        for name, prop in (schema.get("properties") or {}).items():
            if name not in required and "$ref" not in prop:
                prop["nullable"] = True


def parameter_constraints(doc: Doc, rule: dict[str, dict[str, dict[str, Any]]]) -> None:
    by_id = {op.get("operationId"): op for _, _, op in operations(doc)}
    for op_id, params in rule.items():
        if op_id not in by_id:
            raise SpecError(f"parameter_constraints: no operation {op_id!r}")
        for name, constraints in params.items():
            matches = [p for p in by_id[op_id].get("parameters", []) if p["name"] == name]
            if not matches:
                raise SpecError(f"parameter_constraints: {op_id} has no parameter {name!r}")
            matches[0]["schema"].update(constraints)


def error_responses(doc: Doc, rule: dict[str, Any]) -> None:
    body_name, detail_name = rule["schema_name"], rule["detail_schema_name"]
    schemas(doc)[detail_name] = {
        "type": "object",
        "required": ["type", "message"],
        "properties": {
            "type": {"type": "string", "description": "Machine-readable error type", "example": "NotFound"},
            "message": {"type": "string", "description": "Human-readable explanation"},
        },
    }
    schemas(doc)[body_name] = {
        "type": "object",
        "required": ["error"],
        "description": "Body of every error response, as documented in the API reference",
        "properties": {"error": {"$ref": SCHEMA_REF + detail_name}},
    }
    content = {"application/json": {"schema": {"$ref": SCHEMA_REF + body_name}}}
    for _, _, op in operations(doc):
        responses = op.setdefault("responses", {})
        has_path_params = any(p.get("in") == "path" for p in op.get("parameters", []))
        for status, spec in rule["add"].items():
            if spec["when"] == "always" or (spec["when"] == "path_parameters" and has_path_params):
                responses.setdefault(str(status), {"description": spec["description"]})
        for status in list(responses):
            if str(status)[0] in "45" and not responses[status].get("content"):
                responses[status]["content"] = copy.deepcopy(content)
        op["responses"] = {s: responses[s] for s in sorted(responses, key=str)}


def drop_empty_lists(doc: Doc, keys: list[str]) -> None:
    holders: list[dict[str, Any]] = [doc, *doc.get("paths", {}).values()]
    holders += [op for _, _, op in operations(doc)]
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


# --------------------------------------------------------------------------- output


def check_valid(doc: Doc) -> None:
    try:
        validate(copy.deepcopy(doc))
    except OpenAPIValidationError as exc:
        raise SpecError(f"merged document is not valid OpenAPI: {exc.message}") from None


def render(doc: Doc) -> str:
    header = "# GENERATED by scripts/merge_spec.py from openapi/sources/ and openapi/normalise.yaml.\n"
    header += "# Do not edit: change the rules or the sources, then run `make spec`.\n"
    return header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def build(sources_dir: Path, rules_file: Path) -> str:
    """The merged, normalised, validated document as text."""
    rules = yaml.safe_load(rules_file.read_text(encoding="utf-8")) or {}
    doc = normalise(merge(load_sources(sources_dir)), rules)
    check_valid(doc)
    return render(doc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=ROOT / "openapi" / "sources")
    parser.add_argument("--rules", type=Path, default=ROOT / "openapi" / "normalise.yaml")
    parser.add_argument("--output", type=Path, default=ROOT / "openapi" / "sequence.yaml")
    parser.add_argument("--check", action="store_true", help="fail if --output is not up to date")
    args = parser.parse_args(argv)
    try:
        text = build(args.sources, args.rules)
    except SpecError as exc:
        print(f"spec merge failed: {exc}", file=sys.stderr)
        return 1
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: run `make spec generate`", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
