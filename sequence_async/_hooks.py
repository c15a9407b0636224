"""Hooks: plain callbacks on what the request pipeline does, without OpenTelemetry.

Modelled on stamina's instrumentation: each callback gets one frozen details object. Pass them
as ``SequenceClient(hooks=Hooks(on_retry=...))`` (or a list of :class:`Hooks`). A hook runs
inline on the event loop: keep it quick; one that raises is logged and ignored. The
``sequence_async`` logger's records carry the same fields in ``extra=`` (see :func:`log_extra`).
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final, Literal

from .errors import ConfigurationError, SequenceError

# A wait this long (seconds) is shown while it lasts: a log warning and ``on_long_wait``. Below
# it, pacing at the documented 1,500/min is routine (a job running 40 calls at once waits ~1.6 s
# for each slot) and a warning for every call would bury the log.
LONG_WAIT: Final = 5.0


@dataclass(frozen=True, slots=True)
class Operation:
    """A public SDK call: its name (``CustomerAliases.delete``), OpenAPI operationId and path template."""

    name: str
    operation_id: str
    template: str


@dataclass(frozen=True, slots=True)
class AttemptDetails:
    """One HTTP attempt has ended (``on_attempt``).

    ``error`` is the typed error its outcome maps to (None for a 2xx response), ``duration`` the
    seconds from sending to the whole response (or the failure), limiter waits not included.
    """

    operation: str
    method: str
    url: str
    attempt: int
    status_code: int | None
    error: SequenceError | None
    duration: float


@dataclass(frozen=True, slots=True)
class RetryDetails:
    """The call will be retried after ``delay`` seconds (``on_retry``).

    ``attempt`` is the attempt that failed (1 for the first), ``error`` its typed error,
    ``reason`` the retry policy's words, ``waited_so_far`` the seconds of earlier retry sleeps.
    """

    operation: str
    method: str
    url: str
    attempt: int
    delay: float
    reason: str
    error: SequenceError
    waited_so_far: float


@dataclass(frozen=True, slots=True)
class LimiterWaitDetails:
    """The rate limiter held ``attempt`` back for ``waited`` seconds (``on_limiter_wait``)."""

    operation: str
    method: str
    url: str
    attempt: int
    waited: float


@dataclass(frozen=True, slots=True)
class LongWaitDetails:
    """A call is held up for a while (``on_long_wait``), so a progress display can say why.

    ``cause`` is ``"rate_limiter"`` (the client's own pacing has held ``attempt`` back for
    ``seconds`` so far, and goes on) or ``"retry"`` (the call sleeps ``seconds`` before the next
    attempt, for the reason in ``why``); ``why`` is a sentence for a person.
    """

    operation: str
    method: str
    url: str
    attempt: int
    cause: Literal["rate_limiter", "retry"]
    seconds: float
    why: str


@dataclass(frozen=True, slots=True)
class CallDetails:
    """A call has ended (``on_call_end``): ``error`` is None on success, else what it raised.

    ``limiter_wait`` and ``retry_wait`` are the seconds spent waiting for the rate limiter and
    sleeping between attempts; ``budget_exhausted`` says the client's retry budget stopped a retry.
    """

    operation: str
    method: str
    url: str
    attempts: int
    status_code: int | None
    error: BaseException | None
    duration: float
    retries: int
    limiter_wait: float
    retry_wait: float
    budget_exhausted: bool


@dataclass(frozen=True, slots=True)
class Hooks:
    """Callbacks on the request pipeline, each optional; they run in this order for a call
    retried once: ``on_limiter_wait`` (only when the limiter made it wait), ``on_attempt``,
    ``on_retry``, ``on_limiter_wait``, ``on_attempt``, ``on_call_end``. ``on_long_wait`` comes
    when a wait passes a few seconds (:data:`LONG_WAIT`), while it lasts."""

    on_attempt: Callable[[AttemptDetails], object] | None = None
    on_retry: Callable[[RetryDetails], object] | None = None
    on_limiter_wait: Callable[[LimiterWaitDetails], object] | None = None
    on_call_end: Callable[[CallDetails], object] | None = None
    on_long_wait: Callable[[LongWaitDetails], object] | None = None

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            hook = getattr(self, field.name)
            if hook is None:
                continue
            if not callable(hook):
                raise ConfigurationError(f"Hooks({field.name}=...) must be callable, got {type(hook).__name__}")
            call = type(hook).__call__
            if inspect.iscoroutinefunction(hook) or inspect.iscoroutinefunction(call):
                raise ConfigurationError(
                    f"Hooks({field.name}=...) must be a plain function: hooks run inline and are not awaited"
                )


def checked_hooks(hooks: object) -> tuple[Hooks, ...]:
    """``hooks=`` as a tuple: None, one :class:`Hooks` or an iterable of them."""
    if hooks is None:
        return ()
    if isinstance(hooks, Hooks):
        return (hooks,)
    if isinstance(hooks, Iterable) and not isinstance(hooks, str | bytes):
        found = tuple(hooks)
        if all(isinstance(hook, Hooks) for hook in found):
            return found
    raise ConfigurationError("hooks must be a sequence_async.Hooks, a list of them, or None")


def log_extra(details: object) -> dict[str, object]:
    """The details as ``extra=`` fields of a log record: ``sequence_<field>``; an error as its class name."""
    extra: dict[str, object] = {}
    for field in dataclasses.fields(details):  # type: ignore[arg-type]
        value = getattr(details, field.name)
        if field.name == "error":
            extra["sequence_error_type"] = None if value is None else type(value).__name__
        else:
            extra["sequence_" + field.name] = value
    return extra
