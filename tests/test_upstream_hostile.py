"""The spec watch's defences against a hostile upstream (scripts/spectools/untrusted.py, fetch.py, backup.py).

Each test is a regression of an attack the adversarial review found: non-local or cyclic ``$ref``,
operationIds and schema names that collide in the generated package, unbounded parsing (alias
bombs, deep nesting, a quadratic fence regex), multi-line errors echoing the document, redirects
to another origin, SIGTERM leaving a half-written tree, a run without a deadline, and upstream
prose reaching the docs site and the generated docstrings raw.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import select
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import jinja2
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_python_client import TEMPLATE_FILTERS
from openapi_python_client.strings import PythonIdentifier
from spectools.backup import Backup, terminate_as_exit
from spectools.errors import SpecError, UntrustedError, UpdateError
from spectools.fetch import MAX_BYTES, MAX_REDIRECTS, Fetcher, FetchError
from spectools.untrusted import (
    FIELD_PREFIX,
    MAX_DEPTH,
    MESSAGE_LIMIT,
    check_bounded,
    check_names,
    check_refs,
    deadline,
    extract_fenced_yaml,
    one_line,
    parse_untrusted,
    sanitise_doc,
    sanitise_text,
)

ROOT = Path(__file__).resolve().parents[1]
# The documentation-page import's regex (scripts/spectools/import_sources.py), kept here as the
# reference extract_fenced_yaml must agree with.
OLD_FENCE = re.compile(r"^(?P<fence>`{3,})yaml\b[^\n]*\n(?P<body>.*?)^(?P=fence)\s*$", re.S | re.M)
# The docs site's role rewriter (scripts/docs_roles.py): what it would act on.
DOCS_ROLE = re.compile(r":(?:py:)?(\w+):`([^`]*)`")
BOUND = 30.0  # seconds: every wait on a subprocess or a pipe


def assert_one_line(exc: BaseException) -> None:
    message = str(exc)
    assert len(message.splitlines()) == 1
    assert len(message) <= MESSAGE_LIMIT


def refused(call: Any, *args: Any, match: str, **kwargs: Any) -> UntrustedError:
    with pytest.raises(UntrustedError, match=match) as info:
        call(*args, **kwargs)
    assert_one_line(info.value)
    return info.value


def spec(schemas: dict[str, Any] | None = None, **operations: dict[str, Any]) -> dict[str, Any]:
    """A document with one path per operation (``/<name>``, GET) and the given component schemas."""
    paths = {
        f"/{name}": {"get": {"responses": {"200": {"description": "ok"}}, **op}} for name, op in operations.items()
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


# --------------------------------------------------------------------------- 4. one line


def test_one_line_collapses_control_characters_and_truncates() -> None:
    assert one_line("a\nb\r\n\tc\x00d\u2028e\x1b[31m  f") == "a b c d e [31m f"
    long = one_line("x" * 10_000, limit=50)
    assert len(long) == 50
    assert long.endswith("…")
    assert one_line("short") == "short"
    with pytest.raises(ValueError, match="limit"):
        one_line("x", limit=0)


@given(text=st.text(st.characters(exclude_categories=())), limit=st.integers(1, 400))
@settings(max_examples=300, deadline=None)
def test_one_line_is_one_bounded_line_for_any_text(text: str, limit: int) -> None:
    result = one_line(text, limit)
    assert "\n" not in result
    assert len(result.splitlines()) <= 1
    assert len(result) <= limit


# --------------------------------------------------------------------------- 3. bounded parsing


def test_a_document_over_the_size_cap_is_refused() -> None:
    refused(parse_untrusted, b'{"a": "' + b"x" * 100 + b'"}', fmt="json", what="schema", max_bytes=50, match="larger")
    refused(parse_untrusted, "a: " + "é" * 30, fmt="yaml", what="page", max_bytes=50, match="larger than 50 bytes")


def test_non_utf8_and_invalid_documents_are_one_line_errors() -> None:
    refused(parse_untrusted, b'{"a": "\xff"}', fmt="json", what="schema", match=r"^schema: not UTF-8 .* byte 7")
    refused(parse_untrusted, '{"a":\n\n 1,,}', fmt="json", what="schema", match=r"not valid JSON: .*line 3")
    refused(parse_untrusted, "a: [\n  b\n c: {", fmt="yaml", what="page", match="^page: not valid YAML")
    refused(parse_untrusted, "- 1\n- 2\n", fmt="yaml", what="page", match="not a mapping at the top level but list")
    refused(parse_untrusted, '{"n": NaN}', fmt="json", what="schema", match="NaN is not JSON")
    refused(parse_untrusted, '{"n": ' + "9" * 5000 + "}", fmt="json", what="schema", match="not valid JSON")
    refused(parse_untrusted, "d: 2024-13-45\n", fmt="yaml", what="page", match="not valid YAML")


def test_repeated_keys_are_refused() -> None:
    refused(parse_untrusted, '{"operationId": "a", "operationId": "b"}', fmt="json", what="s", match="'operationId'")
    refused(
        parse_untrusted,
        "a: 1\nb: 2\na: 3\n",
        fmt="yaml",
        what="s",
        match=r"the key 'a' is repeated in one mapping \(line 3\)",
    )


def test_a_yaml_alias_bomb_is_refused_at_once() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(9)
    )
    started = time.monotonic()
    refused(parse_untrusted, bomb, fmt="yaml", what="page", match="anchor or alias at line 1 .at most 0")
    assert time.monotonic() - started < 5  # it ran > 120 s in the walkers before


def test_the_alias_cap_admits_a_few() -> None:
    assert parse_untrusted("a: &x 1\nb: *x\n", fmt="yaml", what="p", max_aliases=2) == {"a": 1, "b": 1}
    refused(parse_untrusted, "a: &x 1\nb: *x\n", fmt="yaml", what="p", max_aliases=1, match="at most 1")


@pytest.mark.parametrize(
    "text", ["a: !!python/object/apply:os.system [echo]", "a: !!binary aGk=", "a: !!set {x}", "a: !custom 1"]
)
def test_yaml_tags_beyond_the_plain_types_are_refused(text: str) -> None:
    refused(parse_untrusted, text, fmt="yaml", what="page", match="YAML tag .* is not allowed")


def test_plain_yaml_tags_are_allowed() -> None:
    assert parse_untrusted("a: !!str 1\nb: !!int '2'\n", fmt="yaml", what="page") == {"a": "1", "b": 2}


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_nesting_is_capped_at_max_depth(fmt: str) -> None:
    def nested(levels: int) -> str:
        return '{"a": ' + "[" * (levels - 1) + "]" * (levels - 1) + "}"  # JSON is YAML too

    assert parse_untrusted(nested(MAX_DEPTH), fmt=fmt, what="doc")  # type: ignore[arg-type]
    refused(parse_untrusted, nested(MAX_DEPTH + 1), fmt=fmt, what="doc", match=f"more than {MAX_DEPTH} levels")


@pytest.mark.timeout(30)
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_extreme_nesting_is_refused_not_a_recursion_error(fmt: str) -> None:
    text = '{"a": ' + "[" * 50_000 + "]" * 50_000 + "}"
    refused(parse_untrusted, text, fmt=fmt, what="doc", match="levels deep")


def test_the_node_count_is_capped() -> None:
    refused(parse_untrusted, '{"a": [1, 2, 3, 4, 5]}', fmt="json", what="doc", max_nodes=6, match="more than 6 values")
    assert parse_untrusted('{"a": [1, 2, 3, 4, 5]}', fmt="json", what="doc", max_nodes=7)
    refused(check_bounded, {"a": [[1]]}, "doc", max_depth=2, match="more than 2 levels")


def test_a_lone_surrogate_is_refused() -> None:
    refused(parse_untrusted, '{"description": "\\ud800"}', fmt="json", what="doc", match="not valid Unicode")
    refused(parse_untrusted, '{"\\udfff": 1}', fmt="json", what="doc", match="not valid Unicode")


@given(data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode), fmt=st.sampled_from(["json", "yaml"]))
@settings(max_examples=300, deadline=None)
def test_any_input_is_a_mapping_or_one_line_refusal(data: bytes, fmt: str) -> None:
    outcome: dict[str, Any] | UntrustedError
    try:
        outcome = parse_untrusted(data, fmt=fmt, what="fuzz")  # type: ignore[arg-type]
    except UntrustedError as exc:
        outcome = exc
    if isinstance(outcome, UntrustedError):
        assert_one_line(outcome)
        assert str(outcome).startswith("fuzz: ")
    else:
        assert isinstance(outcome, dict)


def test_untrusted_error_is_a_spec_error() -> None:
    assert issubclass(UntrustedError, SpecError)


# --------------------------------------------------------------------------- 3. fenced blocks

FENCE_LINES = ["```yaml", "````yaml", "```yaml x", "```yamlx", "```yaml-1", "```", "````", "``` ", "```\r", "``"]
FENCE_LINES += ["  ```", "openapi: 3", "x", "", "```yaml\r", "`````", "```\t\u3000", "```yaml\u00e9", "\u2028"]


@given(
    lines=st.lists(st.sampled_from(FENCE_LINES) | st.text(alphabet="`y ax\n\r", max_size=8), max_size=14),
    newline_at_end=st.booleans(),
)
@settings(max_examples=800, deadline=None)
def test_extract_fenced_yaml_agrees_with_the_old_regex(lines: list[str], newline_at_end: bool) -> None:
    text = "\n".join(lines) + ("\n" if newline_at_end else "")
    assert extract_fenced_yaml(text) == [m.group("body") for m in OLD_FENCE.finditer(text)]


def test_extract_fenced_yaml_reads_a_documentation_page() -> None:
    page = "# Title\n\n````yaml\nopenapi: 3.0.3\n```yaml\nnested\n```\n````\ntext\n```yaml\nsecond: 1\n```  \n"
    assert extract_fenced_yaml(page) == ["openapi: 3.0.3\n```yaml\nnested\n```\n", "second: 1\n"]
    assert extract_fenced_yaml("```yaml\nunclosed\n") == []


@pytest.mark.timeout(10)
def test_extract_fenced_yaml_is_linear_on_openers_without_closers() -> None:
    text = "```yaml\n" * 40_000 + "````\n" * 20_000  # 420 kB: the old regex took minutes on this
    assert extract_fenced_yaml(text) == []
    text = "```yaml\n" * 40_000 + "```\n"
    assert len(extract_fenced_yaml(text)) == 1


# --------------------------------------------------------------------------- 1. references


@pytest.mark.parametrize(
    "ref",
    ["file:///etc/passwd", "http://169.254.169.254/latest", "other.yaml#/x", "Customer", "#", "#components", "//x/y"],
)
def test_a_non_local_ref_is_refused(ref: str) -> None:
    doc = spec({"A": {"type": "object", "properties": {"x": {"$ref": ref}}}})
    error = refused(check_refs, doc, "schema", match="is not local")
    assert "#/components/schemas/A/properties/x" in str(error)


def test_a_non_string_ref_is_refused_and_a_file_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    refused(check_refs, spec({"A": {"$ref": {"nested": 1}}}), "schema", match="is not local")
    error = refused(check_refs, spec({"A": {"$ref": secret.as_uri()}}), "schema", match="is not local")
    assert "TOP-SECRET" not in str(error)


def test_local_refs_resolve_as_json_pointers() -> None:
    schemas = {
        "a/b": {"type": "string"},
        "~c": {"type": "integer"},
        "L": {"type": "array", "items": {"type": "string"}},
    }
    doc = spec(
        schemas, op={"parameters": [{"name": "p", "in": "query", "schema": {"$ref": "#/components/schemas/a~1b"}}]}
    )
    doc["components"]["schemas"]["U"] = {"$ref": "#/components/schemas/~0c"}
    doc["components"]["schemas"]["V"] = {"$ref": "#/paths/~1op/get/parameters/0/schema"}
    check_refs(doc, "schema")


@pytest.mark.parametrize(
    "ref",
    [
        "#/components/schemas/Missing",
        "#/components/schemas/a/b",
        "#/components/schemas/~2c",
        "#/paths/~1op/get/parameters/01",
        "#/paths/~1op/get/parameters/1",
        "#/paths/~1op/get/parameters/-",
        "#/components/schemas/S/type/x",
    ],
)
def test_a_local_ref_that_does_not_resolve_is_refused(ref: str) -> None:
    doc = spec({"S": {"type": "string"}, "B": {"$ref": ref}}, op={"parameters": [{"name": "p", "in": "query"}]})
    refused(check_refs, doc, "schema", match="does not resolve")


def test_a_percent_encoded_ref_is_refused() -> None:
    refused(check_refs, spec({"A B": {}, "C": {"$ref": "#/components/schemas/A%20B"}}), "s", match="percent-encoded")


def test_a_schema_ref_cycle_is_refused_and_named() -> None:
    schemas = {
        "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
        "B": {"type": "array", "items": {"$ref": "#/components/schemas/A"}},
    }
    error = refused(check_refs, spec(schemas), "schema", match="cycle")
    assert re.search(r"\b(A -> B -> A|B -> A -> B)\b", str(error))
    refused(
        check_refs, spec({"Self": {"properties": {"me": {"$ref": "#/components/schemas/Self"}}}}), "s", match="cycle"
    )
    refused(check_refs, spec({"P": {"allOf": [{"$ref": "#/components/schemas/P/allOf"}]}}), "s", match="cycle")


def chain(count: int, *, closed: bool) -> dict[str, Any]:
    schemas: dict[str, Any] = {f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(count - 1)}
    schemas[f"S{count - 1}"] = {"$ref": "#/components/schemas/S0"} if closed else {"type": "string"}
    return spec(schemas)


@pytest.mark.timeout(30)
def test_long_chains_and_cycles_are_walked_without_recursion() -> None:
    check_refs(chain(20_000, closed=False), "schema")  # far deeper than the recursion limit
    error = refused(check_refs, chain(20_000, closed=True), "schema", match="cycle")
    assert "more" in str(error)  # the cycle's name is shortened


def test_shared_targets_are_not_cycles() -> None:
    ref = {"$ref": "#/components/schemas/D"}
    schemas = {"A": {"allOf": [{"$ref": "#/components/schemas/B"}, {"$ref": "#/components/schemas/C"}]}, "B": ref}
    schemas |= {"C": {"$ref": "#/components/schemas/D"}, "D": {"type": "string"}}
    check_refs(spec(schemas), "schema")


def has_cycle(edges: dict[int, set[int]]) -> bool:
    """Kahn's algorithm, the reference: a graph is acyclic when removing sinks empties it."""
    remaining = {node: set(targets) for node, targets in edges.items()}
    while True:
        sinks = {node for node, targets in remaining.items() if not targets}
        if not sinks:
            return bool(remaining)
        remaining = {node: targets - sinks for node, targets in remaining.items() if node not in sinks}


