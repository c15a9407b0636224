"""Report what a spec update does to the SDK's users, in one Markdown page.

Compares the working tree with BASE (a git ref: default the newest ``v*`` tag, else ``HEAD``;
or a directory laid out like this repository, ``--base-dir``) on four levels:

- spec: the merged, normalised documents (both built from ``openapi/sources`` with the same
  ``merge_spec.build``), each change marked breaking or not for a user of this SDK;
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
import io
import json
import logging
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import griffe
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import GENERATED_PATHS as GENERATED_PATHS  # the one list of generated files
from merge_spec import SpecError, build
from spec_report_openapi import Change, Doc, Operation, compare_documents, operations

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = Path(__file__).resolve().parent
SOURCES = "openapi/sources"
RULES = "openapi/normalise.yaml"
UNEXPOSED = "openapi/unexposed.yaml"
SPEC = GENERATED_PATHS[0]  # the committed merged document
GENERATED_PACKAGE = Path(GENERATED_PATHS[1])  # generated/sequence_api: imported as sequence_api
SDK_PACKAGE = "sequence_async"
# What a BASE checkout needs: the spec inputs, every generated path, the SDK, the version.
BASE_PATHS = (SOURCES, RULES, *GENERATED_PATHS, SDK_PACKAGE, "pyproject.toml")
REPORT_FILE = "build/spec-report.md"
DETAILS_COMMAND = "make spec-report"
EXIT_OK, EXIT_ERROR, EXIT_FINDINGS = 0, 1, 3
SUBPROCESS_TIMEOUT = 60


class ReportError(Exception):
    """The report cannot be made (bad BASE, invalid spec, broken SDK); the message says why."""


# --------------------------------------------------------------------------- spec level


def build_document(sources: Path, rules: Path) -> Doc:
    """The merged, normalised document of ``sources`` + ``rules`` (as ``make spec`` builds it)."""
    doc = yaml.safe_load(build(sources, rules))
    if not isinstance(doc, dict):
        raise SpecError(f"{sources}: merged document is not a mapping")
    return doc


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


# --------------------------------------------------------------------------- git


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, check=False, timeout=SUBPROCESS_TIMEOUT
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ReportError(f"git {' '.join(args)}: {exc}") from None


def default_base(root: Path) -> str:
    """The newest tag matching ``v*`` (highest version), else ``HEAD``."""
    tags = _git(root, "tag", "--list", "v*", "--sort=-v:refname").stdout.decode().split()
    return tags[0] if tags else "HEAD"


def export_tree(root: Path, ref: str, dest: Path) -> str:
    """Write the files of ``ref`` that the report needs (:data:`BASE_PATHS`) to ``dest``.

    Returns the short commit id; raises :class:`ReportError` for an unknown ref.
    """
    commit = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if commit.returncode != 0:
        raise ReportError(f"BASE {ref!r} is not a commit of the git repository at {root}")
    sha = commit.stdout.decode().strip()
    present = [p for p in BASE_PATHS if _git(root, "ls-tree", "--name-only", sha, "--", p).stdout.strip()]
    dest.mkdir(parents=True, exist_ok=True)
    if present:
        archive = _git(root, "archive", "--format=tar", sha, "--", *present)
        if archive.returncode != 0:
            raise ReportError(f"git archive {ref}: {archive.stderr.decode().strip()}")
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(dest, filter="data")
    return sha[:10]


# --------------------------------------------------------------------------- Python level


@dataclass
class PackageReport:
    """The public-API comparison of one Python package."""

    name: str
    status: str  # "compared", or why it was not
    changes: list[Change] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


def _is_dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__")


Loaded = griffe.Object | griffe.Alias | None


def _load(name: str, search_path: Path, collection: griffe.ModulesCollection) -> Loaded | str:
    """Load ``name`` statically from ``search_path`` only (never from ``sys.path``).

    Returns the package, ``None`` when it is not there, or why it could not be analysed.
    """
    if not search_path.is_dir():
        return None
    try:
        return griffe.load(
            name,
            search_paths=[search_path],
            modules_collection=collection,
            allow_inspection=False,
            try_relative_path=False,
        )
    except ModuleNotFoundError:
        return None
    except Exception as exc:  # odd code must not hide the rest of the report
        return f"{type(exc).__name__}: {exc}"


def _public_api(obj: griffe.Object | griffe.Alias, prefix: str, seen: set[str]) -> dict[str, str]:
    """Public path → canonical path, for every public name reachable from ``obj`` (aliases followed)."""
    found: dict[str, str] = {}
    for name, member in obj.members.items():
        if _is_dunder(name) or not member.is_public:
            continue
        path = f"{prefix}.{name}"
        target: griffe.Object | griffe.Alias = member
        if isinstance(member, griffe.Alias):
            try:
                target = member.final_target
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                found[path] = member.target_path
                continue
        found[path] = target.path
        if (target.is_class or target.is_module) and target.path not in seen:
            seen.add(target.path)
            found.update(_public_api(target, path, seen))
    return found


def _public_path(canonical: str, apis: list[dict[str, str]]) -> str:
    """The shortest public path users reach ``canonical`` by (itself when none is known)."""
    best = canonical
    for api in apis:
        for public, target in api.items():
            if canonical == target or canonical.startswith(target + "."):
                candidate = public + canonical[len(target) :]
                if (candidate.count("."), len(candidate)) < (best.count("."), len(best)):
                    best = candidate
    return best


def _describe_breakage(breakage: griffe.Breakage, apis: list[dict[str, str]]) -> Change:
    path = _public_path(breakage.obj.path, apis)
    kind = breakage.kind
    if kind is griffe.BreakageKind.OBJECT_REMOVED:
        what = getattr(getattr(breakage.old_value, "kind", None), "value", "name")
        return Change("Removed", f"{what} `{path}` (or renamed)", True)
    detail = ""
    if kind.name.startswith("PARAMETER_"):
        param = breakage.new_value if breakage.new_value is not None else breakage.old_value
        detail = f" `{getattr(param, 'name', param)}`"
    elif breakage.old_value is not None or breakage.new_value is not None:
        detail = f": `{breakage.old_value}` → `{breakage.new_value}`"
    return Change("Changed", f"`{path}`: {kind.value.lower()}{detail}", True)


def compare_package(name: str, old: Loaded | str, new: Loaded | str) -> PackageReport:
    """Compare the public API of package ``name`` as loaded at BASE (``old``) and now (``new``)."""
    if isinstance(old, str) or isinstance(new, str):
        return PackageReport(name, f"could not be analysed: {old if isinstance(old, str) else new}")
    if old is None and new is None:
        return PackageReport(name, "not present at BASE nor in the working tree")
    if old is None:
        return PackageReport(name, "not present at BASE: the whole package is new", added=[name])
    if new is None:
        return PackageReport(name, "not present in the working tree", [Change("Removed", f"package `{name}`", True)])
    try:
        old_api, new_api = _public_api(old, name, set()), _public_api(new, name, set())
        changes: list[Change] = []
        for breakage in griffe.find_breaking_changes(old, new):
            change = _describe_breakage(breakage, [old_api, new_api])
            if not _is_dunder(breakage.obj.name) and change not in changes:
                changes.append(change)
    except Exception as exc:
        return PackageReport(name, f"could not be analysed: {type(exc).__name__}: {exc}")
    new_names = set(new_api) - set(old_api)
    added = sorted(p for p in new_names if p.rpartition(".")[0] not in new_names)  # outermost only
    return PackageReport(name, "compared", changes, added)


def compare_python(base_root: Path, work_root: Path) -> list[PackageReport]:
    """The SDK package and the generated package, BASE against the working tree (griffe)."""
    generated_dir, generated = GENERATED_PACKAGE.parent, GENERATED_PACKAGE.name
    packages = ((generated, generated_dir), (SDK_PACKAGE, Path()))  # generated first: SDK aliases point there
    griffe_logger = logging.getLogger("griffe")
    level = griffe_logger.level
    griffe_logger.setLevel(logging.CRITICAL)
    try:
        sides = []
        for root in (base_root, work_root):
            collection = griffe.ModulesCollection()  # one per side, so aliases across packages resolve
            sides.append({name: _load(name, root / where, collection) for name, where in packages})
        return [compare_package(name, sides[0][name], sides[1][name]) for name in (SDK_PACKAGE, generated)]
    finally:
        griffe_logger.setLevel(level)


# --------------------------------------------------------------------------- coverage


@dataclass
class Coverage:
    """Which operations the SDK exposes, which are knowingly not exposed, and which are missed."""

    exposed: dict[str, str]  # operationId → "Class.method" (operations of the spec only)
    unexposed: dict[str, str]  # operationId → reason
    uncovered: list[Operation]
    hints: dict[str, str]  # operationId → where to add it
    warnings: list[str]
    operations: list[Operation]


@dataclass
class Discovery:
    """What the working tree's ``sequence_async`` exposes (see ``spec_report_discover.py``)."""

    exposed: dict[str, str]
    files: dict[str, str]  # operationId → file of the method, relative to the root
    warnings: list[str]


