"""send_many and create_many's finer points, against the in-process emulator: the refusals' exact
words and the argument they name, the ids and Idempotency-Keys derived, what the emulator
receives, the result's groups, the checkpoint's states and positions, and the batch counts given
to the operation span (read here without OpenTelemetry: ``make mutate`` runs with it off).

Equivalent mutants of ``_writes`` left alive (``make mutate`` counts them as survived); no test
can tell them apart from the code:

- ``"utf-8"`` dropped or spelled ``"UTF-8"`` (``customer_event_id``, ``idempotency_key``), and
  ``to_bytes(8)`` without ``"big"``: the same codec, and big-endian is the default since 3.11.
- ``zip(..., strict=...)`` in ``_read_mapping``: ``names`` is built from ``items``, same length.
- ``_content``: the id's name mutated in ``{**args, "customer_event_id": None}``, or ``pop``
  without its default: the id is absent or None there either way, and the generated body drops
  or keeps it (nullable) the same in both cases before it is popped; ``ensure_ascii=None`` (falsy).
- ``_identity``'s ``ensure_ascii=None`` (falsy, as ``False``).
- ``send_events``'s local ``step`` (its first four lines): computed, never read (the call to
  ``run_batch`` works the step out again inline).
- The length of ``secrets.token_hex`` for the nonce of a run without a checkpoint and for
  ``alias_creator``'s ``fresh`` key: never stored nor shown, only hashed into a key.
- ``create_aliases`` passing another step to ``job_nonce(None, ...)``: unread without a store.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from sequence_async import (
    AliasConflictError,
    BadRequestError,
    BatchAbortedError,
    CheckpointError,
    Hooks,
    InvalidParameterError,
    MemoryCheckpoint,
    RetryPolicy,
    SequenceClient,
    customer_event_id,
)
from sequence_async._checkpoint import fingerprint
from sequence_async._hooks import CallDetails, Operation
from sequence_async._telemetry import Telemetry
from sequence_async.testing import Fault, Faults, RecordedRequest, SequenceEmulator

from ._fixtures import fast_retries

EVENTS = "/usage-events"
ALIASES = "/customer-aliases"
SEND_STEP = "usage_events.send_many"
CREATE_STEP = "customer_aliases.create_many"
NONCE = "#idempotency-nonce"
NO_RETRY = RetryPolicy(max_retries=0)


class Bodies(httpx.AsyncBaseTransport):
    """The emulator in-process, with the JSON body of every POST it was sent, per path."""

    def __init__(self, emulator: SequenceEmulator) -> None:
        self.inner = httpx.ASGITransport(app=emulator)
        self.sent: list[tuple[str, dict[str, Any]]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path in (EVENTS, ALIASES):
            self.sent.append((request.url.path, json.loads(await request.aread())))
        return await self.inner.handle_async_request(request)

    def of(self, path: str) -> list[dict[str, Any]]:
        return [body for sent_to, body in self.sent if sent_to == path]


def client_of(emulator: SequenceEmulator, retry: RetryPolicy = NO_RETRY, **kwargs: Any) -> SequenceClient:
    bodies = Bodies(emulator)
    client = SequenceClient(
        client_id=emulator.client_id,
        client_secret=emulator.client_secret,
        base_url=emulator.BASE_URL,
        transport=bodies,
        retry=retry,
        rate_limit=None,
        **kwargs,
    )
    BODIES[id(emulator)] = bodies
    return client


BODIES: dict[int, Bodies] = {}


def event(n: int, **extra: Any) -> dict[str, Any]:
    return {"customer_alias": "crm-1", "event_type": "api_call", "event_properties": {"n": n}, **extra}


def posts(emulator: SequenceEmulator, path: str) -> list[RecordedRequest]:
    return [r for r in emulator.requests if r.method == "POST" and r.path == path]


def sent_bodies(emulator: SequenceEmulator, path: str = EVENTS) -> list[dict[str, Any]]:
    return BODIES[id(emulator)].of(path)


def scripted(path: str, *faults: Fault | None, method: str = "POST") -> Faults:
    return Faults(list(faults), match=lambda m, raw: m == method and raw == path)


def key_of(nonce: str, customer_id: str, value: str, label: str | None = None) -> str:
    """The documented derivation: each part length-prefixed (8 bytes, big-endian), BLAKE2b-128."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (nonce, customer_id, value, label or ""):
        data = part.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big") + data)
    return "sa1-" + digest.hexdigest()


