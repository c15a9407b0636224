"""Adversarial review of the batch writes (send_many, create_many, run_batch's write marks, the
rate limiter): each test asserts the documented behaviour and fails on the defect it reproduces.

In-process emulator only (loopback/ASGI), no fixed sleeps: every wait is the emulator answering.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from sequence_async import (
    AliasConflictError,
    BatchAbortedError,
    CheckpointError,
    MaybeAppliedError,
    MemoryCheckpoint,
    RateLimit,
    RetryPolicy,
    SequenceClient,
    SQLiteCheckpoint,
    customer_event_id,
    run_batch,
)
from sequence_async.errors import SequenceError
from sequence_async.testing import Fault, Faults, SequenceEmulator

from ._fixtures import ADDRESS, Sleeps

CUSTOMERS = "/customers"
ALIASES = "/customer-aliases"
EVENTS = "/usage-events"
NO_RETRY = RetryPolicy(max_retries=0)
STEP = "review-step"


def client_of(emulator: SequenceEmulator, retry: RetryPolicy = NO_RETRY) -> SequenceClient:
    return emulator.client(retry=retry, rate_limit=None, sleep=Sleeps())


def posts(emulator: SequenceEmulator, path: str) -> int:
    return sum(1 for r in emulator.requests if r.method == "POST" and r.path == path)


def maker(client: SequenceClient) -> Callable[[str], Awaitable[Any]]:
    def make(name: str) -> Awaitable[Any]:
        return client.customers.create(legal_name=name, address=ADDRESS, contacts=[], tax_status="TAXED")

    return make


def gets_answer_429() -> Faults:
    """Every GET is answered 429 (nothing applied); every other request is handled."""
    return Faults([Fault.status(429, retry_after=0)] * 50, match=lambda method, path: method == "GET")


# -- 1. HIGH: a batch requeues a whole item after a 429, resending the item's applied POST ----------------


@pytest.mark.parametrize("checkpointed", [True, False], ids=["checkpoint", "no-checkpoint"])
async def test_an_applied_write_is_not_resent_when_a_later_call_of_the_item_gets_a_429(checkpointed: bool) -> None:
    """The item's POST /customers is applied (201); its next call (a GET) is answered 429. The
    batch requeues the item and calls it again, so the applied unkeyed POST goes out again (4
    customers for one input), which "within one run ... never resends such a POST" forbids."""
    emulator = SequenceEmulator()
    emulator.faults = gets_answer_429()
    store = MemoryCheckpoint() if checkpointed else None

    async with client_of(emulator) as client:

        async def make_then_read(name: str) -> Any:
            created = await maker(client)(name)  # applied
            return await client.customers.get(created.id)  # 429: applies nothing

        result = await run_batch(make_then_read, ["a"], key=str, checkpoint=store, step=STEP if store else None)
    assert posts(emulator, CUSTOMERS) == 1, f"POST /customers was sent {posts(emulator, CUSTOMERS)} times"
    assert len(emulator.customers) == 1
    assert "a" in result.failed
    if store is not None:
        assert store.states[STEP]["a"] == "write_maybe_applied"


class DiesAfterPending(MemoryCheckpoint):
    """A store whose process "dies" right after it recorded "pending": every later record fails."""

    def __init__(self) -> None:
        super().__init__()
        self.dead = False

    async def record(self, step: str, key: str, state: str) -> None:
        if self.dead:
            raise OSError("killed")
        await super().record(step, key, state)
        self.dead = state == "pending"


async def test_a_kill_after_a_429_requeue_does_not_let_a_rerun_resend_an_applied_write() -> None:
    """Run 1: POST applied, then a 429 on the item's GET: "pending" overwrites "write_sent" and the
    process dies. Run 2 sees "pending" ("nothing applied") and sends the POST again."""
    emulator = SequenceEmulator()
    emulator.faults = Faults([Fault.status(429, retry_after=0)], match=lambda method, path: method == "GET")
    store = DiesAfterPending()

    async with client_of(emulator) as client:

        async def make_then_read(name: str) -> Any:
            created = await maker(client)(name)
            return await client.customers.get(created.id)

        # It dies if it records "pending" over "write_sent" (it must not: the POST was applied).
        with contextlib.suppress(BatchAbortedError):
            await run_batch(make_then_read, ["a"], key=str, checkpoint=store, step=STEP)
        assert posts(emulator, CUSTOMERS) == 1
        store.dead = False
        rerun = await run_batch(make_then_read, ["a"], key=str, checkpoint=store, step=STEP)
    assert isinstance(rerun.failed.get("a"), MaybeAppliedError), rerun
    assert posts(emulator, CUSTOMERS) == 1, f"POST /customers was sent {posts(emulator, CUSTOMERS)} times"
    assert len(emulator.customers) == 1


# -- 2. MEDIUM: two batches sharing one checkpoint step both send the same unkeyed write --------------------


async def test_two_concurrent_batches_on_one_checkpoint_step_never_write_one_item_twice(tmp_path: Path) -> None:
    """Each batch reads the step's states once (open_step) and never again: batch B records "b"
    started and sends it, batch A (whose snapshot predates that) sends "b" too. Nothing refuses
    the second concurrent use of the same step of the same (locked, "one job") checkpoint."""
    emulator = SequenceEmulator()
    async with SQLiteCheckpoint(tmp_path / "job.ckpt", job="import") as store, client_of(emulator) as client:
        make = maker(client)
        outcomes = await asyncio.gather(
            run_batch(make, ["a", "b"], key=str, concurrency=1, checkpoint=store, step=STEP),
            run_batch(make, ["a", "b"], key=str, concurrency=1, checkpoint=store, step=STEP),
            return_exceptions=True,
        )
    assert all(isinstance(o, SequenceError) or not isinstance(o, BaseException) for o in outcomes), outcomes
    assert len(emulator.customers) == 2, f"{len(emulator.customers)} customers for 2 inputs"


# -- 3. MEDIUM: create_many resumes a value for another customer as "succeeded" ------------------------------


async def test_a_rerun_giving_a_value_to_another_customer_is_not_resumed_as_created() -> None:
    """Run 1 creates "crm-1" for customer A. Run 2 (same checkpoint, same default step) asks for
    "crm-1" on customer B: the fingerprint covers the values only, so the item is "resumed" as
    succeeded; the doc promises AliasConflictError naming both (or a refused step)."""
    emulator = SequenceEmulator()
    first, second = emulator.add_customer(), emulator.add_customer()
    store = MemoryCheckpoint()
    async with client_of(emulator) as client:
        done = await client.customer_aliases.create_many([(first, "crm-1")], checkpoint=store)
        assert list(done.succeeded) == ["crm-1"]
        try:
            again = await client.customer_aliases.create_many([(second, "crm-1")], checkpoint=store)
        except CheckpointError:
            return  # refusing the changed list is correct too
    assert "crm-1" not in again.resumed, f"resumed as {again.resumed}; the alias belongs to {first}, not {second}"
    assert isinstance(again.failed.get("crm-1"), AliasConflictError)
    assert [a["customerId"] for a in emulator.aliases] == [first]


# -- 4. LOW: a mapping that raises escapes untyped from send_many / create_many ------------------------------


class Exploding(Mapping[str, Any]):
    """A mapping whose items cannot be read."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __getitem__(self, name: str) -> Any:
        raise RuntimeError("no items here")

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


