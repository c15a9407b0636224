"""Response values, the documented error body, and the raw request path."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Reply", "error_reply", "json_reply", "raw_path_of"]

JSON = "application/json"


@dataclass(slots=True)
class Reply:
    """A response about to be sent; ``payload`` is the JSON value ``body`` was made from, if any."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = JSON
    payload: Any = None


# One encoder, without the circular-reference walk (payloads are fresh trees): a 100-alias page
# spends most of its time encoding (cProfile, make bench row 13).
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, check_circular=False).encode


def json_reply(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Reply:
    try:
        body = _ENCODE(payload).encode()
    except UnicodeEncodeError:  # a lone surrogate (seeded by hand): escaped, still valid JSON
        body = json.dumps(payload, separators=(",", ":")).encode()
    return Reply(status, body, dict(headers or {}), JSON, payload)


def error_reply(status: int, error_type: str, message: str, headers: Mapping[str, str] | None = None) -> Reply:
    """The documented error body: ``{"error": {"type": ..., "message": ...}}``."""
    return json_reply(status, {"error": {"type": error_type, "message": message}}, headers)


def raw_path_of(scope: Mapping[str, Any]) -> str:
    """The percent-encoded request path, without any query string (some servers leave it on)."""
    raw = scope.get("raw_path")
    if not raw:
        return str(scope["path"])
    return bytes(raw).split(b"?", 1)[0].decode("latin-1")
