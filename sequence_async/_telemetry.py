"""What watches a client's calls: its hooks, and OpenTelemetry when a provider is configured.

:meth:`Telemetry.observe` returns None when there is nothing to tell (no hooks, and the
``otel`` extra missing or no provider configured): the pipeline then does no more than before.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

from ._hooks import (
    AttemptDetails,
    CallDetails,
    Hooks,
    LimiterWaitDetails,
    LongWaitDetails,
    Operation,
    RetryDetails,
)
from ._untraced import ignore_attributes, untraced
from .errors import SequenceError

if TYPE_CHECKING:
    from ._otel import CallTrace, OpenTelemetry

logger = logging.getLogger("sequence_async")

# A limiter that lets an attempt through at once still takes a few microseconds to say so:
# shorter waits are no span event or hook call (one per request would be noise), only a metric point.
MIN_REPORTED_WAIT = 0.001


class Telemetry:
    """A client's observers, shared by its ``with_options`` copies."""

    __slots__ = ("_otel", "hooks", "redact", "server", "warned")

    def __init__(
        self,
        *,
        hooks: tuple[Hooks, ...],
        tracer_provider: object,
        meter_provider: object,
        server: tuple[str, int],
        redact: Callable[[str], str],
    ) -> None:
        self.hooks = hooks
        self.server = server
        self.redact = redact
        self.warned: set[tuple[str, str]] = set()  # (exception, step): a broken setup warns once per client
        self._otel = _open_telemetry(tracer_provider, meter_provider)

    def observe(self, operation: Operation, method: str, url: str) -> CallObservation | None:
        """The observation of one call, or None when nothing watches it."""
        active = None if self._otel is None else self._active()
        if active is None and not self.hooks:
            return None
        return CallObservation(self, operation, method, url, active)

    @contextmanager
    def operation_span(self, operation: Operation) -> Iterator[Callable[[Mapping[str, int]], None]]:
        """A span over a call made of other calls (their spans its children), when tracing; yields
        a function that sets the span's attributes (a no-op when not tracing)."""
        active = None if self._otel is None else self._active()
        if active is None or active[0] is None:
            yield ignore_attributes
            return
        from ._otel import operation_span

        with operation_span(active[0], operation, self.redact, self.warned) as set_attributes:
            yield set_attributes

    def _active(self) -> tuple[Any, Any] | None:
        assert self._otel is not None
        try:
            return self._otel.active()
        except Exception as exc:  # a provider whose get_tracer/get_meter raises: untraced, not failed
            untraced(exc, "providers", self.warned)
            return None

    def disable_opentelemetry(self) -> None:
        """As if the ``otel`` extra were not installed (benchmarks compare against it)."""
        self._otel = None


def _open_telemetry(tracer_provider: object, meter_provider: object) -> OpenTelemetry | None:
    if os.environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return None  # OpenTelemetry's own switch: every signal off (the API is not even imported)
    try:
        from ._otel import OpenTelemetry
    except ImportError:  # the otel extra is not installed: no providers can have been passed either
        return None
    return OpenTelemetry(tracer_provider, meter_provider)  # type: ignore[arg-type]


