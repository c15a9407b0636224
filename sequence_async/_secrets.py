"""Credentials that never show: a str whose repr is masked, and redaction of every echoed form.

A server may echo a credential back in any encoding its serializer chose (``\\u00e9``,
``\\"``, ``\\/``, ``&quot;``, ``%2F``...). :class:`Redactor` replaces the known encodings of
each credential, then decodes the text each usual way (backslash escapes, HTML entities,
percent-encoding) and, if a credential shows up in a decoded form, keeps the decoded text
with the credential replaced. Text that still reveals a credential after that is withheld.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import re
import urllib.parse
import weakref
from collections.abc import Callable, Iterable

REDACTED = "[REDACTED]"
WITHHELD = "[text withheld: it contains a credential]"
# The loggers a client's requests write to; a filter on each redacts every record.
REDACTED_LOGGERS = ("sequence_async", "httpx", "httpcore")


class Secret(str):
    """A credential: behaves as its str value everywhere except ``repr`` (frame locals, dict reprs)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


def secret(value: object) -> object:
    """``value`` as a :class:`Secret` if it is a str (anything else is left for validation)."""
    return Secret(value) if isinstance(value, str) and not isinstance(value, Secret) else value


def _encoded_forms(value: str) -> set[str]:
    """The encodings of ``value`` a JSON, HTML, URL or repr serializer may have produced."""
    forms = {value}
    for ensure_ascii in (True, False):
        escaped = json.dumps(value, ensure_ascii=ensure_ascii)[1:-1]
        forms.update({escaped, escaped.replace("/", "\\/")})
    forms.update({html.escape(value, quote=True), html.escape(value, quote=False)})
    forms.add(html.escape(value, quote=True).replace("&#x27;", "&#39;"))
    for safe in ("", "/"):
        forms.update({urllib.parse.quote(value, safe=safe), urllib.parse.quote_plus(value, safe=safe)})
    forms.add(repr(value)[1:-1])
    with contextlib.suppress(UnicodeEncodeError):  # a lone surrogate: refused before it is ever sent
        forms.add(repr(value.encode())[2:-1])
    return {form for form in forms if form}


_BACKSLASH = re.compile(
    r"(?:\\u[0-9a-fA-F]{4})+|(?:\\x[0-9a-fA-F]{2})+|\\U[0-9a-fA-F]{8}|\\[\"\\/bfnrt']",
)
_SIMPLE = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _backslash_unescape(text: str) -> str:
    """Undo JSON and Python-repr escapes (``\\uXXXX`` pairs, ``\\xNN`` UTF-8 runs, ``\\"``...)."""
    if "\\" not in text:
        return text

    def decode(match: re.Match[str]) -> str:
        token = match.group()
        kind = token[1]
        if kind == "u":
            units = bytes.fromhex("".join(token[i + 2 : i + 6] for i in range(0, len(token), 6)))
            return units.decode("utf-16-be", errors="replace")
        if kind == "x":
            return bytes.fromhex(token.replace("\\x", "")).decode("utf-8", errors="replace")
        if kind == "U":
            code = int(token[2:], 16)
            return chr(code) if code <= 0x10FFFF else token
        return _SIMPLE.get(kind, kind)

    return _BACKSLASH.sub(decode, text)


_DECODERS: tuple[Callable[[str], str], ...] = (
    _backslash_unescape,
    html.unescape,
    urllib.parse.unquote,
    urllib.parse.unquote_plus,
)


class Redactor:
    """Replaces every form of the given credentials in a text (see the module docstring)."""

    __slots__ = ("__weakref__", "_pattern", "_raw")

    def __init__(self, credentials: Iterable[str]) -> None:
        self._raw = tuple(sorted({Secret(c) for c in credentials if c}, key=len, reverse=True))
        forms: set[str] = set()
        for value in self._raw:
            forms.update(_encoded_forms(value))
        ordered = sorted(forms, key=len, reverse=True)  # longest first: "Basic xyz" before "xyz"
        # Case-insensitive: percent-encoding may use either case of hex digits (over-redaction is harmless).
        self._pattern = re.compile("|".join(map(re.escape, ordered)), re.IGNORECASE) if ordered else None

    def __repr__(self) -> str:
        return f"Redactor({len(self._raw)} credentials)"

    def reveals(self, text: str) -> bool:
        """Whether ``text`` contains a credential in plain form."""
        lowered = text.lower()
        return any(value.lower() in lowered for value in self._raw)

    def redact(self, text: str) -> str:
        """``text`` with every credential form replaced by ``[REDACTED]``."""
        if self._pattern is None:
            return text
        text = self._pattern.sub(REDACTED, text)
        for _ in range(3):
            decoded = self._decoded_revealing(text)
            if decoded is None:
                return text
            text = self._pattern.sub(REDACTED, decoded)
        return WITHHELD if self._decoded_revealing(text) is not None or self.reveals(text) else text

    def _decoded_revealing(self, text: str) -> str | None:
        """A decoding of ``text`` (up to three decoders composed: a URL-encoded value inside an
        HTML-escaped JSON string...) that shows a credential, if there is one."""
        frontier, seen = [text], {text}
        for _ in range(3):
            next_frontier = []
            for current in frontier:
                for decode in _DECODERS:
                    decoded = decode(current)
                    if decoded in seen:
                        continue
                    if self.reveals(decoded):
                        return decoded
                    seen.add(decoded)
                    next_frontier.append(decoded)
            frontier = next_frontier
        return None


# ------------------------------------------------------------------ log records

_live: weakref.WeakSet[Redactor] = weakref.WeakSet()


class _RedactingFilter(logging.Filter):
    """Rewrites a record's message (and exception text) when it shows a live client's credential."""

    def filter(self, record: logging.LogRecord) -> bool:
        redactors = list(_live)
        if not redactors:
            return True
        message = record.getMessage()
        cleaned = message
        for redactor in redactors:
            cleaned = redactor.redact(cleaned)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            text = logging.Formatter().formatException(record.exc_info)
            for redactor in redactors:
                text = redactor.redact(text)
            record.exc_text = text
        return True


_FILTER = _RedactingFilter()


def register(redactor: Redactor) -> None:
    """Redact ``redactor``'s credentials from the SDK's and httpx's log records while it lives."""
    _live.add(redactor)
    # A logger's filters see only records made on that logger, not on its children: attach the
    # filter to every existing logger under the prefixes (httpcore makes its loggers at import).
    names = [name for name in logging.root.manager.loggerDict if name.split(".")[0] in REDACTED_LOGGERS]
    for name in {*REDACTED_LOGGERS, *names}:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
