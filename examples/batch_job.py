"""The main job of `make demo`: a realistic async batch job over the Sequence API.

1. stream every customer alias with ``async for`` (prefetching the next page),
2. fetch every customer's contacts with bounded concurrency,
3. delete the aliases matching a rule (archived ones) with ``delete_many``,
4. create new aliases for the customers with ``create_many`` (2,000 by default),
5. send usage events for them with ``send_many`` (20,000 by default, each with a deterministic
   ``customerEventId``, so a resend or a rerun supersedes instead of counting twice),
then print a report and check consistency: aliases remaining = before - deleted + created, every
new alias exists exactly once for its customer, and the usage events stored = the distinct
``customerEventId``s sent (steps 4-5 and the check read everything back through the API).

By default it runs against the emulator served on loopback, seeded with 2,000 customers and
20,000 aliases and injecting faults. ``--api real`` runs it against Sequence itself with the
credentials in SEQUENCE_CLIENT_ID / SEQUENCE_CLIENT_SECRET: read-only unless --allow-delete (steps
1-3) and --allow-writes (steps 4-5, which always run against the emulator the demo starts).
``--base-url URL`` runs it against an already running server (e.g. ``python -m sequence_async.testing``)
with the same credentials and the same rule for deletes.
Progress is a bar (rate, ETA) when stdout is a terminal and ``rich`` is installed (the ``progress``
extra), else plain lines (``--progress`` chooses).
Exit status: 0 when the consistency check passes, 1 when it fails, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import functools
import importlib.util
import logging
import math
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import urlsplit

from sequence_async import (
    CheckpointError,
    CheckpointStore,
    CustomerAlias,
    Hooks,
    LongWaitDetails,
    RateLimit,
    RetryBudget,
    RetryPolicy,
    SequenceClient,
    SequenceError,
    SQLiteCheckpoint,
    concurrent_map,
    customer_event_id,
)

ProgressFn = Callable[[int, "int | None"], None]

# The job's steps in its checkpoint (one file holds the job "demo"). A store records, per step,
# item keys with a batch state; the demo's own bookkeeping records each fact as a key noted
# NOTED in the step that names the fact. The listing notes every alias it saw, its customer and
# whether it is doomed, so a resumed run rebuilds its customers and its delete list from the
# store whatever part of the listing it replays (at-least-once: a page partly consumed at a kill
# is delivered again, and noted again, which changes nothing).
JOB = "demo"
NOTED = "succeeded"
STREAM = "stream"  # the fingerprint of a step whose keys are not known up front
SEEN = "demo.aliases.seen"  # alias ids streamed
CUSTOMERS = "demo.aliases.customers"  # the customers of the streamed aliases
DOOMED = "demo.aliases.doomed"  # the streamed alias ids the rule deletes
LISTING = "demo.aliases.listing"  # the paginator's saved cursor
BEFORE = "demo.aliases_before"  # a position: the alias count, saved once before anything is deleted
CONTACTS = "demo.contacts"
CONTACT_COUNT = "demo.contacts.count:"  # + customer id: a position, its contact count (saved before its outcome)
NEW_ALIASES = "demo.aliases.create"  # create_many's step (its items and its Idempotency-Key nonce)
EVENTS = "demo.usage_events.send"  # send_many's step
EVENT_TYPE = "demo.api_call"
# Steps 4-5 are 22,000 POSTs, ~80% of the demo's requests. Measured on 2 cores (`time make demo`,
# 2% faults with lost responses, server limit 500/s): the job took 24 s without them; with them,
# 128 s at concurrency 32, 95 s at 64 (a few calls failed: 429 storms emptied the retry budget),
# 85 s at 64 with a small pacing burst and a budget of 500 (all over aiohttp). The bound is not
# the server's 500/s (the job reaches ~330 requests/s: CPU and the faults' retry waits bound it,
# so raising --server-rate-limit gains nothing); concurrency 64 hides the retry waits. aiohttp:
# plain httpx sent 10,000 events at ~100/s here, aiohttp ~450/s.
WRITE_CONCURRENCY = 64
DEFAULT_BACKEND = "aiohttp" if importlib.util.find_spec("aiohttp") is not None else "httpx"
EVENT_EPOCH = 1_767_225_600  # 2026-01-01T00:00:00Z: event n of a customer happened n minutes later


@dataclass
class WriteReport:
    """Steps 4-5 and what reading everything back through the API found."""

    aliases_to_create: int = 0
    aliases_created: int = 0  # created (or found already there for the right customer), this run or earlier
    aliases_created_earlier: int = 0  # included in `aliases_created`: done by an earlier, killed run
    alias_errors: dict[str, str] = field(default_factory=dict)
    aliases_found: int = 0  # new values listed exactly once, for their customer
    alias_problems: list[str] = field(default_factory=list)  # missing, listed twice, another customer's
    events_to_send: int = 0  # = the distinct customerEventIds (send_many refuses a repeated one)
    events_sent: int = 0
    events_sent_earlier: int = 0  # included in `events_sent`
    event_errors: dict[str, str] = field(default_factory=dict)
    events_stored: int = 0  # stored events carrying one of the ids sent (a duplicate counts twice)
    event_ids_stored: int = 0  # distinct ids sent found stored
    events_stored_all: int = 0  # every stored event (others' too, on a server not fresh)

    @property
    def consistent(self) -> bool:
        aliases = self.aliases_created == self.aliases_found == self.aliases_to_create and not self.alias_problems
        events = self.events_sent == self.events_stored == self.event_ids_stored == self.events_to_send
        return aliases and events

    def lines(self) -> list[str]:
        problems = f"{len(self.alias_problems)} problems" if self.alias_problems else "each once, for its customer"
        return [
            f"aliases to create   {self.aliases_to_create:>10,}",
            f"aliases created     {self.aliases_created:>10,}  ({len(self.alias_errors)} errors, "
            f"{self.aliases_created_earlier} in earlier runs)",
            f"new aliases listed  {self.aliases_found:>10,}  ({problems})",
            f"events to send      {self.events_to_send:>10,}  (distinct customerEventIds)",
            f"events sent         {self.events_sent:>10,}  ({len(self.event_errors)} errors, "
            f"{self.events_sent_earlier} in earlier runs)",
            f"events stored       {self.events_stored:>10,}  ({self.event_ids_stored:,} distinct ids of those sent; "
            f"{self.events_stored_all:,} events on the server)",
        ]

    def check(self) -> str:
        return (
            f"events stored ({self.events_stored:,}) = distinct ids sent ({self.events_to_send:,}); "
            f"new aliases listed once for their customer ({self.aliases_found:,}) = created "
            f"({self.aliases_created:,}) = inputs ({self.aliases_to_create:,})"
        )


@dataclass
class JobReport:
    aliases_before: int = 0
    aliases_streamed: int = 0
    customers: int = 0
    contacts: int = 0
    contact_errors: int = 0
    to_delete: int = 0
    deleted: int = 0
    already_deleted: int = 0  # included in `deleted`: a retried DELETE found the alias gone
    deleted_earlier: int = 0  # included in `deleted`: done by an earlier, killed run (the checkpoint says)
    delete_errors: dict[str, str] = field(default_factory=dict)
    aliases_after: int = 0
    writes: WriteReport | None = None  # steps 4-5, when they ran
    requests: int = 0
    retries: int = 0
    elapsed: float = 0.0
    dry_run: bool = False

    @property
    def created(self) -> int:
        return 0 if self.writes is None else self.writes.aliases_created

    @property
    def consistent(self) -> bool:
        counts = self.aliases_after == self.aliases_before - self.deleted + self.created
        return (
            self.aliases_streamed == self.aliases_before and counts and (self.writes is None or self.writes.consistent)
        )

    def render(self) -> str:
        rate = self.requests / self.elapsed if self.elapsed else 0.0
        created = "" if self.writes is None else f" + created ({self.created:,})"
        lines = [
            "",
            "== report ==",
            f"aliases before      {self.aliases_before:>10,}",
            f"aliases streamed    {self.aliases_streamed:>10,}",
            f"customers           {self.customers:>10,}",
            f"contacts fetched    {self.contacts:>10,}  ({self.contact_errors} errors)",
            f"aliases to delete   {self.to_delete:>10,}" + ("  (dry run: nothing deleted)" if self.dry_run else ""),
            f"aliases deleted     {self.deleted:>10,}  ({len(self.delete_errors)} errors, "
            f"{self.already_deleted} already gone on a retry, {self.deleted_earlier} in earlier runs)",
            *([] if self.writes is None else self.writes.lines()),
            f"aliases after       {self.aliases_after:>10,}",
            f"HTTP requests       {self.requests:>10,}  ({self.retries} retries)",
            f"elapsed             {self.elapsed:>10.2f} s  ({rate:,.0f} requests/s)",
            f"consistency check   {'PASSED' if self.consistent else 'FAILED'}: "
            f"after ({self.aliases_after:,}) = before ({self.aliases_before:,}) - deleted ({self.deleted:,}){created}"
            + ("" if self.writes is None else "; " + self.writes.check()),
        ]
        lines += [f"  delete failed: {alias_id}: {error}" for alias_id, error in list(self.delete_errors.items())[:5]]
        if self.writes is not None:
            lines += [
                f"  create failed: {value}: {error}" for value, error in list(self.writes.alias_errors.items())[:5]
            ]
            lines += [f"  send failed: {event}: {error}" for event, error in list(self.writes.event_errors.items())[:5]]
            lines += [f"  alias check: {problem}" for problem in self.writes.alias_problems[:5]]
        return "\n".join(lines)


def should_delete(alias: CustomerAlias) -> bool:
    """The cleanup rule: archived aliases go."""
    return alias.archived_at is not None


class Progress:
    """Prints a line per step and at every 10% of a known total (readable in CI logs too)."""

    def __init__(self, label: str, total: int | None) -> None:
        self.label, self.total, self.shown = label, total, -1

    def __call__(self, done: int, total: int | None = None) -> None:
        total = total or self.total
        if not total:
            return
        tenth = done * 10 // total
        if tenth > self.shown:
            self.shown = tenth
            print(f"  {self.label}: {done:,}/{total:,} ({tenth * 10}%)", flush=True)


class Display(Protocol):
    """Where progress goes: ``bar(label, total)`` gives one step's ``on_progress(done, total)``;
    ``waiting`` (a ``Hooks(on_long_wait=...)``) says why the job is held up for seconds."""

    def bar(self, label: str, total: int | None) -> ProgressFn: ...
    def waiting(self, wait: LongWaitDetails) -> None: ...
    def close(self) -> None: ...


class WaitNotes:
    """One line per kind of long wait every 10 s at most: 16 calls held up at once are one story."""

    def __init__(self, show: Callable[[str], object]) -> None:
        self._show = show
        self._last: dict[str, float] = {}

    def waiting(self, wait: LongWaitDetails) -> None:
        now = time.monotonic()
        if now - self._last.get(wait.cause, -math.inf) >= 10.0:
            self._last[wait.cause] = now
            self._show(f"  waiting ({wait.method} {wait.cause.replace('_', ' ')}): {wait.why}")


class PlainDisplay(WaitNotes):
    """Plain lines (not a terminal, or no rich)."""

    def __init__(self) -> None:
        super().__init__(functools.partial(print, flush=True))

    def bar(self, label: str, total: int | None) -> ProgressFn:
        return Progress(label, total)

    def close(self) -> None:
        pass


class RichDisplay(WaitNotes):
    """One rich progress bar per step, with the rate and the ETA; long waits printed above them."""

    def __init__(self, console: Any = None) -> None:
        """``console``: a ``rich.console.Console`` (default: stdout)."""
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        columns: list[Any] = [
            TextColumn("{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
        ]
        self.progress = RichProgress(*columns, console=console)
        self.progress.start()
        # markup and highlighting off: a reason is text (a "[" in it is not rich markup)
        super().__init__(functools.partial(self.progress.console.print, markup=False, highlight=False))

    def bar(self, label: str, total: int | None) -> ProgressFn:
        task = self.progress.add_task(label, total=total, rate="")

        def update(done: int, total: int | None = None) -> None:
            speed = self.progress.tasks[task].speed  # rich's own moving average of the updates
            rate = f"{speed:,.0f}/s" if speed else ""
            self.progress.update(task, completed=done, total=total or self.progress.tasks[task].total, rate=rate)

        return update

    def close(self) -> None:
        self.progress.stop()


def rich_available() -> bool:
    try:
        import rich.progress  # noqa: F401
    except ImportError:
        return False
    return True


def make_display(mode: str) -> Display:
    """``auto``: a bar on a terminal when rich is installed, else plain lines."""
    if mode == "bar" or (mode == "auto" and sys.stdout.isatty() and rich_available()):
        from rich.console import Console

        return RichDisplay(Console(force_terminal=True) if mode == "bar" else None)
    return PlainDisplay()


async def total_aliases(client: SequenceClient) -> int:
    page = await client.customer_aliases.list(limit=1).first_page()
    return page.total if page.total is not None else len(page.items)


@dataclass(frozen=True)
class WritePlan:
    """Steps 4-5: how many new aliases and usage events, sent how many at a time."""

    new_aliases: int = 2000
    events: int = 20000
    concurrency: int = 16


async def run_job(
    client: SequenceClient,
    *,
    allow_delete: bool = True,
    concurrency: int = 16,
    prefetch: int = 1,
    page_size: int | None = None,
    display: Display | None = None,
    checkpoint: CheckpointStore | None = None,
    writes: WritePlan | None = None,
) -> JobReport:
    """Run the steps and return the report (the client's counters give requests/retries).

    With a ``checkpoint`` every step is resumable and the report covers the whole job, whatever
    earlier runs were killed: each step's bookkeeping is keyed by id, so replaying it is harmless.
    """
    display = display or PlainDisplay()
    report = JobReport(dry_run=not allow_delete)
    steps = 3 if writes is None else 5
    start = time.perf_counter()
    report.aliases_before = await aliases_before(client, checkpoint)
    customers, doomed = await stream_aliases(client, report, display, checkpoint, page_size, prefetch, steps)
    await fetch_contacts(client, report, display, checkpoint, customers, concurrency, steps)
    if allow_delete:
        await delete_doomed(client, report, display, checkpoint, doomed, concurrency, steps)
    else:
        print(f"3/{steps} dry run: would delete {len(doomed):,} archived aliases (pass --allow-delete)", flush=True)
    if writes is None:
        report.aliases_after = await total_aliases(client)
    else:
        report.writes = WriteReport()
        pairs = new_alias_pairs(customers, writes.new_aliases)
        events = usage_events(customers, pairs, writes.events)
        await create_new_aliases(client, report.writes, display, checkpoint, pairs, writes.concurrency)
        await send_usage_events(client, report.writes, display, checkpoint, events, writes.concurrency)
        report.aliases_after = await check_aliases(client, report.writes, display, pairs, page_size, prefetch)
        await check_events(client, report.writes, display, events, prefetch)
    report.elapsed = time.perf_counter() - start
    report.requests, report.retries = client.stats["requests"], client.stats["retries"]
    return report


async def aliases_before(client: SequenceClient, checkpoint: CheckpointStore | None) -> int:
    """The alias count before the job deleted anything: counted by the first run, then read back."""
    saved = await checkpoint.load_position(BEFORE) if checkpoint is not None else None
    if saved is not None:
        return int(saved)
    count = await total_aliases(client)
    if checkpoint is not None:
        await checkpoint.save_position(BEFORE, str(count))
    return count


async def noted(checkpoint: CheckpointStore | None, step: str) -> set[str]:
    """The keys noted in ``step`` by earlier runs (none without a checkpoint)."""
    return set(await checkpoint.open_step(step, STREAM)) if checkpoint is not None else set()


async def note(checkpoint: CheckpointStore | None, step: str, key: str, keys: set[str]) -> None:
    """Add ``key`` to ``keys``, noting it in ``step`` first (once: a replayed item writes nothing)."""
    if key not in keys:
        if checkpoint is not None:
            await checkpoint.record(step, key, NOTED)
        keys.add(key)


async def stream_aliases(
    client: SequenceClient,
    report: JobReport,
    display: Display,
    checkpoint: CheckpointStore | None,
    page_size: int | None,
    prefetch: int,
    steps: int = 3,
) -> tuple[list[str], list[str]]:
    """Step 1: every alias once; returns the customers and the aliases to delete, sorted (so a
    resumed run hands the next steps the same id lists, whatever order the store returns)."""
    seen, customers, doomed = [await noted(checkpoint, step) for step in (SEEN, CUSTOMERS, DOOMED)]
    resumed = f", {len(seen):,} seen by earlier runs" if seen else ""
    print(f"1/{steps} streaming {report.aliases_before:,} aliases (prefetch={prefetch}{resumed})", flush=True)
    progress = display.bar("aliases", report.aliases_before)
    step = LISTING if checkpoint is not None else None  # a step alone is refused
    listing = client.customer_aliases.list(limit=page_size, prefetch=prefetch, checkpoint=checkpoint, step=step)
    async for alias in listing:
        await note(checkpoint, CUSTOMERS, alias.customer_id, customers)
        if should_delete(alias):
            await note(checkpoint, DOOMED, alias.id, doomed)
        await note(checkpoint, SEEN, alias.id, seen)  # last: an alias noted seen has all its facts noted
        progress(len(seen), None)
    report.aliases_streamed, report.customers, report.to_delete = len(seen), len(customers), len(doomed)
    return sorted(customers), sorted(doomed)


async def fetch_contacts(
    client: SequenceClient,
    report: JobReport,
    display: Display,
    checkpoint: CheckpointStore | None,
    customers: list[str],
    concurrency: int,
    steps: int = 3,
) -> None:
    """Step 2: every customer's contacts; a customer done by an earlier run has its count in the store."""

    async def contacts_of(customer_id: str) -> int:
        contacts = await client.contacts.list(customer_id)
        if checkpoint is not None:  # before the batch records the outcome: a resumed one has its count
            await checkpoint.save_position(CONTACT_COUNT + customer_id, str(len(contacts)))
        return len(contacts)

    print(f"2/{steps} fetching contacts of {len(customers):,} customers (concurrency {concurrency})", flush=True)
    progress = display.bar("customers", len(customers))
    async for outcome in concurrent_map(
        contacts_of,
        customers,
        concurrency=concurrency,
        on_progress=progress,
        checkpoint=checkpoint,
        key=_same if checkpoint is not None else None,
        step=CONTACTS if checkpoint is not None else None,  # a step alone is refused
    ):
        count = outcome.result
        if outcome.resumed is not None and checkpoint is not None:
            saved = await checkpoint.load_position(CONTACT_COUNT + outcome.item)
            count = None if saved is None else int(saved)
        if outcome.ok and count is not None:
            report.contacts += count
        else:
            report.contact_errors += 1


def _same(item: str) -> str:
    return item


async def delete_doomed(
    client: SequenceClient,
    report: JobReport,
    display: Display,
    checkpoint: CheckpointStore | None,
    doomed: list[str],
    concurrency: int,
    steps: int = 3,
) -> None:
    """Step 3: delete the doomed aliases; ids done by an earlier run are not sent again."""
    print(f"3/{steps} deleting {len(doomed):,} archived aliases (concurrency {concurrency})", flush=True)
    result = await client.customer_aliases.delete_many(
        doomed,
        concurrency=concurrency,
        on_progress=display.bar("deleted", len(doomed)),
        checkpoint=checkpoint,
    )
    report.already_deleted = len(result.already_deleted)
    report.deleted_earlier = len(result.resumed)
    report.deleted = len(result.succeeded) + report.already_deleted + report.deleted_earlier
    report.delete_errors = {alias_id: str(error) for alias_id, error in result.failed.items()}


def new_alias_value(customer_id: str, n: int) -> str:
    return f"demo-{customer_id}-{n}"


def new_alias_pairs(customers: list[str], count: int) -> list[tuple[str, str]]:
    """``count`` new ``(customer, value)`` pairs, round robin over the (sorted) customers: the
    same list in every run, so a rerun resumes the same batch."""
    if not customers:
        return []
    return [
        (customers[i % len(customers)], new_alias_value(customers[i % len(customers)], i // len(customers)))
        for i in range(count)
    ]


def usage_events(customers: list[str], pairs: list[tuple[str, str]], count: int) -> list[dict[str, Any]]:
    """``count`` events, round robin over the customers, each on one of its new aliases; event
    ``n`` of a customer has the ``customerEventId`` of the key ``demo:{customer}:{n}``."""
    if not customers:
        return []
    values: dict[str, list[str]] = {}
    for customer_id, value in pairs:
        values.setdefault(customer_id, []).append(value)
    events = []
    for i in range(count):
        customer_id, n = customers[i % len(customers)], i // len(customers)
        own = values.get(customer_id) or [new_alias_value(customer_id, 0)]  # none new: an unmapped alias
        events.append(
            {
                "customer_alias": own[n % len(own)],
                "event_type": EVENT_TYPE,
                "event_timestamp": datetime.fromtimestamp(EVENT_EPOCH + 60 * n, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "event_properties": {"units": 1 + (i % 5), "n": n},
                "customer_event_id": customer_event_id(f"demo:{customer_id}:{n}"),
            }
        )
    return events


async def create_new_aliases(
    client: SequenceClient,
    writes: WriteReport,
    display: Display,
    checkpoint: CheckpointStore | None,
    pairs: list[tuple[str, str]],
    concurrency: int,
) -> None:
    """Step 4: the new aliases; a rerun skips what earlier runs created and looks up (by value)
    what was in flight at a kill before it resends it."""
    print(f"4/5 creating {len(pairs):,} new aliases (concurrency {concurrency})", flush=True)
    result = await client.customer_aliases.create_many(
        pairs,
        concurrency=concurrency,
        on_progress=display.bar("created", len(pairs)),
        checkpoint=checkpoint,
        step=NEW_ALIASES if checkpoint is not None else None,
    )
    writes.aliases_to_create = len(pairs)
    writes.aliases_created_earlier = len(result.resumed)
    writes.aliases_created = len(result.succeeded) + len(result.resumed)
    writes.alias_errors = {value: str(error) for value, error in result.failed.items()}
    writes.alias_errors.update(dict.fromkeys(result.not_attempted, "not attempted"))


async def send_usage_events(
    client: SequenceClient,
    writes: WriteReport,
    display: Display,
    checkpoint: CheckpointStore | None,
    events: list[dict[str, Any]],
    concurrency: int,
) -> None:
    """Step 5: the usage events; a resend (after a reset, or by a rerun) supersedes the first."""
    print(f"5/5 sending {len(events):,} usage events (concurrency {concurrency})", flush=True)
    result = await client.usage_events.send_many(
        events,
        concurrency=concurrency,
        on_progress=display.bar("events", len(events)),
        checkpoint=checkpoint,
        step=EVENTS if checkpoint is not None else None,
    )
    writes.events_to_send = len({event["customer_event_id"] for event in events})
    writes.events_sent_earlier = len(result.resumed)
    writes.events_sent = len(result.succeeded) + len(result.resumed)
    writes.event_errors = {event_id: str(error) for event_id, error in result.failed.items()}
    writes.event_errors.update(dict.fromkeys(result.not_attempted, "not attempted"))


async def check_aliases(
    client: SequenceClient,
    writes: WriteReport,
    display: Display,
    pairs: list[tuple[str, str]],
    page_size: int | None,
    prefetch: int,
) -> int:
    """Every alias listed again: each new value must be there once, for its customer. Returns
    the number of aliases now."""
    wanted = {value: customer_id for customer_id, value in pairs}
    owners: dict[str, list[str]] = {value: [] for value in wanted}
    progress = display.bar("check aliases", None)
    count = 0
    async for alias in client.customer_aliases.list(limit=page_size, prefetch=prefetch):
        count += 1
        if alias.value in owners:
            owners[alias.value].append(alias.customer_id)
        progress(count, count)
    for value, customer_id in wanted.items():
        found = owners[value]
        if found == [customer_id]:
            writes.aliases_found += 1
        else:
            writes.alias_problems.append(f"{value}: wanted once for {customer_id}, listed for {found or 'nobody'}")
    return count


async def check_events(
    client: SequenceClient, writes: WriteReport, display: Display, events: list[dict[str, Any]], prefetch: int
) -> None:
    """Every stored usage event listed: each id sent must be stored exactly once."""
    sent = {event["customer_event_id"] for event in events}
    stored: collections.Counter[str] = collections.Counter()
    progress = display.bar("check events", len(events))
    async for event in client.usage_events.list(limit=100, prefetch=prefetch):
        writes.events_stored_all += 1
        if event.customer_event_id in sent:
            stored[event.customer_event_id] += 1
        progress(writes.events_stored_all, max(len(events), writes.events_stored_all))
    writes.events_stored = sum(stored.values())
    writes.event_ids_stored = len(stored)


@contextlib.contextmanager
def emulator_on_loopback(args: argparse.Namespace) -> Iterator[tuple[str, str, str]]:
    """A seeded, fault-injecting emulator in its own process on 127.0.0.1 (the second core)."""
    client_id, client_secret = "demo-client", "demo-secret"
    command = [
        sys.executable,
        "-m",
        "sequence_async.testing",
        "--host=127.0.0.1",
        "--port=0",
        f"--seed={args.seed}",
        f"--seed-customers={args.customers}",
        f"--aliases-per-customer={args.aliases_per_customer}",
        f"--contacts-per-customer={args.contacts_per_customer}",
        f"--fault-probability={args.fault_probability}",
        "--lost-responses",  # some faults apply the request, then drop the connection: resends must be safe
        f"--rate-limit={args.server_rate_limit}/1",
        f"--client-id={client_id}",
        f"--client-secret={client_secret}",
        "--log-level=error",
    ]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()  # the emulator prints its URL first
        if not base_url.startswith("http://127.0.0.1:"):
            raise SystemExit(f"the emulator did not start (printed {base_url!r})")
        print(
            f"emulator at {base_url}: {args.customers:,} customers x {args.aliases_per_customer} aliases, "
            f"faults {args.fault_probability:.0%} (500/502/503/504, 429 + Retry-After, dropped connections, "
            "responses lost after the write was applied), "
            f"rate limit {args.server_rate_limit}/s",
            flush=True,
        )
        yield base_url, client_id, client_secret
    finally:
        server.terminate()
        server.wait(timeout=10)


def usage_error(args: argparse.Namespace) -> str | None:
    """What is wrong with the command line (checked before anything is sent), or None."""
    credentials = os.environ.get("SEQUENCE_CLIENT_ID") and os.environ.get("SEQUENCE_CLIENT_SECRET")
    if args.base_url is not None:
        if args.api == "real":
            return "--base-url and --api real are exclusive: pick one server"
        url = urlsplit(args.base_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            return f"--base-url must be an http:// or https:// URL with a host, got {args.base_url!r}"
        if not credentials:
            return "--base-url needs SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET in the environment"
    elif args.api == "real" and not credentials:
        return "--api real needs SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET in the environment"
    if args.checkpoint is not None:
        if args.base_url is None and args.api != "real":
            return "--checkpoint needs a server that outlives the run: --base-url URL or --api real"
        if not os.path.isdir(os.path.dirname(os.path.abspath(args.checkpoint))):
            return f"--checkpoint {args.checkpoint!r}: its directory does not exist"
    if args.progress == "bar" and not rich_available():
        return "--progress bar needs rich: pip install 'sequence-async[progress]'"
    return None


async def main_async(args: argparse.Namespace) -> int:
    async with contextlib.AsyncExitStack() as stack:
        # The checkpoint is opened (and checked) before the client exists: a bad file sends nothing.
        checkpoint = (
            await stack.enter_async_context(SQLiteCheckpoint(args.checkpoint, job=JOB))
            if args.checkpoint is not None
            else None
        )
        display = make_display(args.progress)
        stack.callback(display.close)
        plan = WritePlan(args.new_aliases, args.events, args.write_concurrency)
        job = functools.partial(
            run_job, concurrency=args.concurrency, page_size=args.page_size, display=display, checkpoint=checkpoint
        )
        if args.base_url is not None or args.api == "real":
            where = {"base_url": args.base_url} if args.base_url is not None else {"environment": args.environment}
            client = SequenceClient(
                os.environ["SEQUENCE_CLIENT_ID"],
                os.environ["SEQUENCE_CLIENT_SECRET"],
                http_backend=args.http_backend,
                hooks=Hooks(on_long_wait=display.waiting),
                **where,
            )
            async with client:
                report = await job(client, allow_delete=args.allow_delete, writes=plan if args.allow_writes else None)
        else:
            with emulator_on_loopback(args) as (base_url, client_id, client_secret):
                # Pace just under the server's limit: the job waits instead of collecting 429s. The
                # burst is small: the server counts a sliding second, and a full second's burst on
                # top of the pace (the default) drew storms of 429s once the writes ran at full speed.
                rate = int(args.server_rate_limit * 0.95)
                pace = RateLimit(rate, per=1.0, burst=max(1, rate // 20))
                async with SequenceClient(
                    client_id,
                    client_secret,
                    base_url=base_url,
                    rate_limit=pace,
                    hooks=Hooks(on_long_wait=display.waiting),
                    http_backend=args.http_backend,
                    retry=RetryPolicy(max_retries=args.max_retries),
                    # AWS's capacity (500) rather than the SDK's 100: the emulator's random faults come
                    # in bursts at 300 requests/s, and 100 left a few calls with no retry at all.
                    retry_budget=RetryBudget(capacity=500),
                ) as client:
                    report = await job(client, allow_delete=True, writes=plan)
    print(report.render(), flush=True)
    return 0 if report.consistent else 1


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _not_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be at least 0, got {value}")
    return value


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api", choices=["emulator", "real"], default="emulator")
    parser.add_argument("--environment", default="sandbox", help="with --api real: production, sandbox or dev")
    parser.add_argument(
        "--base-url", metavar="URL", help="an already running server (credentials from SEQUENCE_CLIENT_ID/_SECRET)"
    )
    parser.add_argument("--allow-delete", action="store_true", help="with --api real or --base-url: really delete")
    parser.add_argument(
        "--allow-writes",
        action="store_true",
        help="with --api real or --base-url: run steps 4-5 (create aliases, send usage events)",
    )
    parser.add_argument(
        "--checkpoint", metavar="PATH", help="SQLite file of the job's progress: rerun with it after a kill to resume"
    )
    parser.add_argument("--customers", type=_positive, default=2000)
    parser.add_argument("--aliases-per-customer", type=_positive, default=10)
    parser.add_argument("--contacts-per-customer", type=int, default=2)
    parser.add_argument("--fault-probability", type=float, default=0.02)
    parser.add_argument("--concurrency", type=_positive, default=16)
    parser.add_argument("--new-aliases", type=_not_negative, default=2000, help="step 4: new aliases to create")
    parser.add_argument("--events", type=_not_negative, default=20000, help="step 5: usage events to send")
    parser.add_argument("--write-concurrency", type=_positive, default=WRITE_CONCURRENCY, help="steps 4-5")
    # 2% faults over the ~27,000 requests of the default job: a call meeting 3 in a row (the
    # default 2 retries) happened about once per demo run, so the demo retries more.
    parser.add_argument("--max-retries", type=_not_negative, default=5, help="retries per call after a fault")
    parser.add_argument(
        "--http-backend",
        choices=["httpx", "aiohttp"],
        default=DEFAULT_BACKEND,
        help="the client's HTTP stack (default aiohttp when installed: several times httpx's throughput)",
    )
    parser.add_argument("--page-size", type=_positive, default=None, help="aliases per listed page (default 100)")
    parser.add_argument("--progress", choices=["auto", "bar", "plain"], default="auto")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--server-rate-limit",
        type=int,
        default=500,
        help="emulator: requests/s per key (Sequence's 25/s would make the demo take minutes)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    # Retries are counted in the report; one WARNING line each would drown the progress.
    sdk_logger = logging.getLogger("sequence_async")
    level = sdk_logger.level
    sdk_logger.setLevel(logging.ERROR)
    try:
        args = parse_args(argv)  # argparse exits 2 with its own message
        error = usage_error(args)
        if error is not None:
            print(f"usage error: {error}", file=sys.stderr)
            return 2
        return asyncio.run(main_async(args))
    except CheckpointError as exc:  # not ours, corrupt, another job's or another id list: nothing was sent
        print(f"usage error: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # argparse: main() is also called in-process, so return its status
        return exc.code if isinstance(exc.code, int) else 2
    except SequenceError as exc:
        print(f"job failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        sdk_logger.setLevel(level)  # main() is also called in-process (tests): leave no trace


if __name__ == "__main__":
    sys.exit(main())
