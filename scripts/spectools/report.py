"""Report what a spec update does to the SDK's users, in one Markdown page.

Compares the working tree with BASE (a git ref: default the newest ``v*`` tag, else ``HEAD``;
or a directory laid out like this repository, ``--base-dir``) on four levels:

- spec: the merged, normalised documents (both built from ``openapi/sources`` with the same
  ``merge.build``), each change marked breaking or not for a user of this SDK;
- Python: the public API of ``sequence_async`` and the generated ``sequence_api`` (griffe);
- coverage: every operation is called by a ``sequence_async`` method decorated with
  ``@operation("<operationId>")`` or listed in ``openapi/unexposed.yaml`` with a reason;
- version: the semver bump the changes call for, and a CHANGELOG entry draft.

Prints the report and writes it to ``build/spec-report.md``. Exit status: 0 nothing breaking
and every operation covered; 3 a breaking change or an uncovered operation; 1 an error.

Usage: python scripts/spec_report.py [--base REF | --base-dir DIR] [--root DIR] [--output FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

from spectools.change import Change
from spectools.compare import compare_documents
from spectools.coverage import Discovery, check_coverage, discover_exposed, load_unexposed
from spectools.document import Doc
from spectools.errors import ReportError
from spectools.git import default_base, export_tree
from spectools.layout import REPORT_FILE, ROOT, RULES, SOURCES, SPEC, UNEXPOSED
from spectools.merge import build, build_document
from spectools.python_api import compare_python
from spectools.report_page import EXIT_ERROR, Report, user_changes
from spectools.version import read_version, suggest_version

DETAILS_COMMAND = "make spec-report"


def compare_sources(old_sources: Path, old_rules: Path, new_sources: Path, new_rules: Path) -> list[Change]:
    """Spec-level changes between two source directories, each built with its rules."""
    return compare_documents(build_document(old_sources, old_rules), build_document(new_sources, new_rules))


def tree_document(root: Path, what: str) -> tuple[Doc, str | None, list[str]]:
    """The document of a tree, built from its sources and rules (also returned as text), else
    read from its committed spec; and notes for the report."""
    notes: list[str] = []
    if (root / SOURCES).is_dir() and (root / RULES).is_file():
        try:
            text = build(root / SOURCES, root / RULES)
            doc = yaml.safe_load(text)
            return doc, text, notes
        except Exception as exc:  # SpecError, YAMLError, a rule tripping on odd input
            if what != "BASE":
                raise ReportError(f"the {what} spec is invalid: {exc}") from None
            notes.append(f"BASE sources do not build with today's merge_spec ({exc}); used its `{SPEC}`.")
    if not (root / SPEC).is_file():
        raise ReportError(f"{what} has neither {SOURCES}/ + {RULES} nor {SPEC}")
    doc = yaml.safe_load((root / SPEC).read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        raise ReportError(f"{what}: {SPEC} is not an OpenAPI document")
    return doc, None, notes


def _stale_spec_note(work_root: Path, work_text: str | None) -> list[str]:
    committed = work_root / SPEC
    if work_text is None or not committed.is_file() or committed.read_text(encoding="utf-8") == work_text:
        return []
    return [
        f"`{SPEC}` is stale (it differs from a fresh build of `{SOURCES}`): run `make spec generate` "
        f"so the Python API section compares the code users will get."
    ]


def make_report(
    base_root: Path,
    work_root: Path,
    base_label: str,
    *,
    discovery: Discovery | None = None,
    python_level: bool = True,
) -> Report:
    """Compare two trees laid out like this repository (BASE and the working tree).

    ``discovery`` defaults to importing the working tree's ``sequence_async``; tests pass one.
    """
    base_doc, _, notes = tree_document(base_root, "BASE")
    work_doc, work_text, work_notes = tree_document(work_root, "working tree")
    notes += work_notes + _stale_spec_note(work_root, work_text)
    spec_changes = compare_documents(base_doc, work_doc)
    packages = compare_python(base_root, work_root) if python_level else []
    discovery = discovery if discovery is not None else discover_exposed(work_root)
    coverage = check_coverage(work_doc, discovery.exposed, load_unexposed(work_root / UNEXPOSED), discovery.files)
    coverage.warnings[:0] = discovery.warnings
    current = read_version(work_root / "pyproject.toml") or "0.0.0"
    base_version = read_version(base_root / "pyproject.toml") or current
    every_change = user_changes(spec_changes, packages) + [c for p in packages for c in p.changes]
    bump = suggest_version(base_version, every_change, current)
    return Report(base_label, spec_changes, packages, coverage, bump, notes)


def _report_against_base(args: argparse.Namespace, root: Path) -> Report:
    """The report of ``root`` against ``--base-dir``, else against ``--base`` exported from git."""
    with tempfile.TemporaryDirectory(prefix="spec-report-") as tmp:
        if args.base_dir is not None:
            if not args.base_dir.is_dir():
                raise ReportError(f"--base-dir {args.base_dir}: not a directory")
            base_root, label = args.base_dir.resolve(), f"`{args.base_dir}`"
        else:
            ref = args.base or default_base(root)
            base_root = Path(tmp) / "base"
            label = f"`{ref}` (`{export_tree(root, ref, base_root)}`)"
        return make_report(base_root, root, label)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--base", metavar="REF", help="git ref to compare with (default: newest v* tag, else HEAD)")
    where.add_argument("--base-dir", type=Path, metavar="DIR", help="compare with a directory laid out like the repo")
    parser.add_argument("--root", type=Path, default=ROOT, help="the working tree (default: this repository)")
    parser.add_argument("--output", type=Path, help=f"where to write the report (default: ROOT/{REPORT_FILE})")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    output: Path = args.output or root / REPORT_FILE
    try:
        report = _report_against_base(args, root)
    except ReportError as exc:
        print(f"spec-report: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    text = report.render()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    print(text, end="")
    if report.exit_status:
        print(
            f"spec-report: {report.summary()}. Run `{DETAILS_COMMAND}` for the details; "
            f"the full report is in {_shown(output)}.",
            file=sys.stderr,
        )
    return report.exit_status


def _shown(path: Path) -> str:
    """``path`` relative to the current directory when it is below it (as make users see it)."""
    resolved = path.resolve()
    return str(resolved.relative_to(Path.cwd())) if resolved.is_relative_to(Path.cwd()) else str(resolved)
