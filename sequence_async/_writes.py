"""Batch writes that are safe to resend and to resume: usage events and customer aliases.

A POST sent twice can be applied twice; these two batches give every write a handle the API
honours, so a retry after a reset, or a rerun after a kill, is never counted twice:

- a usage event carries a ``customerEventId``: "another event with the same customer event ID
  will supersede this one" (the API), so a resend replaces the first instead of adding to it;
- an alias create carries an ``Idempotency-Key`` (kept 24 h) derived from the job and the item,
  and an item an earlier run may have created is looked up by its value (unique across the
  account) before anything is resent, so it is reconciled even after the 24 h.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from ._batch import BatchResult, batch_counts, run_batch
from ._checkpoint import CheckpointStore, Touched, checked_step, checked_store, fingerprint
from ._hooks import Operation
from ._operations import Op, build
from ._params import not_text
from .errors import (
    AliasConflictError,
    BadRequestError,
    BatchAbortedError,
    CheckpointError,
    ConfigurationError,
    ConflictError,
    InvalidParameterError,
    SequenceError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from sequence_api.models import CreateUsageEventEndpointProductCreateUsageEventResponseModel as UsageEvent
    from sequence_api.models import CustomerAlias

    from ._pipeline import Pipeline

T = TypeVar("T")
EVENT_ID_PREFIX = "sa1_"  # version 1 of the derivation below: a new rule would take a new prefix
EVENT_FIELDS = frozenset({"customer_alias", "event_type", "customer_event_id", "event_timestamp", "event_properties"})
ALIAS_FIELDS = frozenset({"customer_id", "value", "label"})
SEND_EVENTS = Operation("UsageEvents.send_many", "", "")
CREATE_ALIASES = Operation("CustomerAliases.create_many", "", "")
NONCE_POSITION = "#idempotency-nonce"  # + the step: the job's half of every alias create's key


def customer_event_id(key: str) -> str:
    """The ``customerEventId`` that ``send_many`` gives an event whose key is ``key``.

    ``"sa1_"`` followed by the 32 hex digits of the 16-byte BLAKE2b digest of ``key`` in UTF-8:
    the same key gives the same id in every process and release, so a resent or rerun event
    supersedes the first instead of being counted twice.
    """
    if not isinstance(key, str):
        raise InvalidParameterError(f"key must be a str, got {type(key).__name__}")
    try:
        data = str.encode(str.__str__(key), "utf-8")  # a plain str: a subclass may lie in encode()
    except UnicodeEncodeError:
        raise InvalidParameterError("key is not valid Unicode (it contains a lone surrogate)") from None
    return EVENT_ID_PREFIX + hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass(frozen=True, slots=True)
class _Event:
    event_id: str
    body: bytes


def _prepared_event(event: object, where: str, key: Callable[[Any], object] | None) -> _Event:
    """One event checked as ``create`` would check it, with its ``customerEventId``."""
    if not isinstance(event, Mapping):
        raise InvalidParameterError(f"{where} must be a mapping of create()'s arguments, got {type(event).__name__}")
    args = _read_mapping(event, where, EVENT_FIELDS)
    given = _plain(args.get("customer_event_id"))
    if given is None:
        if key is not None:
            try:
                derived = key(event)
            except Exception as exc:  # the caller's key function: typed, as run_batch's is, nothing sent
                raise BatchAbortedError(
                    f"the batch stopped before sending anything: key({where}) raised {type(exc).__name__}",
                    partial_result=BatchResult(),
                ) from exc
            if not isinstance(derived, str):
                raise InvalidParameterError(f"key({where}) must return a str, got {type(derived).__name__}")
            try:
                given = customer_event_id(derived)
            except InvalidParameterError as exc:
                raise InvalidParameterError(f"key({where}): {exc}") from None
        else:
            given = customer_event_id(_content(args, where))
    elif not isinstance(given, str) or not given:
        raise InvalidParameterError(f"{where}.customer_event_id must be a non-empty str")
    args["customer_event_id"] = given
    try:
        request = build(create_event_op(), args)
    except InvalidParameterError as exc:
        raise InvalidParameterError(f"{where}: {exc}") from None
    assert request.body is not None  # customer_alias and event_type are required
    return _Event(given, request.body)


def create_event_op() -> Op[Any]:
    """The generated ``POST /usage-events`` operation, if it still supersedes by ``customerEventId``:
    send_many's guarantee rests on that (``openapi/surface.yaml``, ``superseded_by``). A document
    without it (a regenerated SDK whose spec dropped the field) refuses send_many, typed."""
    from .resources import usage_events

    op = getattr(usage_events, "_CREATE", None)
    if not isinstance(op, Op) or op.superseded_by != "customer_event_id":
        raise ConfigurationError(
            "send_many needs POST /usage-events with customerEventId (an event with the same id supersedes "
            "the earlier one): this SDK was generated from a document without it"
        )
    return op


def _plain(value: object) -> object:
    """A str as a plain str: a subclass may lie in ``__eq__``/``__hash__``/``encode`` (duplicates, ids)."""
    return str.__str__(value) if isinstance(value, str) else value


def _read_mapping(mapping: Mapping[Any, Any], where: str, allowed: frozenset[str]) -> dict[str, Any]:
    """The caller's mapping as a dict of plain str names, read once; only ``allowed`` names."""
    try:
        items = list(mapping.items())
    except Exception as exc:  # the caller's mapping: typed, nothing sent
        raise InvalidParameterError(f"{where}: reading it raised {type(exc).__name__}") from None
    names = [str.__str__(name) if isinstance(name, str) else None for name, _ in items]
    unknown = sorted(
        type(name).__name__ if plain is None else plain[:40]
        for (name, _), plain in zip(items, names, strict=True)
        if plain not in allowed
    )
    if unknown:
        raise InvalidParameterError(f"{where}: unknown fields {unknown} (allowed: {sorted(allowed)})")
    return {plain: value for plain, (_, value) in zip(names, items, strict=True) if plain is not None}


