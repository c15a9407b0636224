"""The hand-written resource methods (``sequence_async._resources``): per-call options on every
page of ``customer_aliases.list``, the operation name hooks see, and ``delete_many``'s span."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest

from sequence_async import Hooks, RetryPolicy, SequenceClient
from sequence_async._hooks import CallDetails, Operation
from sequence_async._pipeline import Pipeline

from ._fixtures import ALIAS, Sleeps, make_client

BASE = "https://api.test/api"


def client_for(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> SequenceClient:
    return make_client(
        BASE,
        ("my-id", "my-secret"),
        backend="httpx",
        transport=httpx.MockTransport(handler),
        sleep=Sleeps(),
        random=lambda: 0.5,
        retry=RetryPolicy(max_retries=1, initial_backoff=0.001, max_backoff=0.001),
        **kwargs,
    )


def alias_pages(request: httpx.Request) -> httpx.Response:
    """Two pages of one alias each: ``a1`` then ``a2``."""
    after = request.url.params.get("after")
    if after is None:
        body = {"items": [{**ALIAS, "id": "a1"}], "pagination": {"after": "p2", "totalResultSize": 2}}
    else:
        body = {"items": [{**ALIAS, "id": "a2"}], "pagination": {"before": "p1", "totalResultSize": 2}}
    return httpx.Response(200, json=body)


async def test_alias_list_sends_the_call_options_with_every_page_and_names_its_operation() -> None:
    seen: list[httpx.Request] = []
    ended: list[CallDetails] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return alias_pages(request)

    async with client_for(handler, hooks=Hooks(on_call_end=ended.append)) as client:
        items = await client.customer_aliases.list(extra_headers={"X-Trace": "t-1"}, timeout=2.5).to_list()
    assert [item.id for item in items] == ["a1", "a2"]
    assert [request.headers.get("x-trace") for request in seen] == ["t-1", "t-1"]
    assert [request.extensions["timeout"]["read"] for request in seen] == [2.5, 2.5]
    assert [dict(request.url.params) for request in seen] == [{"limit": "100"}, {"limit": "100", "after": "p2"}]
    assert [details.operation for details in ended] == ["CustomerAliases.list", "CustomerAliases.list"]


async def test_alias_list_without_options_sends_the_clients_defaults() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return alias_pages(request)

    async with client_for(handler) as client:
        await client.customer_aliases.list(value="v1", limit=1).to_list()
    assert "x-trace" not in seen[0].headers
    assert seen[0].extensions["timeout"]["read"] == 30.0
    assert dict(seen[0].url.params) == {"value": "v1", "limit": "1"}


class _Spans:
    """Stands in for the pipeline's operation spans: records each one's operation and attributes."""

    def __init__(self) -> None:
        self.opened: list[tuple[Operation, list[Mapping[str, int]]]] = []

    def method(self) -> Callable[[Pipeline, Operation], contextlib.AbstractContextManager[Any]]:
        """A replacement for ``Pipeline.operation_span``."""

        @contextlib.contextmanager
        def operation_span(pipeline: Pipeline, operation: Operation) -> Iterator[Callable[[Mapping[str, int]], None]]:
            attributes: list[Mapping[str, int]] = []
            self.opened.append((operation, attributes))
            yield attributes.append

        return operation_span


async def test_delete_many_runs_in_one_span_named_for_it_with_the_batch_counts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spans = _Spans()
    monkeypatch.setattr(Pipeline, "operation_span", spans.method())

    def handler(request: httpx.Request) -> httpx.Response:
        alias_id = request.url.path.rsplit("/", 1)[1]
        if alias_id == "gone":
            return httpx.Response(404, json={"error": {"type": "NotFound", "message": "no"}})
        return httpx.Response(200, json={**ALIAS, "id": alias_id})

    async with client_for(handler) as client:
        result = await client.customer_aliases.delete_many(["a1", "a2", "a3", "gone"], concurrency=2)
    assert sorted(result.succeeded) == ["a1", "a2", "a3"]
    assert list(result.failed) == ["gone"]
    ((operation, attributes),) = spans.opened
    assert operation == Operation("CustomerAliases.delete_many", "", "")
    assert attributes == [
        {
            "sequence.batch.succeeded": 3,
            "sequence.batch.already_deleted": 0,
            "sequence.batch.failed": 1,
            "sequence.batch.resumed": 0,
        }
    ]
