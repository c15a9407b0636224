"""A hostile world for the SDK: a raw HTTP/1.1 server whose every byte is scripted, and leak detectors.

``HostileServer`` listens on 127.0.0.1 (a free port) in the running event loop and parses requests
itself (request line, headers, a ``Content-Length`` body; several requests per keep-alive
connection). A handler ``async (request, conn) -> None`` answers each request through ``conn``:
any status line (299, 599, 999, or garbage), any headers, a body that lies about its encoding or
length, a graceful close or a reset (RST), after any delay. ``Reply``, ``Reset``, ``Close`` and
``Raw`` are ready-made handlers; ``Script`` plays them in arrival order (the last one repeats).

``Credentials`` and ``leaks``/``exception_leaks``/``traceback_leaks`` find a credential in any
form a server may echo it (JSON-, HTML-, URL-escaped, base64) in texts, exception chains and
tracebacks.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import html
import http
import json
import re
import socket
import struct
import time
import types
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Self
from urllib.parse import quote, quote_plus, unquote, unquote_plus

__all__ = [
    "ESCAPES",
    "WAIT",
    "Close",
    "Conn",
    "Credentials",
    "Handler",
    "HostileServer",
    "JsonStyle",
    "Raw",
    "Reply",
    "Request",
    "Reset",
    "Script",
    "error_body",
    "escaped",
    "exception_leaks",
    "json_text",
    "leaks",
    "traceback_leaks",
]

WAIT = 5.0  # the bound of every wait on an event: generous for a loaded 2-core machine
HANDLER_LIMIT = 10.0  # a handler running longer is a broken test: the server gives up on it
MAX_DELAY = 5.0  # scripted delays are part of a scenario, never a way to hang a test
MAX_HEAD = 1 << 20  # request line + headers; a 100 KB path must still be read

Headers = Mapping[str, str] | Sequence[tuple[str, str | bytes]]


# -- the server ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """A request as it arrived: ``target`` is the raw request target (path and query, still encoded)."""

    method: str
    target: str
    headers: dict[str, str]  # lower-case names; a repeated header keeps its last value
    body: bytes
    connection: int  # 1-based number of the connection it came on
    index: int  # 0-based arrival order across the server

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def query(self) -> str:
        return self.target.partition("?")[2]

    @property
    def last_segment(self) -> str:
        """The decoded last path segment (the id of ``/customer-aliases/{id}``)."""
        return unquote(self.path.rsplit("/", 1)[-1])


class Conn:
    """One client connection, as seen by a handler: write raw bytes, reply, close or reset."""

    def __init__(self, number: int, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.number = number
        self._reader = reader
        self._writer = writer
        self.closed = False
        self.wrote = False  # anything written for the current request

    async def send(self, data: bytes) -> None:
        """Write raw bytes and wait until the kernel has them."""
        if self.closed:
            return
        self.wrote = True
        self._writer.write(data)
        await self._writer.drain()

    async def respond(
        self,
        status: int = 200,
        body: bytes | str = b"",
        headers: Headers = (),
        *,
        reason: str | None = None,
        status_line: bytes | None = None,
        content_length: int | Literal["auto"] | None = "auto",
    ) -> None:
        """A response: ``status_line`` (without CRLF) replaces the generated one; ``content_length=None`` omits it."""
        payload = body.encode() if isinstance(body, str) else body
        if status_line is None:
            phrase = reason if reason is not None else _phrase(status)
            status_line = f"HTTP/1.1 {status} {phrase}".encode("latin-1")
        pairs = list(headers.items()) if isinstance(headers, Mapping) else list(headers)
        if content_length == "auto":
            content_length = len(payload)
        if content_length is not None and not any(name.lower() == "content-length" for name, _ in pairs):
            pairs.append(("Content-Length", str(content_length)))
        lines = [status_line]
        for name, value in pairs:
            raw = value if isinstance(value, bytes) else value.encode("latin-1")
            lines.append(name.encode("latin-1") + b": " + raw)
        await self.send(b"\r\n".join(lines) + b"\r\n\r\n" + payload)

    def reset(self) -> None:
        """Abort with an RST (SO_LINGER 0): the client sees ``connection reset by peer``."""
        if self.closed:
            return
        self.closed = True
        sock = self._writer.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._writer.transport.abort()

    async def close(self) -> None:
        """A graceful close (FIN) after what was written."""
        if self.closed:
            return
        self.closed = True
        self._writer.close()
        with contextlib.suppress(OSError, asyncio.TimeoutError):
            await asyncio.wait_for(self._writer.wait_closed(), WAIT)


Handler = Callable[[Request, Conn], Awaitable[None]]
ConnectHook = Callable[[Conn], Awaitable[None]]


class HostileServer:
    """``async with HostileServer(handler) as server``: a scripted HTTP/1.1 server on 127.0.0.1.

    ``requests`` lists what arrived (parsed before the handler runs, so a request the client got
    any answer to is already there); ``connections`` counts accepted connections. ``on_connect``
    runs before the first request is read (reset there to refuse a request unread). A handler
    that returns without writing closes the connection; one that raises resets it and is
    reported by ``__aexit__``. Leaving closes every connection.
    """

    def __init__(self, handler: Handler, *, on_connect: ConnectHook | None = None) -> None:
        self.handler = handler
        self.on_connect = on_connect
        self.requests: list[Request] = []
        self.connections = 0
        self.errors: list[BaseException] = []
        self._server: asyncio.Server | None = None
        self._conns: set[Conn] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._arrived = asyncio.Event()
        self.base_url = ""

    def reset_log(self) -> None:
        """Forget what arrived and what failed (a fuzz example starts from an empty log)."""
        self.requests.clear()
        self.errors.clear()

    async def wait_for_requests(self, count: int, within: float = WAIT) -> None:
        """Wait until ``count`` requests have arrived; fail after ``within`` seconds."""
        deadline = time.monotonic() + within
        while len(self.requests) < count:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out after {within} s waiting for {count} requests ({len(self.requests)})")
            self._arrived.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), remaining)

    async def __aenter__(self) -> Self:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=MAX_HEAD)
        port = self._server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}/api"
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: types.TracebackType | None
    ) -> None:
        await self.aclose()
        if exc_type is None and self.errors:
            raise AssertionError(f"a server handler failed: {self.errors[0]!r}") from self.errors[0]

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
        for conn in list(self._conns):
            conn.reset()
        tasks = [task for task in self._tasks if task is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=WAIT)
        if self._server is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._server.wait_closed(), WAIT)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.connections += 1
        conn = Conn(self.connections, reader, writer)
        self._conns.add(conn)
        try:
            if self.on_connect is not None:
                await self._bounded(self.on_connect(conn), conn)
            while not conn.closed:
                request = await _read_request(reader, conn.number, len(self.requests))
                if request is None:
                    break
                self.requests.append(request)
                self._arrived.set()
                conn.wrote = False
                await self._bounded(self.handler(request, conn), conn)
                if not conn.wrote:
                    await conn.close()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass  # the client went away (or sent something unparseable): nothing left to answer
        except asyncio.CancelledError:
            # Only aclose() cancels this task; ending it normally keeps Python 3.11's start_server
            # from logging the cancelled connection task as an error.
            pass
        finally:
            self._conns.discard(conn)
            self._tasks.discard(task)
            if not conn.closed:
                conn.reset()

    async def _bounded(self, step: Awaitable[None], conn: Conn) -> None:
        """Run a handler step within HANDLER_LIMIT; a failure resets the connection and is reported."""
        try:
            await asyncio.wait_for(step, HANDLER_LIMIT)
        except ConnectionError:
            conn.reset()  # the client left while we were answering: a normal hostile-world event
        except Exception as exc:
            self.errors.append(exc)
            conn.reset()


async def _read_request(reader: asyncio.StreamReader, connection: int, index: int) -> Request | None:
    """The next request on a connection, or None at a clean end of stream."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if exc.partial.strip():
            raise
        return None
    request_line, *header_lines = head[:-4].decode("latin-1").split("\r\n")
    method, target, _version = request_line.split(" ", 2)
    headers: dict[str, str] = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        raise ValueError("chunked request bodies are not supported here")
    length = int(headers.get("content-length", "0") or "0")
    body = await reader.readexactly(length) if length else b""
    return Request(method, target, headers, body, connection, index)


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Whatever"


