"""The paging contract, exactly: which cursors are sent, when a cycle is refused, which cursors
cannot be sent back, and what a prefetching iteration yields.

Every page source here is bounded: it fails the test after ``LIMIT`` fetches, so a change that
would make paging loop forever fails fast instead of waiting for a timeout.
"""

from __future__ import annotations

import asyncio
import gc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sequence_async import AsyncPaginator, InvalidParameterError, Page, PaginationError, SequenceClient
from sequence_async._pagination import Direction
from sequence_async._params import MAX_ARGUMENT_BYTES

LIMIT = 50


class Chain:
    """Pages that follow a scripted list of cursors: page ``n`` (0-based) says ``cursors[n]``.

    Items are ``n * 10 + i``; fetching more than ``LIMIT`` pages fails the test.
    """

    def __init__(self, cursors: list[str | None], direction: Direction = "after", size: int = 2) -> None:
        self.cursors, self.direction, self.size = cursors, direction, size
        self.sent: list[str | None] = []

    async def __call__(self, direction: Direction, cursor: str | None) -> Page[int]:
        assert direction == self.direction
        self.sent.append(cursor)
        n = len(self.sent) - 1
        if n >= LIMIT:
            raise AssertionError(f"runaway paging: {n} pages fetched")
        following = self.cursors[n] if n < len(self.cursors) else None
        items = [n * 10 + i for i in range(self.size)]
        if direction == "after":
            return Page(items=items, after=following, before=f"back{n}", total=None)
        return Page(items=items, after=f"fwd{n}", before=following, total=None)


def paginator(chain: Chain, *, start: str | None = None, prefetch: int = 0) -> AsyncPaginator[int]:
    return AsyncPaginator(chain, direction=chain.direction, start=start, prefetch=prefetch)


async def collect(source: AsyncPaginator[int]) -> tuple[list[int], BaseException | None]:
    seen: list[int] = []
    try:
        async for item in source:
            seen.append(item)
    except PaginationError as exc:
        return seen, exc
    return seen, None


@pytest.mark.parametrize("prefetch", [0, 1, 3])
@pytest.mark.parametrize("direction", ["after", "before"])
async def test_cursors_are_followed_in_the_iteration_direction(prefetch: int, direction: Direction) -> None:
    chain = Chain(["k1", "k2", "k3"], direction=direction)
    items, error = await asyncio.wait_for(collect(paginator(chain, start="k0", prefetch=prefetch)), 5)
    assert error is None
    assert chain.sent == ["k0", "k1", "k2", "k3"]
    assert items == [0, 1, 10, 11, 20, 21, 30, 31]


@pytest.mark.parametrize("prefetch", [0, 2])
@pytest.mark.parametrize("start", ["saved-cursor", "s"])
async def test_a_resumed_iteration_counts_its_start_cursor_as_seen(prefetch: int, start: str) -> None:
    """The server leading back to the cursor we resumed from is a cycle, found on the first repeat."""
    chain = Chain(["k1", "k2", start, "k4"])
    items, error = await asyncio.wait_for(collect(paginator(chain, start=start, prefetch=prefetch)), 5)
    assert chain.sent == [start, "k1", "k2"]
    assert items == [0, 1, 10, 11]  # the page that led back is not yielded
    assert str(error) == (
        f"the server returned a cursor twice (page 3 repeated an earlier page's, {len(start)} characters): "
        "following it would loop forever"
    )


@pytest.mark.parametrize("prefetch", [0, 1])
async def test_a_cycle_is_refused_at_the_first_repeated_cursor(prefetch: int) -> None:
    chain = Chain(["a", "bb", "ccc", "a", "bb"])
    items, error = await asyncio.wait_for(collect(paginator(chain, prefetch=prefetch)), 5)
    assert chain.sent == [None, "a", "bb", "ccc"]
    assert items == [0, 1, 10, 11, 20, 21]
    assert isinstance(error, PaginationError)
    assert "page 4 repeated an earlier page's, 1 characters" in str(error)