def content_id(body: Mapping[str, Any]) -> str:
    return customer_event_id(json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False))


class Lying(str):
    """A str subclass whose own methods lie: the SDK must read it as the plain str it holds."""

    def __str__(self) -> str:
        return "lie"

    def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        return b"lie"

    def __eq__(self, other: object) -> bool:
        return True

    def __hash__(self) -> int:
        return 0


class Named(str):
    """A str subclass that lies in ``__str__`` only (a dict key of it stays distinct)."""

    def __str__(self) -> str:
        return "lie"


async def _source(items: list[Any]) -> AsyncIterator[Any]:
    for item in items:
        yield item


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, int]]]:
    """Every operation span opened, by name, with the attributes set on it."""
    opened: list[tuple[str, dict[str, int]]] = []

    @contextmanager
    def operation_span(telemetry: Telemetry, operation: Operation) -> Iterator[Any]:
        attributes: dict[str, int] = {}
        opened.append((operation.name, attributes))
        yield attributes.update

    monkeypatch.setattr(Telemetry, "operation_span", operation_span)
    return opened


# -- customer_event_id ----------------------------------------------------------------------------------


def test_customer_event_id_refusals_say_what_is_wrong() -> None:
    with pytest.raises(InvalidParameterError, match=r"^key must be a str, got int$"):
        customer_event_id(5)  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match=r"^key is not valid Unicode \(it contains a lone surrogate\)$"):
        customer_event_id("a\ud800")


def test_customer_event_id_reads_a_str_subclass_as_its_plain_text() -> None:
    assert customer_event_id(Lying("order-1")) == customer_event_id("order-1")
    assert customer_event_id("order-1") == "sa1_" + hashlib.blake2b(b"order-1", digest_size=16).hexdigest()


# -- send_many: ids and bodies ---------------------------------------------------------------------------


async def test_an_events_content_id_ignores_its_absent_id_and_keeps_non_ascii_text() -> None:
    emulator = SequenceEmulator()
    given = {"customer_alias": "crmé", "event_type": "t", "event_properties": {"b": 1, "a": "ü"}}
    async with client_of(emulator) as client:
        result = await client.usage_events.send_many([given])
    expected = content_id({"customerAlias": "crmé", "eventType": "t", "eventProperties": {"b": 1, "a": "ü"}})
    assert list(result.succeeded) == [expected]
    [body] = sent_bodies(emulator)
    assert body["customerEventId"] == expected
    assert body["customerAlias"] == "crmé"


async def test_an_event_given_its_id_as_none_gets_its_content_id() -> None:
    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        result = await client.usage_events.send_many([event(0, customer_event_id=None)])
    expected = content_id({"customerAlias": "crm-1", "eventType": "api_call", "eventProperties": {"n": 0}})
    assert list(result.succeeded) == [expected]


async def test_a_key_gives_the_id_and_is_called_with_the_callers_event() -> None:
    emulator = SequenceEmulator()
    seen: list[object] = []
    events = [event(0), event(1)]

    def key(given: Mapping[str, Any]) -> str:
        seen.append(given)
        return f"k{given['event_properties']['n']}"

    async with client_of(emulator) as client:
        result = await client.usage_events.send_many(events, key=key, concurrency=1)
    assert seen == events
    assert seen[0] is events[0]
    assert list(result.succeeded) == [customer_event_id("k0"), customer_event_id("k1")]
    assert [b["customerEventId"] for b in sent_bodies(emulator)] == list(result.succeeded)
    assert result.succeeded[customer_event_id("k1")].customer_event_id == customer_event_id("k1")


async def test_an_own_id_of_a_str_subclass_is_sent_as_its_plain_text() -> None:
    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        result = await client.usage_events.send_many([event(0, customer_event_id=Lying("own-0"))])
    assert list(result.succeeded) == ["own-0"]
    assert type(next(iter(result.succeeded))) is str
    assert [b["customerEventId"] for b in sent_bodies(emulator)] == ["own-0"]


