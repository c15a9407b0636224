"""Regressions from the hostile-world review: one test per finding, against a raw scripted server.

Each test names its finding. Network findings run on both transports (``http_backend`` httpx and
aiohttp). The server (``tests/_hostile.py``) answers with exactly the bytes a scenario needs.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from sequence_async import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BatchResult,
    ClientClosedError,
    ConfigurationError,
    InvalidParameterError,
    NotFoundError,
    RateLimit,
    RedisRateLimit,
    ResponseValidationError,
    RetryPolicy,
    SequenceClient,
    SequenceError,
    errors,
)

from ._fixtures import Backend, make_client
from ._hostile import (
    WAIT,
    Conn,
    Credentials,
    HostileServer,
    JsonStyle,
    Raw,
    Reply,
    Request,
    Reset,
    Script,
    error_body,
    escaped,
    exception_leaks,
    leaks,
    traceback_leaks,
)

pytestmark = pytest.mark.slow

pytest_plugins = ["tests._backends"]  # the `backend` fixture: each test runs on httpx and on aiohttp

# Every character here changes under JSON, HTML or URL escaping; its base64 token has "/" and "+".
SECRET = 'sé/cr"et<&>+ %'
CREDS = Credentials("id", SECRET)
FAST = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.002)
JSON = {"Content-Type": "application/json"}


def hostile_client(server: HostileServer, backend: Backend, **kwargs: Any) -> SequenceClient:
    """:func:`make_client` for ``server``: a scenario that hangs fails within the test, not at pytest's timeout."""
    kwargs.setdefault("retry", FAST)
    kwargs.setdefault("rate_limit", None)
    kwargs.setdefault("timeout", WAIT)
    return make_client(server.base_url, (CREDS.client_id, CREDS.client_secret), backend=backend, **kwargs)


def alias(alias_id: str, value: str = "crm-1") -> dict[str, Any]:
    return {
        "id": alias_id,
        "sequenceAccountId": "acc_1",
        "customerId": "cus_1",
        "value": value,
        "createdAt": "2024-01-01T00:00:00Z",
        "deletedAt": "2024-01-02T00:00:00Z",
    }


def alias_list(*alias_ids: str) -> str:
    return json.dumps({"items": [alias(i) for i in alias_ids]})


def assert_no_leak(exc: BaseException) -> None:
    found = exception_leaks(exc, CREDS)
    assert not found, "credential shown by the exception chain: " + "\n".join(found[:10])


async def wait_for(event: asyncio.Event) -> None:
    """A server-side wait for the test's signal, bounded (a forgotten signal ends the scenario)."""
    await asyncio.wait_for(event.wait(), WAIT)


class Deleter:
    """``DELETE /customer-aliases/{id}`` like the API: 200 with the alias, then 404 (documented body)."""

    def __init__(self) -> None:
        self.deleted: list[str] = []

    async def __call__(self, request: Request, conn: Conn) -> None:
        alias_id = request.last_segment
        if request.method != "DELETE" or alias_id in self.deleted:
            await conn.respond(404, error_body(f"No alias {alias_id}", error_type="NotFound"), JSON)
            return
        self.deleted.append(alias_id)
        await conn.respond(200, json.dumps(alias(alias_id)), JSON)


