"""Serving the emulator on loopback with uvicorn: in the current loop, in a thread, or as a process."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
import time
from collections.abc import AsyncIterator, Generator, Iterator
from typing import TYPE_CHECKING

import uvicorn

from ._faults import ConnectionDropped

if TYPE_CHECKING:
    from starlette.types import ASGIApp

__all__ = ["run_forever", "serve", "serve_in_thread"]

STARTUP_TIMEOUT = 10.0
SHUTDOWN_TIMEOUT = 5.0


class _QuietDrops(logging.Filter):
    """Hide uvicorn's traceback for connections the emulator drops on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


_QUIET_DROPS = _QuietDrops()


class _Server(uvicorn.Server):
    """A uvicorn server that leaves the host's signal handlers alone."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


class _EmbeddedConfig(uvicorn.Config):
    """A server inside someone else's process: uvicorn must not touch its loggers' levels,
    handlers or propagation (it does even with ``log_config=None``)."""

    def configure_logging(self) -> None:
        pass


def _config(app: ASGIApp, log_level: str | None = None) -> uvicorn.Config:
    """Embedded servers (``log_level=None``) leave every logger as the host configured it."""
    logging.getLogger("uvicorn.error").addFilter(_QUIET_DROPS)  # idempotent: same filter object
    config_class = _EmbeddedConfig if log_level is None else uvicorn.Config
    return config_class(
        app,
        interface="asgi3",
        lifespan="off",
        log_config=None,  # leave the host's logging configuration alone (and its levels: log_level)
        log_level=log_level,
        access_log=False,
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=1,
    )


def _bind(host: str, port: int) -> socket.socket:
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose
    # proto says TCP; with proto=0, Nagle + delayed ACKs add ~40 ms to every response.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def _url(sock: socket.socket, host: str) -> str:
    port = sock.getsockname()[1]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


@contextlib.asynccontextmanager
async def serve(
    app: ASGIApp,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    startup_timeout: float = STARTUP_TIMEOUT,
    shutdown_timeout: float = SHUTDOWN_TIMEOUT,
) -> AsyncIterator[str]:
    """Run ``app`` under uvicorn as a task of the current event loop; yield its base URL."""
    sock = _bind(host, port)
    server = _Server(_config(app))
    task = asyncio.create_task(server.serve(sockets=[sock]), name=f"sequence-emulator {_url(sock, host)}")
    try:
        async with asyncio.timeout(startup_timeout):
            while not server.started:
                if task.done():
                    task.result()  # raises the startup error
                    raise RuntimeError("the emulator server stopped during startup")
                await asyncio.sleep(0.005)
        yield _url(sock, host)
    finally:
        server.should_exit = True
        try:
            await asyncio.wait_for(task, shutdown_timeout)
        except TimeoutError:
            server.force_exit = True
        finally:
            sock.close()


@contextlib.contextmanager
def serve_in_thread(
    app: ASGIApp,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    startup_timeout: float = STARTUP_TIMEOUT,
    shutdown_timeout: float = SHUTDOWN_TIMEOUT,
) -> Iterator[str]:
    """Run ``app`` under uvicorn in a daemon thread with its own event loop; yield its base URL."""
    sock = _bind(host, port)
    server = _Server(_config(app))
    errors: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(server.serve(sockets=[sock]))
        except BaseException as exc:  # reported to the caller below
            errors.append(exc)

    thread = threading.Thread(target=run, name=f"sequence-emulator {_url(sock, host)}", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + startup_timeout
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the emulator server stopped during startup") from (errors[0] if errors else None)
            if time.monotonic() > deadline:
                raise TimeoutError(f"the emulator server did not start within {startup_timeout} s")
            thread.join(0.005)
        yield _url(sock, host)
    finally:
        server.should_exit = True
        thread.join(shutdown_timeout)
        if thread.is_alive():
            server.force_exit = True
            thread.join(shutdown_timeout)
        sock.close()


class _AnnouncingServer(uvicorn.Server):
    """A uvicorn server that prints ``announce`` once it accepts connections.

    Printing after ``bind`` but before uvicorn's ``listen`` let a client that connected at once
    get "connection refused" (5 of 5 tries on loopback): the socket listens only in ``startup``.
    """

    def __init__(self, config: uvicorn.Config, announce: str) -> None:
        super().__init__(config)
        self.announce = announce

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            print(self.announce, flush=True)


def run_forever(app: ASGIApp, host: str, port: int, log_level: str = "info") -> None:
    """Serve until interrupted (SIGINT/SIGTERM); print the base URL alone on a line once it accepts connections."""
    sock = _bind(host, port)
    config = _config(app, log_level)
    config.access_log = log_level == "debug"
    try:
        _AnnouncingServer(config, _url(sock, host)).run(sockets=[sock])
    finally:
        sock.close()
