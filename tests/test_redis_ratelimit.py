"""The Redis-backed limiter, against a real redis-server started on a free loopback port."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from sequence_async import RedisRateLimit
from sequence_async._ratelimit import RateLimitWaitTooLong

redis_asyncio = pytest.importorskip("redis.asyncio")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is required in CI (.ci/run installs it)")
        pytest.skip("no redis-server on this machine (apt-get install redis-server)")
    port = _free_port()
    workdir: Path = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("redis-server did not start within 10 s")
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
async def limiters(redis_url: str, request: pytest.FixtureRequest) -> AsyncIterator[list[RedisRateLimit]]:
    key = f"test:{request.node.name}:{time.time_ns()}"
    made = [RedisRateLimit(redis_url, key=key, requests=20, per=1.0, burst=5) for _ in range(4)]
    yield made
    for limiter in made:
        await limiter.aclose()


async def test_workers_sharing_a_key_never_overdraw(limiters: list[RedisRateLimit]) -> None:
    """4 'workers' (separate connections) x 10 concurrent callers: the pace is the shared one."""
    granted: list[float] = []

    async def worker(limiter: RedisRateLimit) -> None:
        async def one() -> None:
            await limiter.acquire()
            granted.append(time.monotonic())

        await asyncio.gather(*(one() for _ in range(10)))

    start = time.monotonic()
    await asyncio.wait_for(asyncio.gather(*(worker(limiter) for limiter in limiters)), 30)
    assert len(granted) == 40
    # 20/s with a burst of 5: 40 grants need at least (40 - 5) / 20 = 1.75 s.
    assert granted[-1] - start >= 1.75 * 0.95
    # No window of one second ever holds more than rate + burst grants.
    granted.sort()
    for i, t in enumerate(granted):
        in_window = sum(1 for u in granted[i:] if u - t < 1.0)
        assert in_window <= 20 + 5 + 5  # rate + burst, plus slack for event-loop scheduling jitter


async def test_wait_beyond_timeout_is_refused(limiters: list[RedisRateLimit]) -> None:
    limiter = limiters[0]
    for _ in range(5):
        await limiter.acquire(max_wait=0)  # the burst
    with pytest.raises(RateLimitWaitTooLong):
        await limiter.acquire(max_wait=0)


def test_repr_hides_the_redis_password() -> None:
    limiter = RedisRateLimit("redis://user:hunter2@127.0.0.1:1/0", key="k")
    assert "hunter2" not in repr(limiter)
