"""Strict parsing of the generated attrs models.

The generated ``from_dict`` trusts its input: a missing field raises a bare ``KeyError``, a
``null`` in a required field is silently accepted. :func:`parse_model` runs ``from_dict`` and
then checks every field against its declared type, raising :class:`ModelError` with a path to
the offending field. Unknown extra fields are kept (``additional_properties``); unknown enum
values are kept (the generated enums accept them). An optional field the JSON did not have is
``None``; where the spec says the field is never ``null``, ``None`` is accepted only when absent
(the field is not in the model's ``fields_set``).

The check runs on the event loop for every response, so it has two tiers: a straight-line
function compiled once per model (exact ``type(x) is T`` tests, no paths, no allocation)
accepts the usual valid instance, and only when it says no does the general checker below run,
either to raise the precise :class:`ModelError` or to accept a valid value the fast tier does
not know (a subclass, say). The fast tier only ever accepts what the general checker accepts.
"""

from __future__ import annotations

import datetime
import enum
import sys
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Protocol, TypeVar

import attrs
import sequence_api.models
from sequence_api.types import Unset


class ModelError(ValueError):
    """A JSON value that does not fit the model; ``str()`` names the field path."""


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: typing.Mapping[str, Any]) -> Any: ...


M = TypeVar("M", bound=_Model)
Check = Callable[[Any, str], None]


def parse_model(model: type[M], data: object) -> M:
    """Build ``model`` from decoded JSON, or raise :class:`ModelError`."""
    parse: Callable[[object], M] = model_parser(model)
    return parse(data)


# Parses of a model before its fast tier is compiled: compiling costs ~0.2 ms per model (an
# Invoice's tree has 27), so a model parsed once or twice (the first call of a resource) is checked
# by the general checker alone; a model parsed a third time gets the compiled tier (make bench, 14b).
HOT_AFTER = 2


@cache
def model_parser(model: type[M]) -> Callable[[object], M]:
    """:func:`parse_model` for one model, its checks looked up once (~0.4 us a call saved)."""
    name = model.__name__
    from_dict = model.from_dict
    fast: FastCheck = _never
    uses = 0

    def parse(data: object) -> M:
        nonlocal fast, uses
        if fast is _never:
            uses += 1
            if uses > HOT_AFTER:
                fast = _fast_checker(model)
        if not isinstance(data, dict):
            raise ModelError(f"expected a JSON object for {name}, got {type(data).__name__}")
        try:
            instance: M = from_dict(data)
        except KeyError as exc:
            raise ModelError(f"{name}: missing required field {exc.args[0]!r}") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"{name}: {type(exc).__name__}: {exc}") from None
        if not fast(instance):
            _checker(model)(instance, name)  # raises the precise error (or accepts)
        return instance

    return parse


def _never(value: Any) -> bool:
    """The fast tier of a model not compiled yet: every instance goes to the general checker."""
    return False


def _fail(path: str, expected: str, value: Any) -> typing.NoReturn:
    shown = "null" if value is None else type(value).__name__
    raise ModelError(f"{path}: expected {expected}, got {shown}")


# The generated models' own attributes that are not fields of the API's JSON.
_NOT_FIELDS = frozenset({"additional_properties"})  # `_given_bits` lives in __dict__, not in attrs.fields


def _fields(model: type) -> list[attrs.Attribute[Any]]:
    """The model's fields of the API's JSON."""
    return [f for f in attrs.fields(model) if f.name not in _NOT_FIELDS]


def _not_null(model: type) -> dict[str, int]:
    """The optional fields the API never sends as ``null``, each with its bit in the model's
    ``_given_bits``: ``None`` there means absent, and a ``null`` that the JSON carried (the bit
    is set: the field is in ``fields_set``) is an error."""
    names: frozenset[str] = getattr(model, "_NOT_NULL_FIELDS", frozenset())
    bits: dict[str, int] = getattr(model, "_FIELD_BITS", {})
    return {name: bits[name] for name in names}


