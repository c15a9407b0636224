"""``CHANGELOG.md`` (Keep a Changelog): draft the entry for a set of changes, merge it into the file."""

from __future__ import annotations

import re

from spectools.change import Change
from spectools.version import Bump


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


def _categories(entry: str) -> dict[str, list[str]]:
    """The ``### Category`` lists of a changelog entry: category -> its lines."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in entry.splitlines():
        if line.startswith("### "):
            current = found.setdefault(line[4:].strip(), [])
        elif current is not None and line.strip():
            current.append(line)
    return found


def _add_items(body: str, category: str, items: list[str]) -> str:
    """``body`` (an entry's text) with ``items`` appended to its ``### category`` list (added when missing)."""
    heading = re.search(rf"^### {re.escape(category)}\s*$", body, re.M)
    if heading is None:
        return body + f"\n\n### {category}\n\n" + "\n".join(items)
    following = re.search(r"^### ", body[heading.end() :], re.M)
    cut = heading.end() + following.start() if following else len(body)
    return body[:cut].rstrip("\n") + "\n" + "\n".join(items) + ("\n\n" + body[cut:] if following else "")


def insert_changelog(changelog: str, entry: str) -> str:
    """``changelog`` with the draft ``entry``: merged into an unreleased first section (its items
    appended to the same ``### Category``), else inserted above the first release."""
    headings = list(re.finditer(r"^## .*$", changelog, re.M))
    if not headings or "unreleased" not in headings[0].group().lower():
        at = headings[0].start() if headings else len(changelog)
        head = changelog[:at].rstrip("\n") + "\n\n" if changelog[:at].strip() else ""
        return head + entry.rstrip("\n") + "\n\n" + changelog[at:]
    start = headings[0].end()
    end = headings[1].start() if len(headings) > 1 else len(changelog)
    body = changelog[start:end].rstrip("\n")
    for category, items in _categories(entry).items():
        body = _add_items(body, category, items)
    rest = changelog[end:].lstrip("\n")
    return changelog[:start] + body + ("\n\n" + rest if rest else "\n")
