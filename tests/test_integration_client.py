"""SequenceClient end to end against the emulator served by uvicorn on real loopback sockets.

Every operation, the typed errors, retries over scripted faults, timeouts and path safety, asserted
on what the client returns and on what the server recorded (``emulator.requests``), on both HTTP
backends (the ``backend`` fixture); only the in-process (ASGI transport) test is httpx-only.
"""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any, Literal

import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sequence_async import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ContactBillingPreference,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    RetryPolicy,
    SequenceClient,
)
from sequence_async.testing import Fault, Faults, SequenceEmulator

from ._fixtures import Backend, Sleeps, ids, make_client
from ._hostile import Credentials, exception_leaks, leaks
from ._servers import Switchboard, httpx_client, serve_app, serve_app_in_thread, settled

pytest_plugins = ["tests._backends"]
pytestmark = pytest.mark.slow

VERSION = "2024-07-30"
MalformedKind = Literal["not_json", "truncated", "wrong_shape", "null_required"]


@pytest.fixture(scope="module")
def switchboard() -> Iterator[tuple[Switchboard, str]]:
    """One uvicorn server (in a thread) for the module, forwarding to each test's emulator."""
    board = Switchboard()
    with serve_app_in_thread(board) as url:
        assert url.startswith("http://127.0.0.1:")
        yield board, url


@pytest.fixture
def base_url(switchboard: tuple[Switchboard, str], seeded_emulator: SequenceEmulator) -> Iterator[str]:
    """``seeded_emulator`` (5 customers x 3 aliases x 2 contacts) on loopback."""
    board, url = switchboard
    board.target = seeded_emulator
    yield url
    board.target = None


@pytest.fixture
async def client(base_url: str, seeded_emulator: SequenceEmulator, backend: Backend) -> AsyncIterator[SequenceClient]:
    async with make_client(base_url, seeded_emulator, backend=backend) as sequence:
        yield sequence


# -- GET /customer-aliases ---------------------------------------------------------------------------


async def test_list_yields_every_alias_in_order_across_pages(
    client: SequenceClient, seeded_emulator: SequenceEmulator
) -> None:
    everything = ids(seeded_emulator.aliases)
    assert len(everything) == 15
    listed = [alias async for alias in client.customer_aliases.list(limit=4)]
    assert ids(listed) == everything
    assert listed[0].sequence_account_id == seeded_emulator.account_id
    log = await settled(client, seeded_emulator)
    assert [(r.method, r.path, r.status) for r in log] == [("GET", "/customer-aliases", 200)] * 4
    assert log[0].query == {"limit": "4"}
    assert [set(r.query) for r in log[1:]] == [{"limit", "after"}] * 3
    assert log[0].headers["sequence-version"] == VERSION
    assert log[0].headers["authorization"].startswith("Basic ")


async def test_pages_carry_cursors_total_version_and_request_id(
    client: SequenceClient, seeded_emulator: SequenceEmulator
) -> None:
    pages = [page async for page in client.customer_aliases.list(limit=4).pages()]
    assert [len(page.items) for page in pages] == [4, 4, 4, 3]
    assert [page.total for page in pages] == [15] * 4
    assert {page.version for page in pages} == {VERSION}
    log = await settled(client, seeded_emulator)
    assert [page.request_id for page in pages] == [r.request_id for r in log]
    assert pages[0].before is None
    assert pages[-1].after is None
    assert all(page.after for page in pages[:-1])
    assert [r.query.get("after") for r in log] == [None] + [p.after for p in pages[:-1]]


async def test_limit_none_asks_for_the_largest_page(client: SequenceClient, seeded_emulator: SequenceEmulator) -> None:
    page = await client.customer_aliases.list().first_page()
    assert len(page.items) == 15
    log = await settled(client, seeded_emulator)
    assert log[-1].query == {"limit": "100"}


@pytest.mark.parametrize("value", ["shared value", "a&b=c+d/é?#%"])
async def test_value_filter_is_sent_and_applied(
    client: SequenceClient, seeded_emulator: SequenceEmulator, value: str
) -> None:
    first, second = seeded_emulator.customers[:2]
    wanted = [seeded_emulator.add_alias(first, value), seeded_emulator.add_alias(second, value)]
    seeded_emulator.add_alias(second, value + " 2")
    listed = await client.customer_aliases.list(value=value, limit=1).to_list()
    assert ids(listed) == ids(wanted)
    assert {alias.value for alias in listed} == {value}
    log = await settled(client, seeded_emulator)
    assert log[0].query == {"limit": "1", "value": value}
    assert await client.customer_aliases.list(value="no such value").to_list() == []


