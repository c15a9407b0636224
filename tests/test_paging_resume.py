"""Resumable listing: a paginator that saves its position in a checkpoint store and resumes from it.

A kill is simulated by dropping the iterator mid-page (nothing runs after that point, as after
a SIGKILL) and resuming with a fresh paginator on the same store. The fake page source counts
fetches, so "nothing sent" is checked directly.
"""

from __future__ import annotations

import asyncio
import gc
import math
from collections import Counter
from typing import Any, TypeVar
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sequence_async import AsyncPaginator, InvalidParameterError, Page, PaginationError, SequenceError
from sequence_async._pagination import Direction, PositionStore
from sequence_async.testing import SequenceEmulator

from ._fixtures import ids, numbered_page

T = TypeVar("T")
BOUND = 5  # seconds: every wait is bounded, a stalled paginator fails fast


class Positions:
    """An in-memory position store (the two methods of CheckpointStore a listing uses).

    ``fail_at``: the save number (1-based) that raises ``error`` instead of saving.
    """

    def __init__(self, fail_at: int | None = None, error: Exception | None = None) -> None:
        self.saved: dict[str, str] = {}
        self.log: list[str] = []
        self.fail_at, self.error = fail_at, error or OSError("disk full")

    async def load_position(self, step: str) -> str | None:
        return self.saved.get(step)

    async def save_position(self, step: str, position: str) -> None:
        if self.fail_at is not None and len(self.log) + 1 == self.fail_at:
            raise self.error
        self.saved[step] = position
        self.log.append(position)


class Source:
    """Pages of ints; cursors are "c<index>" (after: first item of the page; before: end)."""

    def __init__(self, total: int, size: int) -> None:
        self.total, self.size = total, size
        self.fetches: list[str | None] = []

    async def __call__(self, direction: Direction, cursor: str | None) -> Page[int]:
        self.fetches.append(cursor)
        if len(self.fetches) > 200:
            raise AssertionError("runaway paging")
        await asyncio.sleep(0)
        return numbered_page(self.total, self.size, direction, cursor)


def paginator(
    source: Source, store: PositionStore, *, prefetch: int = 0, direction: Direction = "after", step: str = "job"
) -> AsyncPaginator[int]:
    start = f"c{source.total}" if direction == "before" else None
    return AsyncPaginator(source, direction=direction, start=start, prefetch=prefetch, checkpoint=store, step=step)


async def take(pager: AsyncPaginator[T], count: int | None) -> list[T]:
    """The first ``count`` items (all if None), then the iterator is dropped: a process killed
    while acting on its last item (it never asked for the next one)."""
    taken: list[T] = []

    async def run() -> None:
        if count == 0:
            return
        async for item in pager:
            taken.append(item)
            if len(taken) == count:
                break

    await asyncio.wait_for(run(), BOUND)
    return taken


# -- resume after a kill -----------------------------------------------------------------------------


@pytest.mark.parametrize("prefetch", [0, 1, 3])
async def test_a_killed_listing_resumes_at_the_page_being_consumed(prefetch: int) -> None:
    source, store = Source(total=23, size=5), Positions()
    assert await take(paginator(source, store, prefetch=prefetch), 12) == list(range(12))
    assert store.log == ["v1:after:" + store.log[0].split(":")[2] + ":c5", store.saved["job"]]
    source.fetches.clear()
    assert await take(paginator(source, store, prefetch=prefetch), None) == list(range(10, 23))
    assert source.fetches[0] == "c10"  # no page before the saved one is fetched again


async def test_a_page_taken_in_full_but_not_past_is_delivered_again() -> None:
    """The consumer took items 0..4 (page 1) and died before asking for item 5: page 1 is not
    known to be done with (the consumer may have died acting on item 4)."""
    source, store = Source(total=10, size=5), Positions()
    assert await take(paginator(source, store), 5) == [0, 1, 2, 3, 4]
    assert store.log == []
    assert await take(paginator(source, store), None) == list(range(10))


async def test_a_finished_listing_yields_nothing_and_sends_nothing() -> None:
    source, store = Source(total=7, size=3), Positions()
    assert await take(paginator(source, store), None) == list(range(7))
    assert store.saved["job"] == "v1:done"
    source.fetches.clear()
    assert await take(paginator(source, store), None) == []
    first = await paginator(source, store).first_page()
    assert first.items == []
    assert first.after is None
    assert source.fetches == []


