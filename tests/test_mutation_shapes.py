"""``sequence_async._shapes`` at its edges: the nesting limit counted exactly (enums, lists, objects),
subclasses of int sent as plain ints, the messages naming what is wrong and where, ``$ref``
resolved at every level, and RFC 3339 date-times in each of their spellings."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sequence_async._shapes import MAX_DEPTH, check, to_json
from sequence_async.errors import InvalidParameterError

NAMED: dict[str, Any] = {
    "Text": {"type": "string"},
    "NullableText": {"type": "string", "nullable": True},
}


class Word(enum.Enum):
    A = "a"


class Pair(enum.Enum):
    """An enum whose value is a container: it is converted one level deeper than the enum."""

    P = (1, 2)


class Strange(enum.Enum):
    S = (1, object())


class Count(int):
    pass


def message(call: Any, *args: Any) -> str:
    with pytest.raises(InvalidParameterError) as caught:
        call(*args)
    return str(caught.value)


def nested_lists(levels: int, inner: Any) -> Any:
    value = inner
    for _ in range(levels):
        value = [value]
    return value


def nested_dicts(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = {"a": value}
    return value


# -- to_json: nesting ------------------------------------------------------------------------------


def test_an_enum_at_the_nesting_limit_is_refused_one_level_above_it_is_converted() -> None:
    name = "x" + "[0]" * MAX_DEPTH
    assert message(to_json, nested_lists(MAX_DEPTH, Word.A), "x") == f"{name} is nested more than 32 levels deep"
    assert to_json(nested_lists(MAX_DEPTH - 1, Word.A), "x") == nested_lists(MAX_DEPTH - 1, "a")


def test_an_enums_container_value_counts_one_level_deeper_than_the_enum() -> None:
    assert to_json(Pair.P, "x") == [1, 2]
    assert to_json(nested_lists(MAX_DEPTH - 2, Pair.P), "x") == nested_lists(MAX_DEPTH - 2, [1, 2])
    name = "x" + "[0]" * (MAX_DEPTH - 1)
    assert message(to_json, nested_lists(MAX_DEPTH - 1, Pair.P), "x") == f"{name} is nested more than 32 levels deep"


def test_an_enums_value_keeps_the_arguments_name_in_messages() -> None:
    assert message(to_json, Strange.S, "pick") == "pick[1]: object cannot be sent as JSON"


def test_objects_are_counted_level_by_level() -> None:
    assert to_json(nested_dicts(MAX_DEPTH), "x") == nested_dicts(MAX_DEPTH)
    name = "x" + ".a" * MAX_DEPTH
    assert message(to_json, nested_dicts(MAX_DEPTH + 1), "x") == f"{name} is nested more than 32 levels deep"


def test_lists_are_counted_level_by_level() -> None:
    assert to_json(nested_lists(MAX_DEPTH, 1), "x") == nested_lists(MAX_DEPTH, 1)
    name = "x" + "[0]" * MAX_DEPTH
    assert message(to_json, nested_lists(MAX_DEPTH + 1, 1), "x") == f"{name} is nested more than 32 levels deep"


# -- to_json: values and messages ------------------------------------------------------------------


@given(st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_an_int_subclass_is_sent_as_the_plain_int_it_holds(number: int) -> None:
    converted = to_json(Count(number), "n")
    assert type(converted) is int
    assert converted == number


@given(st.integers(min_value=64, max_value=200))
def test_an_int_subclass_too_large_for_the_api_is_refused_naming_it(bits: int) -> None:
    assert message(to_json, Count(2**bits), "amount") == "amount is too large for the API (more than 64 bits)"


def test_items_of_a_list_are_named_by_their_index() -> None:
    assert message(to_json, [1, "two", object()], "ids") == "ids[2]: object cannot be sent as JSON"
    assert message(to_json, {"a": [b"x"]}, "body") == "body.a[0]: bytes cannot be sent as JSON"


class _Unreadable(Mapping[str, Any]):
    def __getitem__(self, key: str) -> Any:
        raise KeyError(key)

    def __len__(self) -> int:
        return 1

    def __iter__(self) -> Iterator[str]:
        raise LookupError("cannot list")


def test_a_mapping_that_raises_when_read_is_refused_naming_the_error() -> None:
    assert message(to_json, _Unreadable(), "body") == "body: reading it raised LookupError"
    assert message(to_json, {"inner": _Unreadable()}, "body") == "body.inner: reading it raised LookupError"


# -- check ------------------------------------------------------------------------------------------


def test_none_fits_a_ref_to_a_nullable_schema_only() -> None:
    check(None, {"$ref": "NullableText"}, "x", NAMED)
    assert message(check, None, {"$ref": "Text"}, "x", NAMED) == "x must not be None"


def test_refs_resolve_inside_items_and_additional_properties() -> None:
    check(["a", None], {"type": "array", "items": {"$ref": "NullableText"}}, "x", NAMED)
    assert (
        message(check, ["a", 1], {"type": "array", "items": {"$ref": "Text"}}, "x", NAMED)
        == "x[1] must be a str, got int"
    )
    extra = {"type": "object", "additionalProperties": {"$ref": "Text"}}
    check({"k": "v"}, extra, "x", NAMED)
    assert message(check, {"k": 2}, extra, "x", NAMED) == "x.k must be a str, got int"
    referenced = {"List": {"type": "array", "items": {"$ref": "Text"}}, "Text": {"type": "string"}}
    assert message(check, [3], {"$ref": "List"}, "x", referenced) == "x[0] must be a str, got int"


def test_an_enum_refusal_shows_the_first_twenty_options() -> None:
    options = [f"o{index}" for index in range(25)]
    shown = ", ".join(repr(option) for option in options[:20])
    assert message(check, "nope", {"enum": options}, "x", {}) == f"x must be one of {shown}; got 'nope'"


def test_a_refused_value_is_shown_whole_up_to_forty_characters() -> None:
    exactly = "v" * 38  # repr: 40 characters
    assert message(check, exactly, {"enum": ["a"]}, "x", {}) == f"x must be one of 'a'; got {exactly!r}"
    longer = "v" * 39
    assert message(check, longer, {"enum": ["a"]}, "x", {}) == f"x must be one of 'a'; got '{'v' * 36}..."


# -- date-times ------------------------------------------------------------------------------------

DATE_TIME = {"type": "string", "format": "date-time"}
AWARE = st.datetimes(
    min_value=datetime.datetime(1000, 1, 1),
    timezones=st.sampled_from([datetime.UTC, datetime.timezone(datetime.timedelta(hours=-5, minutes=-30))]),
)


@given(AWARE, st.sampled_from(["T", "t", " "]))
def test_a_date_time_may_separate_date_and_time_as_rfc_3339_allows(moment: datetime.datetime, sep: str) -> None:
    check(moment.isoformat(sep=sep), DATE_TIME, "at", {})


@given(AWARE.map(lambda moment: moment.astimezone(datetime.UTC)), st.sampled_from(["Z", "z"]))
def test_a_utc_date_time_may_end_in_z_either_case(moment: datetime.datetime, zulu: str) -> None:
    text = moment.replace(tzinfo=None).isoformat(timespec="seconds") + zulu
    check(text, DATE_TIME, "at", {})


@pytest.mark.parametrize(
    "text",
    [
        "2024-07-30X12:00:00Z",  # another separator, which fromisoformat itself would take
        "2024-07-30T12:00Z",  # no seconds: shorter than RFC 3339 allows
        "2024-07-30T12:00:00",  # no offset
        "2024-07-30T12:00:00Zz",
        "2024-07-30T12:00:00X",  # only Z (either case) stands for +00:00
    ],
)
def test_a_date_time_not_in_rfc_3339_is_refused(text: str) -> None:
    assert message(check, text, DATE_TIME, "at", {}).startswith("at must be a date-time with a timezone")
