"""A loopback HTTP/1.1 server that answers every request with one canned ``contacts.list`` response.

The throughput rows measure clients, so the server must cost far less than any of them: this
one parses only as far as the end of the headers (the rows send GETs without bodies) and writes
a prebuilt response, keep-alive. Run as ``python _canned_server.py``; it prints its URL once
it listens, then serves until terminated.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys

# The shape and size of the emulator's answer to contacts.list for a customer with one contact.
CONTACTS = {
    "items": [
        {
            "id": "018cc251-f402-7c26-829f-0292a5f373f2",
            "name": "Ken Allen",
            "email": "ken.allen.2@example.com",
            "billingPreference": "PRIMARY",
            "createdAt": "2024-01-01T00:00:02Z",
            "updatedAt": "2024-01-01T00:00:02Z",
        }
    ]
}
BODY = json.dumps(CONTACTS, separators=(",", ":")).encode()
# The emulator's headers too (a fixed date and request id: the clients do not read them).
RESPONSE = (
    b"HTTP/1.1 200 OK\r\n"
    b"date: Tue, 30 Jul 2024 00:00:00 GMT\r\n"
    b"sequence-version: 2024-07-30\r\n"
    b"x-request-id: req_000001\r\n"
    b"content-length: " + str(len(BODY)).encode() + b"\r\n"
    b"content-type: application/json\r\n\r\n" + BODY
)


class CannedProtocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.pending = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        self.pending += data
        answers = self.pending.count(b"\r\n\r\n")
        if answers:
            self.pending = self.pending[self.pending.rfind(b"\r\n\r\n") + 4 :]
            self.transport.write(RESPONSE * answers)


async def main() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(CannedProtocol, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(f"http://127.0.0.1:{port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
