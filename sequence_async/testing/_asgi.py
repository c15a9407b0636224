"""Low-level ASGI helpers: dropping a connection, noticing a client leave, the lifespan protocol."""

from __future__ import annotations

import asyncio

from starlette.types import Message, Receive, Send

from ._faults import ConnectionDropped
from ._http import Reply

__all__ = ["client_left_within", "lifespan", "start_then_drop"]


async def start_then_drop(reply: Reply, send: Send) -> None:
    """Promise a body, then fail: uvicorn closes the socket; ASGITransport re-raises to the client."""
    headers = [(b"content-type", reply.media_type.encode()), (b"content-length", str(len(reply.body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in reply.headers.items()]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    raise ConnectionDropped("Server disconnected without sending a complete response (injected fault)")


async def client_left_within(seconds: float, receive: Receive) -> bool:
    """Sleep up to ``seconds``; ``True`` as soon as the client disconnects."""

    async def disconnected() -> None:
        message: Message = {}
        while message.get("type") != "http.disconnect":
            message = await receive()

    watcher = asyncio.ensure_future(disconnected())
    try:
        done, _ = await asyncio.wait({watcher}, timeout=seconds)
        return bool(done)
    finally:
        watcher.cancel()


async def lifespan(receive: Receive, send: Send) -> None:
    """Acknowledge startup and shutdown (the emulator needs neither)."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
