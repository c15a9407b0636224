"""Generic state: records of every resource, by collection and parent, in creation order.

A collection is a path such as ``/invoices`` or ``/invoices/{}/line-items`` plus, for the latter,
the parent's id. Records are JSON-shaped dicts with a server-assigned ``id``; each has a sort key
(its creation tick) that the pagination cursors encode, so a cursor outlives its record.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ._cursor import window

__all__ = ["Collection", "Records", "Slice"]

Record = dict[str, Any]
CollectionKey = tuple[str, str]  # (collection path, parent id or "")


@dataclass(slots=True)
class Collection:
    """The live records of one collection."""

    by_key: dict[int, Record] = field(default_factory=dict)
    keys: list[int] = field(default_factory=list)  # sorted: keys only grow
    key_by_id: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Slice:
    """One page of records and the sort keys its cursors encode (``None``: no such page)."""

    items: list[Record]
    after_key: int | None
    before_key: int | None
    total: int


class Records:
    """Every generic collection; thread-safe. Sort keys come from the caller's clock (``tick``)."""

    def __init__(self, tick: Callable[[], int]) -> None:
        self._tick = tick
        self._lock = threading.Lock()
        self._collections: dict[CollectionKey, Collection] = {}

    def add(self, where: CollectionKey, record: Record) -> Record:
        """Store ``record`` (which has an ``id``) last in its collection; replaces one with that id."""
        with self._lock:
            collection = self._collections.setdefault(where, Collection())
            self._remove(collection, str(record["id"]))
            key = self._tick()
            collection.by_key[key] = record
            collection.keys.append(key)
            collection.key_by_id[str(record["id"])] = key
            return dict(record)

    def get(self, where: CollectionKey, record_id: str) -> Record | None:
        with self._lock:
            collection = self._collections.get(where)
            key = None if collection is None else collection.key_by_id.get(record_id)
            return None if key is None or collection is None else dict(collection.by_key[key])

    def update(self, where: CollectionKey, record_id: str, change: Callable[[Record], None]) -> Record | None:
        """Apply ``change`` to the stored record in place (under the lock); the result, or ``None``."""
        with self._lock:
            collection = self._collections.get(where)
            key = None if collection is None else collection.key_by_id.get(record_id)
            if key is None or collection is None:
                return None
            change(collection.by_key[key])
            return dict(collection.by_key[key])

    def delete(self, where: CollectionKey, record_id: str) -> Record | None:
        with self._lock:
            collection = self._collections.get(where)
            return None if collection is None else self._remove(collection, record_id)

    def find(self, where: CollectionKey, test: Callable[[Record], bool]) -> list[Record]:
        with self._lock:
            collection = self._collections.get(where)
            records: Iterable[Record] = () if collection is None else collection.by_key.values()
            return [dict(r) for r in records if test(r)]

    def page(
        self,
        where: CollectionKey,
        limit: int,
        after: int | None,
        before: int | None,
        keep: Callable[[Record], bool] | None = None,
    ) -> Slice:
        """The ``limit`` records kept by ``keep`` (``None``: all) after ``after``, before ``before``,
        or from the start. Without ``keep``, a bisect; with it, a scan of the collection."""
        with self._lock:
            collection = self._collections.get(where) or Collection()
            keys = collection.keys if keep is None else [k for k in collection.keys if keep(collection.by_key[k])]
            start, end, after_key, before_key = window(keys, limit, after, before)
            items = [dict(collection.by_key[k]) for k in keys[start:end]]
            return Slice(items, after_key, before_key, len(keys))

    def drop_scope(self, parent_id: str) -> None:
        """Forget every collection under ``parent_id`` (its parent was deleted)."""
        with self._lock:
            for key in [key for key in self._collections if key[1] == parent_id]:
                del self._collections[key]

    @staticmethod
    def _remove(collection: Collection, record_id: str) -> Record | None:
        key = collection.key_by_id.pop(record_id, None)
        if key is None:
            return None
        index = bisect_left(collection.keys, key)
        if index < len(collection.keys) and collection.keys[index] == key:
            del collection.keys[index]
        return collection.by_key.pop(key)
