"""Every response model is checked field by field: valid documents pass on the fast tier alone,
every wrong value is refused with a ModelError naming its exact path and expected type.

Two families of models:

- the generated ones (``sequence_api.models``), with documents drawn from their type hints;
- hand-written models with the shapes the generator produces for other specs (a model or
  enum inside a union, lists of lists, free-form objects, a model that contains itself), whose
  ``from_dict`` keeps values as given, so any value can reach the checker. Their expected
  outcome comes from :func:`first_error`, the rule written out independently.
"""

from __future__ import annotations

import copy
import datetime
import enum
import sys
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any, Literal, Self, TypeVar
from unittest import mock

import attrs
import httpx
import pytest
import sequence_api.models as generated
from hypothesis import given, settings
from hypothesis import strategies as st
from sequence_api.models import (
    ContactBillingPreference,
    ContactList,
    CustomerAlias,
    CustomerAliasPage,
    ErrorResponse,
    PaginationMeta,
)
from sequence_api.types import UNSET, Unset

import sequence_async.types
from sequence_async import ResponseValidationError, SequenceClient, _models
from sequence_async._models import ModelError, parse_model

from ._fixtures import ALIAS


@pytest.fixture(scope="module", autouse=True)
def _hot_models() -> Iterator[None]:
    """These tests are about the compiled tier: every model gets it from its first parse."""
    saved, _models.HOT_AFTER = _models.HOT_AFTER, 0
    yield
    _models.HOT_AFTER = saved


# The models the SDK parses today: those of its public types (sequence_async.types). The whole
# schema's other models (generated, not exposed yet) join when the generated surface exposes
# their operations (#31), with the field types they bring (Any, float, bool, date, ...).
GENERATED = [
    model
    for name in sequence_async.types.__all__
    if isinstance(model := getattr(generated, name, None), type) and attrs.has(model) and hasattr(model, "from_dict")
]
UNION = (typing.Union, types.UnionType)
NONE = type(None)
T = TypeVar("T")


def hints(model: type) -> dict[str, Any]:
    return typing.get_type_hints(model, globalns={**vars(sys.modules[model.__module__]), **vars(generated)})


def origin_of(tp: Any) -> Any:
    return typing.get_origin(tp)


def checked_fields(model: type) -> list[attrs.Attribute[Any]]:
    return [f for f in attrs.fields(model) if f.name not in ("additional_properties", "_given_bits")]


def is_required(model: type, f: attrs.Attribute[Any]) -> bool:
    """Generated models list their optional fields; the hand-written ones give them a default."""
    optional: frozenset[str] | None = getattr(model, "_OPTIONAL_FIELDS", None)
    return f.default is attrs.NOTHING if optional is None else f.name not in optional


def field_types(model: type) -> dict[str, Any]:
    """Each field's type as the JSON may carry it: ``T | None`` is ``T`` on an optional field the
    API never sends as null (``None`` only says it is absent)."""
    types_ = hints(model)
    for name in getattr(model, "_NOT_NULL_FIELDS", ()):
        args = [arg for arg in typing.get_args(types_[name]) if arg is not NONE]
        types_[name] = typing.Union[tuple(args)] if len(args) > 1 else args[0]  # noqa: UP007
    return types_


def json_key(name: str) -> str:
    head, *rest = name.rstrip("_").split("_")
    return head + "".join(word.title() for word in rest)


def shown(value: object) -> str:
    return "null" if value is None else type(value).__name__


def label(tp: Any) -> str:
    if origin_of(tp) in UNION:
        return " | ".join(getattr(arg, "__name__", str(arg)) for arg in typing.get_args(tp))
    return typing.cast(str, tp.__name__)


@pytest.fixture(autouse=True)
def _compiled_afresh() -> None:
    """Each test compiles the checkers it uses (they are cached per process otherwise)."""
    _models.reset_caches()


@pytest.fixture
def general_checker() -> Iterator[mock.MagicMock]:
    """A spy on the general checker: it must run only to explain a refusal (or a subclass)."""
    with mock.patch.object(_models, "_checker", wraps=_models._checker) as spy:
        yield spy


# ------------------------------------------------------------------ the generated models

JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=4),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)
TIMESTAMPS = st.one_of(
    st.just("2022-10-01T00:00:00Z"),
    st.datetimes(timezones=st.sampled_from([None, datetime.UTC])).map(datetime.datetime.isoformat),
)


