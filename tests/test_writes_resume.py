"""Resumed batches of writes: send_many reruns resend only what may be missing (a resend
supersedes), and any other write nothing makes safe to resend is sent at most once across runs
(write_sent / write_maybe_applied / MaybeAppliedError). Against the in-process emulator, whose
state and request log show what was applied and what was sent.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sequence_async import (
    APIConnectionError,
    BatchAbortedError,
    InternalServerError,
    MaybeAppliedError,
    MemoryCheckpoint,
    NotFoundError,
    PreviouslyFailedError,
    RetryPolicy,
    SequenceClient,
    UnprocessableEntityError,
    customer_event_id,
    run_batch,
)
from sequence_async._checkpoint import fingerprint
from sequence_async.testing import Fault, Faults, SequenceEmulator

from ._fixtures import ADDRESS, Sleeps, fast_retries

EVENTS = "/usage-events"
CUSTOMERS = "/customers"
SEND_STEP = "usage_events.send_many"
STEP = "make-customers"
NO_RETRY = RetryPolicy(max_retries=0)


def client_of(emulator: SequenceEmulator, retry: RetryPolicy = NO_RETRY) -> SequenceClient:
    return emulator.client(retry=retry, rate_limit=None, sleep=Sleeps())


def scripted(path: str, *faults: Fault | None, method: str = "POST") -> Faults:
    return Faults(list(faults), match=lambda m, raw: m == method and raw == path)


def event(n: int) -> dict[str, Any]:
    return {"customer_alias": "crm-1", "event_type": "api_call", "customer_event_id": f"ev-{n}"}


def stored_event_ids(emulator: SequenceEmulator) -> list[str]:
    return sorted(str(record["customerEventId"]) for record in emulator.records(EVENTS))


def sent(emulator: SequenceEmulator, method: str, path: str) -> int:
    return sum(1 for r in emulator.requests if r.method == method and r.path == path)


class RecordingCheckpoint(MemoryCheckpoint):
    """Every (key, state) recorded, in order; ``refuse`` states make ``record`` raise."""

    def __init__(self, refuse: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.log: list[tuple[str, str]] = []
        self.refuse = refuse

    async def record(self, step: str, key: str, state: str) -> None:
        if state in self.refuse:
            raise OSError(f"disk full recording {state}")
        self.log.append((key, state))
        await super().record(step, key, state)


async def left_by_a_kill(store: MemoryCheckpoint, step: str, keys: list[str], states: dict[str, str]) -> None:
    await store.open_step(step, fingerprint(keys))
    for key, state in states.items():
        await store.record(step, key, state)


# -- send_many reruns ---------------------------------------------------------------------------------------


async def test_a_send_many_rerun_resends_only_the_failed_events() -> None:
    emulator = SequenceEmulator()
    store = MemoryCheckpoint()
    events = [event(n) for n in range(3)]
    emulator.faults = scripted(EVENTS, None, Fault.status(503))
    async with client_of(emulator) as client:
        first = await client.usage_events.send_many(events, concurrency=1, checkpoint=store)
        assert list(first.succeeded) == ["ev-0", "ev-2"]
        assert list(first.failed) == ["ev-1"]
        assert store.states[SEND_STEP]["ev-1"] == "failed_maybe_applied"
        emulator.reset_log()
        again = await client.usage_events.send_many(events, concurrency=1, checkpoint=store)
    assert again.resumed == {"ev-0": "succeeded", "ev-2": "succeeded"}
    assert list(again.succeeded) == ["ev-1"]
    assert sent(emulator, "POST", EVENTS) == 1
    assert stored_event_ids(emulator) == ["ev-0", "ev-1", "ev-2"]


async def test_events_left_started_by_a_kill_are_resent_and_supersede() -> None:
    emulator = SequenceEmulator()
    emulator.add_usage_event("crm-1", "api_call", customer_event_id="ev-1")  # the killed run's POST arrived
    store = MemoryCheckpoint()
    ids = ["ev-0", "ev-1", "ev-2"]
    await left_by_a_kill(store, SEND_STEP, ids, {"ev-0": "succeeded", "ev-1": "started"})
    async with client_of(emulator) as client:
        result = await client.usage_events.send_many([event(n) for n in range(3)], checkpoint=store)
    assert result.resumed == {"ev-0": "succeeded"}
    assert sorted(result.succeeded) == ["ev-1", "ev-2"]
    assert stored_event_ids(emulator) == ["ev-1", "ev-2"]  # ev-1 once: the resend superseded it


async def test_a_send_many_rerun_of_an_async_source_resumes_by_id() -> None:
    async def source() -> Any:
        for n in range(3):
            yield event(n)

    emulator = SequenceEmulator()
    store = MemoryCheckpoint()
    await left_by_a_kill(store, SEND_STEP, [], {"ev-0": "succeeded"})
    async with client_of(emulator) as client:
        result = await client.usage_events.send_many(source(), checkpoint=store)
    assert result.resumed == {"ev-0": "succeeded"}
    assert sorted(result.succeeded) == ["ev-1", "ev-2"]


FAULTS = st.sampled_from([None, None, Fault.status(503), Fault.status(500), Fault.drop(), Fault.lost()])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 40), unique=True, max_size=12), st.lists(FAULTS, max_size=30), st.integers(1, 4))
def test_random_faults_never_store_an_event_twice(numbers: list[int], faults: list[Fault | None], width: int) -> None:
    async def runs() -> None:
        emulator = SequenceEmulator()
        emulator.faults = scripted(EVENTS, *faults)
        store = MemoryCheckpoint()
        events = [{"customer_alias": "crm-1", "event_type": "t", "event_properties": {"n": n}} for n in numbers]
        async with client_of(emulator, retry=fast_retries(1)) as client:
            first = await client.usage_events.send_many(events, concurrency=width, checkpoint=store)
            ids = set(first.succeeded) | set(first.failed)
            assert len(ids) == first.total == len(events)  # every input in exactly one group
            stored = stored_event_ids(emulator)
            assert len(stored) == len(set(stored))  # never one id twice
            assert set(first.succeeded) <= set(stored) <= ids  # a failed one may have been applied (lost)
            emulator.faults = None
            again = await client.usage_events.send_many(events, concurrency=width, checkpoint=store)
        assert set(again.resumed) == set(first.succeeded)
        assert set(again.succeeded) == set(first.failed)
        assert stored_event_ids(emulator) == sorted(ids)

    asyncio.run(runs())


# -- any other write: at most once across runs --------------------------------------------------------------


def maker(client: SequenceClient) -> Callable[[str], Awaitable[Any]]:
    def make(name: str) -> Awaitable[Any]:
        return client.customers.create(legal_name=name, address=ADDRESS, contacts=[], tax_status="TAXED")

    return make


async def make_customers(client: SequenceClient, store: MemoryCheckpoint, **kwargs: Any) -> Any:
    return await run_batch(maker(client), ["a", "b"], key=str, concurrency=1, checkpoint=store, step=STEP, **kwargs)


@pytest.mark.parametrize("fault", [Fault.lost(), Fault.status(503)], ids=["lost", "503"])
async def test_an_unkeyed_write_that_may_have_applied_is_not_resent_by_a_rerun(fault: Fault) -> None:
    emulator = SequenceEmulator()
    emulator.faults = scripted(CUSTOMERS, fault)
    store = RecordingCheckpoint()
    async with client_of(emulator) as client:
        first = await make_customers(client, store)
        assert isinstance(first.failed["a"], APIConnectionError | InternalServerError)
        assert first.failed["a"].maybe_applied is True
        assert store.log[:3] == [("a", "started"), ("a", "write_sent"), ("a", "write_maybe_applied")]
        assert store.states[STEP] == {"a": "write_maybe_applied", "b": "succeeded"}
        applied = len(emulator.customers)

        emulator.reset_log()
        again = await make_customers(client, store)
        error = again.failed["a"]
        assert isinstance(error, MaybeAppliedError)
        assert isinstance(error, PreviouslyFailedError)
        assert error.key == "a"
        assert error.maybe_applied is True
        assert again.resumed == {"b": "succeeded"}
        assert emulator.requests == []  # nothing sent
        assert store.states[STEP]["a"] == "write_maybe_applied"  # still: a third run refuses it too

        resent = await make_customers(client, store, resend_maybe_applied=True)
    assert list(resent.succeeded) == ["a"]
    assert sent(emulator, "POST", CUSTOMERS) == 1
    assert len(emulator.customers) == applied + 1
    assert store.states[STEP]["a"] == "succeeded"


async def test_a_write_in_flight_at_a_kill_is_not_resent() -> None:
    emulator = SequenceEmulator()
    store = MemoryCheckpoint()
    await left_by_a_kill(store, STEP, ["a", "b"], {"a": "write_sent"})
    async with client_of(emulator) as client:
        result = await make_customers(client, store)
    assert isinstance(result.failed["a"], MaybeAppliedError)
    assert list(result.succeeded) == ["b"]
    assert sent(emulator, "POST", CUSTOMERS) == 1
    assert store.states[STEP] == {"a": "write_sent", "b": "succeeded"}


async def test_a_write_that_failed_without_effect_is_resent() -> None:
    emulator = SequenceEmulator()
    emulator.faults = scripted(CUSTOMERS, Fault.status(422))
    store = MemoryCheckpoint()
    async with client_of(emulator) as client:
        first = await make_customers(client, store)
        assert isinstance(first.failed["a"], UnprocessableEntityError)
        assert store.states[STEP]["a"] == "failed"
        again = await make_customers(client, store)
    assert list(again.succeeded) == ["a"]


async def test_a_write_that_applied_before_a_later_call_failed_is_not_resent() -> None:
    emulator = SequenceEmulator()
    store = MemoryCheckpoint()

    async def make_then_read(name: str) -> Any:
        await maker(client)(name)  # applied
        return await client.customers.get("no-such-customer")  # then the item fails: a 404

    async with client_of(emulator) as client:
        first = await run_batch(make_then_read, ["a"], key=str, checkpoint=store, step=STEP)
        assert isinstance(first.failed["a"], NotFoundError)
        assert store.states[STEP]["a"] == "write_maybe_applied"
        again = await run_batch(make_then_read, ["a"], key=str, checkpoint=store, step=STEP)
    assert isinstance(again.failed["a"], MaybeAppliedError)
    assert len(emulator.customers) == 1  # created once


async def test_a_write_that_applied_before_a_later_keyed_write_was_refused_is_not_resent() -> None:
    """The pipeline reports each unsafe write's end: an applied one marks the item, whatever fails later."""
    emulator = SequenceEmulator()
    store = MemoryCheckpoint()

    async def make_then_alias(name: str) -> Any:
        await maker(client)(name)  # an unkeyed write, applied
        return await client.customer_aliases.create(customer_id="no-such-customer", value=name)  # keyed, refused

    async with client_of(emulator) as client:
        first = await run_batch(make_then_alias, ["a"], key=str, checkpoint=store, step=STEP)
        assert first.failed["a"].maybe_applied is False  # type: ignore[attr-defined]  # the alias's own refusal
        assert store.states[STEP]["a"] == "write_maybe_applied"
        again = await run_batch(make_then_alias, ["a"], key=str, checkpoint=store, step=STEP)
    assert isinstance(again.failed["a"], MaybeAppliedError)
    assert len(emulator.customers) == 1  # created once