def _content(args: Mapping[str, Any], where: str) -> str:
    """An event's key when neither its ``customer_event_id`` nor ``key`` gives one: its content,
    the JSON body without ``customerEventId``, keys sorted, compact, not ASCII-escaped."""
    try:
        request = build(create_event_op(), {**args, "customer_event_id": None})
    except InvalidParameterError as exc:
        raise InvalidParameterError(f"{where}: {exc}") from None
    assert request.body is not None
    body = json.loads(request.body)
    body.pop("customerEventId", None)  # not content: how an absent id is serialised must not change ids
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _unique(kind: str, seen: dict[str, int], identity: str, index: int, where: str) -> None:
    earlier = seen.setdefault(identity, index)
    if earlier != index:
        raise InvalidParameterError(
            f"{where} and {where.split('[')[0]}[{earlier}] have the same {kind}: they would be one "
            f"(give each its own {'customer_event_id or key' if kind == 'customerEventId' else 'value'})"
        )


def prepared_events(
    events: Iterable[object] | AsyncIterable[object], key: Callable[[Any], object] | None
) -> list[_Event] | AsyncIterator[_Event]:
    """Every event checked and given its id: a collection before anything is sent, an async
    source as it is read (a bad or repeated event then stops the batch)."""
    not_text(events, "events")
    if key is not None and not callable(key):
        raise InvalidParameterError(f"key must be callable or None, got {type(key).__name__}")
    if isinstance(events, AsyncIterable):
        return _streamed_events(events, key)
    if not isinstance(events, Iterable):
        raise InvalidParameterError(f"events must be an iterable or async iterable, got {type(events).__name__}")
    prepared: list[_Event] = []
    seen: dict[str, int] = {}
    for index, event in enumerate(_listed(events)):
        item = _prepared_event(event, f"events[{index}]", key)
        _unique("customerEventId", seen, item.event_id, index, f"events[{index}]")
        prepared.append(item)
    return prepared


async def _streamed_events(events: AsyncIterable[object], key: Callable[[Any], object] | None) -> AsyncIterator[_Event]:
    seen: dict[str, int] = {}
    index = 0
    async for event in events:
        item = _prepared_event(event, f"events[{index}]", key)
        _unique("customerEventId", seen, item.event_id, index, f"events[{index}]")
        index += 1
        yield item


def _listed(items: Iterable[T]) -> list[T]:
    """The caller's collection, read once; a raising iterable stops the batch before it starts."""
    try:
        return list(items)
    except Exception as exc:
        raise BatchAbortedError(
            f"the batch stopped before sending anything: the item source raised {type(exc).__name__}",
            partial_result=BatchResult(),
        ) from exc