async def test_after_resumes_from_a_saved_cursor(client: SequenceClient, seeded_emulator: SequenceEmulator) -> None:
    everything = ids(seeded_emulator.aliases)
    first = await client.customer_aliases.list(limit=4).first_page()
    assert first.after is not None
    resumed = await client.customer_aliases.list(limit=4, after=first.after).to_list()
    assert ids(first.items) + ids(resumed) == everything
    log = await settled(client, seeded_emulator)
    assert log[1].query == {"limit": "4", "after": first.after}


async def test_before_pages_backwards(client: SequenceClient, seeded_emulator: SequenceEmulator) -> None:
    everything = ids(seeded_emulator.aliases)
    forward = [page async for page in client.customer_aliases.list(limit=4).pages()]
    last = forward[-1]
    assert last.before is not None
    backward = [page async for page in client.customer_aliases.list(limit=4, before=last.before).pages()]
    assert [ids(page.items) for page in backward] == [everything[8:12], everything[4:8], everything[0:4]]
    assert backward[-1].before is None
    items = await client.customer_aliases.list(limit=4, before=last.before).to_list()
    assert ids(items) == everything[8:12] + everything[4:8] + everything[0:4]
    log = await settled(client, seeded_emulator)
    assert all("before" in r.query for r in log[len(forward) :])


# -- the other operations ----------------------------------------------------------------------------


async def test_list_for_customer(client: SequenceClient, seeded_emulator: SequenceEmulator) -> None:
    customer = seeded_emulator.customers[2]
    aliases = await client.customer_aliases.list_for_customer(customer)
    assert ids(aliases) == ids(seeded_emulator.aliases_of(customer))
    assert {alias.customer_id for alias in aliases} == {customer}
    log = await settled(client, seeded_emulator)
    assert log[-1].path == f"/customers/{customer}/aliases"


async def test_delete_returns_the_alias_which_is_then_gone(
    client: SequenceClient, seeded_emulator: SequenceEmulator
) -> None:
    target = seeded_emulator.aliases[4]
    deleted = await client.customer_aliases.delete(target["id"])
    assert (deleted.id, deleted.value, deleted.customer_id) == (target["id"], target["value"], target["customerId"])
    assert deleted.deleted_at is not None
    assert deleted.deleted_at is not None
    assert target["id"] not in ids(await client.customer_aliases.list().to_list())
    assert target["id"] not in ids(await client.customer_aliases.list_for_customer(target["customerId"]))
    with pytest.raises(NotFoundError) as err:
        await client.customer_aliases.delete(target["id"])
    assert err.value.status_code == 404
    assert err.value.error_type == "NotFound"
    assert err.value.attempts == 1
    log = await settled(client, seeded_emulator)
    assert err.value.request_id == log[-1].request_id
    assert [(r.method, r.status) for r in log] == [
        ("DELETE", 200),
        ("GET", 200),
        ("GET", 200),
        ("DELETE", 404),
    ]


async def test_contacts_include_archived_only_when_asked(
    client: SequenceClient, seeded_emulator: SequenceEmulator
) -> None:
    customer = seeded_emulator.add_customer()
    live = seeded_emulator.add_contact(customer, name="Ann", email="ann@example.com", billing_preference="PRIMARY")
    gone = seeded_emulator.add_contact(customer, name="Bob", email="bob@example.com", archived=True)
    assert ids(await client.contacts.list(customer)) == [live["id"]]
    every = await client.contacts.list(customer, include_archived=True)
    assert ids(every) == [live["id"], gone["id"]]
    assert every[0].billing_preference is ContactBillingPreference.PRIMARY
    assert every[1].archived_at is not None
    log = await settled(client, seeded_emulator)
    assert [r.query for r in log] == [{"includeArchived": "false"}, {"includeArchived": "true"}]


