"""Validation of call arguments, before anything is sent."""

from __future__ import annotations

from .errors import InvalidParameterError

MAX_PAGE_SIZE = 100


def path_id(value: object, name: str) -> str:
    """An id that will become exactly one path segment.

    Empty, whitespace-only, ``.`` and ``..`` are refused: percent-encoding leaves dots alone
    and URL normalisation would turn them into "this collection" or "the parent". Everything
    else is percent-encoded into one segment by the request builder (``/``, ``?``, ``#``,
    ``%``, CR/LF and non-ASCII included).
    """
    if not isinstance(value, str):
        raise InvalidParameterError(f"{name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise InvalidParameterError(f"{name} must not be empty or whitespace")
    if value in (".", ".."):
        raise InvalidParameterError(f"{name} must not be {value!r} (it would change the requested path)")
    return value


def page_limit(limit: object) -> int:
    """``None`` means the largest page; otherwise an int in 1..100 (bools refused)."""
    if limit is None:
        return MAX_PAGE_SIZE
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise InvalidParameterError(f"limit must be an int between 1 and {MAX_PAGE_SIZE}, got {type(limit).__name__}")
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise InvalidParameterError(f"limit must be between 1 and {MAX_PAGE_SIZE}, got {limit}")
    return limit


def optional_str(value: object, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidParameterError(f"{name} must be a str or None, got {type(value).__name__}")
    return value


def cursor(value: object, name: str) -> str | None:
    """A cursor from ``Page.after``/``Page.before``: a non-empty string, or None."""
    text = optional_str(value, name)
    if text is not None and not text.strip():
        raise InvalidParameterError(f"{name} must not be empty")
    return text


def flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidParameterError(f"{name} must be a bool, got {type(value).__name__}")
    return value