async def test_an_unsafe_write_refused_then_a_later_failure_leaves_the_item_resendable() -> None:
    emulator = SequenceEmulator()
    store = MemoryCheckpoint()
    emulator.faults = scripted(CUSTOMERS, Fault.status(422))

    async def make_then_read(name: str) -> Any:
        with contextlib.suppress(UnprocessableEntityError):
            await maker(client)(name)  # refused: nothing applied
        return await client.customers.get("no-such-customer")

    async with client_of(emulator) as client:
        first = await run_batch(make_then_read, ["a"], key=str, checkpoint=store, step=STEP)
    assert isinstance(first.failed["a"], NotFoundError)
    assert store.states[STEP]["a"] == "failed"
    assert emulator.customers == []


async def test_a_write_requeued_after_a_429_then_refused_is_recorded_as_failed() -> None:
    emulator = SequenceEmulator()
    store = RecordingCheckpoint()
    await left_by_a_kill(store, STEP, ["a"], {"a": "failed"})  # an earlier run: failed, nothing applied
    emulator.faults = scripted(CUSTOMERS, Fault.status(429, retry_after=0), Fault.status(422))
    async with client_of(emulator) as client:
        result = await run_batch(maker(client), ["a"], key=str, checkpoint=store, step=STEP)
    assert isinstance(result.failed["a"], UnprocessableEntityError)
    assert sent(emulator, "POST", CUSTOMERS) == 2
    assert store.states[STEP]["a"] == "failed"  # two refusals applied nothing: a rerun may resend