# -- declarative handlers -----------------------------------------------------------------------------

Body = bytes | str | Callable[[Request], bytes | str]
Then = Literal["keep", "close", "reset"]


async def _pause(delay: float) -> None:
    if not 0 <= delay <= MAX_DELAY:
        raise ValueError(f"a scripted delay must be within 0..{MAX_DELAY} s, got {delay}")
    if delay:
        await asyncio.sleep(delay)


@dataclass(frozen=True)
class Reply:
    """Answer with ``status`` (or a raw ``status_line``), ``headers`` and ``body``, then keep, close or reset.

    ``body`` and ``headers`` may be functions of the request (echo). ``content_length``: "auto",
    a lie (a larger value with ``then="close"`` truncates), or None to omit the header.
    """

    status: int = 200
    body: Body = b""
    headers: Headers | Callable[[Request], Headers] = ()
    reason: str | None = None
    status_line: bytes | None = None
    content_length: int | Literal["auto"] | None = "auto"
    delay: float = 0.0
    then: Then = "keep"

    async def __call__(self, request: Request, conn: Conn) -> None:
        await _pause(self.delay)
        body = self.body(request) if callable(self.body) else self.body
        headers = self.headers(request) if callable(self.headers) else self.headers
        await conn.respond(
            self.status,
            body,
            headers,
            reason=self.reason,
            status_line=self.status_line,
            content_length=self.content_length,
        )
        await _finish(conn, self.then)