def load_unexposed(path: Path) -> dict[str, str]:
    """The operationId → reason mapping of ``openapi/unexposed.yaml`` (empty when absent)."""
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ReportError(f"{UNEXPOSED}: not valid YAML: {exc}") from None
    data = {} if data is None else data
    if not isinstance(data, dict):
        raise ReportError(f"{UNEXPOSED}: expected a mapping of operationId to reason")
    bad = [str(k) for k, v in data.items() if not isinstance(v, str) or not v.strip()]
    if bad:
        raise ReportError(f"{UNEXPOSED}: give a reason (a non-empty string) for {', '.join(bad)}")
    return {str(k): str(v).strip() for k, v in data.items()}


def discover_exposed(root: Path, python: Path | None = None) -> Discovery:
    """Import the working tree's ``sequence_async`` in a subprocess and find decorated methods.

    Uses ``root/.venv/bin/python`` when present (else this interpreter), with only ``root`` and
    its generated package on ``PYTHONPATH`` ahead of the installed packages.
    """
    if not (root / SDK_PACKAGE / "__init__.py").is_file():
        return Discovery({}, {}, [f"`{SDK_PACKAGE}` is not in the working tree: no operation is exposed."])
    venv_python = root / ".venv" / "bin" / "python"
    interpreter = python or (venv_python if venv_python.is_file() else Path(sys.executable))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = os.pathsep.join([str(root), str(root / GENERATED_PACKAGE.parent)])
    try:
        result = subprocess.run(
            [str(interpreter), str(SCRIPTS / "spec_report_discover.py"), "--package", SDK_PACKAGE],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=SUBPROCESS_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ReportError(f"importing {SDK_PACKAGE} failed: {exc}") from None
    if result.returncode != 0:
        raise ReportError(f"importing {SDK_PACKAGE} failed: {result.stderr.strip()[-2000:]}")
    data = json.loads(result.stdout)
    package_file = Path(data["package_file"]).resolve()
    if not package_file.is_relative_to(root.resolve()):
        raise ReportError(f"{SDK_PACKAGE} was imported from {package_file}, not from {root}")
    exposed, files = {}, {}
    for op_id, entries in data["operations"].items():
        exposed[op_id] = ", ".join(e["method"] for e in entries)
        source = Path(entries[0]["file"]).resolve()
        files[op_id] = str(source.relative_to(root.resolve())) if source.is_relative_to(root.resolve()) else ""
    warnings = [f"could not import `{error}`" for error in data["errors"]]
    return Discovery(exposed, files, warnings)


def check_coverage(
    doc: Doc,
    exposed: Mapping[str, str],
    unexposed: Mapping[str, str],
    files: Mapping[str, str] | None = None,
) -> Coverage:
    """Every operation of ``doc`` must be exposed (``exposed``: operationId → "Class.method")
    or listed in ``unexposed`` (operationId → reason); ``files`` (operationId → source file of
    the exposing method) only sharpens the hint for where to add a missing one."""
    ops = sorted(operations(doc).values(), key=lambda o: (o.path, o.method))
    ids = {op.operation_id for op in ops}
    files = files or {}
    uncovered = [op for op in ops if op.operation_id not in exposed and op.operation_id not in unexposed]
    hints = {}
    for op in uncovered:
        tags = set(op.spec.get("tags") or [])
        # Suggest the file that already exposes operations sharing a tag with this one.
        near = sorted(files.get(o.operation_id, "") for o in ops if tags & set(o.spec.get("tags") or []))
        near = [f for f in near if f]
        module = near[0] if near else f"{SDK_PACKAGE}/..."
        hints[op.operation_id] = (
            f'decorate the resource method in {module} with @operation("{op.operation_id}") '
            f"or list it in {UNEXPOSED} with a reason"
        )
    warnings = [
        f"`{op_id}` is listed in {UNEXPOSED} but is not an operation of the spec: remove it"
        for op_id in sorted(set(unexposed) - ids)
    ]
    warnings += [
        f"`{op_id}` is exposed by `{exposed[op_id]}` and listed in {UNEXPOSED}: remove it from {UNEXPOSED}"
        for op_id in sorted(set(unexposed) & set(exposed) & ids)
    ]
    warnings += [
        f'`{exposed[op_id]}` is marked with `@operation("{op_id}")`, which is not an operation of the spec'
        for op_id in sorted(set(exposed) - ids)
    ]
    return Coverage(
        exposed={k: v for k, v in exposed.items() if k in ids},
        unexposed={k: v for k, v in unexposed.items() if k in ids and k not in exposed},
        uncovered=uncovered,
        hints=hints,
        warnings=warnings,
        operations=ops,
    )


# --------------------------------------------------------------------------- version


@dataclass(frozen=True)
class Bump:
    """The version the changes call for."""

    base: str
    current: str
    level: str  # major, minor, patch
    suggested: str
    reason: str


def read_version(pyproject: Path) -> str | None:
    """``[project] version`` of a ``pyproject.toml`` (``None`` when absent)."""
    if not pyproject.is_file():
        return None
    version = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {}).get("version")
    return str(version) if version else None