async def test_reads_and_deletes_left_started_are_resent_without_a_write_mark() -> None:
    emulator = SequenceEmulator()
    emulator.seed(customers=2, aliases_per_customer=1, contacts_per_customer=0)
    customers = emulator.customers
    aliases = [str(alias["id"]) for alias in emulator.aliases]
    store = RecordingCheckpoint()
    await left_by_a_kill(store, "read", customers, {customers[0]: "started"})
    await left_by_a_kill(store, "delete", aliases, {aliases[0]: "started"})
    async with client_of(emulator) as client:
        read = await run_batch(client.customers.get, customers, key=str, checkpoint=store, step="read")
        gone = await run_batch(client.customer_aliases.delete, aliases, key=str, checkpoint=store, step="delete")
    assert sorted(read.succeeded) == sorted(customers)
    assert sorted(gone.succeeded) == sorted(aliases)
    assert sent(emulator, "GET", f"/customers/{customers[0]}") == 1
    assert emulator.aliases == []
    assert not any(state.startswith("write_") for _, state in store.log)


async def test_a_keyed_write_is_not_marked() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    store = RecordingCheckpoint()

    def create(value: str) -> Awaitable[Any]:
        return client.customer_aliases.create(customer_id=customer, value=value, idempotency_key=f"k-{value}")

    async with client_of(emulator) as client:
        result = await run_batch(create, ["v1"], key=str, checkpoint=store, step="aliases")
    assert list(result.succeeded) == ["v1"]
    assert store.log == [("v1", "started"), ("v1", "succeeded")]