@contextmanager
def refusing_port() -> Iterator[int]:
    """A loopback port bound but not listening: it refuses connections, and holding it keeps any
    other process (a test on another xdist worker, a server binding port 0) off it meanwhile."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield int(sock.getsockname()[1])


# -- 1. a secret echoed through a serializer ----------------------------------------------------------

# form -> (escape applied to each credential, JSON style of the whole body)
ECHO_FORMS: dict[str, tuple[str, JsonStyle]] = {
    "json_ascii": ("raw", "ascii"),  # \u00e9 and \"
    "json_slash": ("raw", "slash"),  # also \/
    "json_html_safe": ("raw", "html_safe"),  # also \u003c \u003e \u0026
    "json_utf8": ("raw", "plain"),  # é as is, \" still escaped
    "html": ("html", "plain"),
    "html_numeric": ("html_numeric", "plain"),
    "url": ("url", "plain"),
    "url_plus": ("url_plus", "plain"),
}


@pytest.mark.parametrize("status", [400, 401, 500])
@pytest.mark.parametrize("form", list(ECHO_FORMS))
async def test_secret_echoed_in_error_body_is_redacted(backend: Backend, status: int, form: str) -> None:
    escape, style = ECHO_FORMS[form]
    # The secret, the whole "Basic ..." value and its base64 token, each in the escaped form.
    message = "bad credentials: " + " | ".join(escaped(secret, escape) for secret in CREDS.secrets)
    reply = Reply(status, error_body(message, style), JSON)
    async with HostileServer(reply) as server, hostile_client(server, backend) as client:
        with pytest.raises(APIStatusError) as info:
            await client.customer_aliases.list_for_customer("cus_1")
    assert info.value.status_code == status
    assert_no_leak(info.value)


async def test_secret_echoed_in_response_headers_is_redacted(backend: Backend) -> None:
    def echo(request: Request) -> list[tuple[str, str]]:
        value = request.headers["authorization"]
        return [("X-Request-Id", value), ("X-Echo", value), ("Sequence-Version", value), *JSON.items()]

    reply = Reply(401, lambda request: error_body("rejected " + request.headers["authorization"]), echo)
    async with HostileServer(reply) as server, hostile_client(server, backend) as client:
        with pytest.raises(APIStatusError) as info:
            await client.customer_aliases.list_for_customer("cus_1")
    assert_no_leak(info.value)


# -- 2. the deadline covers the rate limiter's wait ---------------------------------------------------


async def test_deadline_covers_rate_limiter_wait(backend: Backend) -> None:
    release = asyncio.Event()

    async def never_in_time(request: Request, conn: Conn) -> None:
        await wait_for(release)
        await conn.respond(200, alias_list(), JSON)

    limiter = RateLimit(1, per=1.5, burst=1)
    await limiter.acquire()  # drained: the next slot is 1.5 s away
    policy = RetryPolicy(max_retries=2, initial_backoff=0.001, deadline=2.0)
    async with (
        HostileServer(never_in_time) as server,
        hostile_client(server, backend, rate_limit=limiter, retry=policy) as client,
    ):
        started = time.monotonic()
        try:
            with pytest.raises(APITimeoutError):
                await client.customer_aliases.list_for_customer("cus_1")
            elapsed = time.monotonic() - started
        finally:
            release.set()
    assert elapsed <= 2.0 + 0.3, f"a 2 s deadline took {elapsed:.2f} s"


# -- 3. delete_many of a bare string ------------------------------------------------------------------


@pytest.mark.parametrize("ids", ["one-alias-id", b"bytes"], ids=["str", "bytes"])
async def test_delete_many_refuses_a_bare_string(backend: Backend, ids: Any) -> None:
    async with HostileServer(Deleter()) as server, hostile_client(server, backend) as client:
        with pytest.raises(InvalidParameterError, match="ids"):
            await client.customer_aliases.delete_many(ids)
    assert server.requests == []


# -- 4. aclose() while a retried call is in flight -----------------------------------------------------


async def test_aclose_during_retried_call_raises_sequence_error(backend: Backend) -> None:
    closed = asyncio.Event()

    async def busy_after_close(request: Request, conn: Conn) -> None:
        if request.index == 0:
            await wait_for(closed)
        await conn.respond(503, error_body("busy"), JSON)

    retry = RetryPolicy(max_retries=3, initial_backoff=0.001, max_backoff=0.002)
    async with HostileServer(busy_after_close) as server:
        client = hostile_client(server, backend, retry=retry)
        call = asyncio.create_task(client.customer_aliases.delete("ali_1"))
        try:
            await server.wait_for_requests(1)
            await client.aclose()
            arrived_at_close = len(server.requests)
            closed.set()
            done, _ = await asyncio.wait({call}, timeout=WAIT)
        finally:
            call.cancel()
        assert call in done, "the call did not end after aclose()"
        exc = call.exception()
    assert isinstance(exc, ClientClosedError | APIConnectionError), f"got {exc!r}"
    assert len(server.requests) == arrived_at_close, "a request was sent after aclose()"


# -- 5. foreign exceptions become SequenceErrors -------------------------------------------------------


async def test_gzip_claimed_but_plain_body_is_sequence_error(backend: Backend) -> None:
    reply = Reply(200, alias_list("ali_1"), {"Content-Encoding": "gzip", **JSON})
    async with HostileServer(reply) as server, hostile_client(server, backend) as client:
        with pytest.raises(SequenceError):
            await client.customer_aliases.list_for_customer("cus_1")


async def test_oversized_alias_id_is_refused_before_sending(backend: Backend) -> None:
    async with HostileServer(Deleter()) as server, hostile_client(server, backend) as client:
        with pytest.raises(InvalidParameterError, match="alias_id"):
            await client.customer_aliases.delete("a" * 100_000)
    assert server.requests == []


@pytest.mark.parametrize("argument", ["value", "after"])
async def test_oversized_value_or_cursor_is_refused_before_sending(backend: Backend, argument: str) -> None:
    arguments: dict[str, Any] = {argument: "v" * 70_000}
    async with HostileServer(Reply(200, alias_list(), JSON)) as server, hostile_client(server, backend) as client:
        with pytest.raises(InvalidParameterError, match=argument):
            await client.customer_aliases.list(**arguments).first_page()
    assert server.requests == []


@pytest.mark.parametrize("argument", ["alias_id", "value", "after"])
async def test_lone_surrogate_argument_is_refused_before_sending(backend: Backend, argument: str) -> None:
    unencodable = "x\ud800"  # a lone surrogate: no UTF-8 for it, so no URL either
    async with HostileServer(Deleter()) as server, hostile_client(server, backend) as client:
        with pytest.raises(InvalidParameterError, match=argument):
            if argument == "alias_id":
                await client.customer_aliases.delete(unencodable)
            else:
                arguments: dict[str, Any] = {argument: unencodable}
                await client.customer_aliases.list(**arguments).first_page()
    assert server.requests == []


@pytest.mark.parametrize("argument", ["version", "client_secret", "client_id"])
def test_lone_surrogate_in_client_configuration_is_configuration_error(argument: str) -> None:
    settings: dict[str, Any] = {"client_id": "id", "client_secret": "secret", "version": "2024-07-30"}
    settings[argument] = "x\ud800"
    with pytest.raises(ConfigurationError, match=argument):
        SequenceClient(base_url="http://127.0.0.1:9/api", rate_limit=None, **settings)


@pytest.mark.parametrize(
    "raw", [b"HTTP/1.1 abc OK\r\nContent-Length: 0\r\n\r\n", b"garbage\r\n\r\n"], ids=["abc", "garbage"]
)
async def test_bad_status_line_is_connection_error(backend: Backend, raw: bytes) -> None:
    async with HostileServer(Raw(raw)) as server, hostile_client(server, backend) as client:
        with pytest.raises(APIConnectionError):
            await client.customer_aliases.list_for_customer("cus_1")


async def test_redis_limiter_down_is_sequence_error(backend: Backend) -> None:
    with refusing_port() as port:
        limiter = RedisRateLimit(f"redis://127.0.0.1:{port}/0")
        try:
            async with (
                HostileServer(Reply(200, alias_list(), JSON)) as server,
                hostile_client(server, backend, rate_limit=limiter) as client,
            ):
                with pytest.raises(SequenceError) as info:
                    await client.customer_aliases.list_for_customer("cus_1")
        finally:
            await limiter.aclose()
    assert isinstance(info.value, errors.RateLimiterError)
    assert server.requests == []


@pytest.mark.parametrize("ids", [[["unhashable"]], [1, 2]], ids=["unhashable", "ints"])
async def test_delete_many_refuses_non_string_ids(backend: Backend, ids: Any) -> None:
    async with HostileServer(Deleter()) as server, hostile_client(server, backend) as client:
        with pytest.raises(InvalidParameterError, match=r"ids\[0\]"):
            await client.customer_aliases.delete_many(ids)
    assert server.requests == []


def test_environment_of_wrong_type_is_configuration_error() -> None:
    environment: Any = 5
    with pytest.raises(ConfigurationError):
        SequenceClient("a", "b", environment=environment)


def test_whitespace_inside_client_id_is_configuration_error() -> None:
    # The README: credentials containing whitespace fail at construction.
    with pytest.raises(ConfigurationError, match="client_id"):
        SequenceClient(client_id="a b", client_secret="x", base_url="http://127.0.0.1:9/api", rate_limit=None)


# -- 6. a reset DELETE is sent once (aiohttp resent it on its own) ------------------------------------


async def test_reset_delete_is_sent_once_and_counted(backend: Backend) -> None:
    async def reset_deletes(request: Request, conn: Conn) -> None:
        if request.method == "DELETE":
            conn.reset()  # after reading it: the server may have applied it
        else:
            await conn.respond(200, alias_list("ali_1"), JSON)

    no_retries = RetryPolicy(max_retries=0)
    async with HostileServer(reset_deletes) as server, hostile_client(server, backend, retry=no_retries) as client:
        await client.customer_aliases.list_for_customer("cus_1")  # leaves a kept-alive connection
        with pytest.raises(APIConnectionError) as info:
            await client.customer_aliases.delete("ali_1")
    assert server.requests[1].connection == server.requests[0].connection, "the DELETE did not reuse the connection"
    deletes = [r for r in server.requests if r.method == "DELETE"]
    assert len(deletes) == 1, f"{len(deletes)} DELETEs arrived with max_retries=0"
    assert client.stats["requests"] == len(server.requests)
    assert not isinstance(info.value, APITimeoutError), f"a reset is not a timeout: {info.value!r}"


# -- 7. delete_many keeps its partial results when it is aborted --------------------------------------


def assert_accounts_for(partial: BatchResult[Any, Any], taken: list[str], deleted_on_server: Iterable[str]) -> None:
    """Every id taken from the source is in exactly one group; every server-side deletion is reported."""
    groups = {
        "succeeded": list(partial.succeeded),
        "already_deleted": list(partial.already_deleted),
        "failed": list(partial.failed),
        "not_attempted": list(partial.not_attempted),
    }
    placed = sorted(key for keys in groups.values() for key in keys)
    assert placed == sorted(set(taken)), f"taken {sorted(taken)}, accounted {groups}"
    for alias_id in deleted_on_server:
        assert alias_id in partial.succeeded or alias_id in partial.already_deleted, f"{alias_id} deleted, not reported"


class ProgressBoom(Exception):
    """The caller's progress callback failed."""


