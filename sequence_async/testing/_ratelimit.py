"""Per-API-key rate limiting over a sliding window, driven by an injectable clock."""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from .._ratelimit import DOCUMENTED_PERIOD, DOCUMENTED_REQUESTS

__all__ = ["DOCUMENTED_RATE_LIMIT", "RateLimit", "SlidingWindow"]


@dataclass(frozen=True, slots=True)
class RateLimit:
    """The emulator's server-side limit: at most ``requests`` requests per ``per`` seconds for
    each API key (client ID), answered with 429 beyond it. (The client's own pacing is
    :class:`sequence_async.RateLimit`; both default to the documented 1,500 per minute.)"""

    requests: int = DOCUMENTED_REQUESTS
    per: float = DOCUMENTED_PERIOD

    def __post_init__(self) -> None:
        if self.requests < 1 or self.per <= 0:
            raise ValueError("RateLimit needs requests >= 1 and per > 0")

    @property
    def policy_header(self) -> str:
        """This limit as a ``RateLimit-Policy`` value (IETF draft-ietf-httpapi-ratelimit-headers)."""
        per = f"{self.per:.6f}".rstrip("0").rstrip(".")
        return f'"default";q={self.requests};w={per}'

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """``"1500/60"`` → ``RateLimit(1500, 60.0)``."""
        requests, _, per = text.partition("/")
        try:
            return cls(int(requests), float(per or "1"))
        except ValueError as exc:
            raise ValueError(f"rate limit must look like N/SECONDS, got {text!r}") from exc


# The API reference: 1,500 requests per minute per API key. The emulator's default; tests and
# benchmarks that need more pass their own (or None for no limit).
DOCUMENTED_RATE_LIMIT = RateLimit(DOCUMENTED_REQUESTS, DOCUMENTED_PERIOD)


class SlidingWindow:
    """Remembers the accepted requests of each key within the last ``limit.per`` seconds."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float]) -> None:
        self.limit = limit
        self._clock = clock
        self._hits: dict[str, deque[int]] = {}
        self._lock = threading.Lock()

    def acquire(self, key: str) -> int | None:
        """Count a request for ``key``; if it is over the limit, the Retry-After seconds (>= 1) instead."""
        # In whole nanoseconds, as the client paces: in floats a virtual clock's 0.2 + 1.0 is
        # 1.2 but 1.2 - 1.0 falls short of 0.2, so a start exactly one window later was refused.
        now = round(self._clock() * 1e9)
        per = round(self.limit.per * 1e9)
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - per:
                hits.popleft()
            if len(hits) >= self.limit.requests:
                return max(1, math.ceil((hits[0] + per - now) / 1e9))
            hits.append(now)
            return None
