"""The generated package's contract the SDK relies on (sequence_async/_generated.py).

If a generator upgrade changes it, these fail first, and say what to run.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from sequence_async import _resources
from sequence_async._generated import REGENERATE, Endpoint, ModelParser

ENDPOINTS: dict[Endpoint, tuple[dict[str, Any], str, str]] = {
    _resources.GET_CUSTOMER_ALIASES: ({"limit": 10}, "GET", "/customer-aliases"),
    _resources.GET_CUSTOMER_ALIASES_OF_CUSTOMER: ({"id": "a/b"}, "GET", "/customers/a%2Fb/aliases"),
    _resources.DELETE_CUSTOMER_ALIAS: ({"id": "x y"}, "DELETE", "/customer-aliases/x%20y"),
    _resources.GET_CONTACTS: (
        {"customer": "c", "include_archived": False},
        "GET",
        "/customers/c/contacts",
    ),
}


@pytest.mark.parametrize("endpoint", list(ENDPOINTS), ids=lambda e: e.module)
def test_each_endpoint_module_has_the_request_shape_the_sdk_reads(endpoint: Endpoint) -> None:
    arguments, method, path = ENDPOINTS[endpoint]
    module = importlib.import_module(endpoint.module)
    assert callable(getattr(module, "_get_kwargs", None)), f"{endpoint.module} lost _get_kwargs: {REGENERATE}"
    shape = module._get_kwargs(**arguments)
    assert isinstance(shape, dict), f"_get_kwargs no longer returns a dict: {REGENERATE}"
    assert {"method", "url"} <= set(shape), f"_get_kwargs keys changed ({sorted(shape)}): {REGENERATE}"
    assert endpoint.request(**arguments)[:2] == (method, path)


def test_every_endpoint_the_resources_use_is_checked_here() -> None:
    used = {value for value in vars(_resources).values() if isinstance(value, Endpoint)}
    assert used == set(ENDPOINTS)


def test_every_model_the_resources_parse_exists() -> None:
    import sequence_api.models

    parsers = [value for value in vars(_resources).values() if isinstance(value, ModelParser)]
    assert len(parsers) == 4
    for parser in parsers:
        assert hasattr(sequence_api.models, parser.name), f"model {parser.name} is gone: {REGENERATE}"


def test_the_query_of_a_listing_comes_from_the_generated_shape() -> None:
    method, path, params = _resources.GET_CONTACTS.request(customer="c", include_archived=True)
    assert (method, path, params) == ("GET", "/customers/c/contacts", {"includeArchived": True})
