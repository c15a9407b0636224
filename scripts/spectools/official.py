"""Sequence's official schema file split into one source per operation (``make import``, the watch).

Each source is the operation verbatim (its path item's ``servers``/``parameters`` and the one
operation) with every component it references, transitively, and the document's ``openapi``,
``info`` and ``servers``; a comment header records the upstream revision it came from (the file's
sha256 and, when known, the commit). The header is provenance only: comparisons ignore it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from spectools.document import HTTP_METHODS, Doc, operations
from spectools.errors import SpecError

PROVENANCE = re.compile(r"\A(?:#[^\n]*\n)+")
COMPONENT_REF = re.compile(r"^#/components/(?P<kind>[^/]+)/(?P<name>[^/]+)$")


@dataclass(frozen=True)
class Revision:
    """Where one copy of the schema file came from: its bytes' sha256, and the commit when known."""

    sha256: str
    commit: str | None = None
    date: str | None = None
    origin: str = ""

    @classmethod
    def of(cls, data: bytes, commit: str | None = None, date: str | None = None, origin: str = "") -> Revision:
        return cls(hashlib.sha256(data).hexdigest(), commit, date, origin)

    def header(self) -> str:
        lines = ["# Sliced from Sequence's official schema by `make import` / `make update-spec`: do not edit."]
        if self.origin:
            lines.append(f"# upstream: {self.origin}")
        lines.append(f"# sha256: {self.sha256}")
        if self.commit:
            lines.append(f"# commit: {self.commit}" + (f" ({self.date})" if self.date else ""))
        return "\n".join(lines) + "\n"


def body(text: str) -> str:
    """A source's text without its provenance header (what comparisons look at)."""
    return PROVENANCE.sub("", text, count=1)


def provenance(text: str) -> dict[str, str]:
    """The ``# key: value`` lines of a source's provenance header."""
    match = PROVENANCE.match(text)
    found: dict[str, str] = {}
    for line in (match.group(0) if match else "").splitlines():
        key, sep, value = line[1:].strip().partition(": ")
        if sep and key in ("upstream", "sha256", "commit"):
            found[key] = value
    return found


def _component_refs(node: Any) -> Iterator[tuple[str, str]]:
    """``(kind, name)`` of every ``#/components/<kind>/<name>`` reference inside ``node`` (iterative)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                match = COMPONENT_REF.match(ref)
                if match:
                    yield match["kind"], match["name"]
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def referenced_components(doc: Doc, root: Any) -> dict[str, dict[str, Any]]:
    """Every component ``root`` references, transitively, as ``{kind: {name: component}}``."""
    components = doc.get("components") or {}
    found: dict[str, dict[str, Any]] = {}
    pending = list(_component_refs(root))
    while pending:
        kind, name = pending.pop()
        if name in found.get(kind, {}):
            continue
        target = (components.get(kind) or {}).get(name)
        if target is None:
            raise SpecError(f"#/components/{kind}/{name} is referenced but not defined")
        found.setdefault(kind, {})[name] = target
        pending.extend(_component_refs(target))
    return {kind: dict(sorted(found[kind].items())) for kind in sorted(found)}


def slice_operation(doc: Doc, path: str, method: str) -> Doc:
    """The one-operation document of ``method path``: verbatim, with what it references."""
    item = doc["paths"][path]
    path_item = {k: v for k, v in item.items() if k not in HTTP_METHODS}
    path_item[method] = item[method]
    used_tags = set(item[method].get("tags") or [])
    source: Doc = {k: doc[k] for k in ("openapi", "info", "servers") if k in doc}
    tags = [t for t in doc.get("tags") or [] if isinstance(t, dict) and t.get("name") in used_tags]
    if tags:
        source["tags"] = tags
    source["paths"] = {path: path_item}
    components = referenced_components(doc, path_item)
    if components:
        source["components"] = components
    return source


class _NoAliases(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """libyaml's emitter (30x faster on the 2.2 MB schema) writing repeated objects out in full."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(doc: Doc) -> str:
    """Deterministic YAML for a source (no anchors: repeated objects are written out)."""
    return yaml.dump(doc, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=100)


def split(doc: Doc, revision: Revision) -> dict[str, str]:
    """``operationId -> source text`` for every operation of the whole schema ``doc``."""
    sources: dict[str, str] = {}
    for op in operations(doc):
        if not op.spec.get("operationId"):
            raise SpecError(f"{op.label} has no operationId: every source is named by one")
        if op.operation_id in sources:
            raise SpecError(f"operationId {op.operation_id!r} is used twice")
        sources[op.operation_id] = revision.header() + dump(slice_operation(doc, op.path, op.method))
    if not sources:
        raise SpecError("the schema has no operations")
    return sources
