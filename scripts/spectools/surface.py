"""The SDK's resource layer as data: one resource per API area, one method per operation.

Read from the merged document and ``openapi/surface.yaml``; written as Python by
``spectools.surface_code`` (``make generate``). The naming rules (docs/resources.md):

- one resource per tag, ``client.<snake_case tag>``;
- a path ending in a parameter is an item: GET ``get``, PUT ``update``, DELETE ``delete``;
- a path ending in a literal is a collection (GET ``list``, POST ``create``) when the API also
  has that path followed by a parameter, or when it is a GET; else an action, named by its
  last segment (POST ``/credit-notes/{id}/finalize-and-send`` -> ``finalize_and_send``);
- sub-collections are flat: the resource's own collection gets the bare verb
  (``client.contacts.create(customer_id, ...)`` for POST ``/customers/{customer}/contacts``), any
  other collection of the area adds its name (``list_line_item_groups``, ``get_by_alias``);
- path parameters are positional and named for what they identify (``{id}`` after
  ``/customers`` is ``customer_id``); everything else is keyword-only and snake_case.

``surface.yaml`` renames a resource or a method where the rules give a poor name, and lists the
operations implemented by hand in ``sequence_async/_resources.py``.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from spectools.errors import SpecError
from spectools.layout import SURFACE

METHODS = ("get", "post", "put", "patch", "delete")
_PARAM = re.compile(r"^\{([^{}]+)\}$")
KEYWORDS = frozenset(
    [
        "False",
        "None",
        "True",
        "and",
        "as",
        "assert",
        "async",
        "await",
        "break",
        "class",
        "continue",
        "def",
        "del",
        "elif",
        "else",
        "except",
        "finally",
        "for",
        "from",
        "global",
        "if",
        "import",
        "in",
        "is",
        "lambda",
        "nonlocal",
        "not",
        "or",
        "pass",
        "raise",
        "return",
        "try",
        "while",
        "with",
        "yield",
    ]
)
# Names the generated methods use for the per-call options, so no argument may take them.
RESERVED_ARGUMENTS = frozenset(
    {"self", "timeout", "extra_headers", "idempotency_key", "prefetch", "checkpoint", "step", "body"}
)


def snake(text: str) -> str:
    """``billingScheduleId`` / ``line-item-groups`` / ``Credit Notes`` -> snake_case."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
    return text or "value"