def _without_none(tp: Any) -> Any:
    """``T | None`` as ``T`` (the type a not-null optional field has when given)."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        union = args[0]
        for arg in args[1:]:
            union = union | arg
        return union
    return tp


@cache
def _checker(model: type) -> Check:
    hints = _hints(model)
    not_null = _not_null(model)
    checks = [(f.name, _type_check(hints[f.name])) for f in _fields(model) if f.name not in not_null]
    given_checks = [
        (name, bit, _type_check(_without_none(hints[name]))) for name, bit in not_null.items() if name in hints
    ]

    def check(value: Any, path: str) -> None:
        if not isinstance(value, model):
            _fail(path, model.__name__, value)
        for name, field_check in checks:
            field_check(getattr(value, name), f"{path}.{name}")
        for name, bit, field_check in given_checks:  # None: absent, unless the JSON said null
            field_value = getattr(value, name)
            if field_value is not None or typing.cast(Any, value)._given_bits & bit:
                field_check(field_value, f"{path}.{name}")

    return check


def _type_check(tp: Any) -> Check:
    """The check of one field type, made once per type (``str | None`` is on most fields)."""
    try:
        return _TYPE_CHECKS[tp]
    except KeyError:
        check = _TYPE_CHECKS[tp] = _new_type_check(tp)
        return check
    except TypeError:  # an unhashable form
        return _new_type_check(tp)


_TYPE_CHECKS: dict[Any, Check] = {}


def _new_type_check(tp: Any) -> Check:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        options = [_type_check(arg) for arg in args]
        label = " | ".join(arg.__name__ for arg in args)

        def check_union(value: Any, path: str) -> None:
            for option in options:
                try:
                    option(value, path)
                except ModelError:
                    continue
                return
            _fail(path, label, value)

        return check_union
    if origin is list:
        (item_type,) = typing.get_args(tp) or (Any,)
        item_check = _type_check(item_type)

        def check_list(value: Any, path: str) -> None:
            if not isinstance(value, list):
                _fail(path, "list", value)
            for index, item in enumerate(value):
                item_check(item, f"{path}[{index}]")

        return check_list
    if tp is Any:
        return _no_check
    if origin is dict or tp is dict:  # a free-form JSON object: its contents are not checked

        def check_dict(value: Any, path: str) -> None:
            if not isinstance(value, dict):
                _fail(path, "dict", value)

        return check_dict
    if attrs.has(tp):
        model: type = tp

        def check_model(value: Any, path: str) -> None:
            _checker(model)(value, path)  # looked up when used: a model may (indirectly) contain itself

        return check_model
    if isinstance(tp, type):
        name = tp.__name__

        # A JSON number without a fraction (the API's own example `150` for an amount) is an int:
        # accepted where the schema says number, as Python's typing accepts an int for a float.
        accepted = (float, int) if tp is float else tp

        def check_plain(value: Any, path: str) -> None:
            if not isinstance(value, accepted) or (isinstance(value, bool) and tp is not bool):
                _fail(path, name, value)

        return check_plain
    return _no_check  # a form this checker does not model (Literal, tuple, ...): accepted as is


def _no_check(value: Any, path: str) -> None:
    """Anything goes (``Any``)."""


def _is_plain(tp: Any) -> bool:
    return isinstance(tp, type) and (
        tp in (str, int, float, bool, type(None), datetime.datetime, Unset) or issubclass(tp, enum.Enum)
    )


# ---------------------------------------------------------------- the fast tier

FastCheck = Callable[[Any], bool]
_FAST: dict[type, FastCheck] = {}


def reset_caches() -> None:
    """Forget every compiled checker (they are rebuilt on next use)."""
    _checker.cache_clear()
    _hints.cache_clear()
    _TYPE_CHECKS.clear()
    _FAST.clear()


def _fast_checker(model: type) -> FastCheck:
    """A compiled ``instance -> bool`` for ``model``: True only for values ``_checker`` accepts."""
    if model in _FAST:
        return _FAST[model]
    namespace: dict[str, Any] = {"_model": model}
    lines = [
        "def fast(value):",
        "    if type(value) is not _model:",
        "        return False",
    ]
    nested: dict[str, type] = {}
    hints = _hints(model)
    not_null = _not_null(model)
    for index, f in enumerate(_fields(model)):
        test = _fast_test(hints[f.name], "x", f"t{index}", namespace, nested)
        if f.name in not_null:  # None is absent, unless the JSON said null
            lines.append(f"    x = value.{f.name}")
            lines.append(f"    if x is None and value._given_bits & {not_null[f.name]}:")
            lines.append("        return False")
            if test is not None:
                lines.append(f"    if not ({test}):")
                lines.append("        return False")
            continue
        if test is None:
            continue
        lines.append(f"    x = value.{f.name}")
        lines.append(f"    if not ({test}):")
        lines.append("        return False")
    lines.append("    return True")
    exec(compile("\n".join(lines), f"<sequence_async fast check of {model.__name__}>", "exec"), namespace)
    fast: FastCheck = namespace["fast"]
    _FAST[model] = fast
    for name, inner in nested.items():  # after caching: a model may (indirectly) contain itself
        namespace[name] = _fast_checker(inner)
    return fast


def _fast_test(tp: Any, var: str, name: str, namespace: dict[str, Any], nested: dict[str, type]) -> str | None:
    """A Python expression true only if ``var`` passes ``_type_check(tp)``; None: no check at all."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        plain = tuple(arg for arg in args if _is_plain(arg))
        models = [arg for arg in args if attrs.has(arg)]
        if len(plain) + len(models) != len(args):
            return "False"  # a union the fast tier does not model: always the general checker
        namespace[f"{name}_types"] = frozenset(plain + ((int,) if float in plain else ()))
        tests = [f"type({var}) in {name}_types"]
        for number, arg in enumerate(models):
            tests.append(_fast_model(arg, var, f"{name}_{number}", nested))
        return " or ".join(tests)
    if origin is list:
        (item_type,) = typing.get_args(tp) or (Any,)
        item_var = f"{name}_i"  # unique per nesting level: item names grow with each level
        item = _fast_test(item_type, item_var, f"{name}_item", namespace, nested)
        if item is None:
            return f"type({var}) is list"
        return f"type({var}) is list and all({item} for {item_var} in {var})"
    if tp is Any:
        return None
    if origin is dict or tp is dict:
        return f"type({var}) is dict"
    if attrs.has(tp):
        return _fast_model(tp, var, name, nested)
    if isinstance(tp, type):
        namespace[name] = tp
        if tp is float:  # an int too (see _type_check)
            return f"(type({var}) is {name} or type({var}) is int)"
        return f"type({var}) is {name}"
    return None


