"""``openapi/upstream.yaml``: where each source is published, the index, and the discovery rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from spectools.errors import UpdateError
from spectools.layout import PUBLISHED, SOURCES, UPSTREAM


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


def _pages(data: dict[str, Any]) -> dict[str, Page]:
    pages: dict[str, Page] = {}
    for op_id, entry in (data.get("pages") or {}).items():
        _require(isinstance(entry, dict), f"pages.{op_id}: a mapping with url and published")
        url, published = entry.get("url"), entry.get("published")
        _require(isinstance(url, str) and url.startswith("/"), f"pages.{op_id}.url: a path starting with /")
        in_published = isinstance(published, str) and published.startswith(PUBLISHED + "/")
        _require(in_published, f"pages.{op_id}.published: a file under {PUBLISHED}/")
        pages[str(op_id)] = Page(url, published)
    _require(bool(pages), "pages: at least one page")
    return pages


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
    pages = _pages(data)
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
