"""Every generated method of ``sequence_async.resources``, and valid calls of it against an emulator.

:data:`METHODS` is found by walking the generated modules (one per ``client.<area>`` of ``AREAS``)
for the functions marked ``@operation``; each carries its :class:`Op`. :func:`sample` makes a value
valid against an Op's argument schema (the SDK's subset of OpenAPI, ``$ref`` names resolved in
``op.schemas``); :func:`valid_call` builds the arguments of one call whose path names records that
exist in the emulator, and says which request the emulator must then see.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import itertools
import pkgutil
import urllib.parse
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import sequence_api.models
import yaml

import sequence_async.resources
from sequence_async import SequenceClient
from sequence_async._operations import Op, Resource
from sequence_async.resources import AREAS
from sequence_async.testing import SequenceEmulator
from sequence_async.testing._generic import collection_name
from tests._existing import API, ROLES, existing_ids

ROOT = Path(__file__).resolve().parent.parent
Schema = Mapping[str, Any]

__all__ = [
    "HAND_WRITTEN",
    "METHODS",
    "MODULES",
    "Call",
    "Method",
    "document_operations",
    "json_types",
    "nullable_in_document",
    "resolve",
    "sample",
    "valid_call",
]


@dataclasses.dataclass(frozen=True)
class Method:
    """One generated method: ``client.<area>.<name>`` and the operation it sends."""

    area: str
    name: str
    op: Op[Any]
    function: Callable[..., Any]

    @property
    def id(self) -> str:
        return f"{self.area}.{self.name}"

    @property
    def operation_id(self) -> str:
        return self.op.operation_id

    @property
    def writes(self) -> bool:
        """POST or PATCH: resent only when no attempt can have been applied (or with a key)."""
        return self.op.method in ("POST", "PATCH")

    def bound(self, client: SequenceClient) -> Callable[..., Any]:
        """The method through the public API: ``getattr(getattr(client, area), name)``."""
        method: Callable[..., Any] = getattr(getattr(client, self.area), self.name)
        return method

    @property
    def returns(self) -> str:
        """The return annotation, as written (the modules use postponed annotations)."""
        annotation = inspect.signature(self.function).return_annotation
        assert isinstance(annotation, str), self.id
        return " ".join(annotation.split())

    def result_types(self) -> tuple[type, ...] | None:
        """The classes the result (each item, for a paginator) may be; None: the result is None."""
        annotation = self.returns.strip("() ")
        if annotation == "None":
            return None
        if annotation.startswith("AsyncPaginator["):
            annotation = annotation.removeprefix("AsyncPaginator[").removesuffix("]")
        if annotation == "bytes":
            return (bytes,)
        names = [name.strip() for name in annotation.split("|")]
        return tuple(getattr(sequence_api.models, name) for name in names)


def _discover() -> tuple[Method, ...]:
    found: list[Method] = []
    for area in AREAS:
        module = importlib.import_module(f"sequence_async.resources.{area}")
        ops = {value.operation_id: value for value in vars(module).values() if isinstance(value, Op)}
        classes = [
            value
            for value in vars(module).values()
            if inspect.isclass(value) and issubclass(value, Resource) and value.__module__ == module.__name__
        ]
        for cls in classes:
            for name, function in vars(cls).items():
                operation_id = getattr(function, "__sequence_operation__", None)
                if operation_id is not None:
                    found.append(Method(area, name, ops[operation_id], function))
    return tuple(sorted(found, key=lambda method: method.id))


METHODS = _discover()
MODULES = frozenset(info.name for info in pkgutil.iter_modules(sequence_async.resources.__path__))
HAND_WRITTEN: dict[str, str] = yaml.load(
    (ROOT / "openapi" / "surface.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader
)["hand_written"]


def document_operations() -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path template) of every operation of openapi/sequence.yaml."""
    document = yaml.load((ROOT / "openapi" / "sequence.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return {
        operation["operationId"]: (method.upper(), path)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }


# -- values valid against an Op's schemas --------------------------------------------------------

_FORMATS = {"date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01", "uuid": "00000000-0000-7000-8000-000000000000"}


def resolve(schema: Schema, named: Mapping[str, Schema]) -> Schema:
    while "$ref" in schema:
        schema = named[schema["$ref"]]
    return schema


def sample(schema: Schema, named: Mapping[str, Schema], depth: int = 0) -> Any:
    """A JSON value valid against ``schema``: every declared property filled in (to a depth)."""
    schema = resolve(schema, named)
    if "oneOf" in schema:
        return sample(schema["oneOf"][0], named, depth)
    if "enum" in schema:
        return next(value for value in schema["enum"] if value is not None)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required", ()))
        properties: Mapping[str, Schema] = schema.get("properties", {})
        return {
            name: sample(sub, named, depth + 1) for name, sub in properties.items() if depth < 4 or name in required
        }
    if kind == "array":
        count = max(1 if depth < 4 else 0, int(schema.get("minItems", 0)))
        return [sample(schema.get("items", {}), named, depth + 1) for _ in range(count)]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.5))
    if kind == "boolean":
        return True
    if kind == "string":
        return _FORMATS.get(str(schema.get("format")), "text")
    return "anything"