@dataclass(frozen=True)
class Raw:
    """Write these exact bytes, then close (or keep, or reset)."""

    data: bytes
    delay: float = 0.0
    then: Then = "close"

    async def __call__(self, request: Request, conn: Conn) -> None:
        await _pause(self.delay)
        await conn.send(self.data)
        await _finish(conn, self.then)


@dataclass(frozen=True)
class Reset:
    """Reset the connection (RST) after reading the request, without answering."""

    delay: float = 0.0

    async def __call__(self, request: Request, conn: Conn) -> None:
        await _pause(self.delay)
        conn.reset()


@dataclass(frozen=True)
class Close:
    """Close the connection (FIN) after reading the request, without answering."""

    delay: float = 0.0

    async def __call__(self, request: Request, conn: Conn) -> None:
        await _pause(self.delay)
        await conn.close()


async def _finish(conn: Conn, then: Then) -> None:
    if then == "close":
        await conn.close()
    elif then == "reset":
        conn.reset()


class Script:
    """Play ``actions`` one per request in arrival order; the last one answers every later request."""

    def __init__(self, *actions: Handler) -> None:
        if not actions:
            raise ValueError("a Script needs at least one action")
        self.actions = actions
        self.played = 0

    async def __call__(self, request: Request, conn: Conn) -> None:
        action = self.actions[min(self.played, len(self.actions) - 1)]
        self.played += 1
        await action(request, conn)


# -- credentials and their escaped forms -----------------------------------------------------------


@dataclass(frozen=True)
class Credentials:
    """A client id and secret, and what a leak of them can look like."""

    client_id: str
    client_secret: str

    @property
    def token(self) -> str:
        return base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode("ascii")

    @property
    def authorization(self) -> str:
        return f"Basic {self.token}"

    @property
    def secrets(self) -> tuple[str, ...]:
        """What must never be shown: the secret, the ``Authorization`` value and its base64 token."""
        return (self.client_secret, self.authorization, self.token)

    @property
    def needles(self) -> tuple[str, ...]:
        """The secrets, plus the secret as ``repr`` of its UTF-8 bytes shows it (``s\\xc3\\xa9``)."""
        return (*self.secrets, repr(self.client_secret.encode())[2:-1])


JsonStyle = Literal["plain", "ascii", "slash", "html_safe"]


def json_text(value: Any, style: JsonStyle = "ascii") -> str:
    """``value`` as JSON the way different serializers write it.

    ``plain``: UTF-8 as is; ``ascii``: ``\\u00e9``; ``slash``: also ``\\/`` (PHP, old Jackson);
    ``html_safe``: also ``\\u003c \\u003e \\u0026`` (Go's encoding/json).
    """
    text = json.dumps(value, ensure_ascii=style != "plain")
    if style in ("slash", "html_safe"):
        text = text.replace("/", "\\/")
    if style == "html_safe":
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text


def _html_numeric(text: str) -> str:
    return "".join(c if c.isalnum() else f"&#{ord(c)};" for c in text)


ESCAPES: dict[str, Callable[[str], str]] = {
    "raw": lambda text: text,
    "html": html.escape,
    "html_numeric": _html_numeric,
    "url": lambda text: quote(text, safe=""),
    "url_plus": quote_plus,
}


def escaped(text: str, form: str) -> str:
    """``text`` HTML-escaped (``html``, ``html_numeric``), URL-encoded (``url``, ``url_plus``) or ``raw``."""
    return ESCAPES[form](text)


def error_body(message: str, style: JsonStyle = "ascii", error_type: str = "X") -> str:
    """The documented error body ``{"error": {"type": ..., "message": ...}}``."""
    return json_text({"error": {"type": error_type, "message": message}}, style)


# -- finding leaks --------------------------------------------------------------------------------

