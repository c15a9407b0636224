"""Import published OpenAPI material into ``openapi/sources/``, verbatim.

Accepts a documentation page holding one fenced ``yaml`` OpenAPI block (like the pages in
``../shared/seeds/``) or a plain ``.yaml``/``.json`` OpenAPI file, or a directory of them.
Each document must describe exactly one operation; it is written unchanged to
``openapi/sources/<operationId>.yaml`` (replacing that operation's previous source).
Nothing is written unless every input is valid.

Usage: python scripts/import_spec.py SRC [SRC ...] [--dest openapi/sources]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from spectools.document import operations
from spectools.errors import SourceImportError, SpecError
from spectools.layout import ROOT, SOURCES
from spectools.merge import build, load_sources, merge

# A fence of three or more backticks (the pages use four) opening a ``yaml`` block.
FENCE = re.compile(r"^(?P<fence>`{3,})yaml\b[^\n]*\n(?P<body>.*?)^(?P=fence)\s*$", re.S | re.M)
DEFAULT_DEST = ROOT / SOURCES


@dataclass(frozen=True)
class Source:
    """One published operation: its id and the document text exactly as published."""

    operation_id: str
    text: str
    origin: Path


def extract_text(path: Path) -> str:
    """Return the OpenAPI document text held by ``path`` (a page or a plain spec file)."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in {".yaml", ".yml", ".json"}:
        return raw
    blocks = [m.group("body") for m in FENCE.finditer(raw)]
    blocks = [b for b in blocks if re.search(r"^openapi:", b, re.M)]
    if not blocks:
        raise SourceImportError(f"{path}: no fenced yaml OpenAPI block found")
    if len(blocks) > 1:
        raise SourceImportError(f"{path}: {len(blocks)} OpenAPI blocks found, expected one")
    return blocks[0]


def parse_document(text: str, origin: Path) -> dict[str, Any]:
    """Parse and validate one OpenAPI document."""
    try:
        doc = json.loads(text) if origin.suffix.lower() == ".json" else yaml.safe_load(text)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise SourceImportError(f"{origin}: not valid YAML/JSON: {exc}") from None
    if not isinstance(doc, dict) or "openapi" not in doc:
        raise SourceImportError(f"{origin}: not an OpenAPI document")
    try:
        validate(doc)
    except OpenAPIValidationError as exc:
        raise SourceImportError(f"{origin}: invalid OpenAPI document: {exc.message}") from None
    return doc


def operation_ids(doc: dict[str, Any]) -> list[str]:
    """All operationIds of a document, in document order (``""`` for an operation without one)."""
    return [str(op.spec.get("operationId") or "") for op in operations(doc)]


def load_source(path: Path) -> Source:
    """Read one published page or file into a :class:`Source`."""
    text = extract_text(path)
    doc = parse_document(text, path)
    ids = operation_ids(doc)
    if len(ids) != 1 or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", ids[0]):
        raise SourceImportError(f"{path}: expected exactly one operation with an operationId, found {ids}")
    return Source(ids[0], text if text.endswith("\n") else text + "\n", path)


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


def import_sources(paths: list[Path], dest: Path = DEFAULT_DEST) -> list[Path]:
    """Validate every input first, then write each one; returns the written files."""
    sources = [load_source(p) for p in expand(paths)]
    seen: dict[str, Path] = {}
    for s in sources:
        if s.operation_id in seen:
            raise SourceImportError(f"operation {s.operation_id} is in both {seen[s.operation_id]} and {s.origin}")
        seen[s.operation_id] = s.origin
    trial_merge(sources, dest)
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for s in sources:
        target = dest / f"{s.operation_id}.yaml"
        target.write_text(s.text, encoding="utf-8")
        written.append(target)
    return written


def trial_merge(sources: list[Source], dest: Path) -> None:
    """Refuse sources that are valid alone but would break ``make spec`` (e.g. a clashing component)."""
    rules = dest.parent / "normalise.yaml"
    with tempfile.TemporaryDirectory() as tmp:
        trial = Path(tmp) / "sources"
        if dest.is_dir():
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
            raise SourceImportError(f"the sources would no longer merge: {exc}") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", nargs="+", type=Path)
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST)
    args = parser.parse_args(argv)
    try:
        written = import_sources(args.src, args.dest)
    except SourceImportError as exc:
        print(f"import failed, nothing written: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"imported {path}")
    print("next: make spec generate && make spec-report")
    return 0
