"""Credentials that never show: a str whose repr is masked, and redaction of every echoed form.

A server may echo a credential back in any encoding its serializer chose (``\\u00e9``,
``\\"``, ``\\/``, ``&quot;``, ``%2F``...). :class:`Redactor` replaces the known encodings of
each credential, then decodes the text each usual way (backslash escapes, HTML entities,
percent-encoding) and, if a credential shows up in a decoded form, keeps the decoded text
with the credential replaced. Text that still reveals a credential after that is withheld.
"""

from __future__ import annotations

import base64
import contextlib
import html
import json
import logging
import re
import urllib.parse
import weakref
from collections.abc import Callable, Iterable

REDACTED = "[REDACTED]"
# Bounds that keep redaction cheap on hostile input (measured: a 64 KiB body of mixed escapes
# redacts in ~40 ms at the decode budget; the 4 MB body that stalled the loop for 9 s is cut first).
MAX_TEXT = 65536
MAX_FIELD = 4096  # an error's type and message, a header's value: shown up to this, cut after
MAX_DEPTH = 6
MAX_DECODES = 64
# Characters decoded per redaction at most: a 64 KiB text full of nested escapes took ~540 ms
# when each of six rounds had its own 64 decodings; one budget of 1 MiB keeps it near ~50 ms.
MAX_DECODED = 1 << 20
WITHHELD = "[text withheld: it contains a credential]"
# The loggers a client's requests write to; a filter on each redacts every record.
REDACTED_LOGGERS = ("sequence_async", "httpx", "httpcore")
# Loggers httpcore makes only when it first uses them (an aiohttp client never imports them
# early): made here so that they carry the filter too.
_LATER_LOGGERS = ("httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy", "httpcore.socks")


class Secret(str):
    """A credential: behaves as its str value everywhere except ``repr`` (frame locals, dict reprs)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


class Masked:
    """A credential of the wrong type (bytes...): kept only for its type's name, shown as ``***``."""

    __slots__ = ("type_name",)

    def __init__(self, value: object) -> None:
        self.type_name = type(value).__name__

    def __repr__(self) -> str:
        return "'***'"


def secret(value: object) -> object:
    """``value`` masked for frame locals: a str as :class:`Secret`, another type as :class:`Masked`."""
    if value is None or isinstance(value, Secret | Masked):
        return value
    return Secret(value) if isinstance(value, str) else Masked(value)


def redact_live(text: str) -> str:
    """``text`` with the credentials of every live client redacted (for reprs of server data)."""
    for redactor in list(_live):
        text = redactor.redact(text)
    return text


def mask_if_revealing(value: str) -> str:
    """``value`` as a :class:`Secret` (masked repr) if it shows a live client's credential."""
    if any(redactor.reveals(value) for redactor in list(_live)):
        return Secret(value)
    return value


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
    forms.update(_misdecoded_forms(value))
    with contextlib.suppress(UnicodeEncodeError):
        raw = value.encode()
        standard = base64.b64encode(raw).decode()
        urlsafe = base64.urlsafe_b64encode(raw).decode()
        forms.update({standard, standard.rstrip("="), urlsafe, urlsafe.rstrip("="), raw.hex()})
    return {form for form in forms if form}


def _misdecoded_forms(value: str) -> set[str]:
    """``value`` as a client shows it after reading its bytes in the wrong encoding: UTF-8 read as
    latin-1 or cp1252 (httpx reads headers as latin-1 when one is not UTF-8; a body may declare the
    wrong charset), latin-1 read as UTF-8 with surrogate escapes (aiohttp's headers), UTF-16 read
    as UTF-8 (a body without its charset)."""
    forms = set()
    attempts = (
        ("utf-8", "latin-1", "strict"),
        ("utf-8", "cp1252", "strict"),
        ("latin-1", "utf-8", "surrogateescape"),
        ("utf-16-le", "utf-8", "replace"),
        ("utf-16-be", "utf-8", "replace"),
    )
    for sent, read, errors in attempts:
        with contextlib.suppress(UnicodeError):
            forms.add(value.encode(sent).decode(read, errors))
    return forms


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


