"""The spec-driven operations: create, read, list, update, delete, archive and act on any resource.

Each handler takes the validated request (:class:`Call`) and answers from :class:`Records`; a
response is always the operation's documented success schema, built by :func:`project`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._api import Api, Operation
from ._cursor import InvalidCursor, decode_cursor, encode_cursor
from ._http import Reply, error_reply, json_reply
from ._records import Record, Records
from ._resources import Pattern, Role
from ._sample import project, sample
from ._schema import cut
from ._store import Store, timestamp

__all__ = ["Call", "Engine", "page_pagination", "read_cursors", "shown"]

DEFAULT_LIMIT = 20
PAGING = frozenset({"limit", "after", "before", "sortOrder", "sortBy", "offset"})
SERVER_FIELDS = ("id", "createdAt", "updatedAt", "sequenceAccountId")
UNSET_ON_CREATE = ("archivedAt", "deletedAt")
_FITTED_MAX = 100_000  # remembered projections; forgotten all at once beyond this (memory stays bounded)


@dataclass(frozen=True, slots=True)
class Call:
    """A request that passed validation: its operation, role, path parameters, query and body."""

    op: Operation
    role: Role
    params: list[str]
    query: Mapping[str, Any]
    body: Any
    headers: Mapping[str, str]


def collection_name(pattern: Pattern) -> str:
    """``/invoices/{}/line-items``: the name a collection is stored and seeded under."""
    return "/" + "/".join("{}" if segment is None else segment for segment in pattern)


def shown(text: str) -> str:
    """A client's value in an error message: printable, at most 80 characters."""
    return cut(text, 80)