def json_for(tp: Any) -> st.SearchStrategy[Any]:
    """Valid JSON for a field of type ``tp``, as the API sends it."""
    origin = origin_of(tp)
    if origin in UNION:
        return st.one_of([json_for(arg) for arg in typing.get_args(tp) if arg is not Unset])
    if origin is list:
        return st.lists(json_for(typing.get_args(tp)[0]), max_size=3)
    if attrs.has(tp):
        return document(tp)
    simple: dict[Any, st.SearchStrategy[Any]] = {
        NONE: st.none(),
        str: st.text(max_size=6),
        int: st.integers(),
        datetime.datetime: TIMESTAMPS,
    }
    if tp in simple:
        return simple[tp]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):  # unknown values are kept
        return st.sampled_from([member.value for member in tp]) | st.text(max_size=6)
    raise AssertionError(f"a field type this test does not know yet: {tp!r}; teach json_for")


def document(model: type) -> st.SearchStrategy[dict[str, Any]]:
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {"x-unknown": JUNK}  # unknown fields are kept
    types_ = field_types(model)
    for f in checked_fields(model):
        target = required if is_required(model, f) else optional
        target[json_key(f.name)] = json_for(types_[f.name])
    return st.fixed_dictionaries(required, optional=optional)


@pytest.mark.parametrize("model", GENERATED, ids=lambda model: model.__name__)
@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_valid_documents_parse_on_the_fast_tier_alone(model: type[Any], data: st.DataObject) -> None:
    doc = data.draw(document(model))
    with mock.patch.object(_models, "_checker", wraps=_models._checker) as general:
        instance = parse_model(model, doc)
        assert general.call_count == 0, "the general checker ran for a valid document"
        assert type(instance) is model
        assert parse_model(model, instance.to_dict()) == instance
    assert instance.additional_properties == ({"x-unknown": doc["x-unknown"]} if "x-unknown" in doc else {})


Site = tuple[tuple[str | int, ...], str, Any, bool]  # JSON path, error path, type, required


def sites(model: type, doc: Mapping[str, Any], at: tuple[str | int, ...], path: str) -> Iterator[Site]:
    """Every field of ``doc`` (a valid document of ``model``) and of the models nested in it."""
    types_ = field_types(model)
    for f in checked_fields(model):
        tp, key = types_[f.name], json_key(f.name)
        yield (*at, key), f"{path}.{f.name}", tp, is_required(model, f)
        if origin_of(tp) is list and attrs.has(item := typing.get_args(tp)[0]):
            for index, value in enumerate(doc.get(key, [])):
                yield from sites(item, value, (*at, key, index), f"{path}.{f.name}[{index}]")
        elif attrs.has(tp):
            yield from sites(tp, doc[key], (*at, key), f"{path}.{f.name}")


def parses_as_timestamp(value: object) -> bool:
    try:
        datetime.datetime.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def verdict(root: str, tp: Any, value: object) -> str | None:
    """What parse_model says about a document whose only wrong field (type ``tp``) holds ``value``.

    None: accepted; otherwise the exact message, or its start (ending in ": ") where the
    generated ``from_dict`` itself fails and its own wording follows.
    """
    if origin_of(tp) in UNION:
        args = typing.get_args(tp)
        if datetime.datetime in args and parses_as_timestamp(value):
            return None  # from_dict turned it into a datetime
        fits = any(arg is type(value) for arg in args)  # exact JSON types: bool is not int
        return None if fits else f"expected {label(tp)}, got {shown(value)}"
    if tp is datetime.datetime:
        if not isinstance(value, str):
            return f"{root}: TypeError: "
        return None if parses_as_timestamp(value) else f"{root}: ValueError: "
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return None if isinstance(value, str) else f"{root}: ValueError: "
    if origin_of(tp) is list or attrs.has(tp):
        return f"{root}: TypeError: "  # only non-iterable scalars are drawn for these
    return None if type(value) is tp else f"expected {label(tp)}, got {shown(value)}"


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False))


