"""Every generated method of ``sequence_async.resources`` against the emulator, through the public API.

For each of the 169 generated methods (one pytest item per method, id ``area.method``):

1. a valid call (arguments sampled from its Op's schemas, path ids naming records that exist)
   returns what it is annotated to return, after exactly one request of its METHOD and path;
2. an unknown id is a :class:`NotFoundError` (methods whose path names a record), and an invalid
   argument is refused before sending (:class:`InvalidParameterError` naming it, no request);
3. a failed first attempt (503, a dropped connection, a 429) is retried exactly when it is safe.

Then a sample over real loopback HTTP on both backends, per-call ``extra_headers`` and
``timeout``, ``with_raw_response``, ``client.request``, and Hypothesis properties of the bodies.
The in-process client never really sleeps (``sleep=`` records the backoffs).
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
import time
import urllib.parse
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sequence_async import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    RetryPolicy,
    SequenceClient,
)
from sequence_async._operations import NOT_GIVEN
from sequence_async._pagination import AsyncPaginator
from sequence_async.resources import AREAS
from sequence_async.testing import Fault, Faults, SequenceEmulator
from sequence_async.testing._generic import collection_name
from tests._calls import (
    HAND_WRITTEN,
    METHODS,
    MODULES,
    Call,
    Method,
    document_operations,
    json_types,
    nullable_in_document,
    resolve,
    sample,
    valid_call,
)
from tests._existing import API, ROLES
from tests._fixtures import Backend, Sleeps, make_client

BY_ID = {method.id: method for method in METHODS}
SUCCESS = "2024-07-30"


def by_method(methods: list[Method] | tuple[Method, ...]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("method", methods, ids=[method.id for method in methods])


def new_emulator(**kwargs: Any) -> SequenceEmulator:
    emulator = SequenceEmulator(rate_limit=None, **kwargs)
    emulator.seed(customers=2, aliases_per_customer=2, contacts_per_customer=1, seed=0)
    return emulator


@pytest.fixture
def emulator() -> SequenceEmulator:
    return new_emulator()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
async def client(emulator: SequenceEmulator, sleeps: Sleeps) -> AsyncIterator[SequenceClient]:
    async with emulator.client(sleep=sleeps, random=lambda: 0.5) as client:
        yield client


def pages_repeat(method: Method) -> bool:
    """A list the emulator answers with the document's example ("generated" role): every page is
    the same one, with the same ``after`` cursor, so the SDK (rightly) stops a loop after page 1
    with PaginationError. Those are read one page at a time."""
    return method.op.paginated and ROLES[method.operation_id].kind == "generated"


async def run(method: Method, call: Call, client: SequenceClient, **extra: Any) -> Any:
    """The call through the public API, awaited; a paginator is read to the end (or its first page)."""
    result = call.invoke(method, client, **extra)
    if isinstance(result, AsyncPaginator):
        if pages_repeat(method):
            return (await result.first_page()).items
        return await result.to_list()
    return await result


def assert_result(method: Method, result: Any) -> None:
    """The result is what the method's annotation says (each item, for a paginator)."""
    expected = method.result_types()
    if expected is None:
        assert result is None, method.id
    elif method.op.paginated:
        assert isinstance(result, list), method.id
        assert result, f"{method.id}: the list is empty (the test seeds one record)"
        assert all(isinstance(item, expected) for item in result), (method.id, result[:1])
    else:
        assert isinstance(result, expected), (method.id, type(result), expected)


def sent(emulator: SequenceEmulator) -> list[tuple[str, str]]:
    return [(request.method, request.path) for request in emulator.requests]


def statuses(emulator: SequenceEmulator) -> list[int | None]:
    return [request.status for request in emulator.requests]


def documented_status(method: Method) -> int:
    return API.operations[method.operation_id].status


class Recording(httpx.AsyncBaseTransport):
    """The in-process transport, remembering each request as sent (the emulator logs no bodies)."""

    def __init__(self, emulator: SequenceEmulator) -> None:
        self.inner = httpx.ASGITransport(app=emulator)
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests.append(request)
        return await self.inner.handle_async_request(request)


def recording_client(emulator: SequenceEmulator, transport: Recording) -> SequenceClient:
    return SequenceClient(
        emulator.client_id,
        emulator.client_secret,
        base_url=emulator.BASE_URL,
        transport=transport,
        retry=RetryPolicy(max_retries=0),
    )


# -- the generated surface is the whole document ----------------------------------------------------


def test_every_operation_of_the_document_has_one_generated_method() -> None:
    operations = document_operations()
    assert len(operations) > 100
    assert set(HAND_WRITTEN) <= set(operations)
    assert len(METHODS) == len(operations) - len(HAND_WRITTEN)  # a new operation cannot go untested
    generated = [method.operation_id for method in METHODS]
    assert len(set(generated)) == len(generated), "an operation is generated twice"
    assert set(generated) == set(operations) - set(HAND_WRITTEN)
    for method in METHODS:
        assert (method.op.method, method.op.template) == operations[method.operation_id], method.id
    assert set(AREAS) == MODULES  # a module per area, no module outside AREAS
    options = {"self", "timeout", "extra_headers", "idempotency_key", "prefetch", "checkpoint", "step"}
    for method in METHODS:
        op = method.op
        arguments = {name for name, *_ in (*op.path, *op.query, *op.body)} | (
            {"body"} if op.body_whole is not None else set()
        )
        parameters = set(inspect.signature(method.function).parameters)
        assert parameters - options == arguments, method.id  # every argument, and nothing else
        assert ("idempotency_key" in parameters) == op.idempotency_header, method.id
    assert len({method.id for method in METHODS}) == len(METHODS)


