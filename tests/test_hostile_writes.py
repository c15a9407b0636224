"""Write operations of the generated layer against the raw-socket hostile server, on both backends.

A reset or close after the server has read the whole request means the write may have been
applied: a POST (or PATCH) without an idempotency key is never resent, and its error says
``maybe_applied``; a PUT is; POST /customer-aliases carries one ``Idempotency-Key`` across its
attempts, so it is resent with the same key.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from sequence_async import APIConnectionError, InternalServerError, RetryPolicy, SequenceClient

from ._fixtures import Backend, make_client
from ._hostile import WAIT, Close, Credentials, HostileServer, Reply, Reset, Script, exception_leaks

pytest_plugins = ["tests._backends"]  # the `backend` fixture: each test runs on httpx and on aiohttp

SECRET = 'sé/cr"et<&>+ %'
CREDS = Credentials("id", SECRET)
FAST = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.002)
JSON = {"Content-Type": "application/json"}
ADDRESS = {"country": "GB", "line1": "1 St", "postcode": "N1", "town": "London"}
CUSTOMER = {
    "id": "c1",
    "legalName": "Acme",
    "createdAt": "2024-01-01T00:00:00Z",
    "address": ADDRESS,
    "contacts": [],
    "integrationIds": [],
    "taxStatus": "TAXED",
    "status": "ACTIVE",
    "organizations": [],
    "customProperties": [],
}
ALIAS = {"id": "a1", "sequenceAccountId": "acc", "customerId": "c1", "value": "crm-1"}
ALIAS["createdAt"] = "2024-01-01T00:00:00Z"

Call = Callable[[SequenceClient], Awaitable[Any]]
# Writes whose attempt, once received, may have been applied: POST/PATCH without an idempotency key.
UNSAFE: dict[str, tuple[Call, str, str]] = {
    "customers.create": (
        lambda c: c.customers.create(legal_name="Acme", address=ADDRESS, contacts=[], tax_status="TAXED"),
        "POST",
        "/customers",
    ),
    "usage_events.create": (
        lambda c: c.usage_events.create(customer_alias="crm-1", event_type="api_call", event_properties={"n": 1}),
        "POST",
        "/usage-events",
    ),
    "invoices.finalize": (lambda c: c.invoices.finalize("inv 1"), "POST", "/invoices/inv%201/finalize"),
    "contacts.create": (
        lambda c: c.contacts.create("c1", name="Ann", email="ann@example.com", billing_preference="PRIMARY"),
        "POST",
        "/customers/c1/contacts",
    ),
    "invoices.patch": (lambda c: c.invoices.patch("inv1", memo="m"), "PATCH", "/invoices/inv1"),
}


def hostile_client(server: HostileServer, backend: Backend) -> SequenceClient:
    return make_client(
        server.base_url,
        (CREDS.client_id, CREDS.client_secret),
        backend=backend,
        retry=FAST,
        rate_limit=None,
        timeout=WAIT,
    )


def ok(body: dict[str, Any], status: int = 200) -> Reply:
    return Reply(status, json.dumps(body).encode(), JSON)


@pytest.mark.parametrize("name", sorted(UNSAFE))
@pytest.mark.parametrize("after_receiving", [Reset(), Close(), Reply(503, b"{}", JSON)], ids=["reset", "close", "503"])
async def test_an_unkeyed_write_received_then_failed_is_not_resent(
    name: str, after_receiving: Any, backend: Backend
) -> None:
    call, method, path = UNSAFE[name]
    async with HostileServer(Script(after_receiving, ok(CUSTOMER, 201))) as server:
        async with hostile_client(server, backend) as client:
            with pytest.raises((APIConnectionError, InternalServerError)) as caught:
                await call(client)
        assert [(r.method, r.path) for r in server.requests] == [(method, "/api" + path)]
    assert caught.value.maybe_applied is True
    assert not exception_leaks(caught.value, CREDS)


async def test_an_unkeyed_write_refused_with_429_is_resent(backend: Backend) -> None:
    limited = Reply(429, b'{"error":{"type":"RateLimited","message":"slow down"}}', {**JSON, "Retry-After": "0"})
    async with HostileServer(Script(limited, ok(CUSTOMER, 201))) as server:
        async with hostile_client(server, backend) as client:
            customer = await client.customers.create(
                legal_name="Acme", address=ADDRESS, contacts=[], tax_status="TAXED"
            )
        assert [r.method for r in server.requests] == ["POST", "POST"]
    assert customer.id == "c1"


async def test_an_alias_create_is_resent_with_its_key_after_a_reset(backend: Backend) -> None:
    async with HostileServer(Script(Reset(), Close(), ok(ALIAS, 201))) as server:
        async with hostile_client(server, backend) as client:
            alias = await client.customer_aliases.create(customer_id="c1", value="crm-1")
        keys = [r.headers.get("idempotency-key") for r in server.requests]
    assert alias.id == "a1"
    assert len(keys) == 3
    assert keys[0]
    assert len(set(keys)) == 1
    assert json.loads(server.requests[0].body) == {"customerId": "c1", "value": "crm-1"}


async def test_a_put_is_resent_after_a_reset(backend: Backend) -> None:
    async with HostileServer(Script(Reset(), ok(CUSTOMER))) as server:
        async with hostile_client(server, backend) as client:
            customer = await client.customers.update(
                "c1", legal_name="Acme", address=ADDRESS, contacts=[], tax_status="TAXED"
            )
        assert [r.method for r in server.requests] == ["PUT", "PUT"]
        assert server.requests[0].body == server.requests[1].body
    assert customer.legal_name == "Acme"