async def test_a_store_failing_to_mark_a_write_stops_the_batch_before_the_write() -> None:
    emulator = SequenceEmulator()
    store = RecordingCheckpoint(refuse=frozenset({"write_sent"}))
    async with client_of(emulator) as client:
        with pytest.raises(BatchAbortedError, match="the checkpoint raised OSError") as caught:
            await make_customers(client, store)
    assert isinstance(caught.value.__cause__, OSError)
    partial = caught.value.partial_result
    assert partial is not None
    assert partial.not_attempted == ["a", "b"]
    assert partial.total == 2
    assert emulator.requests == []
    assert emulator.customers == []
    assert store.states[STEP] == {"a": "started"}  # a rerun sends it: it never left


def test_resend_maybe_applied_must_be_a_bool() -> None:
    from sequence_async import InvalidParameterError

    async def nothing(item: str) -> None:
        return None

    with pytest.raises(InvalidParameterError, match="resend_maybe_applied must be a bool"):
        asyncio.run(run_batch(nothing, ["a"], key=str, resend_maybe_applied=1))  # type: ignore[arg-type]


def test_maybe_applied_error_names_the_key_and_the_way_out() -> None:
    error = MaybeAppliedError("k" * 500)
    assert "resend_maybe_applied=True" in str(error)
    assert len(str(error)) < 250
    assert customer_event_id("a") != customer_event_id("b")


@pytest.mark.parametrize("resend", [False, True])
async def test_concurrent_map_honours_resend_maybe_applied(resend: bool) -> None:
    from sequence_async import concurrent_map

    emulator = SequenceEmulator()
    store = MemoryCheckpoint()
    await left_by_a_kill(store, STEP, ["a", "b"], {"a": "write_maybe_applied", "b": "write_sent"})
    async with client_of(emulator) as client:
        outcomes = [
            outcome
            async for outcome in concurrent_map(
                maker(client), ["a", "b"], checkpoint=store, key=str, step=STEP, resend_maybe_applied=resend
            )
        ]
    if resend:
        assert [outcome.ok for outcome in outcomes] == [True, True]
        assert len(emulator.customers) == 2
    else:
        assert [type(outcome.error) for outcome in outcomes] == [MaybeAppliedError, MaybeAppliedError]
        assert emulator.requests == []
