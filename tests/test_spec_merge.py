"""The spec pipeline: merge, clash detection, determinism, normalisation, import."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from spectools import import_sources, merge
from spectools.document import operations
from spectools.errors import SourceImportError, SpecError
from spectools.normalise import normalise

from tests._upstream import SEEDS, small_project, whole

ROOT = Path(__file__).resolve().parent.parent

SOURCES = ROOT / "openapi" / "sources"
RULES = ROOT / "openapi" / "normalise.yaml"


def _copy_sources(tmp_path: Path) -> Path:
    target = tmp_path / "sources"
    shutil.copytree(SOURCES, target)
    return target


@functools.cache
def _merged_text() -> str:
    return merge.build(SOURCES, RULES)  # the whole schema: built once for the tests that read it


def _merged() -> dict[str, Any]:
    doc = yaml.load(_merged_text(), Loader=merge.FAST_LOADER)
    assert isinstance(doc, dict)
    return doc


def test_committed_spec_is_the_build_output() -> None:
    assert (ROOT / "openapi" / "sequence.yaml").read_text() == _merged_text()


def test_output_is_independent_of_file_order(tmp_path: Path) -> None:
    sources = _copy_sources(tmp_path)
    # Renaming changes the order files are found in; content is what counts.
    for i, path in enumerate(sorted(sources.glob("*.yaml"), reverse=True)):
        path.rename(sources / f"{i:02d}_{path.name}")
    assert merge.build(sources, RULES) == _merged_text()


def test_identical_components_collapse() -> None:
    loaded = merge.load_sources(SOURCES)
    holders = [n for n, doc in loaded if "CustomerAliasResponseModel" in doc.get("components", {}).get("schemas", {})]
    assert len(holders) >= 2  # sliced into every operation that uses it, identical
    merged = merge.merge(loaded)
    assert "CustomerAliasResponseModel" in merged["components"]["schemas"]
    assert not [n for n in merged["components"]["schemas"] if n.startswith("CustomerAliasResponseModel__")]


def test_one_name_with_two_contents_keeps_both_apart(tmp_path: Path) -> None:
    """Sources sliced from different upstream revisions may give one name two shapes: both stay,
    the later one renamed, and its own source's references follow it."""
    sources = _copy_sources(tmp_path)
    path = sources / "getCustomerAliases.yaml"
    doc = yaml.safe_load(path.read_text())
    doc["components"]["schemas"]["CustomerAliasResponseModel"]["properties"]["value"]["type"] = "integer"
    path.write_text(yaml.safe_dump(doc))
    merged = merge.merge(merge.load_sources(sources))
    found = merged["components"]["schemas"]
    assert found["CustomerAliasResponseModel"]["properties"]["value"]["type"] == "string"
    assert found["CustomerAliasResponseModel__2"]["properties"]["value"]["type"] == "integer"
    page = merged["components"]["schemas"][
        merged["paths"]["/customer-aliases"]["get"]["responses"]["200"]["content"]["application/json"]["schema"][
            "$ref"
        ].rsplit("/", 1)[1]
    ]
    assert page["properties"]["items"]["items"]["$ref"].endswith("/CustomerAliasResponseModel__2")


def test_one_operation_in_two_sources_must_agree(tmp_path: Path) -> None:
    sources = _copy_sources(tmp_path)
    doc = yaml.safe_load((sources / "getCustomerAliases.yaml").read_text())
    doc["paths"]["/customer-aliases"]["get"]["summary"] = "another text"
    (sources / "zzCopy.yaml").write_text(yaml.safe_dump(doc))
    with pytest.raises(
        SpecError, match=r"path /customer-aliases: 'get' differs between getCustomerAliases.yaml and zzCopy"
    ):
        merge.merge(merge.load_sources(sources))


def test_normalised_document_validates_and_is_clean() -> None:
    doc = _merged()
    merge.check_valid(doc)
    assert doc["components"]["securitySchemes"]["basicAuth"] == {
        "type": "http",
        "scheme": "basic",
        "description": "Client ID as the username and client secret as the password.",
    }
    assert doc["security"] == [{"basicAuth": []}]
    for operation in operations(doc):
        op = operation.spec
        names = {p["name"] for p in op.get("parameters", [])}
        assert not names & {"Authorization", "Sequence-Version"}, op["operationId"]
        assert "429" in op["responses"]
    assert doc["info"]["x-sequence-versions"] == ["2024-07-30"]