@pytest.mark.parametrize("model", GENERATED, ids=lambda model: model.__name__)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_a_wrong_value_anywhere_is_refused_with_its_path_and_expected_type(
    model: type[Any], data: st.DataObject
) -> None:
    doc = data.draw(document(model).filter(lambda d: "x-unknown" not in d))
    at, path, tp, required = data.draw(st.sampled_from(list(sites(model, doc, (), model.__name__))))
    *parents, last = at
    doc = copy.deepcopy(doc)
    parent: Any = doc
    for step in parents:
        parent = parent[step]
    if data.draw(st.booleans(), label="remove it"):
        parent.pop(last, None)
        expected = f"{model.__name__}: missing required field {last!r}" if required else None
    else:
        nested = origin_of(tp) is list or attrs.has(tp)
        parent[last] = value = data.draw(SCALARS if nested else JUNK, label="value")
        expected = verdict(model.__name__, tp, value)
        if expected is not None and expected.startswith("expected"):
            expected = f"{path}: {expected}"
    if expected is None:
        assert type(parse_model(model, doc)) is model
        return
    with pytest.raises(ModelError) as caught:
        parse_model(model, doc)
    if expected.endswith(": "):
        assert str(caught.value).startswith(expected)
    else:
        assert str(caught.value) == expected


VALID_PAGE = {"items": [ALIAS, {**ALIAS, "id": "a2"}], "pagination": {"after": "x", "totalResultSize": 2}}


@pytest.mark.parametrize(
    ("model", "doc", "message"),
    [
        (CustomerAlias, ["a"], "expected a JSON object for CustomerAlias, got list"),
        (CustomerAlias, None, "expected a JSON object for CustomerAlias, got NoneType"),
        (CustomerAlias, {**ALIAS, "id": None}, "CustomerAlias.id: expected str, got null"),
        (CustomerAlias, {**ALIAS, "value": 7}, "CustomerAlias.value: expected str, got int"),
        (CustomerAlias, {**ALIAS, "label": 5}, "CustomerAlias.label: expected str | NoneType, got int"),
        (
            CustomerAlias,
            {**ALIAS, "archivedAt": "yesterday"},
            "CustomerAlias.archived_at: expected datetime | NoneType, got str",
        ),
        (
            CustomerAliasPage,
            {**VALID_PAGE, "items": [ALIAS, {**ALIAS, "label": False}]},
            "CustomerAliasPage.items[1].label: expected str | NoneType, got bool",
        ),
        (
            CustomerAliasPage,
            {**VALID_PAGE, "pagination": {"totalResultSize": True}},
            "CustomerAliasPage.pagination.total_result_size: expected int | NoneType, got bool",
        ),
        (
            PaginationMeta,
            {"after": "x", "before": None, "totalResultSize": 2.0},
            "PaginationMeta.total_result_size: expected int | NoneType, got float",
        ),
        (
            ErrorResponse,
            {"error": {"type": "bad", "message": None}},
            "ErrorResponse.error.message: expected str, got null",
        ),
    ],
)
def test_refusals_name_the_field_the_expected_type_and_what_came(
    model: type[Any], doc: object, message: str, general_checker: mock.MagicMock
) -> None:
    with pytest.raises(ModelError) as caught:
        parse_model(model, doc)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("model", "doc", "message"),
    [
        (
            CustomerAlias,
            {k: v for k, v in ALIAS.items() if k != "createdAt"},
            "CustomerAlias: missing required field 'createdAt'",
        ),
        (ErrorResponse, {"error": []}, "ErrorResponse: missing required field 'type'"),  # [] is {}
        (
            ErrorResponse,
            {"error": [["type", "x"], ["message", "y"]]},
            "ErrorResponse: TypeError: ErrorDetail is a JSON",
        ),
        (CustomerAlias, {**ALIAS, "createdAt": None}, "CustomerAlias: TypeError: "),
        (CustomerAlias, {**ALIAS, "createdAt": "soon"}, "CustomerAlias: ValueError: "),
        (ContactList, {"items": 3}, "ContactList: TypeError: 'int' object is not iterable"),
    ],
)
def test_documents_the_generated_code_cannot_build_are_refused_too(model: type[Any], doc: object, message: str) -> None:
    with pytest.raises(ModelError) as caught:
        parse_model(model, doc)
    assert str(caught.value).startswith(message)


async def test_the_client_reports_a_wrong_field_with_its_path() -> None:
    bad = {"items": [ALIAS, {**ALIAS, "customerId": 12}], "pagination": {}}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=bad)

    transport = httpx.MockTransport(handler)
    async with SequenceClient("id", "secret", base_url="http://api.test", transport=transport) as client:
        with pytest.raises(ResponseValidationError) as caught:
            await client.customer_aliases.list().first_page()
    assert "CustomerAliasPage.items[1].customer_id: expected str, got int" in str(caught.value)


