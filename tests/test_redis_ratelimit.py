"""The Redis-backed limiter, against a real redis-server started on a free loopback port."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio

from sequence_async import RedisRateLimit
from sequence_async._ratelimit import RateLimitWaitTooLong

RATE, PER, BURST = 20, 1.0, 5
INTERVAL, TOLERANCE = PER / RATE, (BURST - 1) * PER / RATE  # what the limiter derives from them


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(binary: str, workdir: Path) -> tuple[subprocess.Popen[bytes], int] | None:
    """redis-server on a free port, once it accepts connections; None if it exited (the port was taken)."""
    port = _free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, port
        except OSError:
            if proc.poll() is not None:
                return None
            if time.monotonic() > deadline:
                proc.kill()
                proc.wait(timeout=10)
                pytest.fail("redis-server did not start within 10 s")
            time.sleep(0.05)


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is required in CI (.ci/run installs it)")
        pytest.skip("no redis-server on this machine (apt-get install redis-server)")
    workdir: Path = tmp_path_factory.mktemp("redis")
    # The free port is released before redis-server binds it: another process (a second test
    # run) may take it in between, so a server that exits at once is retried on another port.
    for _ in range(5):
        started = _start(binary, workdir)
        if started is not None:
            break
    else:
        pytest.fail("redis-server exited at start five times (ports taken?)")
    proc, port = started
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def unique_key(request: pytest.FixtureRequest) -> str:
    return f"test:{request.node.name}:{time.time_ns()}"


@pytest.fixture
async def limiters(redis_url: str, request: pytest.FixtureRequest) -> AsyncIterator[list[RedisRateLimit]]:
    key = unique_key(request)
    made = [RedisRateLimit(redis_url, key=key, requests=RATE, per=PER, burst=BURST) for _ in range(4)]
    yield made
    for limiter in made:
        await limiter.aclose()


class ReservationLog:
    """A limiter's Redis client that also reads each reservation's outcome on Redis's own clock.

    The limiter's script runs unchanged, in a MULTI/EXEC with a ``GET`` of its key: the reply
    (the delay) and the new theoretical arrival time (TAT) come from one atomic step. From them,
    the reservation's ``now`` on Redis's clock is ``TAT - interval - tolerance - delay`` and its
    grant is ``now + max(delay, 0)``: exact instants, however late this process gets to run.
    """

    def __init__(self, url: str, key: str) -> None:
        self.redis = redis.asyncio.Redis.from_url(url)
        self.key = key
        self.replies: list[tuple[float, float]] = []  # (delay, TAT after the reservation)

    def register_script(self, source: str) -> Any:
        script = self.redis.register_script(source)

        async def reserve(keys: Sequence[str], args: Iterable[str]) -> Any:
            async with self.redis.pipeline(transaction=True) as pipe:
                await script(keys=keys, args=args, client=pipe)
                pipe.get(self.key)
                delay, tat = await pipe.execute()
            self.replies.append((float(delay), float(tat)))
            return delay

        return reserve

    async def aclose(self) -> None:
        await self.redis.aclose()

    def grants(self) -> list[float]:
        """When each reservation was granted, on Redis's clock."""
        return [tat - INTERVAL - TOLERANCE - delay + max(delay, 0.0) for delay, tat in self.replies]


async def test_workers_sharing_a_key_never_overdraw(redis_url: str, request: pytest.FixtureRequest) -> None:
    """4 'workers' (separate connections) x 10 concurrent callers: the pace is the shared one."""
    key = unique_key(request)
    logs = [ReservationLog(redis_url, key) for _ in range(4)]
    limiters = [
        RedisRateLimit(redis_url, key=key, requests=RATE, per=PER, burst=BURST, redis_client=log) for log in logs
    ]
    granted: list[float] = []

    async def worker(limiter: RedisRateLimit) -> None:
        async def one() -> None:
            await limiter.acquire()
            granted.append(time.monotonic())

        await asyncio.gather(*(one() for _ in range(10)))

    start = time.monotonic()
    try:
        await asyncio.wait_for(asyncio.gather(*(worker(limiter) for limiter in limiters)), 30)
    finally:
        for limiter in limiters:
            await limiter.aclose()
    assert len(granted) == 40
    # 20/s with a burst of 5: 40 grants need at least (40 - 5) / 20 = 1.75 s (a lower bound: no load breaks it).
    assert granted[-1] - start >= 1.75 * 0.95
    # On Redis's clock, exactly: the same pace, and no window of one second holds more than
    # rate + burst grants (no slack for scheduling jitter: these instants have none).
    grants = sorted(grant for log in logs for grant in log.grants())
    assert len(grants) == 40
    assert grants[-1] - grants[0] >= (40 - BURST) * INTERVAL - 1e-3
    for i, t in enumerate(grants):
        in_window = sum(1 for u in grants[i:] if u - t < PER - 1e-3)  # Lua prints 14 digits: ~0.1 ms
        assert in_window <= RATE + BURST


async def test_wait_beyond_timeout_is_refused(limiters: list[RedisRateLimit]) -> None:
    limiter = limiters[0]
    for _ in range(5):
        await limiter.acquire(max_wait=0)  # the burst
    with pytest.raises(RateLimitWaitTooLong):
        await limiter.acquire(max_wait=0)


def test_repr_hides_the_redis_password() -> None:
    limiter = RedisRateLimit("redis://user:hunter2@127.0.0.1:1/0", key="k")
    assert "hunter2" not in repr(limiter)
