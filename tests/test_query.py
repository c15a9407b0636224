"""The pipeline's query encoder matches httpx's byte for byte, whatever the parameters."""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

from sequence_async._query import encode_query

texts = st.text(st.characters(blacklist_categories=["Cs"]))  # lone surrogates cannot be encoded by either
values: st.SearchStrategy[Any] = st.one_of(
    texts,
    st.sampled_from(["", "abc", "a b", "a+b", "ü", "%41", "x&y=z", "~._-"]),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.none(),
    st.lists(st.one_of(texts, st.integers(), st.booleans()), max_size=3),
)


@given(st.dictionaries(texts, values, max_size=4))
def test_encode_query_is_httpx_query_params(params: dict[str, Any]) -> None:
    assert encode_query(params) == str(httpx.QueryParams(params))


def test_the_common_query_is_encoded_without_httpx() -> None:
    assert encode_query({"includeArchived": False, "limit": 100, "after": "c_1"}) == (
        "includeArchived=false&limit=100&after=c_1"
    )


def test_equal_but_differently_typed_values_encode_differently() -> None:
    # True == 1 == 1.0 in Python: any caching of encodings must keep them apart.
    assert [encode_query({"a": value}) for value in (True, 1, 1.0, "1")] == ["a=true", "a=1", "a=1.0", "a=1"]