# ------------------------------------------------- shapes the generator makes for other specs


class PassThrough:
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Like a generated ``from_dict`` for fields it passes through: values kept as given."""
        data = dict(src_dict)
        instance = cls(**{f.name: data.pop(f.name) for f in checked_fields(cls) if f.name in data})
        instance.additional_properties = data  # type: ignore[attr-defined]
        return instance


def built(model: type[T], **values: object) -> T:
    """An instance of ``model`` holding ``values`` as they are (right or wrong)."""
    return model(**values)


@attrs.define
class Leaf(PassThrough):
    name: str
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define
class Twig(PassThrough):
    size: int
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define
class Shapes(PassThrough):
    anything: Any = None  # an unchecked field first: the ones after it are still checked
    number: int = 0
    ratio: float = 0.0
    flag: bool = False
    when: datetime.datetime | None = None
    preference: ContactBillingPreference | Unset = UNSET
    leaf: Leaf | Unset = UNSET
    branch: Leaf | Twig | str | None = None
    flag_or_text: bool | str = ""
    leaves: list[Leaf] = attrs.Factory(list)
    twigs: list[Twig] = attrs.Factory(list)
    grid: list[list[int]] = attrs.Factory(list)
    words: list[list[str]] = attrs.Factory(list)
    bare: list = attrs.Factory(list)  # type: ignore[type-arg]
    mapping: dict[str, int] = attrs.Factory(dict)
    table: dict = attrs.Factory(dict)  # type: ignore[type-arg]
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    trailer: str = ""  # declared after additional_properties: still checked


@attrs.define
class Unmodelled(PassThrough):
    """Unions with a member the fast tier does not model: always the general checker."""

    ids: list[int] | None = None
    choice: Literal["a", "b"] | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define
class Node(PassThrough):
    name: str
    children: list[Node] = attrs.Factory(list)
    parent: Node | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


def first_error(tp: Any, value: object, path: str) -> str | None:
    """The rule, written out: None if ``value`` fits ``tp``, else the message for the first misfit."""
    origin = origin_of(tp)
    if origin in UNION:
        if any(first_error(arg, value, path) is None for arg in typing.get_args(tp)):
            return None
        return f"{path}: expected {label(tp)}, got {shown(value)}"
    if tp is Any or origin is Literal:
        return None
    if origin is list or tp is list:
        if not isinstance(value, list):
            return f"{path}: expected list, got {shown(value)}"
        (item,) = typing.get_args(tp) or (Any,)
        return next((e for i, v in enumerate(value) if (e := first_error(item, v, f"{path}[{i}]"))), None)
    if origin is dict or tp is dict:
        return None if isinstance(value, dict) else f"{path}: expected dict, got {shown(value)}"
    if attrs.has(tp) and isinstance(value, tp):
        types_ = hints(tp)
        errors = (first_error(types_[f.name], getattr(value, f.name), f"{path}.{f.name}") for f in checked_fields(tp))
        return next((e for e in errors if e), None)
    accepted = (float, int) if tp is float else tp  # a JSON 150 where the schema says number
    fits = isinstance(value, accepted) and (tp is bool or not isinstance(value, bool))
    return None if fits else f"{path}: expected {tp.__name__}, got {shown(value)}"


def valid(tp: Any) -> st.SearchStrategy[Any]:
    origin = origin_of(tp)
    if origin in UNION:
        return st.one_of([valid(arg) for arg in typing.get_args(tp)])
    if origin is list:
        return st.lists(valid(typing.get_args(tp)[0]), max_size=2)
    if origin is Literal:
        return st.sampled_from(typing.get_args(tp))
    if attrs.has(tp):
        types_ = hints(tp)
        fields = st.fixed_dictionaries({f.name: valid(types_[f.name]) for f in checked_fields(tp)})
        return st.builds(lambda kw: built(tp, **kw), fields)
    simple: dict[Any, st.SearchStrategy[Any]] = {
        Any: JUNK,
        list: st.lists(JUNK, max_size=2),
        dict: st.dictionaries(st.text(max_size=2), JUNK, max_size=2),
        NONE: st.none(),
        Unset: st.just(UNSET),
        str: st.text(max_size=3),
        int: st.integers(),
        float: st.floats(allow_nan=False),
        bool: st.booleans(),
        datetime.datetime: st.datetimes(),
        ContactBillingPreference: st.sampled_from(ContactBillingPreference),
    }
    return simple[dict if origin is dict else tp]


WRONG = st.one_of(
    JUNK,
    st.just(UNSET),
    st.builds(datetime.datetime, st.integers(2000, 2030), st.just(1), st.just(1)),
    st.sampled_from(ContactBillingPreference),
    st.builds(lambda v: built(Leaf, name=v), JUNK),
    st.builds(lambda v: built(Twig, size=v), JUNK),
    st.lists(st.builds(lambda v: built(Leaf, name=v), JUNK) | JUNK, max_size=2),
    st.lists(st.lists(JUNK, max_size=2), max_size=2),
)


@pytest.mark.parametrize("model", [Shapes, Unmodelled], ids=lambda model: model.__name__)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_any_value_in_any_shape_is_accepted_or_refused_by_the_rule(model: type[Any], data: st.DataObject) -> None:
    types_ = hints(model)
    values = {f.name: data.draw(valid(types_[f.name]), label=f.name) for f in checked_fields(model)}
    for name in data.draw(st.lists(st.sampled_from(list(values)), max_size=2, unique=True), label="wrong"):
        values[name] = data.draw(WRONG, label=name)
    expected = first_error(model, built(model, **values), model.__name__)
    with mock.patch.object(_models, "_checker", wraps=_models._checker) as general:
        if expected is None:
            assert type(parse_model(model, values)) is model
        else:
            with pytest.raises(ModelError) as caught:
                parse_model(model, values)
            assert str(caught.value) == expected
    # An enum member elsewhere than ``preference`` is a str of a subclass: the general checker's.
    exact = not any(isinstance(v, enum.Enum) for name, v in values.items() if name != "preference")
    if expected is None and model is Shapes and exact:
        assert general.call_count == 0, "a valid value of the exact declared types needed the general checker"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"number": True}, "Shapes.number: expected int, got bool"),
        ({"ratio": "1"}, "Shapes.ratio: expected float, got str"),
        ({"ratio": True}, "Shapes.ratio: expected float, got bool"),
        ({"flag": 1}, "Shapes.flag: expected bool, got int"),
        ({"flag": True, "number": 1, "trailer": 2}, "Shapes.trailer: expected str, got int"),
        ({"anything": object(), "when": "2022-10-01"}, "Shapes.when: expected datetime | NoneType, got str"),
        ({"preference": "NONE"}, "Shapes.preference: expected ContactBillingPreference | Unset, got str"),
        ({"leaf": Twig(1)}, "Shapes.leaf: expected Leaf | Unset, got Twig"),
        ({"leaf": built(Leaf, name=5)}, "Shapes.leaf: expected Leaf | Unset, got Leaf"),
        ({"branch": built(Twig, size=True)}, "Shapes.branch: expected Leaf | Twig | str | NoneType, got Twig"),
        ({"branch": 3}, "Shapes.branch: expected Leaf | Twig | str | NoneType, got int"),
        ({"flag_or_text": 0}, "Shapes.flag_or_text: expected bool | str, got int"),
        ({"leaves": (Leaf("a"),)}, "Shapes.leaves: expected list, got tuple"),
        ({"leaves": [Leaf("a"), built(Leaf, name=None)]}, "Shapes.leaves[1].name: expected str, got null"),
        ({"leaves": [Leaf("a"), Twig(1)]}, "Shapes.leaves[1]: expected Leaf, got Twig"),
        ({"grid": [[1], [2, "3"]]}, "Shapes.grid[1][1]: expected int, got str"),
        ({"grid": [[1], 2]}, "Shapes.grid[1]: expected list, got int"),
        ({"twigs": [Leaf("a")]}, "Shapes.twigs[0]: expected Twig, got Leaf"),
        ({"words": [["a"], [1]]}, "Shapes.words[1][0]: expected str, got int"),
        ({"bare": "ab"}, "Shapes.bare: expected list, got str"),
        ({"mapping": [("a", 1)]}, "Shapes.mapping: expected dict, got list"),
        ({"table": None}, "Shapes.table: expected dict, got null"),
    ],
)
def test_every_shape_refuses_with_the_exact_path(values: dict[str, Any], message: str) -> None:
    valid_first = {"branch": Twig(2), "leaf": Leaf("x"), "flag_or_text": True, "anything": [1]}
    with pytest.raises(ModelError) as caught:
        parse_model(Shapes, {**valid_first, **values})
    assert str(caught.value) == message


def test_every_shape_accepts_its_valid_values(general_checker: mock.MagicMock) -> None:
    values: dict[str, Any] = {
        "anything": object(),
        "number": -3,
        "ratio": 0.5,
        "flag": True,
        "when": datetime.datetime(2022, 10, 1, tzinfo=datetime.UTC),
        "preference": ContactBillingPreference.NONE,
        "leaf": Leaf("x"),
        "branch": Twig(2),
        "flag_or_text": False,
        "leaves": [Leaf("a"), Leaf("b")],
        "twigs": [Twig(1)],
        "grid": [[1, 2], [], [3]],
        "words": [["a"], []],
        "bare": [object(), None],
        "mapping": {"a": "not an int: a free-form object's contents are not checked"},
        "table": {},
        "trailer": "t",
    }
    for branch in (Leaf("y"), Twig(3), "text", None):
        assert parse_model(Shapes, {**values, "branch": branch}) == Shapes(**{**values, "branch": branch})
    assert general_checker.call_count == 0


class Name(str):
    pass


class Moment(datetime.datetime):
    pass


@pytest.mark.parametrize(
    "values",
    [
        {"trailer": Name("subclass of str")},
        {"leaves": [Leaf("a"), Leaf(Name("b"))]},
        {"branch": Leaf(Name("c")), "grid": [[1]]},
        {"when": Moment(2022, 1, 1), "flag_or_text": Name("d")},
        {"leaf": Leaf(Name("e")), "branch": Twig(3)},
        {"mapping": {"a": 1}, "table": {}, "trailer": Name("f")},
    ],
)
def test_values_of_a_subclass_are_accepted_by_the_general_checker(
    values: dict[str, Any], general_checker: mock.MagicMock
) -> None:
    assert parse_model(Shapes, values) == Shapes(**values)
    assert general_checker.call_count >= 1


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"ids": [1, "2"]}, "Unmodelled.ids: expected list | NoneType, got list"),
        ({"ids": "12"}, "Unmodelled.ids: expected list | NoneType, got str"),
    ],
)
def test_unions_the_fast_tier_does_not_model_are_still_checked(values: dict[str, Any], message: str) -> None:
    assert parse_model(Unmodelled, {"ids": [1, 2], "choice": "a"}) == Unmodelled([1, 2], "a")
    with pytest.raises(ModelError) as caught:
        parse_model(Unmodelled, values)
    assert str(caught.value) == message


def test_a_model_that_contains_itself_is_checked_at_every_depth(general_checker: mock.MagicMock) -> None:
    root = Node("root")
    children = [Node("a", [Node("b", [], root)]), Node("c")]
    tree = {"name": "n", "children": children, "parent": root}
    assert parse_model(Node, tree) == Node("n", children, root)
    assert parse_model(Node, tree) == Node("n", children, root)  # compiled once, reused
    assert general_checker.call_count == 0
    deep = {"name": "n", "children": [Node("a", [Node("b", [], built(Node, name=5))])]}
    with pytest.raises(ModelError) as caught:
        parse_model(Node, deep)
    assert str(caught.value) == "Node.children[0].children[0].parent: expected Node | NoneType, got Node"
    with pytest.raises(ModelError) as caught:
        parse_model(Node, {"name": "n", "children": [Node("a", [root, built(Node, name=None)])]})
    assert str(caught.value) == "Node.children[0].children[1].name: expected str, got null"


def test_reset_caches_recompiles_and_checks_the_same() -> None:
    doc = {"items": [ALIAS], "pagination": {}}
    before = parse_model(CustomerAliasPage, doc)
    _models.reset_caches()
    with mock.patch.object(_models, "_checker", wraps=_models._checker) as general:
        assert parse_model(CustomerAliasPage, doc) == before
        assert general.call_count == 0
        with pytest.raises(ModelError, match=r"^CustomerAliasPage\.items\[0\]\.id: expected str, got int$"):
            parse_model(CustomerAliasPage, {**doc, "items": [{**ALIAS, "id": 1}]})
