"""The processes a benchmark talks to: the emulator under uvicorn, and redis-server.

Each runs as a separate process on loopback and is stopped (SIGTERM, then SIGKILL) on exit.
"""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

CLIENT_ID = "bench-client"
CLIENT_SECRET = "bench-secret"
VERSION = "2024-07-30"
AUTH = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
# What every raw (non-SDK) client sends: the same headers the SDK sends.
HEADERS = {"Authorization": AUTH, "Accept": "application/json", "Sequence-Version": VERSION}
STARTUP_TIMEOUT = 60.0
# The readiness probe: the right version, a wrong password.
PROBE_HEADERS = {
    **HEADERS,
    "Authorization": "Basic " + base64.b64encode(f"{CLIENT_ID}:not-the-secret".encode()).decode(),
}


@dataclass(frozen=True)
class Emulator:
    """A running emulator process: its base URL and what it was seeded with."""

    url: str
    pid: int
    customers: int
    aliases_per_customer: int

    @property
    def aliases(self) -> int:
        return self.customers * self.aliases_per_customer


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    if proc.stdout is not None:
        proc.stdout.close()


@contextlib.contextmanager
def emulator(
    *,
    customers: int,
    aliases_per_customer: int,
    contacts_per_customer: int = 1,
    latency: float = 0.0,
    rate_limit: str | None = None,
) -> Iterator[Emulator]:
    """``python -m sequence_async.testing`` on a free loopback port, faults off; yields once it answers."""
    args = [
        sys.executable,
        "-m",
        "sequence_async.testing",
        "--port",
        "0",
        "--client-id",
        CLIENT_ID,
        "--client-secret",
        CLIENT_SECRET,
        "--seed-customers",
        str(customers),
        "--aliases-per-customer",
        str(aliases_per_customer),
        "--contacts-per-customer",
        str(contacts_per_customer),
        "--latency",
        repr(latency),
        "--log-level",
        "error",
    ]
    args += ["--rate-limit", rate_limit if rate_limit is not None else "off"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        if not url.startswith("http://"):
            raise RuntimeError(f"the emulator did not print its URL (got {url!r})")
        _wait_until_serving(url, proc)
        yield Emulator(url, proc.pid, customers, aliases_per_customer)
    finally:
        _stop(proc)


def _wait_until_serving(url: str, proc: subprocess.Popen[str]) -> None:
    # The URL is printed once the socket is bound; uvicorn listens a moment later (after seeding).
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while True:
        try:
            # Wrong credentials: refused (401) before the rate limit counts, so the probe costs no
            # request of the budget (with the documented 60 s window, a spent request would
            # still count a minute into a rate-limited row).
            response = httpx.get(f"{url}/no-such-route", headers=PROBE_HEADERS, timeout=5)
            if response.status_code == 401:
                return
        except httpx.TransportError:
            pass
        if proc.poll() is not None:
            raise RuntimeError("the emulator exited during startup")
        if time.monotonic() > deadline:
            raise TimeoutError(f"the emulator did not answer within {STARTUP_TIMEOUT:.0f} s")
        time.sleep(0.05)


@dataclass(frozen=True)
class Server:
    """A running server process: its base URL and process id (for its CPU time)."""

    url: str
    pid: int


@contextlib.contextmanager
def canned_server() -> Iterator[Server]:
    """``_canned_server.py``: every request gets the emulator's contacts.list answer, prebuilt."""
    script = Path(__file__).with_name("_canned_server.py")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        if not url.startswith("http://"):
            raise RuntimeError(f"the canned server did not print its URL (got {url!r})")
        yield Server(url, proc.pid)  # it printed the URL after listen(): connections queue from now on
    finally:
        _stop(proc)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process (Linux /proc; 0.0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server on a free loopback port (no persistence); yields its URL."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="bench-redis-") as workdir:
        proc = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", workdir],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            while True:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                        break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("redis-server did not start") from None
                    time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            _stop(proc)