async def test_unknown_billing_preference_is_kept(client: SequenceClient, seeded_emulator: SequenceEmulator) -> None:
    customer = seeded_emulator.add_customer()
    seeded_emulator.add_contact(customer, name="Cy", email="cy@example.com", billing_preference="SECONDARY")
    [contact] = await client.contacts.list(customer)
    assert contact.billing_preference == "SECONDARY"
    assert contact.billing_preference.value == "SECONDARY"
    assert isinstance(contact.billing_preference, ContactBillingPreference)


# -- typed errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize("operation", ["list_for_customer", "contacts"])
async def test_unknown_customer_is_not_found_with_request_id(
    client: SequenceClient, seeded_emulator: SequenceEmulator, operation: str
) -> None:
    with pytest.raises(NotFoundError) as err:
        if operation == "contacts":
            await client.contacts.list("no-such-customer")
        else:
            await client.customer_aliases.list_for_customer("no-such-customer")
    assert err.value.error_type == "NotFound"
    assert err.value.error_message is not None
    assert "no-such-customer" in err.value.error_message
    assert err.value.request_id is not None
    log = await settled(client, seeded_emulator)
    assert err.value.request_id == log[-1].request_id
    assert len(log) == client.stats["requests"] == 1  # a 404 is not retried


WRONG = Credentials("test-client", "not-the-secret")
UNAUTHORIZED = "Missing or invalid credentials: use HTTP Basic auth with your client ID and secret"