class Engine:
    """Answers every operation with a role, over one :class:`Records`."""

    def __init__(self, api: Api, roles: Mapping[str, Role], store: Store) -> None:
        self.api, self.store, self.account = api, store, store.account_id
        self.records = Records(store.next_tick)
        self.shapes = _record_shapes(api, roles)
        self._fitted: dict[tuple[Any, ...], Any] = {}
        self._samples: dict[int, str] = {}
        # customerEventId -> the ids of the usage events stored with it (``_handlers.supersede``)
        self.event_index: dict[str, list[str]] = {}
        self.handlers: dict[str, Callable[[Call], Reply]] = {
            "create": self.create,
            "list": self.listing,
            "read": self.read,
            "update": self.update,
            "delete": self.delete,
            "archive": self.archive,
            "action": self.action,
            "generated": self.generated,
        }

    # -- helpers --------------------------------------------------------------------------

    def new_id(self) -> str:
        return self.store.new_id()

    def now(self) -> str:
        """The store's clock: every write moves it one second on (deterministic, ordered)."""
        return timestamp(self.store.next_tick())

    def sample_of(self, schema: Any) -> Any:
        """A fresh copy of the (cached) sample of ``schema``."""
        key = id(schema)
        text = self._samples.get(key)
        if text is None:
            text = json.dumps(sample(self.api.schemas, schema))
            self._samples[key] = text
        return json.loads(text)

    def respond(self, call: Call, record: Any) -> Reply:
        schema = call.op.response
        payload = None if schema is None else project(self.api.schemas, schema, record)
        return json_reply(call.op.status, payload)

    def fitted(self, schema: Any, record: Record) -> Any:
        """``project(schema, record)``, remembered per record version: a stored record changes only
        with a new ``updatedAt`` (or a new ``createdAt`` when replaced), and fitting one costs
        ~2.5 ms of schema checks (a 100-item page: 250 ms; remembered: a dict lookup)."""
        key = (id(schema), record.get("id"), record.get("createdAt"), record.get("updatedAt"))
        cached = self._fitted.get(key)
        if cached is None:
            if len(self._fitted) >= _FITTED_MAX:
                self._fitted.clear()
            cached = self._fitted[key] = project(self.api.schemas, schema, record)
        return cached

    def missing_parent(self, call: Call, upto: int) -> Reply | None:
        """A 404 naming the first of the first ``upto`` path parameters that names no record."""
        for index, parent in enumerate(call.role.parents[:upto]):
            scope = call.params[index - 1] if index > 0 else ""
            if self.records.get((collection_name(parent), scope), call.params[index]) is None:
                what = collection_name(parent).rsplit("/", 1)[-1]
                return error_reply(404, "NotFound", f"No {what} with id '{shown(call.params[index])}'")
        return None

    def where(self, call: Call, own_id: bool) -> tuple[str, str]:
        """The collection key: its name and the parent's id (the last parameter before any own id)."""
        assert call.role.collection is not None
        scoped = call.params[:-1] if own_id else call.params
        return collection_name(call.role.collection), scoped[-1] if scoped else ""

    def overlay(self, record: Record, body: Any, schema: Any) -> None:
        """Copy the body's fields that are valid in the response schema onto ``record``."""
        resolved = self.api.schemas.resolve(schema)
        properties = resolved.get("properties", {}) if isinstance(resolved, dict) else {}
        if not isinstance(body, dict):
            return
        for name, value in body.items():
            if name in properties and name not in SERVER_FIELDS and self.api.schemas.is_valid(properties[name], value):
                record[name] = value

    def add_record(self, collection: str, fields: Record, parent: str) -> Record:
        """A new record of ``collection``: its sample with ``fields`` over it (``KeyError``: no such
        collection)."""
        if collection not in self.shapes:
            known = ", ".join(sorted(self.shapes))
            raise KeyError(f"{collection!r} is not a collection of the document; the collections: {known}")
        record = self.new_record(self.shapes[collection])
        record.update(fields)
        return self.records.add((collection, parent), record)

    def customer_record(self, customer_id: str) -> Record:
        """The generic record of a customer the hand-written store added, with its contacts."""
        record = self.new_record(self.shapes["/customers"])
        record["id"] = customer_id
        record["contacts"] = self.store.contacts_of(customer_id, include_archived=False) or []
        return record

    def fit_error(self, op: Operation, reply: Reply) -> Reply:
        """``reply`` (the documented ``{"error": ...}`` body) in the body ``op`` documents for its
        status, where that is another shape (five operations document ``{"errors": [...]}``)."""
        schema = op.errors.get(reply.status)
        if schema is None or self.api.schemas.is_valid(schema, reply.payload):
            return reply
        detail = reply.payload["error"] if isinstance(reply.payload, dict) else {}
        body = project(self.api.schemas, schema, {"error": detail, "errors": [detail]})
        return json_reply(reply.status, body, reply.headers)

    # -- roles ----------------------------------------------------------------------------

    def create(self, call: Call) -> Reply:
        missing = self.missing_parent(call, len(call.params))
        if missing is not None:
            return missing
        record = self.new_record(call.op.response, sampled=False)
        self.overlay(record, call.body, call.op.response)
        return self.respond(call, self.records.add(self.where(call, own_id=False), record))

    def new_record(self, schema: Any, *, sampled: bool = True) -> Record:
        """A fresh record of ``schema``, a new id and timestamps, no archive or delete time.

        ``sampled``: every field from the example or sample (seeding); else, as a create does, the
        schema's defaults and samples of the required fields only: a field the caller did not
        send is not invented (an event without ``customerEventId`` has none).
        """
        record = self.sample_of(schema) if sampled else self._required_and_defaults(schema)
        if not isinstance(record, dict):
            record = {}
        now = self.now()
        record.update(id=self.new_id(), createdAt=now, updatedAt=now, sequenceAccountId=self.account)
        for name in UNSET_ON_CREATE:
            record.pop(name, None)
        return record

    def _required_and_defaults(self, schema: Any) -> Record:
        resolved = self.api.schemas.resolve(schema)
        if not isinstance(resolved, dict):
            return {}
        required = set(resolved.get("required", ()))
        record: Record = {}
        for name, sub in (resolved.get("properties") or {}).items():
            declared = self.api.schemas.resolve(sub)
            if isinstance(declared, dict) and "default" in declared:
                record[name] = declared["default"]
            elif name in required:
                record[name] = self.sample_of(sub)
        return record

    def read(self, call: Call) -> Reply:
        missing = self.missing_parent(call, len(call.params))
        if missing is not None:
            return missing
        return self.respond(call, self.records.get(self.where(call, own_id=True), call.params[-1]))

    def update(self, call: Call) -> Reply:
        def change(record: Record) -> None:
            self.overlay(record, call.body, call.op.response)
            self.overlay(record, call.body, call.op.body)

        return self._change(call, change)

    def archive(self, call: Call) -> Reply:
        def change(record: Record) -> None:
            if not record.get("archivedAt"):  # archiving twice keeps the first time
                record["archivedAt"] = record["updatedAt"]

        return self._change(call, change)

    def _change(self, call: Call, change: Callable[[Record], None]) -> Reply:
        """Apply ``change`` to the record the path names (404 if it or a parent is missing); it
        gets a new ``updatedAt`` first."""
        missing = self.missing_parent(call, len(call.params))
        if missing is not None:
            return missing
        now = self.now()

        def stamped(record: Record) -> None:
            record["updatedAt"] = now
            change(record)

        return self.respond(call, self.records.update(self.where(call, own_id=True), call.params[-1], stamped))

    def delete(self, call: Call) -> Reply:
        missing = self.missing_parent(call, len(call.params))
        if missing is not None:
            return missing
        record = self.records.delete(self.where(call, own_id=True), call.params[-1])
        if record is not None:
            record["deletedAt"] = self.now()
            self.records.drop_scope(call.params[-1])  # its line items go with an invoice
        return self.respond(call, record)

    def action(self, call: Call) -> Reply:
        """``/x/{id}/finalize`` and the like: the record, with the body's fields applied; 201: a copy."""
        missing = self.missing_parent(call, len(call.params))
        if missing is not None:
            return missing
        where = self.where(call, own_id=True)
        if call.op.status == 201:
            original = self.records.get(where, call.params[-1]) or {}
            record = {**original, **self.new_record(call.op.response)}
            record.update({k: v for k, v in original.items() if k not in (*SERVER_FIELDS, *UNSET_ON_CREATE)})
            self.overlay(record, call.body, call.op.response)
            return self.respond(call, self.records.add(where, record))
        return self.update(call) if call.body is not None else self.read(call)

    def generated(self, call: Call) -> Reply:
        missing = self.missing_parent(call, len(call.role.parents))
        if missing is not None:
            return missing
        if call.op.response is None:
            return json_reply(call.op.status, None)
        sample = self.sample_of(call.op.response)
        pagination = sample.get("pagination") if isinstance(sample, dict) else None
        if isinstance(pagination, dict):  # one page, the last: the document's example cursors lead nowhere
            sample = {**sample, "pagination": {k: v for k, v in pagination.items() if k not in ("after", "before")}}
        return json_reply(call.op.status, sample)

    def listing(self, call: Call) -> Reply:
        missing = self.missing_parent(call, len(call.params))
        if missing is not None:
            return missing
        where = self.where(call, own_id=False)
        scope = "/".join(where)
        keys, error = read_cursors(call.query, scope)
        if error is not None:
            return error
        keep = _filter(call.query, call.op.query)
        limit = int(call.query.get("limit", DEFAULT_LIMIT)) if "limit" in call.op.query else 10**9
        found = self.records.page(where, limit, keys.get("after"), keys.get("before"), keep)
        pagination = page_pagination(found.after_key, found.before_key, found.total, scope)
        return self.respond_page(call, found.items, pagination)

    def respond_page(self, call: Call, items: list[Record], pagination: dict[str, Any]) -> Reply:
        """A list's page: each item fitted (remembered per record), then the rest of the page."""
        page_schema = self.api.schemas.resolve(call.op.response)
        properties = page_schema.get("properties", {})
        item_schema = properties["items"].get("items", {})
        payload = project(self.api.schemas, page_schema, {"pagination": pagination})
        payload["items"] = [self.fitted(item_schema, item) for item in items]
        return json_reply(call.op.status, payload)


