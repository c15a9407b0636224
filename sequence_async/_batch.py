"""Bounded, adaptive concurrency for batch jobs: map an async function over many items."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Hashable, Iterable, Sized
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .errors import InvalidParameterError, RateLimitError

I = TypeVar("I")  # noqa: E741 - item
R = TypeVar("R")  # result
K = TypeVar("K", bound=Hashable)
ProgressCallback = Callable[[int, int | None], object]


@dataclass(frozen=True, slots=True)
class Outcome(Generic[I, R]):
    """What happened to one item: its ``result``, or the ``error`` it raised."""

    index: int
    item: I
    result: R | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BatchResult(Generic[K, R]):
    """Per-item outcomes of a batch: ``succeeded`` (key -> result), ``failed`` (key -> error)."""

    succeeded: dict[K, R] = field(default_factory=dict)
    failed: dict[K, BaseException] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.succeeded) + len(self.failed)


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
    is called after each item (``total`` is None for an async iterable). Leaving the loop
    early cancels the calls in flight.
    """
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidParameterError("concurrency must be an int >= 1")
    limit = AdaptiveLimit(concurrency, adaptive=adaptive)
    source = _numbered(items)
    total = len(items) if isinstance(items, Sized) else None
    running: dict[asyncio.Task[R], tuple[int, I, int, int]] = {}
    retry_queue: list[tuple[int, I, int]] = []
    finished: dict[int, Outcome[I, R]] = {}
    next_to_yield = 0
    done_count = 0
    exhausted = False
    try:
        while True:
            while len(running) < limit.current and (retry_queue or not exhausted):
                if retry_queue:
                    index, item, tries = retry_queue.pop(0)
                else:
                    numbered = await anext(source, None)
                    if numbered is None:
                        exhausted = True
                        break
                    (index, item), tries = numbered, 0
                running[asyncio.ensure_future(func(item))] = (index, item, tries, limit.generation)
            if not running:
                break
            completed, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in completed:
                index, item, tries, generation = running.pop(task)
                error = task.exception()
                if isinstance(error, RateLimitError):
                    limit.on_rate_limited(generation)
                    if adaptive and tries < rate_limit_requeues:
                        retry_queue.append((index, item, tries + 1))
                        continue
                elif error is None:
                    limit.on_success()
                outcome = Outcome(index, item, None if error else task.result(), error)
                done_count += 1
                if on_progress is not None:
                    on_progress(done_count, total)
                if not ordered:
                    yield outcome
                    continue
                finished[index] = outcome
            while next_to_yield in finished:
                yield finished.pop(next_to_yield)
                next_to_yield += 1
    finally:
        for task in running:
            task.cancel()
        for task in running:
            with contextlib.suppress(BaseException):
                await task


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
    """Collect :func:`concurrent_map` into a :class:`BatchResult` keyed by ``key(item)``."""
    result: BatchResult[K, R] = BatchResult()
    async for outcome in concurrent_map(
        func, items, concurrency=concurrency, ordered=True, on_progress=on_progress, adaptive=adaptive
    ):
        if outcome.error is None:
            result.succeeded[key(outcome.item)] = outcome.result  # type: ignore[assignment]
        else:
            result.failed[key(outcome.item)] = outcome.error
    return result
