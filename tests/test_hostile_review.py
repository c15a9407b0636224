"""Regressions for what an adversarial review found after the first hardening (one test per finding).

Each failed before its fix; both backends where a network is involved.
"""

from __future__ import annotations

import asyncio
import json
import math
import socket
import time
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from sequence_async import (
    APITimeoutError,
    BatchAbortedError,
    BatchResult,
    ClientClosedError,
    ConfigurationError,
    InvalidParameterError,
    PaginationError,
    RateLimit,
    RedisRateLimit,
    RetryBudget,
    RetryPolicy,
    SequenceClient,
    SequenceError,
    run_batch,
)

from ._fixtures import Backend
from ._hostile import Credentials, HostileServer, Reply, Request, exception_leaks, traceback_leaks
from .test_hostile_regressions import CREDS, JSON, alias, hostile_client

pytest_plugins = ["tests._backends"]  # the `backend` fixture: each test runs on httpx and on aiohttp


def page_body(after: str | None, *alias_ids: str) -> str:
    return json.dumps({"items": [alias(i) for i in alias_ids], "pagination": {"after": after, "totalResultSize": 9}})


async def test_a_cursor_that_cannot_be_sent_back_is_a_pagination_error(backend: Backend) -> None:
    """F1: a lone surrogate (or 100 KB) cursor from the server gave a raw UnicodeEncodeError."""
    for cursor in ("\ud800", "c" * 100_000):
        body = json.dumps({"items": [alias("a1")], "pagination": {"after": cursor}})
        async with HostileServer(Reply(200, body, JSON)) as server, hostile_client(server, backend) as client:
            with pytest.raises(PaginationError, match="cannot be sent back"):
                await client.customer_aliases.list(limit=1).to_list()
            assert len(server.requests) == 1


async def test_a_credential_echoed_as_a_cursor_is_shown_nowhere(backend: Backend) -> None:
    """F2: the PaginationError message (and frame locals) quoted the repeated cursor: here, the secret."""
    echo = Reply(200, lambda request: page_body(CREDS.client_secret, "a1"), JSON)
    async with HostileServer(echo) as server, hostile_client(server, backend) as client:
        with pytest.raises(PaginationError, match="twice") as caught:
            await client.customer_aliases.list(limit=1).to_list()
    assert not exception_leaks(caught.value, CREDS)
    assert not traceback_leaks(caught.value, CREDS)


async def test_page_metadata_echoing_the_authorization_is_redacted(backend: Backend) -> None:
    """F3: ``Page.request_id``/``.version`` (and so ``repr(page)``) showed an echoed Authorization."""

    def headers(request: Request) -> list[tuple[str, str]]:
        return [*JSON.items(), ("X-Request-Id", request.headers["authorization"]), ("Sequence-Version", CREDS.token)]

    async with (
        HostileServer(Reply(200, page_body(None, "a1"), headers)) as server,
        hostile_client(server, backend) as client,
    ):
        page = await client.customer_aliases.list(limit=1).first_page()
    for text in (repr(page), page.request_id or "", page.version or ""):
        assert not any(secret in text for secret in CREDS.secrets), text


@pytest.mark.parametrize("times", [4, 6])
async def test_a_credential_encoded_many_times_is_redacted(backend: Backend, times: int) -> None:
    """F4: four nested encodings (percent or HTML) got past a search three decoders deep."""
    credentials = Credentials("id", "sk_live_abcdef123456")
    for encode in (lambda text: urllib.parse.quote(text, safe=""), lambda text: text.replace("&", "&amp;")):
        echoed = "&" + credentials.client_secret
        for _ in range(times):
            echoed = encode(echoed)
        reply = Reply(400, f"echo: {echoed}")
        async with HostileServer(reply) as server:
            client = SequenceClient(
                "id", credentials.client_secret, base_url=server.base_url, http_backend=backend, rate_limit=None
            )
            async with client:
                with pytest.raises(SequenceError) as caught:
                    await client.contacts.list("cus_1")
        assert credentials.client_secret not in urllib.parse.unquote(str(caught.value.args))
        assert not exception_leaks(caught.value, credentials)


