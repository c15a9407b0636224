"""A rate limiter shared by every process using one API key, backed by Redis (extra ``redis``)."""

from __future__ import annotations

import asyncio
import urllib.parse
from typing import Any

from ._ratelimit import DOCUMENTED_PERIOD, DOCUMENTED_REQUESTS, RateLimitWaitTooLong, _check, pacing
from ._secrets import secret
from .errors import ConfigurationError, RateLimiterError

# GCRA in one atomic step, on Redis's own clock (so workers on different hosts agree).
# KEYS[1] = the limiter key; ARGV = interval, tolerance, max wait (-1: unbounded), all seconds.
# Returns the delay before the reserved slot as a string (Lua numbers would be truncated),
# or "refused:<delay>" when the wait would exceed the maximum (nothing is reserved then).
_GCRA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local max_wait = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local delay = tat - tolerance - now
if max_wait >= 0 and delay > max_wait then
  return 'refused:' .. tostring(delay)
end
local new_tat = tat + interval
redis.call('SET', KEYS[1], tostring(new_tat), 'PX', math.ceil((new_tat - now) * 1000) + 1000)
return tostring(delay)
"""


# The longest a call waits for Redis to answer when it has no deadline (a healthy round trip is
# well under a millisecond on loopback; seconds mean Redis is stuck).
REDIS_CALL_BOUND = 10.0
REDIS_ROUND_TRIP = 0.05


class RedisRateLimit:
    """``requests`` per ``per`` seconds shared across processes through Redis at ``url``.

    Every worker using the same ``key`` draws from one budget; an atomic Lua script reserves
    slots so concurrent workers cannot overdraw. Needs ``pip install sequence-async[redis]``.
    """

    def __init__(
        self,
        url: str,
        *,
        key: str = "sequence-async:rate-limit",
        requests: int = DOCUMENTED_REQUESTS,
        per: float = DOCUMENTED_PERIOD,
        burst: int | None = None,
        redis_client: Any = None,
    ) -> None:
        url = secret(url)  # type: ignore[assignment]  # masked in frame locals: it may hold a password
        if not isinstance(url, str):
            raise ConfigurationError(f"url must be a str, got {type(url).__name__}")
        self.requests, self.per, self.burst = _check(requests, per, burst)
        if not isinstance(key, str) or not key:
            raise ConfigurationError("key must be a non-empty str")
        self.key = key
        interval, tolerance = pacing(self.requests, self.per, self.burst)
        self.interval = interval
        self._tolerance = tolerance
        if redis_client is None:
            redis_client = _from_url(url)
        self._redis = redis_client
        self._script = redis_client.register_script(_GCRA)
        self._url_for_repr = _without_credentials(url)

    async def acquire(self, max_wait: float | None = None) -> None:
        """Reserve the next slot in Redis (shared by every process using this key) and sleep until it comes."""
        limit = -1.0 if max_wait is None else max(0.0, max_wait)
        # The round trip itself gets a little grace: a healthy Redis answers in well under a millisecond.
        bound = REDIS_CALL_BOUND if max_wait is None else limit + REDIS_ROUND_TRIP
        try:
            # A Redis that accepts connections and never answers must not outlast the call's deadline.
            async with asyncio.timeout(bound):
                raw = await self._script(
                    keys=[self.key], args=[repr(self.interval), repr(self._tolerance), repr(limit)]
                )
        except TimeoutError:
            failure = f"no answer within {bound:.2f}s"
        except Exception as exc:  # Redis down, refused the script...: typed, without the URL
            failure = type(exc).__name__
        else:
            return await self._wait(raw, max_wait)
        if max_wait is not None and failure.startswith("no answer"):
            raise RateLimitWaitTooLong(f"the shared rate limiter gave {failure}, the time left")
        raise RateLimiterError(f"the shared rate limiter at {self._url_for_repr} failed: {failure}")

    async def _wait(self, raw: object, max_wait: float | None) -> None:
        reply = raw.decode() if isinstance(raw, bytes) else str(raw)
        if reply.startswith("refused:"):
            delay = float(reply.removeprefix("refused:"))
            raise RateLimitWaitTooLong(f"the shared rate limiter would need {delay:.2f}s, more than allowed")
        delay = float(reply)
        if delay > 0:
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        """Close the Redis connection."""
        await self._redis.aclose()

    def __repr__(self) -> str:
        return (
            f"RedisRateLimit({self._url_for_repr!r}, key={self.key!r}, requests={self.requests}, "
            f"per={self.per:g}, burst={self.burst})"
        )


def _from_url(url: str) -> Any:
    try:
        import redis.asyncio
    except ImportError:  # pragma: no cover - depends on the install
        message = "RedisRateLimit needs the redis extra: pip install 'sequence-async[redis]'"
        raise ConfigurationError(message) from None
    try:
        return redis.asyncio.Redis.from_url(str(url))
    except (ValueError, TypeError):
        failure = "not a redis://, rediss:// or unix:// URL"
    raise ConfigurationError(f"RedisRateLimit url is invalid: {failure}")


def _without_credentials(url: str) -> str:
    """``scheme://host:port/db`` of a Redis URL: no user, password or query (which may hold one)."""
    try:
        parts = urllib.parse.urlsplit(str(url))
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<redis url>"
    return f"{parts.scheme}://{host}{port}{parts.path}"
