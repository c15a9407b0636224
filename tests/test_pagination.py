"""Pagination as a pure piece: a fake page source, no network."""

from __future__ import annotations

import asyncio
import gc

import pytest

from sequence_async import AsyncPaginator, InvalidParameterError, Page, PaginationError
from sequence_async._pagination import Direction
from sequence_async._params import page_limit

from ._fixtures import numbered_page


class FakeSource:
    """Pages of ints; cursors are "c<index of first item of the page>"."""

    def __init__(self, total: int, size: int, gate: asyncio.Event | None = None) -> None:
        self.total, self.size, self.gate = total, size, gate
        self.fetches: list[tuple[str, str | None]] = []
        self.in_flight = 0
        self.cancelled = 0

    async def __call__(self, direction: Direction, cursor: str | None) -> Page[int]:
        self.fetches.append((direction, cursor))
        if len(self.fetches) > 100:  # a paginator that stopped following cursors fails fast, not by timeout
            raise AssertionError("runaway paging: more than 100 fetches")
        self.in_flight += 1
        try:
            if self.gate is not None:
                await self.gate.wait()
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1
        return numbered_page(self.total, self.size, direction, cursor)


@pytest.mark.parametrize("prefetch", [0, 1, 3])
async def test_forward_paging_yields_every_item_once_in_order(prefetch: int) -> None:
    source = FakeSource(total=23, size=5)
    paginator = AsyncPaginator(source, direction="after", start=None, prefetch=prefetch)
    assert await asyncio.wait_for(paginator.to_list(), 5) == list(range(23))  # a stalled prefetch fails fast
    assert [c for _, c in source.fetches] == [None, "c5", "c10", "c15", "c20"]


async def test_each_iteration_starts_again() -> None:
    paginator = AsyncPaginator(FakeSource(total=4, size=3), direction="after", start=None, prefetch=0)
    assert await paginator.to_list() == [0, 1, 2, 3]
    assert await paginator.to_list() == [0, 1, 2, 3]


async def test_resume_from_saved_cursor() -> None:
    source = FakeSource(total=10, size=4)
    first = await AsyncPaginator(source, direction="after", start=None, prefetch=0).first_page()
    assert first.after == "c4"
    resumed = AsyncPaginator(source, direction="after", start=first.after, prefetch=0)
    assert await resumed.to_list() == list(range(4, 10))


async def test_backward_paging_follows_before() -> None:
    source = FakeSource(total=10, size=4)
    paginator = AsyncPaginator(source, direction="before", start="c10", prefetch=0)
    pages = [page.items async for page in paginator.pages()]
    assert pages == [[6, 7, 8, 9], [2, 3, 4, 5], [0, 1]]


async def test_empty_cursor_ends_iteration() -> None:
    async def fetch(direction: Direction, cursor: str | None) -> Page[int]:
        return Page(items=[1], after="", before=None, total=1)

    assert await AsyncPaginator(fetch, direction="after", start=None, prefetch=0).to_list() == [1]


@pytest.mark.parametrize("prefetch", [0, 2])
async def test_repeated_cursor_raises_pagination_error(prefetch: int) -> None:
    calls = 0

    async def echoing_mock(direction: Direction, cursor: str | None) -> Page[int]:
        nonlocal calls
        calls += 1
        if calls > 10:  # cycle detection broken: fail fast instead of looping until a timeout
            raise AssertionError("runaway paging")
        return Page(items=[calls], after="SAME", before=None, total=10)

    paginator = AsyncPaginator(echoing_mock, direction="after", start=None, prefetch=prefetch)
    seen = []

    async def consume() -> None:
        async for item in paginator:
            seen.append(item)

    with pytest.raises(PaginationError, match="twice"):
        await asyncio.wait_for(consume(), 5)
    assert seen == [1]  # the page that repeated a cursor is not yielded: it repeats earlier items
    assert calls == 2


