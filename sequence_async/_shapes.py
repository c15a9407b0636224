"""Arguments as JSON, checked against the schema the API declares for them, before anything is sent.

The generated resources carry each argument's schema as a small dict: the subset of OpenAPI
3.0 the Sequence document uses for request bodies and parameters (``type``, ``nullable``,
``enum``, ``format``, ``properties``, ``required``, ``additionalProperties``, ``items``,
``oneOf``, ``minimum``/``maximum``, ``minLength``/``maxLength``, ``minItems``/``maxItems``,
and ``$ref`` to a named schema of the same module). :func:`to_json` turns what a caller passes
(generated models, mappings, sequences, dates, enums) into JSON values; :func:`check` then
refuses a value that does not fit with :class:`InvalidParameterError` naming the argument and
the path inside it (``address.line1``). Unknown schema keywords are ignored: the check may be
looser than the API, never stricter.
"""

from __future__ import annotations

import datetime
import enum
import math
from collections.abc import Mapping, Sequence
from typing import Any

from .errors import InvalidParameterError

Schema = Mapping[str, Any]
Named = Mapping[str, Schema]
MAX_DEPTH = 32  # nesting of a value the SDK will convert; deeper is a caller's mistake (or a cycle)
_SHOWN = 40  # characters of a refused text or enum value shown in a message


def to_json(value: object, name: str, depth: int = 0) -> Any:
    """``value`` as plain JSON data (dict, list, str, int, float, bool, None).

    Subclasses of str, int and float become the plain value they hold (what is checked is what is
    sent: a subclass may override ``__eq__``, ``__len__`` or ``__str__``)."""
    kind = type(value)
    if value is None or kind is bool or kind is str:
        return value
    if kind is int:
        return _integer(value, name)  # type: ignore[arg-type]
    if isinstance(value, enum.Enum):  # a str/int enum: its value
        if depth >= MAX_DEPTH:
            raise InvalidParameterError(f"{name} is nested more than {MAX_DEPTH} levels deep")
        return to_json(value.value, name, depth + 1)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):  # bool is exact above; an int subclass
        return _integer(int.__int__(value), name)
    if isinstance(value, float):
        number = float.__float__(value)
        if not math.isfinite(number):
            raise InvalidParameterError(f"{name} must be a finite number, got {number!r}")
        return number
    if depth >= MAX_DEPTH:
        raise InvalidParameterError(f"{name} is nested more than {MAX_DEPTH} levels deep")
    try:
        return _container_to_json(value, name, depth)
    except InvalidParameterError:
        raise
    except Exception as exc:  # a caller's mapping, sequence or model that raises when read
        raise InvalidParameterError(f"{name}: reading it raised {type(exc).__name__}") from None


MAX_INT_BITS = 64  # the API's integers are int32/int64; a larger one is a mistake (and a 4,300-digit one is slow)


def _integer(value: int, name: str) -> int:
    if value.bit_length() > MAX_INT_BITS:
        raise InvalidParameterError(f"{name} is too large for the API (more than {MAX_INT_BITS} bits)")
    return value


def _container_to_json(value: object, name: str, depth: int) -> Any:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):  # a generated model
        value = to_dict()
    if isinstance(value, Mapping):
        return _object_to_json(value, name, depth)
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray | memoryview):
        return [to_json(item, f"{name}[{index}]", depth + 1) for index, item in enumerate(value)]
    raise InvalidParameterError(f"{name}: {type(value).__name__} cannot be sent as JSON")


def _object_to_json(value: Mapping[Any, Any], name: str, depth: int) -> dict[str, Any]:
    converted: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise InvalidParameterError(f"{name}: keys must be str, got {type(key).__name__}")
        key = str.__str__(key)
        converted[key] = to_json(item, f"{name}.{key}", depth + 1)
    return converted


