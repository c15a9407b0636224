"""Cursor pagination over real loopback sockets: under random faults, with prefetch, and when abandoned.

Every test runs on both HTTP backends (the ``backend`` fixture); checks of the httpx connection
pool itself run on httpx only.
"""

from __future__ import annotations

import asyncio
import math
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from urllib.parse import parse_qs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.types import Receive, Scope, Send

from sequence_async import InternalServerError, PaginationError, SequenceClient
from sequence_async._config import DEFAULT_LIMITS
from sequence_async.testing import Fault, Faults, SequenceEmulator, ServedEmulator

from ._fixtures import Backend, fast_retries, ids, make_client
from ._servers import connection_pool, serve_app_in_thread, settled, wait_until

pytest_plugins = ["tests._backends"]
pytestmark = pytest.mark.slow

ALIASES = 60
LIMIT = 7
PAGES = math.ceil(ALIASES / LIMIT)  # 9
MAX_SCRIPT = 12


def seeded() -> SequenceEmulator:
    emulator = SequenceEmulator()
    emulator.seed(customers=ALIASES // 3, aliases_per_customer=3, contacts_per_customer=0)
    assert len(emulator.aliases) == ALIASES
    return emulator


@pytest.fixture(scope="module")
def paging_server() -> Iterator[ServedEmulator]:
    """One emulator with 60 aliases, served from a thread for the whole module (read-only tests)."""
    emulator = seeded()
    with emulator.serve_in_thread() as base_url:
        yield ServedEmulator(emulator, base_url)


@pytest.fixture
def emulator(paging_server: ServedEmulator) -> Iterator[SequenceEmulator]:
    """The module's emulator with a fresh log and no faults, before and after the test."""
    paging_server.emulator.faults = None
    paging_server.emulator.reset_log()
    yield paging_server.emulator
    paging_server.emulator.faults = None


# -- pagination under random faults (hypothesis) -------------------------------------------------------


@pytest.fixture
async def paging_client(paging_server: ServedEmulator, backend: Backend) -> AsyncIterator[SequenceClient]:
    """One client for all of a hypothesis test's examples (building one costs ~50 ms of TLS setup).

    max_retries is above the longest run of faults a script can hold, and there is no retry
    budget: the scripts can never exhaust the retries.
    """
    policy = fast_retries(max_retries=MAX_SCRIPT + 1)
    async with make_client(
        paging_server.base_url, paging_server.emulator, backend=backend, retry=policy, retry_budget=None
    ) as client:
        yield client


TRANSIENT = [Fault.status(code) for code in (500, 502, 503, 504)] + [Fault.status(429, retry_after=0), Fault.drop()]
fault_scripts = st.lists(st.one_of(st.none(), st.sampled_from(TRANSIENT)), max_size=MAX_SCRIPT)


def label(fault: Fault | None) -> str | None:
    return None if fault is None else fault.label


@pytest.mark.parametrize("prefetch", [0, 1])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=fault_scripts)
async def test_paging_under_faults_yields_every_item_once_in_order(
    paging_server: ServedEmulator, paging_client: SequenceClient, prefetch: int, script: list[Fault | None]
) -> None:
    emulator, client = paging_server.emulator, paging_client
    emulator.reset_log()
    emulator.faults = Faults(script)
    before = dict(client.stats)
    try:
        paginator = client.customer_aliases.list(limit=LIMIT, prefetch=prefetch)
        items = await asyncio.wait_for(paginator.to_list(), 20)
        log = list(await settled(client, emulator, since=before["requests"]))
    finally:
        emulator.faults = None

    assert ids(items) == ids(emulator.aliases)
    faulted = [i for i, request in enumerate(log) if request.fault is not None]
    assert len(log) == PAGES + len(faulted)
    # The script was consumed in order, one entry per request.
    assert [r.fault for r in log] == [label(f) for f in script[: len(log)]] + [None] * (len(log) - len(script))
    expected_status = {"drop": None, **{f.label: f.code for f in TRANSIENT if f.kind == "status"}}
    assert [r.status for r in log] == [200 if r.fault is None else expected_status[r.fault] for r in log]
    # Every failed attempt is retried with exactly the same query (same cursor).
    for i in faulted:
        assert log[i + 1].query == log[i].query
    # The successful requests walk the cursor chain from the start, never repeating a cursor.
    ok = [r for r in log if r.fault is None]
    assert ok[0].query == {"limit": str(LIMIT)}
    cursors = [r.query["after"] for r in ok[1:]]
    assert len(set(cursors)) == PAGES - 1
    assert all(r.query.keys() == {"limit", "after"} for r in ok[1:])
    assert client.stats["requests"] - before["requests"] == len(log)
    assert client.stats["retries"] - before["retries"] == len(faulted)


