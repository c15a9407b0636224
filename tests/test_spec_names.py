"""Model names that never churn: shapes, anchors and the registry (openapi/names.yaml).

The sources of a few real operations (the seed four, the alias create and two other paginated
lists) are rebuilt after upstream-style renames: schemas renamed, duplicates renumbered, one
name given to two shapes. The model names users import must not move.
"""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spectools import merge
from spectools.anchors import anchors
from spectools.document import SCHEMA_REF, schemas, walk
from spectools.errors import SpecError
from spectools.names import Registry, stable_names
from spectools.official import body
from spectools.shapes import shapes

ROOT = Path(__file__).resolve().parent.parent
SOURCES, RULES, NAMES = (
    ROOT / "openapi" / "sources",
    ROOT / "openapi" / "normalise.yaml",
    ROOT / "openapi" / "names.yaml",
)
SUBSET = (
    "getCustomerAliases",
    "getCustomersByIdAliases",
    "deleteCustomerAliasesById",
    "getCustomersByCustomerContacts",
    "postCustomerAliases",
    "getUsageMetrics",
    "getSeatMetrics",
)
PUBLIC = ("CustomerAlias", "CustomerAliasPage", "CustomerAliasList", "Contact", "ContactList", "PaginationMeta")


def _load(op_id: str) -> dict[str, Any]:
    doc = yaml.safe_load(body((SOURCES / f"{op_id}.yaml").read_text()))
    assert isinstance(doc, dict)
    return doc


def _rename(doc: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    """A source as upstream might publish it tomorrow: the same schemas under other names."""
    doc = copy.deepcopy(doc)
    found = doc["components"]["schemas"]
    doc["components"]["schemas"] = {mapping.get(n, n): v for n, v in found.items()}
    for node in walk(doc):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF) and ref[len(SCHEMA_REF) :] in mapping:
            node["$ref"] = SCHEMA_REF + mapping[ref[len(SCHEMA_REF) :]]
    return doc


def _build(tmp: Path, docs: dict[str, dict[str, Any]], registry: str | None = None) -> tuple[dict[str, Any], str]:
    sources = tmp / "sources"
    shutil.rmtree(sources, ignore_errors=True)
    sources.mkdir(parents=True)
    shutil.copy(RULES, tmp / "normalise.yaml")
    (tmp / "names.yaml").write_text(registry if registry is not None else NAMES.read_text())
    for op_id, doc in docs.items():
        (sources / f"{op_id}.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    built = merge.build_all(sources, tmp / "normalise.yaml")
    spec = yaml.safe_load(built.spec)
    assert isinstance(spec, dict)
    return spec, built.names


def _roles(spec: dict[str, Any]) -> dict[str, str]:
    """Every anchor of the built document -> the model name at it (what users see where)."""
    return {anchor: name for name, found in anchors(spec).items() for anchor in found}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    docs = {op_id: _load(op_id) for op_id in SUBSET}
    spec, _ = _build(tmp_path_factory.mktemp("baseline"), docs)
    return docs, _roles(spec)


def test_the_committed_names_are_the_public_ones() -> None:
    built = yaml.safe_load((ROOT / "openapi" / "sequence.yaml").read_text())
    assert set(PUBLIC) <= set(schemas(built))
    assert merge.build_all(SOURCES, RULES).names == NAMES.read_text()


def test_structural_duplicates_become_one_model(baseline: Any) -> None:
    _, roles = baseline
    pages = {roles[f"{op}:response.pagination"] for op in ("getCustomerAliases", "getUsageMetrics", "getSeatMetrics")}
    assert pages == {"PaginationMeta"}  # upstream: PaginationMeta5, PaginationMeta2, ... one shape


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_upstream_renames_and_renumbering_keep_every_name(baseline: Any, tmp_path: Path, data: st.DataObject) -> None:
    docs, roles = baseline
    upstream_names = sorted({n for doc in docs.values() for n in doc["components"]["schemas"]})
    picks = data.draw(st.lists(st.sampled_from(upstream_names), unique=True, max_size=8))
    style = data.draw(st.sampled_from(["numbered", "endpoint", "swap"]))
    if style == "swap" and len(picks) >= 2:  # names traded between schemas, as PaginationMeta4/5 did
        mapping = dict(zip(picks, picks[1:] + picks[:1], strict=True))
    else:
        mapping = {
            n: re.sub(r"\d+$", "", n) + str(data.draw(st.integers(1, 9)))
            if style == "numbered"
            else n + "EndpointResponse"
            for n in picks
        }
    renamed = {op_id: _rename(doc, mapping) for op_id, doc in docs.items()}
    spec, _ = _build(tmp_path, renamed)
    assert _roles(spec) == roles


def test_one_name_with_two_shapes_keeps_both(baseline: Any, tmp_path: Path) -> None:
    """Sources sliced from different revisions: `PaginationMeta4` means another shape in one of them."""
    docs, roles = baseline
    docs = copy.deepcopy(docs)
    page = docs["getUsageMetrics"]["components"]["schemas"]
    target = docs["getUsageMetrics"]["paths"]["/usage-metrics"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    pagination = target["schema"]["$ref"][len(SCHEMA_REF) :]
    prop = page[pagination]["properties"]["pagination"]
    name = prop["$ref"][len(SCHEMA_REF) :]
    page[name]["properties"]["pageCount"] = {"type": "integer"}  # the same name, another shape
    spec, _ = _build(tmp_path, docs)
    new_roles = _roles(spec)
    assert new_roles["getCustomerAliases:response.pagination"] == "PaginationMeta"
    assert new_roles["getUsageMetrics:response.pagination"] != "PaginationMeta"
    assert {k: v for k, v in new_roles.items() if k.startswith("getCustomer")} == {
        k: v for k, v in roles.items() if k.startswith("getCustomer")
    }


def test_a_name_comes_back_with_its_shape(baseline: Any, tmp_path: Path) -> None:
    """A schema gone for a revision (its operation dropped) gets its name back when it returns."""
    docs, roles = baseline
    without = {k: v for k, v in docs.items() if k != "getCustomersByCustomerContacts"}
    spec, registry = _build(tmp_path, without)
    assert "ContactList" not in schemas(spec)
    assert "ContactList:" in registry  # the name stays reserved
    spec, _ = _build(tmp_path, docs, registry)
    assert _roles(spec) == roles


def test_a_new_series_member_gets_upstreams_name_without_its_number(tmp_path: Path) -> None:
    shapes_ = {"Widget": {"type": "string"}, "Widget7": {"type": "object", "properties": {"a": {"type": "string"}}}}
    doc: dict[str, Any] = {"paths": {}, "components": {"schemas": shapes_}}
    for name in shapes_:
        doc["paths"][f"/{name}"] = {
            "get": {
                "operationId": f"get{name}",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": SCHEMA_REF + name}}},
                    }
                },
            }
        }
    registry = stable_names(doc, Registry({"Widget": ["getWidget:response"]}), set())
    assert sorted(schemas(doc)) == ["Widget", "Widget2"]  # Widget7 is a renumbered Widget: the next free number
    assert "getWidget7:response" in registry.names["Widget2"]


