"""Rows 1-2: the SDK's per-call overhead against the generated client and raw httpx (emulator)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import sequence_api
from _harness import Paired, Row, interleave
from _procs import CLIENT_ID, CLIENT_SECRET, HEADERS, Emulator
from sequence_api.api.contacts import get_customers_by_customer_contacts

import sequence_async


@dataclass(frozen=True)
class HttpSizes:
    rounds_c1: int
    rounds_c64: int
    calls_c1: int
    calls_c64: int


@dataclass
class Clients:
    sdk: sequence_async.SequenceClient
    generated: sequence_api.Client
    raw: httpx.AsyncClient
    customer_id: str


@contextlib.asynccontextmanager
async def clients(emulator: Emulator) -> AsyncIterator[Clients]:
    url = emulator.url
    async with contextlib.AsyncExitStack() as stack:
        sdk = await stack.enter_async_context(sequence_async.SequenceClient(CLIENT_ID, CLIENT_SECRET, base_url=url))
        # The generated client as its README shows it: defaults everywhere, our headers.
        generated = sequence_api.Client(base_url=url, headers=HEADERS)
        stack.push_async_callback(generated.get_async_httpx_client().aclose)
        raw = await stack.enter_async_context(httpx.AsyncClient(base_url=url, headers=HEADERS))
        page = await sdk.customer_aliases.list(limit=1).first_page()
        customer_id = page.items[0].customer_id
        contacts = await sdk.contacts.list(customer_id)
        assert len(contacts) == 1, "the emulator must be seeded with one contact per customer"
        yield Clients(sdk, generated, raw, customer_id)


async def rows(emulator: Emulator, sizes: HttpSizes) -> list[Row]:
    async with clients(emulator) as c:
        cid = c.customer_id
        contacts_path = f"/customers/{cid}/contacts"

        async def sdk_contacts() -> object:
            return await c.sdk.contacts.list(cid)

        async def generated_contacts() -> object:
            response = await get_customers_by_customer_contacts.asyncio_detailed(
                cid, client=c.generated, include_archived=False
            )
            assert response.status_code == 200
            return response.parsed

        async def raw_contacts() -> object:
            response = await c.raw.get(contacts_path, params={"includeArchived": "false"})
            response.raise_for_status()
            return response.json()

        async def sdk_first_page() -> object:
            return await c.sdk.customer_aliases.list(limit=1).first_page()

        async def raw_first_page() -> object:
            response = await c.raw.get("/customer-aliases", params={"limit": 1})
            response.raise_for_status()
            return response.json()

        # Concurrency 1 first: after a concurrency-64 row a client's pool holds ~20 idle
        # connections for a while (until the server's keep-alive timeout), and httpcore checks
        # each of them on every request, which would tax whichever client ran at 64 before.
        out: list[Row] = []
        r1, r64, n1, n64 = sizes.rounds_c1, sizes.rounds_c64, sizes.calls_c1, sizes.calls_c64

        got = await interleave({"sdk": sdk_contacts, "gen": generated_contacts}, rounds=r1, calls=n1, concurrency=1)
        p = Paired(got["sdk"], got["gen"])
        out.append(
            Row(
                "1a",
                "contacts.list: SDK / generated asyncio_detailed, concurrency 1",
                p.a_median,
                p.b_median,
                "us/call",
                p.ratio,
                1.05,
            )
        )
        got = await interleave({"sdk": sdk_first_page, "raw": raw_first_page}, rounds=r1, calls=n1, concurrency=1)
        p = Paired(got["sdk"], got["raw"])
        out.append(
            Row(
                "2a",
                "customer_aliases.list(limit=1).first_page() / raw httpx get+json, c=1",
                p.a_median,
                p.b_median,
                "us/call",
                p.ratio,
                1.10,
            )
        )
        got = await interleave({"sdk": sdk_contacts, "raw": raw_contacts}, rounds=r1, calls=n1, concurrency=1)
        p = Paired(got["sdk"], got["raw"])
        out.append(
            Row(
                "2b",
                "contacts.list (1 contact) / raw httpx get+json, c=1",
                p.a_median,
                p.b_median,
                "us/call",
                p.ratio,
                1.10,
            )
        )

        got = await interleave({"sdk": sdk_contacts, "gen": generated_contacts}, rounds=r64, calls=n64, concurrency=64)
        p = Paired(got["sdk"], got["gen"])
        out.append(
            Row(
                "1b",
                "contacts.list: SDK / generated asyncio_detailed, concurrency 64",
                p.a_median,
                p.b_median,
                "us/call",
                p.ratio,
                1.05,
            )
        )

        # A retry means the server refused something (a rate limit the CLI applied by default?):
        # the timings would be of the retry policy, not of the SDK.
        if c.sdk.stats["retries"]:
            raise RuntimeError(f"the SDK retried {c.sdk.stats['retries']} requests: is the emulator limited?")
        return out
