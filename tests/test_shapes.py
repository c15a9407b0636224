"""Arguments as JSON and checked against their schema before anything is sent (sequence_async._shapes)."""

from __future__ import annotations

import datetime
import enum
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sequence_async._shapes import MAX_DEPTH, check, to_json
from sequence_async.errors import InvalidParameterError

NAMED: dict[str, Any] = {
    "Address": {
        "type": "object",
        "properties": {"line1": {"type": "string"}, "line2": {"type": "string", "nullable": True}},
        "required": ["line1"],
    },
    "Colour": {"type": "string", "enum": ["RED", "BLUE"]},
}


class Colour(enum.StrEnum):
    RED = "RED"


class Model:
    def to_dict(self) -> dict[str, Any]:
        return {"line1": "1 High St"}


def refused(value: Any, schema: dict[str, Any], name: str = "arg") -> str:
    with pytest.raises(InvalidParameterError) as caught:
        check(value, schema, name, NAMED)
    return str(caught.value)


# -- to_json ---------------------------------------------------------------------------------------


def test_to_json_converts_models_dates_enums_and_sequences() -> None:
    when = datetime.datetime(2024, 7, 30, 12, 0, tzinfo=datetime.UTC)
    data = to_json({"m": Model(), "d": datetime.date(2024, 7, 30), "t": when, "e": Colour.RED, "s": ("a", 1)}, "x")
    assert data == {
        "m": {"line1": "1 High St"},
        "d": "2024-07-30",
        "t": "2024-07-30T12:00:00+00:00",
        "e": "RED",
        "s": ["a", 1],
    }
    assert type(data["e"]) is str


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_to_json_refuses_non_finite_numbers(value: float) -> None:
    with pytest.raises(InvalidParameterError, match=r"^amount must be a finite number"):
        to_json(value, "amount")


@pytest.mark.parametrize("value", [b"bytes", {1, 2}, object()])
def test_to_json_refuses_what_json_cannot_carry(value: object) -> None:
    with pytest.raises(InvalidParameterError, match=r"^body\.x: .* cannot be sent as JSON"):
        to_json({"x": value}, "body")


def test_to_json_refuses_non_str_keys_naming_the_path() -> None:
    with pytest.raises(InvalidParameterError, match=r"^body\.a: keys must be str, got int"):
        to_json({"a": {1: "x"}}, "body")


def test_to_json_refuses_nesting_deeper_than_the_limit_and_cycles() -> None:
    deep: Any = "leaf"
    for _ in range(MAX_DEPTH + 1):
        deep = [deep]
    with pytest.raises(InvalidParameterError, match="nested more than"):
        to_json(deep, "v")
    looped: list[Any] = []
    looped.append(looped)
    with pytest.raises(InvalidParameterError, match="nested more than"):
        to_json(looped, "v")
    shallow: Any = "leaf"
    for _ in range(MAX_DEPTH):
        shallow = [shallow]
    assert to_json(shallow, "v") == shallow


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_to_json_leaves_json_data_as_it_is(value: Any) -> None:
    assert to_json(value, "v") == value


# -- check -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("x", "integer", "an int, got str"),
        (True, "integer", "an int, got bool"),
        (1.5, "integer", "an int, got float"),
        (3.0, "integer", "an int, got float"),  # sent in a query as "3.0", which the API refuses
        (True, "number", "a number, got bool"),
        ("1", "number", "a number, got str"),
        (1, "boolean", "a bool, got int"),
        (1, "string", "a str, got int"),
        ("ab", "array", "a list, got str"),
        ([], "object", "a mapping (or a model), got list"),
    ],
)
def test_check_refuses_the_wrong_type_naming_the_argument(value: Any, kind: str, expected: str) -> None:
    assert refused(value, {"type": kind}, "limit") == f"limit must be {expected}"


@pytest.mark.parametrize(("value", "kind"), [(3, "integer"), (2, "number"), (2.5, "number"), (False, "boolean")])
def test_check_accepts_the_right_type(value: Any, kind: str) -> None:
    check(value, {"type": kind}, "v", NAMED)


def test_check_unknown_type_and_keywords_are_not_stricter_than_the_api() -> None:
    check("x", {"type": "file", "pattern": "^$", "x-anything": 1}, "v", NAMED)


def test_none_is_refused_unless_nullable() -> None:
    assert refused(None, {"type": "string"}, "label") == "label must not be None"
    check(None, {"type": "string", "nullable": True}, "label", NAMED)


def test_enums_refuse_other_values_and_show_the_allowed_ones() -> None:
    message = refused("GREEN", {"$ref": "Colour"}, "colour")
    assert message == "colour must be one of 'RED', 'BLUE'; got 'GREEN'"
    check("BLUE", {"$ref": "Colour"}, "colour", NAMED)
    long_value = "G" * 100
    assert refused(long_value, {"$ref": "Colour"}, "colour").endswith("got 'GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG...")


def test_text_bounds_and_nul() -> None:
    schema = {"type": "string", "minLength": 2, "maxLength": 3}
    assert refused("a", schema, "code") == "code must be at least 2 characters long"
    assert refused("abcd", schema, "code") == "code must be at most 3 characters long, got 4"
    check("ab", schema, "code", NAMED)
    check("abc", schema, "code", NAMED)
    assert refused("a\x00b", {"type": "string"}, "code") == "code must not contain NUL characters"