def _unquote_latin1(text: str) -> str:
    return urllib.parse.unquote(text, encoding="latin-1")


# Every decoder below needs one of these characters to change a text: without them, no decoding can show more.
_ESCAPE_CHARACTERS = frozenset("\\&%+")

_DECODERS: tuple[Callable[[str], str], ...] = (
    _backslash_unescape,
    html.unescape,
    urllib.parse.unquote,
    urllib.parse.unquote_plus,
    _unquote_latin1,
)


class _Literals:
    """Finds any of some strings in a text, ignoring letter case.

    ``re.IGNORECASE`` makes an alternation of literals ~10 times slower (13 us against 1 us on
    a 100-character URL, 9 ms against 1 ms on 64 KiB): a text whose lowercase form keeps every
    character's position (all but a few, such as "İ") is searched lowercased with a
    case-sensitive pattern instead, any other text with the slow one.
    """

    __slots__ = ("_folded", "_lower")

    def __init__(self, literals: Iterable[str]) -> None:
        ordered = sorted(set(literals), key=len, reverse=True)  # longest first: "Basic xyz" before "xyz"
        lowered = sorted({literal.lower() for literal in ordered}, key=len, reverse=True)
        self._lower = re.compile("|".join(map(re.escape, lowered))) if lowered else None
        self._folded = re.compile("|".join(map(re.escape, ordered)), re.IGNORECASE) if ordered else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the literals are, leftmost first, not overlapping."""
        if self._lower is None or self._folded is None:
            return []
        lowered = text.lower()
        pattern, searched = (self._lower, lowered) if len(lowered) == len(text) else (self._folded, text)
        return [match.span() for match in pattern.finditer(searched)]


def _replaced(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each span (sorted; overlaps merged) replaced by ``[REDACTED]``."""
    out, position = [], 0
    for start, end in sorted(spans):
        if end <= position:
            continue
        out.append(text[position : max(start, position)])
        out.append(REDACTED)
        position = end
    if not out:
        return text
    out.append(text[position:])
    return "".join(out)


