"""OpenAPI 3.0 schemas as JSON Schema: conversion, cached validators, and readable errors.

The emulator validates request bodies and parameters with :mod:`jsonschema` (draft 7) against
schemas converted once from the merged document: ``nullable`` becomes a ``null`` alternative and
``#/components/schemas/X`` references point into one shared ``definitions`` map.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

__all__ = ["Schemas", "convert", "cut", "describe_error"]

Schema = dict[str, Any]
_DROPPED = frozenset({"example", "examples", "xml", "discriminator", "externalDocs", "deprecated", "description"})
_REF_PREFIX = "#/components/schemas/"
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_FORMATS = jsonschema.FormatChecker(formats=())


@_FORMATS.checks("date-time")
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATE_TIME.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return False
    return True


@_FORMATS.checks("date")
def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        return bool(_DATE.fullmatch(value)) and bool(datetime.strptime(value, "%Y-%m-%d"))
    except ValueError:
        return False


@_FORMATS.checks("int32")
def _is_int32(value: object) -> bool:
    return not isinstance(value, int) or _INT_RANGES["int32"][0] <= value <= _INT_RANGES["int32"][1]


@_FORMATS.checks("int64")
def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or _INT_RANGES["int64"][0] <= value <= _INT_RANGES["int64"][1]


def convert(schema: Any) -> Any:
    """One OpenAPI 3.0 schema (and everything inside it) as JSON Schema draft 7."""
    if isinstance(schema, list):
        return [convert(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: Schema = {}
    for key, value in schema.items():
        if key in _DROPPED or key == "nullable":
            continue
        if key == "$ref" and isinstance(value, str) and value.startswith(_REF_PREFIX):
            out[key] = "#/definitions/" + value[len(_REF_PREFIX) :]
        elif key in ("enum", "default", "const"):
            out[key] = value  # data, not schemas
        elif key == "properties" and isinstance(value, dict):
            out[key] = {name: convert(sub) for name, sub in value.items()}  # names, not keywords
        else:
            out[key] = convert(value)
    if schema.get("nullable") is True:
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return {"anyOf": [out, {"type": "null"}]}
    return out


class Schemas:
    """The document's component schemas, converted; validators are built once per schema object."""

    def __init__(self, components: Mapping[str, Any]) -> None:
        self.definitions: Schema = {name: convert(schema) for name, schema in components.items()}
        self._validators: dict[int, tuple[Schema, jsonschema.Draft7Validator]] = {}

    def resolve(self, schema: Any) -> Any:
        """Follow ``$ref`` chains (and one-alternative ``oneOf``/``allOf``) to the schema they name."""
        for _ in range(32):
            if not isinstance(schema, dict):
                return schema
            if "$ref" in schema:
                schema = self.definitions.get(schema["$ref"].rsplit("/", 1)[-1], {})
                continue
            single = next((schema[k] for k in ("oneOf", "allOf") if len(schema.get(k, ())) == 1), None)
            if single is None or len(schema) != 1:
                return schema
            schema = single[0]
        return schema

    def validator(self, schema: Schema) -> jsonschema.Draft7Validator:
        """A validator for a converted schema (kept alive, so ``id()`` stays unique)."""
        cached = self._validators.get(id(schema))
        if cached is None:
            root = {**schema, "definitions": self.definitions}
            cached = (schema, jsonschema.Draft7Validator(root, format_checker=_FORMATS))
            self._validators[id(schema)] = cached
        return cached[1]

    def is_valid(self, schema: Schema, value: Any) -> bool:
        return bool(self.validator(schema).is_valid(value))

    def first_error(self, schema: Schema, value: Any) -> str | None:
        """The most relevant validation error, described in one line; ``None`` when ``value`` is valid."""
        error = best_match(self.validator(schema).iter_errors(value))
        return None if error is None else describe_error(error)


def describe_error(error: jsonschema.ValidationError) -> str:
    """``at $.items[0].value: 5 is not of type 'string'``: where, then what (values cut to 60 characters)."""
    where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    validator = str(error.validator)
    wanted: Any = error.validator_value
    instance: Any = error.instance
    if validator == "required":
        present = set(instance) if isinstance(instance, dict) else set()
        missing = next((name for name in wanted if name not in present), "?")
        return f"at {where}: required property '{cut(str(missing))}' is missing"
    if validator == "additionalProperties":
        return f"at {where}: {cut(error.message, 160)}"
    if validator in ("type", "enum", "format", "minimum", "maximum", "minLength", "maxLength", "pattern"):
        expected = list(wanted)[:10] if validator == "enum" else wanted
        return f"at {where}: {cut(repr(instance))} does not satisfy {validator} {cut(repr(expected), 200)}"
    return f"at {where}: {cut(error.message, 160)}"


def cut(text: str, limit: int = 60) -> str:
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= limit else text[: limit - 3] + "..."
