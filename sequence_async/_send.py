"""The send seam: one HTTP exchange on httpx or aiohttp, as (status, headers, body bytes).

Each sender maps every exception its library can raise to :class:`SendFailure`, saying
whether the request may have reached the server (the pipeline's retry and "already
deleted" decisions need it). Neither resends on its own: httpcore never does, and aiohttp's
retry of idempotent requests on a dropped keep-alive connection is switched off.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any, Protocol

import httpx

if TYPE_CHECKING:
    import aiohttp


class Headers(Protocol):
    """Case-insensitive response headers (``httpx.Headers`` or aiohttp's ``CIMultiDictProxy``)."""

    def get(self, key: str, /) -> str | None: ...

    def get_all(self, key: str, /) -> list[str]: ...

    def items(self) -> Any: ...


class ResponseHeaders:
    """Response headers read the same way on every backend, from the bytes received.

    A repeated field gives its first value (httpx would join them with ", ", aiohttp keeps the
    first); each value is UTF-8 when it is valid UTF-8, else latin-1 (httpx would read every
    header as latin-1 once one is not UTF-8, aiohttp uses surrogate escapes). Names compare
    case-insensitively; :meth:`items` gives lowercase names, each once.
    """

    __slots__ = ("_raw",)

    def __init__(self, raw: Iterable[tuple[bytes, bytes]]) -> None:
        self._raw = raw

    def get(self, key: str, /) -> str | None:
        wanted = key.lower().encode("latin-1")
        for name, value in self._raw:
            if name.lower() == wanted:
                return _header_text(value)
        return None

    def get_all(self, key: str, /) -> list[str]:
        """Every value of a repeated field, in order (a list header split over several lines)."""
        wanted = key.lower().encode("latin-1")
        return [_header_text(value) for name, value in self._raw if name.lower() == wanted]

    def items(self) -> list[tuple[str, str]]:
        first: dict[str, str] = {}
        for name, value in self._raw:
            first.setdefault(_header_text(name).lower(), _header_text(value))
        return list(first.items())


class _AiohttpHeaders(ResponseHeaders):
    """:class:`ResponseHeaders` reading aiohttp's parsed headers first (its lookup is in C and
    already gives a repeated field's first value); only a value that is not ASCII is decoded
    again from the bytes."""

    __slots__ = ("_parsed",)

    def __init__(self, parsed: Any, raw: Iterable[tuple[bytes, bytes]]) -> None:
        super().__init__(raw)
        self._parsed = parsed

    def get(self, key: str, /) -> str | None:
        value: str | None = self._parsed.get(key)
        if value is None or value.isascii():
            return value
        return super().get(key)


def _header_text(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


@dataclass(slots=True)
class RawResponse:
    """A complete response: status, headers and the whole (decompressed) body."""

    status: int
    headers: Headers
    content: bytes

    def __repr__(self) -> str:  # never the headers or body: a server may echo credentials in them
        return f"<RawResponse {self.status}, {len(self.content)} bytes>"


class SendFailure(Exception):
    """No usable response. ``maybe_sent``: the request may have reached the server."""

    def __init__(self, detail: str, *, timeout: bool, maybe_sent: bool) -> None:
        super().__init__(detail)
        self.detail = detail
        self.timeout = timeout
        self.maybe_sent = maybe_sent


class Sender(Protocol):
    """Sends one request; raises :class:`SendFailure` (or ``CancelledError``) and nothing else."""

    @property
    def is_closed(self) -> bool: ...

    def set_default_headers(self, headers: Mapping[str, str]) -> bool:
        """Send ``headers`` on every request from now on; False if this sender cannot."""
        ...

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        timeouts: httpx.Timeout,
        content: bytes | None = None,
    ) -> RawResponse: ...

    async def aclose(self) -> None: ...


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# httpx errors raised before a byte of the request could reach the server.
_HTTPX_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class HttpxSender:
    """Sends through an ``httpx.AsyncClient`` (the SDK's own, or one the caller injected)."""

    __slots__ = ("http", "owns_http")

    def __init__(self, http: httpx.AsyncClient, *, owns_http: bool) -> None:
        self.http = http
        self.owns_http = owns_http

    @property
    def is_closed(self) -> bool:
        return self.http.is_closed

    def set_default_headers(self, headers: Mapping[str, str]) -> bool:
        # Only on the SDK's own client: httpx then skips merging per-request headers.
        if self.owns_http:
            self.http.headers.update(headers)
        return self.owns_http

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        timeouts: httpx.Timeout,
        content: bytes | None = None,
    ) -> RawResponse:
        try:
            response = await self.http.request(method, url, headers=headers, content=content, timeout=timeouts)
        except httpx.TimeoutException as exc:
            raise SendFailure(_describe(exc), timeout=True, maybe_sent=not isinstance(exc, _HTTPX_NOT_SENT)) from None
        except (*_HTTPX_NOT_SENT, httpx.InvalidURL) as exc:
            raise SendFailure(_describe(exc), timeout=False, maybe_sent=False) from None
        except Exception as exc:  # anything else httpx, httpcore or a transport raises
            raise SendFailure(_describe(exc), timeout=False, maybe_sent=True) from None
        return RawResponse(response.status_code, ResponseHeaders(response.headers.raw), response.content)

    async def aclose(self) -> None:
        if self.owns_http:
            await self.http.aclose()


