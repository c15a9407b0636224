"""The four operations of openapi/sequence.yaml, over a :class:`Store`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._cursor import InvalidCursor, decode_cursor, encode_cursor
from ._http import Reply, Route, error_reply, json_reply
from ._store import Store

__all__ = ["ROUTES"]

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
_POSITIVE_INT = re.compile(r"[1-9][0-9]{0,5}")


def _shown(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "..."


def _not_found(kind: str, ident: str) -> Reply:
    return error_reply(404, "NotFound", f"{kind} '{_shown(ident)}' not found")


def list_aliases(store: Store, query: Mapping[str, str]) -> Reply:
    """``GET /customer-aliases``: a page in creation order, with opaque cursors."""
    raw_limit = query.get("limit")
    limit = DEFAULT_LIMIT
    if raw_limit is not None:
        if not _POSITIVE_INT.fullmatch(raw_limit) or int(raw_limit) > MAX_LIMIT:
            message = f"limit must be an integer between 1 and {MAX_LIMIT} (inclusive), got '{_shown(raw_limit)}'"
            return error_reply(400, "BadRequest", message)
        limit = int(raw_limit)
    if "after" in query and "before" in query:
        return error_reply(400, "BadRequest", "after and before cannot be used together")
    keys: dict[str, int] = {}
    for name in ("after", "before"):
        if name in query:
            try:
                keys[name] = decode_cursor(query[name])
            except InvalidCursor:
                return error_reply(
                    400, "InvalidCursor", f"Invalid pagination cursor in '{name}': '{_shown(query[name])}'"
                )
    page = store.page(limit, keys.get("after"), keys.get("before"), query.get("value"))
    pagination: dict[str, Any] = {}
    if page.after_key is not None:
        pagination["after"] = encode_cursor(page.after_key)
    if page.before_key is not None:
        pagination["before"] = encode_cursor(page.before_key)
    pagination["totalResultSize"] = page.total
    return json_reply(200, {"items": page.items, "pagination": pagination})


def delete_alias(store: Store, query: Mapping[str, str], alias_id: str) -> Reply:
    """``DELETE /customer-aliases/{id}``: the deleted alias, with ``deletedAt`` set."""
    alias = store.delete_alias(alias_id)
    return _not_found("Customer alias", alias_id) if alias is None else json_reply(200, alias)


def customer_aliases(store: Store, query: Mapping[str, str], customer_id: str) -> Reply:
    """``GET /customers/{id}/aliases``: every live alias of the customer."""
    aliases = store.aliases_of(customer_id)
    return _not_found("Customer", customer_id) if aliases is None else json_reply(200, {"items": aliases})


def customer_contacts(store: Store, query: Mapping[str, str], customer_id: str) -> Reply:
    """``GET /customers/{customer}/contacts``: archived contacts only with ``includeArchived=true``."""
    flag = query.get("includeArchived", "false")
    if flag not in ("true", "false"):
        return error_reply(400, "BadRequest", f"includeArchived must be true or false, got '{_shown(flag)}'")
    contacts = store.contacts_of(customer_id, include_archived=flag == "true")
    return _not_found("Customer", customer_id) if contacts is None else json_reply(200, {"items": contacts})


ROUTES: tuple[Route, ...] = (
    Route(("customer-aliases",), {"GET": list_aliases}, frozenset({"limit", "after", "before", "value"})),
    Route(("customer-aliases", None), {"DELETE": delete_alias}),
    Route(("customers", None, "aliases"), {"GET": customer_aliases}),
    Route(("customers", None, "contacts"), {"GET": customer_contacts}, frozenset({"includeArchived"})),
)
