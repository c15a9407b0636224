"""Fetch published documentation pages for the spec watch: httpx with timeouts, retries, a User-Agent.

Every failure is a :class:`FetchError` whose message starts with the URL: an HTTP error status,
a timeout, a refused or reset connection, a response cut short (fewer bytes than announced),
an oversized or non-UTF-8 body. Transient failures (timeouts, connection errors, truncated
bodies, 408/425/429/5xx) are retried with exponential backoff and full jitter, honouring
``Retry-After`` up to a bound; anything else fails at once.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType

import httpx

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_BYTES = 5_000_000  # a documentation page is a few kB; anything this large is not one
MAX_RETRY_AFTER = 60.0


class FetchError(Exception):
    """A page could not be fetched; the message names the URL and says why."""


class _Transient(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.retry_after = reason, retry_after


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), else ``None``."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class Fetcher:
    """GET text pages with bounded time, bounded retries and a clear User-Agent.

    ``timeout`` bounds each attempt: connecting, each read, and the whole body (a server
    dripping bytes cannot hold an attempt open past it). ``retries`` is the number of extra
    attempts after a transient failure; ``backoff`` the first backoff ceiling in seconds.
    """

    def __init__(
        self,
        user_agent: str,
        *,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 1.0,
        max_backoff: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if timeout <= 0 or retries < 0 or backoff < 0:
            raise ValueError("timeout must be > 0, retries and backoff >= 0")
        self.timeout, self.retries, self.backoff, self.max_backoff = timeout, retries, backoff, max_backoff
        self._sleep = sleep
        self.client = httpx.Client(
            headers={"User-Agent": user_agent, "Accept": "text/markdown, text/plain;q=0.9, */*;q=0.1"},
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=True,
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.client.close()

    def get_text(self, url: str) -> str:
        """The body of ``url`` decoded as UTF-8; raises :class:`FetchError`."""
        attempts = self.retries + 1
        for attempt in range(attempts):
            try:
                return self._attempt(url)
            except _Transient as exc:
                if attempt + 1 == attempts:
                    tried = f" (tried {attempts} times)" if attempts > 1 else ""
                    raise FetchError(f"{url}: {exc.reason}{tried}") from None
                delay = random.uniform(0, min(self.max_backoff, self.backoff * 2**attempt))
                if exc.retry_after is not None:
                    if exc.retry_after > MAX_RETRY_AFTER:
                        raise FetchError(f"{url}: {exc.reason}, Retry-After {exc.retry_after:.0f} s") from None
                    delay = max(delay, exc.retry_after)
                self._sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _attempt(self, url: str) -> str:
        started = time.monotonic()
        try:
            with self.client.stream("GET", url) as response:
                status = response.status_code
                if status in RETRY_STATUSES:
                    raise _Transient(
                        f"HTTP {status} {response.reason_phrase}", _retry_after(response.headers.get("Retry-After"))
                    )
                if status != 200:
                    raise FetchError(f"{url}: HTTP {status} {response.reason_phrase}".rstrip())
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise FetchError(f"{url}: response larger than {MAX_BYTES:,} bytes")
                    if time.monotonic() - started > self.timeout:
                        raise _Transient(f"timed out after {self.timeout:g} s (body still arriving)")
        except httpx.TimeoutException:
            raise _Transient(f"timed out after {self.timeout:g} s") from None
        except httpx.RemoteProtocolError as exc:  # among others: fewer bytes than Content-Length said
            raise _Transient(f"response cut short or malformed ({exc})") from None
        except httpx.TransportError as exc:
            raise _Transient(f"{type(exc).__name__}: {exc or 'connection failed'}") from None
        except httpx.TooManyRedirects:
            raise FetchError(f"{url}: too many redirects") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:  # a bad URL, a corrupt content encoding
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FetchError(f"{url}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