async def test_field_names_of_a_str_subclass_are_read_as_plain_names() -> None:
    emulator = SequenceEmulator()
    given: dict[str, str] = {
        Named("customer_alias"): "crm-1",
        Named("event_type"): "t",
        Named("customer_event_id"): "own",
    }
    async with client_of(emulator) as client:
        result = await client.usage_events.send_many([given])
    assert list(result.succeeded) == ["own"]
    assert sent_bodies(emulator) == [{"customerAlias": "crm-1", "eventType": "t", "customerEventId": "own"}]


async def test_each_event_is_posted_once_with_its_body_and_result_keyed_by_id() -> None:
    emulator = SequenceEmulator()
    events = [event(0, customer_event_id="a"), event(1, customer_event_id="b", event_timestamp="2024-01-02")]
    async with client_of(emulator) as client:
        result = await client.usage_events.send_many(events, concurrency=1)
    assert list(result.succeeded) == ["a", "b"]
    assert result.failed == {}
    assert sent_bodies(emulator)[0] == {
        "customerAlias": "crm-1",
        "eventType": "api_call",
        "eventProperties": {"n": 0},
        "customerEventId": "a",
    }
    assert sent_bodies(emulator)[1]["eventTimestamp"].startswith("2024-01-02")


async def test_a_5xx_on_an_event_is_resent_as_it_is_safe() -> None:
    emulator = SequenceEmulator()
    emulator.faults = scripted(EVENTS, Fault.status(503))
    ended: list[CallDetails] = []
    async with client_of(emulator, retry=fast_retries(2), hooks=Hooks(on_call_end=ended.append)) as client:
        result = await client.usage_events.send_many([event(0, customer_event_id="a")])
    assert list(result.succeeded) == ["a"]
    assert [r.fault for r in posts(emulator, EVENTS)] == ["status:503", None]
    assert [(end.operation, end.attempts) for end in ended] == [("UsageEvents.create", 2)]


# -- send_many: refusals ---------------------------------------------------------------------------------


async def _refused(events: Any, **kwargs: Any) -> InvalidParameterError:
    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        with pytest.raises(InvalidParameterError) as caught:
            await client.usage_events.send_many(events, **kwargs)
    assert emulator.requests == []
    return caught.value


@pytest.mark.parametrize(
    ("events", "kwargs", "message"),
    [
        ([event(0), 5], {}, "events[1] must be a mapping of create()'s arguments, got int"),
        ([event(0), event(1, customer_event_id="")], {}, "events[1].customer_event_id must be a non-empty str"),
        ([event(0, customer_event_id=7)], {}, "events[0].customer_event_id must be a non-empty str"),
        (5, {}, "events must be an iterable or async iterable, got int"),
        ([event(0)], {"key": "n"}, "key must be callable or None, got str"),
        ([event(0)], {"key": lambda e: 5}, "key(events[0]) must return a str, got int"),
        (
            [event(0)],
            {"key": lambda e: "\ud800"},
            "key(events[0]): key is not valid Unicode (it contains a lone surrogate)",
        ),
        (
            [event(0, customer_event_id="x"), event(1), event(2, customer_event_id="x")],
            {},
            "events[2] and events[0] have the same customerEventId: they would be one "
            "(give each its own customer_event_id or key)",
        ),
        (
            [{**event(0), "colour": "red", 7: 1, "b" * 50: 2}],  # type: ignore[misc]
            {},
            f"events[0]: unknown fields ['{'b' * 40}', 'colour', 'int'] (allowed: ['customer_alias', "
            "'customer_event_id', 'event_properties', 'event_timestamp', 'event_type'])",
        ),
    ],
    ids=[
        "not-mapping",
        "empty-id",
        "id-not-str",
        "not-iterable",
        "key-not-callable",
        "key-not-str",
        "key-surrogate",
        "duplicate",
        "unknown",
    ],
)
async def test_send_many_refusals_are_worded_exactly(events: Any, kwargs: dict[str, Any], message: str) -> None:
    error = await _refused(events, **kwargs)
    assert str(error) == message


async def test_send_many_refuses_text_for_the_events() -> None:
    error = await _refused("crm-1")
    assert str(error).startswith("events must be an iterable of ids, not a single str")


