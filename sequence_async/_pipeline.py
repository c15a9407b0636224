"""The one request pipeline: every SDK call goes through :meth:`Pipeline.request`.

It adds the auth and version headers, applies the timeout, waits for the rate limiter, runs
the retry loop (policy + client-wide budget), maps failures to typed errors, parses the
body into models and logs (logger ``sequence_async``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from . import errors
from ._ratelimit import RateLimiter, RateLimitWaitTooLong
from ._retry import RetryBudget, RetryPolicy, parse_retry_after

logger = logging.getLogger("sequence_async")

T = TypeVar("T")
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")
VERSION_HEADER = "Sequence-Version"


@dataclass(frozen=True)
class RequestOptions:
    """Per-client options that ``with_options`` may change."""

    timeout: httpx.Timeout
    retry: RetryPolicy
    version: str


@dataclass
class Transport:
    """State shared by a client and all its ``with_options`` copies."""

    http: httpx.AsyncClient
    owns_http: bool
    base_url: str
    headers: dict[str, str]
    secrets: tuple[str, ...]
    budget: RetryBudget | None
    limiter: RateLimiter | None
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    random: Callable[[], float] = random.random
    clock: Callable[[], float] = time.monotonic
    closed: bool = False
    stats: dict[str, int] = field(default_factory=lambda: {"requests": 0, "retries": 0})
    version_warned: bool = False
    # When the SDK owns ``http``, the headers every request sends are set on it once (with the
    # version of the first options bound): httpx then skips merging per-request headers.
    client_version: str | None = None

    def redact(self, text: str) -> str:
        """``text`` with every credential form replaced."""
        for secret in self.secrets:
            if secret and secret in text:
                text = text.replace(secret, "[REDACTED]")
        return text


class Pipeline:
    """Sends one logical call (with retries) and returns the parsed result."""

    __slots__ = ("headers", "options", "request_headers", "transport")

    def __init__(self, transport: Transport, options: RequestOptions) -> None:
        self.transport = transport
        self.options = options
        # Built once per client/options, not per request.
        self.headers = {**transport.headers, VERSION_HEADER: options.version}
        # What each request passes on top of the httpx client's own headers (None: nothing).
        self.request_headers: dict[str, str] | None = self.headers
        if transport.owns_http:
            if transport.client_version is None:
                transport.http.headers.update(self.headers)
                transport.client_version = options.version
            if options.version == transport.client_version:
                self.request_headers = None
            else:
                self.request_headers = {VERSION_HEADER: options.version}

    async def request(
        self,
        method: str,
        path: str,
        parse: Callable[[Any], T],
        *,
        params: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> T:
        """Send ``method path`` and return ``parse(decoded JSON body)`` of the 2xx response."""
        result, _ = await self.call(method, path, parse, params=params, idempotency_key=idempotency_key)
        return result

    async def call(
        self,
        method: str,
        path: str,
        parse: Callable[[Any], T],
        *,
        params: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> tuple[T, httpx.Response]:
        """Like :meth:`request`, also returning the (already read and closed) response."""
        transport = self.transport
        if transport.closed:
            raise errors.ClientClosedError("this SequenceClient is closed; create a new one")
        url = transport.base_url + path
        options = self.options
        policy = options.retry
        headers = self.request_headers
        if idempotency_key is not None:
            headers = {**(headers or {}), "Idempotency-Key": idempotency_key}
        started = transport.clock()
        attempt = 0
        spent = 0.0
        while True:
            attempt += 1
            timeout = options.timeout if policy.deadline is None else self._attempt_timeout(started)
            if transport.limiter is not None:
                await self._wait_for_rate_limit(started, method, url, attempt)
            transport.stats["requests"] += 1
            debug = logger.isEnabledFor(logging.DEBUG)  # no log formatting at all when DEBUG is off
            sent = time.perf_counter() if debug else 0.0
            try:
                response = await transport.http.request(method, url, params=params, headers=headers, timeout=timeout)
            except httpx.TransportError as exc:
                error: errors.SequenceError = self._connection_error(exc, method, url, attempt)
                status = None
                retry_after = None
                if debug:
                    self._log_attempt(method, path, None, attempt, sent, None)
            else:
                status = response.status_code
                ok = 200 <= status < 300
                # Only logs and errors show the request id: a success without DEBUG never looks.
                request_id = request_id_of(response.headers) if debug or not ok else None
                if debug:
                    self._log_attempt(method, path, status, attempt, sent, request_id)
                if ok:
                    if transport.budget is not None:
                        transport.budget.on_success(spent)
                    if not transport.version_warned:
                        self._check_version(response)
                    return self._parse(response, parse, method, url, attempt, request_id), response
                retry_after = _retry_after(response.headers)
                error = self._status_error(response, method, url, attempt, request_id, retry_after)
            decision = policy.decide(
                method=method,
                attempt=attempt,
                elapsed=transport.clock() - started,
                random=transport.random,
                status_code=status,
                retry_after=retry_after,
                idempotent=True if idempotency_key is not None else None,
            )
            if not decision.retry:
                raise error
            if transport.budget is not None:
                cost = transport.budget.try_spend(timeout=isinstance(error, errors.APITimeoutError))
                if cost is None:
                    logger.warning("not retrying %s %s: the client's retry budget is exhausted", method, path)
                    raise error
                spent += cost
            transport.stats["retries"] += 1
            logger.warning(
                "retrying %s %s (attempt %d failed: %s) in %.2fs",
                method,
                path,
                attempt,
                decision.reason,
                decision.delay,
            )
            await transport.sleep(decision.delay)

    async def _wait_for_rate_limit(self, started: float, method: str, url: str, attempt: int) -> None:
        deadline = self.options.retry.deadline
        remaining = None if deadline is None else deadline - (self.transport.clock() - started)
        assert self.transport.limiter is not None
        try:
            await self.transport.limiter.acquire(remaining)
        except RateLimitWaitTooLong as exc:
            raise errors.APITimeoutError(
                f"{method} {url} not sent: {exc} (attempt {attempt})", method=method, url=url, attempts=attempt - 1
            ) from None

    def _attempt_timeout(self, started: float) -> httpx.Timeout:
        timeout = self.options.timeout
        deadline = self.options.retry.deadline
        if deadline is None:
            return timeout
        remaining = deadline - (self.transport.clock() - started)
        if remaining <= 0:
            remaining = 0.001

        def cap(value: float | None) -> float:
            return remaining if value is None else min(value, remaining)

        return httpx.Timeout(
            connect=cap(timeout.connect), read=cap(timeout.read), write=cap(timeout.write), pool=cap(timeout.pool)
        )

    def _log_attempt(
        self, method: str, path: str, status: int | None, attempt: int, sent: float, request_id: str | None
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s (attempt %d, %.1f ms, request id %s)",
                method,
                path,
                status if status is not None else "no response",
                attempt,
                (time.perf_counter() - sent) * 1000,
                request_id or "-",
            )

    def _connection_error(self, exc: httpx.TransportError, method: str, url: str, attempt: int) -> errors.SequenceError:
        kind = errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else errors.APIConnectionError
        what = "timed out" if kind is errors.APITimeoutError else "failed"
        detail = self.transport.redact(str(exc) or type(exc).__name__)
        message = f"{method} {url} {what} after {attempt} attempt(s): {type(exc).__name__}: {detail}"
        return kind(message, method=method, url=url, attempts=attempt)

    def _status_error(
        self,
        response: httpx.Response,
        method: str,
        url: str,
        attempt: int,
        request_id: str | None,
        retry_after: float | None,
    ) -> errors.APIStatusError:
        body = self.transport.redact(response.text)
        error_type, error_message = _error_fields(body)
        status = response.status_code
        summary = f"{error_type}: {error_message}" if error_type or error_message else (body[:200] or "no body")
        message = f"{method} {url} returned {status} after {attempt} attempt(s): {summary}"
        if request_id:
            message += f" (request id {request_id})"
        error = errors.status_error_class(status)(
            message,
            method=method,
            url=url,
            attempts=attempt,
            status_code=status,
            headers={k: self.transport.redact(v) for k, v in response.headers.items()},
            body=body,
            request_id=request_id,
            error_type=error_type,
            error_message=error_message,
        )
        if isinstance(error, errors.RateLimitError):
            error.retry_after = retry_after
        return error

    def _parse(
        self,
        response: httpx.Response,
        parse: Callable[[Any], T],
        method: str,
        url: str,
        attempt: int,
        request_id: str | None,
    ) -> T:
        try:
            return parse(json.loads(response.content))
        # RecursionError: json.loads of absurdly nested input (not a ValueError).
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:  # ModelError is a ValueError
            problem = "body is not JSON" if isinstance(exc, json.JSONDecodeError) else str(exc)
            raise errors.ResponseValidationError(
                f"{method} {url} returned {response.status_code} with a body that does not match the API "
                f"contract: {self.transport.redact(problem)}",
                method=method,
                url=url,
                attempts=attempt,
                status_code=response.status_code,
                body=self.transport.redact(response.text),
                request_id=request_id if request_id is not None else request_id_of(response.headers),
            ) from None

    def _check_version(self, response: httpx.Response) -> None:
        used = response.headers.get(VERSION_HEADER)
        if used is not None and used != self.options.version and not self.transport.version_warned:
            self.transport.version_warned = True
            logger.warning(
                "the API processed a request with Sequence-Version %s but this client pins %s; "
                "responses may not match the models",
                used,
                self.options.version,
            )


def request_id_of(headers: httpx.Headers) -> str | None:
    """The request id a server put in any of the usual headers, if any."""
    for name in REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


def _retry_after(headers: httpx.Headers) -> float | None:
    millis = headers.get("retry-after-ms")
    if millis is not None:
        seconds = parse_retry_after(millis)
        if seconds is not None:
            return seconds / 1000.0
    return parse_retry_after(headers.get("retry-after"))


def _error_fields(body: str) -> tuple[str | None, str | None]:
    """``(type, message)`` from the documented ``{"error": {...}}`` body, if it is one."""
    if not body.startswith("{"):
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
