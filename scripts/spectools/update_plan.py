"""What the published site means for the working tree: fetch the pages, compare them, stage the result."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from spectools.document import operations
from spectools.errors import SourceImportError, SpecError, UpdateError
from spectools.fetch import Fetcher, FetchError
from spectools.import_sources import Source, load_source
from spectools.layout import RULES, SOURCES, UPSTREAM
from spectools.merge import build
from spectools.site_index import candidates, index_paths, site_url
from spectools.upstream import Upstream


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
    tags = [str(t) for op in operations(doc) for t in op.spec.get("tags") or []]
    return source, tuple(tags)


def _get_text(fetcher: Fetcher, url: str) -> str:
    try:
        return fetcher.get_text(url)
    except FetchError as exc:
        raise UpdateError(str(exc)) from None


def fetch_page(fetcher: Fetcher, base_url: str, path: str, workdir: Path) -> Fetched:
    url = site_url(base_url, path)
    text = _get_text(fetcher, url)
    source, tags = extract(text, url, path, workdir)
    return Fetched(path, url, text, source, tags)


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


def _discover(plan: Plan, upstream: Upstream, fetcher: Fetcher, base_url: str, paths: list[str], workdir: Path) -> None:
    """Fetch the index's candidate pages and sort their operations into new, ignored and other."""
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


def _compare_listed(plan: Plan, root: Path) -> None:
    """Which listed pages now publish a changed block, or another operation (renamed)."""
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


def make_plan(upstream: Upstream, fetcher: Fetcher, base_url: str, root: Path, workdir: Path) -> Plan:
    """Fetch everything and compare it with the committed sources; raises :class:`UpdateError`."""
    index_url = site_url(base_url, upstream.index)
    paths = index_paths(_get_text(fetcher, index_url), index_url, (upstream.base_url, base_url))
    if not paths:
        raise UpdateError(f"{index_url}: no links to {upstream.base_url} found: the index's layout changed")
    plan = Plan({op_id: fetch_page(fetcher, base_url, page.url, workdir) for op_id, page in upstream.pages.items()})
    in_index = {p.removesuffix(".md") for p in paths}  # the index may give the HTML address
    for op_id, page in upstream.pages.items():
        if page.url.removesuffix(".md") not in in_index:
            plan.notes.append(f"`{op_id}`: {site_url(base_url, page.url)} is no longer listed in the index")
    _discover(plan, upstream, fetcher, base_url, paths, workdir)
    _compare_listed(plan, root)
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
