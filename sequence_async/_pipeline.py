"""The one request pipeline: every SDK call goes through :meth:`Pipeline.call`.

It adds the auth and version headers, waits for the rate limiter, bounds the call by its
deadline, sends through the send seam (httpx or aiohttp), runs the retry loop (policy and
client-wide budget), maps every failure to a typed error with credentials redacted, parses the
body into models and logs (logger ``sequence_async``). Errors are raised outside ``except``
blocks so that no foreign exception (and no unredacted body) hangs on their ``__context__``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, Literal, TypeVar

import httpx

from . import errors
from ._advertised import POLICY_HEADER, AdvertisedRateLimit
from ._capture import capture_reply
from ._hooks import LONG_WAIT, AttemptDetails, Hooks, Operation, RetryDetails, log_extra
from ._query import encode_query
from ._ratelimit import RateLimiter, RateLimitWaitTooLong
from ._retry import IDEMPOTENT_METHODS, RetryBudget, RetryPolicy, parse_retry_after
from ._secrets import MAX_FIELD, MAX_TEXT, WITHHELD, Redactor, register
from ._send import Headers, RawResponse, Sender, SendFailure
from ._telemetry import CallObservation, Telemetry
from ._write_marks import UNSAFE_WRITES, WriteJournal

logger = logging.getLogger("sequence_async")

T = TypeVar("T")
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
VERSION_HEADER = "Sequence-Version"
# At most one pacing warning per this many seconds per client: with 40 calls waiting at once, one line.
LONG_WAIT_LOG_EVERY = 30.0


@dataclass(frozen=True)
class RequestOptions:
    """Per-client options that ``with_options`` may change."""

    timeout: httpx.Timeout
    retry: RetryPolicy
    version: str


@dataclass(slots=True)
class _Call:
    """One logical call's state across its attempts."""

    operation: Operation
    method: str
    url: str
    path: str
    headers: Mapping[str, str] | None
    body: bytes | None
    timeout: httpx.Timeout
    idempotent: bool  # an Idempotency-Key makes any method safe to retry
    started: float  # shared.clock() at the start: the deadline counts from here
    observed: CallObservation | None
    attempt: int = 0
    budget_spent: float = 0.0
    maybe_applied: bool = False  # an earlier attempt may have changed the server's state
    status: int | None = None  # of the latest attempt's response
    retry_after: float | None = None  # what the latest response asked for
    retry_wait: float = 0.0  # seconds of retry sleeps so far


class Reply(Generic[T]):
    """A 2xx response as the surface needs it: the parsed ``body``; the ``version`` and
    ``request_id`` headers, read (and redacted: server data may echo a credential) on access."""

    __slots__ = ("_headers", "_redact", "body")

    def __init__(self, body: T, headers: Headers, redact: Callable[[str], str]) -> None:
        self.body = body
        self._headers = headers
        self._redact = redact

    @property
    def version(self) -> str | None:
        value = self._headers.get(VERSION_HEADER)
        return self._redact(value) if value else value

    @property
    def request_id(self) -> str | None:
        value = request_id_of(self._headers)
        return self._redact(value) if value else value

    def shown_headers(self) -> dict[str, str]:
        """The response headers as errors show them: lowercase names, redacted, bounded."""
        return _shown_headers(self._headers, self._redact)


def _limit_of(limiter: object, redact: Callable[[str], str]) -> str:
    """A limiter in words, redacted (a user's limiter may name its key); its repr if it cannot say."""
    try:
        describe = getattr(limiter, "describe", None)
        return redact(describe() if callable(describe) else repr(limiter))
    except Exception:  # a broken describe() must not hide the wait
        return type(limiter).__name__