async def test_delete_many_source_failure_keeps_partial_result(backend: Backend) -> None:
    taken: list[str] = []

    async def ids() -> AsyncIterator[str]:
        for i in range(5):
            taken.append(f"ali_{i}")
            yield f"ali_{i}"
        raise ValueError("the id source broke")

    deleter = Deleter()
    async with HostileServer(deleter) as server, hostile_client(server, backend) as client:
        with pytest.raises(SequenceError) as info:
            await client.customer_aliases.delete_many(ids(), concurrency=2)
    assert isinstance(info.value, errors.BatchAbortedError)
    assert isinstance(info.value.__cause__, ValueError)
    assert isinstance(info.value.partial_result, BatchResult)
    assert_accounts_for(info.value.partial_result, taken, deleter.deleted)


async def test_delete_many_progress_failure_keeps_partial_result(backend: Backend) -> None:
    taken: list[str] = []

    def ids() -> Iterator[str]:
        for i in range(8):
            taken.append(f"ali_{i}")
            yield f"ali_{i}"

    calls = 0

    def progress(done: int, total: int | None) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise ProgressBoom("progress callback failed")

    deleter = Deleter()
    async with HostileServer(deleter) as server, hostile_client(server, backend) as client:
        with pytest.raises(SequenceError) as info:
            await client.customer_aliases.delete_many(ids(), concurrency=2, on_progress=progress)
    assert isinstance(info.value, errors.BatchAbortedError)
    assert isinstance(info.value.__cause__, ProgressBoom)
    assert isinstance(info.value.partial_result, BatchResult)
    assert_accounts_for(info.value.partial_result, taken, deleter.deleted)