@given(st.dictionaries(st.integers(0, 6), st.sets(st.integers(0, 6), max_size=3), min_size=1, max_size=7))
@settings(max_examples=300, deadline=None)
def test_check_refs_refuses_exactly_the_reference_graphs_with_a_cycle(edges: dict[int, set[int]]) -> None:
    edges = {node: {t for t in targets if t in edges} for node, targets in edges.items()}
    schemas = {
        f"S{node}": {"type": "object", "properties": {f"p{t}": {"$ref": f"#/components/schemas/S{t}"} for t in targets}}
        for node, targets in edges.items()
    }
    if has_cycle(edges):
        refused(check_refs, spec(schemas), "schema", match="cycle")
    else:
        check_refs(spec(schemas), "schema")


def test_the_committed_documents_pass_every_check() -> None:
    merged = ROOT / "openapi" / "sequence.yaml"
    for path in [merged, *sorted((ROOT / "openapi" / "sources").glob("*.yaml"))]:
        if path == merged:  # the whole document through the hostile parser itself
            doc = parse_untrusted(path.read_bytes(), fmt="yaml", what=str(path))
        else:  # the sources it merges (3.4 MB more of pure-Python YAML would add 7 s): libyaml
            doc = yaml.load(path.read_text(), Loader=yaml.CSafeLoader)
            check_bounded(doc, str(path))
        check_refs(doc, str(path))
        check_names(doc, str(path))


