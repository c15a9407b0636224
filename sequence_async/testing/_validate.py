"""Request validation against the operation: path, query, headers and JSON body.

Every refusal is a 400 with the documented error body naming the part that is wrong, the way
the API answers a request its own validation rejects. Unknown query parameters are refused too
(as stripe-mock does): they catch misspelt parameters in the code under test.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._api import Operation, Param
from ._http import Reply, error_reply
from ._schema import Schemas, cut

__all__ = ["Invalid", "check_headers", "check_path", "read_body", "read_query"]

MAX_IDEMPOTENCY_KEY = 255  # the document: "maximum 255 characters"


class Invalid(Exception):
    """A request the operation does not accept; ``reply`` is the 400 to send."""

    def __init__(self, message: str, error_type: str = "BadRequest") -> None:
        super().__init__(message)
        self.reply: Reply = error_reply(400, error_type, message)


def _check(schemas: Schemas, param: Param, value: Any, what: str) -> None:
    if param.plain:
        return
    if param.bounds is not None:
        if param.bounds[0] <= value <= param.bounds[1]:
            return
    elif schemas.is_valid(param.schema, value):
        return
    problem = schemas.first_error(param.schema, value)
    if problem is not None:
        raise Invalid(f"Invalid {what} '{cut(param.name, 80)}': {problem.removeprefix('at $: ')}")


def check_path(schemas: Schemas, op: Operation, values: list[str]) -> None:
    for param, text in zip(op.path_params, values, strict=False):
        try:
            value = param.parse(text)
        except ValueError as exc:
            raise Invalid(f"Invalid path parameter '{cut(param.name, 80)}': {exc}") from None
        _check(schemas, param, value, "path parameter")


def read_query(schemas: Schemas, op: Operation, items: list[tuple[str, str]]) -> dict[str, Any]:
    """The query as JSON values (lists for array parameters); unknown or invalid ones refused."""
    raw: dict[str, list[str]] = {}
    for name, value in items:
        raw.setdefault(name, []).append(value)
    query: dict[str, Any] = {}
    for name, values in raw.items():
        param = op.query.get(name)
        if param is None:
            raise Invalid(f"Unknown query parameter '{cut(name, 80)}'")
        try:
            query[name] = param.parse(values)
        except ValueError as exc:
            raise Invalid(f"Invalid query parameter '{cut(name, 80)}': {cut(values[-1])!r} is {exc}") from None
        _check(schemas, param, query[name], "query parameter")
    return query


def check_headers(op: Operation, headers: Mapping[str, str]) -> None:
    for param in op.headers:
        value = headers.get(param.name.lower())
        if value is None:
            if param.required:
                raise Invalid(f"Missing required header '{param.name}'")
            continue
        if param.name.lower() == "idempotency-key" and len(value) > MAX_IDEMPOTENCY_KEY:
            raise Invalid(f"Idempotency-Key must be at most {MAX_IDEMPOTENCY_KEY} characters, got {len(value)}")


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def read_body(schemas: Schemas, op: Operation, content_type: str | None, data: bytes) -> Any:
    """The JSON body, validated; ``None`` when there is none (and none is required)."""
    if op.body is None:
        return None  # like the API, a body an operation does not take is ignored
    if not data.strip():
        if op.body_required:
            raise Invalid("A JSON request body is required")
        return None
    if content_type is not None and content_type.split(";")[0].strip().lower() != "application/json":
        raise Invalid(f"Content-Type must be application/json, got '{cut(content_type, 80)}'")
    try:
        body = json.loads(data, parse_constant=_not_json)
        # What is stored is sent back later: it must encode as strict JSON (no lone surrogate, no
        # NaN or 1e999, no nesting the encoder cannot follow back out).
        json.dumps(body, ensure_ascii=False, allow_nan=False).encode()
    except (ValueError, RecursionError):
        raise Invalid("The request body is not valid JSON (RFC 8259)") from None
    problem = schemas.first_error(op.body, body)
    if problem is not None:
        raise Invalid(f"Invalid request body {problem}")
    return body
