"""The FastAPI and aiohttp examples, with the emulator on loopback as the upstream.

Each app runs with its SequenceClient on both HTTP backends (the ``backend`` fixture).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import httpx
import pytest
from aiohttp.test_utils import TestClient, TestServer

from examples import aiohttp_app, fastapi_app
from sequence_async import RetryPolicy, SequenceClient
from sequence_async.testing import Fault, Faults, SequenceEmulator

from ._fixtures import Backend, make_client

pytest_plugins = ["tests._backends"]


@dataclass
class Upstream:
    emulator: SequenceEmulator
    backend: Backend
    clients: list[SequenceClient]

    def make_client(self, base_url: str) -> Callable[[], SequenceClient]:
        def build() -> SequenceClient:
            client = make_client(base_url, self.emulator, backend=self.backend, retry=RetryPolicy(max_retries=0))
            self.clients.append(client)
            return client

        return build


Get = Callable[[str, str], Awaitable[tuple[int, object, dict[str, str]]]]


@pytest.fixture
async def upstream(backend: Backend) -> AsyncIterator[tuple[Upstream, str]]:
    emulator = SequenceEmulator()
    emulator.seed(customers=3, aliases_per_customer=2, contacts_per_customer=2, seed=1)
    async with emulator.serve() as base_url:
        yield Upstream(emulator, backend, []), base_url


@pytest.fixture(params=["fastapi", "aiohttp"])
async def app_call(
    request: pytest.FixtureRequest, upstream: tuple[Upstream, str]
) -> AsyncIterator[tuple[Upstream, Get]]:
    state, base_url = upstream
    if request.param == "fastapi":
        app = fastapi_app.create_app(state.make_client(base_url))
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:

                async def call(method: str, path: str) -> tuple[int, object, dict[str, str]]:
                    response = await http.request(method, path)
                    return response.status_code, response.json(), dict(response.headers)

                yield state, call
    else:
        async with TestClient(TestServer(aiohttp_app.create_app(state.make_client(base_url)))) as aio:

            async def call(method: str, path: str) -> tuple[int, object, dict[str, str]]:
                reply = await aio.request(method, path)
                return reply.status, await reply.json(), dict(reply.headers)

            yield state, call
    assert state.clients
    assert all(client.is_closed for client in state.clients)  # closed on shutdown


async def test_lists_a_customers_aliases_and_contacts(app_call: tuple[Upstream, Get]) -> None:
    state, call = app_call
    customer = state.emulator.customers[0]
    status, body, _ = await call("GET", f"/customers/{customer}/aliases")
    assert status == 200
    assert isinstance(body, list)
    assert {a["id"] for a in body} == {a["id"] for a in state.emulator.aliases_of(customer)}
    status, body, _ = await call("GET", f"/customers/{customer}/contacts?include_archived=true")
    assert status == 200
    assert isinstance(body, list)
    assert len(body) == len(state.emulator.contacts_of(customer))


async def test_delete_then_404(app_call: tuple[Upstream, Get]) -> None:
    state, call = app_call
    alias_id = state.emulator.aliases[0]["id"]
    status, body, _ = await call("DELETE", f"/aliases/{alias_id}")
    assert status == 200
    assert isinstance(body, dict)
    assert body["id"] == alias_id
    assert body["deletedAt"]
    status, body, _ = await call("DELETE", f"/aliases/{alias_id}")
    assert (status, body) == (404, {"detail": "not found"})


async def test_unknown_customer_stays_404(app_call: tuple[Upstream, Get]) -> None:
    _, call = app_call
    status, _, _ = await call("GET", "/customers/nobody/contacts")
    assert status == 404


async def test_upstream_rate_limit_becomes_503_with_retry_after(app_call: tuple[Upstream, Get]) -> None:
    state, call = app_call
    state.emulator.faults = Faults(script=[Fault.status(429, retry_after=7)])
    status, _, headers = await call("GET", f"/customers/{state.emulator.customers[0]}/aliases")
    assert status == 503
    assert {k.lower(): v for k, v in headers.items()}["retry-after"] == "7"


@pytest.mark.parametrize("fault", [Fault.status(500), Fault.status(520), Fault.malformed("not_json"), Fault.drop()])
async def test_other_upstream_failures_become_502(app_call: tuple[Upstream, Get], fault: Fault) -> None:
    state, call = app_call
    state.emulator.faults = Faults(script=[fault])
    status, body, _ = await call("GET", f"/customers/{state.emulator.customers[0]}/aliases")
    assert status == 502
    assert isinstance(body, dict)
    assert body["detail"].startswith("upstream error")