# --------------------------------------------------------------------------- 2. names


def test_operation_ids_differing_only_in_case_are_refused() -> None:
    doc = spec(a={"operationId": "deleteCustomerAliasesById"}, b={"operationId": "DeleteCustomerAliasesById"})
    error = refused(check_names, doc, "schema", match="delete_customer_aliases_by_id.py")
    assert "'deleteCustomerAliasesById' (GET /a)" in str(error)
    assert "'DeleteCustomerAliasesById' (GET /b)" in str(error)


def test_operation_ids_the_generator_converts_to_one_name_are_refused() -> None:
    refused(check_names, spec(a={"operationId": "getFooBar"}, b={"operationId": "get_foo_bar"}), "s", match="both")
    refused(check_names, spec(a={"operationId": "list"}, b={"operationId": "list_"}), "s", match="list_.py")


@pytest.mark.parametrize(
    ("op", "match"),
    [
        ({}, "GET /a has no operationId"),
        ({"operationId": ""}, "no operationId"),
        ({"operationId": 7}, "no operationId"),
        ({"operationId": "a" * 300}, "longer than 100 characters"),
        ({"operationId": "get-customers"}, "is not a name"),
        ({"operationId": "1get"}, "is not a name"),
        ({"operationId": "../../etc/x"}, "is not a name"),
    ],
)
def test_a_missing_long_or_odd_operation_id_is_refused(op: dict[str, Any], match: str) -> None:
    refused(check_names, spec(a=op), "schema", match=match)