def check(value: Any, schema: Schema, name: str, named: Named) -> None:
    """Refuse JSON ``value`` when it does not fit ``schema`` (``$ref`` names resolve in ``named``)."""
    nullable = schema.get("nullable")  # beside a $ref too: the document says so there
    ref = schema.get("$ref")
    if ref is not None:
        schema = named[ref]
    if value is None:
        if not (nullable or schema.get("nullable")) and "oneOf" not in schema:
            raise InvalidParameterError(f"{name} must not be None")
        return
    alternatives = schema.get("oneOf")
    if alternatives is not None:
        _check_one_of(value, alternatives, name, named)
        return
    kind = schema.get("type")
    if kind is not None:
        _check_type(value, kind, name)
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(repr(option) for option in schema["enum"][:20])
        raise InvalidParameterError(f"{name} must be one of {allowed}; got {_shown(value)}")
    if isinstance(value, str):
        _check_text(value, schema, name)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _check_bounds(value, schema, name)
    elif isinstance(value, list):
        _check_array(value, schema, name, named)
    elif isinstance(value, dict):
        _check_object(value, schema, name, named)


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _check_type(value: Any, kind: str, name: str) -> None:
    expected = _TYPES.get(kind)
    if expected is None:
        return
    fits = isinstance(value, expected) and (kind == "boolean" or not isinstance(value, bool))
    if not fits:
        raise InvalidParameterError(f"{name} must be {_ARTICLE[kind]}, got {type(value).__name__}")


_ARTICLE = {
    "string": "a str",
    "integer": "an int",
    "number": "a number",
    "boolean": "a bool",
    "array": "a list",
    "object": "a mapping (or a model)",
}


def _check_text(value: str, schema: Schema, name: str) -> None:
    fmt = schema.get("format")
    if fmt == "date-time" and not _is_date_time(value):
        raise InvalidParameterError(
            f"{name} must be a date-time with a timezone (an aware datetime, or text like 2024-07-30T12:00:00Z)"
        )
    if fmt == "date" and not _is_date(value):
        raise InvalidParameterError(f"{name} must be a date (a datetime.date, or text like 2024-07-30)")
    minimum, maximum = schema.get("minLength"), schema.get("maxLength")
    if minimum is not None and len(value) < minimum:
        raise InvalidParameterError(f"{name} must be at least {minimum} characters long")
    if maximum is not None and len(value) > maximum:
        raise InvalidParameterError(f"{name} must be at most {maximum} characters long, got {len(value)}")
    if "\x00" in value:
        raise InvalidParameterError(f"{name} must not contain NUL characters")


def _is_date_time(text: str) -> bool:
    """RFC 3339: a date, a time and an offset (``Z`` or ``+hh:mm``)."""
    if len(text) < 20 or text[10:11] not in ("T", "t", " "):
        return False
    try:
        parsed = datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1] in "Zz" else text)
    except ValueError:
        return False
    return parsed.tzinfo is not None


def _is_date(text: str) -> bool:
    if len(text) != 10:
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _check_bounds(value: float, schema: Schema, name: str) -> None:
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    if minimum is not None and value < minimum:
        raise InvalidParameterError(f"{name} must be >= {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise InvalidParameterError(f"{name} must be <= {maximum}, got {value}")


def _check_array(value: list[Any], schema: Schema, name: str, named: Named) -> None:
    minimum, maximum = schema.get("minItems"), schema.get("maxItems")
    if minimum is not None and len(value) < minimum:
        raise InvalidParameterError(f"{name} must have at least {minimum} items")
    if maximum is not None and len(value) > maximum:
        raise InvalidParameterError(f"{name} must have at most {maximum} items, got {len(value)}")
    items = schema.get("items")
    if items is not None:
        for index, item in enumerate(value):
            check(item, items, f"{name}[{index}]", named)


def _check_object(value: dict[str, Any], schema: Schema, name: str, named: Named) -> None:
    properties: Mapping[str, Schema] = schema.get("properties", {})
    for required in schema.get("required", ()):
        if required not in value:
            raise InvalidParameterError(f"{name}.{required} is required")
    extra = schema.get("additionalProperties")
    for key, item in value.items():
        declared = properties.get(key)
        if declared is not None:
            check(item, declared, f"{name}.{key}", named)
        elif isinstance(extra, Mapping):
            check(item, extra, f"{name}.{key}", named)


def _check_one_of(value: Any, alternatives: Sequence[Schema], name: str, named: Named) -> None:
    """At least one alternative fits (the API picks by content; the SDK does not guess which)."""
    reasons = []
    for alternative in alternatives:
        try:
            check(value, alternative, name, named)
        except InvalidParameterError as exc:
            reasons.append(str(exc))
        else:
            return
    raise InvalidParameterError(f"{name} fits none of its {len(alternatives)} allowed shapes: {reasons[0]}")


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."