@pytest.mark.parametrize("with_key", [False, True])
async def test_an_event_create_refuses_is_named_by_its_index(with_key: bool) -> None:
    error = await _refused(
        [event(0), event(1, event_type=5)], key=(lambda e: str(e["event_properties"]["n"])) if with_key else None
    )
    assert str(error).startswith("events[1]: ")
    assert "event_type" in str(error)
    assert error.__cause__ is None


async def test_a_mapping_that_cannot_be_read_is_refused_naming_it() -> None:
    class Broken(dict[str, Any]):
        def items(self) -> Any:
            raise RuntimeError("no")

    error = await _refused([event(0), Broken()])
    assert str(error) == "events[1]: reading it raised RuntimeError"
    assert error.__cause__ is None


async def test_an_item_source_that_raises_stops_the_batch_before_sending() -> None:
    def source() -> Iterator[Any]:
        yield event(0)
        raise RuntimeError("gone")

    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        with pytest.raises(BatchAbortedError) as caught:
            await client.usage_events.send_many(source())
    assert str(caught.value) == "the batch stopped before sending anything: the item source raised RuntimeError"
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert caught.value.partial_result is not None
    assert caught.value.partial_result.total == 0
    assert emulator.requests == []


async def test_a_raising_key_is_named_with_its_index() -> None:
    def key(given: Mapping[str, Any]) -> str:
        if given["event_properties"]["n"] == 1:
            raise LookupError("no key")
        return "k0"

    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        with pytest.raises(BatchAbortedError) as caught:
            await client.usage_events.send_many([event(0), event(1)], key=key)
    assert str(caught.value) == "the batch stopped before sending anything: key(events[1]) raised LookupError"
    assert caught.value.partial_result is not None
    assert caught.value.partial_result.total == 0
    assert emulator.requests == []


async def test_an_async_source_is_checked_as_it_is_read_with_running_indexes() -> None:
    emulator = SequenceEmulator()
    events = [event(0), event(1), event(2), event(1)]
    async with client_of(emulator) as client:
        with pytest.raises(BatchAbortedError) as caught:
            await client.usage_events.send_many(_source(events), concurrency=1)
    cause = caught.value.__cause__
    assert isinstance(cause, InvalidParameterError)
    assert str(cause).startswith("events[3] and events[1] have the same customerEventId")
    assert caught.value.partial_result is not None
    assert caught.value.partial_result.total == 3


async def test_an_async_source_with_a_key_uses_it() -> None:
    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        result = await client.usage_events.send_many(_source([event(0)]), key=lambda e: "k")
    assert list(result.succeeded) == [customer_event_id("k")]


# -- send_many: steps and counts --------------------------------------------------------------------------


async def test_send_many_records_in_its_default_step_or_the_one_given() -> None:
    emulator = SequenceEmulator()
    store = MemoryCheckpoint()
    async with client_of(emulator) as client:
        await client.usage_events.send_many([event(0, customer_event_id="a")], checkpoint=store)
        await client.usage_events.send_many([event(1, customer_event_id="b")], checkpoint=store, step="mine")
    assert store.states == {SEND_STEP: {"a": "succeeded"}, "mine": {"b": "succeeded"}}


async def test_send_many_passes_the_batch_options_on() -> None:
    emulator = SequenceEmulator()
    emulator.faults = scripted(EVENTS, Fault.status(503))
    store = MemoryCheckpoint()
    progress: list[tuple[int, int | None]] = []
    events = [event(0, customer_event_id="a"), event(1, customer_event_id="b")]
    async with client_of(emulator) as client:
        first = await client.usage_events.send_many(events, checkpoint=store, concurrency=1)
        again = await client.usage_events.send_many(
            events, checkpoint=store, retry_failed=False, on_progress=lambda d, t: progress.append((d, t))
        )
    assert list(first.failed) == ["a"]
    assert again.resumed == {"b": "succeeded"}
    assert type(again.failed["a"]).__name__ == "PreviouslyFailedError"  # retry_failed=False reached run_batch
    assert progress == [(1, 2), (2, 2)]
    assert len(posts(emulator, EVENTS)) == 2


