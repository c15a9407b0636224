"""Python model names that never churn: ``openapi/names.yaml``, the registry of names by anchor.

Upstream renames schemas and renumbers duplicates between revisions; users import the models by
name. So a model is named by where it is used (its anchors, :mod:`spectools.anchors`), never by
upstream's name:

1. Every registry name claims the schemas whose anchors it recorded; the best-scoring claims win
   (most shared anchors, then the registry's order). A claimed name is kept whatever upstream
   calls the schema now, and a name whose shape comes back after a revision without it gets it
   again: a name is never given to another schema.
2. Schemas of one shape (:mod:`spectools.shapes`) are one model, unless two registry names claim
   them (then both names stay, each its own model: no name is lost by a merge).
3. A model no name claims gets upstream's name without a duplicate number (``PaginationMeta4`` ->
   ``PaginationMeta``), or that name plus the next free number; the registry records it.
4. Schema titles are dropped (the generator would name classes after them).
5. The registry keeps up to :data:`KEEP` anchors per name: the current shortest ones and the
   ones seen before (so a flip-flop finds its name again).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from spectools.anchors import anchors
from spectools.document import Doc, editable_schemas, retarget_refs
from spectools.errors import SpecError
from spectools.shapes import shapes

# Names the generated package already uses for its own types (sequence_api.types, client, errors):
# a model of that name would shadow them in the generated modules (a schema named `Unset` made
# every optional field of `Contact` fail to parse).
GENERATOR_NAMES = frozenset(
    {"Unset", "UNSET", "Response", "Any", "File", "FileTypes", "Client", "AuthenticatedClient", "Errors"}
    | {"UnexpectedStatus", "Types", "Models", "Api", "HTTPStatus", "Literal", "Self", "Union"}
)
KEEP = 8  # anchors recorded per name, current and past each: enough to recognise a schema, bounded
NAME = re.compile(r"^[A-Z][A-Za-z0-9]{0,99}$")
HEADER = """\
# The registry of model names (scripts/spectools/names.py), written by `make spec`.
# A name is anchored on where its schema is used (operationId:role), never on upstream's schema
# name, so upstream renames and renumbering do not change what users import. Edit a name to
# rename a model (the spec report then says it is a breaking change); never reuse a name.
"""


@dataclass
class Registry:
    """Python name -> the anchors it was last seen at (in file order: earlier names win ties)."""

    names: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> Registry:
        data = yaml.safe_load(text) if text.strip() else {}
        names = (data or {}).get("names") or {}
        if not isinstance(names, dict):
            raise SpecError("openapi/names.yaml: `names` must map a model name to its anchors")
        for name, found in names.items():
            if not isinstance(name, str) or not NAME.match(name):
                raise SpecError(f"openapi/names.yaml: {str(name)[:100]!r} is not a model name (PascalCase)")
            if name in GENERATOR_NAMES:
                raise SpecError(f"openapi/names.yaml: {name} is a name the generated package uses itself")
            if not isinstance(found, list) or not all(isinstance(a, str) for a in found):
                raise SpecError(f"openapi/names.yaml: {name}: a list of anchors")
        return cls({n: list(a) for n, a in names.items()})

    def render(self) -> str:
        body = yaml.safe_dump({"names": dict(sorted(self.names.items()))}, sort_keys=False, width=200)
        return HEADER + body


def with_shapes(found: dict[str, list[str]], shape_of: dict[str, str]) -> dict[str, list[str]]:
    """Anchors plus ``shape:<digest>``, which is all a schema used by no operation has, and a second
    way for any schema to find its name when its anchors moved."""
    return {name: [*found.get(name, []), f"shape:{shape}"] for name, shape in shape_of.items()}


def _fallback(upstream: str, taken: set[str], upstream_names: set[str]) -> str:
    """Upstream's name as a model name, without a duplicate number, made unique."""
    base = re.sub(r"__\d+$", "", upstream)  # the merge's mark for one name with two shapes
    numbered = re.sub(r"(?<=[A-Za-z])\d{1,2}$", "", base)  # renumbered duplicates: PaginationMeta4
    if numbered != base and (numbered in upstream_names or sum(n.startswith(numbered) for n in upstream_names) > 1):
        base = numbered  # only a series is renumbered: HostIpv6 alone keeps its 6
    base = "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", base) if part)
    if not base or not base[0].isalpha():
        base = "Model" + base
    candidate, number = base[:90], 2
    while candidate.lower() in {t.lower() for t in taken}:
        candidate, number = f"{base[:90]}{number}", number + 1
    return candidate


