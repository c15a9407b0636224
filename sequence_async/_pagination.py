"""Cursor pagination as async iterators, with optional prefetching of the next pages."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Generic, Literal, Self, TypeVar

from ._checks import integer
from ._params import MAX_ARGUMENT_BYTES
from ._secrets import mask_if_revealing, redact_live
from .errors import InvalidParameterError, PaginationError

T = TypeVar("T")
Direction = Literal["after", "before"]


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of results.

    ``after``/``before`` are the server's cursors (pass ``after=page.after`` to resume later);
    ``total`` is ``totalResultSize``; ``version`` is the ``Sequence-Version`` the server used.
    """

    items: list[T]
    after: str | None
    before: str | None
    total: int | None
    version: str | None = None
    request_id: str | None = None

    def __repr__(self) -> str:  # server data may echo a credential: never in a traceback's locals
        return redact_live(
            f"Page(items={self.items!r}, after={self.after!r}, before={self.before!r}, total={self.total!r}, "
            f"version={self.version!r}, request_id={self.request_id!r})"
        )


FetchPage = Callable[[Direction, str | None], Awaitable[Page[T]]]


def next_cursor(page: Page[T], direction: Direction) -> str | None:
    """The cursor to follow in ``direction``, or None at the end (absent or empty)."""
    value = page.after if direction == "after" else page.before
    return value or None


class AsyncPaginator(Generic[T]):
    """Every item across pages: ``async for item in paginator`` or ``async for page in .pages()``.

    Each ``async for`` starts a fresh iteration from the starting cursor (one HTTP request
    per page); an iteration is single-use. ``prefetch=N`` keeps up to N next pages in
    flight or buffered while you work on the current one (at most N+1 pages in memory).
    Breaking out, :meth:`aclose`, or cancelling the consuming task cancels what is in flight.
    """

    def __init__(self, fetch: FetchPage[T], *, direction: Direction, start: str | None, prefetch: int) -> None:
        integer(prefetch, "prefetch", minimum=0, error=InvalidParameterError)
        self._fetch = fetch
        self._direction: Direction = direction
        self._start = start
        self._prefetch = prefetch
        self._live: weakref.WeakSet[PageIterator[T]] = weakref.WeakSet()

    def pages(self) -> PageIterator[T]:
        """Iterate page by page (``Page.items``, ``.after``, ``.before``, ``.total``)."""
        iterator = PageIterator(self._fetch, self._direction, self._start, self._prefetch)
        self._live.add(iterator)
        return iterator

    def __aiter__(self) -> AsyncIterator[T]:
        return _ItemIterator(self.pages())

    async def first_page(self) -> Page[T]:
        """Just the first page."""
        async with self.pages() as pages:  # a fresh iteration yields at least one page, or raises
            return await pages.__anext__()

    async def to_list(self) -> list[T]:
        """Every item, collected (fine for small listings; prefer ``async for`` for large ones)."""
        return [item async for item in self]

    async def aclose(self) -> None:
        """Stop every iteration of this paginator and cancel their in-flight requests."""
        for iterator in list(self._live):
            await iterator.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


class _CursorWalk(Generic[T]):
    """Cursor state of one iteration: follows cursors and refuses to revisit one."""

    def __init__(self, fetch: FetchPage[T], direction: Direction, start: str | None) -> None:
        self.fetch = fetch
        self.direction: Direction = direction
        self.cursor = start
        # Digests, not cursors: a cursor is server data, and may echo anything (a credential...).
        self.seen: set[bytes] = {_digest(start)} if start else set()
        self.exhausted = False
        self.pages = 0

    async def next_page(self) -> Page[T] | None:
        """The page at the current cursor (then advance), or None past the last page."""
        if self.exhausted:
            return None
        page = await self.fetch(self.direction, self.cursor)
        self.pages += 1
        self.cursor = _followable(next_cursor(page, self.direction), self.pages)
        if self.cursor is None:
            self.exhausted = True
            return page
        digest = _digest(self.cursor)
        if digest in self.seen:
            raise PaginationError(
                f"the server returned a cursor twice (page {self.pages} repeated an earlier page's, "
                f"{len(self.cursor)} characters): following it would loop forever"
            )
        self.seen.add(digest)
        return page


