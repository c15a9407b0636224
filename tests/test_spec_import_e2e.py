"""End to end: a changed page is published → import → merge → generate → spec report.

Runs on a throwaway git copy of the repository (openapi/, scripts/, generated/, sequence_async/,
pyproject.toml) so the real checkout is never touched, and drives every step through the same
scripts the Makefile calls.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from spectools.official import body, dump

from tests._upstream import SEEDS, small_project, whole

ROOT = Path(__file__).resolve().parent.parent

PARTS = ("openapi", "scripts", "generated", "sequence_async", "pyproject.toml")
CONTACTS = "getCustomersByCustomerContacts"

# Never let an outer git (a hook, a worktree) redirect the throwaway repository's commands.
ENV = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}


def run(root: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run a repository script of ``root`` with this interpreter."""
    return subprocess.run(
        [sys.executable, *args], cwd=root, env=ENV, capture_output=True, text=True, check=False, timeout=timeout
    )


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=e2e", "-c", "user.email=e2e@example.com", "-c", "commit.gpgsign=false", *args],
        cwd=root,
        env=ENV,
        check=True,
        capture_output=True,
        timeout=30,
    )


def changed_contacts_source(root: Path) -> str:
    """The contacts operation as newly published: a new optional `email` filter (not breaking), and
    the contact's `email` field dropped from the response (breaking)."""
    doc = yaml.safe_load(body((root / "openapi" / "sources" / f"{CONTACTS}.yaml").read_text()))
    operation = doc["paths"]["/customers/{customer}/contacts"]["get"]
    email_filter = {"name": "email", "in": "query", "description": "Filter contacts by email address"}
    operation["parameters"].append({**email_filter, "required": False, "schema": {"type": "string"}})
    contact = doc["components"]["schemas"]["Contact"]
    del contact["properties"]["email"]
    contact["required"].remove("email")
    return dump(doc)


def page(source: str) -> str:
    """A documentation page holding ``source`` in a fenced yaml block, like the seed pages."""
    return (
        "# List all contacts for a customer\n\n> List all contacts for a customer\n\n## OpenAPI\n\n"
        f"````yaml customer.2024-07-30.product.live GET /customers/{{customer}}/contacts\n{source}````\n"
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A committed copy of the project whose sources are the seed operations and two that share
    their `Contact` (the whole schema's 173 would only make every step slower)."""
    return small_project(tmp_path / "repo", whole((*SEEDS, "postCustomersByCustomerContacts", "getCustomersById")))


@pytest.mark.slow
def test_changed_page_is_imported_regenerated_and_reported(repo: Path, tmp_path: Path) -> None:
    sources = repo / "openapi" / "sources"
    before = {p.name: p.read_text() for p in sources.iterdir()}

    # A page without an OpenAPI block is refused, and nothing is written.
    junk = tmp_path / "junk.md"
    junk.write_text("# Contacts\n\nNothing to see.\n")
    refused = run(repo, "scripts/import_spec.py", str(junk))
    assert refused.returncode == 1
    assert "no fenced yaml OpenAPI block" in refused.stderr
    assert {p.name: p.read_text() for p in sources.iterdir()} == before

    # The new page replaces the operation's source, verbatim.
    new_source = changed_contacts_source(repo)
    contacts_page = tmp_path / "contacts.md"
    contacts_page.write_text(page(new_source))
    imported = run(repo, "scripts/import_spec.py", str(contacts_page))
    assert imported.returncode == 0, imported.stderr
    assert sorted(p.name for p in sources.iterdir()) == sorted(before)
    assert (sources / f"{CONTACTS}.yaml").read_text() == new_source

    merged = run(repo, "scripts/merge_spec.py")
    assert merged.returncode == 0, merged.stderr
    generated = run(repo, "scripts/generate.py", "generate", "--root", str(repo), timeout=120)
    assert generated.returncode == 0, generated.stderr

    result = run(repo, "scripts/spec_report.py", "--base", "HEAD", timeout=120)
    assert result.returncode == 3, result.stdout + result.stderr
    report = result.stdout
    assert report == (repo / "build" / "spec-report.md").read_text()
    assert "Working tree compared with **`HEAD` (`" in report
    # One operation imported alone changes a schema other operations share: the others keep
    # `Contact`, this one gets a model of its own, and the report says its items changed type.
    assert "**Result: 1 breaking spec change, 1 breaking Python API change," in report
    assert "Warnings:" not in report
    assert "- **BREAKING** `ContactList.items[]` type changed: `Contact` → `Contact2`" in report
    assert "- Added model `Contact2`" in report
    # The Python level sees the same change as the annotation of the generated model's field.
    assert (
        "- **BREAKING** Model field types changed: 1 field "
        "(e.g. `sequence_api.models.ContactList.items`: `list[Contact]` → `list[Contact2]`)"
    ) in report
    assert "- Added optional query parameter `email` (string) of `getCustomersByCustomerContacts`" in report
    # The generated model lost the attribute; the generated functions only gained a keyword.
    assert "New public names: `sequence_api.models.Contact2`" in report
    assert "parameter was added" not in report
    assert "is stale" not in report
    assert "Suggested version: 0.1.0 → **0.2.0**" in report
    assert "- **BREAKING** `ContactList.items[]` type changed" in report.split("CHANGELOG entry")[1]
    assert result.stderr.strip().endswith(
        "Run `make spec-report` for the details; the full report is in build/spec-report.md."
    )

    # Forgetting `make spec generate` is flagged rather than silently compared.
    (repo / "openapi" / "sequence.yaml").write_text((repo / "openapi" / "sequence.yaml").read_text() + "# edit\n")
    stale = run(repo, "scripts/spec_report.py", "--base", "HEAD", timeout=120)
    assert "`openapi/sequence.yaml` is stale" in stale.stdout
