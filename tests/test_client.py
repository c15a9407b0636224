"""SequenceClient and the request pipeline, at the unit level (httpx.MockTransport)."""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from starlette.types import Receive, Scope, Send

import sequence_async
from sequence_async import (
    ENVIRONMENTS,
    RetryBudget,
    RetryPolicy,
    SequenceClient,
    errors,
)

from ._fixtures import ALIAS, Backend, Sleeps, make_client
from ._servers import Switchboard, httpx_client, serve_app_in_thread

pytest_plugins = ["tests._backends"]

SECRET = "s3cr3t-value-Zq9"
AUTH = "Basic " + base64.b64encode(f"my-id:{SECRET}".encode()).decode()
MOCK_BASE = "https://api.test/api"
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler replaying scripted responses and recording requests."""

    def __init__(self, *responses: httpx.Response | Exception | Handler) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        return step(request)


class RecorderApp:
    """Serves a Recorder over loopback (for the aiohttp backend): each ASGI request becomes the
    ``httpx.Request`` the recorder records, and its scripted response is sent back as is."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]]
        query = scope["query_string"].decode("latin-1")
        url = f"http://{dict(headers)['host']}{scope['raw_path'].decode('latin-1')}" + (f"?{query}" if query else "")
        response = self.recorder(httpx.Request(scope["method"], url, headers=headers, content=body))
        raw = [(name.lower(), value) for name, value in response.headers.raw]
        await send({"type": "http.response.start", "status": response.status_code, "headers": raw})
        await send({"type": "http.response.body", "body": response.read()})


@pytest.fixture(scope="module")
def loopback() -> Iterator[tuple[Switchboard, str]]:
    """One server for the module's aiohttp runs; each test routes it to its own recorder."""
    board = Switchboard()
    with serve_app_in_thread(board) as url:
        yield board, url


@dataclass
class Mock:
    """Scripted responses on one backend: MockTransport on httpx, a loopback RecorderApp on aiohttp."""

    backend: Backend
    base_url: str
    board: Switchboard | None = None

    def client(self, recorder: Recorder, **kwargs: Any) -> SequenceClient:
        kwargs.setdefault("sleep", Sleeps())
        kwargs.setdefault("random", lambda: 0.5)
        kwargs.setdefault("retry", RetryPolicy())
        if self.board is None:
            kwargs["transport"] = httpx.MockTransport(recorder)
        else:
            # A transport error cannot be scripted over a real socket: such tests are httpx-only.
            assert not any(isinstance(step, Exception) for step in recorder.responses), "httpx-only script"
            self.board.target = RecorderApp(recorder)
        return make_client(self.base_url, ("my-id", SECRET), backend=self.backend, **kwargs)


HTTPX = Mock("httpx", MOCK_BASE)  # tests that script transport errors or need no network


@pytest.fixture
def mock(backend: Backend, request: pytest.FixtureRequest) -> Iterator[Mock]:
    """Scripted responses on each backend (the loopback server starts only for aiohttp)."""
    if backend == "httpx":
        yield HTTPX
        return
    board, url = request.getfixturevalue("loopback")
    yield Mock(backend, f"{url}/api", board)
    board.target = None


def ok_alias() -> httpx.Response:
    return httpx.Response(200, json=ALIAS, headers={"Sequence-Version": "2024-07-30"})


def error(status: int, error_type: str = "Oops", message: str = "went wrong", **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"type": error_type, "message": message}}, headers=headers)


# ---------------------------------------------------------------- construction


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"client_id": None, "client_secret": "x"}, "missing client_id"),
        ({"client_id": "a", "client_secret": ""}, "missing client_secret"),
        ({"client_id": "a:b", "client_secret": "x"}, "must not contain ':'"),
        ({"client_id": " a", "client_secret": "x"}, "whitespace"),
        ({"client_id": "a", "client_secret": "x\n"}, "whitespace"),
        ({"client_id": "a", "client_secret": "x", "environment": "staging"}, "unknown environment"),
        ({"client_id": "a", "client_secret": "x", "base_url": "api.sequencehq.com"}, "http:// or https://"),
        ({"client_id": "a", "client_secret": "x", "base_url": "ftp://h/api"}, "http:// or https://"),
        ({"client_id": "a", "client_secret": "x", "base_url": "https://u:p@h/api"}, "credentials"),
        ({"client_id": "a", "client_secret": "x", "timeout": -1}, "timeout"),
        ({"client_id": "a", "client_secret": "x", "version": ""}, "version"),
    ],
)
def test_bad_configuration_fails_at_construction(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any], message: str
) -> None:
    monkeypatch.delenv("SEQUENCE_CLIENT_ID", raising=False)
    monkeypatch.delenv("SEQUENCE_CLIENT_SECRET", raising=False)
    with pytest.raises(errors.ConfigurationError, match=message) as err:
        SequenceClient(**kwargs)
    assert "x\n" not in str(err.value)


