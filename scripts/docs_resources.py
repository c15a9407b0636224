"""The docs' pages of the resource layer, written from the SDK itself (run by ``make generate``).

From ``sequence_async.resources`` (``AREAS``, and the class each ``client.<area>`` builds) and the
merged OpenAPI document (each method's request and summary), this writes:

- ``docs/reference/resources/<area>.md``: one page per area, a table of its methods and their
  requests, then the class rendered by mkdocstrings (inherited methods shown);
- ``docs/reference/resources/index.md``: every area with its count of methods;
- the ``Resources`` block of the navigation in ``mkdocs.yml``, between its two marker comments;
- the table of ``README.md`` (areas, counts, examples), between its two marker comments.

A page of ``docs/reference/resources/`` that is no longer an area is removed. ``--check`` writes
nothing and exits 1, naming each file that differs from what would be written.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

# spectools, and the sequence_async next to this script (not another checkout's editable install)
sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]
from spectools.layout import ROOT, SPEC  # noqa: E402  (after the path it needs)

PAGES = Path("docs/reference/resources")
MKDOCS = Path("mkdocs.yml")
README = Path("README.md")
GUIDE = "../../resources.md"  # the guide page "Every operation", from a page of PAGES
HEADER = "<!-- Written by scripts/docs_resources.py (make generate): do not edit. -->"
NAV_START = "# resources:start (written by scripts/docs_resources.py: do not edit)"
NAV_END = "# resources:end"
README_START = "<!-- resources:start (written by scripts/docs_resources.py: do not edit) -->"
README_END = "<!-- resources:end -->"
CRUD = ("list", "get", "create", "update", "patch", "delete")
EXAMPLES = 3  # method names shown per area in the README besides list and get
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Method:
    """One public method of a resource: an operation, or a helper built on others (no operation)."""

    name: str
    operation_id: str
    request: str  # "GET /customers/{id}"; "" for a helper
    summary: str
    paginated: bool


@dataclass(frozen=True)
class Area:
    """One ``client.<area>``: what its page renders and lists."""

    attribute: str
    title: str  # the API's tag for the area
    identifier: str  # the class's import path, as the ``:::`` directive names it
    inherits: bool  # some methods come from a base class (the hand-written resources)
    methods: tuple[Method, ...]

    @property
    def operations(self) -> int:
        return sum(1 for method in self.methods if method.operation_id)

    @property
    def paginated(self) -> int:
        return sum(1 for method in self.methods if method.paginated)


def load_areas(root: Path) -> list[Area]:
    """Every area of ``sequence_async.resources.AREAS``, its methods described from the spec."""
    resources = importlib.import_module("sequence_async.resources")
    operations = _operations(root / SPEC)
    areas = []
    for attribute in resources.AREAS:
        lazy = vars(resources.Resources)[attribute]
        cls = getattr(importlib.import_module(lazy._module), lazy._class)
        methods = tuple(_method(name, function, operations) for name, function in _public_methods(cls))
        tags = [operations[m.operation_id][2] for m in methods if m.operation_id in operations]
        areas.append(
            Area(
                attribute=attribute,
                title=tags[0] if tags else attribute.replace("_", " ").title(),
                identifier=f"{cls.__module__}.{cls.__qualname__}",
                inherits=any(vars(cls).get(name) is None for name, _ in _public_methods(cls)),
                methods=methods,
            )
        )
    return areas


def _operations(spec: Path) -> dict[str, tuple[str, str, str]]:
    """operationId -> (request, summary, first tag)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(spec.read_text(encoding="utf-8"), Loader=loader)  # a safe loader (C when built with libyaml)
    found = {}
    for template, item in document.get("paths", {}).items():
        for http_method in HTTP_METHODS:
            operation = item.get(http_method)
            if isinstance(operation, dict) and operation.get("operationId"):
                tag = (operation.get("tags") or [""])[0]
                summary = str(operation.get("summary") or "")
                found[operation["operationId"]] = (f"{http_method.upper()} {template}", summary, tag)
    return found


def _public_methods(cls: type) -> Iterator[tuple[str, Callable[..., Any]]]:
    for name, function in sorted(inspect.getmembers(cls, inspect.isfunction)):
        if not name.startswith("_"):
            yield name, function


def _method(name: str, function: Callable[..., Any], operations: dict[str, tuple[str, str, str]]) -> Method:
    operation_id = str(getattr(function, "__sequence_operation__", "") or "")
    if operation_id and operation_id not in operations:
        raise SystemExit(f"docs_resources: {function.__qualname__} names {operation_id}, which is not in {SPEC}")
    request, summary, _ = operations.get(operation_id, ("", "", ""))
    if not summary:
        summary = (inspect.getdoc(function) or "").split("\n", 1)[0].rstrip(".")
    returns = str(inspect.signature(function).return_annotation)
    return Method(name, operation_id, request, summary, returns.startswith("AsyncPaginator"))


