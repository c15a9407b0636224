"""Rows 9a-9b: what observability costs a call (contacts.list, concurrency 1, emulator on loopback).

9a: the ``otel`` extra installed but no tracer or meter provider configured, against a client
whose telemetry is switched off as if the extra were not installed. 9b: tracing and metrics on
(the OpenTelemetry SDK, spans to an in-memory exporter, an in-memory metric reader) against off.
9c (report only): the OpenTelemetry SDK calls a traced call makes (two spans, the context
switches, the propagator, two histogram points) made by hand around an untraced call, against
off: the floor any implementation of 9b pays with this SDK.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from _harness import Paired, Row, interleave
from _procs import CLIENT_ID, CLIENT_SECRET, Emulator
from opentelemetry import context, propagate, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

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
    exporter, tracer_provider, meter_provider = _in_memory_providers()
    _, floor_tracer_provider, floor_meter_provider = _in_memory_providers()  # 9c's own, set up alike
    async with (
        _client(emulator) as no_provider,
        _client(emulator) as without,
        _client(emulator, tracer_provider=tracer_provider, meter_provider=meter_provider) as traced,
    ):
        without._shared.telemetry.disable_opentelemetry()  # as if `otel` were not installed
        page = await no_provider.customer_aliases.list(limit=1).first_page()
        customer_id = page.items[0].customer_id

        def contacts(client: sequence_async.SequenceClient) -> Callable[[], Awaitable[object]]:
            async def call() -> object:
                return await client.contacts.list(customer_id)

            return call

        floor = _sdk_calls_around(contacts(without), floor_tracer_provider, floor_meter_provider, emulator.url)
        got = await interleave(
            {
                "no_provider": contacts(no_provider),
                "without": contacts(without),
                "traced": contacts(traced),
                "floor": floor,
            },
            rounds=sizes.rounds,
            calls=sizes.calls,
            concurrency=1,
        )
        spans = len(exporter.get_finished_spans())
    idle = Paired(got["no_provider"], got["without"])
    on = Paired(got["traced"], got["without"])
    sdk_only = Paired(got["floor"], got["without"])
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
        Row(
            "9c",
            "contacts.list off + the same OTel SDK calls by hand / off, c=1",
            sdk_only.a_median,
            sdk_only.b_median,
            "us/call",
            sdk_only.ratio,
            note="the OpenTelemetry SDK's own cost for what 9b records: the floor under 9b",
        ),
    ]


def _in_memory_providers() -> tuple[InMemorySpanExporter, TracerProvider, MeterProvider]:
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    return exporter, tracer_provider, MeterProvider(metric_readers=[InMemoryMetricReader()])


def _sdk_calls_around(
    call: Callable[[], Awaitable[object]], tracer_provider: TracerProvider, meter_provider: MeterProvider, url: str
) -> Callable[[], Awaitable[object]]:
    """``call`` wrapped in the OpenTelemetry calls a traced SDK call makes, and nothing else."""
    tracer = tracer_provider.get_tracer("floor")
    meter = meter_provider.get_meter("floor")
    request_duration = meter.create_histogram("floor.request.duration", unit="s")
    call_duration = meter.create_histogram("floor.call.duration", unit="s")
    server: dict[str, str | int] = {"http.request.method": "GET", "server.address": "127.0.0.1", "server.port": 1}

    async def traced() -> object:
        span = tracer.start_span("Contacts.list", kind=SpanKind.INTERNAL, attributes={"sequence.operation_id": "x"})
        token = context.attach(trace.set_span_in_context(span))
        attempt = tracer.start_span(
            "GET /contacts", kind=SpanKind.CLIENT, attributes={**server, "url.full": url, "url.template": "/contacts"}
        )
        current = context.set_value("floor", True, trace.set_span_in_context(attempt))
        attempt_token = context.attach(current)
        propagate.inject({}, context=current)
        result = await call()
        context.detach(attempt_token)
        attempt.set_attribute("http.response.status_code", 200)
        attempt.end()
        request_duration.record(0.001, {**server, "http.response.status_code": 200})
        context.detach(token)
        span.set_attributes({"sequence.attempts": 1, "sequence.retries": 0, "sequence.wait.total": 0.0})
        span.end()
        call_duration.record(0.001, {"sequence.operation": "Contacts.list"})
        return result

    return traced
