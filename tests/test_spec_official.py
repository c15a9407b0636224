"""The official schema as the upstream: one verbatim source per operation, all 173 generated."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from spectools import import_sources
from spectools.document import operations
from spectools.errors import SourceImportError
from spectools.history import fingerprints
from spectools.import_sources import load_source
from spectools.official import Revision, body, provenance, referenced_components, split
from spectools.settle import leaves
from spectools.update_plan import _trees

from tests._upstream import whole

ROOT = Path(__file__).resolve().parent.parent
SOURCES, RULES = ROOT / "openapi" / "sources", ROOT / "openapi" / "normalise.yaml"
SPEC = ROOT / "openapi" / "sequence.yaml"


def _source(op_id: str) -> dict[str, Any]:
    doc = yaml.load(body((SOURCES / f"{op_id}.yaml").read_text()), Loader=yaml.CSafeLoader)
    assert isinstance(doc, dict)
    return doc


def test_every_operation_of_the_schema_is_a_source_and_is_generated() -> None:
    spec = yaml.load(SPEC.read_text(), Loader=yaml.CSafeLoader)
    ids = {op.operation_id for op in operations(spec)}
    assert len(ids) == 173
    assert ids == {p.stem for p in SOURCES.glob("*.yaml")}
    modules = {p.stem for p in (ROOT / "generated" / "sequence_api" / "api").rglob("*.py") if p.stem != "__init__"}
    assert {re.sub(r"(?<!^)(?=[A-Z])", "_", i).lower() for i in ids} == modules


def test_each_source_is_one_operation_sliced_verbatim_with_its_provenance() -> None:
    for path in sorted(SOURCES.glob("*.yaml")):
        text = path.read_text()
        assert provenance(text)["upstream"] == "2024-07-30.product.json", path.name
        assert re.fullmatch(r"[0-9a-f]{64}", provenance(text)["sha256"]), path.name
        doc = yaml.load(body(text), Loader=yaml.CSafeLoader)
        assert [op.operation_id for op in operations(doc)] == [path.stem]
        # exactly the components the operation reaches, nothing more
        assert doc.get("components", {}) == referenced_components(doc, doc["paths"]), path.name


def test_split_gives_back_each_operation_exactly() -> None:
    ids = ("getCustomerAliases", "postCustomerAliases", "getCustomersByIdAliases", "postUsageEvents")
    doc = whole(ids)
    sources = split(doc, Revision.of(b"x", "abc123", origin="2024-07-30.product.json"))
    assert sorted(sources) == sorted(ids)
    for op_id, text in sources.items():
        assert provenance(text) == {
            "upstream": "2024-07-30.product.json",
            "sha256": Revision.of(b"x").sha256,
            "commit": "abc123",
        }
        assert yaml.safe_load(body(text)) == yaml.load(
            body((SOURCES / f"{op_id}.yaml").read_text()), Loader=yaml.CSafeLoader
        )


def test_make_import_splits_a_whole_schema_and_replaces_every_source(tmp_path: Path) -> None:
    dest = tmp_path / "openapi" / "sources"
    dest.mkdir(parents=True)
    (tmp_path / "openapi" / "normalise.yaml").write_text(RULES.read_text())
    (dest / "stale.yaml").write_text(
        (SOURCES / "getCustomerAliases.yaml").read_text().replace("getCustomerAliases", "stale")
    )
    schema = tmp_path / "2024-07-30.product.json"
    schema.write_text(json.dumps(whole(("getCustomerAliases", "getCustomersByIdAliases", "deleteCustomerAliasesById"))))
    written = import_sources.import_sources([schema], dest, commit="0" * 40)
    assert sorted(p.name for p in written) == sorted(p.name for p in dest.glob("*.yaml"))
    assert len(written) == 3
    assert not (dest / "stale.yaml").exists()
    assert provenance((dest / "getCustomerAliases.yaml").read_text())["commit"] == "0" * 40


def test_a_whole_schema_with_a_dangling_reference_imports_nothing(tmp_path: Path) -> None:
    dest = tmp_path / "sources"
    doc = whole(("getCustomerAliases", "getCustomersByIdAliases"))
    broken = copy.deepcopy(doc)
    del broken["components"]["schemas"]["CustomerAlias"]
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(broken))
    with pytest.raises(SourceImportError) as err:
        import_sources.import_sources([schema], dest)
    assert "\n" not in str(err.value)
    assert len(str(err.value)) < 700
    assert not dest.exists()


def test_usage_events_array_parameter_is_repaired_not_dropped() -> None:
    raw = _source("getUsageEvents")
    param = next(p for p in raw["paths"]["/usage-events"]["get"]["parameters"] if p["name"] == "customerAlias")
    assert param["schema"] == {"type": "array"}  # upstream: an array without items (invalid)
    spec = yaml.load(SPEC.read_text(), Loader=yaml.CSafeLoader)
    fixed = next(p for p in spec["paths"]["/usage-events"]["get"]["parameters"] if p["name"] == "customerAlias")
    assert fixed["schema"] == {"type": "array", "items": {"type": "string"}}


def test_every_limit_is_bounded_as_the_docs_say() -> None:
    spec = yaml.load(SPEC.read_text(), Loader=yaml.CSafeLoader)
    limits = [p for op in operations(spec) for p in op.spec.get("parameters", []) if p["name"] == "limit"]
    assert len(limits) >= 27
    assert all((p["schema"]["minimum"], p["schema"]["maximum"]) == (1, 100) for p in limits)


@pytest.mark.parametrize("page", sorted((ROOT / "openapi" / "published").glob("*.txt")), ids=lambda p: p.name)
def test_each_seed_page_still_describes_an_operation_of_the_official_schema(page: Path) -> None:
    """Where the SDK started: every part of the page's operation is in the official one (names aside)."""
    rules = yaml.safe_load(RULES.read_text())
    seed = load_source(page)
    old = _trees(yaml.safe_load(seed.text), [seed.operation_id], rules)[seed.operation_id]
    new = _trees(_source(seed.operation_id), [seed.operation_id], rules)[seed.operation_id]
    assert sorted(set(leaves(old)) - set(leaves(new))) == []
    assert fingerprints(_source(seed.operation_id), rules)  # and it is fingerprinted like any source