# -- what is written ------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def area_page(area: Area) -> str:
    count = area.operations
    helpers = len(area.methods) - count
    also = f", and {helpers} helper{'s' * (helpers != 1)} over several requests" if helpers else ""
    lines = [
        f"# {area.title}",
        "",
        HEADER,
        "",
        f"`client.{area.attribute}`: {count} operation{'s' * (count != 1)} of the API's *{area.title}* area{also}.",
        f"How to call them, the per-call options and what is retried: [Every operation]({GUIDE}).",
        "",
        "| method | request | what it does |",
        "|---|---|---|",
    ]
    for method in area.methods:
        link = f"[`{method.name}`][{area.identifier}.{method.name}]"
        request = f"`{method.request}`" if method.request else "(several requests)"
        pages = " (pages: an `AsyncPaginator`)" if method.paginated else ""
        lines.append(f"| {link} | {request} | {_cell(method.summary)}{pages} |")
    lines += ["", f"::: {area.identifier}"]
    if area.inherits:
        lines += ["    options:", "      inherited_members: true"]
    return "\n".join(lines) + "\n"


def index_page(areas: list[Area]) -> str:
    operations = sum(area.operations for area in areas)
    paginated = sum(area.paginated for area in areas)
    lines = [
        "# Resources",
        "",
        HEADER,
        "",
        f"Every operation of the API is a method of `client.<area>`: {operations} operations in {len(areas)} areas,",
        f"{paginated} of them paginated. How to call them: [Every operation](../../resources.md).",
        "",
        "| area | methods | paginated | class |",
        "|---|---|---|---|",
    ]
    for area in areas:
        cls = area.identifier.rsplit(".", 1)[1]
        link = f"[`client.{area.attribute}`]({area.attribute}.md)"
        lines.append(f"| {link} | {area.operations} | {area.paginated or ''} | `{cls}` |")
    return "\n".join(lines) + "\n"


def nav_block(areas: list[Area], indent: str) -> list[str]:
    lines = [f"{indent}- {PAGES.relative_to('docs').as_posix()}/index.md"]
    for area in areas:
        lines.append(f"{indent}- {area.title}: {PAGES.relative_to('docs').as_posix()}/{area.attribute}.md")
    return lines


def readme_block(areas: list[Area]) -> list[str]:
    operations = sum(area.operations for area in areas)
    lines = [
        f"{operations} operations in {len(areas)} areas ([the reference]({PAGES.as_posix()}/index.md)):",
        "",
        "| area | methods | for example |",
        "|---|---|---|",
    ]
    for area in areas:
        link = f"[`client.{area.attribute}`]({PAGES.as_posix()}/{area.attribute}.md)"
        shown = ", ".join(f"`{name}`" for name in _examples(area))
        lines.append(f"| {link} | {area.operations} | {shown} |")
    return lines


def _examples(area: Area) -> list[str]:
    """``list`` and ``get`` when the area has them, then its shortest other names (``void``, ``send``)."""
    names = [method.name for method in area.methods if method.operation_id]
    first = [name for name in ("list", "get") if name in names]
    others = sorted((name for name in names if name not in CRUD), key=lambda name: (len(name), name))
    shown = first + others[:EXAMPLES]
    if len(shown) < len(first) + EXAMPLES:
        shown += [name for name in CRUD[2:] if name in names][: len(first) + EXAMPLES - len(shown)]
    return shown


def _between(text: str, start: str, end: str, block: Callable[[str], list[str]], where: Path) -> str:
    """``text`` with the lines strictly between the ``start`` and ``end`` marker lines replaced."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if line.strip() == start]
    ends = [i for i, line in enumerate(lines) if line.strip() == end]
    if len(starts) != 1 or len(ends) != 1 or ends[0] < starts[0]:
        raise SystemExit(f"docs_resources: {where} needs one line {start!r}, then one line {end!r}")
    indent = lines[starts[0]][: len(lines[starts[0]]) - len(lines[starts[0]].lstrip())]
    return "\n".join([*lines[: starts[0] + 1], *block(indent), *lines[ends[0] :]])


def outputs(root: Path) -> dict[Path, str | None]:
    """Every file this writes (relative to ``root``) and its content; None: a stale page to remove."""
    areas = load_areas(root)
    files: dict[Path, str | None] = {PAGES / "index.md": index_page(areas)}
    files.update({PAGES / f"{area.attribute}.md": area_page(area) for area in areas})
    for stale in sorted((root / PAGES).glob("*.md")):
        files.setdefault(stale.relative_to(root), None)
    mkdocs = (root / MKDOCS).read_text(encoding="utf-8")
    files[MKDOCS] = _between(mkdocs, NAV_START, NAV_END, lambda indent: nav_block(areas, indent), MKDOCS)
    readme = (root / README).read_text(encoding="utf-8")
    files[README] = _between(readme, README_START, README_END, lambda _: readme_block(areas), README)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if any file differs")
    args = parser.parse_args(argv)
    root = ROOT
    differ = []
    for relative, content in outputs(root).items():
        path = root / relative
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == content:
            continue
        differ.append(relative.as_posix())
        if args.check:
            continue
        if content is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
        print(f"docs_resources: {'removed' if content is None else 'wrote'} {relative.as_posix()}")
    if args.check and differ:
        print(f"docs_resources: stale, run `make generate`: {', '.join(differ)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
