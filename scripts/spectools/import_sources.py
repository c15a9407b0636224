"""Import OpenAPI material into ``openapi/sources/``: one operation per source, verbatim.

Accepts Sequence's official schema file (``2024-07-30.product.json``, or any document with
several operations), split into one source per operation (:mod:`spectools.official`: the
operation and every component it references, with the file's sha256 as provenance); or a
documentation page holding one fenced ``yaml`` OpenAPI block (like the seed pages in
``openapi/published/``), or a one-operation ``.yaml``/``.json`` file, written unchanged; or a
directory of these. A whole schema replaces every source (it is the upstream of them all).
Every input is untrusted (:mod:`spectools.untrusted`): bounded, local ``$ref``s only, names that
cannot collide. Nothing is written unless every input is valid and the result merges.

Usage: python scripts/import_spec.py SRC [SRC ...] [--dest openapi/sources] [--commit SHA]
"""

from __future__ import annotations

import argparse
import copy
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from spectools.document import operations
from spectools.errors import SourceImportError, SpecError, UntrustedError
from spectools.layout import ROOT, SOURCES
from spectools.merge import build, load_sources, merge
from spectools.official import Revision, split
from spectools.untrusted import (
    MAX_SCHEMA_BYTES,
    check_names,
    check_refs,
    extract_fenced_yaml,
    one_line,
    parse_untrusted,
)

DEFAULT_DEST = ROOT / SOURCES


@dataclass(frozen=True)
class Source:
    """One published operation: its id and the document text exactly as published."""

    operation_id: str
    text: str
    origin: Path
    whole: bool = False  # sliced from a whole schema (which replaces every source)


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_SCHEMA_BYTES + 1)
    except OSError as exc:
        raise SourceImportError(one_line(f"{path}: cannot be read: {exc.strerror or exc}")) from None
    if len(data) > MAX_SCHEMA_BYTES:
        raise SourceImportError(f"{one_line(str(path))}: larger than {MAX_SCHEMA_BYTES:,} bytes")
    return data