async def test_send_many_opens_one_span_with_the_batch_counts(spans: list[tuple[str, dict[str, int]]]) -> None:
    emulator = SequenceEmulator()
    emulator.faults = scripted(EVENTS, Fault.status(422))
    store = MemoryCheckpoint()
    await store.open_step(SEND_STEP, "stream")
    await store.record(SEND_STEP, "r", "succeeded")
    events = [event(n, customer_event_id=i) for n, i in enumerate("fabr")]
    async with client_of(emulator) as client:
        await client.usage_events.send_many(events, concurrency=1, checkpoint=store)
    assert spans == [
        (
            "UsageEvents.send_many",
            {
                "sequence.batch.succeeded": 2,
                "sequence.batch.already_deleted": 0,
                "sequence.batch.failed": 1,
                "sequence.batch.resumed": 1,
                "sequence.batch.not_attempted": 0,
            },
        )
    ]


# -- create_many: input -----------------------------------------------------------------------------------


async def _refused_pairs(pairs: Any, **kwargs: Any) -> InvalidParameterError:
    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        with pytest.raises(InvalidParameterError) as caught:
            await client.customer_aliases.create_many(pairs, **kwargs)
    assert emulator.requests == []
    return caught.value


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (
            [("c1", "v"), ("c2", "w"), ("c3", "v")],
            "pairs[2] and pairs[0] have the same value: they would be one (give each its own value)",
        ),
        ([("c1",)], "pairs[0] must be a (customer_id, value) pair or a mapping of create()'s arguments, got tuple"),
        ([5], "pairs[0] must be a (customer_id, value) pair or a mapping of create()'s arguments, got int"),
        ([(1, "v")], "pairs[0].customer_id must be a str, got int"),
        ([("c1", "")], "pairs[0].value must be a non-empty str"),
        ([{"customer_id": "c1"}], "pairs[0].value must be a non-empty str"),
        ([{"customer_id": "c1", "value": "v", "label": 3}], "pairs[0].label must be a str or None, got int"),
        (
            [{"customer_id": "c1", "value": "v", "x": 1}],
            "pairs[0]: unknown fields ['x'] (allowed: ['customer_id', 'label', 'value'])",
        ),
        (5, "pairs must be an iterable or async iterable, got int"),
    ],
    ids=["duplicate", "one-tuple", "int", "customer-id", "empty", "missing", "label", "unknown", "not-iterable"],
)
async def test_create_many_refusals_are_worded_exactly(pairs: Any, message: str) -> None:
    assert str(await _refused_pairs(pairs)) == message


async def test_create_many_refuses_text_and_a_surrogate_value() -> None:
    assert str(await _refused_pairs("c1")).startswith("pairs must be an iterable of ids, not a single str")
    assert str(await _refused_pairs([("c1", "v\ud800")])).startswith("pairs[0].value")
    assert str(await _refused_pairs([{"customer_id": "c1", "value": "v", "label": "\ud800"}])).startswith(
        "pairs[0].label"
    )


async def test_create_many_refuses_a_checkpoint_that_is_not_a_store() -> None:
    error = await _refused_pairs([("c1", "v")], checkpoint={})
    assert str(error) == "checkpoint must be a CheckpointStore, got dict"

    class Half:
        async def open_step(self, step: str, fingerprint: str) -> dict[str, str]:
            return {}

        async def record(self, step: str, key: str, state: str) -> None:
            return None

        async def load_position(self, step: str) -> str | None:
            return None

        async def aclose(self) -> None:
            return None

        def save_position(self, step: str, position: str) -> None:  # not async
            return None

    error = await _refused_pairs([("c1", "v")], checkpoint=Half())
    assert "save_position" in str(error)


async def test_create_many_reads_str_subclasses_as_plain_text() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    pairs: list[Any] = [
        {"customer_id": Lying(customer), "value": Lying("crm-1"), "label": Lying("CRM")},
        (customer, "crm-2"),
    ]
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many(pairs)
    assert list(result.succeeded) == ["crm-1", "crm-2"]
    assert [(a["value"], a.get("label")) for a in emulator.aliases_of(customer)] == [("crm-1", "CRM"), ("crm-2", None)]


async def test_an_async_source_of_pairs_is_checked_as_it_is_read() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    pairs = [(customer, "a"), (customer, "b"), (customer, "c"), (customer, "b")]
    async with client_of(emulator) as client:
        with pytest.raises(BatchAbortedError) as caught:
            await client.customer_aliases.create_many(_source(pairs), concurrency=1)
    cause = caught.value.__cause__
    assert isinstance(cause, InvalidParameterError)
    assert str(cause).startswith("pairs[3] and pairs[1] have the same value")
    assert caught.value.partial_result is not None
    assert sorted(caught.value.partial_result.succeeded) == ["a", "b", "c"]


