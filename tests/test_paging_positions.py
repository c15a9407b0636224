"""Saved listing positions: their stored form stays readable across runs (and SDK releases), any
cursor the server may give resumes, and positions that cannot be sent are refused with messages
that say what happened, before any request.

The saved forms below are pinned literally: a position saved by one run must be accepted by the
next, so the seal and the default step names (which embed a cursor digest) must not drift.
"""

from __future__ import annotations

import asyncio

import pytest

from sequence_async import AsyncPaginator, Page, PaginationError
from sequence_async._pagination import Direction
from sequence_async._params import MAX_ARGUMENT_BYTES
from sequence_async.testing import SequenceEmulator

from .test_paging_resume import BOUND, Positions, Source, paginator, take

# Saved by this SDK for step "job", cursor "c5": these must keep resuming.
SAVED_AFTER_C5 = "v1:after:2045ef4ab63ea16f:c5"
SAVED_BEFORE_C5 = "v1:before:be6c3f4487b91410:c5"


class Cursors:
    """Two pages of two items: page 1 hands out ``cursor`` (any str), page 2 is the last."""

    def __init__(self, cursor: str) -> None:
        self.cursor = cursor
        self.fetches: list[str | None] = []

    async def __call__(self, direction: Direction, cursor: str | None) -> Page[str]:
        self.fetches.append(cursor)
        await asyncio.sleep(0)
        if cursor is None:
            return Page(items=["a", "b"], after=self.cursor, before=None, total=4)
        assert cursor == self.cursor
        return Page(items=["c", "d"], after=None, before=None, total=4)


def listing(source: Cursors, store: Positions) -> AsyncPaginator[str]:
    return AsyncPaginator(source, direction="after", start=None, prefetch=0, checkpoint=store, step="job")


# -- the saved form ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("direction", "saved"), [("after", SAVED_AFTER_C5), ("before", SAVED_BEFORE_C5)])
async def test_positions_saved_by_an_earlier_run_resume(direction: Direction, saved: str) -> None:
    source, store = Source(total=9, size=5), Positions()
    store.saved["job"] = saved
    expected = [5, 6, 7, 8] if direction == "after" else [0, 1, 2, 3, 4]
    assert await take(paginator(source, store, direction=direction), None) == expected
    assert source.fetches[0] == "c5"


async def test_a_listing_saves_the_same_form_an_earlier_run_saved() -> None:
    source, store = Source(total=9, size=5), Positions()
    assert await take(paginator(source, store), 6) == [0, 1, 2, 3, 4, 5]
    assert store.log == [SAVED_AFTER_C5]
    assert await take(paginator(source, store), None) == [5, 6, 7, 8]
    assert store.log == [SAVED_AFTER_C5, "v1:done"]


async def test_default_step_names_are_stable() -> None:
    """A rerun of ``list(after=...)`` finds its position under the same step name."""
    async with SequenceEmulator().client() as client:
        pager = client.customer_aliases.list(limit=2, after="c5", checkpoint=Positions())
        assert pager.step == "customer_aliases.list?limit=2&after_digest=9e6543299578226b51bc23f961e2eb8c"


# -- any cursor the server may give resumes ----------------------------------------------------------


@pytest.mark.parametrize(
    "cursor",
    [
        "a:b",  # colons: the saved form is colon-separated
        "eyJpZCI6MX0=:v1:after:x",
        ":",
        "x" * MAX_ARGUMENT_BYTES,  # at the size limit: sent back in the first run, so in a rerun too
        "é" * (MAX_ARGUMENT_BYTES // 2),
    ],
)
async def test_a_killed_listing_resumes_from_any_cursor_the_server_gave(cursor: str) -> None:
    source, store = Cursors(cursor), Positions()
    assert await take(listing(source, store), 3) == ["a", "b", "c"]
    assert store.saved["job"].endswith(":" + cursor)
    source.fetches.clear()
    assert await take(listing(source, store), None) == ["c", "d"]
    assert source.fetches == [cursor]
    assert store.saved["job"] == "v1:done"


# -- refusals and their messages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "saved",
    [
        "v1:after:2045ef4ab63ea16f",  # truncated
        "v1:after",
        "v1:before:",
        "v2:after:2045ef4ab63ea16f:c5",  # another format
        "V1:after:2045ef4ab63ea16f:c5",
        "v1:AFTER:2045ef4ab63ea16f:c5",
        "",
    ],
)
async def test_a_position_in_another_form_is_refused(saved: str) -> None:
    source, store = Source(total=9, size=3), Positions()
    store.saved["job"] = saved
    with pytest.raises(PaginationError) as caught:
        await take(paginator(source, store), None)
    assert str(caught.value) == "the saved position of step 'job' is not one this SDK saved"
    assert source.fetches == []


@pytest.mark.parametrize(
    ("saved", "message"),
    [
        (
            "v1:after:2045ef4ab63ea16f:c6",
            "the saved position of step 'job' does not match its seal: it was altered, or saved for another step",
        ),
        (
            "v1:after:00:" + "x" * (MAX_ARGUMENT_BYTES + 1),
            f"the saved cursor of step 'job' is {MAX_ARGUMENT_BYTES + 1} bytes long (1 to {MAX_ARGUMENT_BYTES}): "
            "it cannot be sent",
        ),
        (
            "v1:after:00: ",
            f"the saved cursor of step 'job' is 1 bytes long (1 to {MAX_ARGUMENT_BYTES}): it cannot be sent",
        ),
    ],
)
async def test_refusals_say_what_is_wrong(saved: str, message: str) -> None:
    source, store = Source(total=9, size=3), Positions()
    store.saved["job"] = saved
    with pytest.raises(PaginationError) as caught:
        await take(paginator(source, store), None)
    assert str(caught.value) == message
    assert source.fetches == []


async def test_a_failing_store_is_named_by_its_exception_type() -> None:
    class Broken(Positions):
        async def load_position(self, step: str) -> str | None:
            raise ConnectionResetError("redis is down")

    with pytest.raises(PaginationError) as caught:
        await take(paginator(Source(total=9, size=3), Broken()), None)
    assert str(caught.value) == "the checkpoint failed to load the position of step 'job': ConnectionResetError"


async def test_a_failing_save_says_a_rerun_resumes_from_the_position_saved_before() -> None:
    store = Positions(fail_at=1, error=PermissionError("read-only"))
    with pytest.raises(PaginationError) as caught:
        await take(paginator(Source(total=9, size=3), store), None)
    assert str(caught.value) == (
        "the checkpoint failed to save the position of step 'job' (PermissionError): "
        "a rerun resumes from the position saved before"
    )
    assert store.saved == {}


# -- items, one at a time ----------------------------------------------------------------------------


async def test_items_come_one_at_a_time_in_order_across_pages() -> None:
    source, store = Source(total=7, size=3), Positions()
    items = aiter(paginator(source, store))
    taken = [await asyncio.wait_for(anext(items), BOUND) for _ in range(7)]
    assert taken == list(range(7))
    with pytest.raises(StopAsyncIteration):
        await asyncio.wait_for(anext(items), BOUND)
