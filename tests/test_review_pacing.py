"""Review of "dry runs pace like production" (RateLimit-Policy pacing): each test is a defect found.

Loopback only (a scripted HostileServer or the served emulator), every wait bounded, no fixed sleeps.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from typing import Any

import pytest

from sequence_async import Hooks, LongWaitDetails, RetryPolicy, SequenceClient, errors
from sequence_async import RateLimit as ClientRateLimit
from sequence_async import _pipeline as pipeline
from sequence_async._advertised import AdvertisedRateLimit, parse_policy
from sequence_async.testing import RateLimit, SequenceEmulator

from ._fixtures import Backend, FakeTime
from ._hostile import WAIT, Conn, HostileServer, Request

pytest_plugins = ["tests._backends"]

JSON_404 = b'{"error":"nope"}'


def _policy_server(*policies: str | tuple[str, ...], arrivals: list[float] | None = None) -> HostileServer:
    """Answers every request 404 with the next of ``policies`` (a tuple: one RateLimit-Policy line each)."""
    cycle = itertools.cycle(policies)

    async def handler(request: Request, conn: Conn) -> None:
        if arrivals is not None:
            arrivals.append(time.monotonic())
        policy = next(cycle)
        lines = policy if isinstance(policy, tuple) else (policy,)
        headers = [("Content-Type", "application/json"), *(("RateLimit-Policy", line) for line in lines)]
        await conn.respond(404, JSON_404, headers)

    return HostileServer(handler)


def _client(server: HostileServer, backend: Backend, **kwargs: Any) -> SequenceClient:
    """A client left at the default rate_limit (so it paces at what the server advertises)."""
    return SequenceClient("id", "secret", base_url=server.base_url, http_backend=backend, timeout=WAIT, **kwargs)


async def _get(client: SequenceClient) -> None:
    with contextlib.suppress(errors.NotFoundError):
        await client.customers.get("x")


def _most_in_any_window(arrivals: list[float], window: float) -> int:
    return max(sum(1 for later in arrivals if start <= later < start + window) for start in arrivals)


def _learned(client: SequenceClient) -> tuple[int, float] | None:
    limiter = client._shared.limiter
    assert isinstance(limiter, AdvertisedRateLimit)
    return None if limiter.limit is None else (limiter.limit.requests, limiter.limit.per)


# -- HIGH: a policy that changes resets the limiter, so alternating policies disable pacing -------------


async def test_alternating_policies_still_pace_the_client(backend: Backend) -> None:
    """Two policies that each allow 4-5 requests a second, alternating per response (two backends behind a
    load balancer, a quota being tuned): every change builds a fresh RateLimit with an empty schedule, so
    each request takes the fresh limiter's first slot at once. 10 calls arrive within milliseconds."""
    arrivals: list[float] = []
    async with (
        _policy_server('"a";q=4;w=1', '"a";q=5;w=1', arrivals=arrivals) as server,
        _client(server, backend) as client,
    ):

        async def calls() -> None:
            for _ in range(10):
                await _get(client)

        await asyncio.wait_for(calls(), 4 * WAIT)
    # Either policy allows at most 5 starts a second; one more for the request sent before any was known.
    assert _most_in_any_window(arrivals, 1.0) <= 6, [round(t - arrivals[0], 3) for t in arrivals]


# -- MEDIUM: a limit learned late ignores the requests already in the server's window -----------------


async def test_a_limit_learned_from_the_first_responses_counts_the_requests_already_sent(backend: Backend) -> None:
    """A job with 10 workers against a served emulator at 10 requests/s: the first wave goes unpaced (as
    documented), then the learned RateLimit starts with an empty schedule and sends the next wave into a
    window the server already counts as full: 9 x 429 and a Retry-After freeze, what the docs say
    pacing avoids ("waits as it will in production instead of freezing for ... Retry-After")."""
    emulator = SequenceEmulator(rate_limit=RateLimit(10, per=1.0))
    with emulator.serve_in_thread() as base_url:
        async with SequenceClient(
            emulator.client_id, emulator.client_secret, base_url=base_url, http_backend=backend, timeout=WAIT
        ) as client:
            await asyncio.wait_for(asyncio.gather(*(_get(client) for _ in range(10))), WAIT)
            assert emulator.stats.rate_limited == 0  # the first wave is within the quota
            assert _learned(client) == (10, 1.0)
            await asyncio.wait_for(asyncio.gather(*(_get(client) for _ in range(10))), 2 * WAIT)
    assert emulator.stats.rate_limited == 0


# -- MEDIUM: the server's pace can hold a call far longer than the client's own max_retry_after -------


async def test_an_advertised_pace_is_bounded_like_a_retry_after(backend: Backend) -> None:
    """A server advertising one request a minute (accepted: MAX_SPACING is 60 s, "the longest Retry-After
    the default RetryPolicy honours") holds a call for 60 s even when the caller set max_retry_after=2,
    i.e. refuses to wait more than 2 s on the server's say-so; with the default deadline=None and N
    callers, the N-th waits N minutes with no bound at all. Expected: the call ends (sent, or a typed
    error) promptly rather than sleeping past what the RetryPolicy allows a server to ask for."""
    async with (
        _policy_server('"d";q=1;w=60') as server,
        _client(server, backend, retry=RetryPolicy(max_retry_after=2)) as client,
    ):

        async def three_calls() -> None:
            for _ in range(3):
                with contextlib.suppress(errors.SequenceError):
                    await client.customers.get("x")

        try:
            await asyncio.wait_for(three_calls(), WAIT)
        except TimeoutError:
            raise AssertionError(
                f"a call waited over {WAIT:g} s for the server's advertised pace ({_learned(client)}) "
                "although RetryPolicy(max_retry_after=2)"
            ) from None


