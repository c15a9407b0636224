"""Schema-valid values where state has none: the document's example, else a value of the right type.

:func:`sample` makes a value for a (converted) schema; :func:`project` fits a stored record to a
response schema, keeping each field whose value is valid there and sampling the rest. Both are
deterministic: the same schema gives the same value on every run.
"""

from __future__ import annotations

import copy
from typing import Any

from ._schema import Schema, Schemas

__all__ = ["project", "sample"]

_MAX_DEPTH = 6  # deeper than any response of the document (4); recursion stops with required fields only
_FORMAT_SAMPLES = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uuid": "00000000-0000-7000-8000-000000000000",
    "email": "user@example.com",
    "uri": "https://example.com",
}


def sample(schemas: Schemas, schema: Any, depth: int = 0) -> Any:
    """A value valid against ``schema``: its example if that is valid, else one built by type."""
    if not isinstance(schema, dict):
        return None
    if "example" in schema and schemas.is_valid(schema, schema["example"]):
        return copy.deepcopy(schema["example"])
    if "$ref" in schema:
        return sample(schemas, schemas.resolve(schema), depth)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            choices = [s for s in schema[key] if isinstance(s, dict) and s.get("type") != "null"]
            return sample(schemas, choices[0], depth) if choices else None
    if "enum" in schema:
        return next((value for value in schema["enum"] if value is not None), None)
    return _by_type(schemas, schema, depth)


def _by_type(schemas: Schemas, schema: Schema, depth: int) -> Any:
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required", ()))
        return {
            name: sample(schemas, sub, depth + 1)
            for name, sub in schema.get("properties", {}).items()
            if depth < _MAX_DEPTH or name in required
        }
    if kind == "array":
        items = schema.get("items", {})
        count = max(1 if depth < _MAX_DEPTH else 0, int(schema.get("minItems", 0)))
        values = [sample(schemas, items, depth + 1) for _ in range(count)]
        # An item no value satisfies (the document has one: an object whose enum lists strings)
        # leaves the array empty rather than invalid.
        return values if all(schemas.is_valid(items, v) for v in values) else []
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return False
    if kind == "string":
        return _string(schema)
    return None


def _string(schema: Schema) -> str:
    text = _FORMAT_SAMPLES.get(str(schema.get("format")), "string")
    minimum = int(schema.get("minLength", 0))
    if len(text) < minimum:
        text += "x" * (minimum - len(text))
    if "maxLength" in schema:
        text = text[: int(schema["maxLength"])]
    return text


def project(schemas: Schemas, schema: Any, record: Any, depth: int = 0) -> Any:
    """``record`` as a value of ``schema``: valid fields kept, invalid or missing ones sampled.

    Only the schema's own properties are sent, so state that another operation's shape carries
    (an alias's ``customerId`` on a page of another shape) never leaks an undocumented field.
    Arrays are fitted item by item; of ``oneOf``/``anyOf`` alternatives, the first that fits.
    """
    schema = schemas.resolve(schema)
    if not isinstance(schema, dict):
        return record
    for key in ("oneOf", "anyOf"):
        if key in schema and record is not None:
            for alternative in schema[key]:
                candidate = project(schemas, alternative, record, depth)
                if schemas.is_valid(schema, candidate):
                    return candidate
            return sample(schemas, schema, depth)
    if isinstance(record, list) and schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return [project(schemas, schema["items"], item, depth + 1) for item in record]
    properties = schema.get("properties")
    if not isinstance(record, dict) or not isinstance(properties, dict):
        return record if schemas.is_valid(schema, record) else sample(schemas, schema, depth)
    out: dict[str, Any] = {}
    for name, sub in properties.items():
        if name in record:
            out[name] = project(schemas, sub, record[name], depth + 1)
    for name in schema.get("required", ()):
        if name not in out and name in properties:
            out[name] = sample(schemas, properties[name], depth + 1)
    return out
