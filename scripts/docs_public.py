"""A griffe extension for the docs site: the API reference shows no private name a reader cannot look up.

Loaded by mkdocstrings (``extensions`` in ``mkdocs.yml``), it changes what is rendered only:

- a class's bases: a private base (``_RequestError``, the generated ``_CustomerAliases``) is
  replaced by its own bases, until they are public (``SequenceError``, ``Resource``); the class
  still inherits (and the page lists) the private base's members. The list is kept in
  ``cls.extra["docs_public"]["bases"]``, which ``scripts/docs_templates`` renders.
- an attribute whose value names a private helper (the generated models'
  ``= _attrs_field(init=False, factory=dict)``) is shown without its value.

Signature defaults are fixed at their source instead (``NOT_GIVEN``, not ``_UNSET``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import griffe

OURS = ("sequence_async", "sequence_api")
DEPTH = 8  # private bases of private bases, never a cycle


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def public_bases(cls: griffe.Class, collection: griffe.ModulesCollection) -> list[str | griffe.Expr]:
    """``cls``'s bases, each private one replaced by its own (public) bases, in order, once each."""
    shown: list[str | griffe.Expr] = []
    todo: list[tuple[str | griffe.Expr, int]] = [(base, 0) for base in cls.bases]
    while todo:
        base, depth = todo.pop(0)
        path = (
            getattr(base, "canonical_path", None) if isinstance(base, (griffe.ExprName, griffe.ExprAttribute)) else None
        )
        if path is not None and is_private(str(base).rsplit(".", 1)[-1]) and depth < DEPTH:
            try:
                found = collection[path]
                target = found.final_target if isinstance(found, griffe.Alias) else found
            except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
                target = None
            if isinstance(target, griffe.Class):
                todo[:0] = [(inner, depth + 1) for inner in target.bases]
                continue
        if str(base) not in {str(other) for other in shown}:
            shown.append(base)
    return shown


def names_private(value: str | griffe.Expr) -> bool:
    """Whether an expression names a private object (``_attrs_field(...)``, ``_config.X``)."""
    if isinstance(value, str):
        return False
    return any(isinstance(part, griffe.ExprName) and is_private(part.name) for part in value.iterate(flat=True))


class PublicNames(griffe.Extension):
    """Records public bases and hides private values for every class of our packages (see the module doc)."""

    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        if pkg.name not in OURS:
            return
        for obj in _walk(pkg):
            if isinstance(obj, griffe.Class):
                obj.extra["docs_public"]["bases"] = public_bases(obj, loader.modules_collection)
            elif isinstance(obj, griffe.Attribute) and obj.value is not None and names_private(obj.value):
                obj.value = None


def _walk(obj: griffe.Object) -> Iterator[griffe.Object]:
    yield obj
    for member in obj.members.values():
        if not member.is_alias:
            yield from _walk(member)  # type: ignore[arg-type]  # not an alias: an Object
