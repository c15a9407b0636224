"""``SequenceClient``: configuration, lifecycle and the resources of the Sequence API."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

import httpx

from . import _config
from ._advertised import AdvertisedRateLimit
from ._config import DEFAULT_TIMEOUT, NOT_GIVEN, NotGiven
from ._hooks import Hooks, checked_hooks
from ._pipeline import Pipeline, RequestOptions, SharedState
from ._ratelimit import DOCUMENTED_PERIOD, DOCUMENTED_REQUESTS, RateLimiter
from ._retry import RetryBudget, RetryPolicy
from ._secrets import secret
from ._send import AiohttpSender, HttpxSender
from .errors import ConfigurationError
from .resources import Resources

if TYPE_CHECKING:
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.trace import TracerProvider

    from ._operations import Timeout
    from ._responses import APIResponse

T = TypeVar("T")


class SequenceClient(Resources):
    """Async client for the Sequence billing API: every operation as ``client.<area>.<method>``.

    Use it as an async context manager (or call :meth:`aclose`). Credentials default to the
    ``SEQUENCE_CLIENT_ID`` / ``SEQUENCE_CLIENT_SECRET`` environment variables. Pass
    ``http_client`` to reuse your own ``httpx.AsyncClient`` (it is then not closed here), or
    ``transport`` to wrap an httpx transport (e.g. ``httpx.ASGITransport`` for tests).
    ``http_backend="aiohttp"`` sends requests through aiohttp (extra ``aiohttp``): several
    times the throughput of plain httpx for highly concurrent batch work.

    Observability: ``hooks`` (:class:`Hooks`) are told of every attempt, retry, rate-limiter
    wait and call end. With the ``otel`` extra every call makes OpenTelemetry spans and metrics
    through the global providers, or ``tracer_provider``/``meter_provider`` when given.

    What ``None`` means, one meaning per parameter: ``timeout=None`` no timeout;
    ``retry=None`` the default :class:`RetryPolicy`; ``retry_budget=None`` no budget;
    ``rate_limit=None`` no client-side limit; ``hooks=None`` no hooks. Leaving
    ``retry_budget``/``rate_limit`` out (:data:`NOT_GIVEN`) gives the default: a
    :class:`RetryBudget`, and pacing: the documented 1,500/min for Sequence's own servers, and
    for any server the quota it advertises in a ``RateLimit-Policy`` header (the emulator's,
    so dry runs pace like production).
    ``sleep``, ``random``, ``clock`` and ``wall_clock`` replace :func:`asyncio.sleep`,
    :func:`random.random`, :func:`time.monotonic` (deadlines) and :func:`time.time` (the wait
    a Retry-After date asks for) in tests.
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | httpx.URL | None = None,
        version: str = "2024-07-30",  # DEFAULT_VERSION, spelled out for the signature (a test keeps them equal)
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        retry_budget: RetryBudget | NotGiven | None = NOT_GIVEN,
        rate_limit: RateLimiter | NotGiven | None = NOT_GIVEN,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_backend: Literal["httpx", "aiohttp"] = "httpx",
        hooks: Hooks | Iterable[Hooks] | None = None,
        tracer_provider: TracerProvider | None = None,
        meter_provider: MeterProvider | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        random: Callable[[], float] = random.random,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        client_secret = secret(client_secret)  # type: ignore[assignment]  # masked in frame locals from here on
        client_id = _config.client_id(client_id)
        client_secret = _config.credential(client_secret, _config.ENV_CLIENT_SECRET, "client_secret")
        auth = _config.basic_auth_header(client_id, client_secret)
        url, is_sequence = _config.resolve_base_url(environment, base_url)
        options = RequestOptions(
            timeout=_config.check_timeout(timeout),
            retry=retry if retry is not None else RetryPolicy(),
            version=_config.check_version(version),
        )
        if not isinstance(options.retry, RetryPolicy):
            raise ConfigurationError("retry must be a RetryPolicy")
        if retry_budget is not NOT_GIVEN and retry_budget is not None and not isinstance(retry_budget, RetryBudget):
            raise ConfigurationError("retry_budget must be a RetryBudget or None")
        _config.check_hooks(sleep=sleep, random=random, clock=clock, wall_clock=wall_clock)
        self._shared = SharedState(
            sender=_sender(http_backend, http_client, transport, options.timeout),
            base_url=url,
            headers={"Authorization": auth, "Accept": "application/json"},
            credentials=_config.credential_forms(auth, client_secret),
            budget=RetryBudget() if retry_budget is NOT_GIVEN else retry_budget,
            limiter=_default_limiter(rate_limit, is_sequence, clock, sleep),
            hooks=checked_hooks(hooks),
            tracer_provider=_config.check_provider(tracer_provider, "tracer_provider", "get_tracer"),
            meter_provider=_config.check_provider(meter_provider, "meter_provider", "get_meter"),
            sleep=sleep,
            random=random,
            clock=clock,
            wall_clock=wall_clock,
        )
        self._client_id = client_id
        self._owner = True
        self._bind(options)

    def _bind(self, options: RequestOptions) -> None:
        self._options = options
        self._pipeline = Pipeline(self._shared, options)

    # ------------------------------------------------------------------ configuration

    @property
    def base_url(self) -> str:
        """The URL every request goes to (from ``environment`` or ``base_url``)."""
        return self._shared.base_url

    @property
    def version(self) -> str:
        """The API version sent as ``Sequence-Version`` on every request."""
        return self._options.version

    @property
    def timeout(self) -> httpx.Timeout:
        """Each attempt's timeouts (connect, read, write, pool)."""
        return self._options.timeout

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy of this client (``with_options`` copies may differ)."""
        return self._options.retry

    @property
    def retry_budget(self) -> RetryBudget | None:
        """The client-wide retry budget, shared with copies; None: retries are not budgeted."""
        return self._shared.budget

    @property
    def stats(self) -> dict[str, int]:
        """Counters shared by this client and its copies: ``requests`` sent, ``retries`` made."""
        return self._shared.stats

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        retry: RetryPolicy | NotGiven | None = NOT_GIVEN,
        version: str | NotGiven | None = NOT_GIVEN,
    ) -> SequenceClient:
        """A cheap copy with other options, sharing this client's connection pool and budget.

        An option left out (:data:`NOT_GIVEN`) keeps this client's value; ``timeout=None`` means
        no timeout; ``retry=None`` and ``version=None`` keep this client's value too.

        Closing the copy does not close the pool; closing the original does (for both).
        """
        options = RequestOptions(
            timeout=self._options.timeout if timeout is NOT_GIVEN else _config.check_timeout(timeout),
            retry=self._options.retry if retry is NOT_GIVEN or retry is None else retry,
            version=self._options.version if version in (NOT_GIVEN, None) else _config.check_version(version),
        )
        if not isinstance(options.retry, RetryPolicy):
            raise ConfigurationError("retry must be a RetryPolicy")
        copy = object.__new__(SequenceClient)
        copy._shared = self._shared
        copy._client_id = self._client_id
        copy._owner = False
        copy._bind(options)
        return copy

    # ------------------------------------------------------------------ any request

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,  # noqa: ASYNC109  (a per-call option, as in httpx; the pipeline enforces it)
        idempotency_key: str | None = None,
    ) -> Any:
        """Call an endpoint the SDK has no method for yet, through the same pipeline as every method
        (auth, version, rate limit, retries, typed errors, redaction, telemetry).

        ``path`` is relative to the base URL (``"/customers/c_1"``; ``params`` give the query);
        ``json`` is sent as the JSON body unless None. Returns the decoded JSON body (None when
        empty). GET, PUT and DELETE are retried like any call; a POST or PATCH only when no
        attempt can have been applied, or when ``idempotency_key`` is given.
        """
        from ._operations import raw_request  # the generated layer's runtime loads with the first call

        return await raw_request(
            self._pipeline,
            method,
            path,
            params=params,
            json_body=json,
            extra_headers=extra_headers,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )

    async def with_raw_response(self, call: Awaitable[T]) -> APIResponse[T]:
        """Await one call of this client and return its result with the HTTP reply (status,
        headers, request id, version, attempts): ``await client.with_raw_response(client.customers.get(id))``."""
        from ._responses import with_raw_response

        return await with_raw_response(call)

    # ------------------------------------------------------------------ lifecycle

    @property
    def is_closed(self) -> bool:
        """True once the client that made the connection pool is closed (its ``with_options`` copies with it)."""
        return self._shared.closed

    async def aclose(self) -> None:
        """Close the connection pool (unless it was injected). Idempotent."""
        if not self._owner or self._shared.closed:
            return
        await self._shared.aclose()

    async def __aenter__(self) -> Self:
        if self._shared.closed:
            raise ConfigurationError("cannot reopen a closed SequenceClient")
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        if not hasattr(self, "_options"):  # a repr from the frame locals of a failed __init__
            return "SequenceClient(<not configured>)"
        return (
            f"SequenceClient(base_url={self._shared.base_url!r}, client_id={self._client_id!r}, "
            f"version={self._options.version!r}, client_secret='***')"
        )


def _sender(
    backend: object, http_client: object, transport: object, timeout: httpx.Timeout
) -> HttpxSender | AiohttpSender:
    if not isinstance(backend, str) or backend not in ("httpx", "aiohttp"):
        raise ConfigurationError("http_backend must be 'httpx' or 'aiohttp'")
    if http_client is not None and transport is not None:
        raise ConfigurationError("pass either http_client or transport, not both")
    if backend == "aiohttp":
        if http_client is not None or transport is not None:
            raise ConfigurationError("http_backend='aiohttp' sends through aiohttp: drop http_client/transport")
        return AiohttpSender(_config.DEFAULT_LIMITS)
    if http_client is not None:
        if not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient")
        return HttpxSender(http_client, owns_http=False)
    if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
        raise ConfigurationError("transport must be an httpx.AsyncBaseTransport")
    http = httpx.AsyncClient(
        transport=transport, limits=_config.DEFAULT_LIMITS, timeout=timeout, cookies=_config.no_cookies()
    )
    return HttpxSender(http, owns_http=True)


def _default_limiter(
    rate_limit: RateLimiter | NotGiven | None,
    is_sequence: bool,
    clock: Callable[[], float],
    sleep: Callable[[float], Awaitable[None]],
) -> RateLimiter | None:
    """By default the documented 1,500/min for Sequence's own environments; any server's
    advertised ``RateLimit-Policy`` (the emulator's, in-process or served) once it sends one.
    The default paces on the client's ``clock`` and ``sleep`` (a test's virtual time)."""
    if rate_limit is NOT_GIVEN:
        documented = (DOCUMENTED_REQUESTS, DOCUMENTED_PERIOD) if is_sequence else None
        return AdvertisedRateLimit(documented, clock=clock, sleep=sleep)
    if rate_limit is None or callable(getattr(rate_limit, "acquire", None)):
        return rate_limit
    raise ConfigurationError("rate_limit must be a RateLimit, a RedisRateLimit (or any limiter) or None")
