"""The spec report: rehearsals of upstream spec changes, Python API diff, coverage, version.

Every rehearsal copies the real ``openapi/sources`` into a temporary directory, applies one
explicit edit and compares the two trees directly (no git), so the real sources never change.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from spectools import generate, git, layout, python_api
from spectools import report as report_module
from spectools.change import Change
from spectools.changelog import changelog_entry
from spectools.compare import compare_documents
from spectools.coverage import Discovery, check_coverage, discover_exposed, load_unexposed
from spectools.errors import ReportError
from spectools.git import default_base
from spectools.merge import build_document
from spectools.python_api import compare_python
from spectools.report import compare_sources, make_report
from spectools.report_page import Report
from spectools.version import suggest_version

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "spec_evolution"
Doc = dict[str, Any]

# What the SDK exposes today, as discovery would report it: every rehearsal starts covered.
EXPOSED = {
    "getCustomerAliases": "CustomerAliases.list",
    "deleteCustomerAliasesById": "CustomerAliases.delete",
    "getCustomersByIdAliases": "CustomerAliases.list_for_customer",
    "getCustomersByCustomerContacts": "Contacts.list",
}
SDK_FILE = "sequence_async/_resources.py"


# --------------------------------------------------------------------------- helpers


def make_tree(tmp_path: Path, name: str) -> Path:
    """A directory laid out like the repository, holding the real sources of the operations the
    SDK exposes (the rest of the schema's 173 would only slow every rehearsal down), the rules,
    the model names and the version."""
    root = tmp_path / name
    (root / "openapi" / "sources").mkdir(parents=True)
    for op_id in EXPOSED:
        shutil.copy(ROOT / "openapi" / "sources" / f"{op_id}.yaml", root / "openapi" / "sources")
    for rules in ("normalise.yaml", "names.yaml"):
        shutil.copy(ROOT / "openapi" / rules, root / "openapi" / rules)
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def edit_source(root: Path, operation_id: str, change: Callable[[Doc], None]) -> None:
    """Apply ``change`` to one published source document of ``root``."""
    path = root / "openapi" / "sources" / f"{operation_id}.yaml"
    doc = yaml.safe_load(path.read_text())
    change(doc)
    path.write_text(yaml.safe_dump(doc, sort_keys=False))


def schema(doc: Doc, name: str) -> Doc:
    found: Doc = doc["components"]["schemas"][name]
    return found


def page_meta(doc: Doc) -> Doc:
    """The pagination schema of the alias list's page, whatever upstream calls it this revision."""
    page_ref = operation(doc)["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    page = schema(doc, page_ref.rsplit("/", 1)[1])
    return schema(doc, page["properties"]["pagination"]["$ref"].rsplit("/", 1)[1])


def operation(doc: Doc) -> Doc:
    (item,) = doc["paths"].values()
    found: Doc = next(v for k, v in item.items() if k in ("get", "post", "put", "delete", "patch"))
    return found


def rehearse(
    tmp_path: Path,
    change: Callable[[Path], None],
    exposed: dict[str, str] | None = None,
) -> Report:
    """The report for the real sources (BASE) against a changed copy (working tree)."""
    base, work = make_tree(tmp_path, "base"), make_tree(tmp_path, "work")
    change(work)
    exposed = EXPOSED if exposed is None else exposed
    discovery = Discovery(dict(exposed), dict.fromkeys(exposed, SDK_FILE), [])
    return make_report(base, work, "`base`", discovery=discovery, python_level=False)


def spec_lines(report: Report) -> list[str]:
    return [c.line() for c in report.spec_changes]


# --------------------------------------------------------------------------- rehearsals


def test_no_change_passes_with_a_patch_bump(tmp_path: Path) -> None:
    report = rehearse(tmp_path, lambda work: None)
    assert report.spec_changes == []
    assert report.exit_status == 0
    assert report.bump.suggested == "0.1.1"
    text = report.render()
    assert "No change to the merged, normalised spec." in text
    assert "**Result: 0 breaking spec changes, 0 breaking Python API changes, 0 uncovered operations: passes.**" in text


def test_added_optional_response_field_is_not_breaking(tmp_path: Path) -> None:
    def add_phone(work: Path) -> None:
        edit_source(
            work,
            "getCustomersByCustomerContacts",
            lambda doc: schema(doc, "Contact")["properties"].update(
                phone={"type": "string", "description": "Phone number"}
            ),
        )

    report = rehearse(tmp_path, add_phone)
    assert spec_lines(report) == ["- Added optional response field `Contact.phone` (string)"]
    assert report.exit_status == 0
    assert (report.bump.level, report.bump.suggested) == ("minor", "0.2.0")
    assert "### Added\n\n- Optional response field `Contact.phone` (string)" in report.render()


def test_removed_response_field_is_breaking(tmp_path: Path) -> None:
    def drop_email(work: Path) -> None:
        def change(doc: Doc) -> None:
            contact = schema(doc, "Contact")
            del contact["properties"]["email"]
            contact["required"].remove("email")

        edit_source(work, "getCustomersByCustomerContacts", change)

    report = rehearse(tmp_path, drop_email)
    assert spec_lines(report) == ["- **BREAKING** Removed response field `Contact.email`"]
    assert report.exit_status == 3
    assert report.bump.suggested == "0.2.0"  # breaking while 0.x: minor
    text = report.render()
    assert (
        "**Result: 1 breaking spec change, 0 breaking Python API changes, 0 uncovered operations: fails (exit 3).**"
        in text
    )
    assert "### Removed\n\n- **BREAKING** Response field `Contact.email`" in text


def test_new_required_query_parameter_is_breaking(tmp_path: Path) -> None:
    def add_status(work: Path) -> None:
        param = {"name": "status", "in": "query", "required": True, "schema": {"type": "string"}}
        edit_source(work, "getCustomerAliases", lambda doc: operation(doc)["parameters"].append(param))

    report = rehearse(tmp_path, add_status)
    assert spec_lines(report) == [
        "- **BREAKING** Added required query parameter `status` (string) of `getCustomerAliases`"
    ]
    assert report.exit_status == 3


def test_new_optional_query_parameter_is_not_breaking(tmp_path: Path) -> None:
    def add_label(work: Path) -> None:
        param = {"name": "label", "in": "query", "required": False, "schema": {"type": "string"}}
        edit_source(work, "getCustomerAliases", lambda doc: operation(doc)["parameters"].append(param))

    report = rehearse(tmp_path, add_label)
    assert spec_lines(report) == ["- Added optional query parameter `label` (string) of `getCustomerAliases`"]
    assert report.exit_status == 0


def test_parameter_type_location_and_requiredness_changes(tmp_path: Path) -> None:
    def rework_parameters(work: Path) -> None:
        def change(doc: Doc) -> None:
            params = {p["name"]: p for p in operation(doc)["parameters"]}
            params["limit"]["schema"] = {"type": "string"}
            params["value"]["in"] = "header"  # query → header: the same keyword argument
            params["after"]["required"] = True

        edit_source(work, "getCustomerAliases", change)

    report = rehearse(tmp_path, rework_parameters)
    assert sorted(spec_lines(report)) == sorted(  # in the document's parameter order
        [
            "- **BREAKING** Parameter `limit` of `getCustomerAliases` type changed: `integer (int32)` → `string`",
            "- **BREAKING** Parameter `after` of `getCustomerAliases` is now required",
            "- Parameter `value` of `getCustomerAliases` moved from query to header",
        ]
    )


def test_enum_value_added_is_not_breaking_but_removed_is(tmp_path: Path) -> None:
    def swap_standard(work: Path) -> None:
        def change(doc: Doc) -> None:
            schema(doc, "ContactBillingPreference")["enum"] = ["PRIMARY", "NONE", "SECONDARY"]

        edit_source(work, "getCustomersByCustomerContacts", change)

    report = rehearse(tmp_path, swap_standard)
    assert spec_lines(report) == [
        "- Added `ContactBillingPreference` enum value `SECONDARY`",
        "- **BREAKING** Removed `ContactBillingPreference` enum value `STANDARD`",
    ]
    assert report.exit_status == 3


def test_enum_value_added_alone_passes(tmp_path: Path) -> None:
    def add_secondary(work: Path) -> None:
        edit_source(
            work,
            "getCustomersByCustomerContacts",
            lambda doc: schema(doc, "ContactBillingPreference")["enum"].append("SECONDARY"),
        )

    report = rehearse(tmp_path, add_secondary)
    assert [c.breaking for c in report.spec_changes] == [False]
    assert report.exit_status == 0


def test_changed_field_type_is_breaking(tmp_path: Path) -> None:
    def total_as_string(work: Path) -> None:
        def change(doc: Doc) -> None:
            page_meta(doc)["properties"]["totalResultSize"] = {"type": "string"}

        edit_source(work, "getCustomerAliases", change)

    report = rehearse(tmp_path, total_as_string)
    assert spec_lines(report) == [
        "- **BREAKING** `PaginationMeta.totalResultSize` type changed: `integer (int64)` → `string`"
    ]
    assert report.exit_status == 3


def test_format_change_breaks_only_when_the_python_type_changes(tmp_path: Path) -> None:
    def formats(work: Path) -> None:
        def change(doc: Doc) -> None:
            props = schema(doc, "Contact")["properties"]
            props["email"]["format"] = "email"  # still `str`
            props["id"]["format"] = "uuid"  # `str` → `UUID`

        edit_source(work, "getCustomersByCustomerContacts", change)

    report = rehearse(tmp_path, formats)
    assert sorted(spec_lines(report)) == [
        "- **BREAKING** `Contact.id` format changed: `none` → `uuid` (Python `str` → `UUID`)",
        "- `Contact.email` format changed: `none` → `email` (same Python type)",
    ]


def test_response_field_required_to_optional_breaks_and_back_does_not(tmp_path: Path) -> None:
    def loosen_email_tighten_archived(work: Path) -> None:
        def change(doc: Doc) -> None:
            contact = schema(doc, "Contact")
            contact["required"] = [r for r in contact["required"] if r != "email"] + ["archivedAt"]

        edit_source(work, "getCustomersByCustomerContacts", change)

    report = rehearse(tmp_path, loosen_email_tighten_archived)
    # The normalisation makes optional fields nullable; the report says it once, as the flip.
    assert spec_lines(report) == [
        "- **BREAKING** Response field `Contact.email` is now optional",
        "- Response field `Contact.archivedAt` is now required",
    ]


def test_removed_operation_is_breaking_and_its_method_is_flagged(tmp_path: Path) -> None:
    report = rehearse(tmp_path, lambda work: (work / "openapi/sources/deleteCustomerAliasesById.yaml").unlink())
    assert spec_lines(report) == [
        "- **BREAKING** Removed operation `deleteCustomerAliasesById` (`DELETE /customer-aliases/{id}`)"
    ]
    assert report.exit_status == 3
    assert report.coverage.warnings == [
        '`CustomerAliases.delete` is marked with `@operation("deleteCustomerAliasesById")`, '
        "which is not an operation of the spec"
    ]


def add_customer_operation(work: Path) -> None:
    """Publish a new operation: GET /customers/{id} (getCustomerById)."""
    shutil.copy(FIXTURES / "new_operation" / "getCustomerById.yaml", work / "openapi" / "sources")


def test_new_operation_is_additive_but_uncovered(tmp_path: Path) -> None:
    report = rehearse(tmp_path, add_customer_operation)
    assert spec_lines(report) == [
        "- Added operation `getCustomerById` (`GET /customers/{id}`)",
        "- Added model `Customer2`",  # `Customer` is the official schema's: a name is never reused
    ]
    assert not report.breaking
    assert [op.operation_id for op in report.coverage.uncovered] == ["getCustomerById"]
    assert report.exit_status == 3
    text = report.render()
    assert (
        "**Result: 0 breaking spec changes, 0 breaking Python API changes, 1 uncovered operation: fails (exit 3).**"
        in text
    )
    assert "| `getCustomerById` | `GET /customers/{id}` | **uncovered** |" in text
    assert (
        "- `getCustomerById` (`GET /customers/{id}`): decorate the resource method in sequence_async/... "
        'with @operation("getCustomerById") or list it in openapi/unexposed.yaml with a reason'
    ) in text
    assert report.bump.suggested == "0.2.0"


def test_new_operation_covered_by_unexposed_yaml(tmp_path: Path) -> None:
    def add_and_defer(work: Path) -> None:
        add_customer_operation(work)
        (work / "openapi" / "unexposed.yaml").write_text("getCustomerById: customers resource arrives in 0.3\n")

    report = rehearse(tmp_path, add_and_defer)
    assert report.coverage.uncovered == []
    assert report.exit_status == 0
    assert "| `getCustomerById` | `GET /customers/{id}` | not exposed: customers resource arrives in 0.3 |" in (
        report.render()
    )


def test_new_operation_covered_by_a_decorated_method(tmp_path: Path) -> None:
    report = rehearse(tmp_path, add_customer_operation, {**EXPOSED, "getCustomerById": "Customers.get"})
    assert report.coverage.uncovered == []
    assert report.exit_status == 0
    assert "| `getCustomerById` | `GET /customers/{id}` | `Customers.get` |" in report.render()


def test_compare_sources_takes_two_source_dirs(tmp_path: Path) -> None:
    base, work = make_tree(tmp_path, "base"), make_tree(tmp_path, "work")
    add_customer_operation(work)
    rules = work / "openapi" / "normalise.yaml"
    changes = compare_sources(base / "openapi" / "sources", rules, work / "openapi" / "sources", rules)
    assert [c.text for c in changes] == ["operation `getCustomerById` (`GET /customers/{id}`)", "model `Customer2`"]


# --------------------------------------------------------------------------- request side


def test_request_body_fields_are_judged_from_the_caller_side() -> None:
    body_schema: Doc = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "note": {"type": "string"}},
    }

    def doc(schema: Doc) -> Doc:
        op = {
            "operationId": "createThing",
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/New"}}},
            },
            "responses": {"200": {"description": "OK"}},
        }
        return {"paths": {"/things": {"post": op}}, "components": {"schemas": {"New": schema}}}

    tightened = {**body_schema, "required": ["name", "note", "size"]}
    tightened["properties"] = {**body_schema["properties"], "size": {"type": "integer"}}
    changes = compare_documents(doc(body_schema), doc(tightened))
    assert [c.line() for c in changes] == [
        "- **BREAKING** Added required request field `New.size` (integer)",
        "- **BREAKING** Request field `New.note` is now required",
    ]


