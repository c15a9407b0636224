"""Fetch Sequence's published API reference and update the SDK when it changed (``make update-spec``).

1. Read ``openapi/upstream.yaml``: the published page of every source, the documentation index
   and the discovery rule (documented in that file).
2. Fetch the index and every listed page (:mod:`spec_fetch`: timeouts, retries with backoff, a
   User-Agent) and extract each page's OpenAPI block with ``import_spec.load_source``, the code
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
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_spec import HTTP_METHODS, Source, SourceImportError, load_source
from merge_spec import SpecError, build
from spec_fetch import Fetcher, FetchError

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = "openapi/upstream.yaml"
SOURCES = "openapi/sources"
PUBLISHED = "openapi/published"
RULES = "openapi/normalise.yaml"
SPEC = "openapi/sequence.yaml"
GENERATED = "generated/sequence_api"
CHANGELOG = "CHANGELOG.md"
REPORT = "build/spec-report.md"
# Everything a run may write; backed up first and restored if any step fails.
WRITTEN = (SOURCES, PUBLISHED, UPSTREAM, SPEC, GENERATED, CHANGELOG, REPORT)
BASE_URL_ENV = "SPEC_BASE_URL"
EXIT_NO_CHANGE, EXIT_ERROR, EXIT_ADDITIVE, EXIT_FINDINGS = 0, 1, 2, 3
STEP_TIMEOUT = 600
# `[Title](url)` links of a Markdown index (llms.txt).
LINK = re.compile(r"\[(?P<title>[^\]\n]*)\]\((?P<url>[^)\s]+)\)")
RESULT = re.compile(
    r"\*\*Result: (?P<spec>\d+) breaking spec changes?, (?P<python>\d+) breaking Python API changes?, "
    r"(?P<uncovered>\d+) uncovered operations?"
)
CHANGELOG_DRAFT = re.compile(r"^### CHANGELOG entry \(draft\)\n\n```markdown\n(?P<entry>.*?)\n```$", re.M | re.S)


class UpdateError(Exception):
    """The update cannot be made; the message says why (and names the URL when one is at fault)."""


# --------------------------------------------------------------------------- the committed list


@dataclass(frozen=True)
class Page:
    """Where one source is published: the page (relative to the site) and its verbatim copy."""

    url: str
    published: str


@dataclass(frozen=True)
class Upstream:
    """``openapi/upstream.yaml``."""

    base_url: str
    index: str
    prefixes: tuple[str, ...]
    tags: frozenset[str]
    ignore: dict[str, str]
    pages: dict[str, Page]  # operationId -> page


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise UpdateError(f"{UPSTREAM}: {what}")


def load_upstream(path: Path) -> Upstream:
    """Read and check the committed list of published pages."""
    try:
        return parse_upstream(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UpdateError(f"{UPSTREAM}: cannot be read: {exc}") from None


def parse_upstream(text: str) -> Upstream:
    """Check the text of ``openapi/upstream.yaml``."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UpdateError(f"{UPSTREAM}: not valid YAML: {exc}") from None
    _require(isinstance(data, dict), "expected a mapping")
    base_url, index = data.get("base_url"), data.get("index")
    _require(isinstance(base_url, str) and urlsplit(base_url).scheme in ("http", "https"), "base_url: an http(s) URL")
    _require(isinstance(index, str) and index.startswith("/"), "index: a path starting with /")
    discover = data.get("discover") or {}
    prefixes, tags = discover.get("prefixes") or [], discover.get("tags") or []
    _require(all(isinstance(p, str) and p.startswith("/") for p in prefixes), "discover.prefixes: paths")
    _require(all(isinstance(t, str) for t in tags), "discover.tags: strings")
    ignore = data.get("ignore") or {}
    reasons_given = isinstance(ignore, dict) and all(isinstance(v, str) and v.strip() for v in ignore.values())
    _require(reasons_given, "ignore: operationId -> a reason")
    pages: dict[str, Page] = {}
    for op_id, entry in (data.get("pages") or {}).items():
        _require(isinstance(entry, dict), f"pages.{op_id}: a mapping with url and published")
        url, published = entry.get("url"), entry.get("published")
        _require(isinstance(url, str) and url.startswith("/"), f"pages.{op_id}.url: a path starting with /")
        in_published = isinstance(published, str) and published.startswith(PUBLISHED + "/")
        _require(in_published, f"pages.{op_id}.published: a file under {PUBLISHED}/")
        pages[str(op_id)] = Page(url, published)
    _require(bool(pages), "pages: at least one page")
    return Upstream(base_url.rstrip("/"), index, tuple(prefixes), frozenset(tags), dict(ignore), pages)


