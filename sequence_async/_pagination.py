"""Cursor pagination as async iterators, with optional prefetching and a resumable position.

Resumable listing (``checkpoint=``): the paginator saves, under a step name, the cursor of
the next page once the consumer has taken every item of a page, and ``done`` once paging
ends. A fresh iteration with the same store and step starts where the last one stopped.
Delivery is at-least-once: items of a page partly consumed when the process died are
delivered again; items of a page taken in full are not.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Generic, Literal, Protocol, Self, TypeVar

from ._checkpoint import checked_step, checked_store
from ._checks import integer
from ._params import MAX_ARGUMENT_BYTES
from ._secrets import mask_if_revealing, redact_live
from .errors import InvalidParameterError, PaginationError, SequenceError

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


class PositionStore(Protocol):
    """What a resumable listing needs of a store (a ``CheckpointStore`` has both methods).

    ``save_position`` must be durable when its await returns; a position is an opaque str.
    """

    async def load_position(self, step: str) -> str | None:
        """The position last saved for ``step``, or None."""
        ...

    async def save_position(self, step: str, position: str) -> None:
        """Save ``position`` for ``step`` (replacing the previous one)."""
        ...


_FORMAT = "v1"
_DONE = f"{_FORMAT}:done"
_SHOWN_STEP = 200  # characters of a step name shown in an error (a step may embed a long filter value)


@dataclass(frozen=True, slots=True)
class Position:
    """Where one resumable listing keeps its place: in ``store``, under ``step``.

    Saved form: ``v1:<direction>:<seal>:<cursor>``, or ``v1:done`` once paging ended. The seal
    (a digest of step, direction and cursor) catches a position edited by hand, truncated, or
    copied from another step before anything is sent.
    """

    store: PositionStore
    step: str
    direction: Direction

    async def load(self) -> tuple[bool, str | None]:
        """``(finished, cursor)``: ``(False, None)`` when nothing was saved (start at the start)."""
        try:
            saved = await self.store.load_position(self.step)
        except SequenceError:
            raise  # a store's own typed error (a CheckpointError naming its file) says more than ours
        except Exception as exc:
            raise PaginationError(
                f"the checkpoint failed to load the position of step {self.shown}: {type(exc).__name__}"
            ) from exc
        if saved is None:
            return False, None
        if not isinstance(saved, str):
            raise PaginationError(f"the saved position of step {self.shown} is a {type(saved).__name__}, not a str")
        if saved == _DONE:
            return True, None
        return False, self._cursor_of(saved)

    async def save(self, cursor: str | None) -> None:
        """Save ``cursor`` as the place to resume from (None: paging ended)."""
        position = _DONE if cursor is None else f"{_FORMAT}:{self.direction}:{self._seal(cursor)}:{cursor}"
        try:
            await self.store.save_position(self.step, position)
        except SequenceError:
            raise
        except Exception as exc:
            raise PaginationError(
                f"the checkpoint failed to save the position of step {self.shown} ({type(exc).__name__}): "
                "a rerun resumes from the position saved before"
            ) from exc

    @property
    def shown(self) -> str:
        """The step name for an error message: cut short, credentials of live clients redacted."""
        step = redact_live(self.step)  # before cutting: a credential across the cut goes whole
        return repr(step if len(step) <= _SHOWN_STEP else step[:_SHOWN_STEP] + "...")

    def _seal(self, cursor: str) -> str:
        text = f"{self.step}\0{self.direction}\0{cursor}"
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()

    def _cursor_of(self, saved: str) -> str:
        """The cursor in a saved position, checked like a server's cursor before it is sent."""
        parts = saved.split(":", 3)
        if len(parts) != 4 or parts[0] != _FORMAT or parts[1] not in ("after", "before"):
            raise PaginationError(f"the saved position of step {self.shown} is not one this SDK saved")
        direction, seal, cursor = parts[1:]
        if direction != self.direction:
            raise PaginationError(
                f"the saved position of step {self.shown} pages {direction!r}, this listing pages {self.direction!r}"
            )
        try:
            size: int | None = len(cursor.encode("utf-8"))
        except UnicodeEncodeError:
            size = None  # raised outside the handler: the error's context would hold the cursor
        if size is None:
            raise PaginationError(f"the saved cursor of step {self.shown} is not valid Unicode: it cannot be sent")
        if size > MAX_ARGUMENT_BYTES or not cursor.strip():
            raise PaginationError(
                f"the saved cursor of step {self.shown} is {size} bytes long (1 to {MAX_ARGUMENT_BYTES}): "
                "it cannot be sent"
            )
        if seal != self._seal(cursor):
            raise PaginationError(
                f"the saved position of step {self.shown} does not match its seal: "
                "it was altered, or saved for another step"
            )
        return mask_if_revealing(cursor)


def checked_position(checkpoint: object, step: object, direction: Direction) -> Position | None:
    """The :class:`Position` of a listing, or None without a checkpoint; bad arguments refused."""
    if checkpoint is None:
        if step is not None:
            raise InvalidParameterError("step is only meaningful with a checkpoint")
        return None
    checked_store(checkpoint, ("load_position", "save_position"))
    return Position(checkpoint, checked_step(step), direction)  # type: ignore[arg-type]  # checked structurally