def event_sender(pipeline: Pipeline) -> Callable[[_Event], Awaitable[UsageEvent]]:
    """One usage event sent: resent freely (its ``customerEventId`` makes a resend supersede)."""
    op = create_event_op()

    async def send(event: _Event) -> UsageEvent:
        reply = await pipeline.call(
            op.method, op.template, op.parse, body=event.body, resend_safe=True, operation=op.operation
        )
        result: UsageEvent = reply.body
        return result

    return send


async def send_events(
    pipeline: Pipeline,
    events: Iterable[object] | AsyncIterable[object],
    *,
    key: Callable[[Any], object] | None,
    batch: Mapping[str, Any],
) -> BatchResult[str, UsageEvent]:
    """``UsageEvents.send_many``: every event checked, then sent as one resumable batch."""
    prepared = prepared_events(events, key)
    step = batch["step"]
    if step is None and batch["checkpoint"] is not None:
        step = "usage_events.send_many"
    with pipeline.operation_span(SEND_EVENTS) as set_attributes:
        result = await run_batch(
            event_sender(pipeline),
            prepared,
            key=_event_key,
            step=step,
            **{name: value for name, value in batch.items() if name != "step"},
        )
        set_attributes(batch_attributes(result))
    return result


def _event_key(event: _Event) -> str:
    return event.event_id


def batch_attributes(result: BatchResult[str, Any]) -> dict[str, int]:
    return {**batch_counts(result), "sequence.batch.not_attempted": len(result.not_attempted)}


@dataclass(frozen=True, slots=True)
class _Alias:
    customer_id: str
    value: str
    label: str | None


def _prepared_alias(pair: object, where: str) -> _Alias:
    """One alias to create: a ``(customer_id, value)`` pair or a mapping of ``create``'s arguments."""
    if isinstance(pair, tuple) and len(pair) == 2:
        args: dict[str, Any] = {"customer_id": pair[0], "value": pair[1]}
    elif isinstance(pair, Mapping):
        args = _read_mapping(pair, where, ALIAS_FIELDS)
    else:
        raise InvalidParameterError(
            f"{where} must be a (customer_id, value) pair or a mapping of create()'s arguments, "
            f"got {type(pair).__name__}"
        )
    from ._params import id_str, optional_str

    customer_id = id_str(_plain(args.get("customer_id")), f"{where}.customer_id")
    value = _plain(args.get("value"))
    if not isinstance(value, str) or not value:
        raise InvalidParameterError(f"{where}.value must be a non-empty str")
    optional_str(value, f"{where}.value")
    label = _plain(args.get("label"))
    if label is not None:
        label = optional_str(label, f"{where}.label")
    _check_as_create(customer_id, value, label, where)
    return _Alias(customer_id, value, label)


def _check_as_create(customer_id: str, value: str, label: str | None, where: str) -> None:
    """What ``customer_aliases.create`` would refuse (a lone surrogate, a NUL...), refused now:
    before anything of the batch is sent."""
    from .resources import customer_aliases

    try:
        build(customer_aliases._CREATE, {"customer_id": customer_id, "value": value, "label": label})
    except InvalidParameterError as exc:
        raise InvalidParameterError(f"{where}: {exc}") from None


def prepared_aliases(pairs: Iterable[object] | AsyncIterable[object]) -> list[_Alias] | AsyncIterator[_Alias]:
    """Every pair checked (a value given twice is refused: values are unique in the account)."""
    not_text(pairs, "pairs")
    if isinstance(pairs, AsyncIterable):
        return _streamed_aliases(pairs)
    if not isinstance(pairs, Iterable):
        raise InvalidParameterError(f"pairs must be an iterable or async iterable, got {type(pairs).__name__}")
    prepared: list[_Alias] = []
    seen: dict[str, int] = {}
    for index, pair in enumerate(_listed(pairs)):
        alias = _prepared_alias(pair, f"pairs[{index}]")
        _unique("value", seen, alias.value, index, f"pairs[{index}]")
        prepared.append(alias)
    return prepared


async def _streamed_aliases(pairs: AsyncIterable[object]) -> AsyncIterator[_Alias]:
    seen: dict[str, int] = {}
    index = 0
    async for pair in pairs:
        alias = _prepared_alias(pair, f"pairs[{index}]")
        _unique("value", seen, alias.value, index, f"pairs[{index}]")
        index += 1
        yield alias