async def test_each_generated_method_is_the_one_the_client_exposes(client: SequenceClient) -> None:
    for method in METHODS:
        bound = method.bound(client)
        assert bound.__func__ is method.function, method.id  # type: ignore[attr-defined]
        assert bound.__sequence_operation__ == method.operation_id, method.id  # type: ignore[attr-defined]


# What the emulator does to the record a path names: read, update, archive... answer that record.
SAME_RECORD = frozenset({"read", "update", "delete", "archive", "action"})


# -- 1. success --------------------------------------------------------------------------------------


@by_method(METHODS)
async def test_a_valid_call_returns_its_annotated_type_after_one_request(
    method: Method, emulator: SequenceEmulator, client: SequenceClient
) -> None:
    call = valid_call(emulator, method)
    emulator.reset_log()
    result = await run(method, call, client, extra_headers={"X-Test-Case": method.id}, timeout=30.0)
    assert_result(method, result)
    assert sent(emulator) == [(method.op.method, call.path)]
    assert statuses(emulator) == [documented_status(method)]
    if ROLES[method.operation_id].kind in SAME_RECORD and documented_status(method) == 200:
        assert result.id == call.args[-1], method.id  # the record the path named
    headers = emulator.requests[0].headers
    assert headers["x-test-case"] == method.id  # extra_headers reach the server
    assert headers["sequence-version"] == SUCCESS
    has_body = bool(method.op.body) or (method.op.body_whole is not None)
    assert (headers.get("content-type") == "application/json") == has_body, method.id
    assert ("idempotency-key" in headers) == method.op.idempotency_header, method.id


PAGING = frozenset({"limit", "after", "before"})
FILTERED = [method for method in METHODS if {name for name, *_ in method.op.query} - PAGING]


@by_method(FILTERED)
async def test_every_query_argument_is_sent_as_the_api_reads_it(method: Method, emulator: SequenceEmulator) -> None:
    """All of a method's query arguments at once (two values for an array): the emulator reads
    each as its declared type and refuses an undeclared name, so a 2xx means each was understood."""
    call = valid_call(emulator, method, seed_list=False)
    op = method.op
    given = {name: sample(schema, op.schemas) for name, _wire, schema, _required in op.query if name not in PAGING}
    given = {name: [value[0], "second"] if isinstance(value, list) else value for name, value in given.items()}
    call.kwargs.update(given)
    transport = Recording(emulator)
    emulator.reset_log()
    async with recording_client(emulator, transport) as client:
        await run(method, call, client)
    assert statuses(emulator) == [documented_status(method)]
    params = transport.requests[0].url.params
    for name, wire, _schema, _required in op.query:
        if name not in given:
            continue
        value = given[name]
        expected = [value] if not isinstance(value, list) else value
        shown = [str(item).lower() if isinstance(item, bool) else str(item) for item in expected]
        assert params.get_list(wire) == shown, (method.id, wire)


LISTS = [method for method in METHODS if method.op.paginated and ROLES[method.operation_id].kind == "list"]


@by_method(LISTS)
async def test_a_list_follows_its_cursor_to_the_last_page(
    method: Method, emulator: SequenceEmulator, client: SequenceClient
) -> None:
    call = valid_call(emulator, method)  # one record of the collection, and two more:
    collection = collection_name(ROLES[method.operation_id].collection or ())
    parent = call.args[-1] if call.args else ""
    for _ in range(2):
        emulator.add_record(collection, parent=parent)
    expected = [record["id"] for record in emulator.records(collection, parent=parent)]
    emulator.reset_log()
    items = await call.invoke(method, client, limit=2, extra_headers={"X-Listing": "1"}).to_list()
    assert [item.id for item in items] == expected
    pages = (len(expected) + 1) // 2
    assert sent(emulator) == [("GET", call.path)] * pages
    assert all(request.headers["x-listing"] == "1" for request in emulator.requests)  # on every page
    assert [request.query.get("limit") for request in emulator.requests] == ["2"] * pages
    assert "after" not in emulator.requests[0].query
    assert all("after" in request.query for request in emulator.requests[1:])


# The document marks these body fields `nullable: true` beside a `$ref` (OpenAPI 3.0 style): the
# generator keeps the `$ref` alone (scripts/spectools/surface.py, _trim), so the Op's schema is not
# nullable and the method's None means "leave out". The API's null cannot be sent.
NULL_DROPPED = {
    "accounts.update": "country",
    "stripe_collection_settings.update": "retryAnchor",  # "Null disables automatic retries."
    "tax_registrations.create": "state",
    "tax_registrations.update": "state",
}
NULLABLE = [
    pytest.param(
        method,
        id=method.id,
    )
    for method in METHODS
    if nullable_in_document(method)
]