# --------------------------------------------------------------------------- coverage


def test_check_coverage_with_injected_mapping(tmp_path: Path) -> None:
    tree = make_tree(tmp_path, "tree")
    doc = build_document(tree / "openapi" / "sources", tree / "openapi" / "normalise.yaml")
    exposed = {"getCustomerAliases": "CustomerAliases.list", "renamedOp": "Old.method"}
    unexposed = {"deleteCustomerAliasesById": "destructive: waiting for a confirm flag", "goneOp": "old"}
    files = {"getCustomerAliases": "sequence_async/_resources.py"}
    coverage = check_coverage(doc, exposed, unexposed, files)
    assert coverage.exposed == {"getCustomerAliases": "CustomerAliases.list"}
    assert coverage.unexposed == {"deleteCustomerAliasesById": "destructive: waiting for a confirm flag"}
    assert [op.operation_id for op in coverage.uncovered] == [
        "getCustomersByCustomerContacts",
        "getCustomersByIdAliases",
    ]
    # Same tag as an exposed operation: point at the file that already exposes it.
    assert coverage.hints["getCustomersByIdAliases"].startswith(
        'decorate the resource method in sequence_async/_resources.py with @operation("getCustomersByIdAliases")'
    )
    assert "in sequence_async/... with" in coverage.hints["getCustomersByCustomerContacts"]
    assert coverage.warnings == [
        "`goneOp` is listed in openapi/unexposed.yaml but is not an operation of the spec: remove it",
        '`Old.method` is marked with `@operation("renamedOp")`, which is not an operation of the spec',
    ]


