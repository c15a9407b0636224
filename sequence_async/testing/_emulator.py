"""The emulator: a stateful ASGI app speaking the Sequence API contract of openapi/sequence.yaml."""

from __future__ import annotations

import asyncio
import base64
import hmac
import itertools
import time
from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import httpx
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from sequence_async._advertised import AdvertisedRateLimit

from ._api import Operation, load_api
from ._asgi import client_left_within, lifespan, start_then_drop
from ._faults import Fault, Faults, malformed_reply, status_reply
from ._generic import Call, Engine
from ._handlers import HANDLERS, index_event, supersede
from ._http import Reply, error_reply, json_reply, raw_path_of
from ._idempotency import Idempotency
from ._log import EmulatorStats, RecordedRequest
from ._ratelimit import DOCUMENTED_RATE_LIMIT, RateLimit, SlidingWindow
from ._resources import assign_roles
from ._store import Record, Store, account_id_for
from ._validate import Invalid, check_headers, check_path, read_body, read_query

if TYPE_CHECKING:
    from sequence_async import SequenceClient

__all__ = ["SequenceEmulator", "ServedEmulator"]

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_OWN_HELPERS = {"/customer-aliases": "add_alias", "/customers/{}/contacts": "add_contact"}


class SequenceEmulator:
    """An in-process Sequence API: an ASGI app answering every operation of the document, with state.

    It checks HTTP Basic auth and the ``Sequence-Version`` header, validates each request against
    its operation, answers with the documented error body, can rate-limit (``rate_limit``), inject
    faults (``faults``, also assignable later) and add ``latency``, and records every request in
    :attr:`requests`. Use it in-process via
    :meth:`client` (or ``httpx.ASGITransport(app=emulator)``), or on loopback via :meth:`serve`
    and :meth:`serve_in_thread`.
    """

    VERSIONS: ClassVar[tuple[str, ...]] = ("2024-07-30",)
    LATEST_VERSION: ClassVar[str] = "2024-07-30"
    BASE_URL: ClassVar[str] = "http://sequence-emulator.test"

    def __init__(
        self,
        client_id: str = "test-client",
        client_secret: str = "test-secret",
        *,
        faults: Faults | None = None,
        rate_limit: RateLimit | None = DOCUMENTED_RATE_LIMIT,
        latency: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
        log_requests: bool = True,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.faults = faults
        self.latency = latency
        self._clock = clock
        self._limiter: SlidingWindow | None = None
        self.rate_limit = rate_limit
        self._store = Store(account_id_for(client_id))
        self._api = load_api()
        self._roles = assign_roles(self._api)
        self._engine = Engine(self._api, self._roles, self._store)
        self._idempotency = Idempotency(clock)
        self._engine.add_record("/sequence-accounts", {"id": self._store.account_id}, "")  # the key's own account
        self._request_ids = itertools.count(1)
        self.requests: list[RecordedRequest] = []
        # Off for long-running servers (the command line): the log would grow without bound.
        self.log_requests = log_requests
        self.stats = EmulatorStats()
        # Requests received and not yet recorded. A test that kills a client process waits for 0
        # before reading the log: a request whose answer the client saw is logged by then.
        self.in_flight = 0

    # -- configuration and data -----------------------------------------------------------

    @property
    def rate_limit(self) -> RateLimit | None:
        """The per-API-key limit (``None``: unlimited). Assigning starts a fresh window."""
        return None if self._limiter is None else self._limiter.limit

    @rate_limit.setter
    def rate_limit(self, limit: RateLimit | None) -> None:
        self._limiter = None if limit is None else SlidingWindow(limit, self._clock)

    @property
    def account_id(self) -> str:
        """The ``sequenceAccountId`` of every alias (derived from the client ID)."""
        return self._store.account_id

    def seed(
        self, customers: int = 5, aliases_per_customer: int = 3, contacts_per_customer: int = 2, seed: int = 0
    ) -> None:
        """Add deterministic customers, aliases and contacts (same seed on a fresh emulator → same data and ids)."""
        for customer_id in self._store.seed(customers, aliases_per_customer, contacts_per_customer, seed):
            self._engine.records.add(("/customers", ""), self._engine.customer_record(customer_id))

    def add_customer(self, id: str | None = None) -> str:
        """Add a customer and return its ID."""
        customer_id = self._store.add_customer(id)
        self._engine.records.add(("/customers", ""), self._engine.customer_record(customer_id))
        return customer_id

    def add_usage_event(
        self,
        customer_alias: str,
        event_type: str,
        *,
        customer_event_id: str | None = None,
        properties: Mapping[str, Any] | None = None,
        timestamp: str | None = None,
    ) -> Record:
        """Add a usage event as ``POST /usage-events`` would: one with the ``customer_event_id`` of an
        earlier event supersedes it. Returns the stored event."""
        fields: dict[str, Any] = {"customerAlias": customer_alias, "eventType": event_type}
        optional = {"eventProperties": properties, "eventTimestamp": timestamp}
        fields.update({name: value for name, value in optional.items() if value is not None})
        fields["customerEventId"] = customer_event_id or self._engine.new_id()  # never the example's
        supersede(self._engine, customer_event_id)
        record = self._engine.add_record("/usage-events", fields, "")
        index_event(self._engine, record)
        return record

    def add_record(self, collection: str, fields: Mapping[str, Any] | None = None, *, parent: str = "") -> Record:
        """Add a record of any resource, e.g. ``add_record("/invoices", {"currency": "EUR"})`` or
        ``add_record("/invoices/{}/line-items", {...}, parent=invoice_id)``; returns it.

        It starts as the documented example of the resource (or a sample of its schema) with a new
        ``id`` and timestamps; ``fields`` (an ``id`` too) replace the matching ones. ``KeyError``
        names the known collections if ``collection`` is not one of them. A customer added here is
        a customer everywhere (aliases, contacts, lookups); aliases and contacts have their own
        helpers (:meth:`add_alias`, :meth:`add_contact`), which this refuses to stand in for.
        """
        given = dict(fields or {})
        if collection in _OWN_HELPERS:
            raise ValueError(f"add {collection} records with {_OWN_HELPERS[collection]}(): the API reads them there")
        if collection == "/usage-events":  # a later event with its customerEventId supersedes it
            record = self._engine.add_record(collection, given, parent)
            index_event(self._engine, record)
            return record
        if collection != "/customers":
            return self._engine.add_record(collection, given, parent)
        customer_id = self._store.add_customer(given.pop("id", None))
        return self._engine.add_record(collection, {**given, "id": customer_id}, "")

    def records(self, collection: str, *, parent: str = "") -> list[Record]:
        """The live records of a collection (e.g. ``"/invoices"``), in creation order (copies)."""
        return self._engine.records.find((collection, parent), lambda record: True)

    def add_alias(
        self, customer_id: str, value: str, *, label: str | None = None, archived: bool = False, id: str | None = None
    ) -> Record:
        """Add an alias to an existing customer; returns it as the API would."""
        return self._store.add_alias(customer_id, value, label, archived, id)

    def add_contact(
        self,
        customer_id: str,
        *,
        name: str,
        email: str,
        billing_preference: str = "NONE",
        archived: bool = False,
        id: str | None = None,
    ) -> Record:
        """Add a contact; ``billing_preference`` may be any string (to test unknown enum values)."""
        return self._store.add_contact(customer_id, name, email, billing_preference, archived, id)

    @property
    def customers(self) -> list[str]:
        """Customer IDs in creation order."""
        return self._store.customer_ids()

    @property
    def aliases(self) -> list[Record]:
        """Live aliases in listing order (copies)."""
        return self._store.all_aliases()

    def aliases_of(self, customer_id: str) -> list[Record]:
        """Live aliases of one customer (``KeyError`` if unknown)."""
        aliases = self._store.aliases_of(customer_id)
        if aliases is None:
            raise KeyError(customer_id)
        return aliases

    def contacts_of(self, customer_id: str) -> list[Record]:
        """Every contact of one customer, archived ones included (``KeyError`` if unknown)."""
        contacts = self._store.contacts_of(customer_id, include_archived=True)
        if contacts is None:
            raise KeyError(customer_id)
        return contacts

    def reset_log(self) -> None:
        """Forget recorded requests and zero :attr:`stats`."""
        self.requests = []
        self.stats = EmulatorStats()

    # -- ways to reach it -----------------------------------------------------------------

    def client(self, **kwargs: Any) -> SequenceClient:
        """A :class:`sequence_async.SequenceClient` wired to this emulator in-process.

        Unless ``rate_limit`` is given, it paces itself at this emulator's rate limit from its
        first request, as a client of Sequence's servers does at the documented one (and follows
        a later change, which every response advertises). ``rate_limit=None`` turns pacing off,
        for a test that wants the emulator's 429s.
        """
        from sequence_async import SequenceClient

        if "rate_limit" not in kwargs:
            kwargs["rate_limit"] = self._pacing(kwargs)
        return SequenceClient(
            client_id=self.client_id,
            client_secret=self.client_secret,
            base_url=self.BASE_URL,
            transport=httpx.ASGITransport(app=self),
            **kwargs,
        )

    def _pacing(self, client_options: Mapping[str, Any]) -> AdvertisedRateLimit:
        """The client's default pacing, told this emulator's limit up front (on the client's time)."""
        limit = self.rate_limit
        pacing = AdvertisedRateLimit(
            clock=client_options.get("clock", time.monotonic), sleep=client_options.get("sleep", asyncio.sleep)
        )
        if limit is not None:
            pacing.learn(limit.policy_header)
        return pacing

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> AbstractAsyncContextManager[str]:
        """``async with emulator.serve() as base_url:`` run it under uvicorn in the current event loop."""
        from ._server import serve

        return serve(self, host, port)

    def serve_in_thread(self, host: str = "127.0.0.1", port: int = 0) -> AbstractContextManager[str]:
        """``with emulator.serve_in_thread() as base_url:`` run it under uvicorn in a background thread."""
        from ._server import serve_in_thread

        return serve_in_thread(self, host, port)

    # -- ASGI -----------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"the Sequence emulator speaks HTTP only, not {scope['type']}")
        request = Request(scope, receive)
        raw_path = raw_path_of(scope)
        request_id = f"req_{next(self._request_ids):06d}"
        faults = self.faults
        fault = None if faults is None else faults.next_fault(request.method, raw_path)
        status: int | None = None
        self.in_flight += 1
        try:
            try:  # first: the watchers below read the client's messages too
                data = await request.body() if request.method in _BODY_METHODS else b""
            except ClientDisconnect:
                return  # the client went away while sending: no reply, no status
            if self.latency > 0 and await client_left_within(self.latency, receive):
                return  # the client went away while we were slow: no reply, no status
            reply = await self._reply(request, raw_path, data, fault, receive)
            if reply is None:
                return  # the client went away during a slow fault
            requested = request.headers.get("sequence-version")
            reply.headers["sequence-version"] = requested if requested in self.VERSIONS else self.LATEST_VERSION
            reply.headers["x-request-id"] = request_id
            if (limiter := self._limiter) is not None:  # clients left at their default pace to it
                reply.headers["ratelimit-policy"] = limiter.limit.policy_header
            if fault is not None and fault.kind in ("drop", "lost"):
                await start_then_drop(reply, send)
            await Response(reply.body, reply.status, reply.headers, reply.media_type)(scope, receive, send)
            status = reply.status
        finally:
            self._record(request, raw_path, status, fault, request_id)
            self.in_flight -= 1

    async def _reply(
        self, request: Request, raw_path: str, data: bytes, fault: Fault | None, receive: Receive
    ) -> Reply | None:
        if fault is None:
            return self._handle(request, raw_path, data)
        if fault.kind == "slow" and await client_left_within(fault.seconds, receive):
            return None
        if fault.kind == "status":
            return status_reply(fault)
        if fault.kind == "drop":  # dropped before handling: no side effects
            return json_reply(200, {"items": []})
        reply = self._handle(request, raw_path, data)
        if fault.kind == "malformed" and fault.malformed_kind is not None:
            return malformed_reply(fault.malformed_kind, reply)
        return reply

    def _handle(self, request: Request, raw_path: str, data: bytes) -> Reply:
        """Auth, version, rate limit, routing, validation, then the operation; an error in the
        body the operation documents for its status."""
        found = self._api.match(raw_path)
        op = None if found is None else found[0].get(request.method)
        reply = self._gate(request) or self._route(request, raw_path, found, op, data)
        return reply if op is None or reply.status < 400 else self._engine.fit_error(op, reply)

    def _gate(self, request: Request) -> Reply | None:
        """Credentials, version and the rate limit: checked before the path, as the API does."""
        if not self._authorised(request.headers.get("authorization")):
            message = "Missing or invalid credentials: use HTTP Basic auth with your client ID and secret"
            return error_reply(401, "Unauthorized", message, {"www-authenticate": 'Basic realm="Sequence"'})
        version = request.headers.get("sequence-version")
        if version is not None and version not in self.VERSIONS:
            message = (
                f"No matching API version found. The Sequence-Version header '{version[:80]}' is not a known "
                f"API version; known versions: {', '.join(self.VERSIONS)}"
            )
            return error_reply(400, "UnrecognisedApiVersion", message)
        limiter = self._limiter
        if limiter is not None and (retry_after := limiter.acquire(self.client_id)) is not None:
            self.stats.rate_limited += 1
            limit = limiter.limit
            message = f"Rate limit of {limit.requests} requests per {limit.per:g} s exceeded; retry in {retry_after} s"
            return error_reply(429, "RateLimitExceeded", message, {"retry-after": str(retry_after)})
        return None

    def _route(
        self,
        request: Request,
        raw_path: str,
        found: tuple[dict[str, Operation], list[str]] | None,
        op: Operation | None,
        data: bytes,
    ) -> Reply:
        if found is None:
            return error_reply(404, "NotFound", f"No such endpoint: {request.method} {raw_path[:200]}")
        methods, params = found
        if op is None:
            allowed = ", ".join(methods)
            message = f"Method {request.method} is not allowed here; allowed: {allowed}"
            return error_reply(405, "MethodNotAllowed", message, {"allow": allowed})
        try:
            call = self._call(op, params, request, data)
        except Invalid as invalid:
            return invalid.reply
        return self._idempotency.run(call, self.client_id, data, self._operate)

    def _call(self, op: Operation, params: list[str], request: Request, data: bytes) -> Call:
        """The request, validated against ``op`` (``Invalid`` names what is wrong)."""
        schemas, headers = self._api.schemas, request.headers
        check_path(schemas, op, params)
        query = read_query(schemas, op, request.query_params.multi_items()) if request.scope["query_string"] else {}
        for name, param in op.query.items():
            if param.required and name not in query:
                raise Invalid(f"Missing required query parameter '{name}'")
        if op.headers:
            check_headers(op, headers)
        body = None if op.body is None else read_body(schemas, op, headers.get("content-type"), data)
        return Call(op, self._roles[op.id], params, query, body, headers)

    def _operate(self, call: Call) -> Reply:
        handler = HANDLERS.get(call.op.id)
        if handler is not None:
            return handler(self._engine, call)
        return self._engine.handlers[call.role.kind](call)

    def _authorised(self, header: str | None) -> bool:
        scheme, _, token = (header or "").partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, sep, password = base64.b64decode(token.strip(" \t"), validate=True).decode().partition(":")
        except ValueError:  # binascii.Error, UnicodeDecodeError, and a non-ASCII token
            return False
        # Compare both halves, always, in constant time.
        user_ok = hmac.compare_digest(user.encode(), self.client_id.encode())
        password_ok = hmac.compare_digest(password.encode(), self.client_secret.encode())
        return bool(sep) and user_ok and password_ok

    def _record(
        self, request: Request, raw_path: str, status: int | None, fault: Fault | None, request_id: str
    ) -> None:
        if self.log_requests:
            self._log(request, raw_path, status, fault, request_id)
        stats = self.stats
        stats.requests += 1
        stats.faults += fault is not None
        if status is None:
            stats.dropped += 1
        else:
            stats.by_status[status] = stats.by_status.get(status, 0) + 1

    def _log(self, request: Request, raw_path: str, status: int | None, fault: Fault | None, request_id: str) -> None:
        self.requests.append(
            RecordedRequest(
                method=request.method,
                path=raw_path,
                query=dict(request.query_params),
                headers=dict(request.headers),
                status=status,
                fault=None if fault is None else fault.label,
                request_id=request_id,
            )
        )


@dataclass(frozen=True, slots=True)
class ServedEmulator:
    """An emulator and the loopback URL it is served on."""

    emulator: SequenceEmulator
    base_url: str

    @property
    def auth(self) -> tuple[str, str]:
        """``(client_id, client_secret)``, e.g. for ``httpx.Client(auth=...)``."""
        return (self.emulator.client_id, self.emulator.client_secret)
