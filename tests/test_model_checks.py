"""Strict model parsing: the compiled fast check never accepts what the full checker rejects."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sequence_api.models import ContactList, CustomerAliasPage

from sequence_async._models import ModelError, _checker, _fast_checker, parse_model

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
