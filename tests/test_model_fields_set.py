"""Optional fields of the generated models (#33): typed ``T | None``, absent reads as None, and
``fields_set`` keeps absent apart from ``null`` so that ``to_dict`` round-trips exactly.

Documents are drawn from the models' own type hints, for several real models (nested models,
lists, enums, datetimes, nullable and never-null optional fields, unknown fields).
"""

from __future__ import annotations

import datetime
import enum
import sys
import types
import typing
from typing import Any

import attrs
import pytest
import sequence_api.models as generated
from hypothesis import given, settings
from hypothesis import strategies as st
from sequence_api.models import Address, Contact, CountryCode, CustomerAlias, CustomerAliasPage, InvoiceResponse

import sequence_async.pydantic as pydantic_mirror
from sequence_async._models import parse_model
from sequence_async.types import UNSET

MODELS = [CustomerAlias, CustomerAliasPage, Contact, Address, InvoiceResponse]
NONE = type(None)
JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=4))


def hints(model: type) -> dict[str, Any]:
    return typing.get_type_hints(model, globalns={**vars(sys.modules[model.__module__]), **vars(generated)})


def json_fields(model: type) -> list[attrs.Attribute[Any]]:
    return [f for f in attrs.fields(model) if f.name not in ("additional_properties", "_given_bits")]


def wire_name(model: type, name: str) -> str:
    """The field's JSON name (as the generated ``to_dict`` writes it)."""
    return WIRE[model][name]


def _wire_names(model: type) -> dict[str, str]:
    found = pydantic_mirror._wire_names(model)
    return {f.name: found.get(f.name) or pydantic_mirror._camel(f.name) for f in json_fields(model)}


WIRE = {model: _wire_names(model) for model in vars(generated).values() if attrs.has(model)}


