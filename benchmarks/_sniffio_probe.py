"""Subprocess of the sniffio row: raw httpx sequential requests, with ``import sniffio`` failing or not.

``--block`` installs a meta path finder that makes ``import sniffio`` fail the way it does when
sniffio is not installed: after a scan of every ``sys.path`` entry (the cost the issue is about),
and again on every attempt, since a failed import is not cached. Prints JSON: microseconds per call.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.abc
import importlib.machinery
import json
import statistics
import sys
import time
from collections.abc import Sequence
from types import ModuleType


class SniffioMissing(importlib.abc.MetaPathFinder):
    """``import sniffio`` fails after the same ``sys.path`` scan a missing module costs."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != "sniffio" and not fullname.startswith("sniffio."):
            return None
        # Look for a name that exists nowhere: every path entry is stat'ed and searched, as for
        # an uninstalled sniffio (which the PathFinder after us would otherwise find).
        importlib.machinery.PathFinder.find_spec("sniffio_not_installed_0bench", None)
        raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)


async def measure(url: str, headers: dict[str, str], calls: int, chunks: int) -> list[float]:
    import httpx

    async with httpx.AsyncClient(base_url=url, headers=headers) as client:

        async def call() -> None:
            response = await client.get("/customer-aliases", params={"limit": 1})
            response.raise_for_status()
            response.json()

        for _ in range(20):
            await call()
        per_call = []
        for _ in range(chunks):
            started = time.perf_counter()
            for _ in range(calls):
                await call()
            per_call.append((time.perf_counter() - started) / calls * 1e6)
    return per_call


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--headers", required=True, help="JSON object")
    parser.add_argument("--block", action="store_true")
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--chunks", type=int, default=3)
    args = parser.parse_args(argv)
    if args.block:
        sys.modules.pop("sniffio", None)
        sys.meta_path.insert(0, SniffioMissing())
    per_call = asyncio.run(measure(args.url, json.loads(args.headers), args.calls, args.chunks))
    sniffio_loaded = "sniffio" in sys.modules
    if args.block == sniffio_loaded:
        raise SystemExit(f"sniffio blocking did not take effect (loaded={sniffio_loaded})")
    print(json.dumps({"us_per_call": statistics.median(per_call), "sniffio_loaded": sniffio_loaded}))


if __name__ == "__main__":
    main()
