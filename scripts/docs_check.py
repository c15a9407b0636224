"""An mkdocs hook: the API reference covers every public name, and every public name has a docstring.

``mkdocs build --strict`` (``make docs``) turns each warning logged here into a failed build:
a name of ``sequence_async.__all__`` or ``sequence_async.testing.__all__`` missing from the
``::: ...`` directives under ``docs/reference/``, or such a name (or a public method or
property of such a class) without a docstring.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import griffe

log = logging.getLogger("mkdocs.hooks.docs_check")
ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("sequence_async", "sequence_async.testing")
MODULES = {"errors", "types"}  # re-exported modules: their names are checked one by one


def on_pre_build(config: Any) -> None:
    documented = documented_identifiers(Path(config["docs_dir"]))
    for problem in api_problems(documented):
        log.warning(problem)


def documented_identifiers(docs: Path) -> set[str]:
    """The ``::: identifier`` directives of ``docs/reference/``, outside comments and fenced code."""
    text = "\n".join(page.read_text() for page in sorted((docs / "reference").rglob("*.md")))
    return set(re.findall(r"^::: ([\w.]+)", VISIBLE.sub("", text), re.M))


# What mkdocs renders as is: HTML comments and fenced code hold no directive.
VISIBLE = re.compile(r"<!--.*?-->|^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1", re.S | re.M)


def api_problems(documented: set[str]) -> list[str]:
    """What the reference misses: undocumented public names, names without a docstring.

    Public: every name in ``__all__`` of both packages and of their re-exported modules
    (``errors``, ``types``: a name there counts as documented under either path). Every
    documented class's public methods and properties need a docstring too, public or not
    (the resources' classes are documented by their private path).
    """
    loader = griffe.GriffeLoader(search_paths=[str(ROOT), str(ROOT / "generated")])
    problems: list[str] = []
    checked: set[str] = set()
    for package in PACKAGES:
        module = loader.load(package)
        loader.resolve_aliases(external=True, implicit=False)
        for path, obj, spellings in _public_names(package, module):
            if not spellings & documented:
                problems.append(f"{path} is public but on no page of docs/reference/ (add '::: {path}')")
            problems.extend(_missing_docstrings(path, obj))
            checked |= spellings
    for path in sorted(documented - checked):
        problems.extend(_missing_docstrings(path, loader.modules_collection[path]))
    return problems


def _public_names(package: str, module: griffe.Object | griffe.Alias) -> list[tuple[str, Any, set[str]]]:
    """(path, object, the paths it may be documented under) for each public name."""
    names = []
    for name in sorted(str(export) for export in module.exports or ()):
        if name not in MODULES:
            names.append((f"{package}.{name}", module[name], {f"{package}.{name}"}))
            continue
        inner = module[name].final_target if isinstance(module[name], griffe.Alias) else module[name]
        for inner_name in sorted(str(export) for export in inner.exports or ()):
            path = f"{package}.{name}.{inner_name}"
            names.append((path, inner[inner_name], {path, f"{package}.{inner_name}"}))
    return names


def _missing_docstrings(path: str, obj: griffe.Object | griffe.Alias) -> list[str]:
    target = obj.final_target if isinstance(obj, griffe.Alias) else obj
    if target.is_attribute and "property" not in target.labels:
        return []  # a constant: documented by its page's prose (griffe reads no docstring for most)
    missing = [] if target.docstring else [f"{path} has no docstring"]
    if target.is_class:
        for name, found in target.all_members.items():  # inherited too: the site shows them
            if name.startswith("_") or (isinstance(found, griffe.Alias) and not found.inherited):
                continue  # private, or an imported name
            member = found.final_target if isinstance(found, griffe.Alias) else found
            if member.is_attribute and "property" not in member.labels:
                continue
            if not member.docstring:
                missing.append(f"{path}.{name} has no docstring")
    return missing
