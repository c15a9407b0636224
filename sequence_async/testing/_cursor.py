"""Opaque pagination cursors: urlsafe base64 of a small JSON object holding an alias sort key."""

from __future__ import annotations

import base64
import json
import re
import zlib
from bisect import bisect_left, bisect_right

__all__ = ["InvalidCursor", "decode_cursor", "encode_cursor", "window"]

_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,200}")


class InvalidCursor(ValueError):
    """A cursor this emulator did not issue."""


def encode_cursor(key: int, scope: str | None = None) -> str:
    """A cursor for ``key``; ``scope`` (a collection) makes it valid there only."""
    data: dict[str, object] = {"v": 1, "k": key}
    if scope is not None:
        data["c"] = zlib.crc32(scope.encode()) & 0xFFFF
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(token: str, scope: str | None = None) -> int:
    """The sort key inside ``token``; :class:`InvalidCursor` for anything else, a cursor of
    another scope included."""
    if not _TOKEN.fullmatch(token):
        raise InvalidCursor(token)
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except ValueError as exc:  # binascii.Error, UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise InvalidCursor(token) from exc
    expected = {"v": 1} if scope is None else {"v": 1, "c": zlib.crc32(scope.encode()) & 0xFFFF}
    if not isinstance(data, dict) or data.keys() != {*expected, "k"} or type(data["k"]) is not int:
        raise InvalidCursor(token)
    if any(data[name] != value for name, value in expected.items()):
        raise InvalidCursor(token)
    return data["k"]


def window(
    keys: list[int], limit: int, after: int | None, before: int | None
) -> tuple[int, int, int | None, int | None]:
    """The page of sorted ``keys``: ``keys[start:end]``, and the keys its ``after`` and ``before``
    cursors encode (``None``: no such page). Bisect, O(log n); a cursor's key need not exist."""
    if before is not None:
        end = bisect_left(keys, before)
        start = max(0, end - limit)
    else:
        start = 0 if after is None else bisect_right(keys, after)
        end = min(len(keys), start + limit)
    after_key = before_key = None
    if end < len(keys):  # keys[end] - 1 sorts just before keys[end], even on an empty page
        after_key = keys[end - 1] if end > start else keys[end] - 1
    if start > 0:  # keys[start - 1] + 1 sorts just after keys[start - 1]
        before_key = keys[start] if end > start else keys[start - 1] + 1
    return start, end, after_key, before_key