def test_schema_names_colliding_in_class_or_module_are_refused() -> None:
    refused(
        check_names, spec({"Customer": {}, "customer": {}}), "s", match="'Customer' and 'customer' .* class Customer"
    )
    refused(check_names, spec({"ABC": {}, "Abc": {}}), "s", match="'ABC' and 'Abc' both generate the module abc.py")
    refused(check_names, spec({"A.B": {}, "A_B": {}}), "s", match="both generate the class AB")
    titled = {"Customer": {"type": "object"}, "Other": {"type": "object", "title": "customer"}}
    refused(check_names, spec(titled), "s", match="'Customer' and 'Other'")


@pytest.mark.parametrize("name", ["a/b", "../x", "x" * 101, "1A", "A B", "", "Ünïcode"])
def test_an_odd_or_long_schema_name_is_refused(name: str) -> None:
    refused(check_names, spec({name: {}}), "schema", match="schema name")


def test_a_long_title_is_refused_before_it_becomes_a_file_name() -> None:
    refused(check_names, spec({"A": {"title": "Word " * 60}}), "schema", match="file name longer")


def test_distinct_names_pass() -> None:
    check_names(spec({"Customer": {}, "CustomerList": {}}, a={"operationId": "getA"}, b={"operationId": "getB"}), "s")


