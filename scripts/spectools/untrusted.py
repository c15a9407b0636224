"""Defences against a hostile upstream: small pure checks, each bounded and iterative (no recursion).

- :func:`parse_untrusted`: JSON or YAML into a mapping within a size, depth, node and alias budget;
- :func:`extract_fenced_yaml`: the fenced ``yaml`` blocks of a page, in linear time;
- :func:`check_refs`: local ``$ref`` only, each resolving, and no reference cycle; run it before any
  validator, which would follow ``file:`` and ``http:`` references;
- :func:`check_names`: operationIds and schema names that the generator turns into distinct files;
- :func:`sanitise_text` / :func:`sanitise_doc`: upstream prose made inert for the docs site and the
  generated docstrings;
- :func:`deadline`: a time limit for a whole run; :func:`one_line`: every message one bounded line.

Every refusal is an :class:`~spectools.errors.UntrustedError` whose message is one line starting
with what was checked (``what``).
"""

from __future__ import annotations

import bisect
import json
import re
import reprlib
import signal
import threading
import time
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import FrameType
from typing import Any, Literal, TypeAlias

import yaml

from spectools.document import HTTP_METHODS, SCHEMA_REF
from spectools.errors import UntrustedError

MAX_SCHEMA_BYTES = 32_000_000  # the official schema file is 2.2 MB
MAX_DEPTH = 100  # nesting of mappings and lists; the official schema nests 18 deep
MAX_NODES = 5_000_000  # values in one document; the official schema has about 50,000
MAX_ALIASES = 0  # YAML anchors and aliases: upstream documents use none
MAX_NAME = 100  # characters of an operationId or a schema name
MAX_MODULE_BYTES = 200  # a generated module's file name, well under the usual 255-byte limit
MESSAGE_LIMIT = 300
FIELD_PREFIX = "field_"  # openapi-python-client's default prefix; openapi/generator.yaml keeps it

OPERATION_ID = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
SCHEMA_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*")
PROSE_KEYS = frozenset({"description", "summary", "title"})

_Trail: TypeAlias = "tuple[str | int, _Trail] | None"  # a path as (last key, parent path): O(1) per node
_MISSING = object()
_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 80
_YAML_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "map", "seq"))


class _Refused(Exception):
    """A reason to refuse found deep inside a parser; turned into an :class:`UntrustedError`."""