@pytest.mark.parametrize("prefetch", [0, 2])
async def test_backward_listing_resumes_from_its_before_cursor(prefetch: int) -> None:
    source, store = Source(total=12, size=4), Positions()
    pager = paginator(source, store, prefetch=prefetch, direction="before")
    assert await take(pager, 6) == [8, 9, 10, 11, 4, 5]
    assert store.saved["job"].endswith(":c8")
    assert ":before:" in store.saved["job"]
    rest = await take(paginator(source, store, prefetch=prefetch, direction="before"), None)
    assert rest == [4, 5, 6, 7, 0, 1, 2, 3]


async def test_saving_follows_consumption_not_prefetching() -> None:
    source, store = Source(total=40, size=4), Positions()
    pages = paginator(source, store, prefetch=3).pages()
    async with pages:
        first = await asyncio.wait_for(pages.__anext__(), BOUND)
        for _ in range(10):  # let the prefetch run as far ahead as it may
            await asyncio.sleep(0)
        assert len(source.fetches) == 4  # the page handed over and three ahead...
        assert store.log == []  # ...none of them consumed
        second = await asyncio.wait_for(pages.__anext__(), BOUND)
        assert store.log[-1].endswith(f":{first.after}")
        assert len(store.log) == 1
        assert second.items == [4, 5, 6, 7]


async def test_each_iteration_of_one_paginator_starts_from_the_saved_position() -> None:
    source, store = Source(total=9, size=3), Positions()
    pager = paginator(source, store)
    assert await take(pager, 4) == [0, 1, 2, 3]
    assert await take(pager, None) == [3, 4, 5, 6, 7, 8]
    assert await pager.to_list() == []


async def test_steps_keep_separate_positions() -> None:
    source, store = Source(total=9, size=3), Positions()
    assert await take(paginator(source, store, step="a"), 4) == [0, 1, 2, 3]
    assert await take(paginator(source, store, step="b"), 1) == [0]
    assert await take(paginator(source, store, step="a"), 1) == [3]