async def test_an_event_mapping_that_raises_is_a_typed_error_and_sends_nothing() -> None:
    emulator = SequenceEmulator()
    events = [Exploding({"customer_alias": "crm-1", "event_type": "api_call"})]
    async with client_of(emulator) as client:
        with pytest.raises(SequenceError):
            await client.usage_events.send_many(events)
    assert emulator.requests == []


async def test_a_pair_mapping_that_raises_is_a_typed_error_and_sends_nothing() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    pairs = [Exploding({"customer_id": customer, "value": "crm-1"})]
    async with client_of(emulator) as client:
        with pytest.raises(SequenceError):
            await client.customer_aliases.create_many(pairs)
    assert emulator.requests == []


class EncodesNothing(str):
    """A str whose encode() raises (a careless caller's str subclass)."""

    __slots__ = ()

    def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        raise LookupError("no codec for this text")


async def test_a_key_returning_a_str_subclass_that_cannot_encode_is_read_as_its_text() -> None:
    """customer_event_id(key(event)) used the subclass's encode(), letting a raw LookupError out of
    send_many; the id is now derived from the text itself, as for a plain str."""
    emulator = SequenceEmulator()
    events = [{"customer_alias": "crm-1", "event_type": "api_call"}]
    async with client_of(emulator) as client:
        result = await client.usage_events.send_many(events, key=lambda e: EncodesNothing("row-1"))
    assert list(result.succeeded) == [customer_event_id("row-1")]
    assert [event["customerEventId"] for event in emulator.records(EVENTS)] == [customer_event_id("row-1")]


