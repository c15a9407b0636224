"""Observability as users see it: OpenTelemetry spans and metrics (in-memory exporters), hooks and
log records, on both HTTP backends against the emulator on loopback."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import subprocess
import sys
import textwrap
import urllib.parse
from typing import Any

import httpx
import pytest
from opentelemetry import metrics as metrics_api
from opentelemetry import propagate, trace
from opentelemetry.metrics import NoOpMeter, NoOpMeterProvider
from opentelemetry.metrics._internal.instrument import NoOpHistogram
from opentelemetry.propagators.textmap import TextMapPropagator
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor
from opentelemetry.trace import NoOpTracerProvider, SpanKind, StatusCode

from sequence_async import (
    CallDetails,
    Hooks,
    LimiterWaitDetails,
    NotFoundError,
    RetryBudget,
    SequenceClient,
    SequenceError,
)
from sequence_async.testing import Fault, Faults, SequenceEmulator

from ._fixtures import Backend, make_client
from ._hostile import Credentials, exception_leaks, leaks
from ._otel import Telemetry
from ._servers import wait_until
from .test_client import MOCK_BASE

pytest_plugins = ["tests._backends", "tests._emulated"]

ALIAS_TEMPLATE = "/customer-aliases/{id}"


@pytest.fixture
def otel() -> Telemetry:
    return Telemetry()


def first_alias(emulator: SequenceEmulator) -> str:
    alias_id: str = emulator.aliases[0]["id"]
    return alias_id


def attrs(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


def event_attrs(event: Any) -> dict[str, Any]:
    return dict(event.attributes or {})


def times(span: ReadableSpan) -> tuple[int, int]:
    assert span.start_time is not None
    assert span.end_time is not None
    return span.start_time, span.end_time


# -- traces ------------------------------------------------------------------------------------------


async def test_a_call_retried_twice_is_one_internal_span_over_three_client_spans(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry, backend: Backend
) -> None:
    emulator.faults = Faults([Fault.status(503), Fault.status(502)])
    alias_id = first_alias(emulator)
    async with make_client(base_url, emulator, backend=backend, **otel.providers) as client:
        await client.customer_aliases.delete(alias_id)
    [call] = otel.spans(SpanKind.INTERNAL)
    assert call.name == "CustomerAliases.delete"
    assert call.status.status_code == StatusCode.UNSET
    assert attrs(call)["sequence.operation_id"] == "deleteCustomerAliasesById"
    assert attrs(call)["sequence.attempts"] == 3
    assert attrs(call)["sequence.retries"] == 2
    paced = attrs(call).get("sequence.rate_limiter.wait", 0.0)  # the served emulator's advertised pacing
    assert attrs(call)["sequence.wait.total"] == pytest.approx(attrs(call)["sequence.retry.wait"] + paced)
    assert attrs(call)["sequence.retry.wait"] > 0
    assert "error.type" not in attrs(call)
    retries = [event for event in call.events if event.name == "sequence.retry"]
    assert [event_attrs(event)["sequence.attempt"] for event in retries] == [1, 2]
    assert [event_attrs(event)["error.type"] for event in retries] == ["503", "502"]
    attempts = otel.children(call)
    assert otel.spans(SpanKind.CLIENT) == attempts
    assert [span.kind for span in attempts] == [SpanKind.CLIENT] * 3
    assert all(span.context.trace_id == call.context.trace_id for span in attempts)
    assert [attrs(span).get("http.request.resend_count") for span in attempts] == [None, 1, 2]
    assert [attrs(span)["http.response.status_code"] for span in attempts] == [503, 502, 200]
    assert [attrs(span).get("error.type") for span in attempts] == ["503", "502", None]
    assert [span.status.status_code for span in attempts] == [StatusCode.ERROR, StatusCode.ERROR, StatusCode.UNSET]
    host, port = base_url.removeprefix("http://").split(":")
    for span in attempts:
        assert span.name == f"DELETE {ALIAS_TEMPLATE}"
        assert attrs(span)["http.request.method"] == "DELETE"
        assert attrs(span)["server.address"] == host
        assert attrs(span)["server.port"] == int(port)
        assert attrs(span)["url.full"] == f"{base_url}/customer-aliases/{alias_id}"
        assert attrs(span)["url.template"] == ALIAS_TEMPLATE
    # the attempts follow each other, inside the call
    spans = [times(call), *(times(span) for span in attempts)]
    (call_start, call_end), *attempt_times = spans
    assert call_start <= attempt_times[0][0]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(attempt_times))
    assert attempt_times[-1][1] <= call_end


async def test_a_404_marks_both_spans_with_error_type(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry, backend: Backend
) -> None:
    async with make_client(base_url, emulator, backend=backend, **otel.providers) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.customer_aliases.delete("no-such-alias")
    [call] = otel.spans(SpanKind.INTERNAL)
    assert attrs(call)["error.type"] == "NotFoundError"
    assert call.status.status_code == StatusCode.ERROR
    assert call.status.description == str(caught.value)
    [attempt] = otel.children(call)
    assert attrs(attempt)["error.type"] == "404"
    assert attrs(attempt)["http.response.status_code"] == 404
    assert attempt.status.status_code == StatusCode.ERROR


async def test_a_dropped_connection_is_an_attempt_without_status(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry, backend: Backend
) -> None:
    emulator.faults = Faults([Fault.drop()])
    async with make_client(base_url, emulator, backend=backend, **otel.providers) as client:
        await client.contacts.list(emulator.customers[0])
    [call] = otel.spans(SpanKind.INTERNAL)
    first, second = otel.children(call)
    assert attrs(first)["error.type"] == "APIConnectionError"
    assert "http.response.status_code" not in attrs(first)
    assert attrs(second)["http.response.status_code"] == 200
    assert call.name == "Contacts.list"
    assert attrs(call)["sequence.operation_id"] == "getCustomersByCustomerContacts"
    assert first.name == "GET /customers/{customer}/contacts"


async def test_each_page_fetch_is_one_span(base_url: str, emulator: SequenceEmulator, otel: Telemetry) -> None:
    async with make_client(base_url, emulator, backend="httpx", **otel.providers) as client:
        items = await client.customer_aliases.list(limit=2).to_list()
    assert len(items) == 6
    calls = otel.spans(SpanKind.INTERNAL)
    assert [span.name for span in calls] == ["CustomerAliases.list"] * 3
    assert [len(otel.children(span)) for span in calls] == [1, 1, 1]
    assert len({span.context.trace_id for span in calls}) == 3  # no caller span: each page its own trace
    assert [attrs(otel.children(span)[0])["url.template"] for span in calls] == ["/customer-aliases"] * 3


async def test_sdk_spans_are_children_of_the_callers_span(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry
) -> None:
    tracer = otel.tracer_provider.get_tracer("app")
    async with make_client(base_url, emulator, backend="httpx", **otel.providers) as client:
        with tracer.start_as_current_span("handle request") as outer:
            await client.customer_aliases.list_for_customer(emulator.customers[0])
            assert trace.get_current_span() is outer  # the SDK gave the caller's context back
    [call] = otel.spans(SpanKind.INTERNAL)[:1]
    assert call.name == "CustomerAliases.list_for_customer"
    assert call.parent is not None
    assert call.parent.span_id == outer.get_span_context().span_id


async def test_trace_context_reaches_the_server_on_every_attempt(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry, backend: Backend
) -> None:
    emulator.faults = Faults([Fault.status(503)])
    async with make_client(base_url, emulator, backend=backend, **otel.providers) as client:
        await client.contacts.list(emulator.customers[0])
    attempts = otel.spans(SpanKind.CLIENT)
    sent = [request.headers.get("traceparent") for request in emulator.requests]
    assert sent == [
        f"00-{span.context.trace_id:032x}-{span.context.span_id:016x}-{int(span.context.trace_flags):02x}"
        for span in attempts
    ]


async def test_delete_many_is_one_span_over_its_deletes(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry
) -> None:
    ids = [alias["id"] for alias in emulator.aliases[:3]]
    async with make_client(base_url, emulator, backend="httpx", **otel.providers) as client:
        result = await client.customer_aliases.delete_many([*ids, "no-such-alias"], concurrency=2)
    assert sorted(result.succeeded) == sorted(ids)
    [batch] = [span for span in otel.spans(SpanKind.INTERNAL) if span.name == "CustomerAliases.delete_many"]
    deletes = otel.children(batch)
    assert sorted(span.name for span in deletes) == ["CustomerAliases.delete"] * 4
    assert attrs(batch)["sequence.batch.succeeded"] == 3
    assert attrs(batch)["sequence.batch.failed"] == 1
    assert batch.status.status_code == StatusCode.UNSET  # one failed item is a result, not a failed batch


async def test_a_limiter_wait_is_an_event_and_a_metric(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry
) -> None:
    class SlowFirst:
        """Holds the first request back 50 ms, lets the rest through at once."""

        def __init__(self) -> None:
            self.calls = 0

        async def acquire(self, max_wait: float | None = None) -> None:
            self.calls += 1
            if self.calls == 1:
                await asyncio.sleep(0.05)

    waits: list[LimiterWaitDetails] = []
    async with make_client(
        base_url,
        emulator,
        backend="httpx",
        rate_limit=SlowFirst(),
        hooks=Hooks(on_limiter_wait=waits.append),
        **otel.providers,
    ) as client:
        await client.contacts.list(emulator.customers[0])
        await client.contacts.list(emulator.customers[1])
    first, second = otel.spans(SpanKind.INTERNAL)
    [event] = first.events
    assert event.name == "sequence.rate_limiter.wait"
    assert 0.05 <= event_attrs(event)["sequence.wait.duration"] < 5
    assert attrs(first)["sequence.rate_limiter.wait"] >= 0.05
    assert second.events == ()  # no wait, no event
    [waited] = waits
    assert (waited.operation, waited.attempt, waited.method) == ("Contacts.list", 1, "GET")
    assert waited.waited >= 0.05
    [point] = otel.points("sequence.client.rate_limiter.wait")
    assert point.count == 2
    assert point.sum >= 0.05


async def test_a_cancelled_call_ends_its_spans_and_gives_the_context_back(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry, backend: Backend
) -> None:
    emulator.faults = Faults([Fault.slow(30)])
    async with make_client(base_url, emulator, backend=backend, **otel.providers) as client:
        task = asyncio.create_task(client.contacts.list(emulator.customers[0]))
        await wait_until(lambda: emulator.in_flight > 0, "the request reaching the emulator")
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 10)
        assert not trace.get_current_span().get_span_context().is_valid
    [attempt] = otel.spans(SpanKind.CLIENT)
    [call] = otel.spans(SpanKind.INTERNAL)
    assert attrs(attempt)["error.type"] == "CancelledError"
    assert attrs(call)["error.type"] == "CancelledError"


# -- one CLIENT span per attempt with HTTP instrumentation ------------------------------------------


def _instrumentor(backend: Backend) -> Any:
    if backend == "httpx":
        from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

        return HTTPXClientInstrumentor()
    from opentelemetry.instrumentation.aiohttp_client import AioHttpClientInstrumentor

    return AioHttpClientInstrumentor()


async def test_http_instrumentation_adds_no_second_client_span(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry, backend: Backend
) -> None:
    emulator.faults = Faults([Fault.status(503)])
    instrumentor = _instrumentor(backend)
    instrumentor.instrument(tracer_provider=otel.tracer_provider)
    try:
        async with make_client(base_url, emulator, backend=backend, **otel.providers) as client:
            await client.contacts.list(emulator.customers[0])
        assert len(otel.spans(SpanKind.CLIENT)) == 2  # one per attempt: the SDK's
        assert [span.name for span in otel.spans(SpanKind.CLIENT)] == ["GET /customers/{customer}/contacts"] * 2
        # without the SDK's tracing the instrumentation's own spans are there as before
        otel.exporter.clear()
        untraced = {"tracer_provider": NoOpTracerProvider(), "meter_provider": NoOpMeterProvider()}
        async with make_client(base_url, emulator, backend=backend, **untraced) as client:
            await client.contacts.list(emulator.customers[0])
        assert len(otel.spans(SpanKind.CLIENT)) == 1
    finally:
        instrumentor.uninstrument()


# -- metrics -----------------------------------------------------------------------------------------


async def test_metric_points_match_the_requests_on_the_wire(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry, backend: Backend
) -> None:
    emulator.faults = Faults([Fault.status(429, retry_after=0), Fault.status(503), None, Fault.drop()])
    async with make_client(base_url, emulator, backend=backend, **otel.providers) as client:
        await client.contacts.list(emulator.customers[0])  # 429, then 503, then 200
        await client.customer_aliases.list_for_customer(emulator.customers[0])  # dropped, then 200
        with pytest.raises(NotFoundError):
            await client.customer_aliases.delete("no-such-alias")
    wire = [(r.method, r.status) for r in emulator.requests]
    assert sorted(wire, key=str) == sorted(
        [("GET", 429), ("GET", 503), ("GET", 200), ("GET", None), ("GET", 200), ("DELETE", 404)], key=str
    )
    durations = otel.points("http.client.request.duration")
    counted = {
        (p.attributes["http.request.method"], p.attributes.get("http.response.status_code")): p.count for p in durations
    }
    assert counted == {("GET", 429): 1, ("GET", 503): 1, ("GET", 200): 2, ("GET", None): 1, ("DELETE", 404): 1}
    host, port = base_url.removeprefix("http://").split(":")
    for point in durations:
        assert point.attributes["server.address"] == host
        assert point.attributes["server.port"] == int(port)
        assert point.sum > 0
    errors = {p.attributes.get("http.response.status_code"): p.attributes.get("error.type") for p in durations}
    assert errors == {429: "429", 503: "503", 200: None, None: "APIConnectionError", 404: "404"}
    retries = {
        (p.attributes["sequence.operation"], p.attributes["error.type"]): p.value
        for p in otel.points("sequence.client.retries")
    }
    assert retries == {
        ("Contacts.list", "429"): 1,
        ("Contacts.list", "503"): 1,
        ("CustomerAliases.list_for_customer", "APIConnectionError"): 1,
    }
    [limited] = otel.points("sequence.client.rate_limited")
    assert (limited.value, dict(limited.attributes)) == (1, {"sequence.operation": "Contacts.list"})
    calls = {
        (p.attributes["sequence.operation"], p.attributes.get("error.type")): p.count
        for p in otel.points("sequence.client.operation.duration")
    }
    assert calls == {
        ("Contacts.list", None): 1,
        ("CustomerAliases.list_for_customer", None): 1,
        ("CustomerAliases.delete", "NotFoundError"): 1,
    }
    assert "sequence.client.retry_budget.exhausted" not in otel.metric_names()


async def test_budget_exhaustion_is_counted_and_told(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.faults = Faults([Fault.status(503)] * 2)
    ended: list[CallDetails] = []
    budget = RetryBudget(capacity=5, retry_cost=5)
    hooks = Hooks(on_call_end=ended.append)
    async with make_client(
        base_url, emulator, backend="httpx", retry_budget=budget, hooks=hooks, **otel.providers
    ) as client:
        with caplog.at_level(logging.WARNING, "sequence_async"), pytest.raises(Exception, match="503"):
            await client.contacts.list(emulator.customers[0])
    [exhausted] = otel.points("sequence.client.retry_budget.exhausted")
    assert (exhausted.value, dict(exhausted.attributes)) == (1, {"sequence.operation": "Contacts.list"})
    [details] = ended
    assert (details.budget_exhausted, details.attempts, details.retries) == (True, 2, 1)
    [record] = [r for r in caplog.records if "retry budget is exhausted" in r.getMessage()]
    assert record.sequence_budget_exhausted is True  # type: ignore[attr-defined]
    assert record.sequence_operation == "Contacts.list"  # type: ignore[attr-defined]


# -- free when off ----------------------------------------------------------------------------------


def test_nothing_observes_a_call_without_hooks_or_providers() -> None:
    client = SequenceClient("id", "secret", base_url="http://127.0.0.1:9")
    telemetry = client._shared.telemetry
    op = client.customer_aliases  # any
    assert op is not None
    from sequence_async._resources import DELETE_ALIAS

    assert telemetry.observe(DELETE_ALIAS, "DELETE", "http://127.0.0.1:9/x") is None  # no global provider here
    off = SequenceClient(
        "id",
        "secret",
        base_url="http://127.0.0.1:9",
        tracer_provider=NoOpTracerProvider(),
        meter_provider=NoOpMeterProvider(),
    )
    assert off._shared.telemetry.observe(DELETE_ALIAS, "DELETE", "http://127.0.0.1:9/x") is None
    with_hooks = SequenceClient("id", "secret", base_url="http://127.0.0.1:9", hooks=Hooks())
    assert with_hooks._shared.telemetry.observe(DELETE_ALIAS, "DELETE", "http://127.0.0.1:9/x") is not None


GLOBAL_PROVIDERS = textwrap.dedent(
    """
    import asyncio
    from opentelemetry import metrics, trace
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from sequence_async.testing import SequenceEmulator

    async def main():
        emulator = SequenceEmulator(rate_limit=None)
        emulator.seed(customers=1, aliases_per_customer=1, contacts_per_customer=1)
        async with emulator.client() as client:  # made before the providers are set
            await client.contacts.list(emulator.customers[0])
            exporter, reader = InMemorySpanExporter(), InMemoryMetricReader()
            provider = TracerProvider()
            provider.add_span_processor(SimpleSpanProcessor(exporter))
            trace.set_tracer_provider(provider)
            metrics.set_meter_provider(MeterProvider(metric_readers=[reader]))
            await client.contacts.list(emulator.customers[0])
        print(sorted(span.name for span in exporter.get_finished_spans()))
        names = {m.name for r in reader.get_metrics_data().resource_metrics for s in r.scope_metrics for m in s.metrics}
        print("http.client.request.duration" in names)

    asyncio.run(main())
    """
)


def test_the_global_providers_are_followed_once_set() -> None:
    done = subprocess.run(
        [sys.executable, "-c", GLOBAL_PROVIDERS], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["['Contacts.list', 'GET /customers/{customer}/contacts']", "True"]


# -- secrets ------------------------------------------------------------------------------------------


async def test_no_credential_in_spans_metrics_hooks_or_log_fields(
    otel: Telemetry, caplog: pytest.LogCaptureFixture
) -> None:
    """A server echoing the credentials everywhere, and a caller passing the secret as an id and a filter."""
    credentials = Credentials("my-id", "s3cr3t-Zq9/+=")

    def echo(request: httpx.Request) -> httpx.Response:
        auth = request.headers["authorization"]
        echoed = f"{auth} {credentials.client_secret} {urllib.parse.quote(auth)}"
        headers = {"x-request-id": echoed, "retry-after": "0", "x-echo": echoed}
        body = {"error": {"type": echoed, "message": json.dumps(echoed)}}
        return httpx.Response(503 if len(calls) % 2 else 429, json=body, headers=headers)

    calls: list[object] = []
    hooks = Hooks(on_attempt=calls.append, on_retry=calls.append, on_call_end=calls.append)
    client = make_client(
        MOCK_BASE,
        (credentials.client_id, credentials.client_secret),
        backend="httpx",
        transport=httpx.MockTransport(echo),
        hooks=hooks,
        **otel.providers,
    )
    async with client:
        with caplog.at_level(logging.DEBUG, "sequence_async"):
            with pytest.raises(SequenceError):
                await client.customer_aliases.delete(credentials.client_secret)
            with pytest.raises(SequenceError):
                await client.customer_aliases.list(value=credentials.authorization).first_page()
            await client.customer_aliases.delete_many([credentials.client_secret, credentials.token])
    assert len(otel.spans(SpanKind.CLIENT)) >= 9
    texts = [*otel.texts(), *(repr(details) for details in calls)]
    texts += [repr(value) for record in caplog.records for value in vars(record).values()]
    bad = [text for text in texts if leaks(text, credentials)]
    assert not bad, bad[0]
    errors = [error for details in calls if isinstance(error := getattr(details, "error", None), BaseException)]
    assert [leak for error in errors for leak in exception_leaks(error, credentials)] == []


# -- a broken OpenTelemetry setup never breaks a call ----------------------------------------------


class Raising(SpanProcessor):
    """A span processor that raises when ``where`` (``"start"`` or ``"end"``) comes."""

    def __init__(self, where: str) -> None:
        self.where = where

    def on_start(self, span: Any, parent_context: Any = None) -> None:
        if self.where == "start":
            raise RuntimeError("processor bug")

    def on_end(self, span: Any) -> None:
        if self.where == "end":
            raise RuntimeError("processor bug")


class RaisingProvider(trace.TracerProvider):
    def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("provider bug")


class RaisingPropagator(TextMapPropagator):
    def inject(self, carrier: Any, context: Any = None, setter: Any = None) -> None:
        raise RuntimeError("propagator bug")

    def extract(self, carrier: Any, context: Any = None, getter: Any = None) -> Any:
        raise RuntimeError("propagator bug")

    @property
    def fields(self) -> set[str]:
        return set()


@pytest.mark.parametrize("where", ["start", "end"])
async def test_a_raising_span_processor_leaves_the_call_untraced_not_failed(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry, caplog: pytest.LogCaptureFixture, where: str
) -> None:
    otel.tracer_provider.add_span_processor(Raising(where))
    emulator.faults = Faults([Fault.status(503)])
    async with make_client(base_url, emulator, backend="httpx", **otel.providers) as client:
        with caplog.at_level(logging.WARNING, "sequence_async"):
            contacts = await client.contacts.list(emulator.customers[0])
            await client.contacts.list(emulator.customers[0])  # the same failure again: not warned twice
        assert len(contacts) == 1
        assert not trace.get_current_span().get_span_context().is_valid  # the caller's context is back
    warnings = [r.getMessage() for r in caplog.records if "OpenTelemetry raised" in r.getMessage()]
    assert warnings == [
        f"OpenTelemetry raised RuntimeError ({'begin' if where == 'start' else 'attempt_ended'}): "
        "the rest of this call is untraced"
    ]
    assert len(emulator.requests) == 3  # retried as usual


async def test_a_raising_provider_or_propagator_leaves_the_call_untraced(
    base_url: str, emulator: SequenceEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    async with make_client(base_url, emulator, backend="httpx", tracer_provider=RaisingProvider()) as client:
        with caplog.at_level(logging.WARNING, "sequence_async"):
            await client.contacts.list(emulator.customers[0])
    assert "OpenTelemetry raised RuntimeError (providers): the rest of this call is untraced" in caplog.messages
    otel = Telemetry()
    previous = propagate.get_global_textmap()
    propagate.set_global_textmap(RaisingPropagator())
    try:
        async with make_client(base_url, emulator, backend="httpx", **otel.providers) as client:
            await client.contacts.list(emulator.customers[0])
    finally:
        propagate.set_global_textmap(previous)
    assert len(otel.spans(SpanKind.CLIENT)) == 1  # ended by the abandon, not left open
    assert otel.spans(SpanKind.INTERNAL)
    assert "traceparent" not in emulator.requests[-1].headers
    assert not trace.get_current_span().get_span_context().is_valid


class FailsOnInternalEnd(SpanProcessor):
    def on_end(self, span: Any) -> None:
        if span.name.startswith("CustomerAliases."):
            raise RuntimeError("processor bug")


async def test_a_delete_the_server_did_is_returned_when_tracing_fails_after_it(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry
) -> None:
    otel.tracer_provider.add_span_processor(FailsOnInternalEnd())
    alias_id = first_alias(emulator)
    async with make_client(base_url, emulator, backend="httpx", **otel.providers) as client:
        deleted = await client.customer_aliases.delete(alias_id)
        result = await client.customer_aliases.delete_many([emulator.aliases[0]["id"]])
        assert not trace.get_current_span().get_span_context().is_valid
        with otel.tracer_provider.get_tracer("app").start_as_current_span("later"):
            pass
    assert deleted.id == alias_id
    assert len(result.succeeded) == 1
    [later] = [span for span in otel.spans() if span.name == "later"]
    assert later.parent is None  # not a child of a dead SDK span


class BadHistogram(NoOpHistogram):
    def record(self, amount: Any, attributes: Any = None, context: Any = None) -> None:
        raise RuntimeError("metrics backend down")


class BadMeter(NoOpMeter):
    def create_histogram(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return BadHistogram(name)


class BadMeterProvider(NoOpMeterProvider):
    def get_meter(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return BadMeter(name)


async def test_a_raising_meter_leaves_the_call_unmeasured_not_failed(
    base_url: str, emulator: SequenceEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    alias_id = first_alias(emulator)
    provider = type("Provider", (metrics_api.MeterProvider,), {"get_meter": BadMeterProvider.get_meter})()
    async with make_client(base_url, emulator, backend="httpx", meter_provider=provider) as client:
        with caplog.at_level(logging.WARNING, "sequence_async"):
            deleted = await client.customer_aliases.delete(alias_id)
    assert deleted.id == alias_id
    assert "OpenTelemetry raised RuntimeError (attempt_ended): the rest of this call is untraced" in caplog.messages


async def test_http_instrumentation_is_suppressed_when_the_sdk_only_measures(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry, backend: Backend
) -> None:
    instrumentor = _instrumentor(backend)
    instrumentor.instrument(tracer_provider=otel.tracer_provider, meter_provider=otel.meter_provider)
    try:
        only_metrics = {"tracer_provider": NoOpTracerProvider(), "meter_provider": otel.meter_provider}
        async with make_client(base_url, emulator, backend=backend, **only_metrics) as client:
            await client.contacts.list(emulator.customers[0])
    finally:
        instrumentor.uninstrument()
    assert otel.spans() == []  # the instrumentation stayed out of the SDK's request
    assert [p.count for p in otel.points("http.client.request.duration")] == [1]  # the SDK's point only
    assert [p.count for p in otel.points("http.client.duration")] == []


async def test_an_attempt_the_limiter_stopped_is_not_counted(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry
) -> None:
    class NeverNow:
        async def acquire(self, max_wait: float | None = None) -> None:
            raise RuntimeError("redis down")

    ended: list[CallDetails] = []
    async with make_client(
        base_url,
        emulator,
        backend="httpx",
        rate_limit=NeverNow(),
        hooks=Hooks(on_call_end=ended.append),
        **otel.providers,
    ) as client:
        with pytest.raises(SequenceError):
            await client.contacts.list(emulator.customers[0])
    [call] = otel.spans()
    assert attrs(call)["sequence.attempts"] == 0
    assert attrs(call)["error.type"] == "RateLimiterError"
    assert ended[0].attempts == 0
    assert emulator.requests == []


async def test_suppress_instrumentation_is_honoured(base_url: str, emulator: SequenceEmulator, otel: Telemetry) -> None:
    from opentelemetry.instrumentation.utils import suppress_instrumentation

    async with make_client(base_url, emulator, backend="httpx", **otel.providers) as client:
        with suppress_instrumentation():
            await client.contacts.list(emulator.customers[0])
        assert otel.spans() == []
        assert "traceparent" not in emulator.requests[-1].headers
        await client.contacts.list(emulator.customers[0])
    assert len(otel.spans()) == 2


def test_otel_sdk_disabled_turns_opentelemetry_off(monkeypatch: pytest.MonkeyPatch, otel: Telemetry) -> None:
    from sequence_async._resources import DELETE_ALIAS

    monkeypatch.setenv("OTEL_SDK_DISABLED", " TRUE ")
    client = SequenceClient("id", "secret", base_url="http://127.0.0.1:9", **otel.providers)
    assert client._shared.telemetry.observe(DELETE_ALIAS, "DELETE", "http://127.0.0.1:9/x") is None
    monkeypatch.setenv("OTEL_SDK_DISABLED", "false")
    client = SequenceClient("id", "secret", base_url="http://127.0.0.1:9", **otel.providers)
    assert client._shared.telemetry.observe(DELETE_ALIAS, "DELETE", "http://127.0.0.1:9/x") is not None


class JunkPropagator(TextMapPropagator):
    """Injects what no HTTP header can carry, next to one good header."""

    def inject(self, carrier: Any, context: Any = None, setter: Any = None) -> None:
        carrier["x-good"] = "1"
        carrier["x-int"] = 7
        carrier["x-none"] = None
        carrier["x-bytes"] = b"b"
        carrier["x-crlf"] = "a\r\nInjected: yes"
        carrier["x-latin"] = "caf\u00e9"
        carrier[3] = "key not text"
        carrier["Authorization"] = "Bearer from-propagator"
        carrier["content-length"] = "5"
        carrier["Transfer-Encoding"] = "chunked"
        carrier["host"] = "elsewhere.test"
        carrier["Sequence-Version"] = "1999-01-01"

    def extract(self, carrier: Any, context: Any = None, getter: Any = None) -> Any:
        return context

    @property
    def fields(self) -> set[str]:
        return set()


async def test_a_propagator_injecting_junk_neither_fails_nor_resends_the_call(
    base_url: str, emulator: SequenceEmulator, otel: Telemetry, caplog: pytest.LogCaptureFixture, backend: Backend
) -> None:
    previous = propagate.get_global_textmap()
    propagate.set_global_textmap(JunkPropagator())
    try:
        async with make_client(base_url, emulator, backend=backend, **otel.providers) as client:
            with caplog.at_level(logging.WARNING, "sequence_async"):
                contacts = await client.contacts.list(emulator.customers[0])
            assert client.stats["requests"] == 1
    finally:
        propagate.set_global_textmap(previous)
    assert len(contacts) == 1
    assert len(emulator.requests) == 1
    sent = emulator.requests[0].headers
    assert sent.get("x-good") == "1"
    assert not any(name in sent for name in ("x-int", "x-none", "x-bytes", "x-crlf", "x-latin", "injected"))
    assert sent["authorization"].startswith("Basic ")
    assert sent["sequence-version"] == "2024-07-30"
    assert "transfer-encoding" not in sent
    assert sent["host"] != "elsewhere.test"
    assert any("OpenTelemetry raised ValueError (inject)" in message for message in caplog.messages)


class SpanRaisingOnAttributes(trace.NonRecordingSpan):
    def set_attributes(self, attributes: Any) -> None:
        raise RuntimeError("span bug")

    def set_attribute(self, key: str, value: Any) -> None:
        raise RuntimeError("span bug")


class AttributeRaisingTracer(trace.NoOpTracer):
    def start_span(self, *args: Any, **kwargs: Any) -> Any:
        return SpanRaisingOnAttributes(trace.INVALID_SPAN_CONTEXT)


class AttributeRaisingProvider(trace.TracerProvider):
    def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
        return AttributeRaisingTracer()


async def test_delete_many_returns_its_result_when_the_batch_span_raises(
    base_url: str, emulator: SequenceEmulator, backend: Backend
) -> None:
    ids = [alias["id"] for alias in emulator.aliases[:2]]
    async with make_client(base_url, emulator, backend=backend, tracer_provider=AttributeRaisingProvider()) as client:
        result = await client.customer_aliases.delete_many(ids)
    assert sorted(result.succeeded) == sorted(ids)
    assert [r.method for r in emulator.requests] == ["DELETE", "DELETE"]
