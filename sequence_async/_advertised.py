"""Pacing at the limit a server advertises (``RateLimit-Policy``), for clients left at the default.

The IETF draft "RateLimit header fields for HTTP" (draft-ietf-httpapi-ratelimit-headers) has
servers state their quota: ``RateLimit-Policy: "default";q=1500;w=60`` (draft 08 and later) or
``RateLimit-Policy: 1500;w=60`` (drafts up to 07). The emulator sends it, so a client pointed at
the emulator, in-process or served, paces itself as a client of Sequence's servers does. A
client given its own ``rate_limit`` never reads the header.
"""

from __future__ import annotations

import re
from typing import Final

from ._ratelimit import RateLimit
from .errors import ConfigurationError

POLICY_HEADER: Final = "ratelimit-policy"
# What a policy may say: a hostile or broken server could otherwise ask the client to crawl
# (one request a day) or to stop pacing while it still answers 429 (a billion a second). The
# slowest pace taken spaces requests by MAX_SPACING, the longest Retry-After the default
# RetryPolicy honours (max_retry_after): a slower one is ignored.
MAX_SPACING: Final = 60.0
MAX_QUOTA: Final = 1_000_000
MIN_WINDOW: Final = 0.001
MAX_WINDOW: Final = 86_400.0
MAX_HEADER: Final = 1_000
_NUMBER = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,6})?")


def parse_policy(value: str) -> tuple[int, float] | None:
    """The slowest ``(requests, per_seconds)`` a ``RateLimit-Policy`` value states; None if none is valid."""
    if len(value) > MAX_HEADER:
        return None
    found: list[tuple[int, float]] = []
    for item in value.split(","):
        policy = _one_policy(item)
        if policy is not None:
            found.append(policy)
    return min(found, key=lambda policy: policy[0] / policy[1]) if found else None


def _one_policy(item: str) -> tuple[int, float] | None:
    head, *params = (part.strip() for part in item.split(";"))
    quota = head if _NUMBER.fullmatch(head) else None  # draft 07: the quota leads
    window = None
    for param in params:
        name, _, number = param.partition("=")
        if name.strip() == "q":
            quota = number.strip()
        elif name.strip() == "w":
            window = number.strip()
    if quota is None or window is None or not _NUMBER.fullmatch(quota) or not _NUMBER.fullmatch(window):
        return None
    requests, per = float(quota), float(window)
    if not (requests.is_integer() and 1 <= requests <= MAX_QUOTA and MIN_WINDOW <= per <= MAX_WINDOW):
        return None
    if per / requests > MAX_SPACING:
        return None
    return int(requests), per


class AdvertisedRateLimit:
    """Paces at the last valid ``RateLimit-Policy`` a server sent; at ``initial`` until then (None: not at all)."""

    def __init__(self, initial: RateLimit | None = None) -> None:
        self.limit = initial
        self.source = "documented" if initial is not None else "none"
        self._last_header: str | None = None

    async def acquire(self, max_wait: float | None = None) -> None:
        """Wait for this request's turn under the current limit (at once while there is none)."""
        if self.limit is not None:
            await self.limit.acquire(max_wait)

    def learn(self, header: str) -> None:
        """Take the policy a response advertised; the same header twice costs one comparison."""
        if header == self._last_header:
            return
        self._last_header = header
        policy = parse_policy(header)
        if policy is None:
            return
        current = self.limit
        if current is not None and (current.requests, current.per) == policy:
            return
        try:
            self.limit = RateLimit(*policy)
        except ConfigurationError:  # a quota the limiter cannot schedule: keep the one in force
            return
        self.source = "advertised by the server"

    def describe(self) -> str:
        """For messages: the limit now in force and where it came from."""
        if self.limit is None:
            return "no limit known"
        return f"{self.limit.requests} requests per {self.limit.per:g} s, {self.source}"

    def __repr__(self) -> str:
        return f"AdvertisedRateLimit({self.describe()})"