def test_credentials_default_to_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEQUENCE_CLIENT_ID", "env-id")
    monkeypatch.setenv("SEQUENCE_CLIENT_SECRET", "env-secret")
    client = SequenceClient()
    assert "env-id" in repr(client)
    assert client.base_url == ENVIRONMENTS["production"]


def test_environments_match_the_spec_servers() -> None:
    spec = yaml.safe_load((Path(__file__).parent.parent / "openapi" / "sequence.yaml").read_text())
    servers = {s["description"].lower(): s["url"] for s in spec["servers"]}
    assert servers == ENVIRONMENTS
    for name, url in ENVIRONMENTS.items():
        assert SequenceClient("a", "b", environment=name).base_url == url


def test_the_signature_defaults_are_the_public_constants() -> None:
    """The signatures spell the defaults publicly (the version as a literal, NOT_GIVEN, DEFAULT_TIMEOUT);
    they are the very values of the constants."""
    import inspect

    from sequence_async import DEFAULT_TIMEOUT, DEFAULT_VERSION, NOT_GIVEN

    init = inspect.signature(SequenceClient).parameters
    assert init["version"].default == DEFAULT_VERSION
    assert init["timeout"].default is DEFAULT_TIMEOUT
    assert init["retry_budget"].default is init["rate_limit"].default is NOT_GIVEN
    copy = inspect.signature(SequenceClient.with_options).parameters
    assert [copy[name].default for name in ("timeout", "retry", "version")] == [NOT_GIVEN] * 3
    assert inspect.signature(SequenceClient.request).parameters["timeout"].default is NOT_GIVEN
    assert SequenceClient("a", "b").version == DEFAULT_VERSION


def test_repr_hides_the_secret(mock: Mock) -> None:
    client = mock.client(Recorder(ok_alias()))
    assert SECRET not in repr(client)
    assert AUTH.split()[1] not in repr(client)
    assert "my-id" in repr(client)


# ---------------------------------------------------------------- headers & lifecycle


async def test_every_request_carries_auth_and_version_headers(mock: Mock) -> None:
    recorder = Recorder(ok_alias())
    async with mock.client(recorder) as client:
        await client.customer_aliases.delete("a1")
        await client.with_options(version="2099-01-01").customer_aliases.delete("a1")
    first, second = recorder.requests
    assert first.headers["Authorization"] == AUTH
    assert first.headers["Sequence-Version"] == "2024-07-30"
    assert second.headers["Sequence-Version"] == "2099-01-01"
    assert str(first.url) == f"{mock.base_url}/customer-aliases/a1"
    assert str(second.url) == f"{mock.base_url}/customer-aliases/a1"


async def test_with_options_shares_the_pool_and_only_the_owner_closes_it(mock: Mock) -> None:
    client = mock.client(Recorder(ok_alias()))
    copy = client.with_options(timeout=5.0, retry=RetryPolicy(max_retries=0))
    assert copy.timeout == httpx.Timeout(5.0)
    assert copy.retry.max_retries == 0
    assert client.retry.max_retries == 2
    assert copy._shared.sender is client._shared.sender  # one connection pool, whatever the backend
    if mock.backend == "httpx":
        assert httpx_client(copy) is httpx_client(client)
    await copy.aclose()
    assert not client.is_closed
    await copy.customer_aliases.delete("a1")
    await client.aclose()
    assert copy.is_closed
    with pytest.raises(errors.ClientClosedError):
        await copy.customer_aliases.delete("a1")
    with pytest.raises(errors.ClientClosedError):
        await client.customer_aliases.delete("a1")


