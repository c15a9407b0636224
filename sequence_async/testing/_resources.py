"""Which operations create, read, list, update, delete or act on which resource, from the paths alone.

A *collection* is a path ending in a literal segment that has an item path below it (``/x`` and
``/x/{id}``) and a create (POST) or list (GET of ``items``). Its operations get roles:

* ``list`` (GET collection), ``create`` (POST collection);
* ``read``, ``update`` (PUT/PATCH), ``delete`` on the item;
* ``archive`` (``/x/{id}/archive``), ``action`` (another literal after the item, e.g. ``/finalize``);
* a collection under an item (``/x/{x}/y``, the parameter named after ``x`` or ``id``) is scoped
  to its parent: the parent must exist, its records are its own;
* ``generated``: anything else, answered with a schema-valid sample (parents checked, if any).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._api import Api, Operation

__all__ = ["Role", "assign_roles"]

Pattern = tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class Role:
    """What an operation does to state.

    ``collection``: the pattern of the collection it works on (``None``: no collection);
    ``parents``: the patterns of the collections its leading path parameters must exist in,
    outermost first (the last parameter is the record's own id for item roles).
    """

    kind: str
    collection: Pattern | None
    parents: tuple[Pattern, ...]


def _words(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _names_collection(param: str, literal: str) -> bool:
    """``{id}``, ``{invoice}`` or ``{billingScheduleId}`` under ``/invoices``, ``/billing-schedules``."""
    name, plural = _words(param), _words(literal)
    if name == "id":
        return True
    name = name.removesuffix("id")
    return bool(name) and (plural == name or plural == name + "s" or plural == name + "es")


def _param_names(op: Operation) -> list[str]:
    return [segment[1:-1] for segment in op.template.strip("/").split("/") if segment.startswith("{")]


def _collections(api: Api) -> set[Pattern]:
    """Paths that create (POST answering 201) or list (GET of ``items``), with a path below
    ``/{id}`` or both a create and a list."""
    under = {op.pattern[:index] for op in api.operations.values() for index, s in enumerate(op.pattern) if s is None}
    creates = {op.pattern for op in api.operations.values() if op.method == "POST" and op.status == 201}
    lists = {op.pattern for op in api.operations.values() if op.method == "GET" and _lists(api, op)}
    return {p for p in creates | lists if p and p[-1] is not None and (p in under or (p in creates and p in lists))}


def _lists(api: Api, op: Operation) -> bool:
    schema = api.schemas.resolve(op.response or {})
    items = (schema.get("properties") or {}).get("items") if isinstance(schema, dict) else None
    return isinstance(items, dict) and items.get("type") == "array"


def _parents(op: Operation, collections: set[Pattern], end: int, *, prefix: bool = False) -> tuple[Pattern, ...] | None:
    """The collections named by the path parameters before segment ``end``; ``None`` if one is not
    (with ``prefix``: the ones up to it)."""
    names = iter(_param_names(op))
    parents: list[Pattern] = []
    for index, segment in enumerate(op.pattern[:end]):
        if segment is not None:
            continue
        name = next(names)
        owner = op.pattern[:index]
        if owner not in collections or not _names_collection(name, str(owner[-1])):
            return tuple(parents) if prefix else None
        parents.append(owner)
    return tuple(parents)


def _role(op: Operation, api: Api, collections: set[Pattern]) -> Role:
    pattern, method = op.pattern, op.method
    if pattern in collections:
        parents = _parents(op, collections, len(pattern))
        if parents is not None and ((method == "POST" and op.status == 201) or (method == "GET" and _lists(api, op))):
            return Role("create" if method == "POST" else "list", pattern, parents)
    if pattern and pattern[-1] is None and pattern[:-1] in collections:
        parents = _parents(op, collections, len(pattern))
        kinds = {"GET": "read", "PUT": "update", "PATCH": "update", "DELETE": "delete"}
        if parents is not None and method in kinds:
            return Role(kinds[method], pattern[:-1], parents)
    if len(pattern) >= 2 and pattern[-1] is not None and pattern[-2] is None and pattern[:-2] in collections:
        parents = _parents(op, collections, len(pattern))
        if parents is not None and method in ("POST", "PUT"):
            return Role("archive" if pattern[-1] == "archive" else "action", pattern[:-2], parents)
    return Role("generated", None, _parents(op, collections, _last_param(pattern) + 1, prefix=True) or ())


def _last_param(pattern: Pattern) -> int:
    return max((i for i, s in enumerate(pattern) if s is None), default=-1)


def assign_roles(api: Api) -> dict[str, Role]:
    """The role of every operation of ``api``, by operationId."""
    collections = _collections(api)
    return {op_id: _role(op, api, collections) for op_id, op in api.operations.items()}