class AsyncPaginator(Generic[T]):
    """Every item across pages: ``async for item in paginator`` or ``async for page in .pages()``.

    Each ``async for`` starts a fresh iteration from the starting cursor (one HTTP request
    per page); an iteration is single-use. ``prefetch=N`` keeps up to N next pages in
    flight or buffered while you work on the current one (at most N+1 pages in memory).
    Breaking out, :meth:`aclose`, or cancelling the consuming task cancels what is in flight.

    With ``checkpoint=store, step=name`` each iteration starts from the position saved under
    ``name`` instead (nothing saved yet: from the starting cursor). Once the consumer asks for
    the next item (or page) beyond a page, the cursor of the next page is saved, before that
    page is handed over; when paging ends, a "done" marker is saved, and a later iteration
    yields nothing (use a new step name, or clear the store, to list again). Saving follows
    consumption, not fetching: prefetched pages are not counted as consumed. So delivery is
    at-least-once: after a crash, the items of the page being consumed are delivered again,
    and those of pages taken in full are not. One consumer per step at a time. A saved
    position that cannot be sent (altered, too long, not valid Unicode, saved for another
    step or direction) raises :class:`PaginationError` naming the step before any request;
    a store that raises its own exception raises :class:`PaginationError` too (``__cause__``
    holds it), leaving the position saved before it in place.
    """

    def __init__(
        self,
        fetch: FetchPage[T],
        *,
        direction: Direction,
        start: str | None,
        prefetch: int,
        checkpoint: PositionStore | None = None,
        step: str | None = None,
    ) -> None:
        integer(prefetch, "prefetch", minimum=0, error=InvalidParameterError)
        self._fetch = fetch
        self._direction: Direction = direction
        self._start = start
        self._prefetch = prefetch
        self._position = checked_position(checkpoint, step, direction)
        self._live: weakref.WeakSet[PageIterator[T]] = weakref.WeakSet()

    @property
    def step(self) -> str | None:
        """The step name the position is saved under (None without a checkpoint)."""
        return None if self._position is None else self._position.step

    def pages(self) -> PageIterator[T]:
        """Iterate page by page (``Page.items``, ``.after``, ``.before``, ``.total``)."""
        iterator = PageIterator(self._fetch, self._direction, self._start, self._prefetch, self._position)
        self._live.add(iterator)
        return iterator

    def __aiter__(self) -> AsyncIterator[T]:
        return _ItemIterator(self.pages())

    async def first_page(self) -> Page[T]:
        """Just the first page (with a checkpoint: the page at the saved position, not marked
        consumed; an empty page if the step is done)."""
        async with self.pages() as pages:  # yields at least one page, or raises, unless the step is done
            async for page in pages:
                return page
        return Page(items=[], after=None, before=None, total=None)

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


# Empty pages in a row that still point further: a server may skip a few (filtered records);
# an endless run of them would page forever without giving the caller's loop a turn.
MAX_EMPTY_PAGES = 100


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
        self.empty_in_a_row = 0

    def restart(self, cursor: str) -> None:
        """Start from ``cursor`` instead (a saved position), before any page is fetched."""
        self.cursor = cursor
        self.seen = {_digest(cursor)}

    async def next_page(self) -> Page[T] | None:
        """The page at the current cursor (then advance), or None past the last page."""
        if self.exhausted:
            return None
        page = await self.fetch(self.direction, self.cursor)
        self.pages += 1
        self.empty_in_a_row = 0 if page.items else self.empty_in_a_row + 1
        if self.empty_in_a_row > MAX_EMPTY_PAGES:
            raise PaginationError(
                f"the server sent {self.empty_in_a_row} empty pages in a row, each with a new cursor "
                f"(page {self.pages}): following them could go on forever"
            )
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


def cursor_digest(cursor: str) -> str:
    """A short stand-in for a cursor in a step name (hex)."""
    return _digest(cursor).hex()


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
    except asyncio.CancelledError as exc:
        task = asyncio.current_task()
        if task is not None and task.cancelling():
            raise  # aclose() stopping the prefetch: nobody waits for a page any more
        queue.put_nowait(exc)  # raised inside a fetch (a hook): the consumer gets it, as without prefetch
    except BaseException as exc:  # whatever a fetch raises reaches the consumer, which would wait forever otherwise
        queue.put_nowait(exc)


class PageIterator(Generic[T]):
    """One iteration over pages (single use). Supports ``async with`` and :meth:`aclose`."""

    def __init__(
        self,
        fetch: FetchPage[T],
        direction: Direction,
        start: str | None,
        prefetch: int,
        position: Position | None = None,
    ) -> None:
        self._walk = _CursorWalk(fetch, direction, start)
        self._prefetch = prefetch
        self._done = False
        self._position = position
        self._resumed = False
        # (cursor of the page after the last one handed over,) -- saved when the consumer asks
        # for more, i.e. once it is done with that page; (None,) saves "done".
        self._owed: tuple[str | None] | None = None
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
            item = await self._advance()
        except BaseException:
            await self.aclose()
            raise
        if item is None:
            await self.aclose()
            raise StopAsyncIteration
        return item

    async def _advance(self) -> Page[T] | None:
        """The next page, with the position saved and loaded around it when there is a checkpoint."""
        position = self._position
        if position is None:
            return await self._next()
        if not self._resumed:
            self._resumed = True
            finished, cursor = await position.load()
            if finished:
                return None
            if cursor is not None:
                self._walk.restart(cursor)
        elif self._owed is not None:
            (cursor,) = self._owed
            await position.save(cursor)
            self._owed = None
        page = await self._next()
        if page is not None:
            self._owed = (next_cursor(page, self._walk.direction),)  # followable: the walk checked it
        return page

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

    def __del__(self) -> None:  # pragma: no mutate block
        # Dropped without aclose() (a `break` out of `async for`): cancel the prefetch now.
        # Not mutated (make mutate): mutmut's stats phase runs every mutated function through a
        # trampoline that sets a ContextVar, and a finalizer that a garbage collection runs in
        # the middle of another such set frees the context's map under it: a segfault
        # (python/cpython#148891), every run at test_resources_contract's delete_many test.
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
