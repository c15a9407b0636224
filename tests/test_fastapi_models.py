"""sequence_async.pydantic: the SDK's attrs models as FastAPI response models.

The example FastAPI app (its routes declare ``response_model(Model)``) runs against the
in-process emulator; its answers must be the JSON the SDK got, and its OpenAPI document must
carry each model's schema. Every generated model must build and give a JSON schema.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator
from typing import Any

import attrs
import httpx
import pydantic
import pytest
import sequence_api.models
from sequence_api.models import Customer, InvoiceResponse

from examples import fastapi_app
from sequence_async.pydantic import response_model
from sequence_async.testing import SequenceEmulator
from sequence_async.types import Contact, CustomerAlias

ATTRS_MODELS = [
    getattr(sequence_api.models, name)
    for name in sequence_api.models.__all__
    if attrs.has(getattr(sequence_api.models, name))
]


@pytest.fixture
async def app_and_emulator() -> AsyncIterator[tuple[httpx.AsyncClient, SequenceEmulator]]:
    emulator = SequenceEmulator()
    emulator.seed(customers=2, aliases_per_customer=2, contacts_per_customer=2, seed=3)
    app = fastapi_app.create_app(emulator.client)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
            yield http, emulator


async def test_endpoints_answer_the_json_the_sdk_got(
    app_and_emulator: tuple[httpx.AsyncClient, SequenceEmulator],
) -> None:
    http, emulator = app_and_emulator
    customer_id = emulator.customers[0]
    invoice_id = emulator.add_record("/invoices", {"currency": "EUR"})["id"]
    async with emulator.client() as sdk:
        expected: dict[str, tuple[type[Any], Any]] = {
            f"/customers/{customer_id}/aliases": (
                CustomerAlias,
                await sdk.customer_aliases.list_for_customer(customer_id),
            ),
            f"/customers/{customer_id}/contacts": (Contact, await sdk.contacts.list(customer_id)),
            f"/customers/{customer_id}": (Customer, await sdk.customers.get(customer_id)),
            f"/invoices/{invoice_id}": (InvoiceResponse, await sdk.invoices.get(invoice_id)),
        }
    for path, (model, got) in expected.items():
        response = await http.get(path)
        assert response.status_code == 200, (path, response.text)
        body = response.json()
        sdk_objects = got if isinstance(got, list) else [got]
        answers = body if isinstance(body, list) else [body]
        assert len(answers) == len(sdk_objects) > 0
        for answer, sdk_object in zip(answers, sdk_objects, strict=True):
            assert set(answer) == set(sdk_object.to_dict()), path  # camelCase, unset fields omitted
            assert model.from_dict(answer) == sdk_object, path  # same values (datetimes as instants)


async def test_the_openapi_document_has_each_models_schema(
    app_and_emulator: tuple[httpx.AsyncClient, SequenceEmulator],
) -> None:
    http, _ = app_and_emulator
    document = (await http.get("/openapi.json")).json()
    schemas = document["components"]["schemas"]
    alias = schemas["CustomerAlias"]
    assert set(alias["required"]) == {"id", "sequenceAccountId", "customerId", "value", "createdAt"}
    assert {"deletedAt", "label", "archivedAt"} <= set(alias["properties"])
    assert alias["properties"]["createdAt"]["format"] == "date-time"
    assert alias.get("additionalProperties") is True
    for name in ("Contact", "Customer", "InvoiceResponse"):
        assert schemas[name]["properties"], name
    aliases_route = document["paths"]["/customers/{customer_id}/aliases"]["get"]
    answer = aliases_route["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer["type"] == "array"
    assert answer["items"] == {"$ref": "#/components/schemas/CustomerAlias"}
    customer = schemas["Customer"]["properties"]
    assert {"$ref": "#/components/schemas/Address"} in _refs(customer["address"])  # a nested model
    assert "Address" in schemas
    currency = [ref for prop in schemas["InvoiceResponse"]["properties"].values() for ref in _refs(prop)]
    assert {"$ref": "#/components/schemas/Currency"} in currency  # a generated str enum
    assert schemas["Currency"]["type"] == "string"
    assert "EUR" in schemas["Currency"]["enum"]


def _refs(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The schema itself and the alternatives of an anyOf / the items of an array."""
    found = [schema, *schema.get("anyOf", [])]
    return found + [part["items"] for part in found if "items" in part]


def test_validates_attrs_instances_and_their_dicts_alike() -> None:
    created = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    alias = CustomerAlias(id="a", sequence_account_id="s", customer_id="c", value="v", created_at=created, label=None)
    alias["crmOnly"] = 7  # a field this SDK does not know
    model = response_model(CustomerAlias)
    from_instance = model.model_validate(alias)
    assert from_instance == model.model_validate(alias.to_dict())
    dumped = from_instance.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == {**alias.to_dict(), "createdAt": "2024-01-02T03:04:05Z"}  # label: null kept, unset omitted
    assert "deletedAt" not in dumped
    assert dumped["label"] is None
    assert dumped["crmOnly"] == 7
    assert from_instance.model_dump(by_alias=True)["deletedAt"] is None  # without exclude_unset: null
    assert alias.deleted_at is None
    assert "deleted_at" not in alias.fields_set
    with pytest.raises(pydantic.ValidationError):
        model.model_validate({"id": "a"})


def test_is_built_once_per_class_and_refuses_other_classes() -> None:
    assert response_model(CustomerAlias) is response_model(CustomerAlias)
    assert response_model(CustomerAlias).__name__ == "CustomerAlias"
    with pytest.raises(TypeError, match="not a generated attrs model"):
        response_model(dict)


@pytest.mark.parametrize("model", ATTRS_MODELS, ids=lambda model: model.__name__)
def test_every_generated_model_builds_with_a_json_schema(model: type) -> None:
    built = response_model(model)
    adapter = pydantic.TypeAdapter(list[built])  # type: ignore[valid-type]
    for mode in ("validation", "serialization"):
        assert adapter.json_schema(mode=mode)["type"] == "array"
    wire = {field.alias for field in built.model_fields.values()}
    names = {field.name for field in attrs.fields(model)} - {"additional_properties", "_given_bits"}
    assert len(wire) == len(names) == len(built.model_fields)  # every field, each under its own JSON name
