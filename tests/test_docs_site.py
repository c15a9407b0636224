"""The API reference of the docs site covers every public name, each with a docstring
(`scripts/docs_check.py`, the hook that makes `make docs` fail otherwise)."""

from __future__ import annotations

import re
from pathlib import Path

import docs_check

DOCS = Path(__file__).resolve().parent.parent / "docs"


def documented() -> set[str]:
    return set(re.findall(r"^::: ([\w.]+)", docs_check._reference_text(DOCS), re.M))


def test_every_public_name_is_in_the_reference_with_a_docstring() -> None:
    assert docs_check.api_problems(documented()) == []


def test_a_public_name_missing_from_the_reference_is_reported() -> None:
    problems = docs_check.api_problems(documented() - {"sequence_async.RetryBudget", "sequence_async.testing.Fault"})
    missing = "is public but on no page of docs/reference/"
    assert problems == [
        f"sequence_async.RetryBudget {missing} (add '::: sequence_async.RetryBudget')",
        f"sequence_async.testing.Fault {missing} (add '::: sequence_async.testing.Fault')",
    ]


def test_every_guide_page_is_in_the_navigation() -> None:
    nav = (DOCS.parent / "mkdocs.yml").read_text()
    for page in DOCS.rglob("*.md"):
        assert page.relative_to(DOCS).as_posix() in nav, page
