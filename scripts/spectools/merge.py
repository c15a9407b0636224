"""Merge ``openapi/sources/*.yaml`` into the one normalised ``openapi/sequence.yaml``.

1. merge: the operations of every source (an operation in two sources fails the merge) and their
   components. A component found in several sources with identical content is kept once; one
   name with two contents (sources sliced from different upstream revisions) keeps both, the
   later as ``<name>__<n>``: components are told apart by shape, not by upstream's name;
2. normalise: the declarative rules of ``openapi/normalise.yaml`` (each says why), including the
   model names of ``openapi/names.yaml`` (:mod:`spectools.names`), which the build updates;
3. validate with openapi-spec-validator and write deterministic YAML.

Usage: python scripts/merge_spec.py [--sources DIR] [--rules FILE] [--output FILE | --check]
"""

from __future__ import annotations

import argparse
import copy
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from spectools.document import HTTP_METHODS, Doc, walk
from spectools.errors import SpecError, UntrustedError
from spectools.layout import ROOT, RULES, SOURCES, SPEC
from spectools.names import Registry
from spectools.normalise import normalise_with_names
from spectools.untrusted import check_names

# libyaml (bundled with PyYAML's wheels): the sources are 3.4 MB of YAML, which the pure-Python
# loader and emitter took 18 s of a 25 s build to read and write (cProfile); libyaml takes ~1 s.
# The sources are the project's own committed files (upstream text is checked on the way in).
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FAST_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load_sources(directory: Path) -> list[tuple[str, Doc]]:
    """Every ``*.yaml`` source, sorted by file name so the merge ignores disk order."""
    files = sorted(directory.glob("*.yaml"), key=lambda p: p.name)
    if not files:
        raise SpecError(f"no *.yaml sources in {directory}")
    sources = []
    for path in files:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=FAST_LOADER)
        if not isinstance(doc, dict):
            raise SpecError(f"{path.name}: not an OpenAPI document")
        sources.append((path.name, doc))
    return sources


def _merge_paths(paths: dict[str, dict[str, Any]], origins: dict[tuple[str, str], str], doc: Doc, source: str) -> None:
    """Add ``doc``'s operations; the same operation in two sources must agree. Path-level
    parameters move into each operation (sources of one path may come from different revisions,
    whose path-level parameters differ); path-level servers go (the `servers` rule sets them)."""
    for path, item in (doc.get("paths") or {}).items():
        target = paths.setdefault(path, {})
        for key, value in _operations_alone(item or {}).items():
            if key not in target:
                target[key], origins[(path, key)] = value, source
            elif target[key] != value:
                raise SpecError(f"path {path}: {key!r} differs between {origins[(path, key)]} and {source}")


def _operations_alone(item: dict[str, Any]) -> dict[str, Any]:
    """A path item's operations, each with the path-level parameters it does not override."""
    shared = [p for p in item.get("parameters") or [] if isinstance(p, dict)]
    out: dict[str, Any] = {}
    for key, value in item.items():
        if key in HTTP_METHODS and isinstance(value, dict):
            op = copy.deepcopy(value)
            own = {(p.get("in"), p.get("name")) for p in op.get("parameters") or [] if isinstance(p, dict)}
            inherited = [copy.deepcopy(p) for p in shared if (p.get("in"), p.get("name")) not in own]
            if inherited:
                op["parameters"] = [*(op.get("parameters") or []), *inherited]
            out[key] = op
    return out


def _distinct(doc: Doc, components: dict[str, dict[str, Any]]) -> Doc:
    """``doc`` with each component whose name is taken by another content renamed ``<name>__<n>``
    (repeated: a component that refers to a renamed one now differs too)."""
    while True:
        renamed = _rename_taken(doc, components)
        if renamed is doc:
            return doc
        doc = renamed


def _rename_taken(doc: Doc, components: dict[str, dict[str, Any]]) -> Doc:
    renames: dict[str, dict[str, str]] = {}
    for kind, entries in (doc.get("components") or {}).items():
        taken = components.get(kind, {})
        for name, value in (entries or {}).items():
            if name in taken and taken[name] != value:
                same = [n for n in taken if n.startswith(f"{name}__") and taken[n] == value]
                number = sum(1 for n in taken if n.startswith(f"{name}__")) + 2
                renames.setdefault(kind, {})[name] = same[0] if same else f"{name}__{number}"
    if not renames:
        return doc
    doc = copy.deepcopy(doc)
    for kind, mapping in renames.items():
        entries = doc["components"][kind]
        doc["components"][kind] = {mapping.get(n, n): v for n, v in entries.items()}
        prefix = f"#/components/{kind}/"
        for node in walk(doc):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix) and ref[len(prefix) :] in mapping:
                node["$ref"] = prefix + mapping[ref[len(prefix) :]]
    return doc