@pytest.mark.parametrize("prefetch", [0, 1, 3])
async def test_exhausted_retries_stop_the_listing_and_a_saved_cursor_resumes_it(
    emulator: SequenceEmulator, paging_server: ServedEmulator, backend: Backend, prefetch: int
) -> None:
    everything = ids(emulator.aliases)
    emulator.faults = Faults([None, None, Fault.status(503), Fault.status(503), Fault.status(503)])
    seen: list[str] = []
    last_after: str | None = None
    async with make_client(paging_server.base_url, emulator, backend=backend) as client:
        with pytest.raises(InternalServerError) as err:
            async for page in client.customer_aliases.list(limit=LIMIT, prefetch=prefetch).pages():
                seen += ids(page.items)
                last_after = page.after
        assert err.value.attempts == 3
        assert seen == everything[: 2 * LIMIT]  # pages fetched before the failure are all delivered
        assert last_after is not None
        rest = await client.customer_aliases.list(limit=LIMIT, after=last_after, prefetch=prefetch).to_list()
        log = await settled(client, emulator)
    assert seen + ids(rest) == everything
    assert [r.status for r in log[:5]] == [200, 200, 503, 503, 503]
    assert log[2].query == log[3].query == log[4].query == log[5].query == {"limit": str(LIMIT), "after": last_after}


@pytest.mark.parametrize("prefetch", [0, 1])
async def test_a_server_repeating_a_cursor_raises_pagination_error(
    emulator: SequenceEmulator, paging_server: ServedEmulator, backend: Backend, prefetch: int
) -> None:
    aliases = emulator.aliases
    looping = {"items": aliases[:2], "pagination": {"after": "c2FtZQ", "totalResultSize": ALIASES}}
    emulator.faults = Faults([Fault.status(200, body=looping), Fault.status(200, body=looping)])
    seen: list[str] = []
    async with make_client(paging_server.base_url, emulator, backend=backend) as client:
        with pytest.raises(PaginationError, match="twice"):
            async for page in client.customer_aliases.list(limit=2, prefetch=prefetch).pages():
                seen += ids(page.items)
        log = await settled(client, emulator)
    assert seen == ids(aliases[:2])  # the first page is delivered; the loop is refused before a third request
    assert [r.query for r in log] == [{"limit": "2"}, {"limit": "2", "after": "c2FtZQ"}]


# -- prefetch and cancellation leave nothing behind --------------------------------------------------

GROUPS = 30  # one listing per iteration, each over its own 15 aliases (alias value "g<n>": 3 pages of 5)


class HoldLatePages:
    """Serves each listing's first pages, then holds its later requests until the client disconnects.

    A listing is told apart by its ``value`` query parameter. From request number ``hold_from[value]``
    on, a request never gets a response: it ends (``abandoned``) only when the client closes the
    connection, so an iteration abandoned "mid-flight" really has a request in flight, and a
    client that failed to cancel it would leave it hanging (bounded at 5 s, then it is an error).
    """

    def __init__(self, emulator: SequenceEmulator) -> None:
        self.emulator = emulator
        self.hold_from: dict[str, int] = {}
        self.seen: Counter[str] = Counter()
        self.held: Counter[str] = Counter()
        self.ended: Counter[str] = Counter()  # held requests that ended by a client disconnect
        self.started = self.in_flight = self.abandoned = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        value = parse_qs(scope["query_string"].decode()).get("value", [""])[0]
        self.started += 1
        self.in_flight += 1
        try:
            self.seen[value] += 1
            if self.seen[value] < self.hold_from.get(value, 1 << 30):
                await self.emulator(scope, receive, send)
                return
            self.held[value] += 1
            async with asyncio.timeout(5):
                while (await receive())["type"] != "http.disconnect":
                    pass
            self.abandoned += 1
            self.ended[value] += 1
        finally:
            self.in_flight -= 1


Scenario = Callable[[SequenceClient, HoldLatePages, str, int], Awaitable[tuple[int, int]]]


async def break_out(client: SequenceClient, server: HoldLatePages, value: str, prefetch: int) -> tuple[int, int]:
    """``break`` out of ``async for`` in page 2 (no aclose: the dropped iterator must cancel its prefetch)."""
    server.hold_from[value] = 3
    count = 0
    async for _ in client.customer_aliases.list(value=value, limit=5, prefetch=prefetch):
        count += 1
        if count == 7:
            if prefetch:
                await wait_until(lambda: server.held[value] == 1, f"the prefetch of page 3 of {value} is in flight")
            break
    return (3, 1) if prefetch else (2, 0)  # (requests the server sees, of which held)