def test_number_bounds_are_inclusive() -> None:
    schema = {"type": "integer", "minimum": 1, "maximum": 100}
    assert refused(0, schema, "limit") == "limit must be >= 1, got 0"
    assert refused(101, schema, "limit") == "limit must be <= 100, got 101"
    check(1, schema, "limit", NAMED)
    check(100, schema, "limit", NAMED)


def test_array_bounds_and_items_are_checked_with_their_index() -> None:
    schema = {"type": "array", "minItems": 1, "maxItems": 2, "items": {"type": "string"}}
    assert refused([], schema, "ids") == "ids must have at least 1 items"
    assert refused(["a", "b", "c"], schema, "ids") == "ids must have at most 2 items, got 3"
    assert refused(["a", 2], schema, "ids") == "ids[1] must be a str, got int"
    check(["a"], schema, "ids", NAMED)
    check(["a", "b"], schema, "ids", NAMED)


def test_objects_check_required_declared_and_additional_properties() -> None:
    assert refused({}, {"$ref": "Address"}, "address") == "address.line1 is required"
    assert refused({"line1": 1}, {"$ref": "Address"}, "address") == "address.line1 must be a str, got int"
    check({"line1": "x", "line2": None, "unknown": [1]}, {"$ref": "Address"}, "address", NAMED)
    extra = {"type": "object", "additionalProperties": {"type": "string"}}
    assert refused({"a": 1}, extra, "props") == "props.a must be a str, got int"
    check({"a": "b"}, extra, "props", NAMED)


def test_one_of_accepts_any_fitting_alternative_and_explains_a_miss() -> None:
    schema = {"oneOf": [{"type": "string"}, {"$ref": "Address"}]}
    check("x", schema, "body", NAMED)
    check({"line1": "x"}, schema, "body", NAMED)
    check(None, schema, "body", NAMED)  # the alternatives decide; the API refuses what none allows
    assert refused(3, schema, "body") == "body fits none of its 2 allowed shapes: body must be a str, got int"


@given(st.integers(min_value=1, max_value=100))
def test_any_value_within_bounds_is_accepted(limit: int) -> None:
    check(limit, {"type": "integer", "minimum": 1, "maximum": 100}, "limit", NAMED)


@given(st.integers().filter(lambda n: not 1 <= n <= 100))
def test_any_value_outside_bounds_is_refused(limit: int) -> None:
    with pytest.raises(InvalidParameterError, match=r"^limit must be [<>]="):
        check(limit, {"type": "integer", "minimum": 1, "maximum": 100}, "limit", NAMED)


@pytest.mark.parametrize(
    "value", ["2024-07-30T12:00:00Z", "2024-07-30T12:00:00.123+02:00", "2024-07-30 12:00:00-05:00"]
)
def test_date_times_with_an_offset_are_accepted(value: str) -> None:
    check(value, {"type": "string", "format": "date-time"}, "at", NAMED)


@pytest.mark.parametrize("value", ["2024-07-30T12:00:00", "2024-07-30", "yesterday", "2024-13-30T12:00:00Z", ""])
def test_date_times_without_an_offset_are_refused(value: str) -> None:
    assert refused(value, {"type": "string", "format": "date-time"}, "at").startswith(
        "at must be a date-time with a timezone"
    )


def test_a_naive_datetime_is_refused_for_a_date_time_and_a_date_needs_a_date() -> None:
    naive = to_json(datetime.datetime(2024, 7, 30, 12), "at")
    assert refused(naive, {"type": "string", "format": "date-time"}, "at").startswith("at must be a date-time")
    check(to_json(datetime.date(2024, 7, 30), "on"), {"type": "string", "format": "date"}, "on", NAMED)
    assert refused("2024-07-30T00:00:00Z", {"type": "string", "format": "date"}, "on").startswith("on must be a date")
    assert refused("2024-02-30", {"type": "string", "format": "date"}, "on").startswith("on must be a date")


def test_nullable_beside_a_ref_allows_null() -> None:
    check(None, {"$ref": "Colour", "nullable": True}, "colour", NAMED)
    assert refused(None, {"$ref": "Colour"}, "colour") == "colour must not be None"


def test_integers_beyond_64_bits_are_refused_and_subclasses_sent_as_plain_values() -> None:
    with pytest.raises(InvalidParameterError, match=r"^n is too large for the API"):
        to_json(2**64, "n")
    assert to_json(-(2**63), "n") == -(2**63)

    class Lying(str):
        def __str__(self) -> str:
            return "something else"

        def __eq__(self, other: object) -> bool:
            return True

        __hash__ = str.__hash__

    sent = to_json({"k": Lying("RED")}, "v")
    assert type(sent["k"]) is str
    assert sent == {"k": "RED"}
    with pytest.raises(InvalidParameterError, match="must be one of"):
        check(to_json(Lying("GREEN"), "colour"), {"$ref": "Colour"}, "colour", NAMED)