def _record_shapes(api: Api, roles: Mapping[str, Role]) -> dict[str, Any]:
    """Each collection's record schema: its read response, else its create response, else the
    items of its list."""
    shapes: dict[str, Any] = {}
    for preferred in ("list", "create", "read"):
        for op_id, role in roles.items():
            schema = api.operations[op_id].response
            if role.kind == preferred and role.collection is not None and schema is not None:
                if preferred == "list":
                    schema = api.schemas.resolve(schema)["properties"]["items"].get("items", {})
                shapes[collection_name(role.collection)] = schema
    return shapes


def read_cursors(query: Mapping[str, Any], scope: str | None) -> tuple[dict[str, int], Reply | None]:
    """The sort keys of the ``after``/``before`` cursors of a list's query (of ``scope``), or the 400."""
    if "after" in query and "before" in query:
        return {}, error_reply(400, "BadRequest", "after and before cannot be used together")
    keys: dict[str, int] = {}
    for name in ("after", "before"):
        if name in query:
            try:
                keys[name] = decode_cursor(str(query[name]), scope)
            except InvalidCursor:
                message = f"Invalid pagination cursor in '{name}': '{shown(str(query[name]))}'"
                return {}, error_reply(400, "InvalidCursor", message)
    return keys, None


def _filter(query: Mapping[str, Any], declared: Mapping[str, Any]) -> Callable[[Record], bool] | None:
    """Equality on the query parameters that name a field of the record (any of a list's values);
    where an ``includeArchived``-like flag is declared, archived records only when it is true."""
    flags = [name for name in declared if name.startswith("includeArchived")]
    archived = not flags or any(query.get(name) in (True, "true") for name in flags)  # one is a string
    fields = {name: value for name, value in query.items() if name not in PAGING and not name.startswith("include")}
    if archived and not fields:
        return None  # every record: the page is a bisect, not a scan

    def keep(record: Record) -> bool:
        if not archived and record.get("archivedAt"):
            return False
        for name, wanted in fields.items():
            if name in record:
                have = record[name]
                if (have not in wanted) if isinstance(wanted, list) else (have != wanted):
                    return False
        return True

    return keep


def page_pagination(after_key: int | None, before_key: int | None, total: int, scope: str | None) -> dict[str, Any]:
    """A page's ``pagination``: cursors for the keys a page window gave, and the total."""
    pagination: dict[str, Any] = {}
    if after_key is not None:
        pagination["after"] = encode_cursor(after_key, scope)
    if before_key is not None:
        pagination["before"] = encode_cursor(before_key, scope)
    pagination["totalResultSize"] = total
    return pagination
