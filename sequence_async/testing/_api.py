"""The merged document as the emulator uses it: operations, their parameters, and a router.

The document ships inside the generated package (``sequence_api/openapi.json``, written by
``make generate``), so an installed emulator answers exactly the operations its SDK was built from.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import unquote

from ._schema import Schema, Schemas, convert

__all__ = ["Api", "Operation", "Param", "load_api"]

# An integer without a format has no bound (the fuzz run sent 22 digits); 4,000 stays under
# Python's int-from-text limit (4,300 digits).
_INTEGER = re.compile(r"-?[0-9]{1,4000}")
_NUMBER = re.compile(r"-?[0-9]{1,4000}(\.[0-9]{1,4000})?([eE][-+]?[0-9]{1,4})?")
_METHODS = ("get", "put", "post", "delete", "patch")
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
# Headers the pipeline sends on every operation (the normalisation keeps them out of the document).
CLIENT_HEADERS = frozenset({"authorization", "sequence-version"})


@dataclass(frozen=True, slots=True)
class Param:
    """A path, query or header parameter: its converted schema and how to read its text."""

    name: str
    where: str
    schema: Schema
    required: bool
    kind: str  # the JSON type the text is read as: string, integer, number, boolean, array
    item_kind: str = "string"
    # True when reading the text as ``kind`` is the whole check (a plain string or boolean):
    # the schema validator is skipped on the hot path.
    plain: bool = False
    # Integer bounds checked inline (``limit``: 1..100), for the same reason: the validator costs
    # ~10 µs a call, a list of aliases ~170 µs in all (make bench, row 13).
    bounds: tuple[float, float] | None = None

    def parse(self, raw: str | list[str]) -> Any:
        """The text as its JSON type (``ValueError`` if it cannot be one); lists for arrays."""
        if self.kind == "array":
            values = raw if isinstance(raw, list) else [raw]
            return [_parse_scalar(self.item_kind, value) for value in values]
        return _parse_scalar(self.kind, raw[-1] if isinstance(raw, list) else raw)


def _parse_scalar(kind: str, text: str) -> Any:
    if kind == "integer":
        if not _INTEGER.fullmatch(text):
            raise ValueError("not an integer")
        return int(text)
    if kind == "number":
        if not _NUMBER.fullmatch(text):
            raise ValueError("not a number")
        return float(text)
    if kind == "boolean":
        if text not in ("true", "false"):
            raise ValueError("not true or false")
        return text == "true"
    return text


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the document, ready to route and validate."""

    id: str
    method: str
    template: str
    pattern: tuple[str | None, ...]
    path_params: tuple[Param, ...]
    query: Mapping[str, Param]
    headers: tuple[Param, ...]
    body: Schema | None
    body_required: bool
    status: int
    response: Schema | None
    statuses: frozenset[int] = field(default_factory=frozenset)
    errors: Mapping[int, Schema] = field(default_factory=dict)  # documented error bodies by status


@dataclass(slots=True)
class Api:
    """Every operation, the shared schemas, and routes by path shape."""

    operations: dict[str, Operation]
    schemas: Schemas
    versions: tuple[str, ...]
    # Routes by (segment count, first segment): every path of the document starts with a literal.
    _routes: dict[tuple[int, str], list[tuple[tuple[str | None, ...], dict[str, Operation]]]] = field(
        default_factory=dict
    )

    def __post_init__(self) -> None:
        by_pattern: dict[tuple[str | None, ...], dict[str, Operation]] = {}
        for op in self.operations.values():
            by_pattern.setdefault(op.pattern, {})[op.method] = op
        # Literal segments win over parameters (`/invoices/summary` before `/invoices/{id}`).
        ordered = sorted(by_pattern.items(), key=lambda item: [segment is None for segment in item[0]])
        for pattern, methods in ordered:
            self._routes.setdefault((len(pattern), pattern[0] or ""), []).append((pattern, methods))

    def match(self, raw_path: str) -> tuple[dict[str, Operation], list[str]] | None:
        """The operations of the path that matches (by method) and its decoded parameters."""
        segments = raw_path.split("/")
        if len(segments) < 2 or segments[0]:
            return None
        decoded = [unquote(segment, errors="replace") if "%" in segment else segment for segment in segments[1:]]
        for pattern, methods in self._routes.get((len(decoded), decoded[0]), ()):
            params: list[str] = []
            for literal, segment in zip(pattern, decoded, strict=True):
                if literal is None and segment:
                    params.append(segment)
                elif literal is None or literal != segment:
                    break
            else:
                return methods, params
        return None


def _param(raw: Mapping[str, Any]) -> Param:
    schema = convert(raw.get("schema") or {})
    kind = _kind_of(schema)
    item_kind = _kind_of(schema.get("items") or {}) if kind == "array" else "string"
    plain = kind in ("string", "boolean") and set(schema) <= {"type"}
    bounds = None
    if kind == "integer" and set(schema) <= {"type", "minimum", "maximum", "format"}:
        low, high = _INT_RANGES.get(str(schema.get("format")), (-math.inf, math.inf))
        bounds = (schema.get("minimum", low), schema.get("maximum", high))
    return Param(raw["name"], raw["in"], schema, bool(raw.get("required")), kind, item_kind, plain, bounds)


def _kind_of(schema: Mapping[str, Any]) -> str:
    if "anyOf" in schema:  # nullable: the non-null alternative
        schema = next((s for s in schema["anyOf"] if s.get("type") != "null"), {})
    kind = schema.get("type")
    return kind if kind in ("integer", "number", "boolean", "array") else "string"


def _json_schema(content: Mapping[str, Any] | None) -> Schema | None:
    media = (content or {}).get("application/json")
    return None if media is None or "schema" not in media else convert(media["schema"])


def _operation(template: str, method: str, raw: Mapping[str, Any]) -> Operation:
    params = [_param(p) for p in raw.get("parameters", ()) if "name" in p]
    responses = raw.get("responses", {})
    statuses = frozenset(int(code) for code in responses if code.isdigit())
    success = min((code for code in statuses if 200 <= code < 300), default=200)
    body = raw.get("requestBody") or {}
    return Operation(
        id=raw["operationId"],
        method=method.upper(),
        template=template,
        pattern=tuple(None if s.startswith("{") else s for s in template.strip("/").split("/")),
        path_params=tuple(p for p in params if p.where == "path"),
        query={p.name: p for p in params if p.where == "query"},
        headers=tuple(p for p in params if p.where == "header" and p.name.lower() not in CLIENT_HEADERS),
        body=_json_schema(body.get("content")),
        body_required=bool(body.get("required")),
        status=success,
        response=_json_schema(responses.get(str(success), {}).get("content")),
        statuses=statuses,
        errors={
            int(code): schema
            for code, response in responses.items()
            if code.isdigit() and int(code) >= 400 and (schema := _json_schema(response.get("content"))) is not None
        },
    )


def build_api(document: Mapping[str, Any]) -> Api:
    """The emulator's view of a whole OpenAPI 3.0 document."""
    operations: dict[str, Operation] = {}
    for template, item in document.get("paths", {}).items():
        for method in _METHODS:
            if method in item:
                op = _operation(template, method, item[method])
                operations[op.id] = op
    schemas = Schemas(document.get("components", {}).get("schemas", {}))
    versions = tuple(document.get("info", {}).get("x-sequence-versions") or ("2024-07-30",))
    return Api(operations, schemas, versions)


@functools.cache
def load_api() -> Api:
    """The document the SDK was generated from (parsed once per process)."""
    text = resources.files("sequence_api").joinpath("openapi.json").read_text(encoding="utf-8")
    return build_api(json.loads(text))