def test_unexposed_yaml_explains_itself_and_each_entry() -> None:
    path = ROOT / "openapi" / "unexposed.yaml"
    unexposed = load_unexposed(path)
    assert path.read_text().startswith("# ")
    assert not set(unexposed) & set(EXPOSED)
    assert all(reason.strip() for reason in unexposed.values())


def test_unexposed_entries_need_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "unexposed.yaml"
    path.write_text("getCustomerAliases:\n")
    with pytest.raises(ReportError, match="give a reason"):
        load_unexposed(path)
    path.write_text("- getCustomerAliases\n")
    with pytest.raises(ReportError, match="expected a mapping"):
        load_unexposed(path)


FAKE_SDK = """
import functools


def operation(operation_id):
    def mark(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            return await func(*args, **kwargs)

        wrapper.__sequence_operation__ = operation_id
        return wrapper

    return mark


class CustomerAliases:
    @operation("getCustomerAliases")
    async def list(self): ...

    async def helper(self): ...


class Customers:
    @operation("getCustomerById")
    async def get(self, customer_id): ...
"""


def write_fake_sdk(root: Path) -> None:
    """A ``sequence_async`` with two decorated methods, in a private submodule."""
    package = root / "sequence_async"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("from ._resources import CustomerAliases, Customers\n")
    (package / "_resources.py").write_text(FAKE_SDK)


