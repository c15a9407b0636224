"""The hand-written methods of two resources (the public surface of 0.1, kept exactly); the
generated classes of ``sequence_async.resources`` carry every other operation of the areas.
``openapi/surface.yaml`` (``hand_written``) tells the generator to leave these operations here."""

from __future__ import annotations

import builtins
import urllib.parse
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from . import _params
from ._batch import BatchResult, ProgressCallback, batch_counts, run_batch
from ._checkpoint import CheckpointStore, Touched
from ._config import NOT_GIVEN, NotGiven
from ._generated import Endpoint, ModelParser, unset
from ._hooks import Operation
from ._operations import checked_headers, checked_timeout, operation
from ._pagination import AsyncPaginator, Direction, Page, PositionStore, cursor_digest
from .errors import AlreadyDeletedError, BatchAbortedError, InvalidParameterError, NotFoundError, RateLimitError
from .resources.contacts import _Contacts
from .resources.customer_aliases import _CustomerAliases
from .resources.usage_events import _UsageEvents

if TYPE_CHECKING:
    from ._operations import Timeout

if TYPE_CHECKING:
    import httpx
    from sequence_api.models import Contact, ContactList, CustomerAlias, CustomerAliasList, CustomerAliasPage
    from sequence_api.models import CreateUsageEventEndpointProductCreateUsageEventResponseModel as UsageEvent

    from ._pipeline import Pipeline, Reply

T = TypeVar("T")
# The generated package (and attrs) load at the first call, not at `import sequence_async`:
# see _generated.
GET_CUSTOMER_ALIASES = Endpoint("customer_aliases.get_customer_aliases")
GET_CUSTOMER_ALIASES_OF_CUSTOMER = Endpoint("customer_aliases.get_customers_by_id_aliases")
DELETE_CUSTOMER_ALIAS = Endpoint("customer_aliases.delete_customer_aliases_by_id")
GET_CONTACTS = Endpoint("contacts.get_customers_by_customer_contacts")
_parse_page: ModelParser[CustomerAliasPage] = ModelParser("CustomerAliasPage")
_parse_alias_list: ModelParser[CustomerAliasList] = ModelParser("CustomerAliasList")
_parse_alias: ModelParser[CustomerAlias] = ModelParser("CustomerAlias")
_parse_contact_list: ModelParser[ContactList] = ModelParser("ContactList")

# What hooks, spans and metrics call each public method (names checked against the spec by tests).
LIST_ALIASES = Operation("CustomerAliases.list", "getCustomerAliases", "/customer-aliases")
LIST_CUSTOMER_ALIASES = Operation(
    "CustomerAliases.list_for_customer", "getCustomersByIdAliases", "/customers/{id}/aliases"
)
DELETE_ALIAS = Operation("CustomerAliases.delete", "deleteCustomerAliasesById", "/customer-aliases/{id}")
DELETE_ALIASES = Operation("CustomerAliases.delete_many", "", "")
LIST_CONTACTS = Operation("Contacts.list", "getCustomersByCustomerContacts", "/customers/{customer}/contacts")


def _list_step(value: str | None, page_size: int, after: str | None, before: str | None) -> str:
    """The default step of a resumable listing: the operation and its query, so another query
    (filter, page size, start) keeps its own position. A start cursor is server data that may be
    long or echo anything: a digest stands for it."""
    query: dict[str, str] = {"limit": str(page_size)}
    if value is not None:
        query["value"] = value
    if after is not None:
        query["after_digest"] = cursor_digest(after)
    if before is not None:
        query["before_digest"] = cursor_digest(before)
    return "customer_aliases.list?" + urllib.parse.urlencode(query)


