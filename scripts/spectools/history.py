"""Revisions of the official schema file, and what each says about every operation's structure.

A *fingerprint* is an operation's structure as the SDK sees it: the operation with its path-level
parameters and every schema it reaches, after the local normalisation rules (auth and version
headers dropped, optional fields nullable, ...), without text (descriptions, examples) and
without upstream's schema names (references replaced by shapes). A revision that only rewords,
re-examples or renames has the same fingerprints as the one before it.
"""

from __future__ import annotations

import copy
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spectools.document import HTTP_METHODS, SCHEMA_REF, Doc, Operation, operations
from spectools.errors import UpdateError
from spectools.normalise import RULES
from spectools.official import Revision
from spectools.shapes import _strip, digest, shapes
from spectools.untrusted import one_line

# The normalisation rules that act on each operation alone (the others act across operations
# or name things, which fingerprints ignore anyway).
LOCAL_RULES = (
    "http_basic_auth",
    "client_managed_headers",
    "array_items",
    "query_bounds",
    "date_time_fields",
    "nullable_optional_fields",
    "drop_empty_lists",
)
GIT_TIMEOUT = 300


@dataclass(frozen=True)
class Observed:
    """One revision of the schema file: where it came from, when, and each operation's fingerprint."""

    revision: Revision
    time: float  # seconds since the epoch (the commit's time; the fetch's for a URL)
    fingerprints: dict[str, str]


def locally_normalised(doc: Doc, rules: dict[str, Any]) -> Doc:
    """A copy of ``doc`` with the local rules of ``rules`` applied, and the operations' references
    to other components than schemas (parameters, request bodies, responses) inlined, so a change
    in a shared parameter is a change of every operation using it."""
    doc = copy.deepcopy(doc)
    _inline_components(doc)
    for name in LOCAL_RULES:
        if name in rules:
            RULES[name](doc, rules[name])
    return doc


def _inline_components(doc: Doc) -> None:
    components = doc.get("components") or {}
    stack: list[Any] = [doc.get("paths")]
    budget = 1_000_000  # references are checked acyclic first; this bounds a deep chain all the same
    while stack and budget > 0:
        node = stack.pop()
        budget -= 1
        if isinstance(node, list):
            for index, value in enumerate(node):
                node[index] = _target(components, value)
                stack.append(node[index])
        elif isinstance(node, dict):
            for key, value in node.items():
                node[key] = _target(components, value)
                stack.append(node[key])


def _target(components: dict[str, Any], value: Any) -> Any:
    """The component a non-schema ``$ref`` points to (a copy), else ``value``."""
    ref = value.get("$ref") if isinstance(value, dict) else None
    if isinstance(ref, str) and ref.startswith("#/components/") and not ref.startswith(SCHEMA_REF):
        kind, _, name = ref[len("#/components/") :].partition("/")
        found = (components.get(kind) or {}).get(name)
        if isinstance(found, dict):
            return copy.deepcopy(found)
    return value


def fingerprints(doc: Doc, rules: dict[str, Any]) -> dict[str, str]:
    """``operationId -> fingerprint`` for every operation of a whole schema (or of a source)."""
    doc = locally_normalised(doc, rules)
    shape_of = shapes(doc)
    return {op.operation_id: digest(_strip(operation_node(doc, op), shape_of)) for op in operations(doc)}


def operation_node(doc: Doc, op: Operation) -> dict[str, Any]:
    """What an operation's structure is made of: where it is, its path-level parameters, itself."""
    item = doc["paths"][op.path]
    shared = {k: v for k, v in item.items() if k not in HTTP_METHODS and k != "servers"}
    return {"at": [op.method, op.path], "item": shared, "op": op.spec}


def _git(args: list[str], repo: str) -> bytes:
    try:
        done = subprocess.run(["git", "--git-dir", repo, *args], capture_output=True, check=False, timeout=GIT_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UpdateError(one_line(f"git {args[0]}: {exc}")) from None
    if done.returncode != 0:
        raise UpdateError(one_line(f"git {' '.join(args[:2])}: {done.stderr.decode(errors='replace')}"))
    return done.stdout


def git_dir(repo: Path) -> str:
    """The git directory of a repository path (a bare mirror or a work tree)."""
    return str(repo / ".git") if (repo / ".git").exists() else str(repo)


def git_revisions(repo: str, file: str, ref: str, count: int) -> list[tuple[str, float]]:
    """The newest ``count`` commits changing ``file`` up to ``ref``, oldest first, with their times."""
    out = _git(["log", f"-n{count}", "--format=%H %ct", "--end-of-options", ref, "--", file], repo).decode()
    found = [(h, float(t)) for h, t in (line.split() for line in out.splitlines() if line.strip())]
    if not found:
        raise UpdateError(one_line(f"{file}: no revision at {ref} in the schema repository"))
    return found[::-1]


def git_blob(repo: str, commit: str, file: str, max_bytes: int = 32_000_000) -> bytes:
    """The file at ``commit``, refused before it is read when larger than ``max_bytes``."""
    size = int(_git(["cat-file", "-s", f"{commit}:{file}"], repo).decode().strip() or 0)
    if size > max_bytes:
        raise UpdateError(f"{file} at {commit[:12]}: {size:,} bytes, larger than {max_bytes:,}")
    return _git(["cat-file", "blob", f"{commit}:{file}"], repo)


def to_json(observed: list[Observed]) -> str:
    rows = [
        {"sha256": o.revision.sha256, "commit": o.revision.commit, "time": o.time, "ops": o.fingerprints}
        for o in observed
    ]
    return json.dumps({"version": 1, "observed": rows}, sort_keys=True)


def from_json(text: str) -> list[Observed]:
    """Observations saved by :func:`to_json` (a corrupt or foreign file reads as none)."""
    try:
        rows = json.loads(text)["observed"]
        return [Observed(Revision(str(r["sha256"]), r.get("commit")), float(r["time"]), dict(r["ops"])) for r in rows]
    except (ValueError, KeyError, TypeError):
        return []