def piece_length(credential: str) -> int:
    """The shortest run of a credential's characters that is redacted where it appears alone: a
    third of it, at least 8 characters (a server echoing a prefix, a suffix, a truncated header)."""
    return min(len(credential), max(8, len(credential) // 3))


class _Pieces:
    """Redacts any run of a credential's consecutive characters at least :func:`piece_length` long."""

    __slots__ = ("_credentials", "_windows")

    def __init__(self, credentials: Iterable[str]) -> None:
        self._credentials = [(value.casefold(), piece_length(value)) for value in credentials]
        # A run of at least 2k-1 characters contains a whole k-window that starts at a multiple of
        # k: searching for those few windows (then growing each match) finds every run of
        # piece_length characters, at a fraction of the cost of searching for every window.
        windows: set[str] = set()
        for value, piece in self._credentials:
            step = (piece + 1) // 2
            windows.update(value[start : start + step] for start in range(0, len(value) - step + 1, step))
        self._windows = _Literals(windows)

    def redact(self, text: str) -> str:
        return _replaced(text, self._runs(text))

    def shows(self, text: str) -> bool:
        """Whether ``text`` holds a run of a credential :meth:`redact` would replace."""
        return bool(self._runs(text))

    def _runs(self, text: str) -> list[tuple[int, int]]:
        return [span for found in self._windows.spans(text) if (span := self._widest(text, *found))]

    def _widest(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The match grown over every neighbouring character that continues a credential, if that
        makes a run of at least its piece length (else None: text sharing a few characters)."""
        found = text[start:end].casefold()
        widest = None
        for value, piece in self._credentials:
            offset = value.find(found)
            while offset != -1:
                left, right = start, end
                while (
                    left > 0
                    and left - start + offset > 0
                    and text[left - 1].casefold() == value[left - start + offset - 1]
                ):
                    left -= 1
                while (
                    right < len(text)
                    and right - start + offset < len(value)
                    and text[right].casefold() == value[right - start + offset]
                ):
                    right += 1
                if right - left >= piece and (widest is None or right - left > widest[1] - widest[0]):
                    widest = (left, right)
                offset = value.find(found, offset + 1)
        return widest


class Redactor:
    """Replaces every form of the given credentials in a text (see the module docstring)."""

    __slots__ = ("__weakref__", "_forms", "_pieces", "_raw", "_reach")

    def __init__(self, credentials: Iterable[str]) -> None:
        self._raw = tuple(sorted({Secret(c) for c in credentials if c}, key=len, reverse=True))
        forms: set[str] = set()
        for value in self._raw:
            forms.update(_encoded_forms(value))
        # Case-insensitive: percent-encoding may use either case of hex digits (over-redaction is harmless).
        self._forms = _Literals(forms)
        # How far past a cut a credential that starts before it can reach, in any form or nested
        # escape (~10 characters per character at most: "&#x25;41" for a percent-escaped "A").
        self._reach = 12 * max((len(value) for value in self._raw), default=0) + max(map(len, forms), default=0)
        self._pieces = _Pieces(value for value in self._raw if not value.startswith("Basic "))

    def __repr__(self) -> str:
        return f"Redactor({len(self._raw)} credentials)"

    def reveals(self, text: str) -> bool:
        """Whether ``text`` contains a credential in plain form (in any letter case)."""
        folded = text.casefold()
        return any(value.casefold() in folded for value in self._raw)

    def redact(self, text: str, limit: int = MAX_TEXT) -> str:
        """``text`` with every credential form replaced by ``[REDACTED]``.

        A text longer than ``limit`` (:data:`MAX_TEXT`) is cut: redaction stays bounded (a hostile megabyte
        of escapes must not stall the event loop) and errors do not hold huge bodies. The cut is
        made after redacting a little more than is kept, so a credential across it is replaced
        whole, never shown in part.
        """
        if not self._raw:
            return text
        if len(text) > limit:
            kept = self._redacted(text[: limit + self._reach])[:limit]
            return kept + f"... [{len(text) - limit} more characters cut]"
        return self._redacted(text)

    def _sub(self, text: str) -> str:
        return self._pieces.redact(_replaced(text, self._forms.spans(text)))

    def _redacted(self, text: str) -> str:
        text = self._sub(text)
        budget = [MAX_DECODES, MAX_DECODED]  # decodings and characters decoded, for all rounds together
        for _ in range(MAX_DEPTH):
            found = self._decoded_revealing(text, budget)
            if found is None or found is WITHHELD:
                return text if found is None else WITHHELD
            text = self._sub(found)
        return WITHHELD

    def _shows(self, text: str) -> bool:
        return self.reveals(text) or self._pieces.shows(text)

    def _decoded_revealing(self, text: str, budget: list[int]) -> str | None:
        """A decoding of ``text`` that shows a credential (whole, or a run :class:`_Pieces`
        replaces), if there is one; ``WITHHELD`` when the search ran out of budget.

        Searches compositions of the decoders (a URL-encoded value inside an HTML-escaped JSON
        string...) up to :data:`MAX_DEPTH` deep, breadth first, skipping decoders that change
        nothing, within ``budget`` (:data:`MAX_DECODES` decodings and :data:`MAX_DECODED`
        characters per redaction, so that a hostile text costs tens of milliseconds, not
        seconds): past that the text is withheld.
        """
        frontier, seen = [text], {text}
        if self.reveals(text):  # a form no pattern matched (full case folding: ß/SS, ﬁ/FI...)
            return WITHHELD
        if _ESCAPE_CHARACTERS.isdisjoint(text):  # the usual URL or message: ~4 us saved per redaction
            return None
        for _ in range(MAX_DEPTH):
            next_frontier = []
            for current in frontier:
                for decode in _DECODERS:
                    budget[0] -= 1
                    budget[1] -= len(current)
                    if budget[0] < 0 or budget[1] < 0:
                        return WITHHELD
                    decoded = decode(current)
                    if decoded in seen:
                        continue
                    if self._shows(decoded):
                        return decoded
                    seen.add(decoded)
                    next_frontier.append(decoded)
            frontier = next_frontier
            if not frontier:
                return None
        return WITHHELD if frontier else None


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
    for name in {*REDACTED_LOGGERS, *_LATER_LOGGERS, *names}:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
