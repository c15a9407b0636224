"""Rows 3 and 10-11: how close each client gets to the limit, raw aiohttp (``contacts.list``, 1 contact).

The emulator spends ~0.9 ms of CPU per request, so at concurrency 64 it, not the client, sets
the pace (~1,100 req/s). These rows are served by ``_canned_server.py`` instead: the emulator's
contacts.list answer, prebuilt, from a bare asyncio protocol in its own process, whose CPU per
request is measured in the same run and reported with its headroom.

Throughput and latency come from wall time; client CPU per call is ``time.process_time()`` of
this (the client) process over a round, divided by its calls.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import aiohttp
import httpx
from _harness import Paired, Row, median, run_calls
from _procs import CLIENT_ID, CLIENT_SECRET, HEADERS, Server, cpu_seconds
from httpx_aiohttp import AiohttpTransport

import sequence_async

CUSTOMER_ID = "018cc251-f400-7c26-829f-000000000000"
PATH = f"/customers/{CUSTOMER_ID}/contacts"
QUERY = {"includeArchived": "false"}


@dataclass(frozen=True)
class LimitSizes:
    rounds: int
    calls_fast: int  # per round, for the aiohttp-based clients
    calls_slow: int  # per round, for raw httpx and the SDK on httpx (~10x slower at concurrency 64)
    calls_c1: int


@dataclass
class Measured:
    """Per-round throughput (req/s) and client CPU (us per call) of one variant."""

    throughput: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


Call = Callable[[], Awaitable[object]]


@contextlib.asynccontextmanager
async def _variants(url: str) -> AsyncIterator[dict[str, Call]]:
    async with contextlib.AsyncExitStack() as stack:
        session = await stack.enter_async_context(aiohttp.ClientSession(headers=HEADERS))
        raw_httpx = await stack.enter_async_context(httpx.AsyncClient(base_url=url, headers=HEADERS))
        raw_httpx_aiohttp = await stack.enter_async_context(
            httpx.AsyncClient(base_url=url, headers=HEADERS, transport=AiohttpTransport())
        )
        sdk_httpx = await stack.enter_async_context(
            sequence_async.SequenceClient(CLIENT_ID, CLIENT_SECRET, base_url=url)
        )
        sdk_aiohttp = await stack.enter_async_context(
            sequence_async.SequenceClient(CLIENT_ID, CLIENT_SECRET, base_url=url, http_backend="aiohttp")
        )
        full_url = url + PATH

        async def raw_aiohttp_call() -> object:  # the limit: as aiohttp's own docs show a GET
            async with session.get(full_url, params=QUERY) as response:
                response.raise_for_status()
                return await response.json()

        def raw(client: httpx.AsyncClient) -> Call:
            async def call() -> object:
                response = await client.get(PATH, params=QUERY)
                response.raise_for_status()
                return response.json()

            return call

        def sdk(client: sequence_async.SequenceClient) -> Call:
            async def call() -> object:
                return await client.contacts.list(CUSTOMER_ID)

            return call

        variants = {
            "raw_aiohttp": raw_aiohttp_call,
            "sdk_aiohttp": sdk(sdk_aiohttp),
            "raw_httpx_aiohttp": raw(raw_httpx_aiohttp),
            "raw_httpx": raw(raw_httpx),
            "sdk_httpx": sdk(sdk_httpx),
        }
        contacts = await sdk_aiohttp.contacts.list(CUSTOMER_ID)
        assert len(contacts) == 1, "the canned server answers with one contact"
        variants.update(_layers(sdk_aiohttp, full_url))
        yield variants


def _layers(client: sequence_async.SequenceClient, full_url: str) -> dict[str, Call]:
    """The SDK on aiohttp cut at each layer (rows 12): where its CPU per call goes."""
    from sequence_async._resources import LIST_CONTACTS, _parse_contact_list

    sender, pipeline = client._shared.sender, client._pipeline
    url, timeout = f"{full_url}?includeArchived=false", pipeline.options.timeout

    async def send() -> object:  # aiohttp as the SDK configures it, and json.loads
        return json.loads((await sender.send("GET", url, None, timeout)).content)

    async def parse() -> object:  # + the typed model: from_dict and its checks
        return _parse_contact_list(json.loads((await sender.send("GET", url, None, timeout)).content))

    async def pipe() -> object:  # + the pipeline: query encoding, retry loop, budget, telemetry, version check
        reply = await pipeline.call(
            "GET", PATH, _parse_contact_list, params={"includeArchived": False}, operation=LIST_CONTACTS
        )
        return reply.body.items

    return {"layer_send": send, "layer_parse": parse, "layer_pipeline": pipe}


async def _measure(
    variants: dict[str, Call], calls: dict[str, int], rounds: int, concurrency: int
) -> dict[str, Measured]:
    """Alternating rounds (the order reverses every round) after a warm-up of each variant."""
    got = {name: Measured() for name in variants}
    for call in variants.values():
        await run_calls(call, max(concurrency, 50), concurrency)
    for index in range(rounds):
        names = list(variants) if index % 2 == 0 else list(variants)[::-1]
        for name in names:
            cpu_before = time.process_time()
            seconds = await run_calls(variants[name], calls[name], concurrency)
            cpu = time.process_time() - cpu_before
            got[name].throughput.append(calls[name] / seconds)
            got[name].cpu.append(cpu / calls[name] * 1e6)
    return got


async def rows(server: Server, sizes: LimitSizes) -> list[Row]:
    async with _variants(server.url) as every:
        variants = {name: call for name, call in every.items() if not name.startswith("layer_")}
        at_1 = {name: variants[name] for name in ("raw_aiohttp", "sdk_aiohttp")}
        c1 = await _measure(at_1, dict.fromkeys(at_1, sizes.calls_c1), sizes.rounds, 1)
        calls = {name: sizes.calls_slow if "httpx" in name else sizes.calls_fast for name in variants}
        calls["raw_httpx_aiohttp"] = sizes.calls_fast
        server_cpu = cpu_seconds(server.pid)
        c64 = await _measure(variants, calls, sizes.rounds, 64)
        requests = sum(calls.values()) * sizes.rounds + 64 * len(variants)
        server_us = (cpu_seconds(server.pid) - server_cpu) / requests * 1e6
        layered = {name: every[name] for name in ("raw_aiohttp", *_LAYERS)}
        layers = await _measure(layered, dict.fromkeys(layered, sizes.calls_fast), sizes.rounds, 64)
    return _limit_rows(c1, c64, server_us) + _cpu_rows(c64) + _layer_rows(layers)


def _latency(measured: Measured) -> list[float]:
    return [1e6 / value for value in measured.throughput]  # concurrency 1: us per call


def _limit_rows(c1: dict[str, Measured], c64: dict[str, Measured], server_us: float) -> list[Row]:
    sdk, raw = c64["sdk_aiohttp"], c64["raw_aiohttp"]
    fastest = max(median(m.throughput) for m in c64.values())
    headroom = 1e6 / server_us if server_us > 0 else float("inf")
    server_note = (
        f"the canned server spent {server_us:.0f} us CPU per request: ~{headroom:,.0f} req/s on its core, "
        f"{headroom / fastest:.1f}x the fastest client here"
    )
    throughput = Paired(sdk.throughput, raw.throughput)
    vs_httpx = Paired(sdk.throughput, c64["raw_httpx"].throughput)
    vs_httpx_aiohttp = Paired(sdk.throughput, c64["raw_httpx_aiohttp"].throughput)
    cpu = Paired(sdk.cpu, raw.cpu)
    latency = Paired(_latency(c1["sdk_aiohttp"]), _latency(c1["raw_aiohttp"]))
    return [
        Row(
            "3a",
            "throughput c=64: SDK http_backend=aiohttp / raw httpx",
            *_pair(vs_httpx),
            "req/s",
            vs_httpx.ratio,
            4.0,
            ">=",
            note="served by the canned server (see 10e)",
        ),
        Row(
            "3b",
            "throughput c=64: SDK http_backend=aiohttp / raw httpx over httpx-aiohttp",
            *_pair(vs_httpx_aiohttp),
            "req/s",
            vs_httpx_aiohttp.ratio,
            0.85,
            ">=",
        ),
        Row(
            "10a",
            "throughput c=64: SDK http_backend=aiohttp / raw aiohttp get+json",
            *_pair(throughput),
            "req/s",
            throughput.ratio,
            0.85,
            ">=",
        ),
        Row(
            "10b",
            "client CPU per call c=64: SDK http_backend=aiohttp / raw aiohttp",
            *_pair(cpu),
            "us/call",
            cpu.ratio,
            1.3,
        ),
        Row(
            "10c", "latency c=1: SDK http_backend=aiohttp / raw aiohttp", *_pair(latency), "us/call", latency.ratio, 1.1
        ),
        Row("10d", "latency c=1: raw aiohttp get+json (the limit)", latency.b_median, None, "us/call"),
        Row(
            "10e",
            "throughput c=64: raw aiohttp get+json (the limit)",
            throughput.b_median,
            None,
            "req/s",
            note=server_note,
        ),
    ]


def _pair(paired: Paired) -> tuple[float, float]:
    return paired.a_median, paired.b_median


_LAYERS = {
    "layer_send": ("12a", "aiohttp as the SDK sends (AiohttpSender.send) + json.loads"),
    "layer_parse": ("12b", "+ the typed model (from_dict and its checks)"),
    "layer_pipeline": ("12c", "+ the pipeline (Pipeline.call)"),
    "sdk_aiohttp": ("12d", "+ the resource (argument checks, generated request shape): the SDK"),
}


def _layer_rows(layers: dict[str, Measured]) -> list[Row]:
    """The SDK's CPU per call at each layer, against raw aiohttp's in the same pass (report only).

    Raw aiohttp's own figure includes yarl building the query from ``params=`` (the SDK sends a
    URL it has already encoded), which is why the first layer can cost less than the limit.
    """
    raw = layers["raw_aiohttp"].cpu
    out, previous = [], None
    for name, (row_id, label) in _LAYERS.items():
        paired = Paired(layers[name].cpu, raw)
        step = "" if previous is None else f"; +{paired.a_median - previous:.0f} us over {out[-1].id}"
        out.append(
            Row(
                row_id,
                f"client CPU per call c=64: {label} / raw aiohttp",
                *_pair(paired),
                "us/call",
                paired.ratio,
                note=f"{median(layers[name].throughput):,.0f} req/s{step}",
            )
        )
        previous = paired.a_median
    return out


_CPU_ROWS = (
    ("11a", "raw_httpx", "raw httpx"),
    ("11b", "raw_httpx_aiohttp", "raw httpx over httpx-aiohttp"),
    ("11c", "sdk_httpx", "SDK, default httpx"),
    ("11d", "sdk_aiohttp", "SDK, http_backend=aiohttp"),
)


def _cpu_rows(c64: dict[str, Measured]) -> list[Row]:
    """Client CPU per call of each stack at concurrency 64, against raw aiohttp's (report only)."""
    raw = c64["raw_aiohttp"].cpu
    out = []
    for row_id, name, label in _CPU_ROWS:
        paired = Paired(c64[name].cpu, raw)
        throughput = median(c64[name].throughput)
        out.append(
            Row(
                row_id,
                f"client CPU per call c=64: {label} / raw aiohttp",
                *_pair(paired),
                "us/call",
                paired.ratio,
                note=f"{throughput:,.0f} req/s",
            )
        )
    httpx_cost = Paired(c64["sdk_httpx"].cpu, c64["raw_httpx"].cpu)
    out.append(
        Row(
            "11e",
            "client CPU per call c=64: SDK, default httpx / raw httpx",
            *_pair(httpx_cost),
            "us/call",
            httpx_cost.ratio,
        )
    )
    return out
