"""Strict parsing of the generated attrs models.

The generated ``from_dict`` trusts its input: a missing field raises a bare ``KeyError``, a
``null`` in a required field is silently accepted. :func:`parse_model` runs ``from_dict`` and
then checks every field against its declared type, raising :class:`ModelError` with a path to
the offending field. Unknown extra fields are kept (``additional_properties``); unknown enum
values are kept (the generated enums accept them).
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


class ModelError(Exception):
    """A JSON value that does not fit the model; ``str()`` names the field path."""


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: typing.Mapping[str, Any]) -> Any: ...


M = TypeVar("M", bound=_Model)
Check = Callable[[Any, str], None]


def parse_model(model: type[M], data: object) -> M:
    """Build ``model`` from decoded JSON, or raise :class:`ModelError`."""
    if not isinstance(data, dict):
        raise ModelError(f"expected a JSON object for {model.__name__}, got {type(data).__name__}")
    try:
        instance = model.from_dict(data)
    except KeyError as exc:
        raise ModelError(f"{model.__name__}: missing required field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise ModelError(f"{model.__name__}: {type(exc).__name__}: {exc}") from None
    _checker(model)(instance, model.__name__)
    return typing.cast(M, instance)


def _fail(path: str, expected: str, value: Any) -> typing.NoReturn:
    shown = "null" if value is None else type(value).__name__
    raise ModelError(f"{path}: expected {expected}, got {shown}")


@cache
def _checker(model: type) -> Check:
    # Generated modules import sibling models only under TYPE_CHECKING: resolve with both.
    namespace = {**vars(sys.modules[model.__module__]), **vars(sequence_api.models)}
    hints = typing.get_type_hints(model, globalns=namespace)
    checks = [(f.name, _type_check(hints[f.name])) for f in attrs.fields(model) if f.name != "additional_properties"]

    def check(value: Any, path: str) -> None:
        if not isinstance(value, model):
            _fail(path, model.__name__, value)
        for name, field_check in checks:
            field_check(getattr(value, name), f"{path}.{name}")

    return check


def _type_check(tp: Any) -> Check:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_type_check(arg) for arg in typing.get_args(tp)]
        simple = tuple(arg for arg in typing.get_args(tp) if _is_plain(arg))
        nested = [c for arg, c in zip(typing.get_args(tp), options, strict=True) if not _is_plain(arg)]
        label = " | ".join(getattr(a, "__name__", str(a)) for a in typing.get_args(tp))

        def check_union(value: Any, path: str) -> None:
            if simple and isinstance(value, simple) and not (isinstance(value, bool) and bool not in simple):
                return
            for option in nested:
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
    if tp is Any or origin is dict or tp is dict:
        return lambda value, path: None
    if attrs.has(tp):
        return _checker(tp)
    if isinstance(tp, type):
        name = tp.__name__

        def check_plain(value: Any, path: str) -> None:
            if not isinstance(value, tp) or (isinstance(value, bool) and tp is not bool):
                _fail(path, name, value)

        return check_plain
    return lambda value, path: None


def _is_plain(tp: Any) -> bool:
    return isinstance(tp, type) and (
        tp in (str, int, float, bool, type(None), datetime.datetime, Unset) or issubclass(tp, enum.Enum)
    )
