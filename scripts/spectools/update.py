"""Fetch Sequence's published API reference and update the SDK when it changed (``make update-spec``).

1. Read ``openapi/upstream.yaml``: the published page of every source, the documentation index
   and the discovery rule (documented in that file).
2. Fetch the index and every listed page (:mod:`.fetch`: timeouts, retries with backoff, a
   User-Agent) and extract each page's OpenAPI block with ``import_sources.load_source``, the code
   ``make import`` uses.
3. Discover new operations on the SDK's resources in the index; import them with ``--import-new``.
4. Stage the new ``openapi/sources/`` in a temporary directory and trial-merge it with the rules.
5. Only when a source changed: write the sources, the pages' verbatim copies (``openapi/published/``),
   the new pages (``openapi/upstream.yaml``), then ``make spec generate`` (the same scripts) and the
   spec report against ``--base`` (default ``HEAD``); with ``--changelog`` add the report's draft
   entry to ``CHANGELOG.md``. If any step fails every file is restored: all or nothing.

Exit status of this script (``make update-spec`` turns every non-zero one into make's own 2):
  0  no change: every page's OpenAPI block equals its source, nothing new; nothing written
  1  error: network, HTTP status, a page without an OpenAPI block, an invalid or clashing
     document, a failed generation or report; nothing written (or everything restored)
  2  additive: sources updated, nothing breaking, every operation covered; or new operations
     found but not imported (without ``--import-new``; nothing written)
  3  breaking change or uncovered operation (the spec report's exit 3); sources updated

Usage: python scripts/update_spec.py [--base-url URL] [--import-new] [--changelog]
       [--pr-body FILE] [--outputs FILE] [--base REF] [--timeout S] [--retries N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import tomllib
from pathlib import Path

import httpx

from spectools.errors import UpdateError
from spectools.fetch import Fetcher
from spectools.layout import CHANGELOG, REPORT_FILE, ROOT, UPSTREAM
from spectools.update_apply import Verdict, apply
from spectools.update_plan import Plan, make_plan, stage
from spectools.update_summary import pr_body, summary_lines, write_outputs
from spectools.upstream import Upstream, check_listed, load_upstream

BASE_URL_ENV = "SPEC_BASE_URL"
EXIT_NO_CHANGE, EXIT_ERROR, EXIT_ADDITIVE, EXIT_FINDINGS = 0, 1, 2, 3


def user_agent(root: Path) -> str:
    try:
        version = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        version = "0"
    return f"sequence-async-spec-watch/{version} (scripts/update_spec.py; python-httpx/{httpx.__version__})"


def _nothing_written(plan: Plan, outputs: Path | None) -> int:
    status = EXIT_ADDITIVE if plan.new else EXIT_NO_CHANGE
    write_outputs(outputs, {"changed": "false", "status": str(status), "breaking": "false"})
    print(f"update-spec: {'new operations found, not imported' if plan.new else 'no change'}; nothing written")
    return status


def _updated(plan: Plan, upstream: Upstream, base_url: str, verdict: Verdict, args: argparse.Namespace) -> int:
    """Say what was updated: the pull request body, the CI outputs, the report; the exit status."""
    body = pr_body(plan, upstream, base_url, verdict)
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
            "title": f"Spec watch: Sequence API reference changed ({kind})",
        },
    )
    print(verdict.report, end="")
    print(
        f"update-spec: updated ({kind}): {REPORT_FILE}"
        + (f", pull request body {args.pr_body}" if args.pr_body else "")
    )
    return status


def run(args: argparse.Namespace) -> int:
    root: Path = args.root.resolve()
    upstream = load_upstream(root / UPSTREAM)
    check_listed(upstream, root)
    base_url = (args.base_url or os.environ.get(BASE_URL_ENV) or upstream.base_url).rstrip("/")
    fetcher = Fetcher(user_agent(root), timeout=args.timeout, retries=args.retries, backoff=args.backoff)
    with fetcher, tempfile.TemporaryDirectory(prefix="update-spec-") as tmp:
        plan = make_plan(upstream, fetcher, base_url, root, Path(tmp))
        if args.import_new:
            plan.imported = list(plan.new)
        for line in summary_lines(plan):
            print(f"update-spec: {line}")
        if not plan.writes:
            return _nothing_written(plan, args.outputs)
        merged = stage(plan, root, Path(tmp) / "staged")
        verdict = apply(plan, merged, root, upstream, args)
    return _updated(plan, upstream, base_url, verdict, args)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help=f"the documentation site (default: ${BASE_URL_ENV}, else {UPSTREAM})")
    parser.add_argument("--import-new", action="store_true", help="import newly discovered operations")
    parser.add_argument("--changelog", action="store_true", help=f"add the report's draft entry to {CHANGELOG}")
    parser.add_argument("--pr-body", type=Path, help="write the pull request body (changes + spec report) here")
    parser.add_argument("--outputs", type=Path, help="append key=value results here (e.g. $GITHUB_OUTPUT)")
    parser.add_argument("--base", default="HEAD", help="git ref the spec report compares with (default: HEAD)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request attempt (default: 30)")
    parser.add_argument("--retries", type=int, default=3, help="retries of a transient failure (default: 3)")
    parser.add_argument("--backoff", type=float, default=1.0, help="first backoff ceiling, seconds (default: 1)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
    args = parser.parse_args(argv)
    try:
        return run(args)
    except UpdateError as exc:
        print(f"update-spec: error: {exc}\nupdate-spec: nothing written", file=sys.stderr)
        write_outputs(args.outputs, {"changed": "false", "status": str(EXIT_ERROR), "breaking": "false"})
        return EXIT_ERROR
