"""Where each schema is used: its *anchors*, the stable names of the places it appears.

``operationIds`` never change upstream (checked over 1,569 revisions), schema names do. A
schema's anchors name it by the role it plays in operations instead: ``getCustomerAliases:response``
is the page that operation returns, ``getCustomerAliases:response.items[]`` one of its items,
``postCustomers:request.address`` the address of the body that creates a customer. Parts:
``response`` (the first 2xx JSON body), ``response<status>`` (another status's body),
``request`` (the JSON body), ``param.<name>``, then
``.<property>``, ``[]`` (array items), ``{}`` (additionalProperties), ``.allOf[i]`` and so on.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from spectools.document import Doc, json_schema, operations, ref_name, resolve

COMBINERS = ("allOf", "anyOf", "oneOf")


def roots(doc: Doc) -> list[tuple[str, Any]]:
    """``(anchor, schema)`` for the bodies and parameters of every operation, in operationId order."""
    found: list[tuple[str, Any]] = []
    for op in sorted(operations(doc), key=lambda o: o.operation_id):
        responses = op.spec.get("responses") or {}
        main = next(
            (s for s in sorted(responses, key=str) if str(s).startswith("2") and _body(doc, responses[s])), None
        )
        for status in sorted(responses, key=str):
            schema = _body(doc, responses[status])
            if schema is not None:
                role = "response" if status == main else f"response{status}"
                found.append((f"{op.operation_id}:{role}", schema))
        body = json_schema(resolve(doc, op.spec.get("requestBody")))
        if body is not None:
            found.append((f"{op.operation_id}:request", body))
        for param in op.spec.get("parameters") or []:
            param = resolve(doc, param)
            if isinstance(param, dict) and "schema" in param:
                found.append((f"{op.operation_id}:param.{param.get('name')}", param["schema"]))
    return found


def _body(doc: Doc, response: Any) -> Any:
    return json_schema(resolve(doc, response))


def _children(anchor: str, node: dict[str, Any]) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for name, prop in (node.get("properties") or {}).items():
        out.append((f"{anchor}.{name}", prop))
    if isinstance(node.get("items"), dict):
        out.append((f"{anchor}[]", node["items"]))
    if isinstance(node.get("additionalProperties"), dict):
        out.append((f"{anchor}{{}}", node["additionalProperties"]))
    for key in COMBINERS:
        for index, part in enumerate(node.get(key) or []):
            out.append((f"{anchor}.{key}[{index}]", part))
    return out


def anchors(doc: Doc, max_depth: int = 12) -> dict[str, list[str]]:
    """Every component schema's anchors, shortest first (breadth-first from each operation).

    A schema is expanded once per root, at its shortest anchor, so the work is bounded by
    roots x schemas; ``max_depth`` bounds how deep an anchor may go.
    """
    all_schemas = (doc.get("components") or {}).get("schemas") or {}
    found: dict[str, list[str]] = {}
    for root_anchor, root in roots(doc):
        expanded: set[str] = set()
        queue: deque[tuple[str, Any, int]] = deque([(root_anchor, root, 0)])
        while queue:
            anchor, node, depth = queue.popleft()
            if not isinstance(node, dict) or depth > max_depth:
                continue
            name = ref_name(node)
            if name is not None:
                found.setdefault(name, []).append(anchor)
                if name in expanded or name not in all_schemas:
                    continue
                expanded.add(name)
                queue.append((anchor, all_schemas[name], depth + 1))  # a schema may itself be a $ref
                continue
            queue.extend((a, n, depth + 1) for a, n in _children(anchor, node))
    return {name: sorted(set(found[name]), key=lambda a: (a.count(".") + a.count("["), a)) for name in found}
