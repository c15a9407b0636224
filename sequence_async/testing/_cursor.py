"""Opaque pagination cursors: urlsafe base64 of a small JSON object holding an alias sort key."""

from __future__ import annotations

import base64
import json
import re

__all__ = ["InvalidCursor", "decode_cursor", "encode_cursor"]

_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,200}")


class InvalidCursor(ValueError):
    """A cursor this emulator did not issue."""


def encode_cursor(key: int) -> str:
    raw = json.dumps({"v": 1, "k": key}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(token: str) -> int:
    """The sort key inside ``token``; :class:`InvalidCursor` for anything else."""
    if not _TOKEN.fullmatch(token):
        raise InvalidCursor(token)
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except ValueError as exc:  # binascii.Error, UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise InvalidCursor(token) from exc
    if not isinstance(data, dict) or data.keys() != {"v", "k"} or data["v"] != 1 or type(data["k"]) is not int:
        raise InvalidCursor(token)
    return data["k"]
