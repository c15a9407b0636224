"""Pydantic models mirroring the generated attrs models, for FastAPI's ``response_model``.

FastAPI cannot use an attrs class as a response model, so an endpoint returning SDK models
would lose its response schema. :func:`response_model` builds (once per class) a pydantic
model with the same fields under their wire (camelCase) names::

    @app.get("/aliases", response_model=list[response_model(CustomerAlias)], response_model_exclude_unset=True)
    async def aliases(client: Sequence) -> list[CustomerAlias]:
        return await client.customer_aliases.list_for_customer(customer_id)

The endpoint may return the attrs instances themselves (each is read through its
``to_dict()``) or the dicts ``to_dict()`` gives. Pydantic is not a dependency of the SDK: this
module imports it, and only code that imports this module needs it installed.
"""

from __future__ import annotations

import functools
import inspect
import re
import sys
import types
import typing
from typing import Any, ForwardRef

import attrs
import pydantic
import sequence_api.models
from sequence_api.types import Unset

__all__ = ["response_model"]

_BUILT: dict[str, type[pydantic.BaseModel]] = {}  # by name: also the namespace of the forward refs
_NAMES: dict[type, str] = {}  # each mirrored class: the unique name of its mirror
_CLASSES: dict[str, type] = {}  # each mirror name: its class
# In to_dict: `"wireName": name,` (required fields) and `field_dict["wireName"] = name` or
# `= self.name` (the optional ones; `= None` writes a null).
_WRITE = re.compile(r'^\s*(?:"([^"]+)": (\w+),|field_dict\["([^"]+)"\] = (?:self\.)?(?!None$)(\w+))$', re.MULTILINE)


@functools.cache
def response_model(model: type) -> type[pydantic.BaseModel]:
    """The pydantic model mirroring the generated attrs model ``model`` (built once per class).

    Fields are named as in the attrs class and aliased by their wire (camelCase) names, so
    validation reads, and FastAPI's responses write, the JSON of ``model.to_dict()``. A field the
    attrs model has as optional (absent reads as ``None``) is optional with a default of ``None``:
    FastAPI writes it as ``null`` unless the route sets ``response_model_exclude_unset=True``,
    which omits the fields the value did not have (not in its ``fields_set``), as ``to_dict()``
    does. Nested models become their own pydantic
    models (``$ref`` in OpenAPI; cycles allowed), the generated enums stay themselves, and a
    model with ``additional_properties`` allows (and writes back) unknown fields.

    Validation accepts a JSON-shaped dict or an instance of ``model`` (read through its
    ``to_dict()``); the pydantic model is named after ``model``, as its schema in OpenAPI is.
    """
    if not attrs.has(model):
        raise TypeError(f"{model!r} is not a generated attrs model")
    pending = [model]
    built: list[type[pydantic.BaseModel]] = []
    while pending:
        current = pending.pop()
        if _ref_name(current) not in _BUILT:
            _BUILT[_ref_name(current)] = _build(current, pending)
            built.append(_BUILT[_ref_name(current)])
    for pydantic_model in built:  # now every forward reference names a built model
        pydantic_model.model_rebuild(force=True, _types_namespace=dict(_BUILT))
    return _BUILT[_ref_name(model)]


def _ref_name(model: type) -> str:
    """The name of ``model``'s mirror, unique per class: its own name, unless another class of
    that name (an app's own ``Address``) was mirrored first; then its module and qualified name."""
    name = _NAMES.get(model)
    if name is None:
        name = model.__name__
        if _CLASSES.setdefault(name, model) is not model:
            name = re.sub(r"\W", "_", f"{model.__module__}.{model.__qualname__}")
            _CLASSES[name] = model
        _NAMES[model] = name
    return name