# -- LOW/MEDIUM: a policy repeated on two header lines: only the first (the looser) is read -------------


async def test_a_policy_on_a_second_header_line_binds_too(backend: Backend) -> None:
    """RateLimit-Policy is a Structured Field List: two lines are one list (RFC 9110 5.3, RFC 8941 4.2).
    The SDK's headers give a repeated field's first value on both backends, so the stricter
    second policy is never seen and the client paces at 1,000/s against a 2/s quota."""
    async with _policy_server(('"fast";q=1000;w=1', '"slow";q=2;w=1')) as server, _client(server, backend) as client:
        await asyncio.wait_for(_get(client), WAIT)
        assert _learned(client) == (2, 1.0)


# -- LOW: the emulator's limit removed mid-run: its client goes on pacing at the old one ----------------


async def test_the_emulators_client_stops_pacing_when_the_emulators_limit_is_removed() -> None:
    """docs/retries.md: "It follows the emulator's limit when a test changes it." Setting
    ``emulator.rate_limit = None`` stops the header, so the client keeps the old 2/s pace forever."""
    emulator = SequenceEmulator(rate_limit=RateLimit(2, per=1.0))
    async with emulator.client() as client:
        await _get(client)
        emulator.rate_limit = None

        async def six_calls() -> None:
            for _ in range(6):
                await _get(client)

        started = time.perf_counter()
        await asyncio.wait_for(six_calls(), 2 * WAIT)
        took = time.perf_counter() - started
    assert took < 1.0, f"6 calls to an emulator with no limit took {took:.2f}s: still paced at {_learned(client)}"


# -- LOW: the bounds do not stop the "billion a second" the module says they stop ----------------------


def test_a_policy_of_a_billion_a_second_is_ignored() -> None:
    """_advertised.py: the bounds exist because a hostile server could "stop pacing while it still answers
    429 (a billion a second)"; q=1000000;w=0.001 is exactly a billion a second and is taken (and, with
    the reset above, replaces a good pace already learned)."""
    assert parse_policy('"d";q=1000000;w=0.001') is None


# -- LOW: a limiter's describe() goes into LongWaitDetails.why unredacted (its repr is redacted) -----------


class _LabelledLimiter:
    """A user's limiter that names what it limits (here, naively, by the API key it was made for)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._inner = ClientRateLimit(1, per=1.0)

    async def acquire(self, max_wait: float | None = None) -> None:
        await self._inner.acquire(max_wait)

    def describe(self) -> str:
        return f"1 request per second for key {self.label}"

    def __repr__(self) -> str:
        return f"_LabelledLimiter({self.label})"


async def test_a_limiters_description_is_redacted_in_the_long_wait_why(monkeypatch: pytest.MonkeyPatch) -> None:
    """_pacing_notice redacts ``repr(limiter)`` but not ``limiter.describe()``: a custom limiter whose
    description names the credential puts it into LongWaitDetails.why (a progress display, a log)."""
    monkeypatch.setattr(pipeline, "LONG_WAIT", 0.05)
    emulator = SequenceEmulator(rate_limit=None)
    heard: list[LongWaitDetails] = []
    limiter = _LabelledLimiter(emulator.client_secret)
    async with emulator.client(rate_limit=limiter, hooks=Hooks(on_long_wait=heard.append)) as client:
        await asyncio.wait_for(asyncio.gather(_get(client), _get(client)), WAIT)
    assert heard, "the second call waited ~1 s: the hook should have heard of it"
    assert all(emulator.client_secret not in detail.why for detail in heard), heard[0].why


# -- LOW: a quota in other units (draft 08's qu="content-bytes") is read as a request quota ---------------


def test_a_quota_in_bytes_is_not_taken_for_a_request_rate() -> None:
    """Draft 08 lets a policy count another unit (``qu="content-bytes"``). The parser ignores ``qu``, so a
    byte quota of 1,000 a minute beside the 1,500 requests a minute becomes the slowest "request" policy
    and the client paces a third slower than the server asks."""
    header = '"default";q=1500;w=60, "bytes";q=1000;qu="content-bytes";w=60'
    assert parse_policy(header) == (1500, 60.0)


# -- LOW: the pacing the client builds for itself ignores the client's injected sleep and clock ----------


async def test_the_learned_pace_runs_on_the_clients_injected_sleep_and_clock() -> None:
    """``SequenceClient(sleep=..., clock=...)`` replace asyncio.sleep and time.monotonic "in tests"; the
    RateLimit that AdvertisedRateLimit builds uses the real ones. A test on virtual time (the emulator's
    clock and the client's sleep/clock one FakeTime) now really waits for every paced slot: 15 calls at
    5 a second take ~3 s of wall time instead of none, and a long suite of dry runs slows to the quota."""
    fake = FakeTime()
    emulator = SequenceEmulator(rate_limit=RateLimit(5, per=1.0), clock=fake.clock)
    async with emulator.client(sleep=fake.sleep, clock=fake.clock) as client:

        async def calls() -> None:
            for _ in range(15):
                await _get(client)

        try:
            await asyncio.wait_for(calls(), 1.5)
        except TimeoutError:
            raise AssertionError("the pacing slept in real time, not on the injected sleep") from None
    assert emulator.stats.rate_limited == 0
    assert fake.sleeps, "the pacing waits went to the injected sleep"