def idempotency_key(nonce: str, alias: _Alias) -> str:
    """The ``Idempotency-Key`` of one alias create: the job's nonce and the item, hashed."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (nonce, alias.customer_id, alias.value, alias.label or ""):
        data = part.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big") + data)
    return "sa1-" + digest.hexdigest()


async def job_nonce(checkpoint: CheckpointStore | None, step: str) -> str:
    """The job's half of every key: saved in the checkpoint by the first run (before anything is
    sent) and read back by reruns, so their keys match; a new one without a checkpoint."""
    if checkpoint is None:
        return secrets.token_hex(16)
    try:
        saved = await checkpoint.load_position(step + NONCE_POSITION)
        if isinstance(saved, str) and saved:
            return saved
        nonce = secrets.token_hex(16)
        await checkpoint.save_position(step + NONCE_POSITION, nonce)
    except CheckpointError:
        raise
    except Exception as exc:  # the caller's store: typed, nothing sent
        raise BatchAbortedError(
            f"the batch stopped before sending anything: the checkpoint raised {type(exc).__name__}",
            partial_result=BatchResult(),
        ) from exc
    return nonce


Lookup = Callable[[str], Awaitable["CustomerAlias | None"]]
Create = Callable[..., Awaitable["CustomerAlias"]]


def alias_creator(
    create: Create, lookup: Lookup, nonce: str, touched: set[str], no_effect: set[str]
) -> Callable[[_Alias], Awaitable[Any]]:
    """One alias of ``create_many``: looked up first if an earlier run may have created it; a
    create refused because the value exists is reconciled by the same lookup. An item an earlier
    run saw refused with no effect gets this run's key: the API keeps a refusal for its key 24 h,
    so the job's key would only replay it (a new key cannot create twice: values are unique)."""
    fresh = secrets.token_hex(16)

    async def create_one(alias: _Alias) -> CustomerAlias:
        if alias.value in touched:
            existing = await lookup(alias.value)
            if existing is not None:
                return _same_customer(existing, alias)
        try:
            return await create(
                customer_id=alias.customer_id,
                value=alias.value,
                label=alias.label,
                idempotency_key=idempotency_key(fresh if alias.value in no_effect else nonce, alias),
            )
        except (BadRequestError, ConflictError, UnprocessableEntityError) as refused:  # "already exists"?
            try:
                existing = await lookup(alias.value)  # "already exists"? then whose is it
            except SequenceError:
                existing = None  # the lookup failed too: the create's own refusal says more
            if existing is None:
                raise
            try:
                return _same_customer(existing, alias)
            except AliasConflictError as conflict:
                raise conflict from refused

    return create_one


def _same_customer(existing: CustomerAlias, alias: _Alias) -> CustomerAlias:
    if existing.customer_id != alias.customer_id:
        raise AliasConflictError(alias.value, alias.customer_id, existing.customer_id, existing.id)
    return existing


def _identity(alias: _Alias) -> str:
    return json.dumps([alias.customer_id, alias.value, alias.label], ensure_ascii=False)


def _alias_key(alias: _Alias) -> str:
    return alias.value


async def create_aliases(
    pipeline: Pipeline,
    pairs: Iterable[object] | AsyncIterable[object],
    *,
    create: Create,
    lookup: Lookup,
    batch: dict[str, Any],
) -> BatchResult[str, CustomerAlias]:
    """``CustomerAliases.create_many``: every pair checked, then created as one resumable batch."""
    prepared = prepared_aliases(pairs)
    checkpoint = batch["checkpoint"]
    step = batch.pop("step")
    touched: set[str] = set()
    refused: set[str] = set()
    if checkpoint is None:
        nonce = await job_nonce(None, "")  # run_batch refuses a step without a checkpoint
    else:
        if not isinstance(checkpoint, CheckpointStore):
            raise InvalidParameterError(f"checkpoint must be a CheckpointStore, got {type(checkpoint).__name__}")
        checked_store(checkpoint, ("open_step", "record", "load_position", "save_position"))
        step = "customer_aliases.create_many" if step is None else checked_step(step)
        # The step's identity is the whole input (customer, value, label), not only the values the
        # result is keyed by: a rerun giving a value to another customer must not resume as created.
        identity = fingerprint([_identity(item) for item in prepared]) if isinstance(prepared, list) else None
        batch["checkpoint"] = Touched(checkpoint, touched, refused, identity)
        nonce = await job_nonce(checkpoint, step)
    with pipeline.operation_span(CREATE_ALIASES) as set_attributes:
        result = await run_batch(
            alias_creator(create, lookup, nonce, touched, refused), prepared, key=_alias_key, step=step, **batch
        )
        set_attributes(batch_attributes(result))
    return result
