"""``encode_query``: httpx's encoding for any parameters, and its fast path really is one.

The fast path's whole point is to leave httpx (and ``quote_plus``) out of the usual request, so
these tests take httpx away and count ``quote_plus`` calls: an encoder that always fell back on
httpx would give the same text and pass ``tests/test_query.py``.
"""

from __future__ import annotations

import enum
import types
from typing import Any, NoReturn
from urllib.parse import quote_plus as real_quote_plus

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sequence_async import _query
from sequence_async._query import encode_query

texts = st.text(st.characters(blacklist_categories=["Cs"]), max_size=12)  # lone surrogates: no encoding
safe_texts = st.text("AZaz09_.~-", max_size=8)  # what quote_plus leaves as is
plain_values: st.SearchStrategy[Any] = st.one_of(
    texts, safe_texts, st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True)
)
any_values: st.SearchStrategy[Any] = st.one_of(
    plain_values, st.none(), st.lists(st.one_of(texts, st.integers(), st.floats(), st.booleans()), max_size=3)
)
any_keys: st.SearchStrategy[Any] = st.one_of(texts, safe_texts, st.integers(), st.floats(allow_nan=False))
# Cheap examples, but the machine running make mutate is a shared one: no timing health checks.
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class Flag(enum.IntEnum):
    ON = 1


class Text(str):
    pass


def _no_httpx(*args: object, **kwargs: object) -> NoReturn:
    raise AssertionError("the fast path called httpx")


def _counting_quote_plus(calls: list[str]) -> Any:
    def quote_plus(text: str) -> str:
        calls.append(text)
        return real_quote_plus(text)

    return quote_plus


@pytest.fixture
def fresh_keys(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """An empty key cache of the encoder's own, so what earlier tests encoded does not count."""
    keys: dict[str, str] = {}
    monkeypatch.setattr(_query, "_KEYS", keys)
    return keys


@SETTINGS
@given(st.dictionaries(any_keys, any_values, max_size=5))
def test_any_mapping_encodes_as_httpx_does(params: dict[Any, Any]) -> None:
    assert encode_query(params) == str(httpx.QueryParams(params))


@SETTINGS
@given(st.dictionaries(texts, plain_values, max_size=5))
def test_str_keys_with_plain_values_never_reach_httpx(params: dict[str, Any]) -> None:
    expected = str(httpx.QueryParams(params))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_query, "httpx", types.SimpleNamespace(QueryParams=_no_httpx))
        assert encode_query(params) == expected


@pytest.mark.parametrize(
    "params",
    [
        {"a": [1, 2]},
        {"a": None},
        {"a": Text("x y")},
        {"a": Flag.ON},
        {Text("k"): "v"},
        {1: "v"},
        {"a": 1, 2.5: "v"},
        {"a": "ok", "b": ("x",)},
    ],
    ids=["list", "none", "str-subclass", "int-subclass", "key-str-subclass", "int-key", "float-key-second", "tuple"],
)
def test_anything_but_plain_keys_and_values_goes_through_httpx(
    params: dict[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []
    real = httpx.QueryParams

    def counting(given: Any) -> httpx.QueryParams:
        seen.append(given)
        return real(given)

    monkeypatch.setattr(_query, "httpx", types.SimpleNamespace(QueryParams=counting))
    encoded = encode_query(params)
    assert seen == [params]
    assert encoded == str(real(params))


def test_text_quote_plus_would_keep_is_not_quoted_at_all(
    monkeypatch: pytest.MonkeyPatch, fresh_keys: dict[str, str]
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(_query, "quote_plus", _counting_quote_plus(calls))
    assert encode_query({"limit": 100, "after": "c_1~.-Z", "ratio": 0.5, "on": True}) == (
        "limit=100&after=c_1~.-Z&ratio=0.5&on=true"
    )
    assert calls == []
    assert encode_query({"q": "a b", "n": -1, "x": 1e300}) == "q=a+b&n=-1&x=1e%2B300"
    assert calls == ["a b", "1e+300"]


def test_a_key_is_quoted_once_then_remembered(monkeypatch: pytest.MonkeyPatch, fresh_keys: dict[str, str]) -> None:
    calls: list[str] = []
    monkeypatch.setattr(_query, "quote_plus", _counting_quote_plus(calls))
    assert [encode_query({"a b": 1}) for _ in range(3)] == ["a+b=1"] * 3
    assert calls == ["a b"]
    assert fresh_keys == {"a b": "a+b"}


def test_the_key_cache_stops_at_256_keys_and_later_keys_still_encode(fresh_keys: dict[str, str]) -> None:
    for number in range(300):
        assert encode_query({f"k {number}": number}) == f"k+{number}={number}"
    assert len(fresh_keys) == 256
    assert fresh_keys["k 255"] == "k+255"
    assert "k 256" not in fresh_keys