class CallObservation:
    """One call as the hooks and OpenTelemetry see it; the pipeline reports each step here."""

    __slots__ = (
        "_attempt_started",
        "_attempts",
        "_budget_exhausted",
        "_hooks",
        "_limiter_wait",
        "_redact",
        "_retries",
        "_retry_wait",
        "_started",
        "_status",
        "_trace",
        "_warned",
        "method",
        "operation",
        "url",
    )

    def __init__(
        self, telemetry: Telemetry, operation: Operation, method: str, url: str, active: tuple[Any, Any] | None
    ) -> None:
        self.operation = operation
        self.method = method
        self.url = telemetry.redact(url)  # a careless caller's id or filter may be a credential
        self._hooks = telemetry.hooks
        self._redact = telemetry.redact
        self._warned = telemetry.warned
        self._trace: CallTrace | None = None
        if active is not None:
            from ._otel import CallTrace

            self._trace = CallTrace(*active, operation, method, self.url, telemetry.server, telemetry.warned)
        self._started = time.perf_counter()
        self._attempt_started = 0.0
        self._status: int | None = None
        self._attempts = 0  # sent or being sent: one the limiter or deadline stopped before is not one
        self._retries = 0
        self._limiter_wait = 0.0
        self._retry_wait = 0.0
        self._budget_exhausted = False

    def begin(self) -> None:
        self._traced("begin")

    def limiter_waited(self, attempt: int, waited: float) -> None:
        self._limiter_wait += waited
        noticeable = waited >= MIN_REPORTED_WAIT
        self._traced("limiter_waited", attempt, waited, noticeable)
        if noticeable:
            self._fire(
                "on_limiter_wait", LimiterWaitDetails(self.operation.name, self.method, self.url, attempt, waited)
            )

    def waiting_long(self, attempt: int, cause: Literal["rate_limiter", "retry"], seconds: float, why: str) -> None:
        """A wait of ``seconds`` (so far, or ahead for a retry) that ``on_long_wait`` hears of."""
        if self._hooks:
            details = LongWaitDetails(self.operation.name, self.method, self.url, attempt, cause, seconds, why)
            self._fire("on_long_wait", details)

    def attempt_started(self, attempt: int, headers: Mapping[str, str] | None) -> Mapping[str, str] | None:
        """The headers to send this attempt with (a trace context added when tracing)."""
        self._attempt_started = time.perf_counter()
        self._attempts += 1
        traced = self._traced("attempt_started", attempt, headers)
        return headers if traced is None else traced

    def attempt_ended(self, attempt: int, status: int | None, error: SequenceError | None) -> AttemptDetails | None:
        """The attempt's details when a hook was told of them (None: no hooks)."""
        duration = time.perf_counter() - self._attempt_started
        self._status = status
        if self._trace is not None:
            self._traced("attempt_ended", status, _attempt_error_type(status, error), duration)
        if not self._hooks:
            return None
        details = AttemptDetails(self.operation.name, self.method, self.url, attempt, status, error, duration)
        self._fire("on_attempt", details)
        return details

    def attempt_abandoned(self, exc: BaseException) -> None:
        """The attempt was cancelled (or raised something the pipeline does not map)."""
        self._traced("attempt_ended", None, type(exc).__qualname__, time.perf_counter() - self._attempt_started)

    def retrying(self, details: RetryDetails) -> None:
        self._retries += 1
        self._retry_wait += details.delay
        self._traced("retrying", details, _attempt_error_type(self._status, details.error) or "")
        self._fire("on_retry", details)

    def budget_exhausted(self) -> None:
        self._budget_exhausted = True
        self._traced("budget_exhausted")

    def end(self, error: BaseException | None) -> None:
        attempts = self._attempts
        duration = time.perf_counter() - self._started
        if self._trace is not None:
            summary = {
                "sequence.attempts": attempts,
                "sequence.retries": self._retries,
                "sequence.wait.total": self._limiter_wait + self._retry_wait,
            }
            if self._limiter_wait:  # the breakdown only when there is one (each attribute costs ~1 us)
                summary["sequence.rate_limiter.wait"] = self._limiter_wait
            if self._retry_wait:
                summary["sequence.retry.wait"] = self._retry_wait
            description = None if error is None else self._redact(str(error))
            self._traced("end", error, description, summary, duration)
        if self._hooks:
            details = CallDetails(
                self.operation.name,
                self.method,
                self.url,
                attempts,
                self._status,
                error,
                duration,
                self._retries,
                self._limiter_wait,
                self._retry_wait,
                self._budget_exhausted,
            )
            self._fire("on_call_end", details)

    def _traced(self, step: str, *args: Any) -> Any:
        """Run a :class:`CallTrace` step. An OpenTelemetry SDK, processor or propagator that raises
        ends the tracing of this call (logged), never the call itself."""
        trace = self._trace
        if trace is None:
            return None
        try:
            return getattr(trace, step)(*args)
        except Exception as exc:
            self._trace = None
            trace.abandon()
            untraced(exc, step, self._warned)
            return None

    def _fire(self, name: str, details: object) -> None:
        for hooks in self._hooks:
            hook = getattr(hooks, name)
            if hook is None:
                continue
            try:
                hook(details)
            except Exception as exc:  # a broken hook must not break (or retry) the call
                logger.warning(
                    "a sequence_async hook (%s) raised %s; ignored", name, type(exc).__name__, exc_info=False
                )


def _attempt_error_type(status: int | None, error: SequenceError | None) -> str | None:
    """``error.type`` of an attempt: the status code as text for an HTTP error, else the error's class."""
    if error is None:
        return None
    if status is not None and status >= 400:
        return str(status)
    return type(error).__qualname__
