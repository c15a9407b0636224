"""Rows 9a-9b: what observability costs a call (contacts.list, concurrency 1, emulator on loopback).

9a: the ``otel`` extra installed but no tracer or meter provider configured, against a client
whose telemetry is switched off as if the extra were not installed. 9b: tracing and metrics on
(the OpenTelemetry SDK, spans to an in-memory exporter, an in-memory metric reader) against off.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from _harness import Paired, Row, interleave
from _procs import CLIENT_ID, CLIENT_SECRET, Emulator
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import sequence_async


@dataclass(frozen=True)
class OtelSizes:
    rounds: int
    calls: int


@contextlib.asynccontextmanager
async def _client(emulator: Emulator, **kwargs: Any) -> AsyncIterator[sequence_async.SequenceClient]:
    async with sequence_async.SequenceClient(CLIENT_ID, CLIENT_SECRET, base_url=emulator.url, **kwargs) as client:
        yield client


async def rows(emulator: Emulator, sizes: OtelSizes) -> list[Row]:
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
    async with (
        _client(emulator) as no_provider,
        _client(emulator) as without,
        _client(emulator, tracer_provider=tracer_provider, meter_provider=meter_provider) as traced,
    ):
        without._transport.telemetry.disable_opentelemetry()  # as if `otel` were not installed
        page = await no_provider.customer_aliases.list(limit=1).first_page()
        customer_id = page.items[0].customer_id

        def contacts(client: sequence_async.SequenceClient) -> Callable[[], Awaitable[object]]:
            async def call() -> object:
                return await client.contacts.list(customer_id)

            return call

        got = await interleave(
            {"no_provider": contacts(no_provider), "without": contacts(without), "traced": contacts(traced)},
            rounds=sizes.rounds,
            calls=sizes.calls,
            concurrency=1,
        )
        spans = len(exporter.get_finished_spans())
    idle = Paired(got["no_provider"], got["without"])
    on = Paired(got["traced"], got["without"])
    return [
        Row(
            "9a",
            "contacts.list, otel extra installed, no provider / telemetry off, c=1",
            idle.a_median,
            idle.b_median,
            "us/call",
            idle.ratio,
            1.02,
        ),
        Row(
            "9b",
            "contacts.list, tracing + metrics on (SDK, in-memory) / off, c=1",
            on.a_median,
            on.b_median,
            "us/call",
            on.ratio,
            1.15,
            note=f"{spans:,} spans exported (2 per call: the call and its attempt)",
        ),
    ]