def test_reference_cycles_are_refused() -> None:
    doc = {
        "components": {
            "schemas": {
                "A": {"properties": {"b": {"$ref": SCHEMA_REF + "B"}}},
                "B": {"items": {"$ref": SCHEMA_REF + "A"}},
            }
        }
    }
    with pytest.raises(SpecError, match="refers to itself"):
        shapes(doc)


def test_text_does_not_change_a_shape() -> None:
    plain = {"components": {"schemas": {"A": {"type": "object", "properties": {"description": {"type": "string"}}}}}}
    worded: dict[str, Any] = copy.deepcopy(plain)
    worded["components"]["schemas"]["A"].update(description="An A", example={"description": "x"}, title="A")
    worded["components"]["schemas"]["A"]["properties"]["description"]["description"] = "the text"
    assert shapes(plain) == shapes(worded)
    renamed_property: dict[str, Any] = copy.deepcopy(plain)
    renamed_property["components"]["schemas"]["A"]["properties"] = {"summary": {"type": "string"}}
    assert shapes(plain) != shapes(renamed_property)  # a property's name is structure, even "description"


def test_registry_refuses_names_that_are_not_model_names() -> None:
    with pytest.raises(SpecError, match="not a model name"):
        Registry.parse("names:\n  lower_case: []\n")
    with pytest.raises(SpecError, match="list of anchors"):
        Registry.parse("names:\n  Fine: nope\n")


@pytest.mark.parametrize("taken", ["Unset", "Response", "File", "Client", "ErrorResponse", "ErrorDetail"])
def test_a_schema_named_like_the_generators_or_the_error_bodys_types_gets_another_name(
    baseline: Any, tmp_path: Path, taken: str
) -> None:
    """Upstream renaming a schema `Unset` (the generator's own type) or `ErrorResponse` (the error
    body the rules add) must neither shadow those types nor lose the model's own name."""
    docs, roles = baseline
    page = docs["getCustomerAliases"]
    meta = next(n for n in page["components"]["schemas"] if n.startswith("PaginationMeta"))
    renamed = {op_id: _rename(doc, {meta: taken}) for op_id, doc in docs.items()}
    spec, registry = _build(tmp_path, renamed)
    assert _roles(spec) == roles  # PaginationMeta is still PaginationMeta
    assert f"  {taken}:" not in registry
    if taken.startswith("Error"):
        assert set(spec["components"]["schemas"][taken]["properties"]) <= {"error", "type", "message"}


def test_the_registry_refuses_the_generators_own_names() -> None:
    with pytest.raises(SpecError, match="uses itself"):
        Registry.parse("names:\n  Unset: []\n")


def test_a_new_schema_alone_keeps_its_number(tmp_path: Path) -> None:
    doc: dict[str, Any] = {"paths": {}, "components": {"schemas": {"HostIpv6": {"type": "string"}}}}
    doc["paths"]["/h"] = {
        "get": {
            "operationId": "getH",
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": SCHEMA_REF + "HostIpv6"}}},
                }
            },
        }
    }
    stable_names(doc, Registry({"HostIpv": ["other:response"]}), set())
    assert list(schemas(doc)) == ["HostIpv6"]  # not a renumbered series: its 6 is part of the name