async def test_cursor_equal_to_start_is_a_cycle() -> None:
    fetched: list[str | None] = []

    async def fetch(direction: Direction, cursor: str | None) -> Page[int]:
        fetched.append(cursor)
        if len(fetched) > 10:
            raise AssertionError("runaway paging")
        return Page(items=[1], after="START", before=None, total=1)

    with pytest.raises(PaginationError, match="page 1 repeated"):
        await AsyncPaginator(fetch, direction="after", start="START", prefetch=0).to_list()
    assert fetched == ["START"]


@pytest.mark.parametrize("prefetch", [1, 2, 4])
async def test_prefetch_bounds_pages_held(prefetch: int) -> None:
    source = FakeSource(total=200, size=10)
    paginator = AsyncPaginator(source, direction="after", start=None, prefetch=prefetch)

    async def consume() -> int:
        consumed = 0
        async for _page in paginator.pages():
            consumed += 1
            for _ in range(5):  # let the producer run as far ahead as it may
                await asyncio.sleep(0)
            fetched_ahead = len(source.fetches) - consumed
            assert fetched_ahead <= prefetch
        return consumed

    assert await asyncio.wait_for(consume(), 5) == 20


async def test_break_cancels_the_prefetch_in_flight() -> None:
    gate = asyncio.Event()
    source = FakeSource(total=100, size=10, gate=gate)
    paginator = AsyncPaginator(source, direction="after", start=None, prefetch=1)
    gate.set()
    async for page in paginator.pages():
        assert page.items[0] == 0
        gate.clear()  # the next fetch now blocks in flight
        for _ in range(5):
            await asyncio.sleep(0)
        assert source.in_flight == 1
        break
    gc.collect()
    for _ in range(5):
        await asyncio.sleep(0)
    assert source.in_flight == 0
    assert source.cancelled == 1


async def test_aclose_cancels_and_ends_iteration() -> None:
    gate = asyncio.Event()
    source = FakeSource(total=100, size=10, gate=gate)
    paginator = AsyncPaginator(source, direction="after", start=None, prefetch=2)
    pages = paginator.pages()
    gate.set()
    await pages.__anext__()
    gate.clear()
    await asyncio.sleep(0)
    await paginator.aclose()
    assert source.in_flight == 0
    with pytest.raises(StopAsyncIteration):
        await pages.__anext__()


async def test_cancelling_the_consumer_cancels_the_producer() -> None:
    gate = asyncio.Event()
    source = FakeSource(total=100, size=10, gate=gate)
    paginator = AsyncPaginator(source, direction="after", start=None, prefetch=1)

    async def consume() -> None:
        async for _ in paginator:
            pass

    task = asyncio.create_task(consume())
    for _ in range(5):
        await asyncio.sleep(0)
    assert source.in_flight == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)
    assert source.in_flight == 0


async def test_errors_from_a_prefetched_page_reach_the_consumer() -> None:
    async def failing(direction: Direction, cursor: str | None) -> Page[int]:
        if cursor:
            raise RuntimeError("boom")
        return Page(items=[1, 2], after="next", before=None, total=4)

    paginator = AsyncPaginator(failing, direction="after", start=None, prefetch=1)
    seen = []

    async def consume() -> None:
        async for item in paginator:
            seen.append(item)

    with pytest.raises(RuntimeError, match="boom"):
        await asyncio.wait_for(consume(), 5)
    assert seen == [1, 2]


@pytest.mark.parametrize("value", [0, 101, -1, True, 1.5, "10"])
def test_bad_limits_are_refused(value: object) -> None:
    with pytest.raises(InvalidParameterError, match="limit"):
        page_limit(value)


def test_limit_none_means_largest_page() -> None:
    assert page_limit(None) == 100
    assert page_limit(1) == 1
    assert page_limit(100) == 100


@pytest.mark.parametrize("prefetch", [-1, True, 1.0])
def test_bad_prefetch_is_refused(prefetch: object) -> None:
    with pytest.raises(InvalidParameterError):
        AsyncPaginator(FakeSource(1, 1), direction="after", start=None, prefetch=prefetch)  # type: ignore[arg-type]