@settings(max_examples=60, deadline=None)
@given(
    total=st.integers(0, 30),
    size=st.integers(1, 7),
    stops=st.lists(st.integers(0, 12), max_size=6),
    prefetch=st.sampled_from([0, 1, 3]),
)
def test_kills_anywhere_lose_nothing_and_repeat_only_the_page_being_consumed(
    total: int, size: int, stops: list[int], prefetch: int
) -> None:
    """Runs killed after ``stops[i]`` items, then one run to the end. Model: a run starts at the
    first item of the page its predecessor was consuming (nothing if that one reached the end),
    and only that page's items repeat."""

    async def scenario() -> tuple[list[list[int]], list[str | None]]:
        source, store = Source(total=total, size=size), Positions()
        runs = [await take(paginator(source, store, prefetch=prefetch), stop) for stop in stops]
        runs.append(await take(paginator(source, store, prefetch=prefetch), None))
        return runs, source.fetches

    runs, _fetches = asyncio.run(scenario())
    start = 0
    for stop, run in zip([*stops, None], runs, strict=True):
        expected = list(range(start, total if stop is None else min(total, start + stop)))
        assert run == expected
        if stop is not None and start + stop > total:
            start = total  # it asked for an item beyond the last one: the listing is done
        elif stop and expected:
            start = expected[-1] // size * size  # the page of the last item taken
    delivered = Counter(item for run in runs for item in run)
    assert set(delivered) == set(range(total))  # every item at least once
    repeated_pages = {run[-1] // size for run in runs[:-1] if run}
    for item, count in delivered.items():
        if item // size not in repeated_pages:
            assert count == 1  # items of pages consumed in full: exactly once
    assert sum(delivered.values()) <= total + len(stops) * size


# -- saved positions that cannot be sent ------------------------------------------------------------


def sealed(step: str, direction: Direction, cursor: str) -> str:
    """A position as the paginator saves it (taken from a real save, then the cursor replaced)."""
    from sequence_async._pagination import Position

    return f"v1:{direction}:{Position(Positions(), step, direction)._seal(cursor)}:{cursor}"


@pytest.mark.parametrize(
    ("saved", "message"),
    [
        ("c5", "not one this SDK saved"),
        ("v1:sideways:00:c5", "not one this SDK saved"),
        ("v1:after:0000000000000000:c5", "does not match its seal"),  # edited cursor
        (sealed("another job", "after", "c5"), "does not match its seal"),  # copied from another step
        (sealed("job", "before", "c5"), "pages 'before'"),
        (sealed("job", "after", "x" * 2049), "2049 bytes long"),
        ("v1:after:00:" + "x" * 5000, "5000 bytes long"),
        (sealed("job", "after", " "), "1 bytes long"),
        ("v1:after:00:c\ud8005", "not valid Unicode"),
        (b"v1:done", "is a bytes, not a str"),
    ],
)
async def test_a_saved_position_that_cannot_be_sent_is_refused_before_any_request(saved: object, message: str) -> None:
    # Messages are redacted with every live client's credentials: collect the clients earlier
    # tests left as garbage (one with the secret "b" would redact the "b" of 'job').
    gc.collect()
    source, store = Source(total=9, size=3), Positions()
    store.saved["job"] = saved  # type: ignore[assignment]  # what a broken or tampered store returns
    with pytest.raises(PaginationError, match=message) as caught:
        await take(paginator(source, store), None)
    assert "'job'" in str(caught.value)  # names the step
    assert "\ud800" not in str(caught.value)
    assert "xxxx" not in str(caught.value)
    assert source.fetches == []


async def test_a_valid_sealed_position_is_followed() -> None:
    source, store = Source(total=9, size=3), Positions()
    store.saved["job"] = sealed("job", "after", "c6")
    assert await take(paginator(source, store), None) == [6, 7, 8]


# -- a store that fails ------------------------------------------------------------------------------


async def test_a_store_failing_to_load_raises_a_typed_error_and_sends_nothing() -> None:
    class Broken(Positions):
        async def load_position(self, step: str) -> str | None:
            raise ConnectionError("redis is down")

    source = Source(total=9, size=3)
    with pytest.raises(PaginationError, match="failed to load the position of step 'job'") as caught:
        await take(paginator(source, Broken()), None)
    assert isinstance(caught.value.__cause__, ConnectionError)
    assert source.fetches == []


@pytest.mark.parametrize("prefetch", [0, 2])
async def test_a_store_failing_to_save_keeps_the_position_saved_before(prefetch: int) -> None:
    source, store = Source(total=20, size=4), Positions(fail_at=3)
    taken: list[int] = []
    with pytest.raises(PaginationError, match="failed to save the position of step 'job'") as caught:
        async for item in paginator(source, store, prefetch=prefetch):
            taken.append(item)
    assert isinstance(caught.value.__cause__, OSError)
    assert taken == list(range(12))  # the third save (after page 3) failed: no page 4 handed over
    assert store.saved["job"].endswith(":c8")
    store.fail_at = None
    assert await take(paginator(source, store, prefetch=prefetch), None) == list(range(8, 20))


async def test_a_consumer_cancelled_while_saving_loses_nothing() -> None:
    """Killed with a save in flight: the store holds the old or the new position, never neither."""

    class Slow(Positions):
        def __init__(self) -> None:
            super().__init__()
            self.entered, self.release = asyncio.Event(), asyncio.Event()

        async def save_position(self, step: str, position: str) -> None:
            if len(self.log) == 1 and not self.entered.is_set():  # the second save hangs, once
                self.entered.set()
                await self.release.wait()
            await super().save_position(step, position)

    source, store = Source(total=12, size=3), Slow()
    taken: list[int] = []

    async def consume() -> None:
        async for item in paginator(source, store, prefetch=1):
            taken.append(item)

    task = asyncio.ensure_future(consume())
    await asyncio.wait_for(store.entered.wait(), BOUND)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, BOUND)
    assert taken == [0, 1, 2, 3, 4, 5]
    assert store.saved["job"].endswith(":c3")
    rest = await take(paginator(source, store), None)
    assert rest == list(range(3, 12))


async def test_a_store_raising_a_typed_error_passes_it_on() -> None:
    class StoreError(SequenceError):
        pass

    source, store = Source(total=9, size=3), Positions(fail_at=1, error=StoreError("checkpoint file gone"))
    with pytest.raises(StoreError):
        await take(paginator(source, store), None)