async def test_delete_many_cancelled_keeps_partial_result(backend: Backend) -> None:
    hold = asyncio.Event()
    deleter = Deleter()
    held: list[str] = []

    async def first_two_then_hold(request: Request, conn: Conn) -> None:
        if request.last_segment in ("ali_0", "ali_1"):
            await deleter(request, conn)
            return
        held.append(request.last_segment)
        await wait_for(hold)  # never answered: cancelled first, then reset at the end of the test
        conn.reset()

    taken: list[str] = []

    async def ids() -> AsyncIterator[str]:
        for i in range(6):
            taken.append(f"ali_{i}")
            yield f"ali_{i}"

    caught: list[BaseException] = []

    async def run(client: SequenceClient) -> None:
        try:
            await client.customer_aliases.delete_many(ids(), concurrency=3)
        except asyncio.CancelledError as exc:
            caught.append(exc)  # the very object raised (awaiting the task again would make a new one)
            raise

    async with HostileServer(first_two_then_hold) as server, hostile_client(server, backend) as client:
        task = asyncio.create_task(run(client))
        try:
            await server.wait_for_requests(5)  # ali_0, ali_1 answered; three held in flight
            task.cancel()
            await asyncio.wait({task}, timeout=WAIT)
        finally:
            hold.set()
        assert task.cancelled()
    partial = getattr(caught[0], "partial_result", None)
    assert isinstance(partial, BatchResult), "the CancelledError carries no partial_result"
    assert_accounts_for(partial, taken, deleter.deleted)
    assert held, "no request was in flight at cancellation"
    for alias_id in held:
        assert isinstance(partial.failed.get(alias_id), asyncio.CancelledError), f"{alias_id}: {partial.failed}"