def _parse(version: str) -> tuple[int, int, int]:
    match = re.match(r"(\d+)\.(\d+)\.(\d+)", version)
    if not match:
        raise ReportError(f"pyproject.toml version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def suggest_version(base: str, changes: list[Change], current: str | None = None) -> Bump:
    """Breaking → major (minor while 0.x); something added → minor; otherwise → patch."""
    major, minor, patch = _parse(base)
    if any(c.breaking for c in changes):
        if major == 0:
            level, version, reason = "minor", (0, minor + 1, 0), "breaking changes, and the version is 0.x"
        else:
            level, version, reason = "major", (major + 1, 0, 0), "breaking changes"
    elif any(c.section == "Added" for c in changes):
        level, version, reason = "minor", (major, minor + 1, 0), "additions only, nothing breaking"
    else:
        level, version = "patch", (major, minor, patch + 1)
        reason = "nothing added or breaking" if changes else "no user-visible change"
    return Bump(base, current or base, level, ".".join(map(str, version)), reason)


def changelog_entry(bump: Bump, changes: list[Change]) -> str:
    """A Keep a Changelog entry for ``changes`` (breaking ones flagged and listed first)."""
    lines = [f"## [{bump.suggested}] - Unreleased"]
    for section in ("Added", "Changed", "Removed"):
        items = sorted((c for c in changes if c.section == section), key=lambda c: not c.breaking)
        if items:
            lines += ["", f"### {section}", "", *(c.line(verb=False) for c in items)]
    if not changes:
        lines += ["", "### Changed", "", "- No user-visible change to the API."]
    return "\n".join(lines)


# --------------------------------------------------------------------------- report


@dataclass
class Report:
    """Everything the page says; :meth:`render` writes it, :attr:`exit_status` judges it."""

    base_label: str
    spec_changes: list[Change]
    packages: list[PackageReport]
    coverage: Coverage
    bump: Bump
    notes: list[str] = field(default_factory=list)

    @property
    def python_changes(self) -> list[Change]:
        return [c for p in self.packages for c in p.changes]

    @property
    def changes(self) -> list[Change]:
        return user_changes(self.spec_changes, self.packages)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.spec_changes + self.python_changes if c.breaking]

    @property
    def exit_status(self) -> int:
        return EXIT_FINDINGS if self.breaking or self.coverage.uncovered else EXIT_OK

    def summary(self) -> str:
        spec = sum(c.breaking for c in self.spec_changes)
        python = sum(c.breaking for c in self.python_changes)
        return (
            f"{_plural(spec, 'breaking spec change')}, {_plural(python, 'breaking Python API change')}, "
            f"{_plural(len(self.coverage.uncovered), 'uncovered operation')}"
        )

    def render(self) -> str:
        """The report as Markdown."""
        verdict = "fails (exit 3)" if self.exit_status else "passes"
        out = [
            "# Spec report",
            "",
            f"Working tree compared with **{self.base_label}**.",
            "",
            f"**Result: {self.summary()}: {verdict}.** Suggested version: {self.bump.base} → "
            f"**{self.bump.suggested}** ({self.bump.level}: {self.bump.reason}).",
        ]
        for note in self.notes:
            out += ["", f"> **Note:** {note}"]
        out += ["", "## Spec changes", ""]
        out += _change_lists(self.spec_changes, "No change to the merged, normalised spec.")
        out += ["", "## Python API changes"]
        if not self.packages:
            out += ["", "Not compared."]
        for package in self.packages:
            out += ["", f"### `{package.name}`", ""]
            if package.status != "compared":
                out.append(f"{package.status[0].upper()}{package.status[1:]}.")
                out += [c.line() for c in package.changes]
                continue
            out += _change_lists(package.changes, "No breaking change.")
            if package.added:
                shown = package.added[:15]
                more = f" and {len(package.added) - len(shown)} more" if len(package.added) > len(shown) else ""
                out += ["", f"New public names: {', '.join(f'`{n}`' for n in shown)}{more}."]
        out += ["", "## Coverage", "", self._coverage_line(), ""]
        out += ["| operation | method and path | exposed by |", "|---|---|---|"]
        for op in self.coverage.operations:
            out.append(f"| `{op.operation_id}` | {op.label} | {self._exposed_by(op.operation_id)} |")
        if self.coverage.uncovered:
            out += ["", "Uncovered operations:", ""]
            for op in self.coverage.uncovered:
                out.append(f"- `{op.operation_id}` ({op.label}): {self.coverage.hints[op.operation_id]}")
        if self.coverage.warnings:
            out += ["", "Warnings:", "", *(f"- {w}" for w in self.coverage.warnings)]
        out += ["", "## Version", ""]
        out.append(
            f"`pyproject.toml` says {self.bump.current}; BASE was {self.bump.base}. "
            f"These changes call for a **{self.bump.level}** bump: **{self.bump.suggested}**."
        )
        if self.bump.current != self.bump.base and _parse(self.bump.current) < _parse(self.bump.suggested):
            out += ["", f"{self.bump.current} is not enough: set it to {self.bump.suggested}."]
        out += ["", "### CHANGELOG entry (draft)", "", "```markdown", changelog_entry(self.bump, self.changes), "```"]
        return "\n".join(out).rstrip() + "\n"

    def _coverage_line(self) -> str:
        c = self.coverage
        return (
            f"{_plural(len(c.operations), 'operation')}: {len(c.exposed)} exposed by `{SDK_PACKAGE}`, "
            f"{len(c.unexposed)} listed in `{UNEXPOSED}`, **{len(c.uncovered)} uncovered**."
        )

    def _exposed_by(self, op_id: str) -> str:
        if op_id in self.coverage.exposed:
            return f"`{self.coverage.exposed[op_id]}`"
        if op_id in self.coverage.unexposed:
            return "not exposed: " + self.coverage.unexposed[op_id].replace("|", "\\|")
        return "**uncovered**"


