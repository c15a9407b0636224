"""The compiled fast tier of ``sequence_async._models``, field form by field form.

The fast tier (``_fast_checker``) only has to be fast and sound: a value it refuses still goes
through the general checker, so a fast tier that refused too much, or everything, would parse
every response just the same, only slower. These tests hold it to its exact contract instead,
on models made here (one field of every form the compiler knows, and the forms it leaves to the
general checker) and on every generated model: it accepts an instance exactly when each checked
field holds a value of exactly the declared type, recursively, and only then.

``make mutate`` note: the compiled checkers are cached, so each test here starts from empty
caches; otherwise the compiler runs (and mutmut links it to) whichever test used a model first.

Equivalent mutant left alive (``make mutate`` counts it as survived): ``_type_check``'s union
check passing ``None`` instead of ``path`` to each option. An option that fails raises a
:class:`ModelError` that the union catches and drops; the message it raises when every option
failed names the union's own ``path``. So the path given to an option is never seen.
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
from collections.abc import Iterator
from typing import Any, Literal

import attrs
import pytest
import sequence_api.models
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sequence_api.types import UNSET, Unset

from sequence_async import _models
from sequence_async._models import ModelError, _checker, _fast_checker, _hints, parse_model


@pytest.fixture(scope="module", autouse=True)
def _hot_models() -> Iterator[None]:
    """These tests are about the compiled tier: every model gets it from its first parse."""
    saved, _models.HOT_AFTER = _models.HOT_AFTER, 0
    yield
    _models.HOT_AFTER = saved


UTC = datetime.UTC
PLAIN = (str, int, float, bool, type(None), datetime.datetime, Unset)
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class SynColor(enum.Enum):
    RED = "red"
    BLUE = "blue"


class SynText(str):
    """A str subclass: the general checker accepts it where a str is declared, the fast tier does not."""


@attrs.define(kw_only=True)
class SynLeaf:
    name: str
    count: int
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define(kw_only=True)
class SynShapes:
    # First, not last as in the generated models: skipping it must not skip what follows.
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    text: str
    number: int
    ratio: float
    flag: bool
    when: datetime.datetime
    color: SynColor
    anything: Any  # no check at all: the fields after it are still checked
    choice: Literal["a", "b"]  # a form neither checker models: accepted as is
    leaf: SynLeaf
    optional: str | Unset | None
    optional_color: SynColor | Unset
    maybe_leaf: SynLeaf | Unset
    leaf_or_text: SynLeaf | str
    leaves: list[SynLeaf]
    words: list[str]
    nested_words: list[list[str]]
    loose: list[Any]
    untyped: typing.List  # type: ignore[type-arg]  # noqa: UP006  # a list of anything, no item type
    mapping: dict[str, Any]
    raw: dict  # type: ignore[type-arg]
    tail: int


@attrs.define(kw_only=True)
class SynUnmodeled:
    """A union with a list in it: the fast tier leaves the model to the general checker."""

    head: str
    either: list[str] | Unset | None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define(kw_only=True)
class SynTree:
    label: str
    children: list[SynTree]
    parent: SynTree | None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


def _fields(model: type) -> list[tuple[str, Any]]:
    hints = _hints(model)
    not_fields = ("additional_properties", "_given_bits")
    return [(f.name, hints[f.name]) for f in attrs.fields(model) if f.name not in not_fields]


def _is_plain(tp: Any) -> bool:
    return isinstance(tp, type) and (tp in PLAIN or issubclass(tp, enum.Enum))


def fast_accepts(tp: Any, value: Any) -> bool:
    """The fast tier's contract for one value of declared type ``tp`` (the test's own statement of it)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if not all(_is_plain(arg) or attrs.has(arg) for arg in args):
            return False  # left to the general checker whatever the value
        plain = [arg for arg in args if _is_plain(arg)]
        return type(value) in plain or any(model_accepts(arg, value) for arg in args if attrs.has(arg))
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        return type(value) is list and all(fast_accepts(item, each) for each in value)
    if tp is Any:
        return True
    if origin is dict or tp is dict:
        return type(value) is dict
    if attrs.has(tp):
        return model_accepts(tp, value)
    if isinstance(tp, type):
        return type(value) is tp
    return True


def model_accepts(model: type, value: Any) -> bool:
    return type(value) is model and all(fast_accepts(tp, getattr(value, name)) for name, tp in _fields(model))


def build(model: type, values: dict[str, Any]) -> Any:
    """An instance holding exactly ``values`` (no converters, no checks: whatever a test wants)."""
    instance: Any = object.__new__(model)
    for name, value in values.items():
        object.__setattr__(instance, name, value)
    object.__setattr__(instance, "additional_properties", {})
    if attrs.has(model) and any(f.name == "_given_bits" for f in attrs.fields(model)):
        object.__setattr__(instance, "_given_bits", 0)  # a generated model: no optional field given
    return instance