@pytest.mark.parametrize("doc", [{"paths": []}, {"paths": {"/a": ["get"]}}, {"paths": {"/a": {"get": "x"}}}])
def test_a_malformed_document_is_refused_not_a_crash(doc: dict[str, Any]) -> None:
    refused(check_names, doc, "schema", match="is not a mapping")


@given(st.lists(st.text(alphabet="aAbB_1", min_size=1, max_size=5).map(lambda s: "x" + s), min_size=2, max_size=5))
@settings(max_examples=200, deadline=None)
def test_accepted_operation_ids_generate_distinct_files(ids: list[str]) -> None:
    doc = spec(**{f"p{i}": {"operationId": op_id} for i, op_id in enumerate(ids)})
    modules = [PythonIdentifier(PythonIdentifier(op_id, FIELD_PREFIX), FIELD_PREFIX).lower() for op_id in ids]
    try:
        check_names(doc, "schema")
    except UntrustedError:
        assert len(set(modules)) < len(modules)
    else:
        assert len(set(modules)) == len(modules)


# --------------------------------------------------------------------------- 8. prose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('--8<-- "README.md"', '--8&lt;-- "README.md"'),
        ("See :mod:`os` and :py:func:`sequence_api.x`.", "See `os` and `sequence_api.x`."),
        ("x:a::b:`y`", "`y`"),
        ("::: sequence_async.testing", "\\::: sequence_async.testing"),
        ("text\n  ::: x\n- ::: y", "text\n  \\::: x\n- \\::: y"),
        ("[x](javascript:alert(1)) [y](JaVa\tScRiPt:z)", "[x](javascript-:alert(1)) [y](JaVa\tScRiPt-:z)"),
        ("a & b &amp; &lt;c&gt; &#60;", "a &amp; b &amp; &lt;c&gt; &amp;#60;"),
        ("one\r\ntwo\rthree\u2028four", "one\ntwo\nthree\nfour"),
        ("safe\u202etxt.exe\x00\x1b", "safetxt.exe"),
        ("plain `code` and time: 10:30", "plain `code` and time: 10:30"),
    ],
)
def test_sanitise_text_neutralises_markup(text: str, expected: str) -> None:
    assert sanitise_text(text) == expected


PROSE = st.lists(
    st.sampled_from(['"""', "\\", '"', "`", ":", "::", ":::", ":mod:", "<", ">", "&", "&lt;", "&amp;", "lt;", "\n"])
    | st.sampled_from(["\r", "\x00", "\u2028", "\u202e", "\ud800", "--8<--", "javascript:", "java\nscript", " ", "x"])
    | st.text(st.characters(exclude_categories=()), max_size=6),
    max_size=25,
).map("".join)


@given(PROSE)
@settings(max_examples=500, deadline=None)
def test_sanitised_text_is_inert_and_stable(text: str) -> None:
    clean = sanitise_text(text)
    assert sanitise_text(clean) == clean
    assert "<" not in clean
    assert ">" not in clean
    assert re.search(r"&(?!(?:lt|gt|amp|#58);)", clean) is None
    assert DOCS_ROLE.search(clean) is None
    assert re.search(r"(?<![\\:]):::", clean) is None
    assert re.search(r"(?m)^[ \t]*:\w[\w .-]*:", clean) is None  # no Sphinx field line (:raises: ...)
    assert re.search(r"(?i)j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:", clean) is None
    assert not any(c in clean for c in "\r\x00\u2028\u202e")
    clean.encode("utf-8")  # no lone surrogate


DOCSTRING_SHAPES = {
    # an endpoint's summary (endpoint_macros.py.jinja), indented into a function
    "function": "def f():\n    {{ docstring(text | safe_for_docstring | wordwrap(100)) | indent(4) }}\n    pass\n",
    # a model's description (model.py.jinja), indented into a class
    "class": "class C:\n    {{ docstring(text | safe_for_docstring | wordwrap(116)) | indent(4) }}\n    pass\n",
    # an attribute's description (docstrings_on_attributes)
    "attribute": 'x: str = ""\n{{ docstring(text | safe_for_docstring) | wordwrap(112) }}\n',
}


