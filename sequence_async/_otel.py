"""OpenTelemetry for the request pipeline (extra ``otel``): spans, metrics and context propagation.

Imported only when ``opentelemetry-api`` is installed. Each call looks up the providers (the
explicit ones, else the global ones); while they are the API's proxy or no-op providers,
:meth:`OpenTelemetry.active` is None and the call does nothing more.

Spans: one INTERNAL span per call, named after the operation; one CLIENT child per attempt
following the stable HTTP client semantic conventions. While an attempt's CLIENT span is
current, HTTP instrumentation is suppressed (the context key that
opentelemetry-instrumentation-httpx and -aiohttp-client check), so a service that also runs
them gets one CLIENT span per attempt, not two.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any

from opentelemetry import context, metrics, propagate, trace
from opentelemetry.metrics import Meter, MeterProvider, NoOpMeterProvider
from opentelemetry.trace import NoOpTracerProvider, ProxyTracerProvider, SpanKind, StatusCode, Tracer, TracerProvider

from ._hooks import Operation, RetryDetails
from ._untraced import ignore_attributes, untraced
from ._version import __version__

try:
    from opentelemetry.metrics import _internal as _metrics_internal
    from opentelemetry.metrics._internal import _ProxyMeterProvider
except ImportError:  # pragma: no cover - a future API without it: only no-op providers count as off
    _ProxyMeterProvider = NoOpMeterProvider  # type: ignore[assignment,misc]
    _metrics_internal = None  # type: ignore[assignment]

# Where set_tracer_provider/set_meter_provider keep the globals. Reading them directly tells
# "nothing configured" without get_*_provider()'s two os.environ lookups (~1.5 us per call,
# ~4 us inside a real request); an API that keeps them elsewhere takes the documented path.
_GLOBALS_READABLE = hasattr(trace, "_TRACER_PROVIDER") and hasattr(_metrics_internal, "_METER_PROVIDER")
_PROVIDER_VARIABLES = ("OTEL_PYTHON_TRACER_PROVIDER", "OTEL_PYTHON_METER_PROVIDER")

SCHEMA_URL = "https://opentelemetry.io/schemas/1.26.0"
# opentelemetry.context defines it (used by opentelemetry-instrumentation's
# is_http_instrumentation_enabled); an API without it has no instrumentation that checks it.
_SUPPRESS_HTTP = getattr(context, "_SUPPRESS_HTTP_INSTRUMENTATION_KEY", None)
# suppress_instrumentation() (opentelemetry-instrumentation) sets it: instrumentations then record nothing.
_SUPPRESS_ALL = getattr(context, "_SUPPRESS_INSTRUMENTATION_KEY", None)
_HEADER_TEXT = re.compile(r"[\x21-\x7e][\x20-\x7e]*")  # visible ASCII, no CR/LF/NUL, no leading space


# Headers a propagator must not set: the SDK's own (credentials, version, idempotency), and those
# that frame the message or route it. Trace context needs none of them.
_NOT_FOR_PROPAGATORS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "accept",
        "accept-encoding",
        "sequence-version",
        "idempotency-key",
        "host",
        "content-length",
        "content-type",
        "content-encoding",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "te",
        "trailer",
        "upgrade",
        "expect",
    }
)


def _header_safe(text: object) -> bool:
    return type(text) is str and len(text) <= 8192 and _HEADER_TEXT.fullmatch(text) is not None


# The semantic conventions' advice for http.client.request.duration.
DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0)
_OFF_TRACER_PROVIDERS = (ProxyTracerProvider, NoOpTracerProvider)
_OFF_METER_PROVIDERS = (_ProxyMeterProvider, NoOpMeterProvider)


class Instruments:
    """The SDK's metric instruments on one meter."""

    def __init__(self, meter: Meter) -> None:
        self.request_duration = meter.create_histogram(
            "http.client.request.duration",
            unit="s",
            description="Duration of HTTP client requests (one per attempt).",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self.call_duration = meter.create_histogram(
            "sequence.client.operation.duration",
            unit="s",
            description="Duration of SDK calls, retries and waits included.",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self.retries = meter.create_counter("sequence.client.retries", unit="{retry}", description="Retries made.")
        self.rate_limited = meter.create_counter(
            "sequence.client.rate_limited", unit="{response}", description="429 responses received."
        )
        self.limiter_wait = meter.create_histogram(
            "sequence.client.rate_limiter.wait",
            unit="s",
            description="Time attempts waited for the client's rate limiter.",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self.budget_exhausted = meter.create_counter(
            "sequence.client.retry_budget.exhausted",
            unit="{call}",
            description="Calls that failed because the retry budget refused a retry.",
        )


class OpenTelemetry:
    """A client's tracer and instruments, following the (explicit or global) providers."""

    __slots__ = (
        "_instruments",
        "_meter_provider",
        "_meter_seen",
        "_quick_off",
        "_tracer",
        "_tracer_provider",
        "_tracer_seen",
    )

    def __init__(self, tracer_provider: TracerProvider | None, meter_provider: MeterProvider | None) -> None:
        self._tracer_provider = tracer_provider
        self._meter_provider = meter_provider
        # Only global providers, set in code (not named by environment variables): "off" until set.
        self._quick_off = (
            _GLOBALS_READABLE
            and tracer_provider is None
            and meter_provider is None
            and not any(name in os.environ for name in _PROVIDER_VARIABLES)
        )
        self._tracer_seen: object = None
        self._tracer: Tracer | None = None
        self._meter_seen: object = None
        self._instruments: Instruments | None = None

    def active(self) -> tuple[Tracer | None, Instruments | None] | None:
        """The tracer and instruments to use now (None for each that has no provider), or None for neither."""
        if self._quick_off and trace._TRACER_PROVIDER is None and _metrics_internal._METER_PROVIDER is None:
            return None
        tracer_provider = self._tracer_provider or trace.get_tracer_provider()
        if tracer_provider is not self._tracer_seen:
            self._tracer_seen = tracer_provider
            self._tracer = None if isinstance(tracer_provider, _OFF_TRACER_PROVIDERS) else _tracer(tracer_provider)
        meter_provider = self._meter_provider or metrics.get_meter_provider()
        if meter_provider is not self._meter_seen:
            self._meter_seen = meter_provider
            off = isinstance(meter_provider, _OFF_METER_PROVIDERS)
            self._instruments = None if off else Instruments(_meter(meter_provider))
        if self._tracer is None and self._instruments is None:
            return None
        if _SUPPRESS_ALL is not None and context.get_value(_SUPPRESS_ALL):
            return None
        return self._tracer, self._instruments


def _tracer(provider: TracerProvider) -> Tracer:
    return provider.get_tracer("sequence_async", __version__, schema_url=SCHEMA_URL)


def _meter(provider: MeterProvider) -> Meter:
    return provider.get_meter("sequence_async", __version__, schema_url=SCHEMA_URL)


class CallTrace:
    """One call's spans and metric points. Its methods run in the call's task, in this order:
    ``begin``, then per attempt ``attempt_started`` and ``attempt_ended`` (or ``attempt_abandoned``),
    ``limiter_waited``/``retrying`` between them, and ``end``."""

    __slots__ = (
        "_attempt_span",
        "_attempt_token",
        "_instruments",
        "_method",
        "_operation",
        "_server",
        "_span",
        "_token",
        "_tracer",
        "_url",
        "_warned",
    )

    def __init__(
        self,
        tracer: Tracer | None,
        instruments: Instruments | None,
        operation: Operation,
        method: str,
        url: str,
        server: tuple[str, int],
        warned: set[tuple[str, str]],
    ) -> None:
        self._tracer = tracer
        self._warned = warned
        self._instruments = instruments
        self._operation = operation
        self._method = method
        self._url = url
        self._server = server
        self._span: trace.Span | None = None
        self._token: object = None
        self._attempt_span: trace.Span | None = None
        self._attempt_token: object = None

    def abandon(self) -> None:
        """After a step raised: end what is open and give the caller's context back, quietly."""
        for span, token in ((self._attempt_span, self._attempt_token), (self._span, self._token)):
            with suppress(Exception):  # the SDK is already failing; the call goes on untraced
                if token is not None:
                    context.detach(token)  # type: ignore[arg-type]
            with suppress(Exception):
                if span is not None:
                    span.end()
        self._attempt_span = self._span = None
        self._attempt_token = self._token = None

    def begin(self) -> None:
        if self._tracer is None:
            return
        operation_id = self._operation.operation_id
        attributes = {"sequence.operation_id": operation_id} if operation_id else None
        self._span = self._tracer.start_span(self._operation.name, kind=SpanKind.INTERNAL, attributes=attributes)
        self._token = context.attach(trace.set_span_in_context(self._span))

    def attempt_started(self, attempt: int, headers: Mapping[str, str] | None) -> Mapping[str, str] | None:
        """Start the attempt's CLIENT span; the headers to send (with the trace context).

        While the attempt runs, HTTP instrumentation is suppressed whenever the SDK records it
        (a span or a metric point): each attempt is then measured once, by the SDK.
        """
        current = context.get_current()
        span = None
        if self._tracer is not None:
            span = self._tracer.start_span(
                self._attempt_name(), kind=SpanKind.CLIENT, attributes=self._attempt_attributes(attempt)
            )
            current = trace.set_span_in_context(span, current)
            self._attempt_span = span
        if _SUPPRESS_HTTP is not None:
            current = context.set_value(_SUPPRESS_HTTP, True, current)
        self._attempt_token = context.attach(current)
        if span is None:
            return headers
        carrier: dict[str, Any] = {}
        propagate.inject(carrier, context=current)
        sendable = {
            key: value
            for key, value in carrier.items()
            if _header_safe(key) and _header_safe(value) and key.lower() not in _NOT_FOR_PROPAGATORS
        }
        if len(sendable) != len(carrier):  # a propagator's junk must not fail (or be retried as) the request
            untraced(ValueError("a propagator injected a header it may not set"), "inject", self._warned)
        return {**headers, **sendable} if headers else sendable

    def _attempt_name(self) -> str:
        template = self._operation.template
        return f"{self._method} {template}" if template else self._method

    def _attempt_attributes(self, attempt: int) -> dict[str, Any]:
        address, port = self._server
        attributes: dict[str, Any] = {
            "http.request.method": self._method,
            "server.address": address,
            "server.port": port,
            "url.full": self._url,
        }
        if self._operation.template:
            attributes["url.template"] = self._operation.template
        if attempt > 1:
            attributes["http.request.resend_count"] = attempt - 1
        return attributes

    def attempt_ended(self, status: int | None, error_type: str | None, duration: float) -> None:
        token, self._attempt_token = self._attempt_token, None
        if token is not None:  # the caller's context first: a processor raising in span.end() must not leak it
            context.detach(token)  # type: ignore[arg-type]
        span, self._attempt_span = self._attempt_span, None
        if span is not None:
            if status is not None:
                span.set_attribute("http.response.status_code", status)
            if error_type is not None:
                span.set_attribute("error.type", error_type)
                span.set_status(StatusCode.ERROR)
            span.end()
        instruments = self._instruments
        if instruments is None:
            return
        address, port = self._server
        attributes: dict[str, Any] = {
            "http.request.method": self._method,
            "server.address": address,
            "server.port": port,
        }
        if status is not None:
            attributes["http.response.status_code"] = status
        if error_type is not None:
            attributes["error.type"] = error_type
        instruments.request_duration.record(duration, attributes)
        if status == 429:
            instruments.rate_limited.add(1, {"sequence.operation": self._operation.name})

    def limiter_waited(self, attempt: int, waited: float, noticeable: bool) -> None:
        """Every wait is a metric point (its count is the acquisitions); a noticeable one also an event."""
        if noticeable and self._span is not None:
            self._span.add_event(
                "sequence.rate_limiter.wait", {"sequence.attempt": attempt, "sequence.wait.duration": waited}
            )
        if self._instruments is not None:
            self._instruments.limiter_wait.record(waited, {"sequence.operation": self._operation.name})

    def retrying(self, details: RetryDetails, error_type: str) -> None:
        if self._span is not None:
            self._span.add_event(
                "sequence.retry",
                {
                    "sequence.attempt": details.attempt,
                    "sequence.retry.delay": details.delay,
                    "sequence.retry.reason": details.reason,
                    "error.type": error_type,
                },
            )
        if self._instruments is not None:
            self._instruments.retries.add(1, {"sequence.operation": self._operation.name, "error.type": error_type})

    def budget_exhausted(self) -> None:
        if self._instruments is not None:
            self._instruments.budget_exhausted.add(1, {"sequence.operation": self._operation.name})

    def end(
        self, error: BaseException | None, description: str | None, summary: Mapping[str, int | float], duration: float
    ) -> None:
        error_type = None if error is None else type(error).__qualname__
        span, self._span = self._span, None
        if span is not None:
            token, self._token = self._token, None
            context.detach(token)  # type: ignore[arg-type]
            span.set_attributes(summary)
            if error is not None:
                span.set_attribute("error.type", error_type)
                span.set_status(StatusCode.ERROR, description)
            span.end()
        if self._instruments is not None:
            attributes = {"sequence.operation": self._operation.name}
            if error_type is not None:
                attributes["error.type"] = error_type
            self._instruments.call_duration.record(duration, attributes)


@contextmanager
def operation_span(
    tracer: Tracer, operation: Operation, redact: Callable[[str], str], warned: set[tuple[str, str]]
) -> Iterator[Callable[[Mapping[str, int]], None]]:
    """An INTERNAL span over an SDK call made of other calls (``delete_many``); yields its attribute setter."""
    try:
        span = tracer.start_span(
            operation.name, kind=SpanKind.INTERNAL, attributes={"sequence.operation": operation.name}
        )
        token = context.attach(trace.set_span_in_context(span))
    except Exception as exc:  # a failing SDK: the batch runs untraced
        untraced(exc, "operation_span", warned)
        yield ignore_attributes
        return

    def set_attributes(attributes: Mapping[str, int]) -> None:
        try:
            span.set_attributes(attributes)
        except Exception as exc:  # a failing span: the batch's result matters more than its attributes
            untraced(exc, "operation_span", warned)

    failure: BaseException | None = None
    try:
        yield set_attributes
    except BaseException as exc:
        failure = exc
        raise
    finally:
        context.detach(token)  # the caller's context first, whatever the SDK does next
        try:
            if failure is not None:
                span.set_attribute("error.type", type(failure).__qualname__)
                span.set_status(StatusCode.ERROR, redact(str(failure)))
            span.end()
        except Exception as exc:
            untraced(exc, "operation_span", warned)
