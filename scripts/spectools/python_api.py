"""The public Python API of a package at BASE against the working tree (griffe, static analysis).

Compares the SDK (``sequence_async``) and the generated package (``sequence_api``): every
breakage griffe finds becomes a breaking :class:`~spectools.change.Change`, named by the
shortest public path users reach it by; new public names are listed (outermost only).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import griffe

from spectools.change import Change
from spectools.layout import GENERATED_PACKAGE, SDK_PACKAGE


@dataclass
class PackageReport:
    """The public-API comparison of one Python package."""

    name: str
    status: str  # "compared", or why it was not
    changes: list[Change] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


def _is_dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__")


Loaded = griffe.Object | griffe.Alias | None


def _load(name: str, search_path: Path, collection: griffe.ModulesCollection) -> Loaded | str:
    """Load ``name`` statically from ``search_path`` only (never from ``sys.path``).

    Returns the package, ``None`` when it is not there, or why it could not be analysed.
    """
    if not search_path.is_dir():
        return None
    try:
        return griffe.load(
            name,
            search_paths=[search_path],
            modules_collection=collection,
            allow_inspection=False,
            try_relative_path=False,
        )
    except ModuleNotFoundError:
        return None
    except Exception as exc:  # odd code must not hide the rest of the report
        return f"{type(exc).__name__}: {exc}"


def _public_api(obj: griffe.Object | griffe.Alias, prefix: str, seen: set[str]) -> dict[str, str]:
    """Public path → canonical path, for every public name reachable from ``obj`` (aliases followed)."""
    found: dict[str, str] = {}
    for name, member in obj.members.items():
        if _is_dunder(name) or not member.is_public:
            continue
        path = f"{prefix}.{name}"
        target: griffe.Object | griffe.Alias = member
        if isinstance(member, griffe.Alias):
            try:
                target = member.final_target
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                found[path] = member.target_path
                continue
        found[path] = target.path
        if (target.is_class or target.is_module) and target.path not in seen:
            seen.add(target.path)
            found.update(_public_api(target, path, seen))
    return found


def _public_path(canonical: str, apis: list[dict[str, str]]) -> str:
    """The shortest public path users reach ``canonical`` by (itself when none is known)."""
    best = canonical
    for api in apis:
        for public, target in api.items():
            if canonical == target or canonical.startswith(target + "."):
                candidate = public + canonical[len(target) :]
                if (candidate.count("."), len(candidate)) < (best.count("."), len(best)):
                    best = candidate
    return best


def _describe_breakage(breakage: griffe.Breakage, apis: list[dict[str, str]]) -> Change:
    path = _public_path(breakage.obj.path, apis)
    kind = breakage.kind
    if kind is griffe.BreakageKind.OBJECT_REMOVED:
        what = getattr(getattr(breakage.old_value, "kind", None), "value", "name")
        return Change("Removed", f"{what} `{path}` (or renamed)", True)
    detail = ""
    if kind.name.startswith("PARAMETER_"):
        param = breakage.new_value if breakage.new_value is not None else breakage.old_value
        detail = f" `{getattr(param, 'name', param)}`"
    elif breakage.old_value is not None or breakage.new_value is not None:
        detail = f": `{breakage.old_value}` → `{breakage.new_value}`"
    return Change("Changed", f"`{path}`: {kind.value.lower()}{detail}", True)


def _denoted(default: str | griffe.Expr | None, package: griffe.Object | griffe.Alias) -> str | None:
    """What a parameter's default denotes: a name is followed to the value it was assigned
    (``_UNSET: Final = _config.NOT_GIVEN``, ``DEFAULT_VERSION = "2024-07-30"``) as long as that is
    a name or a literal of the package; anything else is its own text."""
    for _ in range(8):  # a chain of names, never a cycle
        path: str | None = getattr(default, "canonical_path", None)
        if not isinstance(default, griffe.Expr) or path is None:
            break
        try:
            target = package.modules_collection[path]
            if isinstance(target, griffe.Alias):
                target = target.final_target
        except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
            break
        if not isinstance(target, griffe.Attribute) or target.value is None:
            return path  # a class, a function: the object itself
        default = target.value
    return None if default is None else f"{default}"


def _same_default(
    breakage: griffe.Breakage, old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias
) -> bool:
    """A default spelled differently (a public name or the literal for a private alias of it) is no change."""
    if breakage.kind is not griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
        return False
    before: griffe.Parameter = breakage.old_value
    after: griffe.Parameter = breakage.new_value
    return _denoted(before.default, old) == _denoted(after.default, new)


def _breaking_changes(
    old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias, apis: list[dict[str, str]]
) -> list[Change]:
    changes: list[Change] = []
    for breakage in griffe.find_breaking_changes(old, new):
        if _same_default(breakage, old, new):
            continue
        change = _describe_breakage(breakage, apis)
        if not _is_dunder(breakage.obj.name) and change not in changes:
            changes.append(change)
    return changes


def _field_types(obj: griffe.Object | griffe.Alias, found: dict[str, str]) -> dict[str, str]:
    """The annotation of every annotated public attribute of the classes defined in ``obj``'s
    modules (aliases not followed: each class once, at its own path)."""
    for name, member in obj.members.items():
        if isinstance(member, griffe.Alias) or _is_dunder(name) or not member.is_public:
            continue
        if member.is_module or member.is_class:
            _field_types(member, found)
        elif isinstance(member, griffe.Attribute) and member.parent is not None and member.parent.is_class:
            annotation = member.annotation
            found.update({member.path: str(annotation)} if annotation is not None else {})
    return found


def _model_field_changes(
    old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias, apis: list[dict[str, str]]
) -> list[Change]:
    """One breaking change summing up the model fields whose type changed (griffe does not
    report an attribute's new annotation): code that reads them may no longer type-check."""
    old_types, new_types = _field_types(old, {}), _field_types(new, {})
    changed = sorted(path for path in old_types.keys() & new_types.keys() if old_types[path] != new_types[path])
    if not changed:
        return []
    unset_gone = all("Unset" in old_types[p] and "Unset" not in new_types[p] for p in changed)
    first = changed[0]
    example = f"`{_public_path(first, apis)}`: `{old_types[first]}` → `{new_types[first]}`"
    how = ", absent now None" if unset_gone else ""
    fields = f"{len(changed)} field{'' if len(changed) == 1 else 's'}"
    return [Change("Changed", f"model field types changed: {fields}{how} (e.g. {example})", True)]


def compare_package(name: str, old: Loaded | str, new: Loaded | str) -> PackageReport:
    """Compare the public API of package ``name`` as loaded at BASE (``old``) and now (``new``)."""
    if isinstance(old, str) or isinstance(new, str):
        return PackageReport(name, f"could not be analysed: {old if isinstance(old, str) else new}")
    if old is None and new is None:
        return PackageReport(name, "not present at BASE nor in the working tree")
    if old is None:
        return PackageReport(name, "not present at BASE: the whole package is new", added=[name])
    if new is None:
        return PackageReport(name, "not present in the working tree", [Change("Removed", f"package `{name}`", True)])
    try:
        old_api, new_api = _public_api(old, name, set()), _public_api(new, name, set())
        changes = _breaking_changes(old, new, [old_api, new_api])
        changes += _model_field_changes(old, new, [old_api, new_api])
    except Exception as exc:
        return PackageReport(name, f"could not be analysed: {type(exc).__name__}: {exc}")
    new_names = set(new_api) - set(old_api)
    added = sorted(p for p in new_names if p.rpartition(".")[0] not in new_names)  # outermost only
    return PackageReport(name, "compared", changes, added)


def compare_python(base_root: Path, work_root: Path) -> list[PackageReport]:
    """The SDK package and the generated package, BASE against the working tree (griffe)."""
    generated_dir, generated = GENERATED_PACKAGE.parent, GENERATED_PACKAGE.name
    packages = ((generated, generated_dir), (SDK_PACKAGE, Path()))  # generated first: SDK aliases point there
    griffe_logger = logging.getLogger("griffe")
    level = griffe_logger.level
    griffe_logger.setLevel(logging.CRITICAL)
    try:
        sides = []
        for root in (base_root, work_root):
            collection = griffe.ModulesCollection()  # one per side, so aliases across packages resolve
            sides.append({name: _load(name, root / where, collection) for name, where in packages})
        return [compare_package(name, sides[0][name], sides[1][name]) for name in (SDK_PACKAGE, generated)]
    finally:
        griffe_logger.setLevel(level)
