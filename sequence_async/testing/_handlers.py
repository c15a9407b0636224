"""Hand-written operations: customers, their aliases and contacts, and usage events.

These keep behaviour the document cannot express: the aliases' bisect-indexed pages (the SDK's
hot path), unique alias values, ``Idempotency-Key``, contacts scoped to customers, lookups by
alias, and ``customerEventId`` superseding an earlier usage event. Every other operation is the
generic engine's (``_generic``).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from ._generic import Call, Engine, page_pagination, read_cursors, shown
from ._http import Reply, error_reply, json_reply

__all__ = ["HANDLERS", "index_event", "supersede"]

DEFAULT_LIMIT = 20
CUSTOMERS = "/customers"
USAGE_EVENTS = ("/usage-events", "")


def _not_found(kind: str, ident: str) -> Reply:
    return error_reply(404, "NotFound", f"{kind} '{shown(ident)}' not found")


def list_aliases(engine: Engine, call: Call) -> Reply:
    """``GET /customer-aliases``: a page in creation order, with opaque cursors."""
    query = call.query
    keys, error = read_cursors(query, None)
    if error is not None:
        return error
    page = engine.store.page(
        query.get("limit", DEFAULT_LIMIT), keys.get("after"), keys.get("before"), query.get("value")
    )
    pagination = page_pagination(page.after_key, page.before_key, page.total, None)
    return json_reply(200, {"items": page.items, "pagination": pagination})


def delete_alias(engine: Engine, call: Call) -> Reply:
    """``DELETE /customer-aliases/{id}``: the deleted alias, with ``deletedAt`` set."""
    alias = engine.store.delete_alias(call.params[0])
    return _not_found("Customer alias", call.params[0]) if alias is None else json_reply(200, alias)


def customer_aliases(engine: Engine, call: Call) -> Reply:
    """``GET /customers/{id}/aliases``: every live alias of the customer."""
    aliases = engine.store.aliases_of(call.params[0])
    return _not_found("Customer", call.params[0]) if aliases is None else json_reply(200, {"items": aliases})


def customer_contacts(engine: Engine, call: Call) -> Reply:
    """``GET /customers/{customer}/contacts``: archived contacts only with ``includeArchived=true``."""
    contacts = engine.store.contacts_of(call.params[0], include_archived=call.query.get("includeArchived") is True)
    return _not_found("Customer", call.params[0]) if contacts is None else json_reply(200, {"items": contacts})


def create_alias(engine: Engine, call: Call) -> Reply:
    """``POST /customer-aliases``: a new alias; a live alias with the same value is a 400 (the
    operation documents no 409), as is an unknown customer (it documents no 404 either)."""
    body = call.body
    customer_id, value = body["customerId"], body["value"]
    if not engine.store.has_customer(customer_id):
        return error_reply(400, "BadRequest", f"Customer '{shown(customer_id)}' not found")
    try:
        alias = engine.store.add_unique_alias(customer_id, value, body.get("label"))
    except ValueError:
        return error_reply(400, "BadRequest", f"A customer alias with value '{shown(value)}' already exists")
    return json_reply(201, alias)


def update_alias(engine: Engine, call: Call) -> Reply:
    """``PUT /customer-aliases/{id}``: a new label."""
    alias = engine.store.update_alias(call.params[0], (call.body or {}).get("label"))
    return _not_found("Customer alias", call.params[0]) if alias is None else json_reply(200, alias)


def create_contact(engine: Engine, call: Call) -> Reply:
    """``POST /customers/{customer}/contacts``."""
    body = call.body
    customer_id = call.params[0]
    if not engine.store.has_customer(customer_id):
        return _not_found("Customer", customer_id)
    contact = engine.store.add_contact(customer_id, body["name"], body["email"], body["billingPreference"], False, None)
    return json_reply(201, contact)


def update_contact(engine: Engine, call: Call) -> Reply:
    """``PUT /customers/{customer}/contacts/{id}``: name, email and billing preference replaced."""
    fields = {k: call.body[k] for k in ("name", "email", "billingPreference") if k in call.body}
    contact = engine.store.change_contact(call.params[0], call.params[1], fields, engine.now())
    return _not_found("Contact", call.params[1]) if contact is None else json_reply(200, contact)


def archive_contact(engine: Engine, call: Call) -> Reply:
    """``POST /customers/{customer}/contacts/{id}/archive``: ``archivedAt`` set (kept if already set)."""
    contact = engine.store.change_contact(call.params[0], call.params[1], {}, engine.now(), archive=True)
    return _not_found("Contact", call.params[1]) if contact is None else json_reply(200, contact)


def create_customer(engine: Engine, call: Call) -> Reply:
    """``POST /customers``: the generic create, then the customer's aliases and contacts from the body."""
    reply = engine.create(call)
    customer_id = reply.payload["id"]
    engine.store.add_customer(customer_id)
    for value in call.body.get("customerAliases") or ():
        with contextlib.suppress(ValueError):  # a value another customer holds stays theirs
            engine.store.add_unique_alias(customer_id, value, None)
    for contact in call.body.get("contacts") or ():
        name, email, preference = contact["name"], contact["email"], contact.get("billingPreference", "NONE")
        engine.store.add_contact(customer_id, name, email, preference, False, None)
    contacts = engine.store.contacts_of(customer_id, include_archived=False) or []
    engine.records.update((CUSTOMERS, ""), customer_id, lambda record: record.update(contacts=contacts))
    return with_contacts(engine, call, customer_id)