def render_docstring(shape: str, text: str) -> str | None:
    """The docstring Python reads from the generator's rendering of ``text`` (None: no docstring)."""
    env = jinja2.Environment(loader=jinja2.PackageLoader("openapi_python_client"), trim_blocks=True, lstrip_blocks=True)
    env.filters.update(TEMPLATE_FILTERS)
    source = env.from_string('{% from "helpers.jinja" import docstring %}' + DOCSTRING_SHAPES[shape]).render(text=text)
    tree = ast.parse(source)
    compile(tree, "<generated>", "exec")
    holder = tree.body[0] if shape != "attribute" else None
    if holder is not None:
        return ast.get_docstring(holder, clean=False)  # type: ignore[arg-type]
    if len(tree.body) < 2:
        return None
    expr = tree.body[1]
    assert isinstance(expr, ast.Expr)
    assert isinstance(expr.value, ast.Constant)
    return str(expr.value.value)


@given(text=PROSE, shape=st.sampled_from(sorted(DOCSTRING_SHAPES)))
@settings(max_examples=400, deadline=None)
def test_sanitised_text_makes_valid_docstrings_with_the_same_words(text: str, shape: str) -> None:
    clean = sanitise_text(text)
    docstring = render_docstring(shape, clean)
    if not clean.strip():
        assert not (docstring or "").strip()
        return
    assert docstring is not None
    assert "".join(docstring.split()) == "".join(clean.split())  # wrapping moves whitespace, nothing else


def test_sanitise_doc_changes_only_prose() -> None:
    doc = spec(
        {
            "A": {
                "title": "<A>",
                "description": ":mod:`x`",
                "example": "<kept>",
                "properties": {"title": {"type": "string"}},
            }
        },
        op={"summary": "a & b", "parameters": [{"name": "<p>", "in": "query", "description": "::: x"}]},
    )
    sanitise_doc(doc)
    schema, op = doc["components"]["schemas"]["A"], doc["paths"]["/op"]["get"]
    assert (schema["title"], schema["description"], schema["example"]) == ("&lt;A&gt;", "`x`", "<kept>")
    assert schema["properties"] == {"title": {"type": "string"}}
    assert (op["summary"], op["parameters"][0]["description"], op["parameters"][0]["name"]) == (
        "a &amp; b",
        "\\::: x",
        "<p>",
    )


# --------------------------------------------------------------------------- 5. redirects


def fetcher(handler: Any, **kwargs: Any) -> Fetcher:
    return Fetcher("test-agent", transport=httpx.MockTransport(handler), sleep=lambda _: None, **kwargs)


@pytest.mark.parametrize(
    "location",
    ["https://evil.example/page", "http://docs.example/page", "https://docs.example:8443/page", "//evil.example/x"],
)
def test_a_redirect_to_another_origin_is_refused(location: str) -> None:
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return httpx.Response(302, headers={"Location": location})

    with fetcher(handler) as f, pytest.raises(FetchError, match="another scheme, host or port") as info:
        f.get_text("https://docs.example/start")
    message = str(info.value)
    assert message.startswith("https://docs.example/start: refused the redirect from https://docs.example/start to")
    assert str(httpx.URL("https://docs.example/start").join(location)) in message
    assert requested == ["https://docs.example/start"]  # never asked the other origin


def test_same_origin_redirects_are_followed_up_to_the_limit() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        hop = int(request.url.params.get("hop", "0"))
        if hop < MAX_REDIRECTS:
            return httpx.Response(301 if hop % 2 else 307, headers={"Location": f"/moved?hop={hop + 1}"})
        return httpx.Response(200, text=f"arrived after {hop}")

    with fetcher(handler) as f:
        assert f.get_text("https://docs.example/page") == f"arrived after {MAX_REDIRECTS}"
        assert f.get_text("https://docs.example:443/page") == f"arrived after {MAX_REDIRECTS}"


def test_more_redirects_than_the_limit_fail() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "/again"})

    with fetcher(handler) as f, pytest.raises(FetchError, match=f"more than {MAX_REDIRECTS} redirects"):
        f.get_text("https://docs.example/page")


def test_a_redirect_without_location_or_to_a_huge_url_is_a_bounded_error() -> None:
    with fetcher(lambda request: httpx.Response(302)) as f, pytest.raises(FetchError, match="without a Location"):
        f.get_text("https://docs.example/page")
    huge = "https://evil.example/" + "x" * 50_000

    redirect = fetcher(lambda request: httpx.Response(302, headers={"Location": huge}))
    with redirect as f, pytest.raises(FetchError, match="another scheme") as info:
        f.get_text("https://docs.example/page")
    assert len(str(info.value)) < 600
    assert "\n" not in str(info.value)