# -- 8. a DELETE retried after a reset is misreported as not found ------------------------------------


class ResetFirstDelete(Deleter):
    """Applies the first DELETE of an id, then resets before answering; later ones get 404."""

    def __init__(self, *reset_ids: str) -> None:
        super().__init__()
        self.reset_ids = set(reset_ids)

    async def __call__(self, request: Request, conn: Conn) -> None:
        alias_id = request.last_segment
        if alias_id in self.reset_ids and alias_id not in self.deleted:
            self.deleted.append(alias_id)
            conn.reset()
            return
        await super().__call__(request, conn)


async def test_delete_retried_after_reset_is_already_deleted(backend: Backend) -> None:
    async with HostileServer(ResetFirstDelete("ali_x")) as server, hostile_client(server, backend) as client:
        with pytest.raises(NotFoundError) as info:
            await client.customer_aliases.delete("ali_x")
    assert type(info.value).__name__ == "AlreadyDeletedError"
    assert isinstance(info.value, errors.AlreadyDeletedError)


async def test_delete_many_retried_after_reset_is_already_deleted(backend: Backend) -> None:
    async with HostileServer(ResetFirstDelete("ali_x")) as server, hostile_client(server, backend) as client:
        result = await client.customer_aliases.delete_many(["ali_x", "ali_y"])
    assert "ali_x" not in result.failed, f"ali_x failed: {result.failed.get('ali_x')!r}"
    assert "ali_x" in result.already_deleted
    assert list(result.succeeded) == ["ali_y"]


async def test_plain_404_on_first_attempt_stays_not_found(backend: Backend) -> None:
    missing = Reply(404, error_body("No alias ali_gone", error_type="NotFound"), JSON)
    async with HostileServer(missing) as server, hostile_client(server, backend) as client:
        with pytest.raises(NotFoundError) as info:
            await client.customer_aliases.delete("ali_gone")
        result = await client.customer_aliases.delete_many(["ali_gone"])
    assert not isinstance(info.value, errors.AlreadyDeletedError)
    assert isinstance(result.failed.get("ali_gone"), NotFoundError)
    assert not isinstance(result.failed["ali_gone"], errors.AlreadyDeletedError)
    assert not result.already_deleted


# -- 9. secrets in tracebacks, exception context, logs and reprs --------------------------------------


def echo_body(request: Request, style: JsonStyle = "ascii") -> str:
    """An error body carrying the Authorization value, the secret and the token, as JSON would write them."""
    return error_body(" ".join((request.headers["authorization"], *CREDS.secrets)), style)


@pytest.mark.parametrize("case", ["500_after_retries", "200_not_json"])
async def test_traceback_locals_hold_no_credentials(backend: Backend, case: str) -> None:
    if case == "500_after_retries":
        reply = Reply(500, lambda request: echo_body(request, "slash"), JSON)
    else:
        reply = Reply(200, lambda request: "not json: " + request.headers["authorization"] + " " + SECRET, JSON)
    async with HostileServer(reply) as server, hostile_client(server, backend) as client:
        with pytest.raises(SequenceError) as info:
            await client.customer_aliases.list_for_customer("cus_1")
    assert isinstance(info.value, APIStatusError | ResponseValidationError)
    found = traceback_leaks(info.value, CREDS)
    assert not found, "credential in a traceback frame: " + "\n".join(found[:10])