def json_for(tp: Any, depth: int) -> st.SearchStrategy[Any]:
    """Valid JSON for a value of type ``tp`` that ``from_dict`` turns back into the same JSON."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([json_for(arg, depth) for arg in typing.get_args(tp)])
    if origin is list:
        return st.lists(json_for(typing.get_args(tp)[0], depth - 1), max_size=2 if depth > 0 else 0)
    if origin is dict or tp is dict:
        return st.dictionaries(st.text(max_size=3), JSON_SCALARS, max_size=2)
    if attrs.has(tp):
        return document(tp, depth - 1)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from([member.value for member in tp])
    simple: dict[Any, st.SearchStrategy[Any]] = {
        NONE: st.none(),
        str: st.text(max_size=5),
        int: st.integers(),
        float: st.floats(allow_nan=False, allow_infinity=False),
        bool: st.booleans(),
        Any: JSON_SCALARS,
        datetime.datetime: st.datetimes(timezones=st.sampled_from([None, datetime.UTC])).map(lambda d: d.isoformat()),
        datetime.date: st.dates().map(datetime.date.isoformat),
    }
    if tp in simple:
        return simple[tp]
    raise AssertionError(f"a field type this test does not know yet: {tp!r}; teach json_for")


def document(model: type, depth: int = 2) -> st.SearchStrategy[dict[str, Any]]:
    """A valid JSON object of ``model``: each optional field absent, null where the spec allows it,
    or a value; sometimes a field this SDK does not know."""
    types_ = hints(model)
    optional_fields: frozenset[str] = typing.cast(Any, model)._OPTIONAL_FIELDS
    not_null: frozenset[str] = typing.cast(Any, model)._NOT_NULL_FIELDS
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {"x-unknown": JSON_SCALARS}
    for f in json_fields(model):
        tp = types_[f.name]
        if f.name in not_null:
            kept = [arg for arg in typing.get_args(tp) if arg is not NONE]
            tp = typing.Union[tuple(kept)] if len(kept) > 1 else kept[0]  # noqa: UP007
        if f.name in optional_fields:
            optional[wire_name(model, f.name)] = json_for(tp, depth) if depth > 0 else st.none()
        else:
            required[wire_name(model, f.name)] = json_for(tp, depth)
    if depth <= 0:  # deep enough: optional fields absent or null
        optional = {key: st.none() for key in optional if key != "x-unknown" and not _never_null(model, key)}
    return st.fixed_dictionaries(required, optional=optional)


def _never_null(model: type, key: str) -> bool:
    names = {wire: name for name, wire in WIRE[model].items()}
    return names.get(key) in typing.cast(Any, model)._NOT_NULL_FIELDS


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_from_dict_then_to_dict_gives_the_document_back(model: type[Any], data: st.DataObject) -> None:
    doc = data.draw(document(model))
    instance = model.from_dict(doc)
    assert instance.to_dict() == doc  # absent fields stay absent, nulls stay null
    given_names = {name for name, wire in WIRE[model].items() if wire in doc} & model._OPTIONAL_FIELDS
    assert instance.fields_set == given_names
    for name in model._OPTIONAL_FIELDS - given_names:
        assert getattr(instance, name) is None  # absent reads as None
    assert model.from_dict(instance.to_dict()) == instance
    assert parse_model(model, doc) == instance  # the strict check accepts it


ALIAS_REQUIRED: dict[str, Any] = {
    "id": "a1",
    "sequence_account_id": "acc",
    "customer_id": "c1",
    "value": "v",
    "created_at": datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC),
}


def test_an_explicit_none_is_sent_as_null_and_a_left_out_field_is_not_sent() -> None:
    alias = CustomerAlias(**ALIAS_REQUIRED, label=None)
    assert alias.fields_set == {"label"}
    sent = alias.to_dict()
    assert sent["label"] is None
    assert "archivedAt" not in sent
    assert "deletedAt" not in sent
    assert alias.archived_at is None


def test_unset_passed_to_a_constructor_means_left_out() -> None:
    alias = CustomerAlias(**ALIAS_REQUIRED, label=UNSET)  # type: ignore[arg-type]  # old code, still runs
    assert alias.label is None
    assert alias.fields_set == frozenset()
    assert "label" not in alias.to_dict()


def test_assigning_a_field_marks_it_given_even_as_none() -> None:
    alias = CustomerAlias(**ALIAS_REQUIRED)
    alias.archived_at = None
    assert alias.fields_set == {"archived_at"}
    assert alias.to_dict()["archivedAt"] is None
    alias.label = "L"
    assert alias.to_dict()["label"] == "L"
    alias.value = "w"  # a required field: always sent, never in fields_set
    assert alias.fields_set == {"archived_at", "label"}


def test_a_never_null_field_given_as_none_is_sent_as_null_and_refused_in_a_response() -> None:
    address = Address(line1="1", town="t", postcode="p", country=CountryCode.GB, state=None)
    assert address.to_dict()["state"] is None  # what was asked for, even if the API may refuse it
    assert "state" in Address._NOT_NULL_FIELDS
    alias = {"id": "a", "sequenceAccountId": "s", "customerId": "c", "value": "v", "createdAt": "2024-01-01T00:00:00Z"}
    page = {"items": [alias], "pagination": {"after": None}}
    assert parse_model(CustomerAliasPage, page).pagination.fields_set == {"after"}


def test_fields_set_and_equality() -> None:
    absent = CustomerAlias(**ALIAS_REQUIRED)
    null = CustomerAlias(**ALIAS_REQUIRED, label=None)
    assert absent.label == null.label is None
    assert absent != null  # they write different JSON
    assert isinstance(null.fields_set, frozenset)
    assert "fields_set" not in {f.name for f in attrs.fields(CustomerAlias)}
    assert "_given_bits" not in repr(null)


@pytest.mark.parametrize("model", [m for m in vars(generated).values() if attrs.has(m)], ids=lambda m: m.__name__)
def test_no_field_is_typed_unset_and_no_schema_field_is_named_fields_set(model: type) -> None:
    """What mypy reads: ``label: str | None`` (the attribute and the constructor argument)."""
    types_ = hints(model)
    namespace = {**vars(sys.modules[model.__module__]), **vars(generated)}
    init = typing.get_type_hints(typing.cast(Any, model).__init__, globalns=namespace)
    for f in json_fields(model):
        assert "Unset" not in str(types_[f.name]), f.name
        assert f.name != "fields_set"
        if f.name in typing.cast(Any, model)._OPTIONAL_FIELDS:
            assert NONE in typing.get_args(types_[f.name]) or types_[f.name] is Any, f.name
            assert init[f.name] == types_[f.name]


def test_the_documented_example_types() -> None:
    assert hints(CustomerAlias)["label"] == str | None
    assert typing.cast(Any, CustomerAlias).__init__.__annotations__["label"] == "str | None"