def _digest(cursor: str) -> bytes:
    return hashlib.blake2b(cursor.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _followable(cursor: str | None, page: int) -> str | None:
    """The server's cursor if it can be sent back (masked in reprs if it shows a credential)."""
    if cursor is None:  # next_cursor() never gives an empty one
        return None
    try:
        size: int | None = len(cursor.encode("utf-8"))
    except UnicodeEncodeError:
        size = None  # raised outside the handler: the error's context would hold the cursor
    if size is None:
        raise PaginationError(f"the cursor of page {page} is not valid Unicode: it cannot be sent back")
    if size > MAX_ARGUMENT_BYTES:
        raise PaginationError(
            f"the cursor of page {page} is {size} bytes long (at most {MAX_ARGUMENT_BYTES}): it cannot be sent back"
        )
    return mask_if_revealing(cursor)


_Buffered = Page[T] | BaseException | None


async def _produce(walk: _CursorWalk[T], queue: asyncio.Queue[_Buffered[T]], slots: asyncio.Semaphore) -> None:
    """Fetch pages ahead of the consumer; at most ``prefetch`` fetched-or-in-flight pages."""
    try:
        while True:
            await slots.acquire()
            page = await walk.next_page()
            queue.put_nowait(page)
            if page is None:
                return
            if walk.exhausted:
                queue.put_nowait(None)
                return
    except Exception as exc:
        queue.put_nowait(exc)


class PageIterator(Generic[T]):
    """One iteration over pages (single use). Supports ``async with`` and :meth:`aclose`."""

    def __init__(self, fetch: FetchPage[T], direction: Direction, start: str | None, prefetch: int) -> None:
        self._walk = _CursorWalk(fetch, direction, start)
        self._prefetch = prefetch
        self._done = False
        # The prefetch machinery is made on first use: a plain iteration (prefetch=0) needs none.
        self._buffer: tuple[asyncio.Queue[_Buffered[T]], asyncio.Semaphore] | None = None
        # The producer task never references this iterator, so dropping the iterator (a
        # `break`) frees it at once and __del__ can cancel the prefetch.
        self._producer: asyncio.Task[None] | None = None

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Page[T]:
        if self._done:
            raise StopAsyncIteration
        try:
            item = await self._next()
        except BaseException:
            await self.aclose()
            raise
        if item is None:
            await self.aclose()
            raise StopAsyncIteration
        return item

    async def _next(self) -> Page[T] | None:
        if self._prefetch == 0:
            return await self._walk.next_page()
        if self._buffer is None:
            queue: asyncio.Queue[_Buffered[T]] = asyncio.Queue()
            slots = asyncio.Semaphore(self._prefetch)
            self._buffer = queue, slots
            self._producer = asyncio.get_running_loop().create_task(_produce(self._walk, queue, slots))
        queue, slots = self._buffer
        item = await queue.get()
        slots.release()
        if isinstance(item, BaseException):
            raise item
        return item

    async def aclose(self) -> None:
        """Stop this iteration; cancels a prefetch in flight and waits for it to end."""
        self._done = True
        producer, self._producer = self._producer, None
        if producer is not None and not producer.done():
            producer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await producer

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        # Dropped without aclose() (a `break` out of `async for`): cancel the prefetch now.
        producer = self._producer
        if producer is not None and not producer.done():
            with contextlib.suppress(RuntimeError):  # the loop may already be closed
                producer.cancel()


class _ItemIterator(Generic[T]):
    """Flattens a :class:`PageIterator` into items."""

    def __init__(self, pages: PageIterator[T]) -> None:
        self._pages = pages
        self._items: list[T] = []
        self._index = 0

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        while self._index >= len(self._items):
            self._items = (await self._pages.__anext__()).items
            self._index = 0
        item = self._items[self._index]
        self._index += 1
        return item

    async def aclose(self) -> None:
        await self._pages.aclose()