def _in_order(item: dict[str, Any]) -> dict[str, Any]:
    """A path item's keys in one order whatever the sources' order: shared keys, then methods."""
    shared = {k: v for k, v in sorted(item.items()) if k not in HTTP_METHODS}
    return shared | {m: item[m] for m in HTTP_METHODS if m in item}


def merge(sources: list[tuple[str, Doc]]) -> Doc:
    """Merge operations and components: identical components collapse, same-named ones stay apart."""
    first = sources[0][1]
    paths: dict[str, dict[str, Any]] = {}
    components: dict[str, dict[str, Any]] = {}
    path_origins: dict[tuple[str, str], str] = {}
    for name, doc in sources:
        doc = _distinct(doc, components)  # first: the operation must point at the renamed components
        _merge_paths(paths, path_origins, doc, name)
        for kind, entries in (doc.get("components") or {}).items():
            for component, value in (entries or {}).items():
                components.setdefault(kind, {}).setdefault(component, copy.deepcopy(value))
    merged: Doc = {key: copy.deepcopy(first[key]) for key in ("openapi", "info", "servers") if key in first}
    merged["security"] = copy.deepcopy(first.get("security", []))
    tags = {t["name"]: t for _, doc in sources for t in doc.get("tags") or [] if isinstance(t, dict) and "name" in t}
    merged["tags"] = [copy.deepcopy(tags[name]) for name in sorted(tags)]
    merged["paths"] = {p: _in_order(paths[p]) for p in sorted(paths)}
    merged["components"] = {s: {n: components[s][n] for n in sorted(components[s])} for s in sorted(components)}
    return merged


# --------------------------------------------------------------------------- output


def check_valid(doc: Doc) -> None:
    try:
        validate(copy.deepcopy(doc))
    except OpenAPIValidationError as exc:
        raise SpecError(f"merged document is not valid OpenAPI: {exc.message}") from None


def render(doc: Doc) -> str:
    header = "# GENERATED by scripts/merge_spec.py from openapi/sources/ and openapi/normalise.yaml.\n"
    header += "# Do not edit: change the rules or the sources, then run `make spec`.\n"
    return header + yaml.dump(doc, Dumper=FAST_DUMPER, sort_keys=False, allow_unicode=True, width=100)


@dataclass(frozen=True)
class Built:
    """What ``make spec`` writes: the merged document and the updated registry of model names."""

    spec: str
    names: str


def names_file(rules_file: Path) -> Path:
    """The registry of model names lives next to the rules (``openapi/names.yaml``)."""
    return rules_file.parent / "names.yaml"


def build_all(sources_dir: Path, rules_file: Path) -> Built:
    """The merged, normalised, validated document and the registry of model names, as text."""
    rules = yaml.safe_load(rules_file.read_text(encoding="utf-8")) or {}
    registry_path = names_file(rules_file)
    registry = Registry.parse(registry_path.read_text(encoding="utf-8") if registry_path.is_file() else "")
    doc, registry = normalise_with_names(merge(load_sources(sources_dir)), rules, registry)
    try:
        check_names(doc, "the merged document")  # what the generator would make of the names
    except UntrustedError as exc:
        raise SpecError(str(exc)) from None
    check_valid(doc)
    return Built(render(doc), registry.render())


def build(sources_dir: Path, rules_file: Path) -> str:
    """The merged, normalised, validated document as text."""
    return build_all(sources_dir, rules_file).spec


def build_document(sources: Path, rules: Path) -> Doc:
    """The merged, normalised document of ``sources`` + ``rules`` (as ``make spec`` builds it)."""
    doc = yaml.load(build(sources, rules), Loader=FAST_LOADER)
    if not isinstance(doc, dict):
        raise SpecError(f"{sources}: merged document is not a mapping")
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=ROOT / SOURCES)
    parser.add_argument("--rules", type=Path, default=ROOT / RULES)
    parser.add_argument("--output", type=Path, default=ROOT / SPEC)
    parser.add_argument("--check", action="store_true", help="fail if --output is not up to date")
    args = parser.parse_args(argv)
    try:
        built = build_all(args.sources, args.rules)
    except SpecError as exc:
        print(f"spec merge failed: {exc}", file=sys.stderr)
        return 1
    outputs = {args.output: built.spec, names_file(args.rules): built.names}
    if args.check:
        stale = [str(p) for p, text in outputs.items() if (p.read_text(encoding="utf-8") if p.exists() else "") != text]
        if stale:
            print(f"{', '.join(stale)} stale: run `make spec generate`", file=sys.stderr)
            return 1
        return 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0
