"""``sequence_async._generated`` on fresh objects: what a request and a model parse look like.

The SDK's own endpoints and parsers are built when ``_resources`` is imported and load the
generated code on their first use, so tests that only go through them never see a first use
again (``make mutate`` forks every mutant from a process that has used them all). These build
their own.

Equivalent mutants left alive (``make mutate`` counts them as survived):
``Endpoint.__init__`` and ``ModelParser.__init__`` starting the private cache at ``""`` instead
of ``None``: both are falsy, so the first use loads the generated code either way.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest
import sequence_api.models
from sequence_api.api.customer_aliases import get_customer_aliases
from sequence_api.types import UNSET

from sequence_async import _models
from sequence_async._generated import Endpoint, ModelParser, unset
from sequence_async._models import ModelError

ALIAS = {
    "id": "ali_1",
    "sequenceAccountId": "acc",
    "customerId": "cus",
    "value": "v",
    "createdAt": "2022-10-01T00:00:00Z",
    "deletedAt": "2022-10-01T00:00:00Z",
    "label": "L",
    "archivedAt": None,
}


def test_an_endpoint_names_its_generated_module() -> None:
    endpoint = Endpoint("customer_aliases.get_customer_aliases")
    assert endpoint.module == "sequence_api.api.customer_aliases.get_customer_aliases"
    assert importlib.import_module(endpoint.module) is get_customer_aliases


def test_a_fresh_endpoint_gives_the_generated_request_shape() -> None:
    endpoint = Endpoint("customer_aliases.delete_customer_aliases_by_id")
    assert endpoint.request(id="a/b") == ("DELETE", "/customer-aliases/a%2Fb", None)
    assert endpoint.request(id="c") == ("DELETE", "/customer-aliases/c", None)


def test_a_fresh_listing_endpoint_passes_the_generated_query_on() -> None:
    endpoint = Endpoint("customer_aliases.get_customer_aliases")
    method, path, params = endpoint.request(limit=5)
    assert (method, path) == ("GET", "/customer-aliases")
    assert params == {"limit": 5}


def test_an_endpoint_imports_its_module_on_first_use_and_only_then(monkeypatch: pytest.MonkeyPatch) -> None:
    imported: list[str] = []
    real = importlib.import_module

    def counting(name: str, package: str | None = None) -> Any:
        imported.append(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", counting)
    endpoint = Endpoint("contacts.get_customers_by_customer_contacts")
    assert imported == []
    shapes = [endpoint.request(customer="c", include_archived=flag)[2] for flag in (True, False)]
    assert shapes == [{"includeArchived": True}, {"includeArchived": False}]
    assert imported == ["sequence_api.api.contacts.get_customers_by_customer_contacts"]


def test_a_fresh_model_parser_builds_the_named_model() -> None:
    parser: ModelParser[Any] = ModelParser("CustomerAlias")
    assert parser.name == "CustomerAlias"
    alias = parser(ALIAS)
    assert type(alias) is sequence_api.models.CustomerAlias
    assert (alias.id, alias.customer_id, alias.label) == ("ali_1", "cus", "L")
    with pytest.raises(ModelError, match="CustomerAlias: missing required field 'id'"):
        parser({key: value for key, value in ALIAS.items() if key != "id"})


def test_a_model_parser_looks_its_model_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up: list[type] = []
    real = _models.model_parser

    def counting(model: Any) -> Any:
        looked_up.append(model)
        return real(model)

    monkeypatch.setattr(_models, "model_parser", counting)
    parser: ModelParser[Any] = ModelParser("CustomerAlias")
    assert looked_up == []
    assert [parser(ALIAS).id, parser({**ALIAS, "id": "ali_2"}).id] == ["ali_1", "ali_2"]
    assert looked_up == [sequence_api.models.CustomerAlias]


def test_unset_is_the_generated_packages_marker() -> None:
    assert unset() is UNSET