class EchoCredentials:
    """Wraps the emulator; its 401s quote the credentials received, as careless real servers do.

    The error message gets the ``Authorization`` header and the decoded ``id:secret``; a
    response header repeats the header. So a client that shows error bodies or headers as
    they came would show the secret.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        received = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
        decoded = base64.b64decode(received.partition(" ")[2] or "").decode("utf-8", "replace")
        start: Message = {}

        async def echo(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message  # held back: the body, and so its length, may change
                return
            if start["status"] == 401:
                error = json.loads(message["body"])["error"]
                error["message"] += f" (got {received!r}, that is {decoded!r})"
                message = {**message, "body": json.dumps({"error": error}).encode()}
                headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
                headers += [(b"content-length", str(len(message["body"])).encode())]
                headers += [(b"x-received-authorization", received.encode("latin-1"))]
                start = {**start, "headers": headers}
            await send(start)
            await send(message)

        await self.app(scope, receive, echo)


async def test_wrong_credentials_raise_authentication_error(
    base_url: str, seeded_emulator: SequenceEmulator, backend: Backend
) -> None:
    async with make_client(base_url, (WRONG.client_id, WRONG.client_secret), backend=backend) as client:
        with pytest.raises(AuthenticationError) as err:
            await client.customer_aliases.list().to_list()
    assert type(err.value) is AuthenticationError
    assert err.value.status_code == 401
    assert err.value.error_type == "Unauthorized"
    assert err.value.error_message == UNAUTHORIZED  # the emulator's documented error body
    assert err.value.attempts == 1  # a 401 is not retried
    assert "not-the-secret" not in str(err.value)
    log = await settled(client, seeded_emulator)
    assert [r.status for r in log] == [401]
    assert err.value.request_id == log[0].request_id
    assert log[0].headers["authorization"] == WRONG.authorization  # the wrong secret was really sent
    assert seeded_emulator.aliases  # and nothing happened


async def test_credentials_echoed_by_the_server_never_reach_the_error(
    seeded_emulator: SequenceEmulator, backend: Backend
) -> None:
    async with (
        serve_app(EchoCredentials(seeded_emulator)) as url,
        make_client(url, (WRONG.client_id, WRONG.client_secret), backend=backend) as client,
    ):
        with pytest.raises(AuthenticationError) as err:
            await client.customer_aliases.delete(seeded_emulator.aliases[0]["id"])
    # The server did echo them (else this test could not fail) ...
    log = await settled(client, seeded_emulator)
    assert [(r.method, r.status, r.headers["authorization"]) for r in log] == [("DELETE", 401, WRONG.authorization)]
    assert err.value.error_message is not None
    assert err.value.error_message.startswith(UNAUTHORIZED + " (got ")
    assert "[REDACTED]" in err.value.error_message
    headers = {name.lower(): value for name, value in err.value.headers.items()}
    assert headers["x-received-authorization"] == "[REDACTED]"
    # ... and neither the secret nor the header nor its base64 token shows, in any form.
    texts = [str(err.value), repr(err.value), err.value.body, err.value.error_message, repr(err.value.headers)]
    for text in texts:
        assert not leaks(text, WRONG), text
    assert not exception_leaks(err.value, WRONG)


async def test_unknown_version_is_a_bad_request_naming_it(
    client: SequenceClient, seeded_emulator: SequenceEmulator
) -> None:
    old = client.with_options(version="1999-01-01")
    with pytest.raises(BadRequestError) as err:
        await old.customer_aliases.list().to_list()
    assert err.value.error_type == "UnrecognisedApiVersion"
    assert err.value.error_message is not None
    assert "1999-01-01" in err.value.error_message
    assert "1999-01-01" in str(err.value)
    log = await settled(client, seeded_emulator)
    assert log[-1].headers["sequence-version"] == "1999-01-01"
    page = await client.customer_aliases.list(limit=1).first_page()  # the original keeps its version
    assert page.version == VERSION
    log = await settled(client, seeded_emulator)
    assert log[-1].headers["sequence-version"] == VERSION


async def test_emulator_served_in_the_current_loop(seeded_emulator: SequenceEmulator, backend: Backend) -> None:
    async with seeded_emulator.serve() as url, make_client(url, seeded_emulator, backend=backend) as client:
        assert url.startswith("http://127.0.0.1:")
        first = await client.customer_aliases.list(limit=2).first_page()
    assert ids(first.items) == ids(seeded_emulator.aliases[:2])
    log = await settled(client, seeded_emulator)
    assert first.request_id == log[0].request_id


async def test_in_process_client_via_asgi_transport(seeded_emulator: SequenceEmulator) -> None:
    """httpx only: in-process means an ``httpx.ASGITransport``."""
    customer = seeded_emulator.customers[0]
    async with seeded_emulator.client() as client:
        assert client.base_url == SequenceEmulator.BASE_URL
        aliases = await client.customer_aliases.list_for_customer(customer)
    assert ids(aliases) == ids(seeded_emulator.aliases_of(customer))
    log = await settled(client, seeded_emulator)
    assert log[-1].status == 200


# -- retries over scripted faults --------------------------------------------------------------------


async def test_scripted_faults_are_retried_until_success(
    client: SequenceClient, seeded_emulator: SequenceEmulator
) -> None:
    customer = seeded_emulator.customers[0]
    seeded_emulator.faults = Faults([Fault.status(503), Fault.drop(), None])
    aliases = await client.customer_aliases.list_for_customer(customer)
    assert ids(aliases) == ids(seeded_emulator.aliases_of(customer))
    log = await settled(client, seeded_emulator)
    assert [(r.path, r.status, r.fault) for r in log] == [
        (f"/customers/{customer}/aliases", 503, "status:503"),
        (f"/customers/{customer}/aliases", None, "drop"),
        (f"/customers/{customer}/aliases", 200, None),
    ]
    assert client.stats == {"requests": 3, "retries": 2}
    assert seeded_emulator.stats.dropped == 1


async def test_faults_beyond_max_retries_surface_with_the_attempt_count(
    client: SequenceClient, seeded_emulator: SequenceEmulator
) -> None:
    seeded_emulator.faults = Faults([Fault.drop(), Fault.drop(), Fault.drop()])
    with pytest.raises(APIConnectionError) as err:
        await client.customer_aliases.list().to_list()
    assert type(err.value) is APIConnectionError
    assert err.value.attempts == 3
    log = await settled(client, seeded_emulator)
    assert len(log) == 3


@pytest.mark.parametrize("retry_after", [0, 1])
async def test_429_retry_after_is_honoured(
    base_url: str, seeded_emulator: SequenceEmulator, backend: Backend, retry_after: int
) -> None:
    sleeps = Sleeps()
    seeded_emulator.faults = Faults([Fault.status(429, retry_after=retry_after)])
    async with make_client(base_url, seeded_emulator, backend=backend, sleep=sleeps, random=lambda: 0.5) as client:
        page = await client.customer_aliases.list().first_page()
    assert len(page.items) == 15
    assert sleeps.delays == [float(retry_after)]  # not the jittered backoff (0.0005 s)
    log = await settled(client, seeded_emulator)
    assert [r.status for r in log] == [429, 200]
    assert log[0].query == log[1].query


async def test_persistent_429_raises_rate_limit_error_with_retry_after(
    base_url: str, seeded_emulator: SequenceEmulator, backend: Backend
) -> None:
    sleeps = Sleeps()
    seeded_emulator.faults = Faults([Fault.status(429, retry_after=1)] * 3)
    async with make_client(base_url, seeded_emulator, backend=backend, sleep=sleeps) as client:
        with pytest.raises(RateLimitError) as err:
            await client.customer_aliases.list().to_list()
    assert err.value.retry_after == 1.0
    assert err.value.attempts == 3
    assert err.value.error_type == "RateLimitExceeded"
    assert sleeps.delays == [1.0, 1.0]


async def test_non_standard_5xx_is_an_internal_server_error_and_retried(
    client: SequenceClient, seeded_emulator: SequenceEmulator
) -> None:
    seeded_emulator.faults = Faults([Fault.status(520, body="<html>origin error</html>")] * 3)
    with pytest.raises(InternalServerError) as err:
        await client.customer_aliases.list().to_list()
    assert err.value.status_code == 520
    assert err.value.attempts == 3
    assert err.value.body == "<html>origin error</html>"
    assert err.value.error_type is None


async def test_non_standard_4xx_is_a_plain_status_error_not_retried(
    client: SequenceClient, seeded_emulator: SequenceEmulator
) -> None:
    seeded_emulator.faults = Faults([Fault.status(499), None])
    with pytest.raises(APIStatusError) as err:
        await client.customer_aliases.list().to_list()
    assert type(err.value) is APIStatusError
    assert err.value.status_code == 499
    assert err.value.attempts == 1
    log = await settled(client, seeded_emulator)
    assert err.value.request_id == log[0].request_id
    assert len(log) == client.stats["requests"] == 1


@pytest.mark.parametrize("kind", ["not_json", "truncated", "wrong_shape", "null_required"])
@pytest.mark.parametrize("operation", ["list", "list_for_customer", "delete", "contacts"])
async def test_malformed_success_bodies_raise_response_validation_error(
    client: SequenceClient, seeded_emulator: SequenceEmulator, kind: MalformedKind, operation: str
) -> None:
    customer = seeded_emulator.customers[0]
    seeded_emulator.faults = Faults([Fault.malformed(kind)])
    with pytest.raises(ResponseValidationError) as err:
        if operation == "list":
            await client.customer_aliases.list().to_list()
        elif operation == "list_for_customer":
            await client.customer_aliases.list_for_customer(customer)
        elif operation == "delete":
            await client.customer_aliases.delete(seeded_emulator.aliases[0]["id"])
        else:
            await client.contacts.list(customer)
    assert not isinstance(err.value, KeyError | TypeError | ValueError)
    assert err.value.status_code == 200
    assert err.value.attempts == 1
    log = await settled(client, seeded_emulator)
    assert err.value.request_id == log[0].request_id
    assert [r.fault for r in log] == [f"malformed:{kind}"]
    assert client.stats == {"requests": 1, "retries": 0}  # a broken 200 is not retried


async def test_slow_responses_time_out_after_bounded_retries(
    base_url: str, seeded_emulator: SequenceEmulator, backend: Backend
) -> None:
    # The server would answer after a minute: only the client's read timeout can end the call
    # within the hang guard, which raises a plain TimeoutError, not APITimeoutError.
    seeded_emulator.faults = Faults([Fault.slow(60)] * 3)
    started = time.monotonic()
    async with make_client(base_url, seeded_emulator, backend=backend, timeout=0.2) as client:
        with pytest.raises(APITimeoutError) as err:
            await asyncio.wait_for(client.customer_aliases.list().to_list(), 30)
    elapsed = time.monotonic() - started
    assert err.value.attempts == 3
    assert elapsed >= 0.6  # three 0.2 s read timeouts were waited for (a lower bound: no load breaks it)
    log = await settled(client, seeded_emulator)  # each is logged once the server notices the disconnect
    assert [(r.status, r.fault) for r in log] == [(None, "slow:60")] * 3


async def test_the_call_deadline_caps_each_attempts_timeout(
    base_url: str, seeded_emulator: SequenceEmulator, backend: Backend
) -> None:
    # The default 30 s read timeout would outlast the hang guard (20 s), which raises a plain
    # TimeoutError: only the 0.5 s deadline capping each attempt can raise APITimeoutError in time.
    seeded_emulator.faults = Faults([Fault.slow(60)] * 5)
    policy = RetryPolicy(initial_backoff=0.001, max_backoff=0.01, deadline=0.5)
    started = time.monotonic()
    async with make_client(base_url, seeded_emulator, backend=backend, retry=policy) as client:
        assert client.timeout.read == 30.0
        with pytest.raises(APITimeoutError) as err:
            await asyncio.wait_for(client.customer_aliases.list().to_list(), 20)
        log = await settled(client, seeded_emulator)
    assert time.monotonic() - started >= 0.45  # the deadline was waited for (a lower bound: no load breaks it)
    assert log
    assert [r.fault for r in log] == ["slow:60"] * len(log)
    assert [r.status for r in log] == [None] * len(log)  # every attempt was abandoned by the client
    assert err.value.attempts == len(log)


async def test_connection_refused_is_an_api_connection_error_after_retries(backend: Backend) -> None:
    # A port bound but not listening refuses connections; holding it keeps any other process off it.
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
        async with make_client(f"http://127.0.0.1:{port}", ("id", "secret"), backend=backend) as client:
            with pytest.raises(APIConnectionError) as err:
                await asyncio.wait_for(client.customer_aliases.delete("a1"), 30)
    assert type(err.value) is APIConnectionError
    assert err.value.attempts == 3
    # stats count requests that may have reached a server: a refused connection carried none.
    assert client.stats == {"requests": 0, "retries": 2}


DEEP = 100_000  # JSON nesting far beyond Python's recursion limit


async def test_deeply_nested_success_body_is_a_response_validation_error(
    client: SequenceClient, seeded_emulator: SequenceEmulator
) -> None:
    seeded_emulator.faults = Faults([Fault.status(200, body="[" * DEEP, content_type="application/json")])
    with pytest.raises(ResponseValidationError) as err:
        await client.customer_aliases.list().to_list()
    assert err.value.status_code == 200


async def test_deeply_nested_error_body_is_still_a_typed_retried_status_error(
    client: SequenceClient, seeded_emulator: SequenceEmulator
) -> None:
    body = '{"error": ' + "[" * DEEP
    seeded_emulator.faults = Faults([Fault.status(502, body=body, content_type="application/json")] * 3)
    with pytest.raises(InternalServerError) as err:
        await client.customer_aliases.list().to_list()
    assert err.value.status_code == 502
    assert err.value.attempts == 3


async def test_request_abandoned_during_latency_is_logged_without_a_status(
    seeded_emulator: SequenceEmulator, backend: Backend
) -> None:
    seeded_emulator.latency = 60  # cut short when the client leaves: only the client's timeout ends the call
    no_retries = RetryPolicy(max_retries=0)
    async with (
        seeded_emulator.serve() as url,
        make_client(url, seeded_emulator, backend=backend, retry=no_retries, timeout=0.1) as client,
    ):
        with pytest.raises(APITimeoutError):
            await asyncio.wait_for(client.customer_aliases.list().to_list(), 30)
        log = await settled(client, seeded_emulator)  # logged as soon as the client leaves
    assert [r.status for r in log] == [None]
    assert seeded_emulator.stats.dropped == 1


class LoseFirstDeleteResponse:
    """Handles the first DELETE, then withholds its response until the client gives up (disconnects)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.withheld = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "DELETE" or self.withheld:
            await self.app(scope, receive, send)
            return
        self.withheld += 1

        async def swallow(message: Message) -> None:
            return None

        await self.app(scope, receive, swallow)
        async with asyncio.timeout(5):
            while (await receive())["type"] != "http.disconnect":
                pass