# -- create_many: keys, nonce, checkpoint -------------------------------------------------------------------


async def test_the_idempotency_key_is_derived_from_the_saved_nonce_and_the_item() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    store = MemoryCheckpoint()
    pairs: list[Any] = [(customer, "crm-1"), {"customer_id": customer, "value": "crm-2", "label": "L"}]
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many(pairs, checkpoint=store, concurrency=1)
    assert list(result.succeeded) == ["crm-1", "crm-2"]
    nonce = store.positions[CREATE_STEP + NONCE]
    assert len(nonce) == 32
    int(nonce, 16)
    keys = [r.headers["idempotency-key"] for r in posts(emulator, ALIASES)]
    assert keys == [key_of(nonce, customer, "crm-1"), key_of(nonce, customer, "crm-2", "L")]
    assert sent_bodies(emulator, ALIASES)[1] == {
        "customerId": customer,
        "value": "crm-2",
        "label": "L",
    }
    assert store.states[CREATE_STEP] == {"crm-1": "succeeded", "crm-2": "succeeded"}


async def test_a_saved_nonce_is_reused_and_an_empty_one_is_replaced() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    store = MemoryCheckpoint()
    store.positions["job" + NONCE] = "saved-nonce"
    empty = MemoryCheckpoint()
    empty.positions["job" + NONCE] = ""
    async with client_of(emulator) as client:
        await client.customer_aliases.create_many([(customer, "a")], checkpoint=store, step="job")
        await client.customer_aliases.create_many([(customer, "b")], checkpoint=empty, step="job")
    assert store.positions["job" + NONCE] == "saved-nonce"
    renewed = empty.positions["job" + NONCE]
    assert len(renewed) == 32
    keys = [r.headers["idempotency-key"] for r in posts(emulator, ALIASES)]
    assert keys == [key_of("saved-nonce", customer, "a"), key_of(renewed, customer, "b")]
    assert store.states == {"job": {"a": "succeeded"}}
    assert empty.states == {"job": {"b": "succeeded"}}


async def test_the_nonce_is_saved_before_anything_is_sent() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    order: list[str] = []

    class Watching(MemoryCheckpoint):
        async def save_position(self, step: str, position: str) -> None:
            order.append(f"save {step} {len(emulator.requests)}")
            await super().save_position(step, position)

    async with client_of(emulator) as client:
        await client.customer_aliases.create_many([(customer, "a")], checkpoint=Watching())
    assert order == [f"save {CREATE_STEP}{NONCE} 0"]


@pytest.mark.parametrize("method", ["load_position", "save_position"])
async def test_a_store_that_raises_on_the_nonce_stops_the_batch_typed(method: str) -> None:
    class Failing(MemoryCheckpoint):
        async def load_position(self, step: str) -> str | None:
            if method == "load_position":
                raise OSError("disk")
            return await super().load_position(step)

        async def save_position(self, step: str, position: str) -> None:
            raise OSError("disk")

    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        with pytest.raises(BatchAbortedError) as caught:
            await client.customer_aliases.create_many([("c1", "a")], checkpoint=Failing())
    assert str(caught.value) == "the batch stopped before sending anything: the checkpoint raised OSError"
    assert isinstance(caught.value.__cause__, OSError)
    assert caught.value.partial_result is not None
    assert caught.value.partial_result.total == 0
    assert emulator.requests == []


async def test_a_checkpoint_error_on_the_nonce_is_raised_as_it_is() -> None:
    class Failing(MemoryCheckpoint):
        async def load_position(self, step: str) -> str | None:
            raise CheckpointError("unreadable", path=None)

    emulator = SequenceEmulator()
    async with client_of(emulator) as client:
        with pytest.raises(CheckpointError, match="unreadable"):
            await client.customer_aliases.create_many([("c1", "a")], checkpoint=Failing())
    assert emulator.requests == []