def test_one_customer_alias_model_with_readable_names() -> None:
    schemas = _merged()["components"]["schemas"]
    assert {"CustomerAlias", "CustomerAliasPage", "CustomerAliasList", "Contact", "ContactList"} <= set(schemas)
    assert {"ContactBillingPreference", "PaginationMeta", "ErrorResponse"} <= set(schemas)
    assert "CustomerAliasResponseModel" not in schemas
    alias = schemas["CustomerAlias"]
    assert set(alias["properties"]) == {
        "id",
        "sequenceAccountId",
        "customerId",
        "value",
        "createdAt",
        "deletedAt",
        "label",
        "archivedAt",
    }
    assert set(alias["required"]) == {"id", "sequenceAccountId", "customerId", "value", "createdAt"}
    assert alias["properties"]["archivedAt"]["format"] == "date-time"
    assert schemas["Contact"]["properties"]["updatedAt"]["format"] == "date-time"


def test_unknown_rule_is_rejected() -> None:
    with pytest.raises(SpecError, match="unknown normalisation rule"):
        normalise(merge.merge(merge.load_sources(SOURCES)), {"make_it_nice": True})


def test_generated_functions_take_no_auth_or_version_arguments() -> None:
    import inspect

    from sequence_api.api.contacts import get_customers_by_customer_contacts
    from sequence_api.api.customer_aliases import (
        delete_customer_aliases_by_id,
        get_customer_aliases,
        get_customers_by_id_aliases,
    )
    from sequence_api.models import Contact

    for module in (
        get_customers_by_customer_contacts,
        delete_customer_aliases_by_id,
        get_customer_aliases,
        get_customers_by_id_aliases,
    ):
        params = set(inspect.signature(module.asyncio_detailed).parameters)
        assert not params & {"authorization", "sequence_version"}, module.__name__
    contact = Contact.from_dict(
        {
            "id": "c",
            "name": "n",
            "email": "e",
            "billingPreference": "NONE",
            "createdAt": "2022-06-28T16:47:00Z",
            "updatedAt": "2022-06-28T16:47:00Z",
        }
    )
    import datetime

    assert isinstance(contact.created_at, datetime.datetime)


def test_import_rejects_pages_without_openapi_block_and_writes_nothing(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("# A page\n\nno spec here\n")
    dest = tmp_path / "out"
    with pytest.raises(SourceImportError, match="no fenced yaml OpenAPI block"):
        import_sources.import_sources([page], dest)
    assert not dest.exists()


def test_import_rejects_invalid_yaml_and_invalid_documents(tmp_path: Path) -> None:
    bad_yaml = tmp_path / "bad.yaml"
    bad_yaml.write_text("openapi: [unclosed\n")
    with pytest.raises(SourceImportError, match="not valid YAML"):
        import_sources.load_source(bad_yaml)
    invalid = tmp_path / "invalid.yaml"
    invalid.write_text("openapi: 3.0.0\ninfo: {}\npaths: {}\n")
    with pytest.raises(SourceImportError, match="invalid OpenAPI document"):
        import_sources.load_source(invalid)


def _repo_copy(tmp_path: Path) -> Path:
    """The project with the seed operations only, built and generated (a whole-schema check takes 9 s)."""
    return small_project(tmp_path / "repo", whole(SEEDS))


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "check", "--root", str(root)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.mark.slow
def test_check_generated_catches_spec_change_and_hand_edit(tmp_path: Path) -> None:
    root = _repo_copy(tmp_path)
    assert _check(root).returncode == 0

    # A spec change without regeneration is caught ...
    source = root / "openapi" / "sources" / "getCustomersByCustomerContacts.yaml"
    source.write_text(source.read_text().replace("description: Full name of this contact", "description: Name"))
    stale = _check(root)
    assert stale.returncode == 1
    assert "make spec generate" in stale.stderr
    shutil.copy(SOURCES / source.name, source)

    # ... and so is a hand edit of generated code.
    types_py = root / "generated" / "sequence_api" / "types.py"
    types_py.write_text(types_py.read_text() + "\n# edited by hand\n")
    edited = _check(root)
    assert edited.returncode == 1
    assert "differs: " in edited.stderr
    assert "types.py" in edited.stderr


def test_import_refuses_a_valid_document_that_would_break_the_merge(tmp_path: Path) -> None:
    root = tmp_path / "openapi"
    shutil.copytree(SOURCES, root / "sources")
    shutil.copy(RULES, root / "normalise.yaml")
    clashing = yaml.safe_load((SOURCES / "getCustomersByCustomerContacts.yaml").read_text())
    # the same operation again under another id: valid alone, a clash on the path once merged
    clashing["paths"]["/customers/{customer}/contacts"]["get"]["operationId"] = "listContactsAgain"
    page = tmp_path / "page.yaml"
    page.write_text(yaml.safe_dump(clashing))
    before = sorted(p.name for p in (root / "sources").iterdir())
    with pytest.raises(SourceImportError, match=r"would no longer merge.*/customers/\{customer\}/contacts"):
        import_sources.import_sources([page], root / "sources")
    assert sorted(p.name for p in (root / "sources").iterdir()) == before
