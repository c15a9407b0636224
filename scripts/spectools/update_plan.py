"""What the official schema's newest revisions mean for the working tree: read them, decide, stage.

Upstream is read either from the schema repository (``--schema-repo``, the default: its history
is what the settling rule reads) or from one URL (``--schema-url``: each distinct revision fetched
is remembered in ``build/spec-watch/``, which stands in for the history).
"""

from __future__ import annotations

import hashlib
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml

from spectools.document import Doc, operations
from spectools.errors import SpecError, UntrustedError, UpdateError
from spectools.fetch import Fetcher, FetchError
from spectools.history import (
    Observed,
    fingerprints,
    from_json,
    git_blob,
    git_dir,
    git_revisions,
    locally_normalised,
    operation_node,
    to_json,
)
from spectools.layout import RULES, SOURCES
from spectools.merge import Built, build_all
from spectools.official import Revision, dump, slice_operation
from spectools.settle import Decision, decide, removes
from spectools.shapes import expanded
from spectools.untrusted import check_names, check_refs, one_line, parse_untrusted
from spectools.upstream import Upstream

SCHEMA_MAX_BYTES = 32_000_000  # the file is 2.2 MB (2026-08); a schema this large is not one
STATE_DIR = "build/spec-watch"


@dataclass(frozen=True)
class Newest:
    """The newest revision: its document (checked); its operations are sliced on demand."""

    revision: Revision
    doc: Doc
    cache: dict[str, Any] = field(default_factory=dict, compare=False)

    def source(self, operation_id: str) -> str:
        """The one-operation source of ``operation_id``, verbatim, with this revision's provenance."""
        found = self._where().get(operation_id)
        if found is None:
            raise UpdateError(f"{operation_id}: not in the newest revision")
        return self.revision.header() + dump(slice_operation(self.doc, *found))

    def _where(self) -> dict[str, tuple[str, str]]:
        """operationId -> (path, method), once (a lookup per taken operation was quadratic)."""
        if "where" not in self.cache:
            self.cache["where"] = {op.operation_id: (op.path, op.method) for op in operations(self.doc)}
        found: dict[str, tuple[str, str]] = self.cache["where"]
        return found


@dataclass(frozen=True)
class Committed:
    """The committed sources, parsed, and each operation's fingerprint."""

    docs: dict[str, Doc]
    fingerprints: dict[str, str | None]

    @classmethod
    def load(cls, root: Path, rules: dict[str, Any]) -> Committed:
        docs = committed_sources(root)
        return cls(docs, {op_id: fingerprints(doc, rules).get(op_id) for op_id, doc in docs.items()})


@dataclass
class Plan:
    """What the newest revisions mean for the sources."""

    newest: Revision
    revisions_read: int
    decisions: list[Decision] = field(default_factory=list)
    taken: dict[str, str] = field(default_factory=dict)  # operationId -> its new source text
    removed: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    @property
    def writes(self) -> bool:
        return bool(self.taken or self.removed)

    @property
    def waiting(self) -> list[Decision]:
        return [d for d in self.decisions if not d.take]


def parse_schema(data: bytes, name: str, *, names: bool = True) -> Doc:
    """One revision of the schema file, refused unless it is a bounded, local-only document
    (``names``: and its names cannot collide, for the revision the sources are sliced from)."""
    fmt: Literal["json", "yaml"] = "yaml" if name.endswith((".yaml", ".yml")) else "json"
    try:
        doc = parse_untrusted(data, fmt=fmt, what=name, max_bytes=SCHEMA_MAX_BYTES)
        check_refs(doc, name)
        if names:
            check_names(doc, name)
    except UntrustedError as exc:
        raise UpdateError(str(exc)) from None
    if not isinstance(doc.get("paths"), dict) or not any(True for _ in operations(doc)):
        raise UpdateError(one_line(f"{name}: not an OpenAPI schema with operations"))
    return doc


def _newest(data: bytes, name: str, revision: Revision) -> Newest:
    return Newest(revision, parse_schema(data, name))


def _local_git_dir(repo: str, root: Path) -> str:
    """A local repository as it is; a remote one cloned (bare, once) into ``build/`` and fetched."""
    if Path(repo).exists():
        return git_dir(Path(repo))
    cache = root / STATE_DIR / ("repo-" + hashlib.sha256(repo.encode()).hexdigest()[:12] + ".git")
    cmd = ["git", "--git-dir", str(cache), "fetch", "--quiet", "--prune", repo, "+refs/heads/*:refs/heads/*"]
    if not cache.exists():
        cmd = ["git", "clone", "--quiet", "--bare", "--filter=blob:none", "--", repo, str(cache)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UpdateError(one_line(f"{repo}: {exc}")) from None
    if done.returncode != 0:
        raise UpdateError(one_line(f"{repo}: git {cmd[3] if cmd[1] == '--git-dir' else 'clone'}: {done.stderr}"))
    return str(cache)


def from_repository(
    repo: str, ref: str, upstream: Upstream, rules: dict[str, Any], root: Path
) -> tuple[list[Observed], Newest]:
    """The newest ``lookback`` revisions of the schema file at ``ref``, and the newest one whole."""
    gitdir = _local_git_dir(repo, root)
    history: list[Observed] = []
    data, revision = b"", Revision("")
    found = git_revisions(gitdir, upstream.file, ref, upstream.settle.lookback)
    for index, (commit, when) in enumerate(found):
        newest = index == len(found) - 1
        try:
            data = git_blob(gitdir, commit, upstream.file)
            date = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(when))
            revision = Revision.of(data, commit, date, f"{_display(repo)} {upstream.file}")
            doc = parse_schema(data, upstream.file, names=newest)
            history.append(Observed(revision, when, fingerprints(doc, rules)))
        except (UpdateError, SpecError) as exc:
            if newest:
                raise UpdateError(one_line(f"the newest revision, {commit[:12]}: {exc}", 600)) from None
            # An older broken revision must not stall the watch for `lookback` revisions: it is
            # left out of the history (the settling rule then sees one revision fewer).
    return history, Newest(revision, doc)