async def test_injected_http_client_is_used_and_not_closed() -> None:
    """httpx only: ``http_client=`` is an httpx.AsyncClient by definition."""
    recorder = Recorder(ok_alias())
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    async with SequenceClient("my-id", SECRET, base_url="https://api.test/api", http_client=http) as client:
        await client.customer_aliases.delete("a1")
    assert not http.is_closed
    assert len(recorder.requests) == 1
    await http.aclose()


def test_default_timeout_is_set(mock: Mock) -> None:
    client = mock.client(Recorder(ok_alias()))
    assert client.timeout.read is not None
    assert client.timeout.connect is not None


# ---------------------------------------------------------------- error mapping


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (418, errors.APIStatusError),
        (499, errors.APIStatusError),
        (500, errors.InternalServerError),
        (501, errors.InternalServerError),
        (520, errors.InternalServerError),
        (599, errors.InternalServerError),
    ],
)
async def test_every_status_maps_to_a_typed_error(mock: Mock, status: int, cls: type[errors.APIStatusError]) -> None:
    recorder = Recorder(error(status, "Kind", "detail", **{"x-request-id": "req_9"}))
    async with mock.client(recorder, retry=RetryPolicy(max_retries=0)) as client:
        with pytest.raises(cls) as err:
            await client.customer_aliases.delete("a1")
    exc = err.value
    assert type(exc) is cls
    assert exc.status_code == status
    assert exc.request_id == "req_9"
    assert exc.error_type == "Kind"
    assert exc.error_message == "detail"
    assert exc.attempts == 1
    assert exc.method == "DELETE"
    assert exc.url == f"{mock.base_url}/customer-aliases/a1"
    assert '"detail"' in exc.body
    assert exc.headers["x-request-id"] == "req_9"
    assert str(status) in str(exc)


async def test_error_headers_are_found_by_lowercase_name_on_every_backend(mock: Mock) -> None:
    """``APIStatusError.headers`` is a plain dict: its keys must not depend on the HTTP backend."""
    recorder = Recorder(error(429, **{"X-Request-ID": "req_9", "Retry-After": "120"}))
    async with mock.client(recorder) as client:
        with pytest.raises(errors.RateLimitError) as err:
            await client.customer_aliases.delete("a1")
    assert err.value.headers["x-request-id"] == "req_9"
    assert err.value.headers.get("retry-after") == "120"
    assert all(name == name.lower() for name in err.value.headers)


async def test_error_without_documented_body_keeps_raw_text(mock: Mock) -> None:
    async with mock.client(Recorder(httpx.Response(502, text="<html>bad gateway</html>"))) as client:
        with pytest.raises(errors.InternalServerError) as err:
            await client.with_options(retry=RetryPolicy(max_retries=0)).customer_aliases.delete("a1")
    assert err.value.error_type is None
    assert err.value.body == "<html>bad gateway</html>"
    assert "bad gateway" in str(err.value)


@pytest.mark.parametrize(
    ("response", "fragment"),
    [
        (httpx.Response(200, text="not json"), "not JSON"),
        (httpx.Response(200, text='{"id": "a1", "sequ'), "not JSON"),
        (httpx.Response(200, json=[1, 2]), "expected a JSON object"),
        (httpx.Response(200, json={**ALIAS, "id": None}), "id: expected str, got null"),
        (httpx.Response(200, json={k: v for k, v in ALIAS.items() if k != "value"}), "missing required field"),
        (httpx.Response(200, json={**ALIAS, "createdAt": "yesterday"}), "isoformat"),
        (httpx.Response(200, json={**ALIAS, "archivedAt": 12}), "archived_at"),
    ],
)
async def test_bad_success_bodies_raise_response_validation_error(
    mock: Mock, response: httpx.Response, fragment: str
) -> None:
    async with mock.client(Recorder(response)) as client:
        with pytest.raises(errors.ResponseValidationError) as err:
            await client.customer_aliases.delete("a1")
    assert fragment in str(err.value)
    assert err.value.status_code == 200
    assert not isinstance(err.value, KeyError | TypeError | ValueError)


