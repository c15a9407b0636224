"""Fetch published documentation pages for the spec watch: httpx with timeouts, retries, a User-Agent.

Every failure is a :class:`FetchError` whose message starts with the URL: an HTTP error status,
a timeout, a refused or reset connection, a response cut short (fewer bytes than announced),
an oversized or non-UTF-8 body, a redirect to another origin (scheme, host or port) or more than
:data:`MAX_REDIRECTS` of them. Transient failures (timeouts, connection errors, truncated
bodies, 408/425/429/5xx) are retried with exponential backoff and full jitter, honouring
``Retry-After`` up to a bound; anything else fails at once.
"""

from __future__ import annotations

import email.utils
import random
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType

import httpx

from spectools.untrusted import one_line

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_BYTES = 5_000_000  # a documentation page is a few kB; anything this large is not one
MAX_RETRY_AFTER = 60.0
# Redirects are followed by hand, within the origin: a page that moves on its site is fine, one that
# sends the watch to another host (or from https to http) is not what upstream.yaml names.
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_PORTS = {"http": 80, "https": 443}
ANNOUNCED = re.compile(r"[0-9]{1,18}")  # a Content-Length worth reading before the body


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


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or DEFAULT_PORTS.get(url.scheme)


class Fetcher:
    """GET text pages with bounded time, bounded retries and a clear User-Agent.

    ``timeout`` bounds each attempt: connecting, each read, and the whole body (a server
    dripping bytes cannot hold an attempt open past it). ``retries`` is the number of extra
    attempts after a transient failure; ``backoff`` the first backoff ceiling in seconds;
    ``max_bytes`` the largest body accepted. At most :data:`MAX_REDIRECTS` redirects are followed,
    each within the URL's origin.
    """

    def __init__(
        self,
        user_agent: str,
        *,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 1.0,
        max_backoff: float = 30.0,
        max_bytes: int = MAX_BYTES,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if timeout <= 0 or retries < 0 or backoff < 0 or max_bytes <= 0:
            raise ValueError("timeout and max_bytes must be > 0, retries and backoff >= 0")
        self.timeout, self.retries, self.backoff, self.max_backoff = timeout, retries, backoff, max_backoff
        self.max_bytes = max_bytes
        self._sleep = sleep
        self.client = httpx.Client(
            # identity only: a compressed body could expand past any cap within one chunk (a 3.4 kB
            # `gzip, gzip` response decoded to 4.1 GB before the first size check)
            headers={
                "User-Agent": user_agent,
                "Accept": "text/markdown, text/plain;q=0.9, */*;q=0.1",
                "Accept-Encoding": "identity",
            },
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,  # followed by hand in _attempt, within the origin
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
        body = self.get_bytes(url)
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FetchError(f"{url}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None

    def get_bytes(self, url: str) -> bytes:
        """The body of ``url``; raises :class:`FetchError`."""
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

    def _attempt(self, url: str) -> bytes:
        """One attempt: ``url`` and the redirects it leads to, all within ``timeout`` for the bodies."""
        started = time.monotonic()
        current: httpx.URL | str = url
        for _ in range(MAX_REDIRECTS + 1):
            result = self._request(url, current, started)
            if isinstance(result, bytes):
                return result
            current = result
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _request(self, url: str, current: httpx.URL | str, started: float) -> bytes | httpx.URL:
        """One GET of ``current`` (``url`` or a redirect's target): the body, or where a redirect points."""
        via = "" if current == url else f" (redirected to {one_line(str(current), 200)})"
        try:
            with self.client.stream("GET", current) as response:
                status = response.status_code
                if status in REDIRECT_STATUSES:
                    return self._redirect_target(url, response)
                if status in RETRY_STATUSES:
                    raise _Transient(
                        f"HTTP {status} {response.reason_phrase}{via}",
                        _retry_after(response.headers.get("Retry-After")),
                    )
                if status != 200:
                    raise FetchError(f"{url}: HTTP {status} {response.reason_phrase}".rstrip() + via)
                return self._body(url, response, started)
        except httpx.TimeoutException:
            raise _Transient(f"timed out after {self.timeout:g} s{via}") from None
        except httpx.RemoteProtocolError as exc:  # among others: fewer bytes than Content-Length said
            raise _Transient(f"response cut short or malformed ({exc}){via}") from None
        except httpx.TransportError as exc:
            raise _Transient(f"{type(exc).__name__}: {exc or 'connection failed'}{via}") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:  # a bad URL, a corrupt content encoding
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}{via}") from None

    def _redirect_target(self, url: str, response: httpx.Response) -> httpx.URL:
        location = response.headers.get("Location")
        if not location:
            raise FetchError(f"{url}: HTTP {response.status_code} redirect without a Location")
        try:
            target = response.url.join(location)
        except httpx.InvalidURL:
            raise FetchError(f"{url}: redirect to an invalid URL {one_line(location, 200)}") from None
        if _origin(target) != _origin(response.url):
            raise FetchError(
                f"{url}: refused the redirect from {one_line(str(response.url), 200)} to "
                f"{one_line(str(target), 200)}: another scheme, host or port"
            )
        return target

    def _body(self, url: str, response: httpx.Response, started: float) -> bytes:
        """The body, at most ``max_bytes`` (decoded, so a compressed bomb stops too), within ``timeout``."""
        announced = response.headers.get("Content-Length", "")
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            raise FetchError(f"{url}: a {one_line(encoding, 40)}-encoded body although identity was asked for")
        if ANNOUNCED.fullmatch(announced) and int(announced) > self.max_bytes:
            raise FetchError(f"{url}: response larger than {self.max_bytes:,} bytes")
        body = bytearray()
        for chunk in response.iter_bytes():  # no content encoding (refused above): raw bytes
            body += chunk
            if len(body) > self.max_bytes:
                raise FetchError(f"{url}: response larger than {self.max_bytes:,} bytes")
            if time.monotonic() - started > self.timeout:
                raise _Transient(f"timed out after {self.timeout:g} s (body still arriving)")
        return bytes(body)