def _display(repo: str) -> str:
    """A repository as provenance: a URL without credentials, a local path by its name only."""
    if "://" in repo:
        parts = urlsplit(repo)
        return parts._replace(netloc=parts.hostname or "").geturl()
    return Path(repo).name


def from_url(
    url: str, fetcher: Fetcher, upstream: Upstream, rules: dict[str, Any], root: Path
) -> tuple[list[Observed], Newest]:
    """One revision from ``url``; the history is the distinct revisions fetched from it before."""
    try:
        text = fetcher.get_text(url)
    except FetchError as exc:
        raise UpdateError(one_line(str(exc))) from None
    data = text.encode("utf-8")
    revision = Revision.of(data, origin=url)
    newest = _newest(data, upstream.file, revision)
    state = root / STATE_DIR / ("url-" + hashlib.sha256(url.encode()).hexdigest()[:12] + ".json")
    history = from_json(state.read_text(encoding="utf-8")) if state.is_file() else []
    if not history or history[-1].revision.sha256 != revision.sha256:
        history.append(Observed(revision, time.time(), fingerprints(newest.doc, rules)))
    history = history[-upstream.settle.lookback :]
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text(to_json(history), encoding="utf-8")
    return history, newest


def committed_sources(root: Path) -> dict[str, Doc]:
    """Every committed source, parsed (the project's own files: the fast C loader)."""
    found: dict[str, Doc] = {}
    for path in sorted((root / SOURCES).glob("*.yaml")):
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        if not isinstance(doc, dict):
            raise UpdateError(f"{SOURCES}/{path.name}: not an OpenAPI document")
        found[path.stem] = doc
    return found


def _trees(doc: Doc | None, operation_ids: list[str], rules: dict[str, Any]) -> dict[str, Any]:
    """Some operations after the local rules, references expanded (what their fingerprints hash)."""
    if doc is None or not operation_ids:
        return {}
    doc = locally_normalised(doc, rules)
    wanted = [op for op in operations(doc) if op.operation_id in set(operation_ids)]
    if not wanted:
        return {}
    trees = expanded(doc, [operation_node(doc, op) for op in wanted])
    return {op.operation_id: tree for op, tree in zip(wanted, trees, strict=True)}


def make_plan(
    history: list[Observed], newest: Newest, upstream: Upstream, rules: dict[str, Any], state: Committed
) -> Plan:
    """Decide, operation by operation, what the settling rule takes from the newest revision."""
    sources, committed = state.docs, state.fingerprints
    plan = Plan(newest.revision, len(history))
    newest_fps = history[-1].fingerprints
    plan.ignored = sorted(upstream.ignore.keys() & (set(committed) | set(newest_fps)))
    changed = sorted(
        op_id
        for op_id in set(committed) | set(newest_fps)
        if op_id not in upstream.ignore and committed.get(op_id) != newest_fps.get(op_id)
    )
    new_trees = _trees(newest.doc, [op_id for op_id in changed if op_id in newest_fps], rules)
    for op_id in changed:
        old_tree = _trees(sources.get(op_id), [op_id], rules).get(op_id)
        removal = removes(old_tree, new_trees.get(op_id))
        decision = decide(op_id, committed.get(op_id), history, upstream.settle, removal)
        plan.decisions.append(decision)
        if decision.take and op_id in newest_fps:
            plan.taken[op_id] = newest.source(op_id)
        elif decision.take:
            plan.removed.append(op_id)
    return plan


def stage(plan: Plan, root: Path, staged: Path) -> Built:
    """Write the complete new sources directory to ``staged`` and build it (nothing else is touched)."""
    staged.mkdir(parents=True)
    for path in sorted((root / SOURCES).glob("*.yaml")):
        if path.stem not in plan.removed and path.stem not in plan.taken:
            (staged / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    for op_id, text in plan.taken.items():
        (staged / f"{op_id}.yaml").write_text(text, encoding="utf-8")
    try:
        return build_all(staged, root / RULES)
    except SpecError as exc:
        raise UpdateError(one_line(f"the new sources would not merge (nothing written): {exc}", 600)) from None
