"""Rows 14b and 14e's driver, one fresh interpreter per run, against the in-process emulator
(``SequenceEmulator().client()``: no sockets, no other process). Prints one JSON object.

    python _surface_driver.py first-call tax_rates /tax-rates   # row 14b: one resource
    python _surface_driver.py overhead 200 15                   # row 14e: calls per round, rounds

``first-call``: a ``customers.get`` warms the client (the pipeline, httpx, the generated models
package), two ``client.request`` GETs of the record warm the emulator's route for the operation
(they import no resource); then ``await client.<area>.get(id)`` is timed twice. ``import_ms`` is
the part of the first call that made ``client.<area>`` (importing its module, building the resource).
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import time
from typing import Any

from _harness import interleave

from sequence_async.testing import SequenceEmulator


def _emulator(customers: int) -> SequenceEmulator:
    emulator = SequenceEmulator(rate_limit=None, log_requests=False)
    emulator.seed(customers=customers, aliases_per_customer=1, contacts_per_customer=1, seed=0)
    return emulator


async def first_call(area: str, collection: str) -> dict[str, Any]:
    emulator = _emulator(customers=3)
    record_id = str(emulator.add_record(collection)["id"])
    module = f"sequence_async.resources.{area}"
    async with emulator.client() as client:
        await client.customers.get(emulator.customers[0])
        for _ in range(2):
            await client.request("GET", f"{collection}/{record_id}")
        imported_before = module in sys.modules
        models_loaded = "sequence_api.models" in sys.modules
        gc.collect()  # the warm-up's garbage lands on neither call
        started = time.perf_counter()
        resource = getattr(client, area)
        made = time.perf_counter()
        await resource.get(record_id)
        first_done = time.perf_counter()
        await getattr(client, area).get(record_id)
        second_done = time.perf_counter()
    return {
        "area": area,
        "first_ms": (first_done - started) * 1000,
        "import_ms": (made - started) * 1000,
        "second_ms": (second_done - first_done) * 1000,
        "imported_before": imported_before,
        "models_loaded": models_loaded,
    }


async def overhead(calls: int, rounds: int) -> dict[str, list[float]]:
    emulator = _emulator(customers=5)
    customer_id = emulator.customers[0]
    async with emulator.client() as client:

        async def generated() -> object:
            return await client.customers.get(customer_id)

        async def raw() -> object:
            return await client.request("GET", f"/customers/{customer_id}")

        return await interleave({"generated": generated, "raw": raw}, rounds=rounds, calls=calls, concurrency=1)


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "first-call":
        area, collection = args
        result: object = asyncio.run(first_call(area, collection))
    elif command == "overhead":
        calls, rounds = (int(value) for value in args)
        result = asyncio.run(overhead(calls, rounds))
    else:
        raise SystemExit(f"unknown command {command!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
