"""``customer_aliases.delete_many`` and ``concurrent_map`` over real loopback sockets, on both HTTP
backends: bounded, failure-isolated, adaptive, and cancelled when left early."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest
from starlette.types import Receive, Scope, Send

from sequence_async import (
    InvalidParameterError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    concurrent_map,
    run_batch,
)
from sequence_async.testing import SequenceEmulator

from ._fixtures import Backend, ids, make_client
from ._servers import WAIT, CountingApp, serve_app, serve_app_in_thread, settled, wait_until

pytest_plugins = ["tests._backends"]
pytestmark = pytest.mark.slow


def with_aliases(count: int) -> tuple[SequenceEmulator, list[str]]:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    alias_ids = [emulator.add_alias(customer, f"value-{n}")["id"] for n in range(count)]
    return emulator, alias_ids


class Progress:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int | None]] = []

    def __call__(self, done: int, total: int | None) -> None:
        self.calls.append((done, total))


async def test_delete_many_deletes_200_aliases_with_bounded_concurrency(backend: Backend) -> None:
    emulator, alias_ids = with_aliases(200)
    counting = CountingApp(emulator, latency=0.002, hold_until=16)  # requests overlap: concurrency is real
    progress = Progress()
    async with serve_app(counting) as base_url, make_client(base_url, emulator, backend=backend) as client:
        result = await asyncio.wait_for(
            client.customer_aliases.delete_many(alias_ids, concurrency=16, on_progress=progress), 30
        )
        log = await settled(client, emulator)
    assert result.failed == {}
    assert list(result.succeeded) == alias_ids  # keyed by id, in input order
    assert all(alias.id == key for key, alias in result.succeeded.items())
    assert all(alias.deleted_at is not None for alias in result.succeeded.values())
    assert progress.calls == [(done, 200) for done in range(1, 201)]
    assert emulator.aliases == []
    assert sorted(r.path for r in log) == sorted(f"/customer-aliases/{alias_id}" for alias_id in alias_ids)
    assert {r.status for r in log} == {200}
    assert 1 < counting.peak <= 16
    assert counting.peak == 16  # the first 16 were all in flight at once (held until they were)


async def test_delete_many_isolates_failures(backend: Backend) -> None:
    emulator, alias_ids = with_aliases(20)
    given = [*alias_ids[:10], "no-such-alias", "..", *alias_ids[10:], "."]
    progress = Progress()
    async with emulator.serve() as base_url, make_client(base_url, emulator, backend=backend) as client:
        result = await asyncio.wait_for(
            client.customer_aliases.delete_many(given, concurrency=16, on_progress=progress), 30
        )
        log = await settled(client, emulator)
    assert list(result.succeeded) == alias_ids
    assert set(result.failed) == {"no-such-alias", "..", "."}
    unknown = result.failed["no-such-alias"]
    assert isinstance(unknown, NotFoundError)
    assert unknown.error_type == "NotFound"
    assert isinstance(result.failed[".."], InvalidParameterError)
    assert isinstance(result.failed["."], InvalidParameterError)
    assert progress.calls == [(done, len(given)) for done in range(1, len(given) + 1)]
    assert emulator.aliases == []
    # The refused ids were never sent.
    assert sorted(r.path for r in log) == sorted(f"/customer-aliases/{i}" for i in [*alias_ids, "no-such-alias"])
    assert [r.status for r in log].count(404) == 1


async def test_delete_many_accepts_an_async_iterable_of_ids(backend: Backend) -> None:
    emulator, alias_ids = with_aliases(30)

    async def source() -> AsyncIterator[str]:
        for alias_id in alias_ids:
            yield alias_id

    progress = Progress()
    async with emulator.serve() as base_url, make_client(base_url, emulator, backend=backend) as client:
        result = await asyncio.wait_for(
            client.customer_aliases.delete_many(source(), concurrency=4, on_progress=progress), 30
        )
    assert list(result.succeeded) == alias_ids
    assert result.failed == {}
    assert progress.calls == [(done, None) for done in range(1, 31)]  # the total of an async iterable is unknown
    assert emulator.aliases == []


LIMITED_TO = 4
# The server's latency must dwarf the client's CPU cost per request (~5 ms here, client and server
# sharing one loop), or a fixed concurrency of 16 could not keep more than 4 requests in flight.
# The first burst is held until all 16 are in flight, so it runs into the limit whatever the load.
CONGESTED_LATENCY = 0.03


async def test_delete_many_adapts_to_a_server_that_rate_limits_concurrency(backend: Backend) -> None:
    emulator, alias_ids = with_aliases(200)
    congested = CountingApp(emulator, max_in_flight=LIMITED_TO, latency=CONGESTED_LATENCY, hold_until=16)
    no_retries = RetryPolicy(max_retries=0)
    progress = Progress()
    async with (
        serve_app(congested) as base_url,
        make_client(base_url, emulator, backend=backend, retry=no_retries) as client,
    ):
        result = await asyncio.wait_for(
            client.customer_aliases.delete_many(alias_ids, concurrency=16, on_progress=progress), 30
        )
        sent = client.stats["requests"]
    assert result.failed == {}, {key: repr(error) for key, error in list(result.failed.items())[:3]}
    assert list(result.succeeded) == alias_ids
    assert progress.calls == [(done, 200) for done in range(1, 201)]  # a requeued item counts once, when done
    assert emulator.aliases == []
    assert [r.status for r in emulator.requests] == [200] * 200  # a rate-limited request never reaches it
    assert congested.started == sent == 200 + congested.rejected  # each 429 cost exactly one extra request
    assert congested.peak > LIMITED_TO  # concurrency 16 did run into the limit ...
    assert congested.arrivals[:16] == [(n, 0) for n in range(1, 17)]  # the first burst: 16 at once ...
    assert congested.rejected >= 16 - LIMITED_TO  # ... of which all beyond the limit were refused
    # ... but far less often than there are items (~50 here; ~600 if it never cut its concurrency).
    assert 0 < congested.rejected < len(alias_ids) // 2
    # After the first bursts the server never again sees anything like the 16 in flight it started with.
    later = [in_flight for in_flight, _ in congested.arrivals[48:]]
    assert later
    assert max(later) <= 2 * LIMITED_TO


async def test_without_adaptation_the_same_server_fails_items(backend: Backend) -> None:
    """The control for the test above: a fixed concurrency of 16 against the same server loses items."""
    emulator, alias_ids = with_aliases(48)
    congested = CountingApp(emulator, max_in_flight=LIMITED_TO, latency=CONGESTED_LATENCY, hold_until=16)
    no_retries = RetryPolicy(max_retries=0)
    async with (
        serve_app(congested) as base_url,
        make_client(base_url, emulator, backend=backend, retry=no_retries) as client,
    ):
        result = await asyncio.wait_for(
            run_batch(client.customer_aliases.delete, alias_ids, key=str, concurrency=16, adaptive=False), 30
        )
    assert len(result.failed) == congested.rejected >= 16 - LIMITED_TO  # at least the whole first burst
    for error in result.failed.values():
        assert isinstance(error, RateLimitError)
        assert (error.retry_after, error.error_type) == (0.0, "RateLimitExceeded")
    assert len(result.succeeded) + len(result.failed) == len(alias_ids)


class AnswerOneHoldTheRest:
    """Passes the DELETE of ``answered`` to the emulator; holds every other request until its client leaves.

    A held request never gets a response: it ends (``abandoned``) only when the client closes its
    connection, so a call the client failed to cancel stays in flight (bounded by ``WAIT``).
    """

    def __init__(self, emulator: SequenceEmulator, answered: str) -> None:
        self.emulator = emulator
        self.answered = answered
        self.forwarded = self.held = self.abandoned = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        if scope["path"] == f"/customer-aliases/{self.answered}":
            self.forwarded += 1
            await self.emulator(scope, receive, send)
            return
        self.held += 1
        with contextlib.suppress(TimeoutError):  # not abandoned: the count below stays short
            async with asyncio.timeout(WAIT):
                while (await receive())["type"] != "http.disconnect":
                    pass
                self.abandoned += 1


async def test_leaving_early_cancels_calls_in_flight(backend: Backend) -> None:
    """``break`` after the first outcome (no aclose): the four calls still in flight are cancelled."""
    emulator, alias_ids = with_aliases(100)
    server = AnswerOneHoldTheRest(emulator, alias_ids[0])
    # Served from a thread: the only tasks in this loop are the test's and the SDK's.
    with serve_app_in_thread(server) as base_url:
        async with make_client(base_url, emulator, backend=backend) as client:
            me = asyncio.current_task()
            outcomes = []
            async for outcome in concurrent_map(client.customer_aliases.delete, alias_ids, concurrency=5):
                outcomes.append(outcome)
                await wait_until(lambda: server.held == 4, "the next four deletes are in flight")
                break
            assert [(outcome.item, outcome.ok) for outcome in outcomes] == [(alias_ids[0], True)]
            # The server sees each held request end by a disconnect, and no call task is left.
            await wait_until(lambda: server.abandoned == 4, "the four deletes in flight were cancelled")
            await wait_until(lambda: asyncio.all_tasks() == {me}, "every call task has ended")
            assert (server.forwarded, server.held) == (1, 4)  # no call started after the loop was left
    assert ids(emulator.aliases) == alias_ids[1:]  # only the answered delete happened
