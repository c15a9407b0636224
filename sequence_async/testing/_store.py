"""The emulator's in-memory state: customers, their aliases and contacts.

Records are kept as JSON-shaped dicts (camelCase keys, ``None`` fields omitted). Aliases are
ordered by a creation sequence number, the sort key that pagination cursors encode, so a
cursor stays valid after the alias it was taken from is deleted.
"""

from __future__ import annotations

import functools
import random
import threading
import time
import uuid
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from ._cursor import window

__all__ = ["Page", "Store", "account_id_for", "timestamp"]

Record = dict[str, Any]

_EPOCH = 1_704_067_200  # 2024-01-01T00:00:00Z: tick n is n seconds after it
_EPOCH_MS = _EPOCH * 1000
_MASK_48 = (1 << 48) - 1
_LABELS = ("CRM ID", "Stripe ID", "Billing ID", None)
_PREFIXES = {"CRM ID": "crm", "Stripe ID": "cus", "Billing ID": "bill", None: "ext"}
_FIRST = ("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Tim")
_LAST = ("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman", "Berners")


_SECONDS = tuple(f"{n:02d}Z" for n in range(60))


@functools.lru_cache(maxsize=8)
def _minute(minute: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:", time.gmtime(_EPOCH + minute * 60))


def timestamp(tick: int) -> str:
    """ISO 8601 UTC, ``tick`` seconds after 2024-01-01 (cached per minute: seeding is hot)."""
    minute, second = divmod(tick, 60)
    return _minute(minute) + _SECONDS[second]


def _make_id(tick: int, salt: int) -> str:
    """A UUIDv7-shaped id whose 48-bit timestamp field grows with the tick, so ids sort in creation order."""
    ms = _EPOCH_MS + tick
    tail = ((tick + 1) * 0x9E3779B97F4A7C15 ^ salt) & _MASK_48
    return f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-{_middle(salt)}-{tail:012x}"


@functools.lru_cache(maxsize=8)
def _middle(salt: int) -> str:
    """Version and variant nibbles around 24 bits that depend on the seed only."""
    return f"7{salt >> 60 & 0xFFF:03x}-{0x8000 | salt >> 48 & 0xFFF:04x}"


def _remove_sorted(keys: list[int], key: int) -> None:
    index = bisect_left(keys, key)
    if index < len(keys) and keys[index] == key:
        del keys[index]


@dataclass(slots=True)
class _Customer:
    alias_keys: list[int] = field(default_factory=list)
    contacts: list[Record] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of aliases plus the sort keys its cursors encode (``None``: no such page)."""

    items: list[Record]
    after_key: int | None
    before_key: int | None
    total: int


class Store:
    """Customers, aliases and contacts; every public method is thread-safe."""

    def __init__(self, account_id: str) -> None:
        self.account_id = account_id
        self._lock = threading.Lock()
        self._tick = 0
        self._salt = 0
        self._customers: dict[str, _Customer] = {}
        self._aliases: dict[int, Record] = {}  # sort key -> live alias
        self._alias_keys: list[int] = []  # sorted sort keys of live aliases
        self._key_by_id: dict[str, int] = {}
        self._keys_by_value: dict[str, list[int]] = {}

    # -- creation -------------------------------------------------------------------------

    def _next_tick(self) -> int:
        tick = self._tick
        self._tick += 1
        return tick

    def _new_customer(self, customer_id: str | None) -> str:
        tick = self._next_tick()
        cid = customer_id if customer_id is not None else _make_id(tick, self._salt)
        if cid in self._customers:
            raise ValueError(f"customer {cid!r} already exists")
        self._customers[cid] = _Customer()
        return cid

    def _new_alias(
        self, customer_id: str, value: str, label: str | None, archived: bool, alias_id: str | None
    ) -> Record:
        customer = self._customers.get(customer_id)
        if customer is None:
            raise KeyError(f"unknown customer {customer_id!r}")
        key = self._next_tick()
        aid = alias_id if alias_id is not None else _make_id(key, self._salt)
        if aid in self._key_by_id:
            raise ValueError(f"alias {aid!r} already exists")
        created = timestamp(key)
        alias: Record = {
            "id": aid,
            "sequenceAccountId": self.account_id,
            "customerId": customer_id,
            "value": value,
            "createdAt": created,
        }
        if label is not None:
            alias["label"] = label
        if archived:
            alias["archivedAt"] = created
        self._aliases[key] = alias
        self._alias_keys.append(key)  # keys only grow, so appending keeps the list sorted
        self._key_by_id[aid] = key
        self._keys_by_value.setdefault(value, []).append(key)
        customer.alias_keys.append(key)
        return alias

    def _new_contact(
        self, customer_id: str, name: str, email: str, preference: str, archived: bool, contact_id: str | None
    ) -> Record:
        customer = self._customers.get(customer_id)
        if customer is None:
            raise KeyError(f"unknown customer {customer_id!r}")
        tick = self._next_tick()
        created = timestamp(tick)
        contact: Record = {
            "id": contact_id if contact_id is not None else _make_id(tick, self._salt),
            "name": name,
            "email": email,
            "billingPreference": preference,
            "createdAt": created,
            "updatedAt": created,
        }
        if archived:
            contact["archivedAt"] = created
        customer.contacts.append(contact)
        return contact

    def add_customer(self, customer_id: str | None) -> str:
        with self._lock:
            return self._new_customer(customer_id)

    def add_alias(
        self, customer_id: str, value: str, label: str | None, archived: bool, alias_id: str | None
    ) -> Record:
        with self._lock:
            return dict(self._new_alias(customer_id, value, label, archived, alias_id))

    def add_contact(
        self, customer_id: str, name: str, email: str, preference: str, archived: bool, contact_id: str | None
    ) -> Record:
        with self._lock:
            return dict(self._new_contact(customer_id, name, email, preference, archived, contact_id))

    def seed(self, customers: int, aliases_per_customer: int, contacts_per_customer: int, seed: int) -> list[str]:
        """Add deterministic data: the same seed on a fresh store gives identical records and ids.
        Returns the new customers' ids."""
        rng = random.Random(seed)
        added: list[str] = []
        with self._lock:
            self._salt = rng.getrandbits(72)
            for _ in range(customers):
                cid = self._new_customer(None)
                added.append(cid)
                for _ in range(aliases_per_customer):
                    label = _LABELS[int(rng.random() * len(_LABELS))]
                    value = f"{_PREFIXES[label]}-{rng.getrandbits(40):010x}"
                    self._new_alias(cid, value, label, rng.random() < 0.1, None)
                for n in range(contacts_per_customer):
                    first, last = rng.choice(_FIRST), rng.choice(_LAST)
                    preference = "PRIMARY" if n == 0 else rng.choice(("STANDARD", "NONE"))
                    email = f"{first}.{last}.{self._tick}@example.com".lower()
                    archived = n > 0 and rng.random() < 0.25
                    self._new_contact(cid, f"{first} {last}", email, preference, archived, None)
        return added

    def new_id(self) -> str:
        """A fresh id in this store's scheme (UUIDv7-shaped, growing with the tick)."""
        with self._lock:
            return _make_id(self._next_tick(), self._salt)

    def next_tick(self) -> int:
        with self._lock:
            return self._next_tick()

    def add_unique_alias(self, customer_id: str, value: str, label: str | None) -> Record:
        """A new alias unless a live one has ``value`` (``ValueError``); ``KeyError``: no such customer."""
        with self._lock:
            if self._keys_by_value.get(value):
                raise ValueError(f"alias value {value!r} is taken")
            return dict(self._new_alias(customer_id, value, label, False, None))

    def update_alias(self, alias_id: str, label: str | None) -> Record | None:
        with self._lock:
            key = self._key_by_id.get(alias_id)
            if key is None:
                return None
            alias = self._aliases[key]
            if label is None:
                alias.pop("label", None)
            else:
                alias["label"] = label
            return dict(alias)

    def customer_of_alias(self, value: str) -> str | None:
        """The customer holding the oldest live alias with ``value``."""
        with self._lock:
            keys = self._keys_by_value.get(value)
            return str(self._aliases[keys[0]]["customerId"]) if keys else None

    def change_contact(
        self, customer_id: str, contact_id: str, fields: dict[str, Any], now: str, archive: bool = False
    ) -> Record | None:
        """Replace some fields of a contact (and archive it); ``None`` if the customer has no such contact."""
        with self._lock:
            customer = self._customers.get(customer_id)
            contact = next((c for c in customer.contacts if c["id"] == contact_id), None) if customer else None
            if contact is None:
                return None
            contact.update(fields)
            contact["updatedAt"] = now
            if archive:
                contact.setdefault("archivedAt", now)
            return dict(contact)

    # -- reads and deletion ---------------------------------------------------------------

    def has_customer(self, customer_id: str) -> bool:
        with self._lock:
            return customer_id in self._customers

    def customer_ids(self) -> list[str]:
        with self._lock:
            return list(self._customers)

    def all_aliases(self) -> list[Record]:
        with self._lock:
            return [dict(self._aliases[key]) for key in self._alias_keys]

    def aliases_of(self, customer_id: str) -> list[Record] | None:
        with self._lock:
            customer = self._customers.get(customer_id)
            if customer is None:
                return None
            return [dict(self._aliases[key]) for key in customer.alias_keys]

    def contacts_of(self, customer_id: str, include_archived: bool) -> list[Record] | None:
        with self._lock:
            customer = self._customers.get(customer_id)
            if customer is None:
                return None
            return [dict(c) for c in customer.contacts if include_archived or "archivedAt" not in c]

    def delete_alias(self, alias_id: str) -> Record | None:
        """Delete a live alias and return it with ``deletedAt`` set; ``None`` if there is none."""
        with self._lock:
            key = self._key_by_id.pop(alias_id, None)
            if key is None:
                return None
            alias = self._aliases.pop(key)
            _remove_sorted(self._alias_keys, key)
            same_value = self._keys_by_value[alias["value"]]
            _remove_sorted(same_value, key)
            if not same_value:
                del self._keys_by_value[alias["value"]]
            _remove_sorted(self._customers[alias["customerId"]].alias_keys, key)
            alias["deletedAt"] = timestamp(self._next_tick())
            return alias

    def page(self, limit: int, after: int | None, before: int | None, value: str | None) -> Page:
        """The ``limit`` aliases after ``after``, before ``before``, or from the start (bisect, O(log n))."""
        with self._lock:
            keys = self._alias_keys if value is None else self._keys_by_value.get(value, [])
            start, end, after_key, before_key = window(keys, limit, after, before)
            items = [dict(self._aliases[key]) for key in keys[start:end]]
            return Page(items, after_key, before_key, len(keys))


def account_id_for(client_id: str) -> str:
    """The stable ``sequenceAccountId`` of an API key."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"sequence-emulator:{client_id}"))
