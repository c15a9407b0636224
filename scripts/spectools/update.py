"""Follow Sequence's official schema and update the SDK when it changed (``make update-spec``).

1. Read ``openapi/upstream.yaml``: the schema repository, the file, the settling rule.
2. Read the newest revisions of the schema file: from the repository (``--schema-repo``, default
   the one named there, at ``--schema-ref``), or one revision from ``--schema-url`` (a mirror, a
   loopback server), remembered under ``build/spec-watch/`` as the history. Every revision is
   untrusted input: bounded in size, depth and aliases, local ``$ref``s only, names that cannot
   collide (:mod:`.untrusted`).
3. Per operation, compare the structure (:mod:`.history` fingerprints: no text, no upstream schema
   names) of the committed source with the newest revision's, and apply the settling rule
   (:mod:`.settle`): a structural change is taken once it has held long enough.
4. Only when something is taken: stage the new ``openapi/sources/`` (the taken operations sliced
   verbatim from the newest revision, :mod:`.official`), trial-merge it, then write the sources,
   ``openapi/sequence.yaml`` and ``openapi/names.yaml``, regenerate and run the spec report
   against ``--base`` (default ``HEAD``); with ``--changelog`` add the report's draft entry to
   ``CHANGELOG.md``. If any step fails, or SIGTERM/SIGINT arrives, every file is restored.

Exit status of this script (``make update-spec`` turns every non-zero one into make's own 2):
  0  no change to take: nothing structural changed, or it has not settled yet; nothing written
     (with ``--schema-url``, ``build/spec-watch/`` remembers the revision)
  1  error: network, git, an invalid, hostile or clashing document, a failed generation or
     report, the deadline; one ``update-spec: error: ...`` line; nothing written (or all restored)
  2  additive: sources updated, nothing breaking, every operation covered
  3  breaking change or uncovered operation (the spec report's exit 3); sources updated

Usage: python scripts/update_spec.py [--schema-repo GIT_URL_OR_PATH [--schema-ref REF] |
       --schema-url URL] [--changelog] [--pr-body FILE] [--outputs FILE] [--base REF]
       [--timeout S] [--retries N] [--deadline S]
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any, NoReturn

import httpx
import yaml

from spectools.errors import SpecError, UntrustedError, UpdateError
from spectools.fetch import Fetcher
from spectools.history import Observed
from spectools.layout import CHANGELOG, REPORT_FILE, ROOT, RULES, UPSTREAM
from spectools.untrusted import deadline, one_line
from spectools.update_apply import Verdict, apply
from spectools.update_plan import SCHEMA_MAX_BYTES, Committed, Newest, Plan, from_repository, from_url, make_plan, stage
from spectools.update_summary import pr_body, summary_lines, write_outputs
from spectools.upstream import Upstream, load_upstream

SCHEMA_URL_ENV = "SPEC_SCHEMA_URL"
EXIT_NO_CHANGE, EXIT_ERROR, EXIT_ADDITIVE, EXIT_FINDINGS = 0, 1, 2, 3
DEFAULT_DEADLINE = 1500.0  # seconds for the whole run (a normal one: about a minute); under the workflow's 30 minutes


def user_agent(root: Path) -> str:
    try:
        version = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        version = "0"
    return f"sequence-async-spec-watch/{version} (scripts/update_spec.py; python-httpx/{httpx.__version__})"


def _nothing_written(plan: Plan, outputs: Path | None) -> int:
    write_outputs(outputs, {"changed": "false", "status": str(EXIT_NO_CHANGE), "breaking": "false"})
    waiting = f"; {len(plan.waiting)} change(s) still settling" if plan.waiting else ""
    print(f"update-spec: no change to take{waiting}; nothing written")
    return EXIT_NO_CHANGE


def _updated(plan: Plan, verdict: Verdict, args: argparse.Namespace) -> int:
    """Say what was updated: the pull request body, the CI outputs, the report; the exit status."""
    body = pr_body(plan, verdict)
    if args.pr_body is not None:
        args.pr_body.parent.mkdir(parents=True, exist_ok=True)
        args.pr_body.write_text(body, encoding="utf-8")
    status = EXIT_FINDINGS if verdict.status == 3 else EXIT_ADDITIVE
    kind = "breaking" if verdict.breaking else "uncovered operations" if verdict.uncovered else "additive"
    labels = "spec-watch,breaking" if verdict.breaking else "spec-watch"
    write_outputs(
        args.outputs,
        {
            "changed": "true",
            "status": str(status),
            "breaking": str(verdict.breaking).lower(),
            "labels": labels,
            "title": f"Spec watch: Sequence's API schema changed ({kind})",
        },
    )
    print(verdict.report, end="")
    print(
        f"update-spec: updated ({kind}): {REPORT_FILE}"
        + (f", pull request body {args.pr_body}" if args.pr_body else "")
    )
    return status


def _read(
    args: argparse.Namespace, upstream: Upstream, rules: dict[str, Any], root: Path
) -> tuple[list[Observed], Newest]:
    url = args.schema_url or os.environ.get(SCHEMA_URL_ENV)
    if url and not args.schema_repo:
        fetcher = Fetcher(
            user_agent(root),
            timeout=args.timeout,
            retries=args.retries,
            backoff=args.backoff,
            max_bytes=SCHEMA_MAX_BYTES,
        )
        with fetcher:
            return from_url(url, fetcher, upstream, rules, root)
    repo = args.schema_repo or upstream.repository
    return from_repository(repo, args.schema_ref or upstream.ref, upstream, rules, root)


def run(args: argparse.Namespace) -> int:
    root: Path = args.root.resolve()
    upstream = load_upstream(root / UPSTREAM)
    rules = yaml.safe_load((root / RULES).read_text(encoding="utf-8")) or {}
    history, newest = _read(args, upstream, rules, root)
    plan = make_plan(history, newest, upstream, rules, Committed.load(root, rules))
    for line in summary_lines(plan):
        print(f"update-spec: {line}")
    if not plan.writes:
        return _nothing_written(plan, args.outputs)
    with tempfile.TemporaryDirectory(prefix="update-spec-") as tmp:
        built = stage(plan, root, Path(tmp) / "staged")
    verdict = apply(plan, built, root, args)
    return _updated(plan, verdict, args)


class _Parser(argparse.ArgumentParser):
    """Bad arguments are an error (exit 1, one line), never argparse's 2, which means "additive"."""

    def error(self, message: str) -> NoReturn:
        print(f"update-spec: error: {one_line(message)}\nupdate-spec: nothing written", file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


def _positive(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or value <= 0:
        raise ValueError(text)
    return value


def _check_paths(args: argparse.Namespace) -> None:
    """The files the run writes at the end must be writable regular files: checked first, so a
    directory or a FIFO there cannot fail the run after the tree was updated."""
    for option, path in (("--pr-body", args.pr_body), ("--outputs", args.outputs)):
        if path is not None and ((path.exists() and not path.is_file()) or path.is_symlink()):
            raise UpdateError(f"{option} {one_line(str(path), 200)}: not a regular file")
    ref = args.schema_ref or ""
    if ref.startswith("-") or any(c.isspace() or ord(c) < 32 for c in ref):
        raise UpdateError(f"--schema-ref {one_line(ref, 100)!r}: not a branch, tag or commit")


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema-repo", help=f"the schema repository, a git URL or path (default: {UPSTREAM})")
    parser.add_argument("--schema-ref", help=f"the branch, tag or commit to read (default: {UPSTREAM})")
    parser.add_argument("--schema-url", help=f"read one revision from this URL instead (or ${SCHEMA_URL_ENV})")
    parser.add_argument("--changelog", action="store_true", help=f"add the report's draft entry to {CHANGELOG}")
    parser.add_argument("--pr-body", type=Path, help="write the pull request body (changes + spec report) here")
    parser.add_argument("--outputs", type=Path, help="append key=value results here (e.g. $GITHUB_OUTPUT)")
    parser.add_argument("--base", default="HEAD", help="git ref the spec report compares with (default: HEAD)")
    parser.add_argument("--timeout", type=_positive, default=30.0, help="seconds per request attempt (default: 30)")
    parser.add_argument("--retries", type=int, choices=range(11), default=3, help="retries of a transient failure")
    parser.add_argument("--backoff", type=_positive, default=1.0, help="first backoff ceiling, seconds (default: 1)")
    parser.add_argument("--deadline", type=_positive, default=DEFAULT_DEADLINE, help="seconds for the whole run")
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
    args = parser.parse_args(argv)
    try:
        _check_paths(args)
        with deadline(args.deadline):
            return run(args)
    except (UpdateError, UntrustedError, SpecError) as exc:
        return _error(args, str(exc))
    except RecursionError:
        return _error(args, "the document nests too deeply")
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, OSError) as exc:
        # A revision that parses but is malformed where no check looked: still one line, no traceback.
        return _error(args, f"upstream's document is malformed ({type(exc).__name__}: {exc})")


def _error(args: argparse.Namespace, message: str) -> int:
    print(f"update-spec: error: {one_line(message, 600)}\nupdate-spec: nothing written", file=sys.stderr)
    with contextlib.suppress(OSError):  # the outputs file is the caller's; the line above is what counts
        write_outputs(args.outputs, {"changed": "false", "status": str(EXIT_ERROR), "breaking": "false"})
    return EXIT_ERROR