# -- 5. LOW: a str subclass with its own __eq__/__hash__ defeats the duplicate-id check ----------------------


class Distinct(str):
    """A str that equals only itself (a careless caller's id type, e.g. a tagged-string class)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)


async def test_two_events_with_the_same_id_are_refused_even_as_str_subclasses() -> None:
    """Two different events whose customer_event_id is "ev-1" are sent, the second supersedes the
    first (one event is lost) and the result reports both as succeeded."""
    emulator = SequenceEmulator()
    events = [
        {
            "customer_alias": "crm-1",
            "event_type": "api_call",
            "customer_event_id": Distinct("ev-1"),
            "event_properties": {"n": n},
        }
        for n in (1, 2)
    ]
    async with client_of(emulator) as client:
        try:
            result = await client.usage_events.send_many(events, concurrency=1)
        except SequenceError:
            assert emulator.requests == []  # refused before anything is sent: correct
            return
    stored = emulator.records(EVENTS)
    assert len(result.succeeded) == len(stored), f"{len(result.succeeded)} reported stored, {len(stored)} held"


# -- 6. LOW: a 422 refusal of an existing value is not reconciled ------------------------------------------


async def test_a_422_for_a_value_that_exists_for_the_same_customer_counts_as_created() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    existing = emulator.add_alias(customer, "crm-1")
    emulator.faults = Faults([Fault.status(422)], match=lambda method, path: method == "POST" and path == ALIASES)
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many([(customer, "crm-1")])
    assert result.succeeded.get("crm-1") is not None, result
    assert result.succeeded["crm-1"].id == existing["id"]


# -- 7. LOW: "pending" after a 429 erases an earlier run's "started" (a 404 then reads as a failure) ---------


async def test_a_delete_left_started_then_requeued_after_a_429_and_killed_still_counts_as_already_deleted() -> None:
    """Run 1 was killed with "ali" in flight (its DELETE applied). Run 2: the DELETE gets a 429,
    "pending" replaces "started", then the process dies. Run 3: the 404 is a failure, though the
    id was deleted by run 1 (the doc: a 404 counts as already deleted after "started")."""
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    alias_id = str(emulator.add_alias(customer, "crm-1")["id"])
    store = DiesAfterPending()
    step = "customer_aliases.delete_many"
    await store.open_step(step, "stream")
    await store.record(step, alias_id, "started")
    async with client_of(emulator) as client:
        await client.customer_aliases.delete(alias_id)  # what run 1's DELETE did before the kill
        emulator.faults = Faults([Fault.status(429, retry_after=0)], match=lambda method, path: method == "DELETE")
        # Run 2 dies if it records "pending" (it must not: "started" says more); else it finishes.
        with contextlib.suppress(BatchAbortedError):
            await client.customer_aliases.delete_many([alias_id], checkpoint=store)
        store.dead = False
        third = await client.customer_aliases.delete_many([alias_id], checkpoint=store)
    assert third.resumed.get(alias_id) == "already_deleted" or alias_id in third.already_deleted, third


# -- 8. LOW: RateLimit lets requests + 1 start within `per` seconds ------------------------------------------


@pytest.mark.parametrize(("requests", "per"), [(10, 1.0), (3, 0.3), (19, 1.9)])
async def test_rate_limit_never_starts_more_than_requests_in_any_window(requests: int, per: float) -> None:
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] = round(now[0] + seconds, 9)  # a clock in whole nanoseconds, as the limiter schedules

    limiter = RateLimit(requests, per, clock=lambda: now[0], sleep=sleep)
    starts = []
    for _ in range(3 * requests):
        await limiter.acquire()
        starts.append(now[0])
    worst = max(sum(1 for s in starts if t <= s < t + per) for t in starts)
    assert worst <= requests, f"{worst} starts within {per}s (limit {requests}): {starts[: requests + 2]}"