@pytest.mark.parametrize("method", NULLABLE)
async def test_a_body_field_the_document_lets_be_null_is_sent_as_null(
    method: Method, emulator: SequenceEmulator
) -> None:
    call = valid_call(emulator, method, seed_list=False)
    fields = nullable_in_document(method)
    call.kwargs.update({name: None for name, _wire in fields})
    transport = Recording(emulator)
    async with recording_client(emulator, transport) as client:
        await run(method, call, client)
    body = json.loads(transport.requests[0].content)
    assert {wire: body.get(wire, "left out") for _name, wire in fields} == {wire: None for _name, wire in fields}
    assert statuses(emulator) == [documented_status(method)]


def test_the_null_dropping_fields_are_nullable_in_the_document() -> None:
    for method_id, wire in NULL_DROPPED.items():
        assert wire in [api_name for _name, api_name in nullable_in_document(BY_ID[method_id])]


@pytest.mark.parametrize(
    "moment", [datetime.datetime(2024, 1, 1, 12, 0), datetime.date(2024, 1, 1)], ids=["naive", "date"]
)
async def test_a_date_time_argument_is_checked_before_sending(
    moment: datetime.date, emulator: SequenceEmulator, client: SequenceClient
) -> None:
    method = BY_ID["usage_metrics.create"]
    call = valid_call(emulator, method)
    call.kwargs["deleted_at"] = moment
    emulator.reset_log()
    refused: InvalidParameterError | None = None
    try:
        await run(method, call, client)
    except InvalidParameterError as error:
        refused = error
    if refused is not None:
        assert str(refused).startswith("deleted_at")
        assert emulator.requests == []
    else:
        assert statuses(emulator) == [201]


async def test_an_aware_datetime_is_sent_as_the_api_reads_it(emulator: SequenceEmulator) -> None:
    method = BY_ID["usage_metrics.create"]
    call = valid_call(emulator, method)
    call.kwargs["deleted_at"] = datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.UTC)
    transport = Recording(emulator)
    async with recording_client(emulator, transport) as client:
        await run(method, call, client)
    assert json.loads(transport.requests[0].content)["deletedAt"] == "2024-01-01T12:00:00+00:00"


REPEATING = [method for method in METHODS if pages_repeat(method)]


def test_two_lists_are_answered_with_the_documents_example() -> None:
    assert [method.id for method in REPEATING] == ["invoices.list_summaries", "prices.list_billing_products"]


@by_method(REPEATING)
async def test_a_list_the_emulator_makes_up_can_be_read_to_the_end(
    method: Method, emulator: SequenceEmulator, client: SequenceClient
) -> None:
    call = valid_call(emulator, method)
    items = await call.invoke(method, client).to_list()
    assert_result(method, items)


async def test_a_float_for_an_integer_query_argument_is_refused_before_sending(
    emulator: SequenceEmulator, client: SequenceClient
) -> None:
    # Sent as "3.0", the API would refuse it (400): the SDK refuses it first, naming it.
    method = BY_ID["usage_events.list"]
    call = valid_call(emulator, method)
    emulator.reset_log()
    with pytest.raises(InvalidParameterError, match=r"^offset must be an int, got float$"):
        await call.invoke(method, client, offset=3.0).to_list()
    assert emulator.requests == []


# -- 2. an unknown id, an invalid argument -----------------------------------------------------------

# A path parameter the emulator checks: it names a record of a collection (or an alias value).
# These nine other operations with path parameters ("generated" role) answer the document's example
# whatever the id (their parameter names no collection the emulator keeps): no 404 to expect.
ANSWERS_ANY_ID = {
    "account_settings.update",  # PUT /payments/settings/{id}
    "billing_schedules.get_payment_settings_for_billing_schedule",
    "credits.list_balances",  # GET /credits/{customerId}/balances
    "credits.list_grants",
    "invoice_settings.update",  # PUT /invoices/render-settings/{id}
    "invoices.get_payment_settings_for_invoice",
    "stripe_collection_settings.update",  # PUT /stripe/collections/settings/{id}
    "tax_registrations.get_for_customer",
    "tax_registrations.get_for_merchant",
}
NAMES_A_RECORD = [
    method
    for method in METHODS
    if method.op.path and (ROLES[method.operation_id].parents or method.operation_id == "getCustomersByAliasByAlias")
]


def test_the_operations_checked_for_404_are_those_with_path_parameters_but_nine() -> None:
    with_path = {method.id for method in METHODS if method.op.path}
    assert with_path - {method.id for method in NAMES_A_RECORD} == ANSWERS_ANY_ID


