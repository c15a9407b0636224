"""Pacing at the limit a server advertises (``RateLimit-Policy``), for clients left at the default.

The IETF draft "RateLimit header fields for HTTP" (draft-ietf-httpapi-ratelimit-headers) has
servers state their quota: ``RateLimit-Policy: "default";q=1500;w=60`` (draft 08 and later) or
``RateLimit-Policy: 1500;w=60`` (drafts up to 07). The emulator sends it, so a client pointed at
the emulator, in-process or served, paces itself as a client of Sequence's servers does. A
client given its own ``rate_limit`` never reads the header.
"""

from __future__ import annotations

import asyncio
import collections
import re
import time
from collections.abc import Awaitable, Callable
from typing import Final

from ._ratelimit import RateLimit
from .errors import ConfigurationError

POLICY_HEADER: Final = "ratelimit-policy"
# What a policy may say. A hostile or broken server could otherwise make the client crawl (one
# request a day, N callers queued for N days) or stop pacing while it answers 429 (a billion a
# second), or make the limiter keep a record of a million starts (~40 MB). A policy outside
# these bounds is ignored; any wait is still bounded by the call's deadline.
MIN_RATE: Final = 1.0  # requests per second
MAX_RATE: Final = 100_000.0
MAX_QUOTA: Final = 100_000
MIN_WINDOW: Final = 0.001
MAX_WINDOW: Final = 86_400.0
MAX_HEADER: Final = 1_000
# The starts remembered while no limit (or another one) is known, so that a newly learned limit
# counts the requests already in its window: a job's first wave, sent before any response,
# would otherwise fill the server's window and the next wave draw 429s.
REMEMBERED_STARTS: Final = 5_000
ADVERTISED: Final = "advertised by the server"  # the source of a limit learned from a header
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
        name, _, number = (text.strip() for text in param.partition("="))
        if name == "q":
            quota = number
        elif name == "w":
            window = number
        elif name == "qu" and number.strip('"') != "requests":
            return None  # a quota of bytes or of some other unit: not a pace of requests
    if quota is None or window is None or not _NUMBER.fullmatch(quota) or not _NUMBER.fullmatch(window):
        return None
    requests, per = float(quota), float(window)
    if not (requests.is_integer() and 1 <= requests <= MAX_QUOTA and MIN_WINDOW <= per <= MAX_WINDOW):
        return None
    if not MIN_RATE <= requests / per <= MAX_RATE:
        return None
    return int(requests), per


class AdvertisedRateLimit:
    """Paces at the last valid ``RateLimit-Policy`` a server sent; at ``initial`` until then (None: not at all).

    ``clock`` and ``sleep`` are the client's (a test's virtual time paces on virtual time).
    """

    def __init__(
        self,
        initial: tuple[int, float] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._starts: collections.deque[int] = collections.deque(maxlen=REMEMBERED_STARTS)
        self._last_header: str | None = None
        self._initial = initial
        self.limit: RateLimit | None = None
        self.source = "none"
        if initial is not None:
            self.limit = RateLimit(*initial, clock=clock, sleep=sleep)
            self.source = "documented"

    def started(self) -> None:
        """A request started without waiting (no limit known): remembered for the one learned later."""
        self._starts.append(round(self._clock() * 1e9))

    async def acquire(self, max_wait: float | None = None) -> None:
        """Wait for this request's turn under the current limit (at once while there is none)."""
        if self.limit is not None:
            await self.limit.acquire(max_wait)
        self.started()

    def learn(self, header: str) -> None:
        """Take the policy a response advertised; the same header twice costs one comparison."""
        if header == self._last_header:
            return
        self._last_header = header
        policy = parse_policy(header)
        current = self.limit
        if policy is None or (current is not None and (current.requests, current.per) == policy):
            return  # nothing valid: the pace in force stays
        try:
            limit = RateLimit(*policy, clock=self._clock, sleep=self._sleep)
        except ConfigurationError:  # a quota the limiter cannot schedule: keep the one in force
            return
        limit.carry_over(self._starts, current)  # a change of limit is no fresh start for the server's window
        self.limit, self.source = limit, ADVERTISED

    def forget(self) -> None:
        """A response without a policy: an advertised pace ends (a server that sends one sends it
        on every response); the documented one, or none, is back."""
        if self.source != ADVERTISED:
            return
        self._last_header = None
        previous, self.limit, self.source = self.limit, None, "none"
        if self._initial is not None:
            limit = RateLimit(*self._initial, clock=self._clock, sleep=self._sleep)
            limit.carry_over(self._starts, previous)
            self.limit, self.source = limit, "documented"

    def describe(self) -> str:
        """For messages: the limit now in force and where it came from."""
        if self.limit is None:
            return "no limit known"
        return f"{self.limit.requests} requests per {self.limit.per:g} s, {self.source}"

    def __repr__(self) -> str:
        return f"AdvertisedRateLimit({self.describe()})"