class CustomerAliases(_CustomerAliases):
    """Customer aliases: ``client.customer_aliases``."""

    @operation(LIST_ALIASES)
    def list(
        self,
        value: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        prefetch: int = 0,
        checkpoint: PositionStore | None = None,
        step: str | None = None,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[CustomerAlias]:
        """Every customer alias (optionally only those whose value equals ``value``).

        Pages forward from the start, or from ``after`` (a saved ``Page.after``); with
        ``before`` it pages backwards. ``limit=None`` asks for the largest page (100).

        ``checkpoint=store`` makes the listing resumable (see :class:`AsyncPaginator`): the
        cursor of the next page is saved once a page is consumed, "done" when paging ends, and
        a rerun resumes there; items of a page partly consumed at a crash are delivered again
        (at-least-once). ``step`` names the position in the store; by default
        ``customer_aliases.list?limit=...`` with the query (a digest stands for a start cursor).
        ``timeout`` and ``extra_headers`` apply to every page's request.
        """
        value = _params.optional_str(value, "value")
        page_size = _params.page_limit(limit)
        after = _params.cursor(after, "after")
        before = _params.cursor(before, "before")
        if after is not None and before is not None:
            raise InvalidParameterError("pass after or before, not both")
        if checkpoint is not None and step is None:
            step = _list_step(value, page_size, after, before)

        fetch = _alias_pages(self._pipeline, value, page_size, checked_headers(extra_headers), checked_timeout(timeout))
        direction: Direction = "before" if before is not None else "after"
        return AsyncPaginator(
            fetch, direction=direction, start=before or after, prefetch=prefetch, checkpoint=checkpoint, step=step
        )

    @operation(LIST_CUSTOMER_ALIASES)
    async def list_for_customer(
        self,
        customer_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,  # noqa: ASYNC109  (a per-call option, as in httpx)
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[CustomerAlias]:
        """All aliases of one customer."""
        method, path, params = GET_CUSTOMER_ALIASES_OF_CUSTOMER.request(id=_params.path_id(customer_id, "customer_id"))
        reply = await _send(
            self._pipeline, (method, path, params), _parse_alias_list, LIST_CUSTOMER_ALIASES, extra_headers, timeout
        )
        return reply.body.items

    @operation(DELETE_ALIAS)
    async def delete(
        self,
        alias_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,  # noqa: ASYNC109  (a per-call option, as in httpx)
        extra_headers: Mapping[str, str] | None = None,
    ) -> CustomerAlias:
        """Delete one alias; returns the deleted alias."""
        shape = DELETE_CUSTOMER_ALIAS.request(id=_params.path_id(alias_id, "alias_id"))
        reply = await _send(self._pipeline, shape, _parse_alias, DELETE_ALIAS, extra_headers, timeout)
        return reply.body

    async def delete_many(
        self,
        ids: Iterable[str] | AsyncIterable[str],
        *,
        concurrency: int = 16,
        on_progress: ProgressCallback | None = None,
        checkpoint: CheckpointStore | None = None,
        step: str | None = None,
        retry_failed: bool = True,
    ) -> BatchResult[str, CustomerAlias]:
        """Delete many aliases with bounded, adaptive concurrency; one failure never stops the rest.

        ``result.succeeded`` maps id -> deleted alias, ``result.already_deleted`` the ids a
        retried DELETE found gone, ``result.failed`` id -> error. A repeated id is deleted once
        (a second DELETE could only answer 404). An id that is not a valid id (empty, ``..``)
        fails alone, in ``failed``; a value that is not a str refuses the whole call before
        anything is sent (from an async source, where it shows up late, it stops the batch like
        a raising source: :class:`BatchAbortedError` with ``partial_result``).

        With ``checkpoint`` (step ``"customer_aliases.delete_many"`` unless ``step`` is given), a
        rerun after a kill skips the ids deleted (or found gone) by earlier runs, listed in
        ``result.resumed``; it sends again the ids that were in flight at the kill, and a 404
        for one of those (or for one whose failure may have been applied) counts as already
        deleted; a 404 for an id that only got 429s or failed without effect is a failure.
        Failed ids are tried again unless ``retry_failed=False``. See :func:`run_batch`.
        """
        unique = _unique_async(ids) if isinstance(ids, AsyncIterable) else _checked_ids(ids)  # a bare str: refused
        touched: set[str] = set()  # ids whose earlier call may have been applied (then requeued)
        if checkpoint is not None:  # else run_batch refuses it, naming the argument
            checkpoint = Touched(checkpoint, touched) if isinstance(checkpoint, CheckpointStore) else checkpoint
        with self._pipeline.operation_span(DELETE_ALIASES) as set_attributes:
            result = await run_batch(
                _deleter(self.delete, touched),
                unique,
                key=_identity,
                concurrency=concurrency,
                on_progress=on_progress,
                checkpoint=checkpoint,
                step=_default_step(step, checkpoint, "customer_aliases.delete_many"),
                retry_failed=retry_failed,
            )
            set_attributes(batch_counts(result))
        return result

    async def create_many(
        self,
        pairs: Iterable[tuple[str, str] | Mapping[str, Any]] | AsyncIterable[tuple[str, str] | Mapping[str, Any]],
        *,
        concurrency: int = 16,
        on_progress: ProgressCallback | None = None,
        checkpoint: CheckpointStore | None = None,
        step: str | None = None,
        retry_failed: bool = True,
    ) -> BatchResult[str, CustomerAlias]:
        """Create many aliases, never two from one input, even across retries, kills and reruns.

        ``pairs``: ``(customer_id, value)`` pairs or mappings of :meth:`create`'s arguments
        (``customer_id``, ``value``, ``label``), all checked before anything is sent; a value given
        twice is refused (values are unique in the account). The result is keyed by value:
        ``succeeded`` (value -> alias), ``failed`` (value -> error), ``not_attempted``,
        ``resumed``. An alias that already exists for the same customer counts as created (its
        alias is the result); one that belongs to another customer fails with
        :class:`~sequence_async.errors.AliasConflictError` naming both.

        Each create sends an ``Idempotency-Key`` derived from the job and the item (the job's
        part is saved in ``checkpoint``, so a rerun sends the same keys; the API keeps them 24 h),
        except for an item an earlier run saw refused with no effect: its key would replay the
        refusal, so it gets a new one.
        An item an earlier run may have created (in flight at a kill, or failed after an attempt
        that may have reached the API) is first looked up by its value (``list(value=...)``) and
        resent only if it is not there, so reruns after the 24 h are safe too. With
        ``checkpoint`` (step ``"customer_aliases.create_many"`` unless ``step`` is given) a rerun
        skips what earlier runs created; see :func:`~sequence_async.run_batch`.
        """
        from ._writes import create_aliases

        batch = _batch_options(concurrency, on_progress, checkpoint, step, retry_failed)
        return await create_aliases(self._pipeline, pairs, create=self.create, lookup=self._live_alias, batch=batch)

    async def _live_alias(self, value: str) -> CustomerAlias | None:
        """The live alias whose value is ``value`` (values are unique), from its first page, or None."""
        page = await self.list(value=value, limit=100).first_page()
        for alias in page.items:
            if alias.value == value and not alias.deleted_at:
                return alias
        return None


class UsageEvents(_UsageEvents):
    """Usage events: ``client.usage_events``."""

    async def send_many(
        self,
        events: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        key: Callable[[Mapping[str, Any]], str] | None = None,
        concurrency: int = 16,
        on_progress: ProgressCallback | None = None,
        checkpoint: CheckpointStore | None = None,
        step: str | None = None,
        retry_failed: bool = True,
    ) -> BatchResult[str, UsageEvent]:
        """Send many usage events, each counted once however often it is resent or rerun.

        ``events``: mappings of :meth:`create`'s arguments, all checked before anything is sent.
        Every event carries a ``customerEventId`` (the API: "another event with the same customer
        event ID will supersede this one"): its own ``customer_event_id``, else
        :func:`~sequence_async.customer_event_id` of ``key(event)``, else of its content (so two
        identical events are one: give such events an id or a ``key``). Two events with the same
        id are refused before anything is sent. So every attempt is safe to resend: a reset or a
        5xx is retried, and a rerun resends what was in flight at a kill.

        The result is keyed by ``customerEventId``: ``succeeded`` (id -> stored event),
        ``failed``, ``not_attempted`` and, with ``checkpoint`` (step ``"usage_events.send_many"``
        unless ``step`` is given), ``resumed`` for what earlier runs sent. See
        :func:`~sequence_async.run_batch` for concurrency, progress and resuming.
        """
        from ._writes import send_events

        batch = _batch_options(concurrency, on_progress, checkpoint, step, retry_failed)
        return await send_events(self._pipeline, events, key=key, batch=batch)


async def _send(
    pipeline: Pipeline,
    shape: tuple[str, str, dict[str, Any] | None],
    parse: Callable[[Any], T],
    operation: Operation,
    extra_headers: object,
    timeout: object,  # noqa: ASYNC109  (the caller's per-call option, passed on)
) -> Reply[T]:
    """One hand-written call: the generated request shape, the caller's per-call options."""
    method, path, params = shape
    return await pipeline.call(
        method,
        path,
        parse,
        params=params,
        headers=checked_headers(extra_headers),
        timeout=checked_timeout(timeout),
        operation=operation,
    )


def _alias_pages(
    pipeline: Pipeline,
    value: str | None,
    page_size: int,
    headers: dict[str, str] | None,
    timeout: httpx.Timeout | None,
) -> Callable[[Direction, str | None], Awaitable[Page[CustomerAlias]]]:
    """The page fetcher of :meth:`CustomerAliases.list`."""
    not_given = unset()

    async def fetch(direction: Direction, cursor: str | None) -> Page[CustomerAlias]:
        method, path, params = GET_CUSTOMER_ALIASES.request(
            limit=page_size,
            value=not_given if value is None else value,
            after=cursor if direction == "after" and cursor is not None else not_given,
            before=cursor if direction == "before" and cursor is not None else not_given,
        )
        reply = await pipeline.call(
            method, path, _parse_page, params=params, headers=headers, timeout=timeout, operation=LIST_ALIASES
        )
        body = reply.body
        return Page(
            items=body.items,
            after=_text(body.pagination.after),
            before=_text(body.pagination.before),
            total=_int(body.pagination.total_result_size),
            version=reply.version,
            request_id=reply.request_id,
        )

    return fetch


def _deleter(
    delete: Callable[[str], Awaitable[CustomerAlias]], touched: set[str]
) -> Callable[[str], Awaitable[CustomerAlias]]:
    """One item of ``delete_many``: a 404 for an id whose earlier attempt may have deleted it
    (``touched``) is :class:`AlreadyDeletedError`; a 429 that may have been applied marks it touched."""

    async def delete_one(alias_id: str) -> CustomerAlias:
        try:
            return await delete(alias_id)
        except NotFoundError as exc:
            if alias_id not in touched or isinstance(exc, AlreadyDeletedError):
                raise
            gone = AlreadyDeletedError.restate(exc)
        except RateLimitError as exc:  # only a 429 is tried again (requeued by run_batch)
            if exc.maybe_applied:
                touched.add(alias_id)
            raise
        raise gone

    return delete_one


class Contacts(_Contacts):
    """Customer contacts: ``client.contacts``."""

    @operation(LIST_CONTACTS)
    async def list(
        self,
        customer_id: str,
        include_archived: bool = False,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,  # noqa: ASYNC109  (a per-call option, as in httpx)
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Contact]:
        """A customer's contacts (archived ones only with ``include_archived=True``)."""
        method, path, params = GET_CONTACTS.request(
            customer=_params.path_id(customer_id, "customer_id"),
            include_archived=_params.flag(include_archived, "include_archived"),
        )
        reply = await _send(
            self._pipeline, (method, path, params), _parse_contact_list, LIST_CONTACTS, extra_headers, timeout
        )
        return reply.body.items


async def _unique_async(ids: AsyncIterable[object]) -> AsyncIterator[str]:
    seen: set[str] = set()
    index = 0
    async for value in ids:
        alias_id = _params.id_str(value, f"ids[{index}]")
        index += 1
        if alias_id not in seen:
            seen.add(alias_id)
            yield alias_id


def _checked_ids(ids: Iterable[object]) -> list[str]:
    """Every id checked before anything is sent; a raising iterable stops the batch before it starts."""
    try:
        return _params.id_list(ids, "ids")
    except InvalidParameterError:
        raise
    except Exception as exc:  # the caller's iterable raised: typed, with the cause kept
        raise BatchAbortedError(
            f"the batch stopped before sending anything: the item source raised {type(exc).__name__}",
            partial_result=BatchResult(),
        ) from exc


def _batch_options(
    concurrency: int, on_progress: object, checkpoint: object, step: object, retry_failed: bool
) -> dict[str, Any]:
    """A batch helper's options for ``run_batch`` (each checked there, naming the argument)."""
    return {
        "concurrency": concurrency,
        "on_progress": on_progress,
        "checkpoint": checkpoint,
        "step": step,
        "retry_failed": retry_failed,
    }


def _default_step(step: str | None, checkpoint: object, default: str) -> str | None:
    """The caller's step (checked by run_batch, "" too), else ``default`` with a checkpoint."""
    if step is not None or checkpoint is None:
        return step
    return default


def _identity(value: str) -> str:
    return value


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None