_MAX_HEAD = 100 * 1024  # httpcore's MAX_INCOMPLETE_EVENT_SIZE


def _head_limits(session_type: Any) -> dict[str, Any]:
    """httpx (httpcore's h11) takes a response head of up to 100 KiB whatever its lines; aiohttp's
    defaults (8190 bytes a line, 128 headers) would make such a 200 a connection error on this
    backend only, and a retried DELETE "already deleted". Limits this aiohttp version knows."""
    wanted: dict[str, Any] = {"max_line_size": _MAX_HEAD, "max_field_size": _MAX_HEAD, "max_headers": _MAX_HEAD // 5}
    known = inspect.signature(session_type).parameters
    return {name: value for name, value in wanted.items() if name in known}


class AiohttpSender:
    """Sends through an aiohttp ``ClientSession`` made on first use (it needs a running loop)."""

    __slots__ = ("_aiohttp", "_closed", "_default_headers", "_limits", "_session", "_timeouts", "_url")

    def __init__(self, limits: httpx.Limits) -> None:
        try:
            import aiohttp  # fail at construction, not at the first request
            from yarl import URL
        except ImportError:
            from .errors import ConfigurationError

            raise ConfigurationError("http_backend='aiohttp' needs: pip install 'sequence-async[aiohttp]'") from None
        # Kept here, not imported in send(): an import statement per request costs ~1 us.
        self._aiohttp = aiohttp
        self._url = URL
        self._limits = limits
        self._session: aiohttp.ClientSession | None = None
        self._default_headers: dict[str, str] = {}
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}
        self._closed = False

    @property
    def is_closed(self) -> bool:
        return self._closed

    def set_default_headers(self, headers: Mapping[str, str]) -> bool:
        if self._session is not None:
            return False
        self._default_headers.update(headers)
        return True

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp  # once per session

        limits = self._limits
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,
            keepalive_timeout=limits.keepalive_expiry if limits.keepalive_expiry is not None else 30.0,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            headers=self._default_headers,
            cookie_jar=aiohttp.DummyCookieJar(),
            # No netrc or proxy variables: netrc credentials would clash with our Authorization.
            trust_env=False,
            auto_decompress=True,
            raise_for_status=False,
            **_head_limits(aiohttp.ClientSession),
        )
        # aiohttp resends an idempotent request once when a kept-alive connection turns out to
        # be closed (ClientSession._request); the retry policy alone decides resends here.
        session._retry_connection = False
        self._session = session
        return session

    def _client_timeout(self, timeout: httpx.Timeout) -> aiohttp.ClientTimeout:
        key = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        cached = self._timeouts.get(key)
        if cached is None:
            cached = self._aiohttp.ClientTimeout(
                total=None, connect=timeout.pool, sock_connect=timeout.connect, sock_read=timeout.read
            )
            if len(self._timeouts) < 64:
                self._timeouts[key] = cached
        return cached

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        timeouts: httpx.Timeout,
        content: bytes | None = None,
    ) -> RawResponse:
        aiohttp = self._aiohttp
        if self._closed:
            raise SendFailure("the aiohttp session is closed", timeout=False, maybe_sent=False)
        session = self._session or self._open()
        try:
            async with session.request(
                method,
                self._url(url, encoded=True),  # already percent-encoded: yarl must not requote it
                headers=headers,
                data=content,
                timeout=self._client_timeout(timeouts),
                allow_redirects=False,
            ) as response:
                content = await response.read()
                status, received = response.status, _AiohttpHeaders(response.headers, response.raw_headers)
                raw_headers = response.raw_headers
                head = sum(map(len, chain.from_iterable(raw_headers))) + 4 * len(raw_headers)
        except aiohttp.ConnectionTimeoutError as exc:
            raise SendFailure(_describe(exc), timeout=True, maybe_sent=False) from None
        except (aiohttp.ClientConnectorError, aiohttp.InvalidURL) as exc:
            raise SendFailure(_describe(exc), timeout=False, maybe_sent=False) from None
        except TimeoutError as exc:  # aiohttp's ServerTimeoutError/SocketTimeoutError are TimeoutErrors
            raise SendFailure(_describe(exc), timeout=True, maybe_sent=True) from None
        except Exception as exc:  # resets, bad status lines, payload errors, anything else
            raise SendFailure(_describe(exc), timeout=False, maybe_sent=True) from None
        if not 100 <= status <= 999:  # aiohttp takes "099"; h11 (httpx) refuses it as a protocol error
            raise SendFailure(f"invalid HTTP status code {status}", timeout=False, maybe_sent=True)
        if head > _MAX_HEAD:  # httpx refuses a head over 100 KiB; aiohttp limits only each line
            raise SendFailure(f"response head too large ({head} bytes)", timeout=False, maybe_sent=True)
        return RawResponse(status, received, content)

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()