@pytest.mark.slow
def test_discovery_imports_the_working_tree_package(tmp_path: Path) -> None:
    write_fake_sdk(tmp_path)
    discovery = discover_exposed(tmp_path, Path(sys.executable))
    assert discovery.exposed == {"getCustomerAliases": "CustomerAliases.list", "getCustomerById": "Customers.get"}
    assert discovery.files == dict.fromkeys(discovery.exposed, "sequence_async/_resources.py")
    assert discovery.warnings == []


@pytest.mark.slow
def test_discovery_reports_a_broken_package(tmp_path: Path) -> None:
    write_fake_sdk(tmp_path)
    (tmp_path / "sequence_async" / "__init__.py").write_text("raise RuntimeError('half-written')\n")
    with pytest.raises(ReportError, match="half-written"):
        discover_exposed(tmp_path, Path(sys.executable))


def test_discovery_without_the_package_exposes_nothing(tmp_path: Path) -> None:
    discovery = discover_exposed(tmp_path)
    assert discovery.exposed == {}
    assert "not in the working tree" in discovery.warnings[0]


# --------------------------------------------------------------------------- Python level


def write_package(root: Path, name: str, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / name / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_python_level_finds_removed_names_and_changed_signatures(tmp_path: Path) -> None:
    base, work = tmp_path / "base", tmp_path / "work"
    write_package(
        base,
        "sequence_async",
        {
            "__init__.py": "from ._client import Client\n__version__ = '0.1.0'\n__all__ = ['Client', '__version__']\n",
            "_client.py": "class Client:\n    timeout: float = 1.0\n    def list(self, limit: int = 10) -> None: ...\n"
            "    def get(self, id: str) -> None: ...\n",
        },
    )
    write_package(
        work,
        "sequence_async",
        {
            "__init__.py": "from ._client import Client\n__version__ = '0.2.0'\n__all__ = ['Client', '__version__']\n",
            "_client.py": "class Client:\n    def list(self, page_size: int = 10) -> None: ...\n"
            "    def get(self, id: str, *, expand: bool) -> None: ...\n    def delete(self, id: str) -> None: ...\n",
        },
    )
    sdk, generated = compare_python(base, work)
    assert sdk.status == "compared"
    assert sorted(c.line() for c in sdk.changes) == [
        "- **BREAKING** Removed attribute `sequence_async.Client.timeout` (or renamed)",
        "- **BREAKING** `sequence_async.Client.get`: parameter was added as required `expand`",
        "- **BREAKING** `sequence_async.Client.list`: parameter was removed `limit`",
    ]
    assert sdk.added == ["sequence_async.Client.delete"]  # __version__'s new value is no API change
    assert generated.status == "not present at BASE nor in the working tree"


def test_a_default_spelled_by_another_name_for_the_same_value_is_no_change(tmp_path: Path) -> None:
    """A private alias replaced by the public name it stands for, a constant by its literal: the
    same default (only the signature's text changed); a default of another value still breaks."""
    config = "import enum\nclass NotGiven(enum.Enum):\n    NOT_GIVEN = 'NOT_GIVEN'\n"
    config += "NOT_GIVEN = NotGiven.NOT_GIVEN\nDEFAULT_VERSION = '2024-07-30'\nOTHER = NotGiven.NOT_GIVEN\n"
    init = "from ._client import Client\n__all__ = ['Client']\n"
    write_package(
        tmp_path / "base",
        "sequence_async",
        {
            "__init__.py": init,
            "_config.py": config,
            "_client.py": "from typing import Final\nfrom . import _config\n_UNSET: Final = _config.NOT_GIVEN\n"
            "class Client:\n    def get(self, version: str = _config.DEFAULT_VERSION, timeout: object = _UNSET,"
            " retry: object = _UNSET, limit: int = 10) -> None: ...\n",
        },
    )
    write_package(
        tmp_path / "work",
        "sequence_async",
        {
            "__init__.py": init,
            "_config.py": config,
            "_client.py": "from ._config import NOT_GIVEN\n"
            "class Client:\n    def get(self, version: str = '2024-07-30', timeout: object = NOT_GIVEN,"
            " retry: object = None, limit: int = 20) -> None: ...\n",
        },
    )
    sdk, _ = compare_python(tmp_path / "base", tmp_path / "work")
    assert sorted(c.line() for c in sdk.changes) == [
        "- **BREAKING** `sequence_async.Client.get`: parameter default was changed `limit`",
        "- **BREAKING** `sequence_async.Client.get`: parameter default was changed `retry`",
    ]


def test_python_level_copes_with_a_package_missing_at_base(tmp_path: Path) -> None:
    base, work = tmp_path / "base", tmp_path / "work"
    base.mkdir()
    write_package(work, "sequence_async", {"__init__.py": "def hello() -> None: ...\n"})
    write_package(base / "generated", "sequence_api", {"__init__.py": "class Client: ...\n"})
    sdk, generated = compare_python(base, work)
    assert sdk.status == "not present at BASE: the whole package is new"
    assert sdk.changes == []
    assert generated.status == "not present in the working tree"
    assert [c.line() for c in generated.changes] == ["- **BREAKING** Removed package `sequence_api`"]


def test_python_level_reports_model_field_types_that_changed(tmp_path: Path) -> None:
    """griffe does not report an attribute's new annotation: the report sums them up in one
    breaking change, saying when it is the absent fields now typed None instead of Unset."""
    base, work = tmp_path / "base", tmp_path / "work"
    for root in (base, work):
        write_package(root, "sequence_async", {"__init__.py": "def hello() -> None: ...\n"})
    model = "class Unset: ...\nclass Alias:\n    id: str\n    label: {label}\n    note: {note}\n"
    write_package(
        base / "generated",
        "sequence_api",
        {"__init__.py": model.format(label="None | str | Unset", note="str | Unset")},
    )
    write_package(
        work / "generated", "sequence_api", {"__init__.py": model.format(label="str | None", note="str | None")}
    )
    _, generated = compare_python(base, work)
    assert [c.line() for c in generated.changes] == [
        "- **BREAKING** Model field types changed: 2 fields, absent now None "
        "(e.g. `sequence_api.Alias.label`: `None | str | Unset` → `str | None`)"
    ]
    write_package(
        work / "generated", "sequence_api", {"__init__.py": model.format(label="int | Unset", note="str | Unset")}
    )
    _, generated = compare_python(base, work)
    assert [c.line() for c in generated.changes] == [
        "- **BREAKING** Model field types changed: 1 field "
        "(e.g. `sequence_api.Alias.label`: `None | str | Unset` → `int | Unset`)"
    ]


def test_python_level_of_the_real_tree_against_itself_is_clean() -> None:
    sdk, generated = compare_python(ROOT, ROOT)
    assert sdk.status == generated.status == "compared"
    assert sdk.changes == generated.changes == []
    assert sdk.added == generated.added == []


# --------------------------------------------------------------------------- version and changelog


@pytest.mark.parametrize(
    ("version", "changes", "expected"),
    [
        ("0.1.0", [Change("Removed", "x", True)], ("minor", "0.2.0")),
        ("1.4.2", [Change("Removed", "x", True)], ("major", "2.0.0")),
        ("1.4.2", [Change("Added", "x", False)], ("minor", "1.5.0")),
        ("1.4.2", [Change("Changed", "x", False)], ("patch", "1.4.3")),
        ("1.4.2", [], ("patch", "1.4.3")),
    ],
)
def test_semver_bump(version: str, changes: list[Change], expected: tuple[str, str]) -> None:
    bump = suggest_version(version, changes)
    assert (bump.level, bump.suggested) == expected


def test_changelog_entry_is_keep_a_changelog_with_breaking_first() -> None:
    changes = [
        Change("Added", "operation `a`", False),
        Change("Removed", "field `B.c`", True),
        Change("Changed", "`D.e` may now be null", False),
        Change("Changed", "`D.f` type changed", True),
    ]
    bump = suggest_version("0.1.0", changes)
    assert changelog_entry(bump, changes) == "\n".join(
        [
            "## [0.2.0] - Unreleased",
            "",
            "### Added",
            "",
            "- Operation `a`",
            "",
            "### Changed",
            "",
            "- **BREAKING** `D.f` type changed",
            "- `D.e` may now be null",
            "",
            "### Removed",
            "",
            "- **BREAKING** Field `B.c`",
        ]
    )


# --------------------------------------------------------------------------- CLI


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_report.py"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


@pytest.mark.slow
def test_cli_exit_3_names_the_command_and_the_file(tmp_path: Path) -> None:
    base, work = make_tree(tmp_path, "base"), make_tree(tmp_path, "work")
    write_fake_sdk(work)  # exposes getCustomerAliases and getCustomerById only
    add_customer_operation(work)
    result = run_cli("--root", str(work), "--base-dir", str(base), cwd=work)
    assert result.returncode == 3, result.stderr
    assert result.stderr.strip() == (
        "spec-report: 0 breaking spec changes, 0 breaking Python API changes, 3 uncovered operations. "
        "Run `make spec-report` for the details; the full report is in build/spec-report.md."
    )
    assert (work / "build" / "spec-report.md").read_text() == result.stdout
    assert "| `getCustomerById` | `GET /customers/{id}` | `Customers.get` |" in result.stdout
    assert "### `sequence_async`\n\nNot present at BASE: the whole package is new." in result.stdout


@pytest.mark.slow
def test_cli_exit_0_when_covered(tmp_path: Path) -> None:
    base, work = make_tree(tmp_path, "base"), make_tree(tmp_path, "work")
    write_fake_sdk(work)
    add_customer_operation(work)
    reasons = {op: "covered elsewhere in this test" for op in EXPOSED if op != "getCustomerAliases"}
    (work / "openapi" / "unexposed.yaml").write_text(yaml.safe_dump(reasons))
    output = tmp_path / "report.md"
    result = run_cli("--root", str(work), "--base-dir", str(base), "--output", str(output))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert output.read_text() == result.stdout


@pytest.mark.slow
def test_cli_exit_1_for_a_bad_base_or_an_invalid_spec(tmp_path: Path) -> None:
    bad_ref = run_cli("--base", "no-such-ref-anywhere")
    assert bad_ref.returncode == 1
    assert "BASE 'no-such-ref-anywhere' is not a commit" in bad_ref.stderr

    base, work = make_tree(tmp_path, "base"), make_tree(tmp_path, "work")
    edit_source(work, "getCustomerAliases", lambda doc: page_meta(doc).update(type="nonsense"))
    invalid = run_cli("--root", str(work), "--base-dir", str(base))
    assert invalid.returncode == 1
    assert invalid.stderr.startswith("spec-report: error: the working tree spec is invalid:")


@pytest.mark.slow
def test_default_base_is_the_newest_v_tag_else_head(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(tmp_path), *args],
            env=env,
            check=True,
            capture_output=True,
            timeout=30,
        )

    git("init", "-q")
    git("commit", "-q", "--allow-empty", "-m", "one")
    assert default_base(tmp_path) == "HEAD"
    for tag in ("v0.9.0", "v0.10.0", "other"):
        git("tag", tag)
    assert default_base(tmp_path) == "v0.10.0"