async def test_response_validation_error_context_has_no_body(backend: Backend) -> None:
    reply = Reply(200, lambda request: "<html>" + request.headers["authorization"] + " " + SECRET, JSON)
    async with HostileServer(reply) as server, hostile_client(server, backend) as client:
        with pytest.raises(ResponseValidationError) as info:
            await client.customer_aliases.list_for_customer("cus_1")
    context = info.value.__context__
    assert context is None or not exception_leaks(context, CREDS), f"__context__ shows the body: {context!r}"
    assert_no_leak(info.value)


class Capture(logging.Handler):
    """Keeps every record's message and its raw arguments."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(f"{record.name}: {record.getMessage()} {record.args!s}")


@contextmanager
def debug_logs(*names: str) -> Iterator[Capture]:
    """DEBUG on these loggers into one capture; their levels and handlers are restored afterwards."""
    capture = Capture()
    loggers = [logging.getLogger(name) for name in names]
    saved = [(logger, logger.level) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(capture)
    try:
        yield capture
    finally:
        for logger, level in saved:
            logger.removeHandler(capture)
            logger.setLevel(level)


async def test_debug_logs_hold_no_credentials(backend: Backend) -> None:
    def echo_headers(request: Request) -> list[tuple[str, str]]:
        value = request.headers["authorization"]
        return [("X-Echo", value), ("X-Request-Id", value), ("Sequence-Version", value), *JSON.items()]

    script = Script(
        Reply(200, alias_list("ali_1"), echo_headers),
        Reply(404, echo_body, echo_headers),
        Reply(503, lambda request: echo_body(request, "slash"), echo_headers),
    )
    names = ("sequence_async", "httpx", "httpcore", "aiohttp")
    before = [(logging.getLogger(name).level, list(logging.getLogger(name).handlers)) for name in names]
    with debug_logs(*names) as capture:
        async with HostileServer(script) as server, hostile_client(server, backend) as client:
            await client.customer_aliases.list_for_customer("cus_1")
            with pytest.raises(NotFoundError):
                await client.customer_aliases.delete("ali_1")
            with pytest.raises(APIStatusError):
                await client.contacts.list("cus_1")
    assert [(logging.getLogger(name).level, logging.getLogger(name).handlers) for name in names] == before
    assert any(text.startswith("sequence_async:") for text in capture.texts), "nothing was logged: a vacuous test"
    found = [f"{text[:120]}...: {leak}" for text in capture.texts for leak in leaks(text, CREDS)]
    assert not found, "credential in a log record: " + "\n".join(found[:10])


@pytest.mark.parametrize(
    ("url", "hidden"),
    [
        ("redis://:p%40ss@localhost:6379/0", ["p%40ss", "p@ss"]),
        ("redis://user:pa@ss@localhost/0", ["pa@ss", "ss@localhost", ":pa"]),
        ("redis://localhost?password=hunter2", ["hunter2"]),
    ],
    ids=["percent-encoded", "at-sign", "query"],
)
async def test_redis_limiter_repr_hides_password(url: str, hidden: list[str]) -> None:
    limiter = RedisRateLimit(url)  # builds a client; connects only on the first acquire()
    try:
        shown = repr(limiter) + " " + str(limiter)
    finally:
        await limiter.aclose()
    assert not [part for part in hidden if part in shown], shown


# -- found by the fuzz (tests/test_hostile_fuzz.py) -------------------------------------------------


@pytest.mark.parametrize("status", [200, 500])
async def test_undecodable_charset_is_sequence_error(backend: Backend, status: int) -> None:
    # The declared charset cannot decode the body (UTF-16 without a byte order mark): response.text raises.
    reply = Reply(status, b"<html>not json</html>", {"Content-Type": "application/json; charset=utf-16"})
    async with HostileServer(reply) as server, hostile_client(server, backend) as client:
        with pytest.raises(SequenceError):
            await client.customer_aliases.list_for_customer("cus_1")


async def test_non_utf8_reason_phrase_is_sequence_error(backend: Backend) -> None:
    reply = Reply(404, error_body("gone", error_type="NotFound"), JSON, reason="Ünïcödé")  # sent as latin-1 bytes
    async with HostileServer(reply) as server, hostile_client(server, backend) as client:
        with pytest.raises(NotFoundError):
            await client.customer_aliases.delete("ali_1")


async def test_non_ascii_cookie_does_not_break_the_retry(backend: Backend) -> None:
    script = Script(
        Reply(503, error_body("busy"), [("Set-Cookie", "Q\x98¨c§ý"), *JSON.items()]),
        Reply(200, alias_list("ali_1"), JSON),
    )
    async with HostileServer(script) as server, hostile_client(server, backend) as client:
        aliases = await client.customer_aliases.list_for_customer("cus_1")
    assert [a.id for a in aliases] == ["ali_1"]
    assert client.stats["requests"] == len(server.requests) == 2


async def test_secret_with_backslash_echoed_into_a_field_is_redacted(backend: Backend) -> None:
    # The model error quotes the bad value with repr(), which doubles the backslash: "x\\y".
    credentials = Credentials("id", "x\\y</script>é")
    body = json.dumps({"items": [{**alias("ali_1"), "createdAt": credentials.client_secret}]})
    async with HostileServer(Reply(200, body, JSON)) as server:
        client = SequenceClient(
            client_id=credentials.client_id,
            client_secret=credentials.client_secret,
            base_url=server.base_url,
            http_backend=backend,
            retry=FAST,
            rate_limit=None,
        )
        async with client:
            with pytest.raises(ResponseValidationError) as info:
                await client.customer_aliases.list_for_customer("cus_1")
    found = exception_leaks(info.value, credentials)
    assert not found, "credential shown by the exception chain: " + "\n".join(found[:10])


# -- the hostile server itself ----------------------------------------------------------------------


async def test_hostile_server_parses_keep_alive_requests() -> None:
    async with HostileServer(Reply(200, b"ok")) as server, httpx.AsyncClient(timeout=WAIT) as http:
        await http.get(server.base_url + "/a?x=1", headers={"X-Thing": "v"})
        await http.post(server.base_url + "/b", content=b"payload")
    first, second = server.requests
    assert (first.method, first.path, first.query, first.headers["x-thing"]) == ("GET", "/api/a", "x=1", "v")
    assert (second.method, second.body, second.connection) == ("POST", b"payload", first.connection)
    assert server.connections == 1


async def test_hostile_server_resets_before_reading() -> None:
    async def refuse(conn: Conn) -> None:
        conn.reset()

    async with HostileServer(Reply(200), on_connect=refuse) as server, httpx.AsyncClient(timeout=WAIT) as http:
        with pytest.raises(httpx.TransportError):
            await http.get(server.base_url + "/a")
    assert server.requests == []
    assert server.connections == 1


async def test_hostile_server_truncates_and_resets() -> None:
    script = Script(Reply(200, b"abc", content_length=10, then="close"), Reset())
    async with HostileServer(script) as server, httpx.AsyncClient(timeout=WAIT) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get(server.base_url + "/truncated")
        with pytest.raises(httpx.ReadError):
            await http.get(server.base_url + "/reset")
    assert len(server.requests) == 2


async def test_hostile_server_reports_a_failing_handler() -> None:
    async def broken(request: Request, conn: Conn) -> None:
        raise KeyError("scenario bug")

    with pytest.raises(AssertionError, match="scenario bug"):
        async with HostileServer(broken) as server, httpx.AsyncClient(timeout=WAIT) as http:
            with pytest.raises(httpx.TransportError):
                await http.get(server.base_url + "/a")


async def test_hostile_server_shutdown_ends_a_blocked_handler() -> None:
    never = asyncio.Event()

    async def blocked(request: Request, conn: Conn) -> None:
        await never.wait()  # unbounded on purpose: leaving the server must end it

    async with httpx.AsyncClient(timeout=WAIT) as http:
        async with HostileServer(blocked) as server:
            call = asyncio.create_task(http.get(server.base_url + "/a"))
            await server.wait_for_requests(1)
        done, _ = await asyncio.wait({call}, timeout=WAIT)
        assert call in done
        assert isinstance(call.exception(), httpx.TransportError)


# -- stats: a call cancelled in flight still counts the request it sent ----------------------------


async def test_a_call_cancelled_in_flight_counts_the_request_it_sent(backend: Backend) -> None:
    arrived = asyncio.Event()
    answer = asyncio.Event()

    async def hold(request: Request, conn: Conn) -> None:
        arrived.set()
        await asyncio.wait_for(answer.wait(), WAIT)

    async with HostileServer(hold) as server, hostile_client(server, backend) as client:
        call = asyncio.create_task(client.customer_aliases.delete("ali_1"))
        await asyncio.wait_for(arrived.wait(), WAIT)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        answer.set()
    assert len(server.requests) == 1
    assert client.stats == {"requests": 1, "retries": 0}
