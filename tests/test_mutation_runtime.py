"""The small runtime modules the generated layer stands on: ``_lazy`` (resources made on first
access), ``_responses`` and ``_capture`` (``with_raw_response``). Behaviour the wider suites only
touch in passing, pinned down so that mutation testing (``make mutate``) sees every change."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from sequence_async import InvalidParameterError, RetryPolicy, SequenceClient
from sequence_async._capture import CAPTURED, capture_reply
from sequence_async._lazy import LazyResource
from sequence_async._resources import Contacts, CustomerAliases
from sequence_async._responses import with_raw_response

from ._fixtures import Sleeps, make_client

BASE = "https://api.test/api"
CUSTOMER_ALIAS = {
    "id": "a1",
    "sequenceAccountId": "acc",
    "customerId": "c1",
    "value": "v",
    "createdAt": "2024-01-01T00:00:00Z",
}


def client_for(*responses: httpx.Response) -> SequenceClient:
    queue = list(responses)

    async def handler(request: httpx.Request) -> httpx.Response:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return make_client(
        BASE,
        ("my-id", "my-secret"),
        backend="httpx",
        transport=httpx.MockTransport(handler),
        sleep=Sleeps(),
        random=lambda: 0.5,
        retry=RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.001),
    )


# -- _lazy -----------------------------------------------------------------------------------------


class _Holder:
    """What a client is to its resources: something with a ``_pipeline``."""

    aliases: LazyResource[CustomerAliases] = LazyResource("sequence_async._resources", "CustomerAliases")
    contacts: LazyResource[Contacts] = LazyResource("sequence_async._resources", "Contacts")

    def __init__(self, pipeline: object) -> None:
        self._pipeline = pipeline


def test_a_lazy_resource_is_made_once_per_instance_from_its_module_and_class() -> None:
    pipeline = object()
    holder = _Holder(pipeline)
    aliases = holder.aliases
    assert type(aliases) is CustomerAliases
    assert aliases._pipeline is pipeline
    assert holder.__dict__["aliases"] is aliases  # cached under the attribute's own name
    assert holder.aliases is aliases
    assert type(holder.contacts) is Contacts  # each descriptor its own class
    assert set(holder.__dict__) == {"_pipeline", "aliases", "contacts"}
    other = _Holder(object())
    assert other.aliases is not aliases


def test_a_lazy_resource_read_on_the_class_is_the_descriptor() -> None:
    assert isinstance(_Holder.__dict__["aliases"], LazyResource)
    assert _Holder.aliases is _Holder.__dict__["aliases"]


def test_a_lazy_resource_made_at_run_time_names_itself_and_imports_on_access() -> None:
    lazy: LazyResource[Any] = LazyResource("sequence_async._resources", "Contacts")
    pipeline: Any = object()
    owner = type("Owner", (), {"__init__": lambda self: setattr(self, "_pipeline", pipeline)})
    lazy.__set_name__(owner, "people")
    setattr(owner, "people", lazy)  # noqa: B010
    instance = owner()
    made = instance.people
    assert type(made) is Contacts
    assert made._pipeline is pipeline
    assert instance.__dict__ == {"_pipeline": pipeline, "people": made}


def test_a_lazy_resource_attached_without_a_name_makes_the_resource_and_shadows_no_attribute() -> None:
    """Set on a class after it was made, ``__set_name__`` never runs: the resource is still made,
    and what is kept of it is under no name an attribute could have."""
    lazy: LazyResource[Any] = LazyResource("sequence_async._resources", "Contacts")
    owner = type("Owner", (), {"__init__": lambda self: setattr(self, "_pipeline", None)})
    setattr(owner, "late", lazy)  # noqa: B010
    instance = owner()
    assert type(instance.late) is Contacts
    kept = [key for key in vars(instance) if key != "_pipeline"]
    assert all(isinstance(key, str) and not key.isidentifier() for key in kept)


async def test_a_client_area_is_one_resource_per_client() -> None:
    async with client_for(httpx.Response(200, json={})) as client:
        assert client.customer_aliases is client.customer_aliases
        assert type(client.customer_aliases) is CustomerAliases
        assert client.customer_aliases._pipeline is client._pipeline


# -- _capture --------------------------------------------------------------------------------------


class _FakeReply:
    request_id = "r"
    version = "v"

    def shown_headers(self) -> dict[str, str]:
        return {}


def test_capture_reply_keeps_a_reply_only_while_one_is_captured() -> None:
    reply = _FakeReply()
    capture_reply(reply, 200, 1)  # nothing captured: a no-op
    assert CAPTURED.get() is None
    kept: list[Any] = []
    token = CAPTURED.set(kept)
    try:
        capture_reply(reply, 201, 3)
    finally:
        CAPTURED.reset(token)
    assert kept == [(reply, 201, 3)]


# -- _responses ------------------------------------------------------------------------------------


async def test_with_raw_response_refuses_a_task_naming_what_it_got() -> None:
    async def call() -> int:
        return 1

    task = asyncio.ensure_future(call())
    with pytest.raises(InvalidParameterError) as caught:
        await with_raw_response(task)
    assert str(caught.value) == (
        "with_raw_response takes the coroutine of one call, e.g. client.customers.get(id), not a "
        "Task (it runs in another task, where its reply cannot be captured)"
    )
    assert await task == 1
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    with pytest.raises(InvalidParameterError, match=r"not a Future \(it runs in another task"):
        await with_raw_response(future)


async def test_with_raw_response_refuses_a_plain_value_naming_its_type() -> None:
    with pytest.raises(InvalidParameterError) as caught:
        await with_raw_response(42)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "with_raw_response takes a call not yet awaited, e.g. client.customers.get(id); got int"
    )


async def test_with_raw_response_says_so_when_no_request_was_made() -> None:
    async def nothing() -> None:
        return None

    with pytest.raises(InvalidParameterError) as caught:
        await with_raw_response(nothing())
    assert str(caught.value) == (
        "with_raw_response: the call made no request in this task (pass the coroutine itself, not a Task)"
    )
    assert CAPTURED.get() is None  # reset after the call


async def test_nested_with_raw_response_lets_the_outer_one_see_the_inner_replies() -> None:
    client = client_for(
        httpx.Response(503, json={}),
        httpx.Response(200, json=CUSTOMER_ALIAS, headers={"x-request-id": "req-1"}),
    )
    async with client:

        async def inner_only() -> Any:
            return await client.with_raw_response(client.customer_aliases.delete("a1"))

        outer = await client.with_raw_response(inner_only())
    inner = outer.parsed
    assert inner.parsed.id == "a1"
    assert (inner.status_code, inner.attempts, inner.request_id) == (200, 2, "req-1")
    assert (outer.status_code, outer.attempts, outer.request_id) == (200, 2, "req-1")
    assert outer.headers == inner.headers
    assert CAPTURED.get() is None


async def test_with_raw_response_reports_the_last_request_of_several() -> None:
    client = client_for(
        httpx.Response(200, json=CUSTOMER_ALIAS, headers={"x-request-id": "first"}),
        httpx.Response(201, json=CUSTOMER_ALIAS, headers={"x-request-id": "second", "Sequence-Version": "v9"}),
    )
    async with client:

        async def two_calls() -> str:
            await client.customer_aliases.delete("a1")
            alias = await client.customer_aliases.delete("a2")
            return alias.id

        raw = await client.with_raw_response(two_calls())
    assert (raw.parsed, raw.status_code, raw.request_id, raw.version, raw.attempts) == ("a1", 201, "second", "v9", 1)
    assert raw.headers["x-request-id"] == "second"