# --------------------------------------------------------------------------- one list of generated files


def test_spec_report_uses_generate_py_generated_paths() -> None:
    # One list (spectools.layout): generate.py's, and the report's spec, generated package and BASE paths.
    assert vars(generate)["GENERATED_PATHS"] is layout.GENERATED_PATHS
    assert vars(report_module)["SPEC"] is layout.SPEC
    assert vars(python_api)["GENERATED_PACKAGE"] is layout.GENERATED_PACKAGE
    assert vars(git)["BASE_PATHS"] is layout.BASE_PATHS
    spec, package, resources = layout.GENERATED_PATHS
    assert resources == layout.RESOURCES
    assert (spec, Path(package)) == (layout.SPEC, layout.GENERATED_PACKAGE)
    assert set(layout.GENERATED_PATHS) <= set(layout.BASE_PATHS)
    # ... and no other script or module spells a generated path out itself.
    modules = [*SCRIPTS.glob("*.py"), *(SCRIPTS / "spectools").glob("*.py")]
    assert SCRIPTS / "spec_report.py" in modules
    for module in modules:
        if module == SCRIPTS / "spectools" / "layout.py":
            continue
        source = module.read_text()
        literals = {n.value for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Constant)}
        assert not literals & set(layout.GENERATED_PATHS), module


def test_make_targets_use_the_same_scripts() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^check-generated:.*\n\t.*scripts/generate\.py check", makefile, re.M)
    target = re.search(r"^spec-report:.*\n((?:\t.*\n)+)", makefile, re.M)
    if target is None:
        pytest.skip("the Makefile has no spec-report target yet")
    assert "scripts/spec_report.py" in target.group(1)
    assert "$(BASE)" in target.group(1)


def test_ci_workflow_names_every_generated_path() -> None:
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
    if not workflows:
        pytest.skip("no .github/workflows/*.yml yet: CI runs .ci/run, which uses the make targets")
    text = "\n".join(w.read_text() for w in workflows)
    missing = [p for p in layout.GENERATED_PATHS if p not in text]
    assert not missing, f"{', '.join(missing)} missing from {', '.join(w.name for w in workflows)}"