@by_method(NAMES_A_RECORD)
async def test_an_unknown_id_is_not_found(method: Method, emulator: SequenceEmulator, client: SequenceClient) -> None:
    call = valid_call(emulator, method, seed_list=False)
    call.args = [UNKNOWN if not _constrained(method, index) else arg for index, arg in enumerate(call.args)]
    emulator.reset_log()
    with pytest.raises(NotFoundError) as caught:
        await run(method, call, client)
    assert caught.value.status_code == 404
    assert caught.value.attempts == 1  # a 404 is not retried
    assert caught.value.maybe_applied is False
    assert len(emulator.requests) == 1
    assert emulator.requests[0].method == method.op.method
    # Each id is one path segment, percent-encoded: "/", "?", "#", "%" and spaces included.
    segments = emulator.requests[0].path.split("/")
    assert segments.count(urllib.parse.quote(UNKNOWN, safe="")) >= 1
    assert len(segments) == method.op.template.count("/") + 1


UNKNOWN = "no such/record?#%"


def _constrained(method: Method, index: int) -> bool:
    """A path parameter with an enum (or another type): not an id."""
    schema = resolve(method.op.path[index][2], method.op.schemas)
    return bool(schema.keys() - {"type"})


def refusal(method: Method, call: Call) -> tuple[str, Any]:
    """An argument and a value the SDK must refuse before sending, and the name it must give.

    A required body or query argument (or the whole ``body``) passed as None; else an optional
    one of the wrong type; else a path id that is only whitespace."""
    op = method.op
    if op.body_whole is not None:
        return "body", None
    for name, _wire, schema, required in (*op.body, *op.query):
        if required and "null" not in json_types(schema, op.schemas):
            return name, None
    for name, _wire, schema, _required in (*op.query, *op.body):
        kinds = json_types(schema, op.schemas)
        if kinds and "object" not in kinds:
            return name, {"not": "this"}
        if kinds:
            return name, 12
    if op.path:
        return op.path[0][0], "  "
    raise AssertionError(f"{method.id} takes no argument")


TAKES_ARGUMENTS = [method for method in METHODS if method.op.path or method.op.query or method.op.body
                   or method.op.body_whole is not None]  # fmt: skip
TAKES_NONE = [method for method in METHODS if method not in TAKES_ARGUMENTS]


@by_method(TAKES_ARGUMENTS)
async def test_an_invalid_argument_is_refused_before_sending(
    method: Method, emulator: SequenceEmulator, client: SequenceClient
) -> None:
    call = valid_call(emulator, method, seed_list=False)
    name, value = refusal(method, call)
    positional = [python_name for python_name, *_ in method.op.path]
    if name in positional:
        call.args[positional.index(name)] = value
    else:
        call.kwargs[name] = value
    emulator.reset_log()
    with pytest.raises(InvalidParameterError) as caught:
        await run(method, call, client)
    assert str(caught.value).startswith(name), (method.id, str(caught.value))
    assert emulator.requests == []


@by_method(TAKES_NONE)
async def test_a_method_without_arguments_maps_a_400_to_bad_request(
    method: Method, emulator: SequenceEmulator, client: SequenceClient
) -> None:
    """No argument to get wrong: the refusal comes from the server (scripted), and is not retried."""
    call = valid_call(emulator, method, seed_list=False)
    emulator.faults = Faults(script=[Fault.status(400)])
    with pytest.raises(BadRequestError) as caught:
        await run(method, call, client)
    assert caught.value.status_code == 400
    assert caught.value.error_type == "BadRequest"
    assert sent(emulator) == [(method.op.method, call.path)]
    with pytest.raises(InvalidParameterError, match=r"^timeout"):
        await run(method, call, client, timeout=-1.0)
    assert len(emulator.requests) == 1


def test_every_method_is_checked_for_a_refusal() -> None:
    assert len(TAKES_ARGUMENTS) + len(TAKES_NONE) == len(METHODS)
    assert TAKES_NONE, "the no-argument methods are found"


# -- 3. retries --------------------------------------------------------------------------------------

IDEMPOTENT = [method for method in METHODS if not method.writes]
WRITES = [
    method
    for method in METHODS
    if method.writes and not method.op.idempotency_header and method.op.superseded_by is None
]
KEYED = [method for method in METHODS if method.op.idempotency_header]
SUPERSEDING = [method for method in METHODS if method.op.superseded_by is not None]  # tests/test_writes.py


def test_the_retry_groups_cover_every_method() -> None:
    assert len(IDEMPOTENT) + len(WRITES) + len(KEYED) + len(SUPERSEDING) == len(METHODS)
    assert [method.id for method in KEYED] == ["customer_aliases.create"]
    assert [method.id for method in SUPERSEDING] == ["usage_events.create"]


@pytest.mark.parametrize("fault", [Fault.status(503), Fault.drop()], ids=["503", "drop"])
@by_method(IDEMPOTENT)
async def test_get_put_delete_are_retried_after_a_5xx_or_a_dropped_connection(
    method: Method, fault: Fault, emulator: SequenceEmulator, client: SequenceClient, sleeps: Sleeps
) -> None:
    call = valid_call(emulator, method)
    emulator.reset_log()
    emulator.faults = Faults(script=[fault])
    result = await run(method, call, client)
    assert_result(method, result)
    assert sent(emulator) == [(method.op.method, call.path)] * 2
    assert statuses(emulator) == [503 if fault.kind == "status" else None, documented_status(method)]
    assert len(sleeps.delays) == 1