@pytest.mark.parametrize(("secret", "echo"), [("Straße-k3y-42", "STRASSE-K3Y-42"), ("k3y-é-42", "k3y-%E9-42")])
async def test_case_folded_and_latin1_encoded_echoes_are_redacted(backend: Backend, secret: str, echo: str) -> None:
    """F5: full case folding (ß/SS) and Latin-1 percent-encoding (%E9) were not recognised."""
    async with HostileServer(Reply(400, f"echo {echo}")) as server:
        client = SequenceClient("id", secret, base_url=server.base_url, http_backend=backend, rate_limit=None)
        async with client:
            with pytest.raises(SequenceError) as caught:
                await client.contacts.list("cus_1")
    body = getattr(caught.value, "body", "")
    assert echo not in body
    assert echo not in str(caught.value)


async def test_a_huge_escaped_error_body_keeps_the_deadline(backend: Backend) -> None:
    """F6: redacting a 4 MB body of escapes took seconds on the event loop, past any deadline."""
    body = ("\\u0041%41&amp;+" * 300_000).encode()  # 4.2 MB of every escape the redactor decodes
    deadline = 2.0
    policy = RetryPolicy(max_retries=0, deadline=deadline)
    async with HostileServer(Reply(400, body)) as server, hostile_client(server, backend, retry=policy) as client:
        started = time.monotonic()
        with pytest.raises(SequenceError) as caught:
            await client.contacts.list("cus_1")
        elapsed = time.monotonic() - started
    assert elapsed < deadline + 1.0, f"{elapsed:.2f}s against a {deadline}s deadline"
    assert len(getattr(caught.value, "body", "")) < 100_000  # errors keep a bounded excerpt


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that accepts connections and never answers (a stuck Redis)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


async def test_a_stuck_redis_limiter_keeps_the_deadline(backend: Backend, silent_port: int) -> None:
    """F7: a Redis that never answers held the call for redis-py's own timeout, past the deadline."""
    limiter = RedisRateLimit(f"redis://127.0.0.1:{silent_port}/0")
    policy = RetryPolicy(max_retries=0, deadline=1.0)
    async with (
        HostileServer(Reply(200, "[]")) as server,
        hostile_client(server, backend, retry=policy, rate_limit=limiter) as client,
    ):
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="rate limiter"):
            await client.contacts.list("cus_1")
        assert time.monotonic() - started < 1.0 + 0.5
        assert server.requests == []


async def test_a_requeued_delete_that_was_applied_counts_as_already_deleted(backend: Backend) -> None:
    """F8: 503 (applied), 429, 429 -> requeued -> 404 was filed as failed: the books did not balance."""
    deleted: set[str] = set()
    answers: dict[str, int] = {}

    async def handler(request: Request, conn: Any) -> None:
        alias_id = request.path.rsplit("/", 1)[-1]
        answers[alias_id] = answers.get(alias_id, 0) + 1
        if alias_id in deleted:
            reply = Reply(404, json.dumps({"error": {"type": "NotFound", "message": "no such alias"}}), JSON)
        elif alias_id == "ali_0" and answers[alias_id] == 1:
            deleted.add(alias_id)
            reply = Reply(503)
        else:
            deleted.add(alias_id)
            reply = Reply(200, json.dumps(alias(alias_id)), JSON)
        if alias_id == "ali_0" and answers[alias_id] in (2, 3):
            reply = Reply(429, "", [("Retry-After", "0")])
        await reply(request, conn)

    async with HostileServer(handler) as server, hostile_client(server, backend) as client:
        result = await client.customer_aliases.delete_many(["ali_0", "ali_1"])
    assert set(result.succeeded) == {"ali_1"}
    assert set(result.already_deleted) == {"ali_0"}
    assert not result.failed
    assert not result.not_attempted


async def test_aclose_ends_a_call_waiting_for_the_rate_limiter(backend: Backend) -> None:
    """F9: a call queued behind RateLimit(1 per 60 s) kept waiting about a minute after aclose()."""
    async with HostileServer(Reply(200, '{"items": []}', JSON)) as server:
        client = hostile_client(server, backend, rate_limit=RateLimit(1, per=60.0, burst=1))
        await client.contacts.list("cus_1")  # takes the only slot
        waiting = asyncio.ensure_future(client.contacts.list("cus_2"))
        await asyncio.sleep(0.05)  # let it reach the limiter (an upper bound is asserted below, not this)
        await client.aclose()
        with pytest.raises(ClientClosedError):
            await asyncio.wait_for(waiting, 2.0)
        assert len(server.requests) == 1


class Broken:
    """A sized collection whose iteration fails (a lazily loaded list, say)."""

    def __len__(self) -> int:
        return 3

    def __iter__(self) -> Iterator[str]:
        raise OSError("the collection could not be read")