def user_changes(spec_changes: list[Change], packages: list[PackageReport]) -> list[Change]:
    """What the changelog tells users: the spec changes, then the SDK's API changes and new names.

    The generated package's breakages mirror the spec changes, so they are listed only when the
    spec did not change (a generator upgrade, say); they always count for the verdict.
    """
    python = [c for p in packages if p.name == SDK_PACKAGE for c in p.changes]
    python += [Change("Added", f"`{n}`", False) for p in packages if p.name == SDK_PACKAGE for n in p.added]
    if not spec_changes:
        python += [c for p in packages if p.name != SDK_PACKAGE for c in p.changes]
    return spec_changes + python


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _change_lists(changes: list[Change], empty: str) -> list[str]:
    """Breaking changes first, then the others, one list item each."""
    if not changes:
        return [empty]
    return [c.line() for c in sorted(changes, key=lambda c: not c.breaking)]


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
    notes += work_notes
    committed = work_root / SPEC
    if work_text is not None and committed.is_file() and committed.read_text(encoding="utf-8") != work_text:
        notes.append(
            f"`{SPEC}` is stale (it differs from a fresh build of `{SOURCES}`): run `make spec generate` "
            f"so the Python API section compares the code users will get."
        )
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
        with tempfile.TemporaryDirectory(prefix="spec-report-") as tmp:
            if args.base_dir is not None:
                if not args.base_dir.is_dir():
                    raise ReportError(f"--base-dir {args.base_dir}: not a directory")
                base_root, label = args.base_dir.resolve(), f"`{args.base_dir}`"
            else:
                ref = args.base or default_base(root)
                base_root = Path(tmp) / "base"
                label = f"`{ref}` (`{export_tree(root, ref, base_root)}`)"
            report = make_report(base_root, root, label)
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


if __name__ == "__main__":
    sys.exit(main())
