"""The two HTTP backends read the same response the same way (headers repeated or not UTF-8,
status lines out of range): the same result, the same error, the same requests on the wire."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sequence_async import APIConnectionError, APIStatusError, InternalServerError, RetryPolicy, SequenceClient

from ._fixtures import Backend, make_client
from ._hostile import HostileServer, Reply, Script

pytest_plugins = ["tests._backends"]

FAST = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.002, max_retry_after=60.0, deadline=10.0)
PAGE = json.dumps({"items": [], "pagination": {}})


def client(server: HostileServer, backend: Backend, **kwargs: Any) -> SequenceClient:
    return make_client(server.base_url, ("client-id", "s3cr3t-Xyz"), backend=backend, retry=FAST, **kwargs)


async def test_a_repeated_retry_after_is_read_as_its_first_value(backend: Backend) -> None:
    # "120, 120" (httpx's join) would not parse and fall back to backoff; the first value is 120 s,
    # over max_retry_after: no retry, on either backend.
    script = Script(Reply(503, "{}", [("Retry-After", "120"), ("Retry-After", "120")]), Reply(200, PAGE))
    async with HostileServer(script) as server, client(server, backend) as sdk:
        with pytest.raises(InternalServerError):
            await sdk.customer_aliases.list_for_customer("cus_1")
        assert len(server.requests) == 1


async def test_repeated_version_and_request_id_headers_give_their_first_values(backend: Backend) -> None:
    headers = [
        ("Sequence-Version", "2024-07-30"),
        ("Sequence-Version", "2099-01-01"),
        ("X-Request-Id", "r1"),
        ("X-Request-Id", "r2"),
    ]
    async with HostileServer(Reply(200, PAGE, headers)) as server, client(server, backend) as sdk:
        page = await sdk.customer_aliases.list(limit=1).first_page()
    assert (page.version, page.request_id) == ("2024-07-30", "r1")


async def test_a_header_that_is_not_utf8_is_read_as_latin1_and_the_others_as_utf8(backend: Backend) -> None:
    headers: list[tuple[str, bytes | str]] = [("X-Request-Id", "req-é".encode()), ("X-Other", b"caf\xe9")]
    async with HostileServer(Reply(404, "{}", headers)) as server, client(server, backend) as sdk:
        with pytest.raises(APIStatusError) as info:
            await sdk.customer_aliases.delete("ali_1")
    assert info.value.request_id == "req-é"
    assert info.value.headers["x-other"] == "café"
    assert info.value.headers["x-request-id"] == "req-é"


@pytest.mark.parametrize("status_line", [b"HTTP/1.1 099 Odd", b"HTTP/1.1 1000 Huge"])
async def test_a_status_code_out_of_range_is_a_connection_error_on_both_backends(
    backend: Backend, status_line: bytes
) -> None:
    reply = Reply(status_line=status_line, body=PAGE)
    async with HostileServer(Script(reply, reply, reply)) as server, client(server, backend) as sdk:
        with pytest.raises(APIConnectionError):
            await sdk.customer_aliases.list_for_customer("cus_1")


ALIAS = json.dumps(
    {
        "id": "ali_1",
        "sequenceAccountId": "acc",
        "customerId": "cus_1",
        "value": "v",
        "createdAt": "2024-01-01T00:00:00Z",
    }
)


@pytest.mark.parametrize(
    "headers",
    [
        [("Content-Security-Policy", "default-src " + "a" * 10_000)],  # one 10 KB header line
        [(f"X-Filler-{index}", "x") for index in range(300)],  # many headers
    ],
    ids=["long-header", "many-headers"],
)
async def test_a_large_response_head_is_read_on_both_backends(backend: Backend, headers: list[tuple[str, str]]) -> None:
    # aiohttp's defaults refused these as a connection error: a retried DELETE then said "already deleted"
    script = Script(Reply(200, ALIAS, headers), Reply(404, '{"error": {"type": "NotFound", "message": "gone"}}'))
    async with HostileServer(script) as server, client(server, backend) as sdk:
        deleted = await sdk.customer_aliases.delete("ali_1")
        assert len(server.requests) == 1
    assert deleted.id == "ali_1"


async def test_a_response_head_over_100_kib_is_refused_on_both_backends(backend: Backend) -> None:
    headers = [(f"X-Filler-{index}", "x" * 1000) for index in range(150)]  # ~150 KiB in 1 KB lines
    reply = Reply(200, PAGE, headers)
    async with HostileServer(Script(reply, reply, reply)) as server, client(server, backend) as sdk:
        with pytest.raises(APIConnectionError):
            await sdk.customer_aliases.list_for_customer("cus_1")


async def test_an_errors_headers_are_bounded_and_redacted_together(backend: Backend) -> None:
    headers = [(f"X-Filler-{index}", "a%2Bb&amp;c") for index in range(300)] + [("X-Echo", "s3cr3t-Xyz")]
    async with HostileServer(Reply(404, "{}", headers)) as server, client(server, backend) as sdk:
        with pytest.raises(APIStatusError) as info:
            await sdk.customer_aliases.delete("ali_1")
    shown = info.value.headers
    assert len(shown) <= 100
    assert "s3cr3t-Xyz" not in repr(shown)
    assert all(len(value) <= 4100 for value in shown.values())