async def _double(value: str) -> str:
    return value * 2


async def test_careless_run_batch_callers_get_typed_errors_and_keep_the_accounting() -> None:
    """F11: a raising/unhashable key, key=None, and a sized source that cannot be iterated escaped untyped."""

    def bad_key(item: str) -> str:
        if item == "b":
            raise KeyError(item)
        return item

    with pytest.raises(BatchAbortedError) as caught:
        await run_batch(_double, ["a", "b", "c"], key=bad_key, concurrency=1)
    assert isinstance(caught.value.__cause__, KeyError)
    assert caught.value.partial_result is not None
    assert set(caught.value.partial_result.succeeded) == {"a"}  # "b" cannot be keyed
    assert caught.value.partial_result.not_attempted == ["c"]
    with pytest.raises(InvalidParameterError, match="key"):
        await run_batch(_double, ["a"], key=None)  # type: ignore[arg-type]
    with pytest.raises(BatchAbortedError) as unhashable:
        await run_batch(_double, ["a"], key=lambda item: [item])  # type: ignore[type-var]
    assert isinstance(unhashable.value.__cause__, TypeError)
    with pytest.raises(BatchAbortedError) as unreadable:
        await run_batch(_double, Broken(), key=str)
    assert isinstance(unreadable.value.__cause__, OSError)


async def test_a_repeated_key_ends_in_one_group() -> None:
    """F11: duplicate items put one key in both ``succeeded`` and ``failed``."""
    calls = 0

    async def first_ok_then_fail(item: str) -> str:
        nonlocal calls
        calls += 1
        if calls > 1:
            raise ZeroDivisionError
        return item

    result: BatchResult[str, str] = await run_batch(first_ok_then_fail, ["x", "x"], key=str, concurrency=1)
    assert (set(result.succeeded), set(result.failed)) == (set(), {"x"})
    assert result.total == 1


BROKEN_OPTIONS: dict[str, Callable[[], dict[str, Any]]] = {
    "huge timeout": lambda: {"timeout": 10**400},
    "huge backoff": lambda: {"retry": RetryPolicy(initial_backoff=10**400)},
    "infinite backoff": lambda: {"retry": RetryPolicy(initial_backoff=math.inf, max_backoff=math.inf)},
    "huge deadline": lambda: {"retry": RetryPolicy(deadline=10**400)},
    "NaN retry cost": lambda: {"retry_budget": RetryBudget(retry_cost=math.nan)},
    "infinite period": lambda: {"rate_limit": RateLimit(1, per=math.inf)},
    "huge request count": lambda: {"rate_limit": RateLimit(10**400)},
    "blocking sleep": lambda: {"sleep": time.sleep},
    "random returning None": lambda: {"random": lambda: None},
    "clock returning None": lambda: {"clock": lambda: None},
    "wall clock returning None": lambda: {"wall_clock": lambda: None},
    "wall clock beyond any date": lambda: {"wall_clock": lambda: 1e300},
    "wall clock that is no function": lambda: {"wall_clock": 1_900_000_000.0},
    "backend of the wrong type": lambda: {"http_backend": ["aiohttp"]},
    "host that is not IDNA": lambda: {"base_url": "http://\u2100.com"},
}


@pytest.mark.parametrize("case", sorted(BROKEN_OPTIONS))
def test_non_finite_or_broken_configuration_is_refused(case: str) -> None:
    """F12: huge, infinite or NaN numbers and broken hooks were accepted, then overflowed or hung."""
    with pytest.raises(ConfigurationError):
        SequenceClient("id", "secret", **{"base_url": "http://127.0.0.1:1", **BROKEN_OPTIONS[case]()})


@pytest.mark.parametrize("secret", [b"sk_live_abcdef", bytearray(b"sk_live_abcdef")])
def test_a_secret_of_the_wrong_type_is_not_shown_by_the_traceback(secret: object) -> None:
    """F13: ``client_secret=b"..."`` was refused, but the traceback's frame locals showed it."""
    with pytest.raises(ConfigurationError) as caught:
        SequenceClient("id", secret)  # type: ignore[arg-type]
    assert not traceback_leaks(caught.value, Credentials("id", "sk_live_abcdef"))


def test_page_repr_redacts_only_while_a_client_lives() -> None:
    """The Page repr hook is cheap and harmless: without a live client there is nothing to redact."""
    from sequence_async import Page

    assert repr(Page(items=[], after="c", before=None, total=0)).startswith("Page(items=[]")