async def test_unknown_enum_values_and_extra_fields_are_kept(mock: Mock) -> None:
    contact = {
        "id": "k1",
        "name": "Ann",
        "email": "ann@example.com",
        "billingPreference": "SECONDARY",
        "createdAt": "2022-06-28T16:47:00Z",
        "updatedAt": "2022-06-28T16:47:00Z",
        "archivedAt": None,
        "phone": "+44",
    }
    async with mock.client(Recorder(httpx.Response(200, json={"items": [contact]}))) as client:
        [parsed] = await client.contacts.list("c1")
    assert parsed.billing_preference == "SECONDARY"
    assert parsed.billing_preference.value == "SECONDARY"
    assert parsed.archived_at is None
    assert parsed.additional_properties == {"phone": "+44"}


# ---------------------------------------------------------------- retries


async def test_retries_transient_statuses_then_succeeds(mock: Mock) -> None:
    sleeps = Sleeps()
    recorder = Recorder(error(503), error(502), ok_alias())
    async with mock.client(recorder, sleep=sleeps) as client:
        alias = await client.customer_aliases.delete("a1")
    assert alias.id == "a1"
    assert len(recorder.requests) == 3
    assert sleeps.delays == [0.25, 0.5]  # full jitter with random()=0.5: 0.5*0.5, 0.5*1.0
    assert client.stats == {"requests": 3, "retries": 2}


async def test_retry_after_header_is_honoured(mock: Mock) -> None:
    sleeps = Sleeps()
    recorder = Recorder(error(429, **{"Retry-After": "3"}), ok_alias())
    async with mock.client(recorder, sleep=sleeps) as client:
        await client.customer_aliases.delete("a1")
    assert sleeps.delays == [3.0]


async def test_retry_after_beyond_the_maximum_raises_at_once_with_retry_after(mock: Mock) -> None:
    recorder = Recorder(error(429, **{"Retry-After": "120"}))
    async with mock.client(recorder) as client:
        with pytest.raises(errors.RateLimitError) as err:
            await client.customer_aliases.delete("a1")
    assert err.value.retry_after == 120.0
    assert err.value.attempts == 1
    assert len(recorder.requests) == 1


async def test_gives_up_after_max_retries_with_attempt_count(mock: Mock) -> None:
    recorder = Recorder(error(500))
    async with mock.client(recorder, retry=RetryPolicy(max_retries=3)) as client:
        with pytest.raises(errors.InternalServerError) as err:
            await client.customer_aliases.delete("a1")
    assert err.value.attempts == 4
    assert len(recorder.requests) == 4


async def test_404_is_not_retried_but_reports_earlier_attempts() -> None:
    """httpx only: the scripted read timeout (timeouts over loopback: test_integration_client)."""
    recorder = Recorder(httpx.ReadTimeout("slow"), error(404, "NotFound"))
    async with HTTPX.client(recorder) as client:
        with pytest.raises(errors.NotFoundError) as err:
            await client.customer_aliases.delete("a1")
    assert err.value.attempts == 2  # a retried DELETE whose first attempt may have succeeded


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("refused"), errors.APIConnectionError),
        (httpx.RemoteProtocolError("peer closed"), errors.APIConnectionError),
        (httpx.ReadTimeout("timed out"), errors.APITimeoutError),
        (httpx.ConnectTimeout("timed out"), errors.APITimeoutError),
    ],
)
async def test_transport_errors_are_retried_then_typed(exc: Exception, cls: type[errors.SequenceError]) -> None:
    """httpx only: scripted transport errors (both backends over raw sockets: test_hostile_regressions)."""
    recorder = Recorder(exc)
    async with HTTPX.client(recorder) as client:
        with pytest.raises(cls) as err:
            await client.customer_aliases.delete("a1")
    assert type(err.value) is cls
    assert len(recorder.requests) == 3
    assert isinstance(err.value, errors.APIConnectionError)
    assert err.value.attempts == 3


async def test_post_is_not_retried_without_idempotency_key(mock: Mock) -> None:
    recorder = Recorder(error(503), error(503), ok_alias())
    async with mock.client(recorder) as client:
        with pytest.raises(errors.InternalServerError):
            await client._pipeline.call("POST", "/customer-aliases", dict)
        assert len(recorder.requests) == 1
        await client._pipeline.call("POST", "/customer-aliases", dict, idempotency_key="k-1")
    assert len(recorder.requests) == 3
    assert [request.method for request in recorder.requests] == ["POST"] * 3
    assert "Idempotency-Key" not in recorder.requests[0].headers
    assert recorder.requests[-1].headers["Idempotency-Key"] == "k-1"


