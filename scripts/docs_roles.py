"""A griffe extension for the docs site: Sphinx roles in docstrings become links, or fail.

The docstrings use Sphinx roles (``:class:`RetryPolicy```), which read well in an editor but which
mkdocstrings prints literally. Loaded by mkdocstrings (``extensions`` in ``mkdocs.yml``), this
rewrites each role once its package is loaded:

- a target that resolves to a name on a page of ``docs/reference/`` becomes a cross-reference
  (``[RetryPolicy][sequence_async.RetryPolicy]``), which ``--strict`` checks like any other;
- a target that resolves elsewhere (a private helper, the standard library) becomes code;
- a target that resolves nowhere is a warning, which ``mkdocs build --strict`` turns into a
  failed build.
"""

from __future__ import annotations

import builtins
import importlib
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe

log = logging.getLogger("mkdocs.plugins.docs_roles")
REFERENCE = Path(__file__).resolve().parent.parent / "docs" / "reference"
ROLE = re.compile(r":(?:py:)?(\w+):`([^`]*)`")  # any role: one this does not handle is a warning
ROLES = {"class", "func", "meth", "data", "attr", "exc", "mod", "obj", "const"}
TARGET = re.compile(r"(~?)([A-Za-z_][\w.]*)")  # no titles (`text <x>`), no `!`, no `()`
OURS = ("sequence_async", "sequence_api")
HIDDEN = re.compile(r"<!--.*?-->|^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1", re.S | re.M)  # comments, fenced code


class SphinxRoles(griffe.Extension):
    """Rewrites the Sphinx roles of every docstring of a loaded package (see the module doc)."""

    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        """Rewrite ``pkg``'s docstrings once the package is complete."""
        if pkg.name not in OURS:
            return
        public = public_paths(loader.modules_collection)
        for obj in _walk(pkg):
            if obj.docstring is not None and ":" in obj.docstring.value:
                obj.docstring.value = rewrite(obj.docstring.value, obj, loader.modules_collection, public)


def rewrite(text: str, obj: griffe.Object, collection: griffe.ModulesCollection, public: dict[str, str]) -> str:
    """``text`` with each role a cross-reference, code, or (unresolved) code and a warning."""

    def replace(match: re.Match[str]) -> str:
        role, written = match.groups()
        form = TARGET.fullmatch(written)
        if role not in ROLES or form is None:
            log.warning(f"the docstring of {obj.path} has {match.group(0)}: write :{'|'.join(sorted(ROLES))}:`name`")
            return f"`{written}`"
        short, target = form.group(1) == "~", form.group(2)
        label = f"`{target.rsplit('.', 1)[-1] if short else target}`"
        canonical = _resolve(target, obj, collection)
        if canonical is None:
            if not _external(target):
                log.warning(f"the docstring of {obj.path} refers to {match.group(0)}, which does not resolve")
            return label
        return f"[{label}][{public[canonical]}]" if canonical in public else label

    return ROLE.sub(replace, text)


def public_paths(collection: griffe.ModulesCollection) -> dict[str, str]:
    """Canonical path -> the identifier it is documented under (``:::`` ids and their members)."""
    public: dict[str, str] = {}
    for page in sorted(REFERENCE.rglob("*.md")):
        for identifier in re.findall(r"^::: ([\w.]+)", HIDDEN.sub("", page.read_text()), re.M):
            target = _lookup(identifier, collection)
            if target is None:
                continue
            public.setdefault(target.path, identifier)
            if target.is_class:
                for name in target.members:
                    if not name.startswith("_"):
                        public.setdefault(f"{target.path}.{name}", f"{identifier}.{name}")
    return public


def _resolve(target: str, obj: griffe.Object, collection: griffe.ModulesCollection) -> str | None:
    """The canonical path ``target`` names as seen from ``obj``'s docstring, if it is ours."""
    scopes = [obj] if obj.is_class or obj.is_module else []
    scopes += [scope for scope in (obj.parent, obj.module) if scope is not None]
    candidates = [target] if target.startswith(OURS) else []
    candidates += [f"{scope.path}.{target}" for scope in scopes] + [f"sequence_async.{target}"]
    for candidate in candidates:
        found = _lookup(candidate, collection)
        if found is not None:
            return found.path
    return None


def _lookup(path: str, collection: griffe.ModulesCollection) -> griffe.Object | None:
    try:
        found = collection[path]
        return found.final_target if isinstance(found, griffe.Alias) else found
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def _external(target: str) -> bool:
    """A name of the standard library or another installed module (``asyncio.Queue.get``, ``hash``)."""
    if target.startswith(OURS):
        return False
    parts = target.split(".")
    found: object = builtins
    for size in range(len(parts), 0, -1):  # the longest importable prefix, then attributes
        try:
            found = importlib.import_module(".".join(parts[:size]))
        except ImportError:
            continue
        parts = parts[size:]
        break
    for part in parts:
        if not hasattr(found, part):
            return False
        found = getattr(found, part)
    return True


def _walk(obj: griffe.Object) -> Iterator[griffe.Object]:
    yield obj
    for member in obj.members.values():
        if not member.is_alias:
            yield from _walk(member)  # type: ignore[arg-type]  # not an alias: an Object