@by_method(WRITES)
async def test_post_patch_are_not_resent_after_a_5xx_or_a_reset(
    method: Method, emulator: SequenceEmulator, client: SequenceClient
) -> None:
    call = valid_call(emulator, method)
    emulator.reset_log()
    emulator.faults = Faults(script=[Fault.status(503)])
    with pytest.raises(InternalServerError) as status_error:
        await run(method, call, client)
    assert status_error.value.maybe_applied is True
    assert status_error.value.attempts == 1
    assert sent(emulator) == [(method.op.method, call.path)]

    emulator.reset_log()
    emulator.faults = Faults(script=[Fault.drop()])
    with pytest.raises(APIConnectionError) as reset:
        await run(method, call, client)
    assert reset.value.maybe_applied is True
    assert sent(emulator) == [(method.op.method, call.path)]
    assert statuses(emulator) == [None]


@by_method(WRITES)
async def test_post_patch_are_retried_after_a_429_no_attempt_was_applied(
    method: Method, emulator: SequenceEmulator, client: SequenceClient, sleeps: Sleeps
) -> None:
    call = valid_call(emulator, method)
    emulator.reset_log()
    emulator.faults = Faults(script=[Fault.status(429, retry_after=0)])
    result = await run(method, call, client)
    assert_result(method, result)
    assert sent(emulator) == [(method.op.method, call.path)] * 2
    assert statuses(emulator) == [429, documented_status(method)]
    assert sleeps.delays == [0.0]  # Retry-After: 0, as the server asked


@pytest.mark.parametrize("fault", [Fault.status(503), Fault.drop()], ids=["503", "drop"])
@by_method(KEYED)
async def test_a_keyed_post_is_retried_with_the_same_idempotency_key(
    method: Method, fault: Fault, emulator: SequenceEmulator, client: SequenceClient
) -> None:
    call = valid_call(emulator, method)
    emulator.reset_log()
    emulator.faults = Faults(script=[fault])
    result = await run(method, call, client)
    assert_result(method, result)
    assert sent(emulator) == [(method.op.method, call.path)] * 2
    keys = [request.headers["idempotency-key"] for request in emulator.requests]
    assert keys[0] == keys[1]
    assert keys[0]
    # A new call has a new key; the caller's own key is sent as given.
    emulator.reset_log()
    await run(method, valid_call(emulator, method), client)
    await run(method, valid_call(emulator, method), client, idempotency_key="my-key-1")
    later = [request.headers["idempotency-key"] for request in emulator.requests]
    assert later[0] != keys[0]
    assert later[1] == "my-key-1"


# -- both backends over loopback HTTP ----------------------------------------------------------------

SAMPLE = [
    BY_ID[name]
    for name in (
        "customers.get",
        "customers.list",
        "customers.update",
        "invoices.download",
        "prices.delete",
        "products.create",  # POST
        "list_prices.create",  # POST, a whole oneOf body
        "invoices.patch_sent",  # PATCH
        "billing_schedules.validate_taxes",  # POST answering no body
        "customer_aliases.create",  # POST with an Idempotency-Key
    )
]


def test_the_backend_sample_has_reads_and_writes() -> None:
    assert len(SAMPLE) == 10
    assert sum(method.writes for method in SAMPLE) >= 3


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_a_sample_of_methods_over_loopback_on_each_backend(backend: Backend) -> None:
    emulator = new_emulator()
    async with emulator.serve() as base_url, make_client(base_url, emulator, backend=backend, sleep=Sleeps()) as client:
        for method in SAMPLE:
            call = valid_call(emulator, method)
            emulator.reset_log()
            result = await run(method, call, client, extra_headers={"X-Backend": backend})
            assert_result(method, result)
            assert sent(emulator) == [(method.op.method, call.path)], method.id
            assert emulator.requests[0].headers["x-backend"] == backend
            for fault in (Fault.status(503), Fault.drop(), Fault.status(429, retry_after=0)):
                await _retried_only_when_safe(emulator, method, client, fault)


async def _retried_only_when_safe(
    emulator: SequenceEmulator, method: Method, client: SequenceClient, fault: Fault
) -> None:
    """The retry decision, the same on both backends: a write is resent after a 429 only (or with a key)."""
    call = valid_call(emulator, method)
    emulator.reset_log()
    emulator.faults = Faults(script=[fault])
    if method.writes and not method.op.idempotency_header and fault.code != 429:
        with pytest.raises(APIConnectionError if fault.kind == "drop" else InternalServerError) as caught:
            await run(method, call, client)
        assert caught.value.maybe_applied is True
        assert len(emulator.requests) == 1, (method.id, fault)
    else:
        assert_result(method, await run(method, call, client))
        assert len(emulator.requests) == 2, (method.id, fault)
        assert emulator.requests[1].status == documented_status(method)


# -- per-call options -------------------------------------------------------------------------------

OWN_HEADERS = ["Authorization", "Sequence-Version", "Idempotency-Key", "Content-Type", "authorization", "content-TYPE"]
OPTION_SAMPLE = [
    BY_ID[name] for name in ("customers.get", "customers.list", "products.create", "customer_aliases.create")
]