def extract_text(path: Path) -> str:
    """Return the OpenAPI document text held by ``path`` (a page or a plain spec file)."""
    try:
        raw = _read(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceImportError(one_line(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})")) from None
    if path.suffix.lower() in {".yaml", ".yml", ".json"}:
        return raw
    blocks = [b for b in extract_fenced_yaml(raw) if re.search(r"^openapi:", b, re.M)]
    if not blocks:
        raise SourceImportError(f"{path}: no fenced yaml OpenAPI block found")
    if len(blocks) > 1:
        raise SourceImportError(f"{path}: {len(blocks)} OpenAPI blocks found, expected one")
    return blocks[0]


def parse_untrusted_document(text: str, origin: Path) -> dict[str, Any]:
    """Parse one OpenAPI document as untrusted input: bounded, local ``$ref``s, no colliding names."""
    fmt: Literal["json", "yaml"] = "json" if origin.suffix.lower() == ".json" else "yaml"
    try:
        doc = parse_untrusted(text, fmt=fmt, what=str(origin))
        check_refs(doc, str(origin))
        check_names(doc, str(origin))
    except UntrustedError as exc:
        raise SourceImportError(str(exc)) from None
    if "openapi" not in doc:
        raise SourceImportError(one_line(f"{origin}: not an OpenAPI document"))
    return doc


def parse_document(text: str, origin: Path) -> dict[str, Any]:
    """Parse and validate one OpenAPI document (the validator runs only on checked input)."""
    doc = parse_untrusted_document(text, origin)
    try:
        validate(copy.deepcopy(doc))
    except OpenAPIValidationError as exc:
        raise SourceImportError(one_line(f"{origin}: invalid OpenAPI document: {exc.message}")) from None
    return doc


def operation_ids(doc: dict[str, Any]) -> list[str]:
    """All operationIds of a document, in document order (``""`` for an operation without one)."""
    return [str(op.spec.get("operationId") or "") for op in operations(doc)]


def load_source(path: Path) -> Source:
    """Read one published page or one-operation file into a :class:`Source`."""
    sources = load_sources_from(path)
    if len(sources) != 1:
        raise SourceImportError(one_line(f"{path}: expected exactly one operation, found {len(sources)}"))
    return sources[0]


def load_sources_from(path: Path, commit: str | None = None) -> list[Source]:
    """The sources one file holds: a whole schema split per operation, else the one operation."""
    text = extract_text(path)
    doc = parse_untrusted_document(text, path)
    ids = operation_ids(doc)
    if len(ids) > 1:
        revision = Revision.of(text.encode("utf-8"), commit, origin=path.name)
        try:
            split_sources = split(doc, revision)
        except SpecError as exc:
            raise SourceImportError(one_line(f"{path}: {exc}")) from None
        return [Source(op_id, body, path, whole=True) for op_id, body in split_sources.items()]
    parse_document(text, path)
    if len(ids) != 1 or not ids[0]:
        raise SourceImportError(one_line(f"{path}: expected an operation with an operationId, found {ids}"))
    return [Source(ids[0], text if text.endswith("\n") else text + "\n", path)]


def expand(paths: list[Path]) -> list[Path]:
    """Files named directly, plus the files of named directories (sorted, README skipped)."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files += sorted(f for f in p.iterdir() if f.is_file() and f.name.lower() != "readme.md")
        elif p.is_file():
            files.append(p)
        else:
            raise SourceImportError(f"{p}: no such file or directory")
    return files


def import_sources(paths: list[Path], dest: Path = DEFAULT_DEST, commit: str | None = None) -> list[Path]:
    """Validate every input first, then write each one; returns the written files."""
    sources = [s for p in expand(paths) for s in load_sources_from(p, commit)]
    seen: dict[str, Path] = {}
    for s in sources:
        if s.operation_id in seen:
            raise SourceImportError(f"operation {s.operation_id} is in both {seen[s.operation_id]} and {s.origin}")
        seen[s.operation_id] = s.origin
    whole = any(s.whole for s in sources)
    trial_merge(sources, dest, replace=whole)
    dest.mkdir(parents=True, exist_ok=True)
    if whole:
        for old in dest.glob("*.yaml"):
            if old.stem not in seen:
                old.unlink()
    written = []
    for s in sources:
        target = dest / f"{s.operation_id}.yaml"
        target.write_text(s.text, encoding="utf-8")
        written.append(target)
    return written


def trial_merge(sources: list[Source], dest: Path, replace: bool = False) -> None:
    """Refuse sources that are valid alone but would break ``make spec`` (e.g. a clashing component)."""
    rules = dest.parent / "normalise.yaml"
    with tempfile.TemporaryDirectory() as tmp:
        trial = Path(tmp) / "sources"
        if dest.is_dir() and not replace:
            shutil.copytree(dest, trial)
        trial.mkdir(exist_ok=True)
        for source in sources:
            (trial / f"{source.operation_id}.yaml").write_text(source.text, encoding="utf-8")
        try:
            if rules.is_file():
                build(trial, rules)
            else:  # an import into a directory without rules: the merge alone
                merge(load_sources(trial))
        except SpecError as exc:
            raise SourceImportError(one_line(f"the sources would no longer merge: {exc}", 600)) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", nargs="+", type=Path)
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST)
    parser.add_argument("--commit", help="the upstream commit a whole schema file comes from (provenance)")
    args = parser.parse_args(argv)
    try:
        written = import_sources(args.src, args.dest, args.commit)
    except SourceImportError as exc:
        print(f"import failed, nothing written: {one_line(str(exc), 600)}", file=sys.stderr)
        return 1
    for path in written:
        print(f"imported {path}")
    print("next: make spec generate && make spec-report")
    return 0
