"""Response values, the documented error body, and routing on the raw request path."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

__all__ = ["Reply", "Route", "error_reply", "json_reply", "match_route", "raw_path_of"]

JSON = "application/json"


@dataclass(slots=True)
class Reply:
    """A response about to be sent; ``payload`` is the JSON value ``body`` was made from, if any."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = JSON
    payload: Any = None


def json_reply(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Reply:
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
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


Handler = Callable[..., Reply]


@dataclass(frozen=True, slots=True)
class Route:
    """A path pattern (literal segments, ``None`` for a parameter: one non-empty segment),
    its handlers by method and the query parameters they accept."""

    pattern: tuple[str | None, ...]
    methods: Mapping[str, Handler]
    query: frozenset[str] = frozenset()


def match_route(routes: tuple[Route, ...], raw_path: str) -> tuple[Route, list[str]] | None:
    """The route whose pattern matches exactly, and its decoded parameters.

    Each segment is percent-decoded on its own, so ``a%2Fb`` is one parameter ``a/b``.
    """
    segments = raw_path.split("/")
    if len(segments) < 2 or segments[0]:
        return None
    decoded = [unquote(segment, errors="replace") for segment in segments[1:]]
    for route in routes:
        if len(route.pattern) != len(decoded):
            continue
        params: list[str] = []
        for literal, segment in zip(route.pattern, decoded, strict=True):
            if literal is None and segment:
                params.append(segment)
            elif literal is None or literal != segment:
                break
        else:
            return route, params
    return None
