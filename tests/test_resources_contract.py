"""The resources against httpx.MockTransport: which operation each method calls, and delete_many.

``delete_many``: every id deleted once, with the default and given concurrency; ids of an async
source checked as they arrive; a 404 after a call that may have applied is ``already_deleted``.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from sequence_async import (
    AlreadyDeletedError,
    BatchAbortedError,
    BatchResult,
    InvalidParameterError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    SequenceClient,
)

from ._fixtures import ALIAS, Sleeps, make_client

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "sequence.yaml"
BASE = "https://api.test/api"
Handler = Callable[[httpx.Request], Coroutine[None, None, httpx.Response]]


def client_for(handler: Handler, **kwargs: Any) -> SequenceClient:
    kwargs.setdefault("retry", RetryPolicy(max_retries=0))
    return make_client(
        BASE,
        ("my-id", "my-secret"),
        backend="httpx",
        transport=httpx.MockTransport(handler),
        sleep=Sleeps(),
        random=lambda: 0.5,
        **kwargs,
    )


def alias(alias_id: str) -> httpx.Response:
    return httpx.Response(200, json={**ALIAS, "id": alias_id})


def status(code: int) -> httpx.Response:
    return httpx.Response(code, json={"error": {"type": "Oops", "message": f"status {code}"}})


def alias_id_of(request: httpx.Request) -> str:
    assert request.method == "DELETE"
    prefix = "/api/customer-aliases/"
    assert request.url.path.startswith(prefix)
    return request.url.path[len(prefix) :]


class Server:
    """An async handler: answers DELETEs from a per-id script (default: the alias), counting
    the calls in flight (each response takes a few loop ticks)."""

    def __init__(self, script: dict[str, list[httpx.Response]] | None = None) -> None:
        self.script = script or {}
        self.deleted: list[str] = []
        self.in_flight = 0
        self.peak = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        alias_id = alias_id_of(request)
        self.deleted.append(alias_id)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            for _ in range(5):
                await asyncio.sleep(0)
        finally:
            self.in_flight -= 1
        answers = self.script.get(alias_id)
        if answers:
            return answers.pop(0)
        return alias(alias_id)


# -- every method is marked with the operation it calls --------------------------------------------


def spec_operations() -> dict[str, tuple[str, str]]:
    document = yaml.safe_load(SPEC.read_text())
    return {
        operation["operationId"]: (method.upper(), path)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }


CALLS: dict[str, Callable[[SequenceClient], Awaitable[object]]] = {
    "getCustomerAliases": lambda client: client.customer_aliases.list().to_list(),
    "getCustomersByIdAliases": lambda client: client.customer_aliases.list_for_customer("x1"),
    "deleteCustomerAliasesById": lambda client: client.customer_aliases.delete("x1"),
    "getCustomersByCustomerContacts": lambda client: client.contacts.list("x1"),
}


def marked_methods(client: SequenceClient) -> dict[str, str]:
    """operationId -> "Class.method" for every resource method carrying one, over every area."""
    from sequence_async.resources import AREAS

    marked: dict[str, str] = {}
    for area in AREAS:
        resource = getattr(client, area)
        for name, member in inspect.getmembers(resource, inspect.ismethod):
            operation_id = getattr(member, "__sequence_operation__", None)
            if operation_id is not None:
                assert isinstance(operation_id, str)
                assert operation_id not in marked, f"{operation_id} is marked twice"
                marked[operation_id] = f"{type(resource).__name__}.{name}"
    return marked


UNEXPOSED = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi" / "unexposed.yaml").read_text()) or {}


async def test_each_operation_of_the_spec_is_marked_on_the_method_that_calls_it() -> None:
    operations = spec_operations()
    seen: list[httpx.Request] = []

    async def not_found(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return status(404)

    async with client_for(not_found) as client:
        marked = marked_methods(client)
        # The hand-written methods keep their names (the public surface of 0.1) ...
        assert {op: marked[op] for op in CALLS} == {
            "getCustomerAliases": "CustomerAliases.list",
            "getCustomersByIdAliases": "CustomerAliases.list_for_customer",
            "deleteCustomerAliasesById": "CustomerAliases.delete",
            "getCustomersByCustomerContacts": "Contacts.list",
        }
        # ... and every operation of the spec has exactly one method (openapi/unexposed.yaml is empty).
        assert set(marked) == set(operations)
        assert not UNEXPOSED
        for operation_id in CALLS:
            seen.clear()
            with pytest.raises(NotFoundError):
                await CALLS[operation_id](client)
            method, template = operations[operation_id]
            path = template.replace("{id}", "x1").replace("{customer}", "x1")
            assert [(r.method, r.url.path) for r in seen] == [(method, "/api" + path)], operation_id


# -- delete_many -----------------------------------------------------------------------------------


async def test_delete_many_deletes_each_id_once_sixteen_at_a_time_by_default() -> None:
    server = Server()
    ids = [f"ali_{i}" for i in range(40)]
    async with client_for(server) as client:
        result = await client.customer_aliases.delete_many([*ids, *ids[:5]])
    assert sorted(server.deleted) == sorted(ids)
    assert list(result.succeeded) == ids
    assert [found.id for found in result.succeeded.values()] == ids
    assert server.peak == 16


async def test_delete_many_passes_concurrency_and_progress_on() -> None:
    server = Server()
    progress: list[tuple[int, int | None]] = []
    async with client_for(server) as client:
        result = await client.customer_aliases.delete_many(
            ["a", "b", "c", "d"], concurrency=2, on_progress=lambda done, total: progress.append((done, total))
        )
    assert list(result.succeeded) == ["a", "b", "c", "d"]
    assert server.peak == 2
    assert progress == [(1, 4), (2, 4), (3, 4), (4, 4)]


async def test_delete_many_of_an_async_source_drops_repeats_and_checks_each_id() -> None:
    async def source() -> AsyncIterator[str]:
        for value in ["a", "b", "a", "c", "b"]:
            yield value

    server = Server()
    async with client_for(server) as client:
        result = await client.customer_aliases.delete_many(source(), concurrency=2)
    assert sorted(server.deleted) == ["a", "b", "c"]
    assert list(result.succeeded) == ["a", "b", "c"]

    async def bad_source() -> AsyncIterator[Any]:
        for value in ["a", "a", "b", 7, "c"]:
            yield value

    server = Server()
    async with client_for(server) as client:
        with pytest.raises(BatchAbortedError, match="the item source raised InvalidParameterError") as caught:
            await client.customer_aliases.delete_many(bad_source(), concurrency=1)
    assert isinstance(caught.value.__cause__, InvalidParameterError)
    assert str(caught.value.__cause__) == "ids[3] must be a str, got int"
    assert caught.value.partial_result is not None
    assert list(caught.value.partial_result.succeeded) == ["a", "b"]
    assert "c" not in server.deleted


async def test_delete_many_of_a_collection_refuses_a_non_str_before_sending() -> None:
    server = Server()
    async with client_for(server) as client:
        with pytest.raises(InvalidParameterError, match=r"ids\[1\] must be a str, got int"):
            await client.customer_aliases.delete_many(["a", 1])  # type: ignore[list-item]
        with pytest.raises(InvalidParameterError, match="ids must be an iterable of ids, not a single str"):
            await client.customer_aliases.delete_many("abc")
    assert server.deleted == []


async def test_a_404_after_a_call_that_may_have_applied_is_already_deleted() -> None:
    """Id "gone": a 503 (maybe applied), then 429 (retries spent: requeued), then 404 on the requeue.
    "never": 404 at once. "limited": 429 twice (nothing applied: requeued), then 404 on the requeue."""
    server = Server(
        {
            "gone": [status(503), status(429), status(404)],
            "never": [status(404)],
            "limited": [status(429), status(429), status(404)],
        }
    )
    async with client_for(server, retry=RetryPolicy(max_retries=1, initial_backoff=0.001)) as client:
        result = await client.customer_aliases.delete_many(["gone", "never", "limited", "ok"], concurrency=1)
    assert (server.deleted.count("gone"), server.deleted.count("limited")) == (3, 3)
    assert list(result.succeeded) == ["ok"]
    assert list(result.already_deleted) == ["gone"]
    gone = result.already_deleted["gone"]
    assert isinstance(gone, AlreadyDeletedError)
    assert gone.status_code == 404
    assert "an earlier call may already have deleted it" in str(gone)
    assert set(result.failed) == {"never", "limited"}
    assert all(type(error) is NotFoundError for error in result.failed.values())


async def test_a_429_that_never_clears_fails_the_id_after_its_requeues() -> None:
    server = Server({"busy": [status(429)] * 20})
    async with client_for(server) as client:
        result = await client.customer_aliases.delete_many(["busy", "ok"], concurrency=2)
    assert server.deleted.count("busy") == 4  # the first call and 3 requeues
    assert isinstance(result.failed["busy"], RateLimitError)
    assert list(result.succeeded) == ["ok"]


async def test_delete_many_of_an_unreadable_collection_stops_before_sending() -> None:
    def ids() -> Iterator[str]:
        yield "a"
        raise OSError("the file of ids is unreadable")

    server = Server()
    async with client_for(server) as client:
        with pytest.raises(BatchAbortedError) as caught:
            await client.customer_aliases.delete_many(ids())
    assert str(caught.value) == "the batch stopped before sending anything: the item source raised OSError"
    assert isinstance(caught.value.__cause__, OSError)
    assert caught.value.partial_result == BatchResult()
    assert server.deleted == []


# -- list: the page's fields -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pagination", "expected"),
    [
        ({"after": "c2", "before": "c1", "totalResultSize": 7}, ("c2", "c1", 7)),
        ({"after": None, "before": None, "totalResultSize": None}, (None, None, None)),
        ({}, (None, None, None)),
    ],
)
async def test_a_page_reports_cursors_and_total_only_when_the_server_sent_them(
    pagination: dict[str, Any], expected: tuple[str | None, str | None, int | None]
) -> None:
    async def page(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"items": [ALIAS], "pagination": pagination})

    async with client_for(page) as client:
        first = await client.customer_aliases.list().first_page()
    assert (first.after, first.before, first.total) == expected
    assert [item.id for item in first.items] == [ALIAS["id"]]
