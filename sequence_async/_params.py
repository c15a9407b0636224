"""Validation of call arguments, before anything is sent."""

from __future__ import annotations

from collections.abc import Iterable

from ._checks import is_int
from .errors import InvalidParameterError

MAX_PAGE_SIZE = 100
# Longest argument sent in a URL, in UTF-8 bytes (percent-encoded: up to 3x). Real ids and
# cursors are far shorter; several maximal arguments together stay well under the 8 KB
# request line most servers accept and httpx's 64 KB URL limit.
MAX_ARGUMENT_BYTES = 2048


def _text(value: str, name: str) -> str:
    """A str that can be sent in a URL: valid Unicode, at most MAX_ARGUMENT_BYTES."""
    try:
        size = len(value.encode("utf-8"))
    except UnicodeEncodeError:
        raise InvalidParameterError(f"{name} is not valid Unicode (it contains a lone surrogate)") from None
    if size > MAX_ARGUMENT_BYTES:
        raise InvalidParameterError(f"{name} is too long: {size} bytes in UTF-8, at most {MAX_ARGUMENT_BYTES}")
    return value


def _exact(value: str) -> str:
    """A str subclass as a plain str: the checks and the request builder then see the same text
    (a subclass may override ``__str__``, ``strip``, ``encode``...)."""
    return value if type(value) is str else str.__str__(value)


def path_id(value: object, name: str) -> str:
    """An id that will become exactly one path segment.

    Empty, whitespace-only, ``.`` and ``..`` are refused: percent-encoding leaves dots alone
    and URL normalisation would turn them into "this collection" or "the parent". Everything
    else is percent-encoded into one segment by the request builder (``/``, ``?``, ``#``,
    ``%``, CR/LF and non-ASCII included).
    """
    if not isinstance(value, str):
        raise InvalidParameterError(f"{name} must be a str, got {type(value).__name__}")
    value = _exact(value)
    if not value.strip():
        raise InvalidParameterError(f"{name} must not be empty or whitespace")
    if value in (".", ".."):
        raise InvalidParameterError(f"{name} must not be {value!r} (it would change the requested path)")
    return _text(value, name)


def page_limit(limit: object) -> int:
    """``None`` means the largest page; otherwise an int in 1..100 (bools refused)."""
    if limit is None:
        return MAX_PAGE_SIZE
    if not is_int(limit):
        raise InvalidParameterError(f"limit must be an int between 1 and {MAX_PAGE_SIZE}, got {type(limit).__name__}")
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise InvalidParameterError(f"limit must be between 1 and {MAX_PAGE_SIZE}, got {limit}")
    return limit


def optional_str(value: object, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidParameterError(f"{name} must be a str or None, got {type(value).__name__}")
    return _text(_exact(value), name)


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


def not_text(items: object, name: str) -> None:
    """Refuse a str/bytes where an iterable of items is expected (it would iterate characters)."""
    if isinstance(items, str | bytes | bytearray | memoryview):
        raise InvalidParameterError(
            f"{name} must be an iterable of ids, not a single {type(items).__name__} (wrap one id in a list)"
        )


def id_list(ids: Iterable[object], name: str) -> list[str]:
    """The ids of a (sync) iterable, duplicates dropped, order kept; every one must be a str.

    A value that is not a str is a caller's bug and refuses the whole call before anything is
    sent; a str that is not a valid id fails only its own item (see :func:`path_id`).
    """
    not_text(ids, name)
    if not isinstance(ids, Iterable):
        raise InvalidParameterError(f"{name} must be an iterable of str, got {type(ids).__name__}")
    checked = [id_str(value, f"{name}[{index}]") for index, value in enumerate(ids)]
    return list(dict.fromkeys(checked))


def id_str(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidParameterError(f"{name} must be a str, got {type(value).__name__}")
    return _exact(value)