@settings(max_examples=40)
@given(cycle=st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=8, unique=True), back=st.data())
def test_any_cycle_ends_after_each_cursor_was_sent_once(cycle: list[str], back: st.DataObject) -> None:
    target = back.draw(st.sampled_from(cycle))
    chain = Chain([*cycle, target])
    items, error = asyncio.run(asyncio.wait_for(collect(paginator(chain)), 5))
    assert chain.sent == [None, *cycle]
    assert len(items) == 2 * len(cycle)
    assert isinstance(error, PaginationError)


@pytest.mark.parametrize("end", [None, ""])
@pytest.mark.parametrize("direction", ["after", "before"])
async def test_an_absent_or_empty_cursor_is_the_last_page(end: str | None, direction: Direction) -> None:
    chain = Chain(["x", end, "never"], direction=direction)
    pages = [page async for page in paginator(chain).pages()]
    assert [page.items for page in pages] == [[0, 1], [10, 11]]
    assert chain.sent == [None, "x"]


async def test_the_other_directions_cursor_is_not_followed() -> None:
    async def fetch(direction: Direction, cursor: str | None) -> Page[int]:
        return Page(items=[7], after=None, before="older", total=1)

    assert await AsyncPaginator(fetch, direction="after", start=None, prefetch=0).to_list() == [7]

    async def fetch_back(direction: Direction, cursor: str | None) -> Page[int]:
        return Page(items=[8], after="newer", before="", total=1)

    assert await AsyncPaginator(fetch_back, direction="before", start="z", prefetch=0).to_list() == [8]


async def test_empty_pages_in_the_middle_are_skipped_by_item_iteration() -> None:
    sizes = iter([0, 3, 0, 0, 2, 0])

    async def fetch(direction: Direction, cursor: str | None) -> Page[int]:
        n = int(cursor or "0")
        size = next(sizes)
        return Page(items=[n * 10 + i for i in range(size)], after=str(n + 1) if n < 5 else None, before=None, total=5)

    assert await AsyncPaginator(fetch, direction="after", start=None, prefetch=0).to_list() == [10, 11, 12, 40, 41]