def test_a_redirected_attempt_is_retried_from_the_start() -> None:
    failures = [503]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/page":
            return httpx.Response(302, headers={"Location": "/new"})
        return httpx.Response(failures.pop()) if failures else httpx.Response(200, text="ok")

    with fetcher(handler, retries=1) as f:
        assert f.get_text("https://docs.example/page") == "ok"


def test_max_bytes_bounds_the_body_and_defaults_to_five_million() -> None:
    assert fetcher(lambda request: httpx.Response(200)).max_bytes == MAX_BYTES == 5_000_000
    too_big = fetcher(lambda request: httpx.Response(200, content=b"x" * 101), max_bytes=100)
    with too_big as f, pytest.raises(FetchError, match="larger than 100 bytes"):
        f.get_bytes("https://docs.example/big")
    with fetcher(lambda request: httpx.Response(200, content=b"x" * 100), max_bytes=100) as f:
        assert f.get_bytes("https://docs.example/fits") == b"x" * 100


def test_an_announced_oversized_body_is_refused_before_it_is_read() -> None:
    def never_read() -> Any:
        raise AssertionError("the body was read")
        yield b""  # a generator: httpx reads it only when the body is

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": "999999999"}, content=never_read())

    with fetcher(handler) as f, pytest.raises(FetchError, match="larger than 5,000,000 bytes"):
        f.get_bytes("https://docs.example/big")


# --------------------------------------------------------------------------- 6. SIGTERM and the backup

TERMINATED_RUN = textwrap.dedent(
    """
    import os, signal, sys, tempfile, time
    from pathlib import Path
    from spectools.backup import Backup, terminate_as_exit

    root = Path(sys.argv[1])
    with terminate_as_exit(), tempfile.TemporaryDirectory() as tmp:
        backup = Backup(root, Path(tmp))
        try:
            (root / "openapi/sources/a.yaml").write_text("half-written")
            (root / "openapi/sequence.yaml").write_text("new")
            print("ready", flush=True)
            time.sleep(60)  # until the SIGTERM (the parent kills the process after a bounded wait)
        except BaseException:
            os.kill(os.getpid(), signal.SIGTERM)  # a second SIGTERM during the restore: ignored
            backup.restore()
            print("restored", flush=True)
            raise
    """
)


@pytest.mark.slow
def test_sigterm_mid_run_restores_the_tree(tmp_path: Path) -> None:
    (tmp_path / "openapi" / "sources").mkdir(parents=True)
    (tmp_path / "openapi" / "sources" / "a.yaml").write_text("old", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts")}
    proc = subprocess.Popen(
        [sys.executable, "-c", TERMINATED_RUN, str(tmp_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], BOUND)
        assert ready
        assert proc.stdout.readline() == "ready\n"
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=BOUND)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(BOUND)
    assert (proc.returncode, out) == (128 + signal.SIGTERM, "restored\n")
    assert (tmp_path / "openapi" / "sources" / "a.yaml").read_text(encoding="utf-8") == "old"
    assert not (tmp_path / "openapi" / "sequence.yaml").exists()


def test_terminate_as_exit_restores_the_previous_handlers() -> None:
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)
    with terminate_as_exit():
        assert signal.getsignal(signal.SIGTERM) not in before
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)) == before


def in_a_thread(call: Any) -> BaseException | None:
    caught: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:
            caught.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(BOUND)
    return caught[0] if caught else None


def test_signal_helpers_refuse_other_threads() -> None:
    assert isinstance(in_a_thread(lambda: terminate_as_exit().__enter__()), RuntimeError)
    assert isinstance(in_a_thread(lambda: deadline(1).__enter__()), RuntimeError)


def make_tree(root: Path) -> None:
    (root / "openapi" / "sources").mkdir(parents=True)
    (root / "openapi" / "sources" / "a.yaml").write_text("a", encoding="utf-8")
    (root / "openapi" / "upstream.yaml").write_text("u", encoding="utf-8")
    (root / "CHANGELOG.md").write_text("c", encoding="utf-8")


def test_restore_tolerates_paths_already_missing(tmp_path: Path) -> None:
    root, where = tmp_path / "root", tmp_path / "backup"
    make_tree(root)
    backup = Backup(root, where)
    (root / "openapi" / "sources" / "a.yaml").unlink()
    (root / "openapi" / "sources").rmdir()
    (root / "CHANGELOG.md").unlink()
    (root / "build").mkdir()
    (root / "build" / "spec-report.md").write_text("new", encoding="utf-8")
    backup.restore()
    assert (root / "openapi" / "sources" / "a.yaml").read_text(encoding="utf-8") == "a"
    assert (root / "CHANGELOG.md").read_text(encoding="utf-8") == "c"
    assert not (root / "build").exists()


