"""The documentation site's index (``llms.txt``): its links, and the pages that may be new operations."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from spectools.upstream import Upstream

# `[Title](url)` links of a Markdown index (llms.txt).
LINK = re.compile(r"\[(?P<title>[^\]\n]*)\]\((?P<url>[^)\s]+)\)")


def site_url(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + path


def _site_path(link: str, index_url: str, sites: tuple[str, ...]) -> str | None:
    """The site-relative path of ``link`` when it points into one of ``sites``, else ``None``."""
    if link.startswith("/") and not link.startswith("//"):
        return urlsplit(link).path
    parts = urlsplit(urljoin(index_url, link))
    for site in sites:
        site_parts = urlsplit(site)
        same_origin = (parts.scheme, parts.netloc) == (site_parts.scheme, site_parts.netloc)
        if same_origin and parts.path.startswith(site_parts.path):
            return "/" + parts.path[len(site_parts.path) :].lstrip("/")
    return None


def index_paths(text: str, index_url: str, sites: tuple[str, ...]) -> list[str]:
    """Site-relative paths of the index's links to any of ``sites`` (the published site and its
    override), in index order, without query, fragment or duplicates. A root-relative link
    (``/reference/...``) is a path of the site, wherever the index is served from."""
    paths: list[str] = []
    for match in LINK.finditer(text):
        path = _site_path(match.group("url"), index_url, sites)
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