@pytest.mark.parametrize("header", OWN_HEADERS)
@by_method(OPTION_SAMPLE)
async def test_the_sdks_own_headers_cannot_be_replaced(
    method: Method, header: str, emulator: SequenceEmulator, client: SequenceClient
) -> None:
    call = valid_call(emulator, method)
    emulator.reset_log()
    with pytest.raises(InvalidParameterError, match=f"extra_headers: {header} is set by the SDK"):
        await run(method, call, client, extra_headers={"X-Fine": "yes", header: "mine"})
    assert emulator.requests == []


@pytest.mark.parametrize(
    ("headers", "named"),
    [
        ({"X-Bad": "a\r\nInjected: 1"}, "extra_headers['X-Bad']"),
        ({"Bad Name": "v"}, "extra_headers"),
        ("X: y", "extra_headers"),
    ],
)
async def test_extra_headers_that_cannot_be_sent_are_refused(
    headers: Any, named: str, emulator: SequenceEmulator, client: SequenceClient
) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        await client.customers.get(emulator.customers[0], extra_headers=headers)
    assert str(caught.value).startswith(named)
    assert emulator.requests == []


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
@by_method([BY_ID["customers.get"], BY_ID["customers.list"], BY_ID["products.create"]])
async def test_a_per_call_timeout_bounds_a_hanging_server(method: Method, backend: Backend) -> None:
    emulator = new_emulator()
    emulator.faults = Faults(script=[Fault.slow(60)])
    retry = RetryPolicy(max_retries=0)
    async with emulator.serve() as base_url, make_client(base_url, emulator, backend=backend, retry=retry) as client:
        assert client.timeout.read is None or client.timeout.read > 5  # the client's own is longer
        call = valid_call(emulator, method)
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await asyncio.wait_for(run(method, call, client, timeout=0.3), 10)
        elapsed = time.monotonic() - started
        assert 0.25 <= elapsed < 5, elapsed
        assert caught.value.maybe_applied is True  # the request was sent and may have been applied
        # The next call (no fault left) is not bounded by the last one's timeout.
        assert_result(method, await run(method, valid_call(emulator, method), client))


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_a_per_call_timeout_of_none_lifts_the_clients(backend: Backend) -> None:
    emulator = new_emulator()
    emulator.faults = Faults(script=[Fault.slow(0.5), Fault.slow(0.5)])
    retry = RetryPolicy(max_retries=0)
    async with (
        emulator.serve() as base_url,
        make_client(base_url, emulator, backend=backend, retry=retry, timeout=0.1) as client,
    ):
        customer = emulator.customers[0]
        with pytest.raises(APITimeoutError):
            await client.customers.get(customer)  # the client's 0.1 s
        assert (await asyncio.wait_for(client.customers.get(customer, timeout=None), 10)).id == customer
        assert statuses(emulator)[-1] == 200


async def test_a_timeout_that_is_not_one_is_refused(emulator: SequenceEmulator, client: SequenceClient) -> None:
    for bad in (-1.0, "soon", float("nan")):
        with pytest.raises(InvalidParameterError, match="timeout"):
            await client.customers.get(emulator.customers[0], timeout=bad)  # type: ignore[arg-type]
    assert emulator.requests == []


# -- with_raw_response -------------------------------------------------------------------------------


async def test_with_raw_response_reports_the_reply_of_a_retried_call(
    emulator: SequenceEmulator, client: SequenceClient
) -> None:
    customer = emulator.customers[0]
    emulator.faults = Faults(script=[Fault.status(503)])
    raw = await client.with_raw_response(client.customers.get(customer))
    assert raw.status_code == 200
    assert raw.attempts == 2
    assert raw.parsed.id == customer
    assert raw.request_id == emulator.requests[-1].request_id
    assert raw.version == SUCCESS
    assert raw.headers["x-request-id"] == raw.request_id


async def test_with_raw_response_of_a_create_a_download_and_a_page(
    emulator: SequenceEmulator, client: SequenceClient
) -> None:
    method = BY_ID["products.create"]
    call = valid_call(emulator, method)
    created = await client.with_raw_response(call.invoke(method, client))
    assert created.status_code == 201
    assert created.attempts == 1
    assert_result(method, created.parsed)
    download = BY_ID["invoices.download"]
    raw = await client.with_raw_response(valid_call(emulator, download).invoke(download, client))
    assert isinstance(raw.parsed, bytes)
    listing = BY_ID["customers.list"]
    page = await client.with_raw_response(valid_call(emulator, listing).invoke(listing, client).first_page())
    assert page.status_code == 200
    assert [item.id for item in page.parsed.items] == emulator.customers


async def test_with_raw_response_raises_the_typed_error(emulator: SequenceEmulator, client: SequenceClient) -> None:
    with pytest.raises(NotFoundError):
        await client.with_raw_response(client.products.get("no-such-product"))
    emulator.faults = Faults(script=[Fault.status(503)])
    with pytest.raises(InternalServerError) as caught:
        await client.with_raw_response(
            valid_call(emulator, BY_ID["products.create"]).invoke(BY_ID["products.create"], client)
        )
    assert caught.value.maybe_applied is True
    secret = emulator.client_secret
    with pytest.raises(NotFoundError) as redacted:
        await client.with_raw_response(client.customers.get(secret))
    assert secret not in str(redacted.value)
    assert secret not in redacted.value.url
    with pytest.raises(InvalidParameterError):
        await client.with_raw_response(client.customers.list())  # type: ignore[arg-type]  # a paginator is not a call