@pytest.mark.parametrize("prefetch", [0, 1])
async def test_cursor_size_limits(prefetch: int) -> None:
    longest = "é" * (MAX_ARGUMENT_BYTES // 2)  # exactly MAX_ARGUMENT_BYTES bytes in UTF-8
    chain = Chain([longest, "ok"])
    assert await asyncio.wait_for(paginator(chain, prefetch=prefetch).to_list(), 5) == [0, 1, 10, 11, 20, 21]
    assert chain.sent == [None, longest, "ok"]

    too_long = "é" * (MAX_ARGUMENT_BYTES // 2) + "x"
    chain = Chain(["first", too_long])
    items, error = await asyncio.wait_for(collect(paginator(chain, prefetch=prefetch)), 5)
    assert items == [0, 1]
    assert str(error) == (
        f"the cursor of page 2 is {MAX_ARGUMENT_BYTES + 1} bytes long (at most {MAX_ARGUMENT_BYTES}): "
        "it cannot be sent back"
    )
    assert chain.sent == [None, "first"]


async def test_a_cursor_that_is_not_valid_unicode_is_refused() -> None:
    chain = Chain(["bad\ud800"])
    items, error = await collect(paginator(chain))
    assert items == []
    assert str(error) == "the cursor of page 1 is not valid Unicode: it cannot be sent back"
    assert error is not None
    assert error.__context__ is None  # a UnicodeEncodeError would carry the cursor (server data) along
    assert chain.sent == [None]


async def test_a_cursor_showing_a_credential_is_sent_back_but_masked_in_reprs() -> None:
    secret = "pg-Secret-4471-value"
    async with SequenceClient("my-id", secret, base_url="http://127.0.0.1:1/api"):
        chain = Chain([f"cur-{secret}"])
        pages = [page async for page in paginator(chain).pages()]
        assert chain.sent == [None, f"cur-{secret}"]
        sent = chain.sent[1]
        assert sent == f"cur-{secret}"
        assert secret not in repr(sent)
        assert secret not in repr(pages[0])


async def test_any_start_cursor_is_handed_to_the_fetcher_as_given() -> None:
    """A custom fetcher may accept what the SDK's own arguments refuse (a lone surrogate...)."""
    for start in ("\udc80resume", "é" * (MAX_ARGUMENT_BYTES + 5)):
        chain = Chain(["k1"])
        assert await paginator(chain, start=start).to_list() == [0, 1, 10, 11]
        assert chain.sent == [start, "k1"]


def test_page_repr_shows_every_field() -> None:
    page = Page(items=[1, "two"], after="a1", before=None, total=12, version="2024-07-30", request_id="req-9")
    assert repr(page) == (
        "Page(items=[1, 'two'], after='a1', before=None, total=12, version='2024-07-30', request_id='req-9')"
    )


@pytest.mark.parametrize("prefetch", [-1, True, 1.5, "2"])
def test_a_bad_prefetch_is_refused_by_name(prefetch: object) -> None:
    with pytest.raises(InvalidParameterError, match=r"^prefetch must be an int between 0 and"):
        AsyncPaginator(Chain([]), direction="after", start=None, prefetch=prefetch)  # type: ignore[arg-type]


@pytest.mark.parametrize("prefetch", [0, 1, 4])
async def test_first_page_fetches_one_page(prefetch: int) -> None:
    chain = Chain(["k1", "k2", "k3"])
    page = await asyncio.wait_for(paginator(chain, start="k0", prefetch=prefetch).first_page(), 5)
    assert page.items == [0, 1]
    assert page.after == "k1"
    assert chain.sent[0] == "k0"
    assert len(chain.sent) <= 1 + prefetch


@pytest.mark.parametrize("prefetch", [0, 2])
async def test_pages_yield_the_servers_pages_then_stop_for_good(prefetch: int) -> None:
    chain = Chain(["k1"])
    pages = paginator(chain, prefetch=prefetch).pages()
    assert pages.__aiter__() is pages
    first = await asyncio.wait_for(pages.__anext__(), 5)  # bounded: a stalled prefetch fails fast
    second = await asyncio.wait_for(pages.__anext__(), 5)
    assert (first.items, first.after, second.items, second.after) == ([0, 1], "k1", [10, 11], None)
    for _ in range(2):
        with pytest.raises(StopAsyncIteration):
            await asyncio.wait_for(pages.__anext__(), 5)
    assert chain.sent == [None, "k1"]


async def test_async_with_closes_every_iteration_of_a_paginator() -> None:
    gate = asyncio.Event()
    fetched = asyncio.Event()
    cancelled: list[str | None] = []

    async def fetch(direction: Direction, cursor: str | None) -> Page[int]:
        if cursor is not None:
            fetched.set()
            try:
                await gate.wait()
            except asyncio.CancelledError:
                cancelled.append(cursor)
                raise
        return Page(items=[1], after=f"{cursor or ''}n", before=None, total=None)

    async with AsyncPaginator(fetch, direction="after", start=None, prefetch=1) as source:
        one, two = source.pages(), source.pages()
        async with one:
            await asyncio.wait_for(one.__anext__(), 5)
            await asyncio.wait_for(fetched.wait(), 5)  # the prefetch of page 2 is in flight
        assert cancelled == ["n"]
        fetched.clear()
        await asyncio.wait_for(two.__anext__(), 5)
        await asyncio.wait_for(fetched.wait(), 5)
    assert cancelled == ["n", "n"]
    for iteration in (one, two):
        with pytest.raises(StopAsyncIteration):
            await asyncio.wait_for(iteration.__anext__(), 5)


def test_dropping_an_iteration_after_its_event_loop_closed_is_silent() -> None:
    """A prefetch still pending when its loop closed cannot be cancelled: dropping it raises nothing."""
    gate = asyncio.Event()

    async def fetch(direction: Direction, cursor: str | None) -> Page[int]:
        if cursor is not None:
            await gate.wait()
        return Page(items=[1], after="next", before=None, total=None)

    loop = asyncio.new_event_loop()
    try:
        pages = AsyncPaginator(fetch, direction="after", start=None, prefetch=1).pages()
        first = loop.run_until_complete(asyncio.wait_for(pages.__anext__(), 5))
        loop.run_until_complete(asyncio.sleep(0))  # the prefetch of page 2 starts and waits
    finally:
        loop.close()
    assert first.items == [1]
    del pages
    gc.collect()  # __del__ runs here: an error in it would fail this test (unraisable exception)