def _fast_model(model: type, var: str, name: str, nested: dict[str, type]) -> str:
    nested[f"{name}_fast"] = model
    return f"{name}_fast({var})"


@cache
def _hints(model: type) -> dict[str, Any]:
    """Each field's type. The generated annotations are strings over one shared namespace (the
    models, ``sequence_api.types``, ``datetime``, ``typing``), so each distinct string is evaluated
    once for all models: ``typing.get_type_hints`` took ~4 ms for an Invoice's tree on first use."""
    hints: dict[str, Any] = {}
    for field in _fields(model):
        annotation = field.type
        if isinstance(annotation, str):
            annotation = _ANNOTATIONS.get(annotation, _MISSING)
            if annotation is _MISSING:
                try:
                    annotation = _ANNOTATIONS[field.type] = _annotation(field.type, _namespace())
                except Exception:  # a form the shared namespace does not cover: the model's own module
                    return _module_hints(model)
        hints[field.name] = annotation
    return hints


_ANNOTATIONS: dict[str, Any] = {}
_MISSING = object()
_BUILTIN_TYPES = {"None": type(None), "str": str, "int": int, "float": float, "bool": bool, "Any": Any}


def _annotation(text: str, namespace: dict[str, Any]) -> Any:
    """What ``eval(text)`` gives for the generator's annotation forms (``A | None``,
    ``list[A]``, ``dict[str, A]``, ``datetime.date``), read without compiling (~15 us saved per
    string: ~1.5 ms on an Invoice's first use); any other form is evaluated."""
    parts = [_annotation_part(part.strip(), namespace) for part in text.split(" | ")]
    if len(parts) == 1:
        return parts[0] if parts[0] is not type(None) else None
    union = parts[0]
    for part in parts[1:]:
        union = union | part
    return union


def _annotation_part(text: str, namespace: dict[str, Any]) -> Any:
    known = _BUILTIN_TYPES.get(text)
    if known is not None:
        return known
    if text.startswith("list[") and text.endswith("]"):
        return list[_annotation_part(text[5:-1], namespace)]  # type: ignore[misc]
    if text.startswith("dict[str, ") and text.endswith("]"):
        return dict[str, _annotation_part(text[10:-1], namespace)]  # type: ignore[misc]
    if text in ("datetime.datetime", "datetime.date"):
        return getattr(datetime, text[9:])
    found = namespace.get(text)
    if isinstance(found, type):
        return found
    return eval(text, namespace)


_NAMESPACE: dict[str, Any] = {}


def _namespace() -> dict[str, Any]:
    if not _NAMESPACE:
        import sequence_api.types

        _NAMESPACE.update({**vars(typing), "datetime": datetime, **vars(sequence_api.types)})
        _NAMESPACE.update(vars(sequence_api.models))
    return _NAMESPACE


def _module_hints(model: type) -> dict[str, Any]:
    # Generated modules import sibling models only under TYPE_CHECKING: resolve with both.
    namespace = {**vars(sys.modules[model.__module__]), **vars(sequence_api.models)}
    return typing.get_type_hints(model, globalns=namespace)
