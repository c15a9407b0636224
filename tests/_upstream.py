"""A small copy of the project for the spec-watch tests, and upstream schema revisions to feed it.

The copy holds the whole spec pipeline and SDK, with its sources cut to a few real operations
(sliced from a fixture revision of the official schema), built, generated and committed, so a
watch run that opens a pull request regenerates and reports in seconds. The real checkout is
never touched.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from spectools.official import Revision, body, split

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "upstream"
PARTS = ("openapi", "scripts", "generated", "sequence_async", "pyproject.toml", "CHANGELOG.md", ".gitignore")
SCHEMA_FILE = "2024-07-30.product.json"
# Never let an outer git (a hook, a worktree) redirect the throwaway repositories' commands.
ENV = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}


def git(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    cmd = ["git", "-c", "user.name=watch", "-c", "user.email=watch@example.com", "-c", "commit.gpgsign=false"]
    done = subprocess.run(
        [*cmd, *args], cwd=repo, env={**ENV, **(env or {})}, capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def revisions(scenario: str) -> list[dict[str, Any]]:
    """A scenario's real revisions, oldest first: commit, date, file, sha256, what, and the slice
    itself (``doc``), rebuilt from the stored base and differences and checked against its sha256."""
    listed = [
        r for r in yaml.safe_load((FIXTURES / "revisions.yaml").read_text())["revisions"] if r["scenario"] == scenario
    ]
    doc: dict[str, Any] = {}
    for entry in listed:
        stored = json.loads((FIXTURES / entry["file"]).read_text())
        doc = stored if entry["file"].endswith("-base.json") else _patched(doc, stored)
        digest = hashlib.sha256(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
        assert digest == entry["sha256"], f"{entry['file']} does not rebuild revision {entry['commit']}"
        entry["doc"] = copy.deepcopy(doc)
    return listed


def _patched(doc: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with the top-level entries of ``patch`` set and deleted (JSON pointers, see cut.py)."""
    doc = copy.deepcopy(doc)
    for pointer in patch["delete"]:
        holder, key = _holder(doc, pointer)
        del holder[key]
    for pointer, value in patch["set"].items():
        holder, key = _holder(doc, pointer)
        holder[key] = value
    for path in [p for p, item in doc.get("paths", {}).items() if not set(item) - {"servers", "parameters"}]:
        del doc["paths"][path]  # a path whose operations all went
    return doc


def _holder(doc: dict[str, Any], pointer: str) -> tuple[dict[str, Any], str]:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    holder = doc
    for part in parts[:-1]:
        holder = holder.setdefault(part, {})
    return holder, parts[-1]


def schema_repository(where: Path, entries: list[dict[str, Any]]) -> list[str]:
    """A git repository with one commit per revision (at its real date), like SequenceHQ's."""
    where.mkdir(parents=True)
    git(where, "init", "-q", "-b", "main")
    commits = []
    for entry in entries:
        # Upstream's file changes at every revision; a slice may not, so it says where it was cut
        # from (git would otherwise see no change, and the watch one revision fewer).
        doc = copy.deepcopy(entry["doc"])
        doc["info"]["x-sliced-from"] = entry["commit"]
        (where / SCHEMA_FILE).write_text(json.dumps(doc, indent=2))
        git(where, "add", SCHEMA_FILE)
        date = {"GIT_AUTHOR_DATE": entry["date"], "GIT_COMMITTER_DATE": entry["date"]}
        git(where, "commit", "-q", "--allow-empty", "-m", f"Update OpenAPI Schema ({entry['commit'][:12]})", env=date)
        commits.append(git(where, "rev-parse", "HEAD").strip())
    return commits


def run_script(root: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=root, env=ENV, capture_output=True, text=True, check=False, timeout=timeout
    )


def small_project(where: Path, base: dict[str, Any]) -> Path:
    """The project with its sources replaced by the operations of ``base``, rebuilt and committed."""
    for part in PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, where / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, where / part)
    sources = where / "openapi" / "sources"
    shutil.rmtree(sources)
    sources.mkdir()
    for op_id, text in split(base, Revision.of(b"base", origin=SCHEMA_FILE)).items():
        (sources / f"{op_id}.yaml").write_text(text)
    # Every operation gets a method from `make generate` (sequence_async/resources): none is unexposed.
    (where / "openapi" / "unexposed.yaml").write_text("{}\n")
    for step in (["scripts/merge_spec.py"], ["scripts/generate.py", "generate", "--root", str(where)]):
        done = run_script(where, *step)
        assert done.returncode == 0, done.stderr
    git(where, "init", "-q")
    git(where, "add", ".")
    git(where, "commit", "-q", "-m", "base")
    return where


def snapshot(repo: Path) -> dict[str, bytes]:
    """Every tree file by path: not .git, build/ or bytecode caches (which any Python run may write
    unless PYTHONDONTWRITEBYTECODE is set, as it is not on CI)."""
    return {
        str(p.relative_to(repo)): p.read_bytes()
        for p in sorted(repo.rglob("*"))
        if p.is_file() and not {".git", "build", "__pycache__"} & set(p.relative_to(repo).parts)
    }


SEEDS = ("getCustomerAliases", "getCustomersByIdAliases", "deleteCustomerAliasesById", "getCustomersByCustomerContacts")


def whole(op_ids: tuple[str, ...]) -> dict[str, Any]:
    """A whole schema made of some committed sources (as upstream publishes them together)."""
    out: dict[str, Any] = {}
    for op_id in op_ids:
        doc = yaml.load(body((ROOT / "openapi" / "sources" / f"{op_id}.yaml").read_text()), Loader=yaml.CSafeLoader)
        for key in ("openapi", "info", "servers"):
            out.setdefault(key, doc[key])
        out.setdefault("tags", []).extend(t for t in doc.get("tags", []) if t not in out["tags"])
        for path, item in doc["paths"].items():
            out.setdefault("paths", {}).setdefault(path, {}).update(item)
        for kind, found in doc.get("components", {}).items():
            out.setdefault("components", {}).setdefault(kind, {}).update(found)
    return out