def _claims(registry: Registry, found: dict[str, list[str]]) -> dict[str, str]:
    """Schema -> the registry name that claims it (greedy: most shared anchors first)."""
    order = {name: i for i, name in enumerate(registry.names)}
    pairs = []
    for schema, schema_anchors in found.items():
        mine = set(schema_anchors)
        for name, recorded in registry.names.items():
            score = len(mine.intersection(recorded))
            if score:
                pairs.append((-score, order[name], schema, name))
    claimed: dict[str, str] = {}
    used: set[str] = set()
    for _, _, schema, name in sorted(pairs):
        if schema not in claimed and name not in used:
            claimed[schema] = name
            used.add(name)
    return claimed


def _models(doc: Doc, registry: Registry, fixed: set[str]) -> dict[str, str]:
    """Every schema of ``doc`` -> its model name (several schemas of one shape share one)."""
    all_schemas, shape_of = editable_schemas(doc), shapes(doc)
    found = with_shapes(anchors(doc), shape_of)
    claimed = _claims(registry, found)
    taken = set(registry.names) | fixed | GENERATOR_NAMES  # upstream schemas never get these
    by_shape: dict[str, list[str]] = {}
    for schema in sorted(all_schemas):
        by_shape.setdefault(shape_of[schema], []).append(schema)
    model_of: dict[str, str] = {}
    for members in by_shape.values():
        named = sorted({claimed[m] for m in members if m in claimed})
        if not named:
            named = [_fallback(members[0], taken, set(all_schemas))]
            taken.add(named[0])
        for member in members:
            model_of[member] = claimed.get(member, named[0])
    return model_of


DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})  # values, not schemas


def drop_titles(doc: Doc) -> None:
    """Remove every schema ``title``: the generator would name classes after them, upstream's
    text, bypassing the registry. Examples and other values keep theirs."""
    stack: list[Any] = [doc.get("paths"), doc.get("components")]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("title"), str):
                del node["title"]
            stack.extend(v for k, v in node.items() if k not in DATA_KEYS)
        elif isinstance(node, list):
            stack.extend(node)


def stable_names(doc: Doc, registry: Registry, fixed: set[str]) -> Registry:
    """Rename every schema of ``doc`` to its model name (in place); return the updated registry.

    ``fixed``: names the rules add later (the error body): no upstream schema gets them, whatever
    upstream calls it (a schema renamed `ErrorResponse` upstream is named like any other).
    """
    drop_titles(doc)
    shape_of = shapes(doc)
    model_of = _models(doc, registry, fixed)
    all_schemas = editable_schemas(doc)
    found = with_shapes(anchors(doc), shape_of)
    renamed: dict[str, Any] = {}
    for schema in sorted(all_schemas, key=lambda s: (model_of[s] != s, s)):  # one already so named first
        renamed.setdefault(model_of[schema], all_schemas[schema])
    all_schemas.clear()
    all_schemas.update(sorted(renamed.items()))
    retarget_refs(doc, {s: m for s, m in model_of.items() if s != m})
    names = dict(registry.names)
    for model in sorted(set(model_of.values()) - fixed):
        current = sorted(
            {a for s, m in model_of.items() if m == model for a in found.get(s, [])},
            key=lambda a: (a.count(".") + a.count("["), a),
        )[:KEEP]
        past = [a for a in names.get(model, []) if a not in current][:KEEP]
        names[model] = current + past
    return Registry(names)