async def test_delete_whose_response_was_lost_then_404s_reports_two_attempts(
    seeded_emulator: SequenceEmulator, backend: Backend
) -> None:
    target = seeded_emulator.aliases[0]["id"]
    lossy = LoseFirstDeleteResponse(seeded_emulator)
    async with serve_app(lossy) as url, make_client(url, seeded_emulator, backend=backend, timeout=0.2) as client:
        with pytest.raises(NotFoundError) as err:
            await asyncio.wait_for(client.customer_aliases.delete(target), 30)
        with pytest.raises(NotFoundError) as plain:
            await client.customer_aliases.delete("never-existed")
    assert lossy.withheld == 1
    assert err.value.attempts == 2  # the first attempt timed out: it may (here: did) delete the alias
    assert plain.value.attempts == 1
    assert target not in ids(seeded_emulator.aliases)
    log = await settled(client, seeded_emulator)
    assert [(r.method, r.status) for r in log] == [
        ("DELETE", 200),  # handled, but the client never saw the response
        ("DELETE", 404),
        ("DELETE", 404),
    ]


# -- path safety -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("identifier", "segment"),
    [
        ("a/b", "a%2Fb"),
        ("?x", "%3Fx"),
        ("#", "%23"),
        ("%2F", "%252F"),
        ("../x", "..%2Fx"),
        ("caf\u00e9 \u00fc", "caf%C3%A9%20%C3%BC"),
        ("a\r\nInjected: 1", "a%0D%0AInjected%3A%201"),
    ],
)
async def test_awkward_ids_reach_the_server_as_one_segment_and_hit_the_right_record(
    client: SequenceClient, seeded_emulator: SequenceEmulator, identifier: str, segment: str
) -> None:
    customer = seeded_emulator.add_customer(identifier)
    alias = seeded_emulator.add_alias(customer, "awkward", id=identifier)
    contact = seeded_emulator.add_contact(customer, name="N", email="n@example.com")
    listed = await client.customer_aliases.list_for_customer(identifier)
    contacts = await client.contacts.list(identifier)
    deleted = await client.customer_aliases.delete(identifier)
    assert ids(listed) == [alias["id"]] == [identifier]
    assert ids(contacts) == [contact["id"]]
    assert deleted.id == identifier
    assert deleted.customer_id == identifier
    assert identifier not in ids(seeded_emulator.aliases)
    log = await settled(client, seeded_emulator)
    assert [r.path for r in log] == [
        f"/customers/{segment}/aliases",
        f"/customers/{segment}/contacts",
        f"/customer-aliases/{segment}",
    ]
    assert [r.status for r in log] == [200, 200, 200]


