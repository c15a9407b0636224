"""Bounded, adaptive concurrency for batch jobs: map an async function over many items.

Every item taken from the source gets exactly one outcome (succeeded, failed, already
deleted, or not attempted), even when the source or the progress callback raises (the batch
then stops taking items, lets the calls in flight finish and raises :class:`BatchAbortedError`)
or when the batch is cancelled (the ``CancelledError`` then carries ``partial_result``).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Hashable, Iterable, Iterator, Sized
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._checks import integer
from ._params import not_text
from .errors import AlreadyDeletedError, BatchAbortedError, InvalidParameterError, RateLimitError

I = TypeVar("I")  # noqa: E741 - item
R = TypeVar("R")  # result
K = TypeVar("K", bound=Hashable)
ProgressCallback = Callable[[int, int | None], object]


@dataclass(frozen=True, slots=True)
class Outcome(Generic[I, R]):
    """What happened to one item: its ``result``, the ``error`` it raised, or not ``attempted``."""

    index: int
    item: I
    result: R | None = None
    error: BaseException | None = None
    attempted: bool = True

    @property
    def ok(self) -> bool:
        return self.error is None and self.attempted


@dataclass
class BatchResult(Generic[K, R]):
    """Per-item outcomes of a batch, each key in exactly one group.

    ``succeeded`` (key -> result), ``already_deleted`` (key -> :class:`AlreadyDeletedError`: a
    retried DELETE found it gone, most likely deleted by its own earlier attempt), ``failed``
    (key -> error; an item in flight when the batch was cancelled has a ``CancelledError``: it
    may or may not have been applied) and ``not_attempted`` (taken from the source, never sent,
    or only answered 429, because the batch stopped early).
    """

    succeeded: dict[K, R] = field(default_factory=dict)
    failed: dict[K, BaseException] = field(default_factory=dict)
    already_deleted: dict[K, AlreadyDeletedError] = field(default_factory=dict)
    not_attempted: list[K] = field(default_factory=list)
    _unattempted: set[K] = field(default_factory=set, init=False, repr=False, compare=False)

    @property
    def total(self) -> int:
        return len(self.succeeded) + len(self.failed) + len(self.already_deleted) + len(self.not_attempted)

    def add(self, key: K, outcome: Outcome[Any, R]) -> None:
        """File ``outcome`` under ``key`` in its group (a repeated key keeps its latest outcome only)."""
        self.succeeded.pop(key, None)
        self.failed.pop(key, None)
        self.already_deleted.pop(key, None)
        if key in self._unattempted:
            self._unattempted.discard(key)
            self.not_attempted.remove(key)
        if not outcome.attempted:
            self._unattempted.add(key)
            self.not_attempted.append(key)
        elif isinstance(outcome.error, AlreadyDeletedError):
            self.already_deleted[key] = outcome.error
        elif outcome.error is not None:
            self.failed[key] = outcome.error
        else:
            self.succeeded[key] = outcome.result  # type: ignore[assignment]


class AdaptiveLimit:
    """AIMD concurrency: halve on a rate limit, then +1 per window of successes, up to ``maximum``.

    Like TCP congestion control, it reacts once per congestion event: rate limits hitting
    calls that started before the last decrease (``generation``) do not halve it again.
    """

    def __init__(self, maximum: int, *, adaptive: bool = True) -> None:
        self.maximum = maximum
        self.current = maximum
        self.adaptive = adaptive
        self.generation = 0
        self._successes = 0

    def on_success(self) -> None:
        if not self.adaptive or self.current >= self.maximum:
            return
        self._successes += 1
        if self._successes >= self.current:  # one window ~ one round of in-flight calls
            self._successes = 0
            self.current += 1

    def on_rate_limited(self, started_generation: int) -> None:
        if self.adaptive and started_generation == self.generation:
            self.current = max(1, self.current // 2)
            self.generation += 1
            self._successes = 0


class _Run(Generic[I, R]):
    """The state of one batch: what is in flight, waiting for a retry, done but not yet yielded."""

    def __init__(
        self,
        func: Callable[[I], Awaitable[R]],
        items: Iterable[I] | AsyncIterable[I],
        *,
        concurrency: int,
        ordered: bool,
        on_progress: ProgressCallback | None,
        adaptive: bool,
        rate_limit_requeues: int,
    ) -> None:
        self.func = func
        # A sized collection is iterated synchronously, so a cancelled batch can still list what it held.
        self.items = items
        self.collection: Iterator[I] | None = None  # iter(items) of a sized collection, made on first take
        self.source = None if isinstance(items, Sized) and isinstance(items, Iterable) else _numbered(items)
        self.taken = 0
        self.total = len(items) if isinstance(items, Sized) else None
        self.limit = AdaptiveLimit(concurrency, adaptive=adaptive)
        self.ordered = ordered
        self.on_progress = on_progress
        self.requeues = rate_limit_requeues
        self.running: dict[asyncio.Future[R], tuple[int, I, int, int]] = {}
        # (index, item, tries, the 429 it got): a stopped batch reports the item by that error
        self.retry_queue: deque[tuple[int, I, int, RateLimitError]] = deque()
        self.finished: dict[int, Outcome[I, R]] = {}  # ordered mode: done, waiting for earlier items
        self.next_to_yield = 0
        self.done = 0
        self.exhausted = False  # the source ended or failed: nothing more is taken from it
        self.failure: Exception | None = None  # the source or the callback raised: stop taking items
        self.failed_in = ""

    async def _start_more(self) -> None:
        while self.failure is None and len(self.running) < self.limit.current:
            if self.retry_queue:
                index, item, tries, _ = self.retry_queue.popleft()
            elif self.exhausted:
                return
            else:
                try:
                    numbered = await self._take()
                except Exception as exc:  # the caller's source: reported, not lost; nothing more taken
                    self.failure, self.failed_in, self.exhausted = exc, "the item source", True
                    return
                if numbered is None:
                    self.exhausted = True
                    return
                (index, item), tries = numbered, 0
            task = asyncio.ensure_future(_call(self.func, item))
            self.running[task] = (index, item, tries, self.limit.generation)

    def _complete(self, task: asyncio.Future[R]) -> Outcome[I, R] | None:
        """The outcome of a finished call, or None when it was requeued after a rate limit."""
        index, item, tries, generation = self.running.pop(task)
        error = task.exception()
        if isinstance(error, RateLimitError):
            self.limit.on_rate_limited(generation)
            if self.limit.adaptive and tries < self.requeues:
                self.retry_queue.append((index, item, tries + 1, error))
                return None
        elif error is None:
            self.limit.on_success()
        self.done += 1
        if self.on_progress is not None and self.failure is None:
            try:
                self.on_progress(self.done, self.total)
            except Exception as exc:  # the caller's callback: reported, not lost
                self.failure, self.failed_in = exc, "on_progress"
        return Outcome(index, item, None if error else task.result(), error)

    async def outcomes(self) -> AsyncIterator[Outcome[I, R]]:
        while True:
            await self._start_more()
            if not self.running:
                break
            completed, _ = await asyncio.wait(self.running, return_when=asyncio.FIRST_COMPLETED)
            for task in sorted(completed, key=lambda t: self.running[t][0]):
                outcome = self._complete(task)
                if outcome is None:
                    continue
                if not self.ordered:
                    yield outcome
                else:
                    self.finished[outcome.index] = outcome
            while self.next_to_yield in self.finished:
                yield self.finished.pop(self.next_to_yield)
                self.next_to_yield += 1
        for outcome in self._not_attempted():
            yield outcome
        if self.failure is not None:
            message = f"the batch stopped: {self.failed_in} raised {type(self.failure).__name__}"
            raise BatchAbortedError(message) from self.failure

    async def _take(self) -> tuple[int, I] | None:
        if self.source is not None:
            return await anext(self.source, None)
        if self.collection is None:
            self.collection = iter(self.items)  # type: ignore[arg-type]
        for item in self.collection:
            self.taken += 1
            return self.taken - 1, item
        return None

    def _not_attempted(self) -> list[Outcome[I, R]]:
        """A stopped batch's requeued items and the rest of a collection given in full (all taken
        from the caller), merged in order with the buffered outcomes."""
        for index, item, _, error in self.retry_queue:
            # Only 429s, which apply nothing; unless an earlier attempt of that call may have.
            applied = error.maybe_applied
            self.finished[index] = (
                Outcome(index, item, error=error) if applied else Outcome(index, item, attempted=False)
            )
        self.retry_queue.clear()
        if self.collection is not None and not self.exhausted:
            # The rest of a collection given in full (never read past its end or a failure); if
            # iterating it fails now, what it held past that point was never taken.
            with contextlib.suppress(Exception):
                for item in self.collection:
                    self.finished[self.taken] = Outcome(self.taken, item, attempted=False)
                    self.taken += 1
        return [self.finished.pop(index) for index in sorted(self.finished)]

    def leftovers(self) -> list[Outcome[I, R]]:
        """After a cancellation: what was never yielded, with calls in flight as cancelled failures."""
        for index, item, _, _ in self.running.values():
            self.finished[index] = Outcome(index, item, error=asyncio.CancelledError("the batch was cancelled"))
        return self._not_attempted()

    async def cancel_running(self) -> None:
        tasks = list(self.running)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task


async def _call(func: Callable[[I], Awaitable[R]], item: I) -> R:
    return await func(item)  # inside the task: even a synchronous raise becomes this item's outcome


def _check(func: object, concurrency: object, on_progress: object, items: object) -> None:
    if not callable(func):
        raise InvalidParameterError(f"func must be callable, got {type(func).__name__}")
    integer(concurrency, "concurrency", minimum=1, error=InvalidParameterError)
    if on_progress is not None and not callable(on_progress):
        raise InvalidParameterError("on_progress must be callable or None")
    not_text(items, "items")
    if not isinstance(items, Iterable | AsyncIterable):
        raise InvalidParameterError(f"items must be an iterable or async iterable, got {type(items).__name__}")


async def concurrent_map(
    func: Callable[[I], Awaitable[R]],
    items: Iterable[I] | AsyncIterable[I],
    *,
    concurrency: int = 16,
    ordered: bool = True,
    on_progress: ProgressCallback | None = None,
    adaptive: bool = True,
    rate_limit_requeues: int = 3,
) -> AsyncIterator[Outcome[I, R]]:
    """Run ``func`` over ``items`` with at most ``concurrency`` calls in flight.

    Yields an :class:`Outcome` per item, in input order (``ordered=True``) or as completed.
    A failing item never stops the others. With ``adaptive``, a :class:`RateLimitError`
    halves the concurrency (then it grows back by one per window of successes) and the item
    is tried again later, up to ``rate_limit_requeues`` times. ``on_progress(done, total)``
    is called after each item (``total`` is None for an async iterable). If the source or
    ``on_progress`` raises, no new item starts, the calls in flight finish and are yielded,
    requeued items are yielded as not attempted, then :class:`BatchAbortedError` is raised.
    Leaving the loop early cancels the calls in flight.
    """
    _check(func, concurrency, on_progress, items)
    integer(rate_limit_requeues, "rate_limit_requeues", minimum=0, error=InvalidParameterError)
    run = _Run(
        func,
        items,
        concurrency=concurrency,
        ordered=ordered,
        on_progress=on_progress,
        adaptive=adaptive,
        rate_limit_requeues=rate_limit_requeues,
    )
    try:
        async for outcome in run.outcomes():
            yield outcome
    finally:
        await run.cancel_running()


async def _numbered(items: Iterable[I] | AsyncIterable[I]) -> AsyncIterator[tuple[int, I]]:
    index = 0
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield index, item
            index += 1
    else:
        for item in items:
            yield index, item
            index += 1


async def run_batch(
    func: Callable[[I], Awaitable[R]],
    items: Iterable[I] | AsyncIterable[I],
    *,
    key: Callable[[I], K],
    concurrency: int = 16,
    on_progress: ProgressCallback | None = None,
    adaptive: bool = True,
) -> BatchResult[K, R]:
    """Collect :func:`concurrent_map` into a :class:`BatchResult` keyed by ``key(item)``.

    If the batch stops early, the raised :class:`BatchAbortedError` (or, when the batch is
    cancelled, the ``CancelledError``) has the accounting so far as ``partial_result``.
    """
    _check(func, concurrency, on_progress, items)
    if not callable(key):
        raise InvalidParameterError(f"key must be callable, got {type(key).__name__}")
    run = _Run(
        func,
        items,
        concurrency=concurrency,
        ordered=True,
        on_progress=on_progress,
        adaptive=adaptive,
        rate_limit_requeues=3,
    )
    result: BatchResult[K, R] = BatchResult()

    def file(outcome: Outcome[I, R]) -> None:
        try:
            result.add(key(outcome.item), outcome)
        except Exception as exc:  # the caller's key function: stop the batch, lose nothing else
            if run.failure is None:
                run.failure, run.failed_in = exc, "key"

    try:
        async for outcome in run.outcomes():
            file(outcome)
    except BatchAbortedError as exc:
        exc.partial_result = result
        raise
    except asyncio.CancelledError as exc:
        for outcome in run.leftovers():
            file(outcome)
        exc.partial_result = result  # type: ignore[attr-defined]
        raise
    finally:
        await run.cancel_running()
    return result
