"""Strict model parsing: the compiled fast check never accepts what the full checker rejects."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sequence_api.models import ContactList, CustomerAliasPage

from sequence_async import _models
from sequence_async._models import ModelError, _checker, _fast_checker, model_parser, parse_model


@pytest.fixture(scope="module", autouse=True)
def _hot_models() -> Iterator[None]:
    """These tests are about the compiled tier: every model gets it from its first parse."""
    saved, _models.HOT_AFTER = _models.HOT_AFTER, 0
    yield
    _models.HOT_AFTER = saved


ALIAS = {
    "id": "a",
    "sequenceAccountId": "s",
    "customerId": "c",
    "value": "v",
    "createdAt": "2022-10-01T00:00:00Z",
    "deletedAt": "2022-10-01T00:00:00Z",
    "label": "L",
    "archivedAt": None,
}
CONTACT = {
    "id": "k",
    "name": "n",
    "email": "e",
    "billingPreference": "NONE",
    "createdAt": "2022-06-28T16:47:00Z",
    "updatedAt": "2022-06-28T16:47:00Z",
}
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.just("2022-10-01T00:00:00Z"),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
CASES: list[tuple[type[Any], dict[str, Any], str, list[str]]] = [
    (
        CustomerAliasPage,
        {"items": [ALIAS, ALIAS], "pagination": {"after": "x", "totalResultSize": 2}},
        "items",
        list(ALIAS),
    ),
    (ContactList, {"items": [CONTACT]}, "items", list(CONTACT)),
]


@pytest.mark.parametrize(("model", "valid", "list_key", "fields"), CASES)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_fast_check_agrees_with_the_full_checker(
    model: type[Any], valid: dict[str, Any], list_key: str, fields: list[str], data: st.DataObject
) -> None:
    document = {**valid, list_key: [dict(item) for item in valid[list_key]]}
    for item in document[list_key]:
        for name in data.draw(st.lists(st.sampled_from(fields), max_size=3, unique=True)):
            if data.draw(st.booleans()):
                item[name] = data.draw(JUNK)
            else:
                item.pop(name)
    try:
        instance = model.from_dict(document)
    except (KeyError, TypeError, ValueError, AttributeError):
        return  # parse_model reports these itself
    cls: type = model
    full_accepts = True
    try:
        _checker(cls)(instance, model.__name__)
    except ModelError:
        full_accepts = False
    if _fast_checker(cls)(instance):
        assert full_accepts, "the fast check accepted a value the full checker rejects"
    try:
        parse_model(model, document)
    except ModelError:
        assert not full_accepts
    else:
        assert full_accepts


def test_a_model_is_checked_by_the_general_checker_until_it_is_hot() -> None:
    """The first HOT_AFTER parses of a model pay no compilation (the first call of a resource
    stays cheap); later ones take the compiled fast tier, which accepts a valid document alone."""
    contact = {"id": "c1", "name": "n", "email": "e", "billingPreference": "NONE"}
    contact |= {"createdAt": "2022-10-01T00:00:00Z", "updatedAt": "2022-10-01T00:00:00Z"}
    doc = {"items": [contact]}
    model_parser.cache_clear()
    _models.reset_caches()
    with (
        mock.patch.object(_models, "HOT_AFTER", 2),
        mock.patch.object(_models, "_checker", wraps=_models._checker) as general,
        mock.patch.object(_models, "_fast_checker", wraps=_models._fast_checker) as compile_fast,
    ):
        for expected_general in (1, 2, 2, 2):
            assert parse_model(ContactList, doc).items[0].id == "c1"
            assert [call.args[0] for call in general.call_args_list].count(ContactList) == expected_general
        assert [call.args[0] for call in compile_fast.call_args_list].count(ContactList) == 1
        with pytest.raises(ModelError, match=r"^ContactList\.items\[0\]\.id: expected str, got int$"):
            parse_model(ContactList, {"items": [{**contact, "id": 1}]})
    model_parser.cache_clear()


def test_every_generated_annotation_reads_as_eval_would() -> None:
    """The annotations are read without compiling; each must be exactly what eval gives."""
    import attrs
    import sequence_api.models

    namespace = _models._namespace()
    seen = 0
    for name in sequence_api.models.__all__:
        model = getattr(sequence_api.models, name)
        if not attrs.has(model):
            continue
        for field in attrs.fields(model):
            if isinstance(field.type, str):
                assert _models._annotation(field.type, namespace) == eval(field.type, namespace), field.type
                seen += 1
    assert seen > 1000
    assert _models._annotation("None", namespace) is None
    assert _models._annotation("Literal['a']", {**namespace}) == typing.Literal["a"]


def test_one_check_per_field_type() -> None:
    _models.reset_caches()
    first = _models._type_check(str | None)
    assert _models._type_check(str | None) is first
    _models.reset_caches()
    assert _models._type_check(str | None) is not first


def test_an_absent_optional_field_reads_as_none_and_unset_keeps_its_readable_repr() -> None:
    """An absent optional field is None (``fields_set`` tells it from a null); UNSET, kept for
    compatibility, shows as UNSET, not ``<sequence_api.types.Unset object at 0x...>``."""
    from sequence_async.types import UNSET, CustomerAlias

    assert repr(UNSET) == "UNSET"
    alias = CustomerAlias.from_dict(
        {"id": "a1", "sequenceAccountId": "acc", "customerId": "c1", "value": "v", "createdAt": "2024-01-01T00:00:00Z"}
    )
    assert "label=None" in repr(alias)
    assert alias.label is None
    assert alias.fields_set == frozenset()
    assert "object at 0x" not in repr(alias)