@pytest.mark.parametrize("bad", [".", "..", "", " ", "\t\r\n"])
async def test_ids_that_would_change_the_path_send_nothing(
    client: SequenceClient, seeded_emulator: SequenceEmulator, bad: str
) -> None:
    with pytest.raises(InvalidParameterError):
        await client.customer_aliases.delete(bad)
    with pytest.raises(InvalidParameterError):
        await client.customer_aliases.list_for_customer(bad)
    with pytest.raises(InvalidParameterError):
        await client.contacts.list(bad)
    assert client.stats["requests"] == 0
    # A round trip after the refusals: had anything been sent, the server would have logged it first.
    await client.customer_aliases.list(limit=1).first_page()
    log = await settled(client, seeded_emulator)
    assert [r.path for r in log] == ["/customer-aliases"]


@pytest.mark.parametrize(
    "arguments",
    [{"limit": 0}, {"limit": 101}, {"limit": True}, {"after": ""}, {"after": "a", "before": "b"}, {"prefetch": -1}],
)
async def test_invalid_list_arguments_send_nothing(
    client: SequenceClient, seeded_emulator: SequenceEmulator, arguments: dict[str, Any]
) -> None:
    with pytest.raises(InvalidParameterError):
        await client.customer_aliases.list(**arguments).to_list()
    assert client.stats["requests"] == 0
    await client.customer_aliases.list(limit=1).first_page()
    log = await settled(client, seeded_emulator)
    assert [r.query for r in log] == [{"limit": "1"}]


async def test_a_closed_connection_pool_sends_nothing(
    base_url: str, seeded_emulator: SequenceEmulator, backend: Backend
) -> None:
    client = make_client(base_url, seeded_emulator, backend=backend)
    await client.aclose()
    with pytest.raises(ClientClosedError):
        await client.customer_aliases.list().to_list()
    log = await settled(client, seeded_emulator)
    assert log == []
    assert client._shared.sender.is_closed
    if backend == "httpx":
        assert httpx_client(client).is_closed
