"""A worker process of row 8: ``concurrency`` tasks calling the emulator until a shared deadline.

Protocol: prints ``ready`` once connected (see :func:`_warm_up`), reads ``go <unix time>`` from stdin,
starts at that time, runs ``--duration`` seconds and prints one JSON line of counts. SDK
retries are off, so every 429 response surfaces as one :class:`RateLimitError`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Sequence

import sequence_async
from sequence_async import RateLimit, RateLimiter, RedisRateLimit, RetryPolicy, SequenceClient
from sequence_async._send import HttpxSender


async def run(args: argparse.Namespace) -> dict[str, object]:
    limiter: RateLimiter
    if args.limiter == "redis":
        limiter = RedisRateLimit(args.redis_url, key=args.key, requests=args.requests, per=args.per, burst=args.burst)
    else:
        limiter = RateLimit(args.requests, per=args.per, burst=args.burst)
    counts = {"ok": 0, "rate_limited": 0, "errors": 0, "late": 0}
    limited_at: list[float] = []  # seconds into the run of each 429
    client = SequenceClient(
        args.client_id,
        args.client_secret,
        base_url=args.url,
        rate_limit=limiter,
        retry=RetryPolicy(max_retries=0),
    )
    start = deadline = 0.0

    async def task() -> None:
        while time.time() < deadline:
            try:
                await client.contacts.list(args.customer_id)
            except sequence_async.RateLimitError:
                counts["rate_limited"] += 1
                limited_at.append(round(time.time() - start, 2))
            except sequence_async.SequenceError:
                counts["errors"] += 1
            else:
                counts["ok" if time.time() <= deadline else "late"] += 1

    async with client:
        await _warm_up(client, limiter, args)
        print("ready", flush=True)
        command, _, when = (await asyncio.to_thread(sys.stdin.readline)).partition(" ")
        if command != "go":
            raise SystemExit(f"expected 'go <time>', got {command!r}")
        start = float(when)
        deadline = start + args.duration
        await asyncio.sleep(max(0.0, start - time.time()))
        tasks = [asyncio.create_task(task()) for _ in range(args.concurrency)]
        await asyncio.sleep(max(0.0, deadline - time.time()))
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    if isinstance(limiter, RedisRateLimit):
        await limiter.aclose()
    return {**counts, "duration": args.duration, "limited_at": limited_at}


async def _warm_up(client: SequenceClient, limiter: RateLimiter, args: argparse.Namespace) -> None:
    """Open the connections the run will use, outside the measured window and the rate budget.

    The emulator checks credentials before counting a request against the limit, so requests
    with a wrong password open keep-alive connections for free. Redis connections and its
    script cache are warmed with PINGs and a no-wait acquire on a throwaway key.
    """
    sender = client._shared.sender
    assert isinstance(sender, HttpxSender)
    http = sender.http
    url = f"{args.url}/customers/{args.customer_id}/contacts"
    wrong = {"Authorization": "Basic d2FybS11cDp3YXJtLXVw"}  # warm-up:warm-up
    await asyncio.gather(*(http.get(url, headers=wrong) for _ in range(min(args.concurrency, 20))))
    if isinstance(limiter, RedisRateLimit):
        warm = RedisRateLimit(args.redis_url, key=f"{args.key}:warm-up", requests=1000, per=1.0)
        await asyncio.gather(*(warm.acquire() for _ in range(args.concurrency)))
        await warm.aclose()
        await asyncio.gather(*(limiter._redis.ping() for _ in range(args.concurrency)))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    add = parser.add_argument
    add("--url", required=True)
    add("--client-id", required=True)
    add("--client-secret", required=True)
    add("--customer-id", required=True)
    add("--limiter", choices=["redis", "local"], required=True)
    add("--redis-url", default="")
    add("--key", default="bench")
    add("--requests", type=int, required=True)
    add("--per", type=float, default=1.0)
    add("--burst", type=int, default=None)
    add("--concurrency", type=int, default=32)
    add("--duration", type=float, required=True)
    args = parser.parse_args(argv)
    result = asyncio.run(run(args))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