def _build(model: type, pending: list[type]) -> type[pydantic.BaseModel]:
    """The pydantic model of ``model``; the attrs models it refers to are added to ``pending``."""
    hints = _hints(model)
    wire = _wire_names(model)
    optional_fields: frozenset[str] = getattr(model, "_OPTIONAL_FIELDS", frozenset())
    fields: dict[str, Any] = {}
    extra = False
    for field in attrs.fields(model):
        if field.name == "additional_properties" and not field.init:
            extra = True
            continue
        annotation, optional = _annotation(hints[field.name], pending)
        optional = optional or field.name in optional_fields
        alias = wire.get(field.name) or _camel(field.name)
        info = pydantic.Field(default=None, alias=alias) if optional else pydantic.Field(alias=alias)
        fields[field.name] = (annotation, info)
    config = pydantic.ConfigDict(
        extra="allow" if extra else "ignore",
        populate_by_name=True,
        protected_namespaces=(),
        title=model.__name__,
    )
    validators = {"read_attrs_instance": _attrs_reader(model)}
    created: type[pydantic.BaseModel] = pydantic.create_model(
        _ref_name(model),
        __config__=config,
        __doc__=inspect.getdoc(model),
        __module__=__name__,
        __validators__=validators,
        **fields,
    )
    return created


def _attrs_reader(model: type) -> Any:
    """A validator reading an instance of the attrs model as the dict its ``to_dict()`` gives."""

    def read(cls: type[pydantic.BaseModel], data: Any) -> Any:
        if isinstance(data, model):
            return typing.cast(Any, data).to_dict()
        return data

    return pydantic.model_validator(mode="before")(classmethod(read))  # type: ignore[arg-type]


def _annotation(hint: Any, pending: list[type]) -> tuple[Any, bool]:
    """The pydantic annotation of an attrs field's type, and whether the field may be absent
    (its type includes ``Unset``: attrs models other than the generated ones, which list their
    optional fields in ``_OPTIONAL_FIELDS``)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = typing.get_args(hint)
        optional = Unset in members
        kept = [_convert(member, pending) for member in members if member is not Unset]
        if optional and type(None) not in members:
            kept.append(type(None))  # an absent field reads as None
        union: Any = kept[0]
        for member in kept[1:]:
            union = typing.Union[union, member]  # noqa: UP007 (forward refs cannot be joined with |)
        return union, optional
    return _convert(hint, pending), False


def _convert(hint: Any, pending: list[type]) -> Any:
    """A type with each attrs model replaced by a forward reference to its pydantic model."""
    if isinstance(hint, type) and attrs.has(hint):
        if _ref_name(hint) not in _BUILT:
            pending.append(hint)
        return ForwardRef(_ref_name(hint))
    origin = typing.get_origin(hint)
    if origin is list:
        return list[_convert(typing.get_args(hint)[0], pending)]  # type: ignore[misc]
    if origin is dict:
        value = typing.get_args(hint)[1]  # the generated dicts have str keys
        return dict[str, _convert(value, pending)]  # type: ignore[misc]
    if origin in (typing.Union, types.UnionType):
        return _annotation(hint, pending)[0]
    return hint  # str, int, float, bool, Any, datetime, date and the generated enums as they are


def _hints(model: type) -> dict[str, Any]:
    # Generated modules import sibling models only under TYPE_CHECKING: resolve with both.
    namespace = {**vars(sys.modules[model.__module__]), **vars(sequence_api.models)}
    return typing.get_type_hints(model, globalns=namespace)


def _wire_names(model: type) -> dict[str, str]:
    """Each field's JSON name, as the generated ``to_dict`` writes it (its locals are named as the fields)."""
    try:
        source = inspect.getsource(typing.cast(Any, model).to_dict)
    except (OSError, TypeError, AttributeError):
        return {}
    return {name or other_name: key or other_key for key, name, other_key, other_name in _WRITE.findall(source)}


def _camel(name: str) -> str:
    head, *rest = name.rstrip("_").split("_")
    return head + "".join(part.capitalize() for part in rest)
