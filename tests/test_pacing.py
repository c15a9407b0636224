"""Dry runs pace like production: clients of the emulator pace at its limit, long waits say why."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sequence_async import Hooks, LongWaitDetails, SequenceClient, errors
from sequence_async import RateLimit as ClientRateLimit
from sequence_async import _pipeline as pipeline
from sequence_async._advertised import MAX_QUOTA, MAX_RATE, MIN_RATE, AdvertisedRateLimit, parse_policy
from sequence_async.testing import Fault, Faults, RateLimit, SequenceEmulator

from ._fixtures import Sleeps


def _pacing(client: SequenceClient) -> tuple[int, float] | None:
    limiter = client._shared.limiter
    assert isinstance(limiter, AdvertisedRateLimit)
    return None if limiter.limit is None else (limiter.limit.requests, limiter.limit.per)


async def _burst(client: SequenceClient, count: int, *, expect: type[Exception] = errors.NotFoundError) -> float:
    """``count`` GETs at once (404s: the emulator counts them against the limit all the same)."""
    started = time.perf_counter()
    results = await asyncio.gather(*(client.customers.get("nope") for _ in range(count)), return_exceptions=True)
    assert all(isinstance(result, expect) for result in results), results
    return time.perf_counter() - started


# 40 requests a second over a 5 s window: pacing then leaves 10 slots (a quarter second) unused
# for requests that arrive later than they start (sequence_async._ratelimit.pacing), as the
# documented 1,500/min leaves 25. With a window of a few slots, the arrival jitter of a loaded
# machine, or a request counted just before the client learns the limit, can make a 429.
PACE = RateLimit(200, per=5.0)


# -- the header ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "policy"),
    [
        ('"default";q=1500;w=60', (1500, 60.0)),  # draft 08 and later
        ("1500;w=60", (1500, 60.0)),  # drafts up to 07
        ('"burst";q=100;w=1, "hourly";q=7200;w=3600', (7200, 3600.0)),  # the slowest one binds
        ('"a";q=50;w=1;qu="requests"', (50, 1.0)),
        ('"default";q=1500;w=60, "bytes";q=1000;qu="content-bytes";w=60', (1500, 60.0)),  # not a request quota
        ('"x";q=10;w=0.5', (10, 0.5)),
        ("100;w=1;comment=x", (100, 1.0)),
    ],
)
def test_a_policy_is_read_in_either_drafts_form(header: str, policy: tuple[int, float]) -> None:
    assert parse_policy(header) == policy


@pytest.mark.parametrize(
    "header",
    [
        "",
        "1500",  # no window
        '"default";w=60',  # no quota
        '"default";q=0;w=60',
        '"default";q=-5;w=60',
        '"default";q=1.5;w=60',
        '"default";q=10;w=0',
        '"default";q=200000;w=60',  # a record of more starts than a client should keep
        '"default";q=1;w=86400',  # one request a day: slower than one a second
        '"default";q=59;w=60',
        '"default";q=100000;w=0.001',  # a hundred million a second: no pace at all
        '"default";q=1e3;w=60',
        '"default";q=nan;w=60',
        "1" * 2_000,
    ],
)
def test_a_policy_that_is_malformed_or_out_of_bounds_is_ignored(header: str) -> None:
    assert parse_policy(header) is None


@given(st.text(max_size=200))
def test_any_header_value_is_read_or_ignored_never_raises(header: str) -> None:
    policy = parse_policy(header)
    if policy is not None:
        requests, per = policy
        assert 1 <= requests <= MAX_QUOTA
        assert MIN_RATE <= requests / per <= MAX_RATE


@given(st.integers(1, 200_000), st.integers(1, 86_400))
def test_every_policy_within_bounds_is_taken_and_paced_by(requests: int, per: int) -> None:
    limiter = AdvertisedRateLimit()
    limiter.learn(f'"default";q={requests};w={per}')
    within = requests <= MAX_QUOTA and MIN_RATE <= requests / per <= MAX_RATE
    expected = (requests, float(per)) if within else None
    assert (None if limiter.limit is None else (limiter.limit.requests, limiter.limit.per)) == expected


def test_the_emulators_header_is_one_the_client_reads() -> None:
    for limit in (RateLimit(), RateLimit(20, per=1.0), RateLimit(7, per=0.25)):
        assert parse_policy(limit.policy_header) == (limit.requests, limit.per)


def test_a_later_invalid_header_keeps_the_pace_in_force() -> None:
    limiter = AdvertisedRateLimit()
    limiter.learn('"default";q=20;w=1')
    limiter.learn("garbage")
    assert limiter.limit is not None
    assert (limiter.limit.requests, limiter.limit.per) == (20, 1.0)
    assert "advertised by the server" in repr(limiter)


# -- clients of the emulator ------------------------------------------------------------


async def test_the_emulators_client_paces_at_its_limit_from_the_first_request() -> None:
    emulator = SequenceEmulator(rate_limit=PACE)
    async with emulator.client() as client:
        assert _pacing(client) == (200, 5.0)
        took = await _burst(client, 60)
    assert emulator.stats.rate_limited == 0
    assert took >= 0.9  # 60 requests at under 40 a second: over a second, never a 429


async def test_rate_limit_none_turns_pacing_off_and_the_emulator_answers_429() -> None:
    emulator = SequenceEmulator(rate_limit=PACE)
    async with emulator.client(rate_limit=None, retry_budget=None, sleep=Sleeps()) as client:
        assert client._shared.limiter is None
        await _burst(client, 250, expect=errors.APIStatusError)  # more than the window holds
    assert emulator.stats.rate_limited > 0


async def test_the_client_follows_a_change_of_the_emulators_limit() -> None:
    emulator = SequenceEmulator()
    async with emulator.client() as client:
        assert _pacing(client) == (1500, 60.0)
        emulator.rate_limit = PACE
        await _burst(client, 1)
        assert _pacing(client) == (200, 5.0)
        await _burst(client, 60)
    assert emulator.stats.rate_limited == 0


async def test_an_emulator_without_a_limit_leaves_its_client_unpaced() -> None:
    emulator = SequenceEmulator(rate_limit=None)
    async with emulator.client() as client:
        await _burst(client, 5)
        assert _pacing(client) is None


async def test_a_client_pointed_at_a_served_emulator_learns_its_pace() -> None:
    emulator = SequenceEmulator(rate_limit=PACE)
    with emulator.serve_in_thread() as base_url:
        async with SequenceClient(emulator.client_id, emulator.client_secret, base_url=base_url) as client:
            assert _pacing(client) is None  # nothing advertised yet
            await _burst(client, 1)
            assert _pacing(client) == (200, 5.0)
            await _burst(client, 60)
    assert emulator.stats.rate_limited == 0


async def test_a_client_given_its_own_limit_ignores_the_header() -> None:
    emulator = SequenceEmulator(rate_limit=PACE)
    own = ClientRateLimit(1000, per=1.0)
    with emulator.serve_in_thread() as base_url:
        async with SequenceClient(
            emulator.client_id, emulator.client_secret, base_url=base_url, rate_limit=own, sleep=Sleeps()
        ) as client:
            await _burst(client, 1)
            assert client._shared.limiter is own
            assert (own.requests, own.per) == (1000, 1.0)


# -- long waits say why ------------------------------------------------------------------


async def test_a_long_pacing_wait_is_logged_once_and_told_to_the_hook(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(pipeline, "LONG_WAIT", 0.05)
    emulator = SequenceEmulator(rate_limit=PACE)
    heard: list[LongWaitDetails] = []
    async with emulator.client(hooks=Hooks(on_long_wait=heard.append)) as client:
        with caplog.at_level(logging.WARNING, "sequence_async"):
            await _burst(client, 50)
    assert emulator.stats.rate_limited == 0
    assert heard, "no call was told of its wait"
    assert {detail.cause for detail in heard} == {"rate_limiter"}
    assert all(detail.seconds == 0.05 for detail in heard)
    assert "SequenceClient(rate_limit=None) turns it off" in heard[0].why
    assert "200 requests per 5 s, advertised by the server" in heard[0].why
    pacing_lines = [message for message in caplog.messages if "waited" in message and "request slot" in message]
    assert len(pacing_lines) == 1, caplog.messages  # one line for the burst, not one per call
    assert "GET /customers/nope" in pacing_lines[0]


async def test_a_short_pacing_wait_says_nothing(caplog: pytest.LogCaptureFixture) -> None:
    emulator = SequenceEmulator(rate_limit=PACE)
    heard: list[LongWaitDetails] = []
    async with emulator.client(hooks=Hooks(on_long_wait=heard.append)) as client:
        with caplog.at_level(logging.WARNING, "sequence_async"):
            await _burst(client, 10)
    assert heard == []
    assert not [message for message in caplog.messages if "request slot" in message]


async def test_a_long_retry_wait_is_told_to_the_hook_with_its_reason() -> None:
    emulator = SequenceEmulator(rate_limit=None)
    emulator.faults = Faults([Fault.status(429, retry_after=30)])
    heard: list[LongWaitDetails] = []
    sleeps = Sleeps()
    async with emulator.client(hooks=Hooks(on_long_wait=heard.append), sleep=sleeps) as client:
        await _burst(client, 1)
    assert sleeps.delays == [30.0]
    [detail] = heard
    assert (detail.cause, detail.seconds, detail.attempt) == ("retry", 30.0, 1)
    assert "429" in detail.why
    assert "retrying in 30s" in detail.why