class SharedState:
    """What a client and all its ``with_options`` copies share: the sender (connection pool),
    credentials and redactor, retry budget, rate limiter, telemetry, injected clock/sleep/random,
    ``closed`` and ``stats``. Other modules read its fields; only its methods change them."""

    def __init__(
        self,
        *,
        sender: Sender,
        base_url: str,
        headers: dict[str, str],
        credentials: Iterable[str],
        budget: RetryBudget | None,
        limiter: RateLimiter | None,
        hooks: tuple[Hooks, ...] = (),
        tracer_provider: object = None,
        meter_provider: object = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        random: Callable[[], float] = random.random,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.sender = sender
        self.base_url = base_url
        self.headers = headers
        self.redactor = Redactor(credentials)
        register(self.redactor)  # log records of sequence_async/httpx/httpcore are redacted too
        self.budget = budget
        self.limiter = limiter
        # The default limiter takes the quota the server advertises; until one is known it is
        # skipped, not awaited (a wait that ends at once still costs a task and a timer, ~5 us).
        self.advertised = limiter if isinstance(limiter, AdvertisedRateLimit) else None
        self.long_wait_logged = -math.inf
        self.telemetry = Telemetry(
            hooks=hooks,
            tracer_provider=tracer_provider,
            meter_provider=meter_provider,
            server=_server_of(base_url),
            redact=self.redact,
        )
        self.sleep = sleep
        self.random = random
        self.clock = clock
        self.wall_clock = wall_clock
        self.closed = False
        self.stats = {"requests": 0, "retries": 0}
        self.version_warned = False
        self._default_version: str | None = None
        self._pauses: set[asyncio.Future[Any]] = set()

    def __repr__(self) -> str:
        return f"<SharedState {self.base_url} closed={self.closed}>"

    def wall_time(self) -> datetime:
        """Now, by the injected ``wall_clock`` (``time.time`` unless a test injects another): a
        Retry-After HTTP-date is counted from here. A broken hook falls back to the system clock."""
        try:
            return datetime.fromtimestamp(self.wall_clock(), UTC)
        except (TypeError, ValueError, OverflowError, OSError):
            return datetime.now(UTC)

    def count(self, what: Literal["requests", "retries"]) -> None:
        """One more request that may have reached the server, or one more retry."""
        self.stats[what] += 1

    def redact(self, text: str, limit: int = MAX_TEXT) -> str:
        """``text`` with every form of every credential replaced (cut after ``limit`` characters)."""
        return self.redactor.redact(text, limit)

    def request_headers(self, version: str) -> dict[str, str] | None:
        """What a request pinned to ``version`` passes on top of the sender's defaults (None: nothing).

        The first version bound becomes the sender's default with the auth headers, so the usual
        request merges no headers at all.
        """
        headers = {**self.headers, VERSION_HEADER: version}
        if self._default_version is None and self.sender.set_default_headers(headers):
            self._default_version = version
        if self._default_version is None:
            return headers
        return None if version == self._default_version else {VERSION_HEADER: version}

    def warn_version_once(self, used: str, pinned: str) -> None:
        if not self.version_warned:
            self.version_warned = True
            logger.warning(
                "the API processed a request with Sequence-Version %s but this client pins %s; "
                "responses may not match the models",
                self.redact(used),
                pinned,
            )

    async def pause(self, delay: float) -> None:
        """Sleep ``delay`` seconds; :meth:`aclose` ends the sleep with :class:`ClientClosedError`."""
        await self.until_closed(self.sleep(delay), "waiting to retry")

    async def until_closed(self, waiting: Awaitable[T], what: str) -> T:
        """Await ``waiting``, unless :meth:`aclose` comes first: then :class:`ClientClosedError`."""
        task = asyncio.ensure_future(waiting)
        self._pauses.add(task)
        try:
            result = await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if not (self.closed and current is not None and not current.cancelling()):
                raise
            # cancelled by aclose: the closed check below raises (result is never read)
        finally:
            self._pauses.discard(task)
        if self.closed:
            raise errors.ClientClosedError(f"the SequenceClient was closed while a call was {what}")
        return result

    async def aclose(self) -> None:
        self.closed = True
        for sleeping in list(self._pauses):
            sleeping.cancel()
        await self.sender.aclose()


class Pipeline:
    """Sends one logical call (with retries) and returns the parsed result."""

    __slots__ = ("headers", "options", "shared")

    def __init__(self, shared: SharedState, options: RequestOptions) -> None:
        self.shared = shared
        self.options = options
        self.headers = shared.request_headers(options.version)  # built once per client/options

    def operation_span(self, operation: Operation) -> AbstractContextManager[Callable[[Mapping[str, int]], None]]:
        """A span over a call made of other calls (see :meth:`Telemetry.operation_span`)."""
        return self.shared.telemetry.operation_span(operation)

    async def call(
        self,
        method: str,
        path: str,
        parse: Callable[[Any], T],
        *,
        params: Mapping[str, Any] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | None = None,  # noqa: ASYNC109  (a per-call option, as in httpx)
        idempotency_key: str | None = None,
        resend_safe: bool = False,
        operation: Operation | None = None,
        content: Content = "json",
    ) -> Reply[T]:
        """Send ``method path`` (retried as the policy says) and return the 2xx response's
        ``parse(decoded JSON body)`` with what the surface reads of its headers.

        ``body`` is sent as JSON; ``headers`` are the caller's (checked already) on top of the
        SDK's; ``timeout`` replaces the client's for this call. ``content`` says what the body
        of a 2xx is: ``json`` (parsed), ``file`` (its bytes) or ``none`` (ignored: ``parse(None)``).
        ``operation`` names the call for hooks, spans and metrics. ``resend_safe``: a resent write
        cannot apply twice (a usage event's ``customerEventId`` supersedes), as with a key.
        """
        shared = self.shared
        if shared.closed:
            raise errors.ClientClosedError("this SequenceClient is closed; create a new one")
        url, sent_headers = self._target(path, params, headers, body, content, idempotency_key)
        idempotent = idempotency_key is not None or resend_safe
        journal = None if idempotent or method in IDEMPOTENT_METHODS else await _unsafe_write_journal()
        if operation is None:
            operation = Operation(method, "", "")
        observed = shared.telemetry.observe(operation, method, url)
        call = _Call(
            operation,
            method,
            url,
            path,
            sent_headers,
            body,
            timeout or self.options.timeout,
            idempotent,
            shared.clock(),
            observed,
        )
        return await self._observed(call, parse, content, journal)

    async def _observed(
        self, call: _Call, parse: Callable[[Any], T], content: Content, journal: WriteJournal | None
    ) -> Reply[T]:
        """``call``'s attempts and parsed reply, told to its span and to a batch's write journal."""
        observed = call.observed
        if observed is not None:
            observed.begin()
        try:
            outcome = await self._attempts(call)
            result = self._parse(outcome, parse, content, call)
        except BaseException as exc:
            if journal is not None:  # cancelled in flight: it may have been applied
                journal.after(getattr(exc, "maybe_applied", True) is not False)
            if observed is not None:
                observed.end(exc)
            raise
        if journal is not None:
            journal.after(True)
        if observed is not None:
            observed.end(None)
        reply = Reply(result, outcome.headers, self.shared.redact)
        capture_reply(reply, outcome.status, call.attempt)
        return reply

    def _target(
        self,
        path: str,
        params: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None,
        body: bytes | None,
        content: Content,
        idempotency_key: str | None,
    ) -> tuple[str, Mapping[str, str] | None]:
        """The URL and the headers of a call's every attempt."""
        url = self.shared.base_url + path
        if params:
            url += "?" + encode_query(params)  # one encoding (httpx's) for both backends
        if content == "file":  # a download (a PDF): whatever the API sends, not only JSON
            headers = {**(headers or {}), "Accept": "*/*"}
        return url, _request_headers(self.headers, headers, body is not None, idempotency_key)

    async def _attempts(self, call: _Call) -> RawResponse:
        """Attempts until one gets a 2xx response or the policy, budget or deadline says stop."""
        shared = self.shared
        while True:
            call.attempt += 1
            outcome = await self._attempt(call)
            if isinstance(outcome, RawResponse):
                break
            delay = self._retry_delay(call, outcome)
            try:
                await shared.pause(delay)
            except errors.ClientClosedError as closed:  # closed while waiting to resend
                closed.maybe_applied = call.maybe_applied
                raise
        if shared.budget is not None:
            shared.budget.on_success(call.budget_spent)
        return outcome

    async def _attempt(self, call: _Call) -> RawResponse | errors.APIConnectionError | errors.APIStatusError:
        """One attempt: wait for the rate limiter, send, and map the outcome to a 2xx response or a typed error."""
        shared = self.shared
        observed = call.observed
        if shared.limiter is not None:
            advertised = shared.advertised
            if advertised is not None and advertised.limit is None:
                advertised.started()  # nothing to wait for: remembered for a limit learned later
            else:
                await self._wait_for_rate_limit(call)
        debug = logger.isEnabledFor(logging.DEBUG)  # no log formatting at all when DEBUG is off
        sent = time.perf_counter() if debug else 0.0
        headers = call.headers if observed is None else observed.attempt_started(call.attempt, call.headers)
        outcome: RawResponse | errors.APIConnectionError | errors.APIStatusError
        try:
            raw = await self._send(call, headers)
        except SendFailure as failure:
            call.status = call.retry_after = None
            call.maybe_applied = call.maybe_applied or failure.maybe_sent
            outcome = self._failure_error(failure, call.method, call.url, call.attempt)
        except BaseException as exc:  # cancelled in flight
            if observed is not None:
                observed.attempt_abandoned(exc)
            raise
        else:
            call.status = raw.status
            outcome = raw if 200 <= raw.status < 300 else self._status_outcome(call, raw)
        error = None if isinstance(outcome, RawResponse) else outcome
        details = None if observed is None else observed.attempt_ended(call.attempt, call.status, error)
        if debug:
            self._log_attempt(call, details, error, outcome, sent)
        return outcome

    def _status_outcome(self, call: _Call, raw: RawResponse) -> errors.APIStatusError:
        call.retry_after = _retry_after(raw.headers, self.shared.wall_time)
        gone = call.maybe_applied and raw.status == 404 and call.method == "DELETE"
        call.maybe_applied = call.maybe_applied or raw.status >= 500
        return self._status_error(raw, call.method, call.url, call.attempt, call.retry_after, already_deleted=gone)

    def _retry_delay(self, call: _Call, error: errors.APIConnectionError | errors.APIStatusError) -> float:
        """The seconds to wait before the next attempt; raises ``error`` when there is none."""
        shared = self.shared
        if shared.closed:
            shown = shared.redact(call.url)
            closed = errors.ClientClosedError(f"the SequenceClient was closed during {call.method} {shown}: {error}")
            closed.maybe_applied = call.maybe_applied
            raise closed
        decision = self.options.retry.decide(
            method=call.method,
            attempt=call.attempt,
            elapsed=shared.clock() - call.started,
            random=shared.random,
            status_code=call.status,
            retry_after=call.retry_after,
            # A key makes any method safe to resend; so does an attempt that cannot have been
            # applied (not sent, 408, 429): a POST is resent only then.
            idempotent=True if call.idempotent or not call.maybe_applied else None,
        )
        error.maybe_applied = call.maybe_applied
        if not decision.retry:
            raise error
        details = RetryDetails(
            call.operation.name,
            call.method,
            shared.redact(call.url),
            call.attempt,
            decision.delay,
            decision.reason,
            error,
            call.retry_wait,
        )
        self._spend_budget(call, error, details)
        shared.count("retries")
        call.retry_wait += decision.delay
        logger.warning(
            "retrying %s %s (attempt %d failed: %s) in %.2fs",
            call.method,
            call.path,
            call.attempt,
            decision.reason,
            decision.delay,
            extra=log_extra(details),
        )
        if call.observed is not None:
            call.observed.retrying(details)
            if decision.delay >= LONG_WAIT:
                why = f"attempt {call.attempt} failed ({decision.reason}); retrying in {decision.delay:.0f}s"
                call.observed.waiting_long(call.attempt, "retry", decision.delay, why)
        return decision.delay

    def _spend_budget(
        self, call: _Call, error: errors.APIConnectionError | errors.APIStatusError, details: RetryDetails
    ) -> None:
        """Pay for the retry from the shared budget; raises ``error`` (and says so) when it cannot."""
        budget = self.shared.budget
        if budget is None:
            return
        cost = budget.try_spend(timeout=isinstance(error, errors.APITimeoutError))
        if cost is None:
            if call.observed is not None:
                call.observed.budget_exhausted()
            logger.warning(
                "not retrying %s %s: the client's retry budget is exhausted",
                call.method,
                call.path,
                extra={**log_extra(details), "sequence_budget_exhausted": True},
            )
            raise error
        call.budget_spent += cost

    async def _send(self, call: _Call, headers: Mapping[str, str] | None) -> RawResponse:
        """One exchange, bounded by what is left of the call's deadline; counts what may reach the server."""
        shared = self.shared
        deadline = self.options.retry.deadline
        try:
            if deadline is None:
                raw = await shared.sender.send(call.method, call.url, headers, call.timeout, call.body)
            else:
                remaining = deadline - (shared.clock() - call.started)
                raw = await self._send_within(remaining, call, headers)
        except SendFailure as failure:
            if failure.maybe_sent:
                shared.count("requests")
            raise
        except asyncio.CancelledError:
            shared.count("requests")  # cancelled in flight: the request may have reached the server
            raise
        shared.count("requests")
        if not shared.version_warned:
            used = raw.headers.get(VERSION_HEADER)
            if used is not None and used != self.options.version:
                shared.warn_version_once(used, self.options.version)
        if (advertised := shared.advertised) is not None:
            if raw.headers.get(POLICY_HEADER) is not None:
                advertised.learn(", ".join(raw.headers.get_all(POLICY_HEADER)))  # one list over many lines
            elif raw.status < 500:  # a proxy's 502 page may lack the header the server sends
                advertised.forget()
        return raw

    async def _send_within(self, remaining: float, call: _Call, headers: Mapping[str, str] | None) -> RawResponse:
        if remaining <= 0:
            raise SendFailure("the call's deadline has passed", timeout=True, maybe_sent=False)
        try:
            # The per-phase httpx timeouts do not bound a whole attempt (a server dripping bytes
            # resets the read timeout): the deadline does.
            async with asyncio.timeout(remaining):
                return await self.shared.sender.send(call.method, call.url, headers, call.timeout, call.body)
        except TimeoutError:
            pass
        raise SendFailure("the call's deadline passed during the request", timeout=True, maybe_sent=True)

    async def _wait_for_rate_limit(self, call: _Call) -> None:
        shared = self.shared
        deadline = self.options.retry.deadline
        remaining = None if deadline is None else deadline - (shared.clock() - call.started)
        assert shared.limiter is not None
        waiting_since = time.perf_counter() if call.observed is not None else 0.0
        notice = asyncio.get_running_loop().call_later(LONG_WAIT, self._pacing_notice, call)
        try:
            await shared.until_closed(shared.limiter.acquire(remaining), "waiting for the rate limiter")
        except RateLimitWaitTooLong as exc:
            url = shared.redact(call.url)
            error: errors.SequenceError = errors.APITimeoutError(
                f"{call.method} {url} not sent: {exc} (attempt {call.attempt})",
                method=call.method,
                url=url,
                attempts=call.attempt - 1,
            )
        except errors.SequenceError:
            raise
        except Exception as exc:  # a limiter's own failure (Redis down...) becomes typed here
            url = shared.redact(call.url)
            error = errors.RateLimiterError(
                f"{call.method} {url} not sent: the rate limiter failed ({type(exc).__name__})"
            )
        else:
            if call.observed is not None:
                call.observed.limiter_waited(call.attempt, time.perf_counter() - waiting_since)
            return
        finally:
            notice.cancel()
        raise error

    def _pacing_notice(self, call: _Call) -> None:
        """The limiter has held ``call`` for :data:`LONG_WAIT` seconds: say why (log, ``on_long_wait``)."""
        shared = self.shared
        why = (
            f"client-side pacing ({_limit_of(shared.limiter, shared.redact)}) keeps the client under the"
            " API's rate limit; SequenceClient(rate_limit=None) turns it off"
        )
        if call.observed is not None:
            call.observed.waiting_long(call.attempt, "rate_limiter", LONG_WAIT, why)
        now = time.monotonic()
        if now - shared.long_wait_logged >= LONG_WAIT_LOG_EVERY:  # one line per burst of waits, not per call
            shared.long_wait_logged = now
            logger.warning("%s %s has waited %.0fs for a request slot: %s", call.method, call.path, LONG_WAIT, why)

    def _log_attempt(
        self,
        call: _Call,
        details: AttemptDetails | None,
        error: errors.SequenceError | None,
        outcome: object,
        sent: float,
    ) -> None:
        redact = self.shared.redact
        duration = time.perf_counter() - sent
        if details is None:
            details = AttemptDetails(
                call.operation.name, call.method, redact(call.url), call.attempt, call.status, error, duration
            )
        request_id = request_id_of(outcome.headers) if isinstance(outcome, RawResponse) else None
        if isinstance(outcome, errors.APIStatusError):
            request_id = outcome.request_id  # redacted already
        elif request_id is not None:
            request_id = redact(request_id, MAX_FIELD)
        logger.debug(
            "%s %s -> %s (attempt %d, %.1f ms, request id %s)",
            call.method,
            call.path,
            call.status if call.status is not None else "no response",
            call.attempt,
            duration * 1000,
            request_id or "-",
            extra=log_extra(details),
        )

    def _failure_error(self, failure: SendFailure, method: str, url: str, attempt: int) -> errors.APIConnectionError:
        url = self.shared.redact(url)  # a careless caller's id or filter may be a credential
        kind = errors.APITimeoutError if failure.timeout else errors.APIConnectionError
        what = "timed out" if failure.timeout else "failed"
        detail = self.shared.redact(failure.detail)
        message = f"{method} {url} {what} after {attempt} attempt(s): {detail}"
        return kind(message, method=method, url=url, attempts=attempt)

    def _status_error(
        self,
        raw: RawResponse,
        method: str,
        url: str,
        attempt: int,
        retry_after: float | None,
        *,
        already_deleted: bool,
    ) -> errors.APIStatusError:
        redact = self.shared.redact
        url = redact(url)
        text = _body_text(raw)
        error_type, error_message = _error_fields(text)  # decoded first, then redacted: escapes can't hide
        error_type = redact(error_type, MAX_FIELD) if error_type else error_type
        error_message = redact(error_message, MAX_FIELD) if error_message else error_message
        body = redact(text)
        request_id = request_id_of(raw.headers)
        request_id = redact(request_id, MAX_FIELD) if request_id else None
        status = raw.status
        summary = f"{error_type}: {error_message}" if error_type or error_message else (body[:200] or "no body")
        message = f"{method} {url} returned {status} after {attempt} attempt(s): {summary}"
        if request_id:
            message += f" (request id {request_id})"
        if already_deleted:
            cls: type[errors.APIStatusError] = errors.AlreadyDeletedError
            message += "; an earlier attempt may already have deleted it"
        else:
            cls = errors.status_error_class(status)
        error = cls(
            message,
            method=method,
            url=url,
            attempts=attempt,
            status_code=status,
            headers=_shown_headers(raw.headers, redact),
            body=body,
            request_id=request_id,
            error_type=error_type,
            error_message=error_message,
        )
        if isinstance(error, errors.RateLimitError):
            error.retry_after = retry_after
        return error

    def _parse(self, raw: RawResponse, parse: Callable[[Any], T], content: Content, call: _Call) -> T:
        method, url, attempt = call.method, call.url, call.attempt
        try:
            if content != "json":
                return parse(raw.content if content == "file" else None)
            return parse(_json(raw.content))
        except json.JSONDecodeError:
            problem = "body is not JSON"
        # Anything the parser raises (ModelError is a ValueError; RecursionError from absurd
        # nesting; whatever a generated from_dict trips over) is the body's fault.
        except Exception as exc:
            problem = self.shared.redact(str(exc) or type(exc).__name__)
        raise self._validation_error(raw, problem, method, url, attempt)

    def _validation_error(
        self, raw: RawResponse, problem: str, method: str, url: str, attempt: int
    ) -> errors.ResponseValidationError:
        redact = self.shared.redact
        url = redact(url)
        request_id = request_id_of(raw.headers)
        error = errors.ResponseValidationError(
            f"{method} {url} returned {raw.status} with a body that does not match the API contract: {problem}",
            method=method,
            url=url,
            attempts=attempt,
            status_code=raw.status,
            body=redact(_body_text(raw)),
            request_id=redact(request_id, MAX_FIELD) if request_id else None,
        )
        error.maybe_applied = method not in SAFE_METHODS  # a 2xx to a write: it was applied
        return error


_decode_json = json.JSONDecoder().decode
Content = Literal["json", "file", "none"]


async def _unsafe_write_journal() -> WriteJournal | None:
    """A resumable batch's item records that its write may be applied before it is sent."""
    journal = UNSAFE_WRITES.get()
    if journal is not None:
        await journal.before()
    return journal


def _request_headers(
    own: Mapping[str, str] | None, extra: Mapping[str, str] | None, has_body: bool, idempotency_key: str | None
) -> Mapping[str, str] | None:
    """What a request sends on top of the sender's defaults: the client's (when not defaults),
    the caller's extra headers, a JSON body's content type and the idempotency key."""
    if extra is None and not has_body and idempotency_key is None:
        return own
    headers = {**(own or {}), **(extra or {})}
    if has_body:
        headers["Content-Type"] = "application/json"
    if idempotency_key is not None:
        headers["Idempotency-Key"] = idempotency_key
    return headers


def _json(content: bytes) -> Any:
    """``json.loads(content)``, skipping its encoding detection for the usual body: one that
    starts ``{`` then a non-NUL byte, which that detection would call UTF-8 (~1 us a call)."""
    if content[:1] == b"{" and content[1:2] != b"\x00":
        return _decode_json(content.decode("utf-8", "surrogatepass"))
    return json.loads(content)


def _server_of(base_url: str) -> tuple[str, int]:
    """``(server.address, server.port)`` of the API, the port explicit or the scheme's default."""
    url = httpx.URL(base_url)
    return url.host, url.port or (443 if url.scheme == "https" else 80)


MAX_SHOWN_HEADERS = 100


def _shown_headers(headers: Headers, redact: Callable[..., str]) -> dict[str, str]:
    """An error's ``headers``: lowercase names (the same keys on every backend), the first 100
    fields, values cut at 4 KiB, redacted as one text so that one budget bounds the work (2,000
    headers full of escapes each redacted alone stalled the loop for ~0.8 s)."""
    lines = [f"{name.lower()}: {value}" for name, value in list(headers.items())[:MAX_SHOWN_HEADERS]]
    block = redact("\n".join(lines))
    if block == WITHHELD:  # a credential the redactor could not clear: no header is shown
        return {}
    shown: dict[str, str] = {}
    for line in block.split("\n"):  # cut after redacting: never half a credential
        name, _, value = line.partition(": ")
        shown.setdefault(name, value if len(value) <= MAX_FIELD else value[:MAX_FIELD] + "...")
    return shown


def request_id_of(headers: Headers) -> str | None:
    """The request id a server put in any of the usual headers, if any."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def _retry_after(headers: Headers, now: Callable[[], datetime]) -> float | None:
    millis = headers.get("retry-after-ms")
    if millis is not None:
        seconds = parse_retry_after(millis, now)
        if seconds is not None:
            return seconds / 1000.0
    return parse_retry_after(headers.get("retry-after"), now)


def _body_text(raw: RawResponse) -> str:
    """The body as text: the declared charset if Python knows it as a text encoding, else UTF-8."""
    content_type = raw.headers.get("content-type") or ""
    charset = None
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset":
            charset = value.strip().strip("\"'") or None
    if charset is not None:
        try:
            return raw.content.decode(charset, errors="replace")
        except Exception:  # unknown, non-text or strict-only codecs (LookupError, UnicodeError...)
            pass
    return raw.content.decode("utf-8", errors="replace")


def _error_fields(body: str) -> tuple[str | None, str | None]:
    """``(type, message)`` from the documented ``{"error": {...}}`` body, if it is one."""
    if not body.lstrip().startswith("{"):
        return None, None
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None, None
    detail = data.get("error") if isinstance(data, dict) else None
    if isinstance(detail, str):
        return None, detail
    if not isinstance(detail, dict):
        return None, None
    error_type: object = detail.get("type")
    message: object = detail.get("message")
    return (
        error_type if isinstance(error_type, str) else None,
        message if isinstance(message, str) else None,
    )