def good(tp: Any, depth: int = 2) -> st.SearchStrategy[Any]:
    """Values of exactly the declared type (what ``from_dict`` makes of a valid document)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([good(arg, depth) for arg in typing.get_args(tp)])
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        return st.lists(good(item, depth - 1), max_size=2 if depth > 0 else 0)
    if tp is Any:
        return st.sampled_from(POOL)
    if origin is dict or tp is dict:
        return st.dictionaries(st.text(max_size=2), st.integers(), max_size=2)
    if origin is Literal:
        return st.sampled_from(typing.get_args(tp))
    if attrs.has(tp):
        if depth < 0:
            return st.nothing()
        fields = {name: good(field_tp, depth - 1) for name, field_tp in _fields(tp)}
        return st.fixed_dictionaries(fields).map(lambda values: build(tp, values))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    return {
        str: st.text(max_size=3),
        int: st.integers(),
        float: st.floats(),
        bool: st.booleans(),
        type(None): st.none(),
        datetime.datetime: st.datetimes(timezones=st.just(UTC)),
        Unset: st.just(UNSET),
    }[tp]


LEAF = build(SynLeaf, {"name": "n", "count": 1})
POOL: list[Any] = [
    None,
    "s",
    SynText("s"),
    0,
    1.5,
    True,
    [],
    ["s"],
    [1],
    [["s"]],
    [LEAF],
    [None],
    {},
    {"k": 1},
    UNSET,
    SynColor.RED,
    datetime.datetime(2024, 1, 1, tzinfo=UTC),
    LEAF,
    build(SynLeaf, {"name": 1, "count": 1}),
    build(SynLeaf, {"name": "n", "count": True}),
    object(),
]


@pytest.fixture(autouse=True)
def _compile_in_each_test() -> Iterator[None]:
    _models.reset_caches()
    yield
    _models.reset_caches()


@st.composite
def near_valid(draw: st.DrawFn, model: type) -> Any:
    """A valid instance, with none, one or two fields (or list items) replaced by any other value."""
    instance: Any = draw(good(model))
    names = [name for name, _ in _fields(model)]
    for name in draw(st.sets(st.sampled_from(names), max_size=2)):
        value = getattr(instance, name)
        if type(value) is list and draw(st.booleans()):
            value = [*value, draw(st.sampled_from(POOL))]
        else:
            value = draw(st.sampled_from(POOL))
        object.__setattr__(instance, name, value)
    return instance


def _agrees(model: type, instance: Any) -> bool:
    fast = _fast_checker(model)(instance)
    assert fast is model_accepts(model, instance)
    if fast:
        _checker(model)(instance, model.__name__)  # sound: never accepts what the general checker refuses
    return fast


@SETTINGS
@given(near_valid(SynShapes))
def test_the_fast_tier_accepts_exactly_the_exactly_typed_instances(instance: SynShapes) -> None:
    _agrees(SynShapes, instance)


@SETTINGS
@given(near_valid(SynTree))
def test_the_fast_tier_follows_a_model_that_contains_itself(instance: SynTree) -> None:
    _agrees(SynTree, instance)


def test_a_valid_instance_of_every_field_form_passes_the_fast_tier() -> None:
    leaf = build(SynLeaf, {"name": "n", "count": 2})
    values = {
        "text": "t",
        "number": 3,
        "ratio": 0.5,
        "flag": False,
        "when": datetime.datetime(2024, 1, 1, tzinfo=UTC),
        "color": SynColor.BLUE,
        "anything": object(),
        "choice": "z",  # not one of the Literal's: neither tier checks that form
        "leaf": leaf,
        "optional": None,
        "optional_color": SynColor.RED,
        "maybe_leaf": leaf,
        "leaf_or_text": leaf,
        "leaves": [leaf, leaf],
        "words": ["a", "b"],
        "nested_words": [["a"], []],
        "loose": [1, "x", None],
        "untyped": [1, "x"],
        "mapping": {"k": [1]},
        "raw": {},
        "tail": 4,
    }
    assert _fast_checker(SynLeaf)(leaf) is True
    assert _agrees(SynShapes, build(SynShapes, values)) is True
    for name, value in [("optional", "x"), ("optional", UNSET), ("optional_color", UNSET), ("leaf_or_text", "t")]:
        assert _agrees(SynShapes, build(SynShapes, {**values, name: value})) is True


def test_a_union_with_a_list_is_left_to_the_general_checker() -> None:
    for either in (["e"], [], UNSET, None):
        unmodeled = build(SynUnmodeled, {"head": "h", "either": either})
        assert _fast_checker(SynUnmodeled)(unmodeled) is False
        _checker(SynUnmodeled)(unmodeled, "SynUnmodeled")
    with pytest.raises(ModelError, match=r"^SynUnmodeled\.either: expected list \| Unset \| NoneType, got int$"):
        _checker(SynUnmodeled)(build(SynUnmodeled, {"head": "h", "either": 1}), "SynUnmodeled")


@pytest.mark.parametrize(
    ("name", "wrong"),
    [
        ("text", SynText("t")),
        ("number", True),
        ("number", 3.0),
        ("ratio", "1"),
        ("ratio", True),
        ("flag", 1),
        ("when", datetime.date(2024, 1, 1)),
        ("color", "red"),
        ("leaf", build(SynLeaf, {"name": "n", "count": "2"})),
        ("leaf", "n"),
        ("optional", 1),
        ("maybe_leaf", None),
        ("leaf_or_text", 5),
        ("leaves", [LEAF, "n"]),
        ("leaves", (LEAF,)),
        ("words", ["a", 1]),
        ("nested_words", [["a", None]]),
        ("nested_words", ["a"]),
        ("loose", ("x",)),
        ("untyped", "abc"),
        ("mapping", [("k", 1)]),
        ("raw", None),
        ("tail", "4"),
    ],
)
def test_one_wrongly_typed_field_fails_the_fast_tier(name: str, wrong: Any) -> None:
    leaf = build(SynLeaf, {"name": "n", "count": 2})
    tree = build(SynTree, {"label": "root", "children": [], "parent": None})
    values = {
        "text": "t",
        "number": 3,
        "ratio": 0.5,
        "flag": True,
        "when": datetime.datetime(2024, 1, 1, tzinfo=UTC),
        "color": SynColor.RED,
        "anything": None,
        "choice": "a",
        "leaf": leaf,
        "optional": "o",
        "optional_color": SynColor.RED,
        "maybe_leaf": UNSET,
        "leaf_or_text": "t",
        "leaves": [leaf],
        "words": ["w"],
        "nested_words": [["w"]],
        "loose": [tree],
        "untyped": [],
        "mapping": {},
        "raw": {"a": 1},
        "tail": 5,
    }
    assert _agrees(SynShapes, build(SynShapes, values)) is True
    assert _agrees(SynShapes, build(SynShapes, {**values, name: wrong})) is False


def test_the_fast_tier_refuses_what_is_not_an_instance_of_the_model() -> None:
    leaf = build(SynLeaf, {"name": "n", "count": 2})
    fast = _fast_checker(SynLeaf)
    for value in (None, "n", {"name": "n", "count": 2}, build(SynTree, {"label": "n", "children": [], "parent": None})):
        assert fast(value) is False
    assert fast(leaf) is True


def test_neither_tier_looks_at_the_additional_properties() -> None:
    leaf = build(SynLeaf, {"name": "n", "count": 2})
    object.__setattr__(leaf, "additional_properties", ["not", "a", "dict"])
    assert _fast_checker(SynLeaf)(leaf) is True
    _checker(SynLeaf)(leaf, "SynLeaf")
    shapes = build(SynShapes, {name: None for name, _ in _fields(SynShapes)})
    object.__setattr__(shapes, "additional_properties", None)
    assert _fast_checker(SynShapes)(shapes) is False  # the fields after it are checked: `text` is None
    with pytest.raises(ModelError, match=r"^SynShapes\.text: expected str, got null$"):
        _checker(SynShapes)(shapes, "SynShapes")


def _sample(tp: Any, depth: int) -> Any:
    """One plain valid value of ``tp``: a union's first form, a list of one item."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return _sample(typing.get_args(tp)[0], depth)
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        return [_sample(item, depth - 1)] if depth > 0 else []
    if tp is Any:
        return "anything"
    if origin is dict or tp is dict:
        return {}
    if attrs.has(tp):
        return build(tp, {name: _sample(field_tp, depth - 1) for name, field_tp in _fields(tp)})
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(iter(tp))
    samples = {str: "s", int: 1, float: 1.5, bool: True, type(None): None, Unset: UNSET}
    return samples.get(tp, datetime.datetime(2024, 1, 1, tzinfo=UTC))