async def close_early(client: SequenceClient, server: HoldLatePages, value: str, prefetch: int) -> tuple[int, int]:
    """Two pages, then ``paginator.aclose()``: the open iteration ends and yields nothing more."""
    server.hold_from[value] = 3
    paginator = client.customer_aliases.list(value=value, limit=5, prefetch=prefetch)
    pages = paginator.pages()
    first, second = await anext(pages), await anext(pages)
    assert ids(first.items) + ids(second.items) == ids([a for a in server.emulator.aliases if a["value"] == value])[:10]
    if prefetch:
        await wait_until(lambda: server.held[value] == 1, f"the prefetch of page 3 of {value} is in flight")
    await paginator.aclose()
    if prefetch:  # `pages` is still referenced here: aclose itself (not garbage collection) cancelled it
        await wait_until(lambda: server.ended[value] == 1, f"the prefetch of page 3 of {value} was cancelled")
    assert [page async for page in pages] == []
    return (3, 1) if prefetch else (2, 0)


async def cancel_consumer(client: SequenceClient, server: HoldLatePages, value: str, prefetch: int) -> tuple[int, int]:
    """Cancel the consuming task after its first page, while page 2 is in flight."""
    server.hold_from[value] = 2
    pages = client.customer_aliases.list(value=value, limit=5, prefetch=prefetch).pages()
    first_page_done = asyncio.Event()

    async def consume() -> None:
        async for _ in pages:
            first_page_done.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(first_page_done.wait(), 5)
    await wait_until(lambda: server.held[value] == 1, f"the request for page 2 of {value} is in flight")
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)
    assert task.cancelled()
    # `pages` is still referenced: the cancellation itself (not garbage collection) ended the request.
    await wait_until(lambda: server.ended[value] == 1, f"the request for page 2 of {value} was cancelled")
    assert [page async for page in pages] == []
    return (2, 1)


SCENARIOS: tuple[Scenario, ...] = (break_out, close_early, cancel_consumer)


def pool_is_quiet(client: SequenceClient) -> bool:
    pool = connection_pool(client)._pool
    return not pool._requests and all(c.is_idle() or c.is_closed() for c in pool.connections)


def open_connections(client: SequenceClient) -> int:
    return sum(not c.is_closed() for c in connection_pool(client)._pool.connections)


async def test_abandoned_iterations_leave_no_request_task_or_busy_connection_behind(backend: Backend) -> None:
    emulator = SequenceEmulator(latency=0.01)
    customer = emulator.add_customer()
    for group in range(GROUPS):
        for _ in range(15):
            emulator.add_alias(customer, f"g{group}")
    server = HoldLatePages(emulator)
    # Every combination of (break, aclose, cancel) x prefetch (0, 1, 3), six iterations at a time.
    runs = [(SCENARIOS[(i // 3) % 3], (0, 1, 3)[i % 3], f"g{i}") for i in range(GROUPS)]
    with serve_app_in_thread(server) as base_url:
        async with make_client(base_url, emulator, backend=backend) as client:
            pool = backend == "httpx"  # the connection pool checks look into httpx's pool
            expected_requests = expected_held = peak_open = 0
            for first in range(0, GROUPS, 6):
                batch = runs[first : first + 6]
                outcomes = await asyncio.wait_for(
                    asyncio.gather(*(run(client, server, value, prefetch) for run, prefetch, value in batch)), 10
                )
                expected_requests += sum(requests for requests, _ in outcomes)
                expected_held += sum(held for _, held in outcomes)
                if pool:
                    peak_open = max(peak_open, open_connections(client))
                    assert len(connection_pool(client)._pool.connections) <= (DEFAULT_LIMITS.max_connections or 0)

            # Within a bounded wait: no task of ours is left (a leaked prefetch would block forever) ...
            me = asyncio.current_task()
            await wait_until(lambda: asyncio.all_tasks() == {me}, "every prefetch task has ended")
            # ... no request is in flight and every pooled connection is idle or closed ...
            if pool:
                await wait_until(lambda: pool_is_quiet(client), "the connection pool is idle")
            # ... and the server has seen every held request end by a disconnect, and nothing else.
            await wait_until(lambda: server.in_flight == 0, "the server has no request in flight")
            assert expected_held >= 20  # the runs really abandoned requests in flight
            assert (server.started, server.abandoned) == (expected_requests, expected_held)
            assert peak_open <= 6  # at most one request in flight per iteration
            # Nothing is sent any more: one more round trip is the only new request the server sees.
            assert len((await client.customer_aliases.list(limit=1).first_page()).items) == 1
            await wait_until(lambda: server.in_flight == 0, "the last request has finished")
            assert server.started == expected_requests + 1
            assert server.abandoned == expected_held
            assert not pool or pool_is_quiet(client)