async def test_with_raw_response_of_client_request(emulator: SequenceEmulator, client: SequenceClient) -> None:
    customer = emulator.customers[0]
    emulator.faults = Faults(script=[Fault.drop()])
    raw = await client.with_raw_response(client.request("GET", f"/customers/{customer}"))
    assert raw.parsed["id"] == customer
    assert raw.attempts == 2
    assert raw.request_id == emulator.requests[-1].request_id


# -- client.request ----------------------------------------------------------------------------------


async def test_request_reads_and_writes_through_the_pipeline(
    emulator: SequenceEmulator, client: SequenceClient
) -> None:
    customer = emulator.customers[0]
    emulator.faults = Faults(script=[Fault.status(503)])
    read = await client.request("GET", f"/customers/{customer}", extra_headers={"X-Via": "request"})
    assert read["id"] == customer
    assert statuses(emulator) == [503, 200]
    assert emulator.requests[-1].headers["x-via"] == "request"
    body = valid_call(emulator, BY_ID["products.create"]).kwargs
    wire = {api: body[name] for name, api, _schema, _required in BY_ID["products.create"].op.body if name in body}
    created = await client.request("POST", "/products", json=wire)
    assert created["name"] == wire["name"]
    listed = await client.request("GET", "/products", params={"limit": 5})
    assert created["id"] in [item["id"] for item in listed["items"]]
    assert emulator.requests[-1].query == {"limit": "5"}


async def test_request_resends_a_post_only_when_safe(emulator: SequenceEmulator, client: SequenceClient) -> None:
    method = BY_ID["products.create"]
    wire = {api: value for (name, api, _s, _r) in method.op.body
            if (value := valid_call(emulator, method).kwargs.get(name, NOT_GIVEN)) is not NOT_GIVEN}  # fmt: skip
    emulator.reset_log()
    emulator.faults = Faults(script=[Fault.status(503)])
    with pytest.raises(InternalServerError) as caught:
        await client.request("POST", "/products", json=wire)
    assert caught.value.maybe_applied is True
    assert len(emulator.requests) == 1
    emulator.reset_log()
    emulator.faults = Faults(script=[Fault.status(429, retry_after=0)])
    assert (await client.request("POST", "/products", json=wire))["name"] == wire["name"]
    assert statuses(emulator) == [429, 201]
    emulator.reset_log()
    emulator.faults = Faults(script=[Fault.drop()])
    alias = {"customerId": emulator.customers[0], "value": "by-request"}
    made = await client.request("POST", "/customer-aliases", json=alias, idempotency_key="request-key")
    assert made["value"] == "by-request"
    assert [request.headers["idempotency-key"] for request in emulator.requests] == ["request-key"] * 2


async def test_request_raises_typed_errors_and_redacts_a_credential_in_the_path(
    emulator: SequenceEmulator, client: SequenceClient
) -> None:
    with pytest.raises(BadRequestError) as bad:
        await client.request("POST", "/products", json={"name": 5})
    assert bad.value.error_type == "BadRequest"
    secret = emulator.client_secret
    with pytest.raises(NotFoundError) as caught:
        await client.request("GET", f"/customers/{secret}")
    assert emulator.requests[-1].path == f"/customers/{secret}"  # it was sent...
    for text in (str(caught.value), caught.value.url, caught.value.body, repr(caught.value)):
        assert secret not in text  # ...and never shown
    with pytest.raises(NotFoundError) as generated:
        await client.customers.get(secret)
    assert secret not in str(generated.value)
    assert secret not in generated.value.url
    with pytest.raises(InvalidParameterError):
        await client.request("GET", "/customers/../products")
    with pytest.raises(InvalidParameterError):
        await client.request("TRACE", "/customers")


# -- Hypothesis: bodies ------------------------------------------------------------------------------

INT32 = (-(2**31), 2**31 - 1)
CHARACTERS = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")  # the SDK refuses NUL (by design)
TEXT = st.text(CHARACTERS, max_size=12)
DATE_TIMES = st.datetimes(timezones=st.just(datetime.UTC)).map(lambda moment: moment.isoformat().replace("+00:00", "Z"))
JSON_SCALARS = st.none() | st.booleans() | st.integers(*INT32) | TEXT