async def test_a_rerun_giving_a_value_to_another_customer_is_not_resumed() -> None:
    emulator = SequenceEmulator()
    first, second = emulator.add_customer(), emulator.add_customer()
    store = MemoryCheckpoint()
    async with client_of(emulator) as client:
        await client.customer_aliases.create_many([(first, "crm-1")], checkpoint=store)
        with pytest.raises(CheckpointError):
            await client.customer_aliases.create_many([(second, "crm-1")], checkpoint=store)
        with pytest.raises(CheckpointError):
            await client.customer_aliases.create_many(
                [{"customer_id": first, "value": "crm-1", "label": "x"}], checkpoint=store
            )
        again = await client.customer_aliases.create_many([(first, "crm-1")], checkpoint=store)
    assert again.resumed == {"crm-1": "succeeded"}
    assert len(posts(emulator, ALIASES)) == 1


async def test_without_a_checkpoint_each_run_has_its_own_keys_and_no_lookup() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    async with client_of(emulator) as client:
        await client.customer_aliases.create_many([(customer, "a"), (customer, "b")], concurrency=1)
    keys = [r.headers["idempotency-key"] for r in posts(emulator, ALIASES)]
    assert len(set(keys)) == 2
    assert all(k.startswith("sa1-") and len(k) == 36 for k in keys)
    assert [r.method for r in emulator.requests] == ["POST", "POST"]


async def test_create_many_opens_one_span_with_the_batch_counts(spans: list[tuple[str, dict[str, int]]]) -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    async with client_of(emulator) as client:
        await client.customer_aliases.create_many([(customer, "a"), ("no-such-customer", "b")])
    assert spans == [
        (
            "CustomerAliases.create_many",
            {
                "sequence.batch.succeeded": 1,
                "sequence.batch.already_deleted": 0,
                "sequence.batch.failed": 1,
                "sequence.batch.resumed": 0,
                "sequence.batch.not_attempted": 0,
            },
        )
    ]


# -- create_many: reconciling -----------------------------------------------------------------------------


async def test_a_refused_item_rerun_gets_a_fresh_key_and_others_keep_the_jobs() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    store = MemoryCheckpoint()
    pairs = [("cust-later", "a"), (customer, "b")]
    emulator.faults = scripted(ALIASES, None, Fault.status(503))
    async with client_of(emulator) as client:
        first = await client.customer_aliases.create_many(pairs, checkpoint=store, concurrency=1)
        assert isinstance(first.failed["a"], BadRequestError)
        assert store.states[CREATE_STEP] == {"a": "failed", "b": "failed_maybe_applied"}
        emulator.add_customer("cust-later")
        emulator.reset_log()
        again = await client.customer_aliases.create_many(pairs, checkpoint=store, concurrency=1)
    assert sorted(again.succeeded) == ["a", "b"]
    nonce = store.positions[CREATE_STEP + NONCE]
    values = [body["value"] for body in sent_bodies(emulator, ALIASES)[2:]]  # the rerun's
    sent = dict(zip(values, [r.headers["idempotency-key"] for r in posts(emulator, ALIASES)], strict=True))
    assert sent["b"] == key_of(nonce, customer, "b")  # maybe applied: the job's key (looked up first)
    assert sent["a"] != key_of(nonce, "cust-later", "a")  # refused: a fresh key, so not the refusal replayed
    assert sent["a"].startswith("sa1-")
    assert [(r.method, r.query.get("value")) for r in emulator.requests if r.method == "GET"] == [("GET", "b")]


async def test_a_looked_up_alias_of_another_customer_is_a_conflict_without_a_post() -> None:
    emulator = SequenceEmulator()
    mine, theirs = emulator.add_customer(), emulator.add_customer()
    held = emulator.add_alias(theirs, "crm-1")
    store = MemoryCheckpoint()
    await store.open_step(CREATE_STEP, "stream")
    await store.record(CREATE_STEP, "crm-1", "started")
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many([(mine, "crm-1")], checkpoint=store)
    error = result.failed["crm-1"]
    assert isinstance(error, AliasConflictError)
    assert (error.value, error.customer_id, error.holder_id, error.alias_id) == ("crm-1", mine, theirs, held["id"])
    assert error.__cause__ is None
    assert posts(emulator, ALIASES) == []