def singular(word: str) -> str:
    if word.endswith(("ss", "us", "is", "as")):
        return word
    for plural, one in (("ies", "y"), ("sses", "ss"), ("ses", "s"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 1:
            return word[: -len(plural)] + one
    return word


def identifier(text: str) -> str:
    name = snake(text)
    if name[0].isdigit():
        name = "n_" + name
    return name + "_" if name in KEYWORDS else name


@dataclass
class Parameter:
    name: str  # the Python argument
    wire: str  # the API's name
    where: str  # path, query, header
    schema: dict[str, Any]
    required: bool
    description: str = ""


@dataclass
class Method:
    """One operation as an SDK method."""

    operation_id: str
    http_method: str
    template: str
    tag: str
    resource: str
    name: str
    summary: str
    description: str
    path: list[Parameter]
    query: list[Parameter]
    body: list[Parameter]  # the JSON body's properties as arguments (empty: see body_whole)
    body_whole: dict[str, Any] | None  # a body that is not an object with properties: one ``body`` argument
    body_required: bool
    responses: dict[str, Any]  # the 2xx response schema (None: no JSON body)
    paginated: bool
    idempotency_header: bool
    hand_written: str | None = None  # "Class.method" in sequence_async/_resources.py
    superseded_by: str | None = None  # the argument whose value makes a resent write supersede the first

    @property
    def qualified(self) -> str:
        return f"{self.resource}.{self.name}"


@dataclass
class Surface:
    methods: list[Method]
    resources: dict[str, str]  # tag -> attribute
    classes: dict[str, str] = field(default_factory=dict)  # attribute -> class name
    schemas: dict[str, Any] = field(default_factory=dict)  # components.schemas
    hand_classes: list[str] = field(default_factory=list)  # the classes of sequence_async/_resources.py

    def by_resource(self) -> dict[str, list[Method]]:
        grouped: dict[str, list[Method]] = collections.defaultdict(list)
        for method in self.methods:
            grouped[method.resource].append(method)
        return dict(sorted(grouped.items()))


def load_config(root: Path) -> dict[str, Any]:
    path = root / SURFACE
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data = data or {}
    if not isinstance(data, dict):
        raise SpecError(f"{SURFACE}: expected a mapping")
    for key in ("resources", "methods", "hand_written", "arguments", "superseded_by", "extended"):
        if not isinstance(data.get(key) or {}, dict):
            raise SpecError(f"{SURFACE}: {key} must be a mapping")
    return data


def _operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for template, item in sorted(document.get("paths", {}).items()):
        for http_method in METHODS:
            operation = item.get(http_method)
            if isinstance(operation, dict):
                yield template, http_method, operation


def _segments(template: str) -> list[str]:
    return [part for part in template.strip("/").split("/") if part]


def _is_param(segment: str) -> bool:
    return _PARAM.match(segment) is not None


# SequenceClient's own members: an area named like one would be hidden behind it.
CLIENT_MEMBERS = frozenset(
    {"request", "with_raw_response", "with_options", "aclose", "base_url", "version", "timeout", "retry"}
    | {"retry_budget", "stats", "is_closed"}
)
_TEMPLATE = re.compile(r"^(/([A-Za-z0-9._~-]+|\{[A-Za-z_][A-Za-z0-9_]*\}))+/?$")


def build(document: Mapping[str, Any], config: Mapping[str, Any]) -> Surface:
    """Every operation of ``document`` as a :class:`Method`, named by the rules and ``config``."""
    operations = list(_operations(document))
    for template, _, _ in operations:  # it is written into Python source and docstrings
        if not _TEMPLATE.match(template):
            raise SpecError(f"path {template[:80]!r}: not a path of plain segments and {{parameters}}")
    templates = {template for template, _, _ in operations}
    collections_ = {template.rsplit("/", 1)[0] for template in templates if _is_param(template.rsplit("/", 1)[1])}
    tag_of = {operation["operationId"]: (operation.get("tags") or ["Default"])[0] for _, _, operation in operations}
    primary = _primary_nouns(operations, tag_of)
    resources = {tag: (config.get("resources") or {}).get(tag) or identifier(tag) for tag in set(tag_of.values())}
    _check_areas(resources)
    renames = config.get("methods") or {}
    hand = config.get("hand_written") or {}
    schemas = document.get("components", {}).get("schemas", {})
    methods = []
    for template, http_method, operation in operations:
        op_id = operation["operationId"]
        tag = tag_of[op_id]
        method = _method(template, http_method, operation, primary[tag], resources[tag], hand.get(op_id), schemas)
        kind = _get_kind(method, schemas)
        method.name = renames.get(op_id) or _method_name(
            http_method, template, primary[tag], template in collections_, kind, singular(resources[tag])
        )
        methods.append(method)
    _check_unique(methods)
    _mark_superseding(methods, config.get("superseded_by") or {})
    hand_classes = sorted({str(target).split(".")[0] for target in hand.values()} | set(config.get("extended") or {}))
    return Surface(methods, resources, schemas=schemas, hand_classes=hand_classes)


def _mark_superseding(methods: list[Method], superseded_by: Mapping[str, Any]) -> None:
    """Mark the writes that a field makes safe to resend (the API documents that a second one
    with the same value supersedes the first), by the field's wire name in ``superseded_by``.
    An operation or field the document no longer has marks nothing: the write is then resent only
    when no attempt can have been applied (the safe side), and the spec report shows the change."""
    by_id = {method.operation_id: method for method in methods}
    for op_id, wire in superseded_by.items():
        method = by_id.get(op_id)
        field_ = next((p for p in method.body if p.wire == wire), None) if method is not None else None
        if method is not None and field_ is not None:
            method.superseded_by = field_.name


def _primary_nouns(
    operations: list[tuple[str, str, dict[str, Any]]], tag_of: Mapping[str, str]
) -> dict[str, tuple[str, ...]]:
    """Each area's own collection (its literal segments): the shortest collection path, then the one
    sharing most words with the area's name, then the most used."""
    counts: dict[str, collections.Counter[tuple[str, ...]]] = collections.defaultdict(collections.Counter)
    for template, _, operation in operations:
        segments = _segments(template)
        while segments and _is_param(segments[-1]):
            segments.pop()
        if segments:
            counts[tag_of[operation["operationId"]]][tuple(s for s in segments if not _is_param(s))] += 1
    primary = {}
    for tag, counter in counts.items():
        words = set(snake(tag).split("_"))
        best = max(counter.items(), key=lambda kv: (-len(kv[0]), len(words & set(snake(kv[0][-1]).split("_"))), kv[1]))
        primary[tag] = best[0]
    return primary


def _get_kind(method: Method, schemas: Mapping[str, Any]) -> str:
    """What a GET returns: ``list`` (a page or a list), ``file`` (no JSON) or ``one``."""
    schema = method.responses["schema"]
    if schema is None:
        return "file"
    body = _resolve(schema, schemas)
    return (
        "list"
        if method.paginated or body.get("type") == "array" or "items" in (body.get("properties") or {})
        else "one"
    )


def _method_name(
    http_method: str, template: str, collection: tuple[str, ...], is_collection: bool, kind: str, resource_singular: str
) -> str:
    segments = _segments(template)
    literals = [s for s in segments if not _is_param(s)]
    primary = collection[-1]
    prefix = _foreign_prefix(literals, collection)
    if segments and _is_param(segments[-1]):
        noun = literals[-1] if literals else primary
        verb = {"get": "get", "put": "update", "patch": "patch", "delete": "delete", "post": "update"}[http_method]
        return _qualified(verb, noun, primary, prefix, resource_singular, plural=False)
    noun = segments[-1] if segments else primary
    after_param = len(segments) > 1 and _is_param(segments[-2])
    if http_method == "get":
        if kind == "file":
            return identifier(noun)
        verb = "list" if kind == "list" else "get"
        return _qualified(verb, noun, primary, prefix, resource_singular, plural=kind == "list")
    if http_method == "post" and (is_collection or noun == primary or (not after_param and len(segments) == 1)):
        return _qualified("create", noun, primary, prefix, resource_singular, plural=False)
    return identifier(noun)  # an action: its own verb


def _foreign_prefix(literals: list[str], collection: tuple[str, ...]) -> list[str]:
    """The segments before the area's own noun when they are not its collection's own prefix
    (``/payments/settings/customers`` in the customers area: ``payments``, ``settings``)."""
    if collection[-1] not in literals:
        return []
    before = literals[: literals.index(collection[-1])]
    return [] if tuple(before) == collection[:-1] else before


def qualifier(words: list[str]) -> str:
    """``payments``, ``settings`` -> ``payment_settings``."""
    return "_".join([singular(snake(word)) for word in words[:-1]] + [snake(words[-1])])


def _qualified(verb: str, noun: str, primary: str, prefix: list[str], resource_singular: str, *, plural: bool) -> str:
    """``verb`` alone for the area's own collection; else ``verb_<noun>``, minus the area's own name."""
    if noun == primary:
        if not prefix:
            return verb
        return f"{verb}_{qualifier(prefix)}"  # the collection under another prefix: /payments/settings/customers
    words = snake(noun)
    if words.startswith(resource_singular + "_"):
        words = words[len(resource_singular) + 1 :]
    if not plural:
        parts = words.split("_")
        words = "_".join([*parts[:-1], singular(parts[-1])])
    return f"{verb}_{words}"


def _method(
    template: str,
    http_method: str,
    operation: dict[str, Any],
    collection: tuple[str, ...],
    resource: str,
    hand_written: str | None,
    schemas: Mapping[str, Any],
) -> Method:
    path, query, idempotency = _parameters(template, operation, collection)
    body, whole, body_required = _body(operation, schemas)
    response = _response(operation)
    taken = {p.name for p in path}
    for argument in query + body:  # a query or body field named like a path parameter: say which
        if argument.name in taken:
            argument.name = f"{argument.where}_{argument.name}"
        taken.add(argument.name)
    names = [p.name for p in path + query + body]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise SpecError(f"{operation['operationId']}: arguments {sorted(duplicates)} would share a name")
    paginated = _is_paginated(query, response, schemas)
    return Method(
        operation_id=operation["operationId"],
        http_method=http_method.upper(),
        template=template,
        tag=(operation.get("tags") or ["Default"])[0],
        resource=resource,
        name="",
        summary=str(operation.get("summary") or ""),
        description=str(operation.get("description") or ""),
        path=path,
        query=query,
        body=body,
        body_whole=whole,
        body_required=body_required,
        responses=response,
        paginated=paginated,
        idempotency_header=idempotency,
        hand_written=hand_written,
    )


def _parameters(
    template: str, operation: dict[str, Any], collection: tuple[str, ...]
) -> tuple[list[Parameter], list[Parameter], bool]:
    segments = _segments(template)
    path: list[Parameter] = []
    query: list[Parameter] = []
    idempotency = False
    declared = {p.get("name"): p for p in operation.get("parameters", []) if isinstance(p, dict)}
    for index, segment in enumerate(segments):
        match = _PARAM.match(segment)
        if match is None:
            continue
        wire = match.group(1)
        spec = declared.get(wire, {})
        literals = [s for s in segments[:index] if not _is_param(s)]
        before = literals[-1] if literals else ""
        prefix = _foreign_prefix(literals, collection) if before == collection[-1] else []
        path.append(
            Parameter(
                _unreserved(_path_name(wire, before, prefix)),
                wire,
                "path",
                dict(spec.get("schema") or {"type": "string"}),
                True,
                str(spec.get("description") or ""),
            )
        )
    for declared_name, spec in declared.items():
        wire = str(declared_name)
        where = spec.get("in")
        if where == "header" and wire.lower() == "idempotency-key":
            idempotency = True
        elif where == "query":
            name = identifier(wire)
            if name in RESERVED_ARGUMENTS:
                name += "_"
            schema = dict(spec.get("schema") or {})
            query.append(
                Parameter(name, wire, "query", schema, bool(spec.get("required")), str(spec.get("description") or ""))
            )
    return path, query, idempotency


def _unreserved(name: str) -> str:
    return name + "_" if name in RESERVED_ARGUMENTS else name


def _path_name(wire: str, before: str, prefix: list[str]) -> str:
    """``{id}`` after ``/customers`` -> ``customer_id``; ``{customer}`` -> ``customer_id``; ``{alias}``
    after ``by-alias`` -> ``alias`` (a value, not an id); after a foreign prefix -> ``payment_settings_id``."""
    if before.startswith("by-"):
        return identifier(wire)
    if prefix and wire == "id":
        return identifier(f"{qualifier(prefix)}_id")
    before = re.sub(r"^for-", "", before)
    noun = singular(snake(before).split("_")[-1]) if before else ""
    full = "_".join([*snake(before).split("_")[:-1], noun]) if before else ""
    if wire == "id":
        return identifier(f"{full}_id") if full else "id"
    if wire.endswith("Id") or wire.endswith("_id"):
        return identifier(wire)
    if full and snake(wire).replace("_", "") == full.replace("_", ""):
        return identifier(f"{full}_id")
    return identifier(wire)


def _body(operation: dict[str, Any], schemas: Mapping[str, Any]) -> tuple[list[Parameter], dict[str, Any] | None, bool]:
    request = operation.get("requestBody")
    if not isinstance(request, dict):
        return [], None, False
    content = request.get("content", {}).get("application/json")
    if not isinstance(content, dict):
        return [], None, False
    schema = content.get("schema") or {}
    required = bool(request.get("required"))
    resolved = _resolve(schema, schemas)
    properties = resolved.get("properties")
    if resolved.get("type", "object") != "object" or not isinstance(properties, dict) or "oneOf" in resolved:
        return [], _trim(schema), required
    needed = set(resolved.get("required") or [])
    body = []
    for wire, spec in properties.items():
        name = identifier(wire)
        if name in RESERVED_ARGUMENTS:
            name += "_"
        body.append(
            Parameter(
                name,
                wire,
                "body",
                _trim(spec),
                wire in needed,
                str(_resolve(spec, schemas).get("description") or spec.get("description") or ""),
            )
        )
    return body, None, required


def _response(operation: dict[str, Any]) -> dict[str, Any]:
    for status in sorted(operation.get("responses", {})):
        if status.startswith("2"):
            content = (operation["responses"][status] or {}).get("content") or {}
            json_content = content.get("application/json")
            if isinstance(json_content, dict):
                return {"status": status, "schema": json_content.get("schema") or {}}
            return {"status": status, "schema": None}
    return {"status": None, "schema": None}


def _resolve(schema: Mapping[str, Any], schemas: Mapping[str, Any]) -> dict[str, Any]:
    seen = 0
    while "$ref" in schema and seen < 20:
        schema = schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
        seen += 1
    alternatives = schema.get("oneOf")
    if isinstance(alternatives, list) and len(alternatives) == 1:
        return _resolve(alternatives[0], schemas)
    return dict(schema)


def _is_paginated(query: list[Parameter], response: dict[str, Any], schemas: Mapping[str, Any]) -> bool:
    wires = {p.wire for p in query}
    if not {"after", "before"} <= wires or response["schema"] is None:
        return False
    body = _resolve(response["schema"], schemas)
    properties = body.get("properties") or {}
    return "items" in properties and "pagination" in properties


KEPT = frozenset(
    {
        "type",
        "nullable",
        "enum",
        "format",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "oneOf",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
    }
)


def _trim(schema: Any) -> Any:
    """The checked subset of a schema (descriptions and examples dropped; ``$ref`` by name)."""
    if isinstance(schema, list):
        return [_trim(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:  # OpenAPI 3.0 ignores siblings of $ref, but the document means its nullable
        ref = {"$ref": str(schema["$ref"]).rsplit("/", 1)[-1]}
        return {**ref, "nullable": True} if schema.get("nullable") is True else ref
    trimmed: dict[str, Any] = {}
    for key, value in schema.items():
        if key not in KEPT or (key == "format" and value not in ("date-time", "date")):
            continue
        if key == "properties":
            trimmed[key] = {name: _trim(item) for name, item in value.items()}
        elif key in ("items", "oneOf") or (key == "additionalProperties" and isinstance(value, dict)):
            trimmed[key] = _trim(value)
        elif key != "additionalProperties":
            trimmed[key] = value
    return trimmed


def refs(schema: Any, schemas: Mapping[str, Any], found: set[str]) -> set[str]:
    """Every schema name ``schema`` reaches through ``$ref`` (transitively)."""
    if isinstance(schema, list):
        for item in schema:
            refs(item, schemas, found)
    elif isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            if name not in found and name in schemas:
                found.add(name)
                refs(schemas[name], schemas, found)
        else:
            for value in schema.values():
                refs(value, schemas, found)
    return found


def _check_areas(resources: Mapping[str, str]) -> None:
    seen: dict[str, str] = {}
    for tag, attribute in sorted(resources.items()):
        if attribute in CLIENT_MEMBERS or not attribute.isidentifier():
            raise SpecError(
                f"area {tag[:60]!r} would be client.{attribute}, a member of SequenceClient: "
                f"name it in {SURFACE} (resources: {{{tag[:60]!r}: <name>}})"
            )
        other = seen.setdefault(attribute, tag)
        if other != tag:
            raise SpecError(
                f"areas {other[:60]!r} and {tag[:60]!r} would both be client.{attribute}: name one in {SURFACE}"
            )


def _check_unique(methods: list[Method]) -> None:
    seen: dict[str, str] = {}
    for method in methods:
        other = seen.setdefault(method.qualified, method.operation_id)
        if other != method.operation_id:
            raise SpecError(
                f"{method.operation_id} and {other} would both be `{method.qualified}`: "
                f"name one in {SURFACE} (methods: {{{method.operation_id}: <name>}})"
            )
