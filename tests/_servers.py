"""Helpers for the integration tests: serve any ASGI app on loopback, count what a server sees, poll.

``sequence_async.testing._server.serve``/``serve_in_thread`` only hand the app to uvicorn, so they
serve any ASGI app.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING

import httpx
from starlette.types import ASGIApp, Receive, Scope, Send

from sequence_async import SequenceClient
from sequence_async._send import HttpxSender
from sequence_async.testing import _server

if TYPE_CHECKING:
    from sequence_async.testing import RecordedRequest, SequenceEmulator

__all__ = [
    "CountingApp",
    "Switchboard",
    "connection_pool",
    "httpx_client",
    "serve_app",
    "serve_app_in_thread",
    "settled",
    "wait_until",
]

WAIT = 5.0  # the bound of every poll: generous for a loaded 2-core machine, far below the test timeout


def serve_app(app: ASGIApp) -> AbstractAsyncContextManager[str]:
    """``async with serve_app(app) as base_url``: uvicorn on 127.0.0.1:<free port> in the current loop."""
    return _server.serve(app)


def serve_app_in_thread(app: ASGIApp) -> AbstractContextManager[str]:
    """``with serve_app_in_thread(app) as base_url``: uvicorn on 127.0.0.1:<free port> in a daemon thread."""
    return _server.serve_in_thread(app)


async def wait_until(condition: Callable[[], bool], what: str, within: float = WAIT) -> None:
    """Poll ``condition`` every few milliseconds; fail with ``what`` if it is still false after ``within`` seconds."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {within} s waiting until {what}")
        await asyncio.sleep(0.002)


async def settled(client: SequenceClient, emulator: SequenceEmulator, *, since: int = 0) -> list[RecordedRequest]:
    """The emulator's request log once it holds every request ``client`` has sent (after ``since`` of them).

    The emulator logs a request after its response is sent, so a client talking to a server in
    another thread can see a response before the server has logged it.
    """
    sent = client.stats["requests"] - since
    await wait_until(lambda: len(emulator.requests) >= sent, f"the server logged the client's {sent} requests")
    return emulator.requests


def httpx_client(client: SequenceClient) -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` a client on the httpx backend sends through."""
    sender = client._shared.sender
    assert isinstance(sender, HttpxSender)
    return sender.http


def connection_pool(client: SequenceClient) -> httpx.AsyncHTTPTransport:
    """The httpx transport (holding the httpcore pool) of a client that owns its connection pool."""
    transport = httpx_client(client)._transport
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    return transport


class Switchboard:
    """ASGI app forwarding to a replaceable ``target``: one server (one port) for many tests.

    Starting and stopping uvicorn costs ~0.2 s; a module-scoped switchboard pays it once while
    each test still gets a fresh emulator (``switchboard.target = emulator``).
    """

    def __init__(self) -> None:
        self.target: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # the servers here run with lifespan="off"
        target = self.target
        if target is None:
            raise RuntimeError("no target app: set Switchboard.target first")
        await target(scope, receive, send)


class CountingApp:
    """ASGI middleware that counts the HTTP requests a server sees, optionally congested.

    ``started``/``in_flight``/``peak`` count requests reaching the server. With ``max_in_flight``,
    a request arriving while more than that many are in flight (itself included) is answered
    429 with the documented error body and ``Retry-After: 0`` without reaching ``app``.
    ``latency`` is slept before answering (429 or forwarding), so concurrent requests really
    overlap. ``arrivals`` keeps ``(in flight on arrival, requests rejected so far)`` per request.

    With ``hold_until``, the first requests are held (bounded by ``WAIT``) until that many are in
    flight at once: the first burst overlaps however slowly a loaded machine sends it, where a
    latency alone would only make an overlap likely.
    """

    def __init__(
        self, app: ASGIApp, *, max_in_flight: int | None = None, latency: float = 0.0, hold_until: int | None = None
    ) -> None:
        self.app = app
        self.max_in_flight = max_in_flight
        self.latency = latency
        self.hold_until = hold_until
        self.crowded = asyncio.Event()
        self.started = 0
        self.in_flight = 0
        self.peak = 0
        self.rejected = 0
        self.arrivals: list[tuple[int, int]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.started += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        self.arrivals.append((self.in_flight, self.rejected))
        try:
            # Decided on arrival; answered after the latency either way, so `in_flight` is what the client has out.
            reject = self.max_in_flight is not None and self.in_flight > self.max_in_flight
            if self.hold_until is not None and self.in_flight >= self.hold_until:
                self.crowded.set()
            if self.hold_until is not None and not self.crowded.is_set():
                with contextlib.suppress(TimeoutError):  # a client that never gets there fails the test's counts
                    await asyncio.wait_for(self.crowded.wait(), WAIT)
            if self.latency > 0:
                await asyncio.sleep(self.latency)
            if reject:
                self.rejected += 1
                await _rate_limited(send, self.max_in_flight or 0)
                return
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1


async def _rate_limited(send: Send, limit: int) -> None:
    message = f"Too many requests in flight: at most {limit} are allowed"
    body = json.dumps({"error": {"type": "RateLimitExceeded", "message": message}}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"retry-after", b"0"),
    ]
    await send({"type": "http.response.start", "status": 429, "headers": headers})
    await send({"type": "http.response.body", "body": body})
