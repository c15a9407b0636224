"""A documentation site on loopback for the spec-watch tests: an llms.txt index and pages.

Each route can answer normally, with an error status, with 503 a number of times first, hang
(until the site stops, bounded), or cut its body short of the announced Content-Length. Every
request is logged with its User-Agent.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HANG_LIMIT = 30.0  # a hanging route answers after this at the latest, so no thread outlives a test by long


@dataclass
class Route:
    """How the site answers one path."""

    body: str
    status: int = 200
    failures: int = 0  # answer 503 this many times first
    hang: bool = False
    truncate: bool = False
    redirect: str | None = None  # answer 302 to this Location


@dataclass
class Site:
    """Routes by path, and the log of (path, User-Agent) of every request received."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)

    def add(
        self,
        path: str,
        body: str,
        *,
        status: int = 200,
        failures: int = 0,
        hang: bool = False,
        truncate: bool = False,
        redirect: str | None = None,
    ) -> None:
        self.routes[path] = Route(body, status, failures, hang, truncate, redirect)

    def paths_requested(self) -> list[str]:
        return [path for path, _ in self.requests]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            site.requests.append((self.path, self.headers.get("User-Agent", "")))
            route = site.routes.get(self.path)
            if route is None:
                self._send(404, b"not found")
                return
            if route.redirect is not None:
                self.send_response(302)
                self.send_header("Location", route.redirect)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route.hang:
                site.stopping.wait(HANG_LIMIT)
                self.close_connection = True
                return
            if route.failures > 0:
                route.failures -= 1
                self._send(503, b"try again")
                return
            if route.status != 200:
                self._send(route.status, b"error")
                return
            body = route.body.encode("utf-8")
            if route.truncate:
                self.send_response(200)
                self.send_header("Content-Type", "text/markdown; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self._send(200, body, "text/markdown; charset=utf-8")

        def _send(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """A client closing its kept-alive connection is normal, not an error to print: the script under
    test runs in this process with its stderr captured, so the server's traceback would land in it."""

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve(site: Site) -> Iterator[str]:
    """Serve ``site`` on an ephemeral loopback port; yields its base URL."""
    server = _QuietServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        site.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