def test_restore_puts_back_everything_it_can_and_names_what_it_could_not(tmp_path: Path) -> None:
    root, where = tmp_path / "root", tmp_path / "backup"
    make_tree(root)
    backup = Backup(root, where)
    (where / "openapi" / "upstream.yaml").unlink()  # the backup copy itself is gone
    (root / "openapi" / "sources" / "a.yaml").write_text("changed", encoding="utf-8")
    (root / "CHANGELOG.md").write_text("changed", encoding="utf-8")
    with pytest.raises(UpdateError, match=r"could not restore openapi/upstream\.yaml"):
        backup.restore()
    assert (root / "openapi" / "sources" / "a.yaml").read_text(encoding="utf-8") == "a"
    assert (root / "CHANGELOG.md").read_text(encoding="utf-8") == "c"


def test_a_failed_regeneration_puts_back_every_file_the_update_wrote(tmp_path: Path) -> None:
    from spectools.merge import Built
    from spectools.official import Revision
    from spectools.update_apply import apply
    from spectools.update_plan import Plan

    root = tmp_path / "root"
    make_tree(root)
    for rel, text in (("openapi/sequence.yaml", "spec"), ("openapi/names.yaml", "names"), ("generated/x.py", "")):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "scripts").mkdir()
    (root / "scripts" / "generate.py").write_text("raise SystemExit('the generator broke')\n", encoding="utf-8")
    before = {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    plan = Plan(newest=Revision.of(b"new"), revisions_read=1, taken={"a": "new a"}, removed=[])
    args = argparse.Namespace(base="HEAD", changelog=True)
    with pytest.raises(UpdateError, match="the generator broke"):
        apply(plan, Built(spec="new spec", names="new names"), root, args)
    assert {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


# --------------------------------------------------------------------------- 7. deadline


@pytest.mark.timeout(30)
def test_a_busy_loop_past_its_deadline_is_stopped() -> None:
    give_up = time.monotonic() + 10  # bounded even if the deadline never fires
    with (
        pytest.raises(UntrustedError, match=r"^the import exceeded its deadline of 0\.2 s$"),
        deadline(0.2, "the import"),
    ):
        while time.monotonic() < give_up:
            pass
    assert time.monotonic() < give_up


@pytest.mark.timeout(30)
def test_a_blocking_call_past_its_deadline_is_stopped() -> None:
    started = time.monotonic()
    with pytest.raises(UntrustedError, match=r"deadline of 0\.2 s"), deadline(0.2):
        time.sleep(10)
    assert time.monotonic() - started < 5


def test_deadline_restores_the_previous_handler_and_timer() -> None:
    def outer(signum: int, frame: Any) -> None:
        raise AssertionError("the outer timer fired")

    saved_handler = signal.signal(signal.SIGALRM, outer)
    saved_timer = signal.setitimer(signal.ITIMER_REAL, 100)  # e.g. pytest-timeout's
    try:
        with deadline(5):
            assert signal.getsignal(signal.SIGALRM) is not outer
        assert signal.getsignal(signal.SIGALRM) is outer
        assert 90 < signal.getitimer(signal.ITIMER_REAL)[0] <= 100
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, saved_handler)
        if saved_timer[0] > 0:
            signal.setitimer(signal.ITIMER_REAL, *saved_timer)


def test_deadline_needs_a_positive_time() -> None:
    with pytest.raises(ValueError, match="seconds"), deadline(0):
        pass


def test_json_round_trip_of_a_checked_document_is_unchanged() -> None:
    doc = spec({"A": {"type": "string"}}, a={"operationId": "getA"})
    text = json.dumps(doc)
    assert (
        parse_untrusted(text, fmt="json", what="doc")
        == doc
        == parse_untrusted(yaml.safe_dump(doc), fmt="yaml", what="d")
    )


@pytest.mark.parametrize(
    "bad",
    ["line\nbreak", "back`tick", "nul\x00", "## [6.6.6]\n- fake release"],
)
def test_names_and_enum_values_that_would_inject_markdown_are_refused(bad: str) -> None:
    for doc in (
        {"paths": {}, "components": {"schemas": {"A": {"type": "object", "properties": {bad: {"type": "string"}}}}}},
        {"paths": {}, "components": {"schemas": {"A": {"type": "string", "enum": ["ok", bad]}}}},
    ):
        with pytest.raises(UntrustedError, match="cannot be a name") as err:
            check_names(doc, "schema")
        assert "\n" not in str(err.value)
