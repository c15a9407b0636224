"""The spec report's content (:class:`Report`) and its Markdown page.

Four sections: the spec changes, the Python API changes, the operation coverage, and the
version bump with a CHANGELOG entry draft. :attr:`Report.exit_status` is the verdict: 3 for a
breaking change or an uncovered operation, else 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spectools.change import Change
from spectools.changelog import changelog_entry
from spectools.coverage import Coverage
from spectools.layout import SDK_PACKAGE, UNEXPOSED
from spectools.python_api import PackageReport
from spectools.version import Bump, parse_version

EXIT_OK, EXIT_ERROR, EXIT_FINDINGS = 0, 1, 3
NEW_NAMES_SHOWN = 15


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
        out = self._head()
        out += ["", "## Spec changes", ""]
        out += _change_lists(self.spec_changes, "No change to the merged, normalised spec.")
        out += ["", "## Python API changes"]
        if not self.packages:
            out += ["", "Not compared."]
        for package in self.packages:
            out += _package_section(package)
        out += self._coverage_section()
        out += self._version_section()
        return "\n".join(out).rstrip() + "\n"

    def _head(self) -> list[str]:
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
        return out

    def _coverage_section(self) -> list[str]:
        c = self.coverage
        out = ["", "## Coverage", "", self._coverage_line(), ""]
        out += ["| operation | method and path | exposed by |", "|---|---|---|"]
        out += [f"| `{op.operation_id}` | {op.label} | {self._exposed_by(op.operation_id)} |" for op in c.operations]
        if c.uncovered:
            out += ["", "Uncovered operations:", ""]
            out += [f"- `{op.operation_id}` ({op.label}): {c.hints[op.operation_id]}" for op in c.uncovered]
        if c.warnings:
            out += ["", "Warnings:", "", *(f"- {w}" for w in c.warnings)]
        return out

    def _version_section(self) -> list[str]:
        bump = self.bump
        out = ["", "## Version", ""]
        out.append(
            f"`pyproject.toml` says {bump.current}; BASE was {bump.base}. "
            f"These changes call for a **{bump.level}** bump: **{bump.suggested}**."
        )
        if bump.current != bump.base and parse_version(bump.current) < parse_version(bump.suggested):
            out += ["", f"{bump.current} is not enough: set it to {bump.suggested}."]
        out += ["", "### CHANGELOG entry (draft)", "", "```markdown", changelog_entry(bump, self.changes), "```"]
        return out

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


def _package_section(package: PackageReport) -> list[str]:
    out = ["", f"### `{package.name}`", ""]
    if package.status != "compared":
        out.append(f"{package.status[0].upper()}{package.status[1:]}.")
        return out + [c.line() for c in package.changes]
    out += _change_lists(package.changes, "No breaking change.")
    if package.added:
        shown = package.added[:NEW_NAMES_SHOWN]
        more = f" and {len(package.added) - len(shown)} more" if len(package.added) > len(shown) else ""
        out += ["", f"New public names: {', '.join(f'`{n}`' for n in shown)}{more}."]
    return out


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