async def test_a_touched_item_not_found_by_its_lookup_is_created() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    store = MemoryCheckpoint()
    await store.open_step(CREATE_STEP, "stream")
    await store.record(CREATE_STEP, "crm-1", "started")
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many([(customer, "crm-1")], checkpoint=store)
    assert result.succeeded["crm-1"].customer_id == customer
    assert [r.method for r in emulator.requests] == ["GET", "POST"]
    nonce = store.positions[CREATE_STEP + NONCE]
    assert posts(emulator, ALIASES)[0].headers["idempotency-key"] == key_of(nonce, customer, "crm-1")


@pytest.mark.parametrize("status", [400, 409, 422])
async def test_a_refused_create_of_an_existing_alias_of_the_same_customer_is_reconciled(status: int) -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    existing = emulator.add_alias(customer, "crm-1")
    emulator.faults = scripted(ALIASES, Fault.status(status))
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many([(customer, "crm-1")])
    assert result.succeeded["crm-1"].id == existing["id"]
    assert [r.method for r in emulator.requests] == ["POST", "GET"]


async def test_a_refused_create_of_a_missing_alias_keeps_its_refusal() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    emulator.faults = scripted(ALIASES, Fault.status(422))
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many([(customer, "crm-1")])
    assert type(result.failed["crm-1"]).__name__ == "UnprocessableEntityError"
    assert [r.method for r in emulator.requests] == ["POST", "GET"]


async def test_a_conflict_found_after_a_refusal_is_chained_to_it() -> None:
    emulator = SequenceEmulator()
    mine, theirs = emulator.add_customer(), emulator.add_customer()
    held = emulator.add_alias(theirs, "crm-1")
    async with client_of(emulator) as client:
        result = await client.customer_aliases.create_many([(mine, "crm-1")])
    error = result.failed["crm-1"]
    assert isinstance(error, AliasConflictError)
    assert error.alias_id == held["id"]
    assert isinstance(error.__cause__, BadRequestError)


async def test_the_steps_identity_is_the_whole_input_as_plain_json() -> None:
    """What a store keeps for a sized create_many: a rerun of another release must read it the same."""
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    store = MemoryCheckpoint()
    pairs: list[Any] = [(customer, "crmé"), {"customer_id": customer, "value": "b", "label": "ü"}]
    async with client_of(emulator) as client:
        await client.customer_aliases.create_many(pairs, checkpoint=store)
    identities = [f'["{customer}", "crmé", null]', f'["{customer}", "b", "ü"]']
    assert store.fingerprints[CREATE_STEP] == fingerprint(identities)


async def test_an_async_source_of_pairs_with_a_checkpoint_resumes_by_value() -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    store = MemoryCheckpoint()
    async with client_of(emulator) as client:
        first = await client.customer_aliases.create_many(_source([(customer, "a")]), checkpoint=store)
        again = await client.customer_aliases.create_many(_source([(customer, "a"), (customer, "b")]), checkpoint=store)
    assert list(first.succeeded) == ["a"]
    assert store.fingerprints[CREATE_STEP] == "stream"
    assert again.resumed == {"a": "succeeded"}
    assert list(again.succeeded) == ["b"]
    assert len(posts(emulator, ALIASES)) == 2


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        (("c1", ""), "pairs[1].value must be a non-empty str"),
        ((1, "v"), "pairs[1].customer_id must be a str, got int"),
        (5, "pairs[1] must be a (customer_id, value) pair"),
    ],
    ids=["value", "customer-id", "not-a-pair"],
)
async def test_a_bad_pair_from_an_async_source_is_named_by_its_index(pair: Any, message: str) -> None:
    emulator = SequenceEmulator()
    customer = emulator.add_customer()
    async with client_of(emulator) as client:
        with pytest.raises(BatchAbortedError) as caught:
            await client.customer_aliases.create_many(_source([(customer, "a"), pair]), concurrency=1)
    assert isinstance(caught.value.__cause__, InvalidParameterError)
    assert str(caught.value.__cause__).startswith(message)


def test_send_many_refuses_a_generated_create_without_superseding_in_these_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sequence_async import ConfigurationError
    from sequence_async._writes import create_event_op
    from sequence_async.resources import usage_events

    monkeypatch.setattr(usage_events._CREATE, "superseded_by", "another_field")
    with pytest.raises(ConfigurationError) as caught:
        create_event_op()
    assert str(caught.value) == (
        "send_many needs POST /usage-events with customerEventId (an event with the same id supersedes "
        "the earlier one): this SDK was generated from a document without it"
    )