def values(schema: Mapping[str, Any], named: Mapping[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Any JSON value valid against an Op schema (as OpenAPI 3.0 reads it: formats respected)."""
    schema = resolve(schema, named)
    strategy = _values(schema, named, depth)
    return st.none() | strategy if schema.get("nullable") else strategy


def _values(schema: Mapping[str, Any], named: Mapping[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if "oneOf" in schema:
        return st.one_of([values(alternative, named, depth) for alternative in schema["oneOf"]])
    if "enum" in schema:
        return st.sampled_from([value for value in schema["enum"] if value is not None])
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        if not properties and isinstance(schema.get("additionalProperties"), Mapping):
            return st.dictionaries(TEXT, values(schema["additionalProperties"], named, depth + 1), max_size=3)
        return st.fixed_dictionaries(
            {name: values(sub, named, depth + 1) for name, sub in properties.items() if name in required},
            optional={
                name: values(sub, named, depth + 1)
                for name, sub in properties.items()
                if name not in required and depth < 3
            },
        )
    if kind == "array":
        low = int(schema.get("minItems", 0))
        return st.lists(values(schema.get("items", {}), named, depth + 1), min_size=low, max_size=max(low, 2))
    if kind == "integer":  # int32 bounds: the Op's schemas drop the document's `format: int32` (the
        # SDK's check is looser than the API by design), and a larger value is the API's 400
        return st.integers(schema.get("minimum", INT32[0]), schema.get("maximum", INT32[1]))
    if kind == "number":
        floats = st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False, allow_infinity=False)
        return floats | floats.map(round).filter(lambda number: _within(number, schema))
    if kind == "boolean":
        return st.booleans()
    if kind == "string":
        if schema.get("format") == "date-time":
            return DATE_TIMES
        shortest = int(schema.get("minLength", 0))
        return st.text(CHARACTERS, min_size=shortest, max_size=max(shortest, min(schema.get("maxLength", 12), 12)))
    return JSON_SCALARS


def _within(number: float, schema: Mapping[str, Any]) -> bool:
    return bool(schema.get("minimum", number) <= number <= schema.get("maximum", number))


def arguments(method: Method) -> st.SearchStrategy[dict[str, Any]]:
    """Keyword arguments (python names -> JSON values) of the method's body, any valid ones."""
    op = method.op
    if op.body_whole is not None:
        return st.fixed_dictionaries({"body": values(op.body_whole, op.schemas)})
    required = {name: values(schema, op.schemas) for name, _wire, schema, req in op.body if req}
    optional = {name: values(schema, op.schemas) for name, _wire, schema, req in op.body if not req}
    return st.fixed_dictionaries(required, optional=optional)


def expected_body(method: Method, kwargs: Mapping[str, Any]) -> Any:
    if method.op.body_whole is not None:
        return kwargs["body"]
    return {wire: kwargs[name] for name, wire, _schema, _required in method.op.body if name in kwargs}


PROPERTY_METHODS = [
    BY_ID[name]
    for name in ("customers.create", "customers.update", "products.create", "contacts.create", "list_prices.create")
]
PROPERTY = settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


async def _send(emulator: SequenceEmulator, method: Method, path_args: list[Any], kwargs: dict[str, Any]) -> Any:
    transport = Recording(emulator)
    async with recording_client(emulator, transport) as client:
        result = await method.bound(client)(*path_args, **kwargs)
    return result, [request.content for request in transport.requests]


@by_method(PROPERTY_METHODS)
def test_any_schema_valid_body_is_sent_as_exactly_that_json(method: Method) -> None:
    emulator = new_emulator()
    path_args = valid_call(emulator, method).args

    @PROPERTY
    @given(kwargs=arguments(method))
    def sent_as_given(kwargs: dict[str, Any]) -> None:
        emulator.reset_log()
        result, bodies = asyncio.run(_send(emulator, method, path_args, kwargs))
        assert_result(method, result)
        assert [json.loads(body) for body in bodies] == [expected_body(method, kwargs)]
        assert statuses(emulator) == [documented_status(method)]

    sent_as_given()


def wrong_values(schema: Mapping[str, Any], named: Mapping[str, Any], required: bool) -> list[Any]:
    """Values of a JSON type the schema does not allow (None only where it is not "left out")."""
    kinds = json_types(schema, named)
    by_type: dict[str, Any] = {"string": "text", "integer": 7, "number": 2.5, "boolean": True,
                               "array": [1], "object": {"k": "v"}}  # fmt: skip
    if not kinds:
        return []
    wrong = [
        value for kind, value in by_type.items() if kind not in kinds and not (kind == "integer" and "number" in kinds)
    ]
    if required and "null" not in kinds:
        wrong.append(None)
    return wrong


@by_method(PROPERTY_METHODS)
def test_a_value_of_the_wrong_type_is_refused_naming_its_argument(method: Method) -> None:
    emulator = new_emulator()
    path_args = valid_call(emulator, method).args
    op = method.op
    candidates = [(name, wrong) for name, _wire, schema, required in op.body
                  for wrong in wrong_values(schema, op.schemas, required)]  # fmt: skip
    if op.body_whole is not None:
        candidates = [("body", wrong) for wrong in ("text", 7, [1], True, None)]
    assert candidates

    @PROPERTY
    @given(kwargs=arguments(method), bad=st.sampled_from(candidates))
    def refused(kwargs: dict[str, Any], bad: tuple[str, Any]) -> None:
        name, wrong = bad
        emulator.reset_log()
        with pytest.raises(InvalidParameterError) as caught:
            asyncio.run(_send(emulator, method, path_args, {**kwargs, name: wrong}))
        message = str(caught.value)
        assert message.startswith(name), message
        assert emulator.requests == []

    refused()