_JSON_ESCAPE = re.compile(r'\\(u[0-9a-fA-F]{4}|["\\/bfnrt])')
_JSON_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _json_unescape(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        return chr(int(code[1:], 16)) if code[0] == "u" else _JSON_SIMPLE[code]

    return _JSON_ESCAPE.sub(one, text)


_DECODERS: tuple[Callable[[str], str], ...] = (_json_unescape, html.unescape, unquote, unquote_plus)


def _decodings(text: str) -> Iterator[str]:
    """``text`` as is and after every sequence of up to two decoders (an escape inside an escape)."""
    yield text
    for decoder in _DECODERS:
        once = decoder(text)
        yield once
        for second in _DECODERS:
            yield second(once)


def leaks(text: str, credentials: Credentials) -> list[str]:
    """The credentials visible in ``text``, as is or after JSON/HTML/URL unescaping."""
    found = {needle for decoded in _decodings(text) for needle in credentials.needles if needle in decoded}
    return sorted(found)


def _safe_repr(value: object) -> str:
    try:
        return repr(value)
    except Exception as exc:  # a hostile object: its repr is not what this test is about
        return f"<repr failed: {type(exc).__name__}>"


def _chain(exc: BaseException) -> Iterator[tuple[str, BaseException]]:
    """``exc`` and every exception reachable through ``__cause__``/``__context__`` (suppressed or not)."""
    pending: list[tuple[str, BaseException]] = [("exc", exc)]
    seen: set[int] = set()
    while pending:
        where, current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield where, current
        if current.__cause__ is not None:
            pending.append((f"{where}.__cause__", current.__cause__))
        if current.__context__ is not None:
            pending.append((f"{where}.__context__", current.__context__))


def _value_texts(value: object, where: str, depth: int, seen: set[int]) -> Iterator[tuple[str, str]]:
    """Texts of a value: strings and bytes as they are, containers item by item, anything else by repr."""
    if id(value) in seen or depth > 5:
        return
    seen.add(id(value))
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, bytes | bytearray):
        yield where, bytes(value).decode("utf-8", "replace")
        yield where, repr(value)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _value_texts(key, f"{where} key", depth + 1, seen)
            yield from _value_texts(item, f"{where}[{key!r}]", depth + 1, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for i, item in enumerate(value):
            yield from _value_texts(item, f"{where}[{i}]", depth + 1, seen)
    else:
        # Other objects show what their repr shows (an httpx.Request: method and URL, no headers).
        yield where, _safe_repr(value)
        if isinstance(value, BaseException):
            yield where, str(value)


def exception_texts(exc: BaseException) -> Iterator[tuple[str, str]]:
    """Every text an exception chain shows: ``str``, ``repr``, ``args``, notes, and attributes (into containers)."""
    for where, current in _chain(exc):
        yield f"str({where})", str(current)
        yield f"repr({where})", repr(current)
        seen: set[int] = set()
        yield from _value_texts(current.args, f"{where}.args", 0, seen)
        yield from _value_texts(getattr(current, "__notes__", []), f"{where}.__notes__", 0, seen)
        yield from _value_texts(vars(current), f"vars({where})", 0, seen)


def exception_leaks(exc: BaseException, credentials: Credentials) -> list[str]:
    """``where: credential`` for every credential the exception chain shows (empty when clean)."""
    return [f"{where}: {needle!r}" for where, text in exception_texts(exc) for needle in leaks(text, credentials)]


_TESTS_DIR = Path(__file__).resolve().parent


def _frame_texts(frame: types.FrameType) -> Iterator[tuple[str, str]]:
    """``repr`` of each local, and one level deeper: attribute values of objects, items of containers."""
    where = f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"
    for name, value in frame.f_locals.items():
        yield f"{where} {name}", _safe_repr(value)
        if isinstance(value, Mapping):
            items: list[tuple[str, object]] = [(repr(k), v) for k, v in value.items()]
        elif isinstance(value, list | tuple):
            items = [(str(i), v) for i, v in enumerate(value)]
        else:
            attributes = getattr(value, "__dict__", None)
            items = list(attributes.items()) if isinstance(attributes, dict) else []
        for key, item in items:
            yield f"{where} {name}.{key}", _safe_repr(item)


def traceback_leaks(exc: BaseException, credentials: Credentials) -> list[str]:
    """Credentials in the local variables of the traceback frames of ``exc`` and its chain.

    The test's own frames are skipped (they hold the credentials and the server log on purpose).
    """
    found: list[str] = []
    for _, current in _chain(exc):
        tb = current.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            if Path(frame.f_code.co_filename).resolve().parent != _TESTS_DIR:
                for where, text in _frame_texts(frame):
                    found.extend(f"{where}: {needle!r}" for needle in leaks(text, credentials))
            tb = tb.tb_next
    return found