def check_listed(upstream: Upstream, root: Path) -> None:
    """Every source has a page in the list and every page a source."""
    sources = {p.stem for p in (root / SOURCES).glob("*.yaml")}
    unlisted, missing = sorted(sources - set(upstream.pages)), sorted(set(upstream.pages) - sources)
    if unlisted:
        raise UpdateError(
            f"{', '.join(f'{SOURCES}/{s}.yaml' for s in unlisted)}: no published page in {UPSTREAM}: "
            "add it under `pages:`"
        )
    if missing:
        raise UpdateError(f"{UPSTREAM} lists {', '.join(missing)} but {SOURCES}/ has no such source")


# --------------------------------------------------------------------------- the index


def site_url(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + path


def index_paths(text: str, index_url: str, sites: tuple[str, ...]) -> list[str]:
    """Site-relative paths of the index's links to any of ``sites`` (the published site and its
    override), in index order, without query, fragment or duplicates. A root-relative link
    (``/reference/...``) is a path of the site, wherever the index is served from."""
    paths: list[str] = []
    for match in LINK.finditer(text):
        link = match.group("url")
        path = None
        if link.startswith("/") and not link.startswith("//"):
            path = urlsplit(link).path
        else:
            parts = urlsplit(urljoin(index_url, link))
            for site in sites:
                site_parts = urlsplit(site)
                same_origin = (parts.scheme, parts.netloc) == (site_parts.scheme, site_parts.netloc)
                if same_origin and parts.path.startswith(site_parts.path):
                    path = "/" + parts.path[len(site_parts.path) :].lstrip("/")
                    break
        if path is not None and path not in paths:
            paths.append(path)
    return paths


def slug(path: str) -> str:
    """The page name: the last path segment without ``.md`` (the same page in every version)."""
    name = path.rstrip("/").rsplit("/", 1)[-1]
    return name[:-3] if name.endswith(".md") else name


def candidates(paths: list[str], upstream: Upstream) -> list[str]:
    """Index paths under a discovery prefix that are not a listed page in any version (one per slug,
    the first prefix winning), with ``.md`` appended where the index gave the HTML address."""
    listed = {slug(p.url) for p in upstream.pages.values()}
    chosen: dict[str, str] = {}
    for prefix in upstream.prefixes:
        for path in paths:
            if path.startswith(prefix) and path != prefix and slug(path) not in listed:
                chosen.setdefault(slug(path), path if path.endswith(".md") else path + ".md")
    return list(chosen.values())


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Fetched:
    """A fetched page and the source it holds."""

    path: str  # relative to the site
    url: str  # as fetched
    text: str
    source: Source
    tags: tuple[str, ...]


def extract(text: str, url: str, path: str, workdir: Path) -> tuple[Source, tuple[str, ...]]:
    """The page's OpenAPI document, exactly as ``make import`` reads it, and its operation's tags."""
    digest = hashlib.sha256(url.encode()).hexdigest()[:16]
    page = workdir / f"page-{digest}.md"
    page.write_text(text, encoding="utf-8")
    try:
        source = load_source(page)
    except SourceImportError as exc:
        raise UpdateError(str(exc).replace(str(page), url)) from None
    doc = yaml.safe_load(source.text)
    tags: list[str] = []
    for item in (doc.get("paths") or {}).values():
        for method in HTTP_METHODS:
            if isinstance((item or {}).get(method), dict):
                tags += [str(t) for t in item[method].get("tags") or []]
    return source, tuple(tags)


def fetch_page(fetcher: Fetcher, base_url: str, path: str, workdir: Path) -> Fetched:
    url = site_url(base_url, path)
    try:
        text = fetcher.get_text(url)
    except FetchError as exc:
        raise UpdateError(str(exc)) from None
    source, tags = extract(text, url, path, workdir)
    return Fetched(path, url, text, source, tags)


# --------------------------------------------------------------------------- the plan


@dataclass
class Plan:
    """What the fetched site means for the working tree."""

    listed: dict[str, Fetched]  # listed operationId -> its page as fetched now
    new: list[Fetched] = field(default_factory=list)  # new operations on the watched resources
    other: list[Fetched] = field(default_factory=list)  # candidates with other tags
    ignored: list[Fetched] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    imported: list[Fetched] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # listed operationIds whose block changed
    renamed: dict[str, str] = field(default_factory=dict)  # listed operationId -> new operationId
    removed: list[str] = field(default_factory=list)  # source files no longer produced

    @property
    def writes(self) -> bool:
        return bool(self.changed or self.imported or self.renamed or self.removed)


def make_plan(upstream: Upstream, fetcher: Fetcher, base_url: str, root: Path, workdir: Path) -> Plan:
    """Fetch everything and compare it with the committed sources; raises :class:`UpdateError`."""
    index_url = site_url(base_url, upstream.index)
    try:
        index_text = fetcher.get_text(index_url)
    except FetchError as exc:
        raise UpdateError(str(exc)) from None
    paths = index_paths(index_text, index_url, (upstream.base_url, base_url))
    if not paths:
        raise UpdateError(f"{index_url}: no links to {upstream.base_url} found: the index's layout changed")
    plan = Plan({op_id: fetch_page(fetcher, base_url, page.url, workdir) for op_id, page in upstream.pages.items()})
    in_index = {p.removesuffix(".md") for p in paths}  # the index may give the HTML address
    for op_id, page in upstream.pages.items():
        if page.url.removesuffix(".md") not in in_index:
            plan.notes.append(f"`{op_id}`: {site_url(base_url, page.url)} is no longer listed in the index")
    known = {f.source.operation_id for f in plan.listed.values()} | set(upstream.pages)
    for path in candidates(paths, upstream):
        try:
            found = fetch_page(fetcher, base_url, path, workdir)
        except UpdateError as exc:
            if "no fenced yaml OpenAPI block" not in str(exc):  # an overview page: skip it; anything else fails
                raise
            plan.notes.append(f"skipped {site_url(base_url, path)}: no OpenAPI block")
            continue
        if found.source.operation_id in known:
            continue
        known.add(found.source.operation_id)
        if found.source.operation_id in upstream.ignore:
            plan.ignored.append(found)
        elif upstream.tags & set(found.tags):
            plan.new.append(found)
        else:
            plan.other.append(found)
    sources = root / SOURCES
    for op_id, fetched in plan.listed.items():
        current = sources / f"{op_id}.yaml"
        if fetched.source.operation_id != op_id:
            plan.renamed[op_id] = fetched.source.operation_id
            plan.removed.append(op_id)
        elif current.read_text(encoding="utf-8") != fetched.source.text:
            plan.changed.append(op_id)
    ids = [f.source.operation_id for f in plan.listed.values()]
    clashes = sorted({i for i in ids if ids.count(i) > 1})
    if clashes:
        raise UpdateError(f"several listed pages now publish {', '.join(clashes)}: fix {UPSTREAM}")
    return plan


def stage(plan: Plan, root: Path, staged: Path) -> str:
    """Write the complete new sources directory to ``staged`` and return its merged document."""
    staged.mkdir(parents=True)
    for fetched in [*plan.listed.values(), *plan.imported]:
        (staged / f"{fetched.source.operation_id}.yaml").write_text(fetched.source.text, encoding="utf-8")
    try:
        return build(staged, root / RULES)
    except SpecError as exc:
        raise UpdateError(f"the fetched sources would not merge (nothing written): {exc}") from None


# --------------------------------------------------------------------------- writing


class Backup:
    """Copies of every path a run may write, to put back if a step fails."""

    def __init__(self, root: Path, where: Path) -> None:
        self.root, self.where = root, where
        self.present: list[str] = []
        self.new_dirs = [d for d in {(root / rel).parent for rel in WRITTEN} if not d.exists()]
        for rel in WRITTEN:
            path = root / rel
            if path.is_dir():
                shutil.copytree(path, where / rel)
            elif path.is_file():
                (where / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, where / rel)
            else:
                continue
            self.present.append(rel)

    def restore(self) -> None:
        for rel in WRITTEN:
            path = self.root / rel
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
            if rel in self.present:
                if (self.where / rel).is_dir():
                    shutil.copytree(self.where / rel, path)
                else:
                    shutil.copy2(self.where / rel, path)
        for directory in self.new_dirs:  # e.g. build/, made by the report
            if directory.is_dir() and not any(directory.iterdir()):
                directory.rmdir()


def published_name(root: Path, path: str) -> str:
    """A new page's copy: the next number in ``openapi/published/`` and a hash of its path."""
    numbers = [int(p.name[:3]) for p in (root / PUBLISHED).glob("[0-9][0-9][0-9]_*.txt")]
    number = max(numbers, default=-1) + 1
    return f"{PUBLISHED}/{number:03d}_{hashlib.sha256(path.encode()).hexdigest()[:16]}.txt"


def updated_upstream_text(text: str, renamed: dict[str, str], added: dict[str, Page]) -> str:
    """``openapi/upstream.yaml`` with listed operations renamed and new pages appended to
    ``pages:`` (the last section), keeping every comment."""
    for old, new in renamed.items():
        text, count = re.subn(rf"^  {re.escape(old)}:$", f"  {new}:", text, flags=re.M)
        if count != 1:
            raise UpdateError(f"{UPSTREAM}: cannot find `{old}:` under pages to rename it to {new}")
    if added:
        text = text.rstrip("\n") + "\n"
        for op_id, page in added.items():
            text += f"  {op_id}:\n    url: {page.url}\n    published: {page.published}\n"
    return text


def run_step(what: str, cmd: list[str], root: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False, timeout=STEP_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UpdateError(f"{what}: {exc}") from None


def _categories(entry: str) -> dict[str, list[str]]:
    """The ``### Category`` lists of a changelog entry: category -> its lines."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in entry.splitlines():
        if line.startswith("### "):
            current = found.setdefault(line[4:].strip(), [])
        elif current is not None and line.strip():
            current.append(line)
    return found


def insert_changelog(changelog: str, entry: str) -> str:
    """``changelog`` with the draft ``entry``: merged into an unreleased first section (its items
    appended to the same ``### Category``), else inserted above the first release."""
    headings = list(re.finditer(r"^## .*$", changelog, re.M))
    if not headings or "unreleased" not in headings[0].group().lower():
        at = headings[0].start() if headings else len(changelog)
        head = changelog[:at].rstrip("\n") + "\n\n" if changelog[:at].strip() else ""
        return head + entry.rstrip("\n") + "\n\n" + changelog[at:]
    start = headings[0].end()
    end = headings[1].start() if len(headings) > 1 else len(changelog)
    body = changelog[start:end].rstrip("\n")
    for category, items in _categories(entry).items():
        heading = re.search(rf"^### {re.escape(category)}\s*$", body, re.M)
        if heading is None:
            body += f"\n\n### {category}\n\n" + "\n".join(items)
            continue
        following = re.search(r"^### ", body[heading.end() :], re.M)
        cut = heading.end() + following.start() if following else len(body)
        body = body[:cut].rstrip("\n") + "\n" + "\n".join(items) + ("\n\n" + body[cut:] if following else "")
    rest = changelog[end:].lstrip("\n")
    return changelog[:start] + body + ("\n\n" + rest if rest else "\n")


@dataclass(frozen=True)
class Verdict:
    """What the spec report said."""

    status: int
    breaking: bool
    uncovered: bool
    report: str
    changelog_entry: str


def read_report(report: str, status: int) -> Verdict:
    result, draft = RESULT.search(report), CHANGELOG_DRAFT.search(report)
    if result is None or draft is None:
        raise UpdateError("the spec report has no Result line or CHANGELOG draft: scripts/spec_report.py changed")
    breaking = int(result["spec"]) + int(result["python"]) > 0
    return Verdict(status, breaking, int(result["uncovered"]) > 0, report, draft["entry"])


def apply(plan: Plan, merged: str, root: Path, upstream: Upstream, args: argparse.Namespace) -> Verdict:
    """Write the update, regenerate and report; every file is restored if a step fails."""
    with tempfile.TemporaryDirectory(prefix="update-spec-backup-") as tmp:
        backup = Backup(root, Path(tmp))
        try:
            sources = root / SOURCES
            for op_id in plan.removed:
                (sources / f"{op_id}.yaml").unlink()
            for op_id, fetched in plan.listed.items():
                if op_id in plan.changed or op_id in plan.renamed:
                    (sources / f"{fetched.source.operation_id}.yaml").write_text(fetched.source.text, encoding="utf-8")
                    (root / upstream.pages[op_id].published).write_text(fetched.text, encoding="utf-8")
            added: dict[str, Page] = {}
            for fetched in plan.imported:
                page = Page(fetched.path, published_name(root, fetched.path))
                (sources / f"{fetched.source.operation_id}.yaml").write_text(fetched.source.text, encoding="utf-8")
                (root / page.published).write_text(fetched.text, encoding="utf-8")
                added[fetched.source.operation_id] = page
            if added or plan.renamed:
                text = (root / UPSTREAM).read_text(encoding="utf-8")
                (root / UPSTREAM).write_text(updated_upstream_text(text, plan.renamed, added), encoding="utf-8")
                check_listed(load_upstream(root / UPSTREAM), root)
            (root / SPEC).write_text(merged, encoding="utf-8")  # what `make spec` writes
            generate_cmd = [sys.executable, str(root / "scripts" / "generate.py"), "generate", "--root", str(root)]
            generated = run_step("make generate", generate_cmd, root)
            if generated.returncode != 0:
                raise UpdateError(f"make generate failed:\n{(generated.stdout + generated.stderr).strip()[-3000:]}")
            report_cmd = [sys.executable, str(root / "scripts" / "spec_report.py"), "--root", str(root)]
            report_cmd += ["--base", args.base, "--output", str(root / REPORT)]
            reported = run_step("spec report", report_cmd, root)
            if reported.returncode not in (0, 3):
                raise UpdateError(f"the spec report failed:\n{reported.stderr.strip()[-3000:]}")
            verdict = read_report(reported.stdout, reported.returncode)
            if args.changelog:
                changelog = root / CHANGELOG
                old = changelog.read_text(encoding="utf-8") if changelog.is_file() else "# Changelog\n"
                changelog.write_text(insert_changelog(old, verdict.changelog_entry), encoding="utf-8")
            return verdict
        except BaseException:
            backup.restore()
            raise


# --------------------------------------------------------------------------- output


def _page_link(fetched: Fetched) -> str:
    return f"[{slug(fetched.path)}]({fetched.url})"


def pr_body(plan: Plan, upstream: Upstream, base_url: str, verdict: Verdict | None) -> str:
    """The pull request's body: what changed upstream, then the spec report."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "## Sequence changed its published API reference",
        "",
        f"`make update-spec` fetched {site_url(base_url, upstream.index)} and the pages listed in "
        f"`{UPSTREAM}` on {when}.",
        "",
        "| operation | page | change |",
        "|---|---|---|",
    ]
    for op_id, fetched in plan.listed.items():
        if op_id in plan.renamed:
            out.append(f"| `{op_id}` → `{plan.renamed[op_id]}` | {_page_link(fetched)} | operation renamed |")
        elif op_id in plan.changed:
            out.append(f"| `{op_id}` | {_page_link(fetched)} | OpenAPI block changed |")
    for fetched in plan.imported:
        out.append(f"| `{fetched.source.operation_id}` | {_page_link(fetched)} | new operation, imported |")
    not_imported = [f for f in plan.new if f not in plan.imported]
    if not_imported:
        out += ["", "New operations, not imported (run with `--import-new`, or list them under `ignore:` in "]
        out[-1] += f"`{UPSTREAM}` with a reason):"
        out.append("")
        out += [f"- `{f.source.operation_id}` ({', '.join(f.tags)}): {f.url}" for f in not_imported]
    if plan.notes:
        out += ["", "Notes:", "", *(f"- {n}" for n in plan.notes)]
    if verdict is not None:
        label = "breaking" if verdict.breaking else "not breaking"
        out += ["", f"Verdict: **{label}**" + (", with uncovered operations" if verdict.uncovered else "") + "."]
        out += ["", "---", "", verdict.report.rstrip("\n")]
    return "\n".join(out) + "\n"


def summary_lines(plan: Plan) -> list[str]:
    lines = []
    for op_id, fetched in plan.listed.items():
        state = "changed" if op_id in plan.changed else "unchanged"
        if op_id in plan.renamed:
            state = f"renamed to {plan.renamed[op_id]}"
        lines.append(f"{op_id}: {state} ({fetched.url})")
    for fetched in plan.new:
        done = "imported" if fetched in plan.imported else "not imported (--import-new imports it)"
        lines.append(f"new operation {fetched.source.operation_id} [{', '.join(fetched.tags)}]: {done} ({fetched.url})")
    for fetched in plan.ignored:
        lines.append(f"ignored {fetched.source.operation_id} (listed in {UPSTREAM}: ignore) ({fetched.url})")
    for fetched in plan.other:
        lines.append(f"not watched {fetched.source.operation_id} [{', '.join(fetched.tags)}] ({fetched.url})")
    return lines + [f"note: {n}" for n in plan.notes]


def write_outputs(path: Path | None, values: dict[str, str]) -> None:
    """``key=value`` lines (for ``$GITHUB_OUTPUT``), appended."""
    if path is None:
        return
    with path.open("a", encoding="utf-8") as out:
        out.writelines(f"{key}={value}\n" for key, value in values.items())


def user_agent(root: Path) -> str:
    try:
        version = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        version = "0"
    return f"sequence-async-spec-watch/{version} (scripts/update_spec.py; python-httpx/{httpx.__version__})"


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
            status = EXIT_ADDITIVE if plan.new else EXIT_NO_CHANGE
            write_outputs(args.outputs, {"changed": "false", "status": str(status), "breaking": "false"})
            print(f"update-spec: {'new operations found, not imported' if plan.new else 'no change'}; nothing written")
            return status
        merged = stage(plan, root, Path(tmp) / "staged")
        verdict = apply(plan, merged, root, upstream, args)
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
    print(f"update-spec: updated ({kind}): {REPORT}" + (f", pull request body {args.pr_body}" if args.pr_body else ""))
    return status


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


if __name__ == "__main__":
    sys.exit(main())
