"""usage_events.send_many and customer_aliases.create_many: checked input, one stored write per
item however often it is resent, spans, and errors that name the item but no credential.

Most tests run against the in-process emulator (its state counts what was stored); the resets
after a POST was read run on the raw-socket hostile server, on both HTTP backends.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import AsyncIterator, Mapping
from typing import Any

import pytest
from opentelemetry.trace import SpanKind

from sequence_async import (
    AliasConflictError,
    APIConnectionError,
    BadRequestError,
    BatchAbortedError,
    InternalServerError,
    InvalidParameterError,
    MaybeAppliedError,
    MemoryCheckpoint,
    RetryPolicy,
    SequenceClient,
    customer_event_id,
)
from sequence_async.testing import Fault, Faults, RecordedRequest, SequenceEmulator

from ._fixtures import Backend, fast_retries, make_client
from ._hostile import WAIT, Credentials, HostileServer, Reply, Request, Reset, Script, leaks
from ._otel import Telemetry

pytest_plugins = ["tests._backends"]  # the `backend` fixture: each hostile test runs on httpx and on aiohttp

EVENTS = "/usage-events"
ALIASES = "/customer-aliases"
NO_RETRY = RetryPolicy(max_retries=0)


def client_of(emulator: SequenceEmulator, retry: RetryPolicy | None = None, **kwargs: Any) -> SequenceClient:
    return emulator.client(retry=retry or fast_retries(5), rate_limit=None, **kwargs)


def event(n: int, **extra: Any) -> dict[str, Any]:
    return {"customer_alias": "crm-1", "event_type": "api_call", "event_properties": {"n": n}, **extra}


def stored_event_ids(emulator: SequenceEmulator) -> list[str]:
    return [str(record["customerEventId"]) for record in emulator.records(EVENTS)]


def posts(emulator: SequenceEmulator, path: str) -> list[RecordedRequest]:
    return [r for r in emulator.requests if r.method == "POST" and r.path == path]


def only_posts_to(path: str) -> Faults:
    return Faults([], match=lambda method, raw: method == "POST" and raw == path)


def scripted(path: str, *faults: Fault | None, method: str = "POST") -> Faults:
    return Faults(list(faults), match=lambda m, raw: m == method and raw == path)


# -- customer_event_id: pinned, so a release never changes an id already sent -------------------------


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("", "sa1_cae66941d9efbd404e4d88758ea67670"),
        ("a", "sa1_27c35e6e9373877f29e562464e46497e"),
        ("é", "sa1_d4b1b0202b21bb84e60a3d272ecab0db"),
        ("order-42/line-7", "sa1_" + hashlib.blake2b(b"order-42/line-7", digest_size=16).hexdigest()),
    ],
)
def test_customer_event_id_is_pinned(key: str, expected: str) -> None:
    assert customer_event_id(key) == expected
    assert customer_event_id(key) == "sa1_" + hashlib.blake2b(key.encode(), digest_size=16).hexdigest()


@pytest.mark.parametrize("key", [5, None, b"a", "\ud800"], ids=["int", "none", "bytes", "surrogate"])
def test_customer_event_id_refuses_what_is_not_text(key: Any) -> None:
    with pytest.raises(InvalidParameterError, match="key"):
        customer_event_id(key)


# -- send_many: ids, groups ---------------------------------------------------------------------------


async def test_send_many_id_precedence_own_then_key_then_content() -> None:
    emulator = SequenceEmulator()
    events = [event(0, customer_event_id="own-0"), event(1), {"customer_alias": "crm-2", "event_type": "t"}]

    def key(given: Mapping[str, Any]) -> str:
        n = (given.get("event_properties") or {}).get("n")
        return f"k{n}" if n is not None else None  # type: ignore[return-value]  # None: content

    async with client_of(emulator) as client:
        keyed = await client.usage_events.send_many(events[:2], key=key)
        unkeyed = await client.usage_events.send_many(events[2:])
    assert list(keyed.succeeded) == ["own-0", customer_event_id("k1")]  # own beats key
    content = json.dumps({"customerAlias": "crm-2", "eventType": "t"}, sort_keys=True, separators=(",", ":"))
    assert list(unkeyed.succeeded) == [customer_event_id(content)] == ["sa1_37db112f702ee100eeb89c96ae7190cc"]
    assert sorted(stored_event_ids(emulator)) == sorted(["own-0", customer_event_id("k1"), customer_event_id(content)])
    assert keyed.succeeded["own-0"].customer_event_id == "own-0"


async def test_send_many_puts_every_input_in_exactly_one_group() -> None:
    emulator = SequenceEmulator()
    emulator.faults = scripted(EVENTS, Fault.status(422), None, Fault.status(503))
    events = [event(n) for n in range(6)]
    expected = [customer_event_id(_content(e)) for e in events]
    async with client_of(emulator, retry=NO_RETRY) as client:
        result = await client.usage_events.send_many(events, concurrency=1)
    assert sorted([*result.succeeded, *result.failed, *result.not_attempted, *result.resumed]) == sorted(expected)
    assert result.total == len(events)
    assert set(result.failed) == {expected[0], expected[2]}
    assert result.failed[expected[2]].maybe_applied is True  # type: ignore[attr-defined]
    assert sorted(stored_event_ids(emulator)) == sorted(set(expected) - set(result.failed))


def _content(args: Mapping[str, Any]) -> str:
    body = {"customerAlias": args["customer_alias"], "eventType": args["event_type"]}
    body["eventProperties"] = args["event_properties"]
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


OK = event(0)
BAD_EVENTS: dict[str, tuple[Any, dict[str, Any], str]] = {
    "not a mapping": ([OK, 5], {}, r"events\[1\] must be a mapping"),
    "unknown field": ([OK, {**event(1), "colour": "red"}], {}, r"events\[1\]: unknown fields \['colour'\]"),
    "wrong type": ([OK, event(1, event_type=5)], {}, r"events\[1\]"),
    "missing required": ([OK, {"customer_alias": "crm-1"}], {}, r"events\[1\]"),
    "empty own id": ([OK, event(1, customer_event_id="")], {}, r"events\[1\]\.customer_event_id"),
    "own id not a str": ([OK, event(1, customer_event_id=7)], {}, r"events\[1\]\.customer_event_id"),
    "a str": ("crm-1", {}, "events must be an iterable"),
    "a mapping alone": (OK, {}, r"events\[0\] must be a mapping"),
    "duplicate own ids": (
        [event(0, customer_event_id="x"), event(1, customer_event_id="x")],
        {},
        r"events\[1\] and events\[0\] have the same customerEventId",
    ),
    "identical content": ([OK, dict(OK)], {}, r"events\[1\] and events\[0\]"),
    "duplicate keys": ([OK, event(1)], {"key": lambda e: "same"}, r"events\[1\] and events\[0\]"),
    "key not a str": ([OK], {"key": lambda e: 5}, r"key\(events\[0\]\) must return a str, got int"),
    "key not callable": ([OK], {"key": "n"}, "key must be callable"),
}


@pytest.mark.parametrize("name", sorted(BAD_EVENTS))
async def test_send_many_refuses_bad_input_before_sending(name: str) -> None:
    events, kwargs, message = BAD_EVENTS[name]
    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        with pytest.raises(InvalidParameterError, match=message):
            await client.usage_events.send_many(events, **kwargs)
    assert emulator.requests == []


async def _source(items: list[Any]) -> AsyncIterator[Any]:
    for item in items:
        yield item


@pytest.mark.parametrize(
    ("bad", "message"),
    [(5, r"events\[2\] must be a mapping"), (event(0), r"events\[2\] and events\[0\] have the same")],
    ids=["not-a-mapping", "duplicate"],
)
async def test_a_bad_event_from_an_async_source_stops_the_batch(bad: Any, message: str) -> None:
    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        with pytest.raises(BatchAbortedError) as caught:
            await client.usage_events.send_many(_source([event(0), event(1), bad, event(3)]), concurrency=1)
    assert isinstance(caught.value.__cause__, InvalidParameterError)
    assert caught.value.__cause__.args[0].startswith(message.replace("\\", "")[:9])
    partial = caught.value.partial_result
    assert partial is not None
    assert sorted(partial.succeeded) == sorted(customer_event_id(_content(event(n))) for n in (0, 1))
    assert partial.total == 2  # the bad item and what follows it were never taken
    assert len(stored_event_ids(emulator)) == 2


# -- send_many: resends store one event per id --------------------------------------------------------


@pytest.mark.parametrize(
    "fault", [Fault.status(503), Fault.drop(), Fault.lost()], ids=lambda f: f.label if isinstance(f, Fault) else f
)
async def test_a_failed_event_post_is_resent_and_stored_once(fault: Fault) -> None:
    emulator = SequenceEmulator()
    emulator.faults = scripted(EVENTS, fault, fault)
    async with client_of(emulator) as client:
        result = await client.usage_events.send_many([event(0), event(1)], concurrency=1)
    ids = [customer_event_id(_content(event(n))) for n in (0, 1)]
    assert list(result.succeeded) == ids
    assert [r.fault for r in posts(emulator, EVENTS)] == [fault.label, fault.label, None, None]
    assert sorted(stored_event_ids(emulator)) == sorted(ids)  # a lost one was applied, then superseded


def _event_reply(request: Request) -> bytes:
    body = json.loads(request.body)
    return json.dumps({**body, "id": "ev1", "sequenceAccountId": "acc", "eventTimestamp": "2024-01-01"}).encode()


async def test_an_event_post_reset_after_it_was_read_is_resent_with_the_same_body(backend: Backend) -> None:
    reply = Reply(201, _event_reply, {"Content-Type": "application/json"})
    async with HostileServer(Script(Reset(), reply)) as server:
        async with make_client(server.base_url, ("id", "secret"), backend=backend, timeout=WAIT) as client:
            result = await client.usage_events.send_many([event(0)])
        bodies = [r.body for r in server.requests]
    [event_id] = result.succeeded
    assert [r.method for r in server.requests] == ["POST", "POST"]
    assert bodies[0] == bodies[1]
    assert json.loads(bodies[0])["customerEventId"] == event_id == customer_event_id(_content(event(0)))


# -- create_many ---------------------------------------------------------------------------------------


async def test_create_many_takes_pairs_and_mappings() -> None:
    emulator = SequenceEmulator()
    first, second = emulator.add_customer(), emulator.add_customer()
    pairs: list[tuple[str, str] | Mapping[str, Any]] = [
        (first, "crm-1"),
        {"customer_id": second, "value": "crm-2", "label": "CRM"},
    ]
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many(pairs)
    assert list(result.succeeded) == ["crm-1", "crm-2"]
    assert result.succeeded["crm-2"].customer_id == second
    assert [a["value"] for a in emulator.aliases_of(first)] == ["crm-1"]
    assert [(a["value"], a.get("label")) for a in emulator.aliases_of(second)] == [("crm-2", "CRM")]
    keys = [r.headers.get("idempotency-key") for r in posts(emulator, ALIASES)]
    assert all(keys)
    assert len(set(keys)) == 2


BAD_PAIRS: dict[str, tuple[Any, str]] = {
    "duplicate values": ([("c1", "v"), ("c2", "v")], r"pairs\[1\] and pairs\[0\] have the same value"),
    "three-tuple": ([("c1", "v"), ("c1", "w", "x")], r"pairs\[1\] must be a \(customer_id, value\) pair"),
    "list": ([["c1", "v"]], r"pairs\[0\] must be a \(customer_id, value\) pair"),
    "customer id not a str": ([(1, "v")], r"pairs\[0\]\.customer_id must be a str"),
    "empty value": ([("c1", "")], r"pairs\[0\]\.value must be a non-empty str"),
    "value not a str": ([("c1", 5)], r"pairs\[0\]\.value must be a non-empty str"),
    "unknown field": ([{"customer_id": "c1", "value": "v", "x": 1}], r"pairs\[0\]: unknown fields \['x'\]"),
    "missing value": ([{"customer_id": "c1"}], r"pairs\[0\]\.value"),
    "label not a str": ([{"customer_id": "c1", "value": "v", "label": 3}], r"pairs\[0\]\.label"),
    "a str": ("c1", "pairs must be"),
}


@pytest.mark.parametrize("name", sorted(BAD_PAIRS))
async def test_create_many_refuses_bad_input_before_sending(name: str) -> None:
    pairs, message = BAD_PAIRS[name]
    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        with pytest.raises(InvalidParameterError, match=message):
            await client.customer_aliases.create_many(pairs, checkpoint=MemoryCheckpoint())
    assert emulator.requests == []


async def test_an_existing_alias_of_the_same_customer_counts_as_created() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    existing = emulator.add_alias(customer, "crm-1")
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many([(customer, "crm-1")])
    assert result.succeeded["crm-1"].id == existing["id"]
    assert len(emulator.aliases) == 1


async def test_an_alias_of_another_customer_is_a_conflict_naming_both() -> None:
    emulator = SequenceEmulator()
    mine, theirs = emulator.add_customer(), emulator.add_customer()
    long_value = "v" * 2000
    held = emulator.add_alias(theirs, long_value)
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many([(mine, long_value)])
    error = result.failed[long_value]
    assert isinstance(error, AliasConflictError)
    assert (error.value, error.customer_id, error.holder_id, error.alias_id) == (long_value, mine, theirs, held["id"])
    assert mine in str(error)
    assert theirs in str(error)
    assert held["id"] in str(error)
    assert len(str(error)) < 400  # the value is cut: server data and inputs can be long
    assert isinstance(error.__cause__, BadRequestError)
    assert [a["id"] for a in emulator.aliases] == [held["id"]]


async def test_an_alias_post_lost_after_it_was_applied_is_resent_with_its_key_and_replayed() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    emulator.faults = scripted(ALIASES, Fault.lost())
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many([(customer, "crm-1")])
    sent = posts(emulator, ALIASES)
    assert [r.fault for r in sent] == ["lost", None]
    assert len({r.headers["idempotency-key"] for r in sent}) == 1
    assert [a["id"] for a in emulator.aliases] == [result.succeeded["crm-1"].id]


async def _keys_of_one_run(
    emulator: SequenceEmulator, customer: str, checkpoint: MemoryCheckpoint | None, faults: int = 1
) -> list[str]:
    emulator.reset_log()
    emulator.faults = scripted(ALIASES, *[Fault.status(503)] * faults)
    async with client_of(emulator, retry=NO_RETRY) as client:
        await client.customer_aliases.create_many([(customer, "crm-1")], checkpoint=checkpoint)
    return [r.headers["idempotency-key"] for r in posts(emulator, ALIASES)]


async def test_the_idempotency_key_is_the_jobs_across_attempts_and_reruns() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    emulator.faults = scripted(ALIASES, Fault.status(503), Fault.status(503))
    async with client_of(emulator, retry=fast_retries(3)) as client:
        await client.customer_aliases.create_many([(customer, "crm-0")])
    within_run = [r.headers["idempotency-key"] for r in posts(emulator, ALIASES)]
    assert len(within_run) == 3
    assert len(set(within_run)) == 1

    store = MemoryCheckpoint()
    [first] = await _keys_of_one_run(emulator, customer, store)  # 503: failed, maybe applied
    [again] = await _keys_of_one_run(emulator, customer, store, faults=0)  # rerun: looked up, then sent
    assert again == first
    assert any(key.endswith("#idempotency-nonce") for key in store.positions)
    [fresh] = await _keys_of_one_run(emulator, customer, MemoryCheckpoint(), faults=0)
    assert fresh != first  # a new job: its own keys (the alias exists: refused, then reconciled)
    [unkept] = await _keys_of_one_run(emulator, customer, None, faults=0)
    assert unkept not in (first, fresh)


async def test_a_rerun_after_a_kill_looks_an_applied_alias_up_and_sends_no_post() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    applied = emulator.add_alias(customer, "crm-1")  # the killed run's POST was applied
    store = MemoryCheckpoint()
    await store.open_step("customer_aliases.create_many", "stream")  # what the killed run left
    await store.record("customer_aliases.create_many", "crm-1", "started")
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many([(customer, "crm-1"), (customer, "crm-2")], checkpoint=store)
    assert result.succeeded["crm-1"].id == applied["id"]
    assert [(r.method, r.query.get("value")) for r in emulator.requests] == [("GET", "crm-1"), ("POST", None)]
    assert store.states["customer_aliases.create_many"] == {"crm-1": "succeeded", "crm-2": "succeeded"}
    assert sorted(a["value"] for a in emulator.aliases) == ["crm-1", "crm-2"]


async def test_a_failed_lookup_before_a_resend_fails_the_item_and_sends_nothing() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    store = MemoryCheckpoint()
    await store.open_step("customer_aliases.create_many", "stream")
    await store.record("customer_aliases.create_many", "crm-1", "started")
    emulator.faults = scripted(ALIASES, Fault.status(503), method="GET")
    async with client_of(emulator, retry=NO_RETRY) as client:
        failed = await client.customer_aliases.create_many([(customer, "crm-1")], checkpoint=store)
        assert isinstance(failed.failed["crm-1"], InternalServerError)
        assert posts(emulator, ALIASES) == []
        assert store.states["customer_aliases.create_many"]["crm-1"] in ("started", "failed_maybe_applied")
        again = await client.customer_aliases.create_many([(customer, "crm-1")], checkpoint=store)
    assert list(again.succeeded) == ["crm-1"]
    assert len(emulator.aliases) == 1


async def test_a_refused_create_whose_lookup_fails_reports_the_refusal() -> None:
    emulator = SequenceEmulator()
    mine, theirs = emulator.add_customer(), emulator.add_customer()
    emulator.add_alias(theirs, "crm-1")
    emulator.faults = scripted(ALIASES, Fault.status(503), method="GET")
    async with client_of(emulator, retry=NO_RETRY) as client:
        result = await client.customer_aliases.create_many([(mine, "crm-1")])
    error = result.failed["crm-1"]
    assert isinstance(error, BadRequestError)
    assert "already exists" in str(error)


ALIAS_REPLY = {"id": "a1", "sequenceAccountId": "acc", "customerId": "c1", "value": "crm-1"}
ALIAS_REPLY["createdAt"] = "2024-01-01T00:00:00Z"


async def test_an_alias_post_reset_after_it_was_read_is_resent_with_its_key(backend: Backend) -> None:
    reply = Reply(201, json.dumps(ALIAS_REPLY), {"Content-Type": "application/json"})
    async with HostileServer(Script(Reset(), reply)) as server:
        async with make_client(server.base_url, ("id", "secret"), backend=backend, timeout=WAIT) as client:
            result = await client.customer_aliases.create_many([("c1", "crm-1")])
        sent = list(server.requests)
    assert result.succeeded["crm-1"].id == "a1"
    assert [r.method for r in sent] == ["POST", "POST"]
    assert sent[0].body == sent[1].body
    assert sent[0].headers["idempotency-key"] == sent[1].headers["idempotency-key"]


# -- spans and progress --------------------------------------------------------------------------------

# `make mutate` runs with OpenTelemetry's own switch off (scripts/mutation_report.py: mutmut crashes
# with the SDK loaded), so no span is made there; test_mutation_writes.py checks the counts without it.
needs_otel = pytest.mark.skipif(
    os.environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true", reason="OTEL_SDK_DISABLED: no spans"
)


@needs_otel
async def test_send_many_is_one_span_with_the_batch_counts() -> None:
    otel = Telemetry()
    emulator = SequenceEmulator()
    emulator.faults = scripted(EVENTS, Fault.status(422))
    progress: list[tuple[int, int | None]] = []
    async with client_of(emulator, **otel.providers) as client:
        await client.usage_events.send_many(
            [event(n) for n in range(3)], concurrency=1, on_progress=lambda d, t: progress.append((d, t))
        )
    [batch] = [s for s in otel.spans(SpanKind.INTERNAL) if s.name == "UsageEvents.send_many"]
    assert sorted(s.name for s in otel.children(batch)) == ["UsageEvents.create"] * 3
    attributes = dict(batch.attributes or {})
    assert attributes["sequence.batch.succeeded"] == 2
    assert attributes["sequence.batch.failed"] == 1
    assert attributes["sequence.batch.not_attempted"] == 0
    assert progress == [(1, 3), (2, 3), (3, 3)]


@needs_otel
async def test_create_many_is_one_span_with_the_batch_counts() -> None:
    otel = Telemetry()
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    progress: list[tuple[int, int | None]] = []
    async with client_of(emulator, **otel.providers) as client:
        await client.customer_aliases.create_many(
            [(customer, "a"), (customer, "b"), ("no-such-customer", "c")],
            on_progress=lambda d, t: progress.append((d, t)),
        )
    [batch] = [s for s in otel.spans(SpanKind.INTERNAL) if s.name == "CustomerAliases.create_many"]
    children = sorted(s.name for s in otel.children(batch))
    assert children.count("CustomerAliases.create") == 3
    attributes = dict(batch.attributes or {})
    assert (attributes["sequence.batch.succeeded"], attributes["sequence.batch.failed"]) == (2, 1)
    assert attributes["sequence.batch.resumed"] == 0
    assert [d for d, _ in progress] == [1, 2, 3]
    assert {t for _, t in progress} == {3}


# -- no credential in the new errors ---------------------------------------------------------------------

SECRET = 'sé/cr"et<&>+ %'
CREDS = Credentials("id-9", SECRET)


def _shown(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), *(repr(arg) for arg in error.args)]
    return [needle for text in texts for needle in leaks(text, CREDS)]


async def test_an_alias_conflict_from_a_hostile_server_shows_no_credential(backend: Backend) -> None:
    exists = Reply(400, b'{"error":{"type":"BadRequest","message":"exists"}}', {"Content-Type": "application/json"})
    holder = {**ALIAS_REPLY, "customerId": CREDS.authorization, "id": SECRET}
    page = {"items": [holder], "pagination": {"totalResultSize": 1}}
    listed = Reply(200, json.dumps(page), {"Content-Type": "application/json"})
    async with (
        HostileServer(Script(exists, listed)) as server,
        make_client(server.base_url, (CREDS.client_id, SECRET), backend=backend, timeout=WAIT) as client,
    ):
        result = await client.customer_aliases.create_many([("c1", "crm-1")])
        error = result.failed["crm-1"]
        assert isinstance(error, AliasConflictError)
        assert _shown(error) == []  # while the client is live: its credentials are known to redact


async def test_maybe_applied_error_shows_no_credential() -> None:
    emulator = SequenceEmulator(client_id=CREDS.client_id, client_secret=SECRET)
    async with client_of(emulator):  # a live client: its credentials are known to the redactor
        error = MaybeAppliedError(f"key-{SECRET}")
        assert _shown(error) == []
        assert error.maybe_applied is True
        assert isinstance(error, APIConnectionError) is False


async def test_a_rerun_resends_a_refused_alias_with_a_new_key_so_it_is_not_replayed() -> None:
    emulator = SequenceEmulator()
    store = MemoryCheckpoint()
    async with client_of(emulator) as client:
        first = await client.customer_aliases.create_many([("cust-later", "crm-1")], checkpoint=store)
        assert isinstance(first.failed["crm-1"], BadRequestError)  # no such customer yet: nothing applied
        assert store.states["customer_aliases.create_many"] == {"crm-1": "failed"}
        emulator.add_customer("cust-later")
        again = await client.customer_aliases.create_many([("cust-later", "crm-1")], checkpoint=store)
    assert again.succeeded["crm-1"].customer_id == "cust-later"  # not the first refusal, replayed
    keys = [r.headers["idempotency-key"] for r in posts(emulator, ALIASES)]
    assert len(keys) == 2
    assert keys[0] != keys[1]


async def test_a_credential_across_the_cut_of_a_long_value_is_redacted_whole() -> None:
    emulator = SequenceEmulator(client_id=CREDS.client_id, client_secret=SECRET)
    async with client_of(emulator):
        error = AliasConflictError("v" * 75 + SECRET, "mine", "theirs", "alias-1")
        assert "v" * 75 in str(error)
        assert SECRET[:5] not in str(error)  # not even the part before the cut
        assert _shown(error) == []


async def test_a_raising_key_stops_send_many_before_anything_is_sent() -> None:
    emulator = SequenceEmulator()

    def key(given: Mapping[str, Any]) -> str:
        raise LookupError("no key")

    async with client_of(emulator) as client:
        with pytest.raises(BatchAbortedError, match=r"key\(events\[0\]\) raised LookupError") as caught:
            await client.usage_events.send_many([event(0)], key=key)
    assert isinstance(caught.value.__cause__, LookupError)
    assert caught.value.partial_result is not None
    assert caught.value.partial_result.total == 0
    assert emulator.requests == []


@pytest.mark.parametrize("helper", ["send_many", "create_many", "delete_many"])
async def test_an_empty_step_is_refused_not_replaced_by_the_default(helper: str) -> None:
    emulator = SequenceEmulator()
    async with emulator.client() as client:
        for kwargs in ({"step": "", "checkpoint": MemoryCheckpoint()}, {"step": ""}):
            with pytest.raises(InvalidParameterError, match="step"):
                if helper == "send_many":
                    await client.usage_events.send_many([{"customer_alias": "a", "event_type": "t"}], **kwargs)
                elif helper == "create_many":
                    await client.customer_aliases.create_many([("c", "v")], **kwargs)
                else:
                    await client.customer_aliases.delete_many(["ali_1"], **kwargs)
    assert emulator.requests == []


def test_send_many_refuses_a_generated_create_that_no_longer_supersedes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guarantee rests on the document's customerEventId: an SDK regenerated without it refuses."""
    from sequence_async import ConfigurationError
    from sequence_async._writes import create_event_op
    from sequence_async.resources import usage_events

    assert create_event_op() is usage_events._CREATE
    monkeypatch.setattr(usage_events._CREATE, "superseded_by", None)
    with pytest.raises(ConfigurationError, match="customerEventId"):
        create_event_op()
    monkeypatch.delattr(usage_events, "_CREATE")
    with pytest.raises(ConfigurationError, match="customerEventId"):
        create_event_op()
