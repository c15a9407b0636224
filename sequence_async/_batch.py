"""Bounded, adaptive concurrency for batch jobs: map an async function over many items.

Every item taken from the source gets exactly one outcome (succeeded, failed, already
deleted, or not attempted), even when the source or the progress callback raises (the batch
then stops taking items, lets the calls in flight finish and raises :class:`BatchAbortedError`)
or when the batch is cancelled (the ``CancelledError`` then carries ``partial_result``).

With a checkpoint store, each item's state is recorded: "started" before its call is sent,
"pending" when a 429 that applied nothing requeues it, its outcome before that outcome is
yielded, filed or reported to ``on_progress`` ("failed" or, when an attempt may have been
applied, "failed_maybe_applied"). A rerun with the same store skips the items that succeeded (or
were already deleted) and tries the failed ones again (unless ``retry_failed=False``), keeping
their recorded failure until the new outcome; an item left "started" or "pending" is sent again.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Hashable, Iterable, Iterator, Sized
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._checkpoint import (
    DONE,
    FAILED,
    STREAM,
    TOUCHED,
    UNSAFE,
    CheckpointStore,
    checked_states,
    checked_step,
    checked_store,
    fingerprint,
)
from ._checks import integer
from ._params import not_text
from ._secrets import redact_live
from ._write_marks import UNSAFE_WRITES
from .errors import (
    AlreadyDeletedError,
    BatchAbortedError,
    CheckpointError,
    InvalidParameterError,
    MaybeAppliedError,
    PreviouslyFailedError,
    RateLimitError,
)

I = TypeVar("I")  # noqa: E741 - item
R = TypeVar("R")  # result
K = TypeVar("K", bound=Hashable)
ProgressCallback = Callable[[int, int | None], object]
ORDERED_WINDOW = 4  # outcomes buffered per unit of concurrency behind a slow early item (ordered=True)


@dataclass(frozen=True, slots=True)
class Outcome(Generic[I, R]):
    """What happened to one item: its ``result``, the ``error`` it raised, or not ``attempted``.

    ``resumed`` is the state a checkpoint recorded for an item done by an earlier run
    ("succeeded" or "already_deleted"): it was not called again, and ``result`` is None.
    """

    index: int
    item: I
    result: R | None = None
    error: BaseException | None = None
    attempted: bool = True
    resumed: str | None = None

    @property
    def ok(self) -> bool:
        """True if the call was made and succeeded."""
        return self.error is None and self.attempted

    def __repr__(self) -> str:  # an item or result may show a credential: never in a traceback's locals
        return redact_live(
            f"Outcome(index={self.index!r}, item={self.item!r}, result={self.result!r}, error={self.error!r}, "
            f"attempted={self.attempted!r}, resumed={self.resumed!r})"
        )


@dataclass
class BatchResult(Generic[K, R]):
    """Per-item outcomes of a batch, each key in exactly one group.

    ``succeeded`` (key -> result), ``already_deleted`` (key -> :class:`AlreadyDeletedError`: a
    retried DELETE found it gone, most likely deleted by its own earlier attempt), ``failed``
    (key -> error; an item in flight when the batch was cancelled has a ``CancelledError``: it
    may or may not have been applied) and ``not_attempted`` (taken from the source, never sent,
    or only answered 429, because the batch stopped early). With a checkpoint, ``resumed`` (key ->
    recorded state) holds the items an earlier run completed, so that across all runs every item
    is counted exactly once.
    """

    succeeded: dict[K, R] = field(default_factory=dict)
    failed: dict[K, BaseException] = field(default_factory=dict)
    already_deleted: dict[K, AlreadyDeletedError] = field(default_factory=dict)
    not_attempted: list[K] = field(default_factory=list)
    resumed: dict[K, str] = field(default_factory=dict)
    _unattempted: set[K] = field(default_factory=set, init=False, repr=False, compare=False)

    def __repr__(self) -> str:  # a careless caller's id or a result may show a credential
        return redact_live(
            f"BatchResult(succeeded={self.succeeded!r}, failed={self.failed!r}, "
            f"already_deleted={self.already_deleted!r}, not_attempted={self.not_attempted!r}, "
            f"resumed={self.resumed!r})"
        )

    @property
    def total(self) -> int:
        """How many keys this result covers (each in exactly one group)."""
        groups = (self.succeeded, self.failed, self.already_deleted, self.not_attempted, self.resumed)
        return sum(len(group) for group in groups)

    def add(self, key: K, outcome: Outcome[Any, R]) -> None:
        """File ``outcome`` under ``key`` in its group (a repeated key keeps its latest outcome only)."""
        self.succeeded.pop(key, None)
        self.failed.pop(key, None)
        self.already_deleted.pop(key, None)
        self.resumed.pop(key, None)
        if key in self._unattempted:
            self._unattempted.discard(key)
            self.not_attempted.remove(key)
        if outcome.resumed is not None:
            self.resumed[key] = outcome.resumed
        elif not outcome.attempted:
            self._unattempted.add(key)
            self.not_attempted.append(key)
        elif isinstance(outcome.error, AlreadyDeletedError):
            self.already_deleted[key] = outcome.error
        elif outcome.error is not None:
            self.failed[key] = outcome.error
        else:
            self.succeeded[key] = outcome.result  # type: ignore[assignment]


def batch_counts(result: BatchResult[Any, Any]) -> dict[str, int]:
    """A batch span's attributes: how many items ended in each group."""
    return {
        "sequence.batch.succeeded": len(result.succeeded),
        "sequence.batch.already_deleted": len(result.already_deleted),
        "sequence.batch.failed": len(result.failed),
        "sequence.batch.resumed": len(result.resumed),
    }


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
        """A call succeeded: grow the limit by one (up to ``maximum``) when adaptive."""
        if not self.adaptive or self.current >= self.maximum:
            return
        self._successes += 1
        if self._successes >= self.current:  # one window ~ one round of in-flight calls
            self._successes = 0
            self.current += 1

    def on_rate_limited(self, started_generation: int) -> None:
        """A call started at ``started_generation`` was rate limited: halve the limit, once per generation."""
        if self.adaptive and started_generation == self.generation:
            self.current = max(1, self.current // 2)
            self.generation += 1
            self._successes = 0


class _Journal(Generic[I]):
    """A batch's use of a checkpoint store: its step, each item's key and the states recorded."""

    def __init__(
        self, store: CheckpointStore, step: str, key: Callable[[I], object], retry_failed: bool, resend: bool
    ) -> None:
        self.store = store
        self.step = step
        self.key = key
        self.retry_failed = retry_failed
        self.resend_maybe_applied = resend
        self.states: dict[str, str] = {}
        self.claim: tuple[int, str] | None = None  # (the store's id, the step) while this batch runs

    def key_of(self, item: I) -> str:
        key = self.key(item)
        if not isinstance(key, str):
            raise InvalidParameterError(f"key must return a str with a checkpoint, got {type(key).__name__}")
        return key

    async def open(self, items: Iterable[I] | AsyncIterable[I]) -> None:
        """Begin or resume the step; a sized collection's keys are its fingerprint (checked up front)."""
        mark = STREAM
        if isinstance(items, Sized) and isinstance(items, Iterable):
            try:
                collected = list(items)
            except Exception as exc:  # the caller's collection: typed, nothing sent
                raise BatchAbortedError(_before("the item source", exc)) from exc
            try:
                mark = fingerprint([self.key_of(item) for item in collected])
            except InvalidParameterError:
                raise
            except Exception as exc:  # the caller's key function
                raise BatchAbortedError(_before("key", exc)) from exc
        self._claim()
        try:
            states = await self.store.open_step(self.step, mark)
        except CheckpointError:
            raise
        except Exception as exc:  # the caller's store: typed, nothing sent
            raise BatchAbortedError(_before("the checkpoint", exc)) from exc
        self.states = checked_states(states)

    def _claim(self) -> None:
        """One running batch per step of a store: two would each send what the other is sending
        (each reads the step's states once). Another process is kept out by the store (a file lock)."""
        claim = (id(_root(self.store)), self.step)
        if claim in _RUNNING_STEPS:
            raise CheckpointError(
                f"step {_shown(self.step)} of this checkpoint is in use by another batch still running; "
                "give each batch its own step"
            )
        _RUNNING_STEPS.add(claim)
        self.claim = claim

    def release(self) -> None:
        if self.claim is not None:
            _RUNNING_STEPS.discard(self.claim)
            self.claim = None

    async def record(self, key: str, outcome: Outcome[I, Any], writes: _ItemWrites | None) -> None:
        """Record the outcome; ``writes``: what the item's writes that nothing makes safe to resend did."""
        if outcome.error is None:
            state = "succeeded"
        elif isinstance(outcome.error, AlreadyDeletedError):
            state = "already_deleted"
        else:  # only an error that says an attempt may have been applied (SDK errors do) is recorded so
            applied = getattr(outcome.error, "maybe_applied", False) is True
            if writes is not None and writes.maybe_applied:
                state = "write_maybe_applied"  # such a write may have been applied: never resent unasked
            else:
                state = "failed_maybe_applied" if applied else "failed"
        await self.store.record(self.step, key, state)


_RUNNING_STEPS: set[tuple[int, str]] = set()  # (id of a store, step) of the batches running in this process


def _root(store: object) -> object:
    """The store a wrapper (``wrapped``) stands for: the one whose steps are claimed."""
    while (inner := getattr(store, "wrapped", None)) is not None:
        store = inner
    return store


def _shown(text: str) -> str:
    return repr(text[:80] + "...") if len(text) > 80 else repr(text)


class _ItemWrites:
    """One item's writes that nothing makes safe to resend, as the pipeline reports them: the
    first records "write_sent" before it goes out; ``maybe_applied`` once one may have been applied
    (answered 2xx, failed after it may have reached the API, or cancelled in flight)."""

    def __init__(self, run: _Run[Any, Any], journal: _Journal[Any] | None, index: int) -> None:
        self.run = run
        self.journal = journal
        self.index = index
        self.sent = 0
        self.maybe_applied = False

    async def before(self) -> None:
        key = self.run.keys.get(self.index)
        if self.journal is None or key is None:
            self.sent += 1
            return
        if self.sent == 0:
            try:
                await self.journal.store.record(self.journal.step, key, "write_sent")
            except Exception as exc:  # the store: this write is not sent; the batch stops
                if self.run.failure is None:
                    self.run.failure, self.run.failed_in = exc, "the checkpoint"
                raise _NotSent("the checkpoint failed before the write was sent") from exc
        self.sent += 1

    def after(self, maybe_applied: bool) -> None:
        self.maybe_applied = self.maybe_applied or maybe_applied


def _before(where: str, exc: Exception) -> str:
    return f"the batch stopped before sending anything: {where} raised {type(exc).__name__}"


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
        journal: _Journal[I] | None = None,
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
        # Ordered mode holds outcomes that finished before an earlier one; at most this many, then
        # no new item starts until the early one is done (memory stays bounded behind a stuck call).
        self.window = ORDERED_WINDOW * concurrency
        self.on_progress = on_progress
        self.requeues = rate_limit_requeues
        self.journal = journal
        self.keys: dict[int, str] = {}  # with a checkpoint: index -> key of each item sent in this run
        # indexes of items an earlier run failed: their recorded failure stays until the new outcome
        self.keep: set[int] = set()
        self.requeued: list[tuple[int, RateLimitError]] = []  # 429s requeued since the last _mark_pending
        self.resend: set[int] = set()  # recorded "pending": "started" is recorded again before the resend
        self.unsafe: dict[int, _ItemWrites] = {}  # index -> what its writes nothing makes safe to resend did
        self.running: dict[asyncio.Future[R], tuple[int, I, int, int]] = {}
        # (index, item, tries, the 429 it got): a stopped batch reports the item by that error
        self.retry_queue: deque[tuple[int, I, int, RateLimitError]] = deque()
        # Outcomes known but not yet recorded, reported and yielded (a cancellation still lists them).
        self.pending: deque[Outcome[I, R]] = deque()
        self.unsent: list[tuple[int, I]] = []  # taken, then not sent because the checkpoint or key failed
        self.finished: dict[int, Outcome[I, R]] = {}  # ordered mode: done, waiting for earlier items
        self.next_to_yield = 0
        self.done = 0
        self.exhausted = False  # the source ended or failed: nothing more is taken from it
        self.failure: Exception | None = None  # the source or the callback raised: stop taking items
        self.failed_in = ""

    async def _start_more(self) -> None:
        while self.failure is None and len(self.running) + len(self.pending) < self.limit.current:
            if self.retry_queue:
                index, item, tries, _ = self.retry_queue.popleft()
                if index in self.resend and not await self._restart(index, item):
                    continue
            elif self.exhausted:
                return
            elif self.ordered and self.running and len(self.finished) >= self.window:
                return  # a slow early item: the outcomes waiting behind it must not grow without bound
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
                if self.journal is not None and not await self._begin(self.journal, index, item):
                    continue
            # What the item's unsafe writes did (with or without a checkpoint: a requeue after a
            # 429 must not resend an applied one); a requeued item keeps it.
            writes = self.unsafe.get(index) or _ItemWrites(self, self.journal, index)
            self.unsafe[index] = writes
            task = asyncio.ensure_future(_call(self.func, item, writes))
            self.running[task] = (index, item, tries, self.limit.generation)

    async def _begin(self, journal: _Journal[I], index: int, item: I) -> bool:
        """Whether to send the item: not if an earlier run completed it (or failed it, without
        ``retry_failed``); else "started" is recorded first, so a kill leaves it to be sent again."""
        try:
            key = journal.key_of(item)
        except Exception as exc:  # the caller's key function: stop, this item unsent
            self.failure, self.failed_in = exc, "key"
            self.unsent.append((index, item))
            return False
        state = journal.states.get(key)
        if state in DONE:
            self.pending.append(Outcome(index, item, resumed=state))
            return False
        if state in UNSAFE:
            if not journal.resend_maybe_applied:  # never applied twice: reported, not sent
                self.pending.append(Outcome(index, item, error=MaybeAppliedError(key)))
                return False
            if state == "write_sent":  # resent as asked; its state stays until its own records
                self.keep.add(index)  # (a run stopped before the write must leave "write_sent")
                self.keys[index] = key
                return True
        if state in FAILED or state == "write_maybe_applied":
            if not journal.retry_failed:
                self.pending.append(Outcome(index, item, error=PreviouslyFailedError(key)))
                return False
            # Not overwritten by "started": a kill during the retry must not turn an earlier
            # failure that applied nothing into "maybe applied" (a 404 would then read as deleted).
            self.keep.add(index)
            self.keys[index] = key
            return True
        if not await self._store(journal, index, item, key, "started"):
            return False
        self.keys[index] = key
        return True

    async def _store(self, journal: _Journal[I], index: int, item: I, key: str, state: str) -> bool:
        """Record ``state``; if the store fails, the batch stops like a raising source, this item unsent."""
        try:
            await journal.store.record(journal.step, key, state)
        except BaseException as exc:  # cancelled too: taken from the source, never sent, accounted for
            if self.failure is None and isinstance(exc, Exception):
                self.failure, self.failed_in = exc, "the checkpoint"
            self.unsent.append((index, item))
            self.keys.pop(index, None)
            self.resend.discard(index)
            if not isinstance(exc, Exception):
                raise
            return False
        return True

    async def _restart(self, index: int, item: I) -> bool:
        """Record "started" again before resending an item recorded "pending" (after a 429)."""
        self.resend.discard(index)
        assert self.journal is not None  # only items with a key are marked for a resend
        return await self._store(self.journal, index, item, self.keys[index], "started")

    async def _mark_pending(self) -> None:
        """Record "pending" for the items just requeued after a 429 that applied nothing: a rerun
        after a kill or a stop then sends them as new (a 404 is a failure, not already deleted)."""
        requeued, self.requeued = self.requeued, []
        if self.journal is None:
            return
        for index, error in requeued:
            key = self.keys.get(index)
            if key is None or error.maybe_applied:
                continue
            self.unsafe.pop(index, None)  # the 429 applied nothing: its resend reports its writes afresh
            if index in self.keep or self.failure is not None or self.journal.states.get(key) in TOUCHED:
                continue  # an earlier run's "started"/"maybe applied" is kept: it says more than "pending"
            try:
                await self.journal.store.record(self.journal.step, key, "pending")
            except Exception as exc:  # the store: stop; the item stays "started" (sent again by a rerun)
                self.failure, self.failed_in = exc, "the checkpoint"
                return
            self.resend.add(index)

    def _complete(self, task: asyncio.Future[R]) -> Outcome[I, R] | None:
        """The outcome of a finished call, or None when it was requeued after a rate limit."""
        index, item, tries, generation = self.running.pop(task)
        error = task.exception()
        if isinstance(error, _NotSent):  # the checkpoint failed before its write: never sent
            self.keys.pop(index, None)
            self.unsafe.pop(index, None)
            self.unsent.append((index, item))
            return None
        if isinstance(error, RateLimitError):
            self.limit.on_rate_limited(generation)
            writes = self.unsafe.get(index)
            applied = writes is not None and writes.maybe_applied  # a write before the 429: never resent
            if self.limit.adaptive and tries < self.requeues and not applied:
                self.retry_queue.append((index, item, tries + 1, error))
                self.requeued.append((index, error))
                return None
        elif error is None:
            self.limit.on_success()
        return Outcome(index, item, None if error else task.result(), error)

    async def _record(self, outcome: Outcome[I, R]) -> None:
        """Make an outcome durable before anything reports it (items sent in this run only)."""
        writes = self.unsafe.pop(outcome.index, None)
        key = self.keys.get(outcome.index)
        if self.journal is None or key is None:
            return
        try:
            await self.journal.record(key, outcome, writes)
        except Exception as exc:  # the store: the outcome is still reported; the batch stops
            if self.failure is None:
                self.failure, self.failed_in = exc, "the checkpoint"
        del self.keys[outcome.index]

    def _progress(self) -> None:
        self.done += 1
        if self.on_progress is not None and self.failure is None:
            try:
                self.on_progress(self.done, self.total)
            except Exception as exc:  # the caller's callback: reported, not lost
                self.failure, self.failed_in = exc, "on_progress"

    async def outcomes(self) -> AsyncIterator[Outcome[I, R]]:
        if self.journal is not None:
            await self.journal.open(self.items)
        while True:
            await self._start_more()
            if not self.pending:
                if not self.running:
                    break
                completed, _ = await asyncio.wait(self.running, return_when=asyncio.FIRST_COMPLETED)
                for task in sorted(completed, key=lambda t: self.running[t][0]):
                    outcome = self._complete(task)
                    if outcome is not None:
                        self.pending.append(outcome)
                await self._mark_pending()
            while self.pending:
                await self._record(self.pending[0])
                outcome = self.pending.popleft()
                self._progress()
                if not self.ordered:
                    yield outcome
                    continue
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
        """A stopped batch's requeued and unsent items and the rest of a collection given in full
        (all taken from the caller), merged in order with the buffered outcomes."""
        for index, item, _, error in self.retry_queue:
            # Only 429s, which apply nothing; unless an earlier attempt of that call may have.
            applied = error.maybe_applied
            self.finished[index] = (
                Outcome(index, item, error=error) if applied else Outcome(index, item, attempted=False)
            )
        self.retry_queue.clear()
        for index, item in self.unsent:
            self.finished[index] = Outcome(index, item, attempted=False)
        self.unsent.clear()
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
        for outcome in self.pending:
            self.finished[outcome.index] = outcome
        self.pending.clear()
        for index, item, _, _ in self.running.values():
            self.finished[index] = Outcome(index, item, error=asyncio.CancelledError("the batch was cancelled"))
        return self._not_attempted()

    async def cancel_running(self) -> None:
        if self.journal is not None:
            self.journal.release()
        tasks = list(self.running)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task


class _NotSent(CheckpointError):
    """Raised into an item's call when its "write_sent" record failed: the write is not sent."""


async def _call(func: Callable[[I], Awaitable[R]], item: I, writes: _ItemWrites | None) -> R:
    if writes is not None:  # this task's context only: the pipeline reports the item's unsafe writes to it
        UNSAFE_WRITES.set(writes)
    return await func(item)  # inside the task: even a synchronous raise becomes this item's outcome


def _check(func: object, concurrency: object, on_progress: object, items: object) -> None:
    if not callable(func):
        raise InvalidParameterError(f"func must be callable, got {type(func).__name__}")
    integer(concurrency, "concurrency", minimum=1, error=InvalidParameterError)
    if on_progress is not None and not callable(on_progress):
        raise InvalidParameterError("on_progress must be callable or None")
    if inspect.iscoroutinefunction(on_progress) or inspect.iscoroutinefunction(type(on_progress).__call__):
        # its coroutine would never be awaited: the progress would silently go nowhere
        raise InvalidParameterError("on_progress must be a plain function, not async (it is called, not awaited)")
    not_text(items, "items")
    if not isinstance(items, Iterable | AsyncIterable):
        raise InvalidParameterError(f"items must be an iterable or async iterable, got {type(items).__name__}")


def _journal_for(
    checkpoint: object,
    key: Callable[[I], object] | None,
    step: object,
    flags: tuple[object, object],
    default_step: str,
) -> _Journal[I] | None:
    """The batch's use of ``checkpoint`` (None without one), its arguments checked first;
    ``flags``: ``retry_failed`` and ``resend_maybe_applied``."""
    retry_failed, resend = flags
    if not isinstance(retry_failed, bool):
        raise InvalidParameterError(f"retry_failed must be a bool, got {type(retry_failed).__name__}")
    if not isinstance(resend, bool):
        raise InvalidParameterError(f"resend_maybe_applied must be a bool, got {type(resend).__name__}")
    if checkpoint is None:
        if step is not None:
            raise InvalidParameterError("step is only meaningful with a checkpoint")
        return None
    if not isinstance(checkpoint, CheckpointStore) and not isinstance(checkpoint, type):
        raise InvalidParameterError(f"checkpoint must be a CheckpointStore, got {type(checkpoint).__name__}")
    checked_store(checkpoint, ("open_step", "record"))  # a class, or synchronous methods: refused
    name = default_step if step is None else checked_step(step)
    if key is None:
        raise InvalidParameterError("key is required with a checkpoint (each item's key, a str)")
    if not callable(key):
        raise InvalidParameterError(f"key must be callable, got {type(key).__name__}")
    return _Journal(checkpoint, name, key, retry_failed, resend)  # type: ignore[arg-type]  # not a class: checked above


def _name_of(func: object) -> str:
    return str(getattr(func, "__qualname__", type(func).__qualname__))


async def concurrent_map(
    func: Callable[[I], Awaitable[R]],
    items: Iterable[I] | AsyncIterable[I],
    *,
    concurrency: int = 16,
    ordered: bool = True,
    on_progress: ProgressCallback | None = None,
    adaptive: bool = True,
    rate_limit_requeues: int = 3,
    checkpoint: CheckpointStore | None = None,
    key: Callable[[I], str] | None = None,
    step: str | None = None,
    retry_failed: bool = True,
    resend_maybe_applied: bool = False,
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

    With ``checkpoint`` (a :class:`CheckpointStore`; ``key(item)`` names each item by a str),
    ``step`` (default: ``func.__qualname__``) resumes where an earlier run stopped: an item it
    completed is yielded with ``resumed`` set, not called; one it failed is called again unless
    ``retry_failed=False`` (then it fails with :class:`PreviouslyFailedError`). A store that
    raises stops the batch like a raising source. Before an item sends a write that nothing
    makes safe to resend (a POST or PATCH without an ``Idempotency-Key``), "write_sent" is
    recorded: if an earlier run may have applied such a write (killed in flight, or failed after
    it may have reached the API), the item fails with :class:`MaybeAppliedError` and is not sent
    again unless ``resend_maybe_applied=True``.
    """
    _check(func, concurrency, on_progress, items)
    integer(rate_limit_requeues, "rate_limit_requeues", minimum=0, error=InvalidParameterError)
    if not isinstance(ordered, bool):
        raise InvalidParameterError(f"ordered must be a bool, got {type(ordered).__name__}")
    journal_ = _journal_for(checkpoint, key, step, (retry_failed, resend_maybe_applied), _name_of(func))
    run = _Run(
        func,
        items,
        concurrency=concurrency,
        ordered=ordered,
        on_progress=on_progress,
        adaptive=adaptive,
        rate_limit_requeues=rate_limit_requeues,
        journal=journal_,
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
    checkpoint: CheckpointStore | None = None,
    step: str | None = None,
    retry_failed: bool = True,
    resend_maybe_applied: bool = False,
) -> BatchResult[K, R]:
    """Collect :func:`concurrent_map` into a :class:`BatchResult` keyed by ``key(item)``.

    If the batch stops early, the raised :class:`BatchAbortedError` (or, when the batch is
    cancelled, the ``CancelledError``) has the accounting so far as ``partial_result``.
    ``checkpoint``, ``step``, ``retry_failed`` and ``resend_maybe_applied`` work as in
    :func:`concurrent_map` (``key`` must then return a str); items completed by earlier runs are
    in ``result.resumed``.
    """
    _check(func, concurrency, on_progress, items)
    if not callable(key):
        raise InvalidParameterError(f"key must be callable, got {type(key).__name__}")
    journal_ = _journal_for(checkpoint, key, step, (retry_failed, resend_maybe_applied), _name_of(func))
    run = _Run(
        func,
        items,
        concurrency=concurrency,
        ordered=True,
        on_progress=on_progress,
        adaptive=adaptive,
        rate_limit_requeues=3,
        journal=journal_,
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