def json_types(schema: Schema, named: Mapping[str, Schema]) -> frozenset[str]:
    """The JSON types a value of ``schema`` may have ("null" when nullable); empty: any."""
    schema = resolve(schema, named)
    if "oneOf" in schema:
        alternatives = [json_types(sub, named) for sub in schema["oneOf"]]
        if any(not kinds for kinds in alternatives):
            return frozenset()
        return frozenset().union(*alternatives) | {"null"}  # the SDK lets a oneOf take None
    kind = schema.get("type")
    if kind is None:
        return frozenset()
    kinds = {"integer", "number"} if kind == "number" else {kind}
    return frozenset(kinds | ({"null"} if schema.get("nullable") else set()))


# -- one valid call per method ---------------------------------------------------------------------


@dataclasses.dataclass
class Call:
    """A call's arguments and the request it must make."""

    args: list[Any]
    kwargs: dict[str, Any]
    path: str  # raw (percent-encoded) path the emulator must record

    def invoke(self, method: Method, client: SequenceClient, **extra: Any) -> Any:
        return method.bound(client)(*self.args, **self.kwargs, **extra)


_UNIQUE = itertools.count()


def path_ids(emulator: SequenceEmulator, method: Method) -> dict[str, str]:
    """Path parameters (API names) naming records that exist (an enum parameter: its first value)."""
    document = API.operations[method.operation_id]
    fresh = method.op.method == "DELETE"
    values = existing_ids(emulator, method.operation_id, fresh=fresh) if document.path_params else []
    ids = dict(zip([param.name for param in document.path_params], values, strict=True))
    for _name, wire, schema, _required in method.op.path:
        if resolve(schema, method.op.schemas).keys() - {"type"} or ids[wire] == "x":
            ids[wire] = str(sample(schema, method.op.schemas))
    return ids


def body_values(emulator: SequenceEmulator, method: Method) -> dict[str, Any]:
    """Every body argument (python name -> JSON value), sampled, with ids that exist where they matter."""
    op = method.op
    values = {name: sample(schema, op.schemas) for name, _wire, schema, _required in op.body}
    if "customer_id" in values:
        values["customer_id"] = emulator.customers[0]
    if method.operation_id == "postCustomerAliases":
        values["value"] = f"alias-{next(_UNIQUE)}"  # unique among live aliases
    return values


def valid_call(emulator: SequenceEmulator, method: Method, *, seed_list: bool = True) -> Call:
    """Arguments of a call that succeeds, against records that exist in ``emulator``."""
    op = method.op
    ids = path_ids(emulator, method)
    args = [ids[wire] for _name, wire, _schema, _required in op.path]
    kwargs: dict[str, Any] = {
        name: sample(schema, op.schemas) for name, _wire, schema, required in op.query if required
    }
    kwargs.update(body_values(emulator, method))
    if op.body_whole is not None:
        kwargs["body"] = sample(op.body_whole, op.schemas)
    path = op.template
    for wire, value in ids.items():
        path = path.replace("{" + wire + "}", urllib.parse.quote(value, safe=""))
    role = ROLES[method.operation_id]
    if seed_list and op.paginated and role.kind == "list" and role.collection is not None:
        emulator.add_record(collection_name(role.collection), parent=args[-1] if args else "")
    return Call(args, kwargs, path)


def nullable_in_document(method: Method) -> list[tuple[str, str]]:
    """Body arguments (python name, API name) the document lets be null."""
    document = API.operations[method.operation_id].body
    if document is None or not method.op.body:
        return []
    properties = API.schemas.resolve(document).get("properties", {})
    nullable = []
    for name, wire, _schema, _required in method.op.body:
        alternatives = properties.get(wire, {}).get("anyOf", ())
        if {"type": "null"} in alternatives:
            nullable.append((name, wire))
    return nullable