# -- arguments ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("checkpoint", "step", "message"),
    [
        (None, "job", "step is only meaningful with a checkpoint"),
        (object(), "job", "checkpoint must have load_position and save_position"),
        (Positions(), None, "step must be a str"),
        (Positions(), 7, "step must be a str"),
        (Positions(), "  ", "step must not be empty"),
        (Positions(), "job\ud800", "step is not valid Unicode"),
    ],
)
def test_bad_checkpoint_arguments_are_refused(checkpoint: Any, step: Any, message: str) -> None:
    with pytest.raises(InvalidParameterError, match=message):
        AsyncPaginator(Source(1, 1), direction="after", start=None, prefetch=0, checkpoint=checkpoint, step=step)


# -- through SequenceClient, on the emulator in-process ----------------------------------------------

LIMIT = 4


def aliases_emulator() -> SequenceEmulator:
    emulator = SequenceEmulator()
    emulator.seed(customers=6, aliases_per_customer=3, contacts_per_customer=0, seed=1)
    return emulator


async def test_client_listing_resumes_after_a_kill_without_rereading_consumed_pages() -> None:
    emulator, store = aliases_emulator(), Positions()
    everything = ids(emulator.aliases)
    pages = math.ceil(len(everything) / LIMIT)
    async with emulator.client() as client:
        first = client.customer_aliases.list(limit=LIMIT, checkpoint=store, prefetch=1)
        assert first.step == f"customer_aliases.list?limit={LIMIT}"
        taken = ids(await take(first, 2 * LIMIT + 1))
        emulator.reset_log()
        second = client.customer_aliases.list(limit=LIMIT, checkpoint=store, prefetch=1)
        rest = ids(await take(second, None))
        assert taken + rest[1:] == everything  # item 2*LIMIT (taken, page 3 not finished) came again
        assert rest[0] == taken[-1]
        requests = list(emulator.requests)
        assert len(requests) == pages - 2  # pages 1 and 2 were not read again
        assert "after" in requests[0].query
        emulator.reset_log()
        assert await client.customer_aliases.list(limit=LIMIT, checkpoint=store).to_list() == []
    assert emulator.requests == []
    assert list(store.saved) == [f"customer_aliases.list?limit={LIMIT}"]


async def test_client_default_steps_follow_the_query() -> None:
    emulator, store = aliases_emulator(), Positions()
    value = emulator.aliases[0]["value"]
    async with emulator.client() as client:
        page = await client.customer_aliases.list(limit=2).first_page()
        filtered = client.customer_aliases.list(value=value, checkpoint=store)
        resumed = client.customer_aliases.list(limit=2, after=page.after, checkpoint=store)
        backwards = client.customer_aliases.list(limit=2, before=page.after, checkpoint=store)
        named = client.customer_aliases.list(checkpoint=store, step="my job")
        assert filtered.step == "customer_aliases.list?" + urlencode({"limit": 100, "value": value})
        assert resumed.step is not None
        assert resumed.step.startswith("customer_aliases.list?limit=2&after_digest=")
        assert page.after is not None
        assert page.after not in resumed.step
        assert backwards.step is not None
        assert "before_digest=" in backwards.step
        assert named.step == "my job"
        assert ids(await filtered.to_list()) == ids([emulator.aliases[0]])
        assert ids(await backwards.to_list()) == ids(emulator.aliases[:1])  # the items before page 1's last
    assert store.saved[filtered.step] == store.saved[backwards.step] == "v1:done"


async def test_client_refuses_a_tampered_position_before_sending() -> None:
    emulator, store = aliases_emulator(), Positions()
    async with emulator.client() as client:
        assert len(await take(client.customer_aliases.list(limit=LIMIT, checkpoint=store), LIMIT + 1)) == LIMIT + 1
        step = f"customer_aliases.list?limit={LIMIT}"
        store.saved[step] = store.saved[step][:-1] + ("A" if store.saved[step][-1] != "A" else "B")
        emulator.reset_log()
        with pytest.raises(PaginationError, match=r"step 'customer_aliases\.list\?limit=4' does not match its seal"):
            await client.customer_aliases.list(limit=LIMIT, checkpoint=store).to_list()
        with pytest.raises(InvalidParameterError, match="step is only meaningful"):
            client.customer_aliases.list(step="job")
    assert emulator.requests == []
