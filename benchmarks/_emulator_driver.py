"""Row 13's driver: the emulator's own CPU per request for the four seed operations, in-process.

Run as a script with PYTHONPATH naming the code to measure (this checkout, or the archived
pre-#30 one); prints one JSON object: microseconds of CPU per request, by operation. Calls the ASGI
app directly (no sockets, no client), so only the emulator's work is counted.
"""

from __future__ import annotations

import asyncio
import base64
import json
import sys
import time
from collections.abc import Callable, MutableMapping
from typing import Any

from sequence_async.testing import SequenceEmulator

AUTH = b"Basic " + base64.b64encode(b"test-client:test-secret")


def _scope(method: str, path: str, query: bytes = b"") -> dict[str, Any]:
    headers = [(b"authorization", AUTH), (b"sequence-version", b"2024-07-30")]
    return {"type": "http", "method": method, "path": path, "raw_path": path.encode(), "query_string": query,
            "headers": headers, "http_version": "1.1", "scheme": "http", "server": ("emulator", 80),
            "client": ("bench", 1), "root_path": ""}  # fmt: skip


async def _call(app: SequenceEmulator, scope: dict[str, Any]) -> int:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    status: list[int] = []

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    await app(scope, receive, send)
    return status[0]


async def main(calls: int) -> dict[str, float]:
    emulator = SequenceEmulator(rate_limit=None, log_requests=False)
    emulator.seed(customers=calls, aliases_per_customer=3, contacts_per_customer=2, seed=0)
    customers, aliases = emulator.customers, [alias["id"] for alias in emulator.aliases]
    cases: dict[str, Callable[[int], dict[str, Any]]] = {
        "list aliases (limit=100)": lambda i: _scope("GET", "/customer-aliases", b"limit=100"),
        "aliases of a customer": lambda i: _scope("GET", f"/customers/{customers[i]}/aliases"),
        "contacts of a customer": lambda i: _scope("GET", f"/customers/{customers[i]}/contacts"),
        "delete an alias": lambda i: _scope("DELETE", f"/customer-aliases/{aliases[i]}"),
    }
    result: dict[str, float] = {}
    for name, make in cases.items():
        scopes = [make(i) for i in range(calls)]
        started = time.process_time()
        for scope in scopes:
            if await _call(emulator, scope) != 200:
                raise SystemExit(f"{name}: not a 200")
        result[name] = (time.process_time() - started) / calls * 1e6
    return result


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(int(sys.argv[1])))))