async def test_retry_budget_caps_amplification_under_total_outage(mock: Mock) -> None:
    recorder = Recorder(error(503))
    calls = 400
    async with mock.client(recorder, retry_budget=RetryBudget(capacity=50)) as client:
        for _ in range(calls):
            with pytest.raises(errors.InternalServerError):
                await client.customer_aliases.delete("a1")
    assert len(recorder.requests) / calls <= 1.2


async def test_cancellation_during_backoff_propagates_at_once(mock: Mock) -> None:
    entered = asyncio.Event()

    async def never_ending_sleep(delay: float) -> None:
        entered.set()
        await asyncio.Event().wait()

    recorder = Recorder(error(503))
    async with mock.client(recorder, sleep=never_ending_sleep) as client:
        task = asyncio.create_task(client.customer_aliases.delete("a1"))
        await asyncio.wait_for(entered.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)
    assert len(recorder.requests) == 1


async def test_deadline_bounds_the_whole_call(mock: Mock) -> None:
    now = [0.0]

    async def advancing_sleep(delay: float) -> None:
        now[0] += delay

    recorder = Recorder(error(503, **{"Retry-After": "4"}))
    policy = RetryPolicy(max_retries=10, deadline=10.0)
    async with mock.client(recorder, retry=policy, sleep=advancing_sleep, clock=lambda: now[0]) as client:
        with pytest.raises(errors.InternalServerError) as err:
            await client.customer_aliases.delete("a1")
    assert err.value.attempts == 3  # at 0 s, 4 s, 8 s; a retry at 12 s would pass the deadline


# ---------------------------------------------------------------- secrets & logging


async def test_secrets_never_reach_logs_or_error_messages(mock: Mock, caplog: pytest.LogCaptureFixture) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        leaked = request.headers["Authorization"]
        return httpx.Response(
            401, json={"error": {"type": "Unauthorized", "message": f"bad credentials {leaked} / {SECRET}"}}
        )

    caplog.set_level(logging.DEBUG)
    # The scripted connection error (a transport error quoting the header) exists on httpx only.
    failed = [httpx.ConnectError(f"failed with {AUTH}")] if mock.backend == "httpx" else []
    recorder = Recorder(error(503), *failed, echo)
    async with mock.client(recorder) as client:
        with pytest.raises(errors.AuthenticationError) as err:
            await client.customer_aliases.delete("a1")
    token = AUTH.split()[1]
    texts = [str(err.value), err.value.body, repr(err.value), caplog.text, repr(client)]
    texts += [str(record.args) for record in caplog.records]
    for text in texts:
        assert SECRET not in text
        assert token not in text
    assert "[REDACTED]" in str(err.value)


async def test_logs_one_debug_line_per_attempt_and_a_warning_per_retry(
    mock: Mock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="sequence_async")
    recorder = Recorder(error(503), ok_alias())
    async with mock.client(recorder) as client:
        await client.customer_aliases.delete("a1")
    mine = [r for r in caplog.records if r.name == "sequence_async"]
    debug = [r.getMessage() for r in mine if r.levelno == logging.DEBUG]
    warnings = [r.getMessage() for r in mine if r.levelno == logging.WARNING]
    assert len(debug) == 2
    assert "DELETE /customer-aliases/a1 -> 503 (attempt 1" in debug[0]
    assert "-> 200 (attempt 2" in debug[1]
    assert len(warnings) == 1
    assert "status 503" in warnings[0]
    assert "0.25s" in warnings[0]


async def test_version_mismatch_warns_once(mock: Mock, caplog: pytest.LogCaptureFixture) -> None:
    response = httpx.Response(200, json=ALIAS, headers={"Sequence-Version": "2025-01-01"})
    async with mock.client(Recorder(response)) as client:
        await client.customer_aliases.delete("a1")
        await client.customer_aliases.delete("a1")
    warnings = [r for r in caplog.records if "Sequence-Version 2025-01-01" in r.getMessage()]
    assert len(warnings) == 1


def test_public_surface() -> None:
    for name in sequence_async.__all__:
        assert hasattr(sequence_async, name), name
    assert sequence_async.errors.RateLimitError is sequence_async.RateLimitError