GENERATED = sorted(
    (model for model in vars(sequence_api.models).values() if isinstance(model, type) and attrs.has(model)),
    key=lambda model: model.__name__,
)


def test_every_generated_model_gets_a_fast_tier_true_to_its_contract() -> None:
    accepted = 0
    for model in GENERATED:
        instance = _sample(model, depth=3)
        accepted += _agrees(model, instance)
        names = [name for name, _ in _fields(model)]
        if names:  # a wrong value in the first field: refused by both tiers
            object.__setattr__(instance, names[0], object())
            assert _fast_checker(model)(instance) is False
            with pytest.raises(ModelError, match=rf"^{model.__name__}\.{names[0]}: expected "):
                _checker(model)(instance, model.__name__)
    assert accepted > len(GENERATED) // 2  # most of them: unions with a list are left to the general checker


def test_parsing_reaches_the_general_checker_only_when_the_fast_tier_refuses() -> None:
    document = {
        "id": "a",
        "sequenceAccountId": "s",
        "customerId": "c",
        "value": "v",
        "createdAt": "2022-10-01T00:00:00Z",
        "deletedAt": "2022-10-01T00:00:00Z",
        "label": "L",
        "archivedAt": None,
    }
    model = sequence_api.models.CustomerAlias
    parsed = parse_model(model, document)
    assert _fast_checker(model)(parsed) is True
    assert _checker.cache_info().currsize == 0  # the general checker was not even built
    with pytest.raises(ModelError, match=r"^CustomerAlias\.label: expected str \| NoneType, got int$"):
        parse_model(model, {**document, "label": 5})