def one_line(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """``text`` as one line of at most ``limit`` characters: control, format and separator characters
    (newlines included) collapse to single spaces, and a longer text ends with ``…``."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    head = text[: 4 * limit]  # bounded work: a message never needs more of a huge text
    flat = " ".join("".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in head).split())
    if len(text) > len(head) or len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat


def _refuse(what: str, reason: str) -> UntrustedError:
    return UntrustedError(one_line(f"{what}: {reason}"))


def _show(value: object) -> str:
    """A short, bounded rendering of an upstream value for a message."""
    return one_line(_REPR.repr(value), 100)


# --------------------------------------------------------------------------- parsing


def parse_untrusted(
    data: bytes | str,
    *,
    fmt: Literal["json", "yaml"],
    what: str,
    max_bytes: int = MAX_SCHEMA_BYTES,
    max_depth: int = MAX_DEPTH,
    max_nodes: int = MAX_NODES,
    max_aliases: int = MAX_ALIASES,
) -> dict[str, Any]:
    """The mapping ``data`` holds, refused (:class:`UntrustedError`) when it is larger than
    ``max_bytes``, not UTF-8, not valid ``fmt``, repeats a key, nests deeper than ``max_depth``,
    has more than ``max_nodes`` values, more than ``max_aliases`` YAML anchors and aliases, a YAML tag
    other than the plain types, or a string that is not valid Unicode."""
    if fmt not in ("json", "yaml"):
        raise ValueError(f"fmt must be 'json' or 'yaml', not {fmt!r}")
    text = _decode(data, what, max_bytes)
    try:
        doc = _load_json(text, what) if fmt == "json" else _load_yaml(text, what, max_depth, max_aliases)
    except RecursionError:  # json's C parser recurses per level; caught here, whatever the depth
        raise _refuse(what, f"nested more than {max_depth} levels deep") from None
    if not isinstance(doc, dict):
        raise _refuse(what, f"not a mapping at the top level but {type(doc).__name__}")
    check_bounded(doc, what, max_depth=max_depth, max_nodes=max_nodes)
    return doc


def _decode(data: bytes | str, what: str, max_bytes: int) -> str:
    if len(data) > max_bytes:  # a str has at least as many bytes as characters: refuse before encoding
        raise _refuse(what, f"larger than {max_bytes:,} bytes")
    if isinstance(data, str):
        if len(data.encode("utf-8", "surrogatepass")) > max_bytes:
            raise _refuse(what, f"larger than {max_bytes:,} bytes")
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(what, f"not UTF-8 ({exc.reason} at byte {exc.start})") from None


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refused when it repeats a key (parsers disagree on which one wins)."""
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(f"the key {_show(key)} is repeated in one object")
            seen.add(key)
    return mapping


def _no_constant(name: str) -> Any:
    raise _Refused(f"{name} is not JSON")


def _load_json(text: str, what: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_unique_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise _refuse(what, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except _Refused as exc:
        raise _refuse(what, str(exc)) from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise _refuse(what, f"not valid JSON: {exc}") from None


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader on a budget: anchors and aliases (an alias bomb expands exponentially),
    nesting (composition recurses), explicit tags other than the plain types, repeated keys."""

    def __init__(self, stream: str, max_depth: int, max_aliases: int) -> None:
        super().__init__(stream)
        self.max_depth, self.max_aliases = max_depth, max_aliases
        self.depth = self.aliases = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped in types-PyYAML
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            self.aliases += 1
            if self.aliases > self.max_aliases:
                raise _Refused(f"YAML anchor or alias at line {line} (at most {self.max_aliases} allowed)")
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in _YAML_TAGS:
            raise _Refused(f"YAML tag {_show(tag)} at line {line} is not allowed")
        nested = isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent)
        self.depth += nested
        try:
            if self.depth > self.max_depth:
                raise _Refused(f"nested more than {self.max_depth} levels deep (line {line})")
            return super().compose_node(parent, index)
        finally:
            self.depth -= nested

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        if len(mapping) != len(node.value):
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node)  # already constructed: cached
                if key in seen:
                    raise _Refused(
                        f"the key {_show(key)} is repeated in one mapping (line {key_node.start_mark.line + 1})"
                    )
                seen.add(key)
        return mapping


def _load_yaml(text: str, what: str, max_depth: int, max_aliases: int) -> Any:
    loader = None
    try:
        loader = _Loader(text, max_depth, max_aliases)  # its reader already refuses some characters
        return loader.get_single_data()
    except _Refused as exc:
        raise _refuse(what, str(exc)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise _refuse(what, f"not valid YAML: {exc.problem or exc.context}{where}") from None
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: e.g. a timestamp with month 13
        raise _refuse(what, f"not valid YAML: {exc}") from None
    finally:
        if loader is not None:
            loader.dispose()


def check_bounded(node: Any, what: str, *, max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES) -> None:
    """Refuse a tree nesting more than ``max_depth`` mappings and lists, holding more than ``max_nodes``
    values, or a string that is not valid Unicode (a lone surrogate: writing it as UTF-8 fails)."""
    stack: list[tuple[Any, int]] = [(node, 1)]
    count = 0
    while stack:
        current, depth = stack.pop()
        count += 1
        if count > max_nodes:
            raise _refuse(what, f"more than {max_nodes:,} values")
        if isinstance(current, dict | list):
            if depth > max_depth:
                raise _refuse(what, f"nested more than {max_depth} levels deep")
            values = current.values() if isinstance(current, dict) else current
            stack.extend((value, depth + 1) for value in values)
            if isinstance(current, dict):
                for key in current:
                    _check_unicode(key, what)
        else:
            _check_unicode(current, what)


def _check_unicode(value: object, what: str) -> None:
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _refuse(what, f"the string {_show(value)} is not valid Unicode (a lone surrogate)") from None


# --------------------------------------------------------------------------- fenced blocks

_OPENER = re.compile(r"(`{3,})yaml\b")
_CLOSER = re.compile(r"(`{3,})\s*")


def extract_fenced_yaml(text: str) -> list[str]:
    """The bodies of the fenced ``yaml`` blocks of ``text``, in linear time.

    A block opens with a line of three or more backticks, ``yaml`` and anything else, and closes at
    the next line of exactly as many backticks and optional whitespace. An opener without a closer
    opens nothing: the lines after it are searched on. This is what ``FENCE.finditer`` found (the
    regex of the documentation-page import), which took quadratic time on openers without closers.
    """
    lines = text.split("\n")  # the regex's ^ and $ know only \n
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    closers: dict[int, list[int]] = {}  # backtick count -> the indexes of lines that close it
    for index, line in enumerate(lines):
        closer = _CLOSER.fullmatch(line)
        if closer:
            closers.setdefault(len(closer.group(1)), []).append(index)
    bodies: list[str] = []
    index = 0
    while index < len(lines) - 1:  # the last line has no newline after it: it cannot open a block
        opener = _OPENER.match(lines[index])
        candidates = closers.get(len(opener.group(1)), []) if opener else []
        at = bisect.bisect_right(candidates, index)
        if at < len(candidates):
            bodies.append(text[starts[index + 1] : starts[candidates[at]]])
            index = candidates[at] + 1
        else:
            index += 1
    return bodies


# --------------------------------------------------------------------------- references


def _pointer(trail: _Trail) -> str:
    """The JSON pointer of a path (for messages)."""
    parts: list[str] = []
    while trail is not None:
        key, trail = trail
        parts.append(str(key).replace("~", "~0").replace("/", "~1"))
    return "#/" + "/".join(reversed(parts))


_INDEX = re.compile(r"0|[1-9][0-9]{0,9}")
_BAD_ESCAPE = re.compile(r"~(?![01])")


def _follow(doc: Any, ref: str) -> Any:
    """The value a local ``$ref`` (``#/...``, a JSON pointer) points to, or ``_MISSING``."""
    target = doc
    for token in ref[2:].split("/"):
        if _BAD_ESCAPE.search(token):
            return _MISSING
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(target, dict) and token in target:
            target = target[token]
        elif isinstance(target, list) and _INDEX.fullmatch(token) and int(token) < len(target):
            target = target[int(token)]
        else:
            return _MISSING
    return target


def _ref_targets(doc: Any, what: str) -> dict[int, tuple[str, Any]]:
    """``id`` of every mapping with a ``$ref`` -> (the reference, its target); refuses a reference that
    is not local (a URL, a file, another document), is percent-encoded, or does not resolve."""
    found: dict[int, tuple[str, Any]] = {}
    stack: list[tuple[Any, _Trail]] = [(doc, None)]
    while stack:
        node, trail = stack.pop()
        if isinstance(node, list):
            stack.extend((value, (index, trail)) for index, value in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        if "$ref" in node:
            ref = node["$ref"]
            where = _pointer(trail)
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise _refuse(what, f"$ref {_show(ref)} at {where} is not local: only #/... references are allowed")
            if "%" in ref:  # resolvers disagree on percent-decoding: refuse rather than guess
                raise _refuse(what, f"$ref {_show(ref)} at {where} is percent-encoded")
            target = _follow(doc, ref)
            if target is _MISSING:
                raise _refuse(what, f"$ref {_show(ref)} at {where} does not resolve")
            found[id(node)] = (ref, target)
        stack.extend((value, (str(key), trail)) for key, value in node.items())
    return found


def _successors(node: Any, targets: dict[int, tuple[str, Any]]) -> Iterator[tuple[Any, str | None]]:
    """The mappings and lists ``node`` leads to: its reference's target (with the reference), then its values."""
    held = targets.get(id(node))
    if held is not None and isinstance(held[1], dict | list):
        yield held[1], held[0]
    for value in node.values() if isinstance(node, dict) else node:
        if isinstance(value, dict | list):
            yield value, None


def _find_cycle(doc: Any, targets: dict[int, tuple[str, Any]]) -> list[str] | None:
    """The references of a cycle (containment plus references), or ``None``; an iterative depth-first
    search, so a cycle is found whatever its length: following it would expand without end."""
    done: set[int] = set()
    on_path: dict[int, int] = {id(doc): 0}
    stack: list[tuple[Any, Iterator[tuple[Any, str | None]], str | None]] = [(doc, _successors(doc, targets), None)]
    while stack:
        node, successors, _ = stack[-1]
        for child, via in successors:
            if id(child) in on_path:
                entered = [frame[2] for frame in stack[on_path[id(child)] + 1 :]]
                return [ref for ref in (*entered, via) if ref is not None]
            if id(child) not in done:
                on_path[id(child)] = len(stack)
                stack.append((child, _successors(child, targets), via))
                break
        else:
            stack.pop()
            del on_path[id(node)]
            done.add(id(node))
    return None


def _cycle_text(refs: list[str]) -> str:
    if not refs:
        return "(a value that contains itself)"
    names = [one_line(ref.removeprefix(SCHEMA_REF), 60) for ref in refs]
    names = [names[-1], *names]  # from where the cycle closes, back to it
    if len(names) > 7:
        names = [*names[:3], f"… {len(refs) - 4} more …", *names[-2:]]
    return " -> ".join(names)


def check_refs(doc: Mapping[str, Any], what: str) -> None:
    """Refuse a ``$ref`` that is not a local ``#/...`` JSON pointer, one that does not resolve, and a
    reference cycle (e.g. a schema reaching itself through ``$ref`` s). Run it before any validator."""
    targets = _ref_targets(doc, what)
    cycle = _find_cycle(doc, targets)
    if cycle is not None:
        raise _refuse(what, f"$ref cycle {_cycle_text(cycle)}: a schema must not reach itself through $ref")


# --------------------------------------------------------------------------- names


def _mapping(value: Any, what: str, where: str) -> dict[Any, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _refuse(what, f"{where} is not a mapping")
    return value


def _fold(name: str) -> str:
    """What a case-insensitive file system (and Python's NFKC identifiers) make of a name."""
    return unicodedata.normalize("NFKC", name).casefold()


def _operations(doc: Mapping[str, Any], what: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(label, operation)`` of every operation, refusing paths, path items or operations that are
    not mappings (the later walkers would crash on them)."""
    for path, item in _mapping(doc.get("paths"), what, "paths").items():
        item = _mapping(item, what, f"path {_show(path)}")
        for method in HTTP_METHODS:
            if method in item:
                label = f"{method.upper()} {one_line(str(path), 80)}"
                yield label, _mapping(item[method], what, label)


def _check_operation_ids(doc: Mapping[str, Any], what: str) -> None:
    # openapi-python-client is imported here, not at the top: it loads pydantic and jinja, which the
    # fetcher (which imports this module for one_line) never needs.
    from openapi_python_client.strings import PythonIdentifier

    seen: dict[str, tuple[str, str]] = {}  # folded module name -> (operationId, label)
    for label, op in _operations(doc, what):
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not op_id:
            raise _refuse(what, f"{label} has no operationId")
        if len(op_id) > MAX_NAME:
            raise _refuse(what, f"operationId {_show(op_id)} ({label}) is longer than {MAX_NAME} characters")
        if not OPERATION_ID.fullmatch(op_id):
            raise _refuse(what, f"operationId {_show(op_id)} ({label}) is not a name like getCustomers")
        # the generator names the endpoint PythonIdentifier(operationId), its file PythonIdentifier(that)
        module = PythonIdentifier(PythonIdentifier(op_id, FIELD_PREFIX), FIELD_PREFIX)
        if _fold(module) in seen:
            other, other_label = seen[_fold(module)]
            raise _refuse(
                what, f"operationIds {other!r} ({other_label}) and {op_id!r} ({label}) both generate {module}.py"
            )
        seen[_fold(module)] = (op_id, label)


def _check_schema_names(doc: Mapping[str, Any], what: str) -> None:
    from openapi_python_client.strings import ClassName, PythonIdentifier  # see _check_operation_ids

    components = _mapping(doc.get("components"), what, "components")
    classes: dict[str, str] = {}  # class name -> schema name
    modules: dict[str, str] = {}  # folded module name -> schema name
    for name, schema in _mapping(components.get("schemas"), what, "components.schemas").items():
        if not isinstance(name, str) or len(name) > MAX_NAME or not SCHEMA_NAME.fullmatch(name):
            raise _refuse(what, f"schema name {_show(name)}: at most {MAX_NAME} letters, digits, '_', '.', '-'")
        title = schema.get("title") if isinstance(schema, dict) else None
        # Class.from_string: a component's class is named after its title, else its name, after the last "/"
        source = title if isinstance(title, str) and title else name
        class_name = ClassName(source.rsplit("/", 1)[-1], FIELD_PREFIX)
        module = PythonIdentifier(class_name, FIELD_PREFIX)
        if len(module.encode("utf-8")) > MAX_MODULE_BYTES:
            raise _refuse(what, f"schema {name!r} would generate a file name longer than {MAX_MODULE_BYTES} bytes")
        # Python reads identifiers NFKC-normalised; a file system may also ignore case
        class_key, module_key = unicodedata.normalize("NFKC", class_name), _fold(f"{module}.py")
        for kind, made, key, taken in (
            ("class", class_name, class_key, classes),
            ("module", f"{module}.py", module_key, modules),
        ):
            if key in taken:
                raise _refuse(what, f"schemas {taken[key]!r} and {name!r} both generate the {kind} {made}")
            taken[key] = name


def check_names(doc: Mapping[str, Any], what: str) -> None:
    """Refuse names the generator cannot turn into distinct files: an operation without an operationId,
    an operationId longer than :data:`MAX_NAME` or not matching :data:`OPERATION_ID`, a schema name
    longer than :data:`MAX_NAME` or not matching :data:`SCHEMA_NAME`, and two operations (or schemas)
    whose generated module, or class, names are equal ignoring case (file systems may ignore it)."""
    _check_operation_ids(doc, what)
    _check_schema_names(doc, what)
    _check_identifiers(doc, what)


# Property and parameter names and enum values become Python names, Markdown in the spec report,
# the pull request body and the CHANGELOG: no line breaks, control characters or backticks.
_BAD_IDENTIFIER = re.compile(r"[\x00-\x1f\x7f`\u2028\u2029]")


def _check_identifiers(doc: Mapping[str, Any], what: str) -> None:
    stack: list[Any] = [doc.get("paths"), doc.get("components")]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        names = [k for k in node.get("properties") or {} if isinstance(node.get("properties"), dict)]
        if isinstance(node.get("name"), str) and "in" in node:
            names.append(node["name"])
        values = [v for v in node.get("enum") or [] if isinstance(v, str)] if isinstance(node.get("enum"), list) else []
        for name, limit in [*((n, 200) for n in names), *((v, 10_000) for v in values)]:  # upstream: 1,381
            if not isinstance(name, str) or len(name) > limit or _BAD_IDENTIFIER.search(name):
                raise _refuse(what, f"a property, parameter or enum value that cannot be a name: {_show(name)}")
        stack.extend(v for k, v in node.items() if k not in ("example", "examples", "default"))


# --------------------------------------------------------------------------- prose

_LINE_BREAKS = re.compile("\r\n?|[\x85\u2028\u2029]")
# Other control characters, bidirectional overrides (which make source read differently from what
# it is) and lone surrogates (which cannot be written as UTF-8).
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_BARE_AMPERSAND = re.compile(r"&(?!(?:lt|gt|amp|#58);)")
# A Sphinx field line (`:raises: x`, `:param name: x`): griffe would read it as the docstring's own.
_FIELD = re.compile(r"^([ \t]*):(?=\w[\w .-]*:)", re.M)
# A Sphinx role (:name:`x`, :domain:name:`x`) and any word characters and colons glued before it.
_ROLE = re.compile(r"(?<![\w.+:-])[\w.+:-]*:[\w.+-]+:(?=`)")
_SCRIPT_SCHEME = re.compile(r"(?:j[\t\n ]*a[\t\n ]*v[\t\n ]*a|v[\t\n ]*b)[\t\n ]*" + r"[\t\n ]*".join("script:"), re.I)
_DIRECTIVE = re.compile(r"(?<![\\:]):{3,}")


def sanitise_text(text: str) -> str:
    """Upstream prose (a description, summary or title) made inert for the docs site and docstrings.

    Line breaks become ``\\n``; other control characters, bidirectional overrides and lone surrogates
    go; ``&``, ``<`` and ``>`` become entities (no raw HTML, no ``--8<--`` snippet); a Sphinx role
    keeps its backticked text only; ``javascript:``/``vbscript:`` become ``javascript-:``; a run of
    three or more colons (a ``:::`` mkdocstrings directive) gets a backslash before it. Idempotent:
    ``&lt;``, ``&gt;`` and ``&amp;`` are kept as they are, so a second pass changes nothing.
    """
    text = _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))
    text = _BARE_AMPERSAND.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = _ROLE.sub("", text)
    text = _FIELD.sub(lambda m: m.group(1) + "&#58;", text)
    text = _SCRIPT_SCHEME.sub(lambda m: m.group(0)[:-1] + "-:", text)
    return _DIRECTIVE.sub(lambda m: "\\" + m.group(0), text)


def sanitise_doc(doc: Any) -> None:
    """Apply :func:`sanitise_text` in place to every string under a ``description``, ``summary`` or
    ``title`` key anywhere in ``doc`` (iteratively)."""
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in PROSE_KEYS and isinstance(value, str):
                    node[key] = sanitise_text(value)
                elif isinstance(value, dict | list):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(value for value in node if isinstance(value, dict | list))


# --------------------------------------------------------------------------- time


@contextmanager
def deadline(seconds: float, what: str = "the run") -> Iterator[None]:
    """Raise :class:`UntrustedError` in the main thread when the block runs longer than ``seconds``
    (``SIGALRM``); the previous handler and timer (e.g. pytest-timeout's) are restored on exit."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("deadline() works in the main thread only (signals are delivered there)")
    if seconds <= 0:
        raise ValueError("seconds must be > 0")

    def expired(signum: int, frame: FrameType | None) -> None:
        raise UntrustedError(one_line(f"{what} exceeded its deadline of {seconds:g} s"))

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expired)
    outer, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)  # None: set outside Python
        if outer > 0:  # an enclosing timer keeps its time; one that expired meanwhile fires at once
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 1e-6), interval)