def read_customer(engine: Engine, call: Call) -> Reply:
    """``GET /customers/{id}``: the generic read, with the customer's live contacts."""
    return with_contacts(engine, call, call.params[0])


def with_contacts(engine: Engine, call: Call, customer_id: str) -> Reply:
    """The customer record, its ``contacts`` the live ones of the hand-written store."""
    record = engine.records.get((CUSTOMERS, ""), customer_id)
    if record is None:
        return _not_found("Customer", customer_id)
    record["contacts"] = engine.store.contacts_of(customer_id, include_archived=False) or []
    return engine.respond(call, record)


def customer_by_alias(engine: Engine, call: Call) -> Reply:
    """``GET /customers/by-alias/{alias}``: the customer holding that live alias value."""
    customer_id = engine.store.customer_of_alias(call.params[0])
    record = None if customer_id is None else engine.records.get((CUSTOMERS, ""), customer_id)
    return _not_found("Customer alias", call.params[0]) if record is None else engine.respond(call, record)


def create_usage_event(engine: Engine, call: Call) -> Reply:
    """``POST /usage-events``: an event with the ``customerEventId`` of an earlier one replaces it;
    one without gets a fresh one (the response requires it), so it supersedes nothing."""
    event_id = call.body.get("customerEventId")
    if event_id is None:
        call = dataclasses.replace(call, body={**call.body, "customerEventId": engine.new_id()})
    supersede(engine, event_id)
    reply = engine.create(call)
    if reply.status == 201 and isinstance(reply.payload, dict):
        index_event(engine, reply.payload)
    return reply


def supersede(engine: Engine, customer_event_id: str | None) -> None:
    """Remove the usage events a new one with ``customer_event_id`` replaces (found through the
    index: a scan of every event per create made an ingestion of n events take O(n^2))."""
    if customer_event_id is None:
        return
    for record_id in engine.event_index.pop(customer_event_id, ()):
        engine.records.delete(USAGE_EVENTS, record_id)


def index_event(engine: Engine, record: Mapping[str, Any]) -> None:
    """Note a stored usage event under its ``customerEventId`` (for :func:`supersede`)."""
    event_id = record.get("customerEventId")
    if isinstance(event_id, str):
        engine.event_index.setdefault(event_id, []).append(str(record["id"]))


HANDLERS: dict[str, Callable[[Engine, Call], Reply]] = {
    "getCustomerAliases": list_aliases,
    "deleteCustomerAliasesById": delete_alias,
    "getCustomersByIdAliases": customer_aliases,
    "getCustomersByCustomerContacts": customer_contacts,
    "postCustomerAliases": create_alias,
    "putCustomerAliasesById": update_alias,
    "postCustomersByCustomerContacts": create_contact,
    "putCustomersByCustomerContactsById": update_contact,
    "postCustomersByCustomerContactsByIdArchive": archive_contact,
    "postCustomers": create_customer,
    "getCustomersByAliasByAlias": customer_by_alias,
    "getCustomersById": read_customer,
    "postUsageEvents": create_usage_event,
}
