"""House rules of the sequence_async package: no import cycles, no overlong functions."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

PACKAGE = Path(__file__).resolve().parent.parent / "sequence_async"
MAX_FUNCTION_LINES = 60

# Functions allowed past MAX_FUNCTION_LINES, by qualified name: none (add none).
LONG_FUNCTIONS_ALLOWED: set[str] = set()

# Cycles allowed only through ``if TYPE_CHECKING:`` imports, as the cycle test words them: the
# last one left, owned by the resource layer's engineer, to be broken and removed (add none).
TYPE_CHECKING_CYCLES_ALLOWED: set[tuple[str, ...]] = set()


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_cycles(*, exclude_type_checking_imports: bool) -> set[tuple[str, ...]]:
    """One cycle (rotated to start at its smallest module) per import edge that has a way back."""
    graph = grimp.build_graph(
        "sequence_async", exclude_type_checking_imports=exclude_type_checking_imports, cache_dir=None
    )
    every_file = {_module_name(path) for path in PACKAGE.rglob("*.py")}
    assert every_file <= graph.modules, f"modules missing from the graph: {sorted(every_file - graph.modules)}"
    cycles = set()
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is not None:
                cycle = (importer, *back)
                start = cycle.index(min(cycle[:-1]))  # one rotation per cycle
                cycles.add((*cycle[start:-1], *cycle[:start], cycle[start]))
    return cycles


def _listed(cycles: set[tuple[str, ...]]) -> str:
    return "\n".join(" -> ".join(cycle) for cycle in sorted(cycles))


def test_no_import_cycles() -> None:
    """Imports at module top and inside functions count; ``if TYPE_CHECKING:`` ones do not."""
    cycles = _import_cycles(exclude_type_checking_imports=True)
    assert not cycles, "import cycles:\n" + _listed(cycles)


def test_no_import_cycles_through_type_checking_imports() -> None:
    """``if TYPE_CHECKING:`` imports count too: a module only annotating with another's type still
    depends on it (a Protocol, or moving the type, breaks the cycle without hiding it)."""
    cycles = _import_cycles(exclude_type_checking_imports=False)
    unexpected = cycles - TYPE_CHECKING_CYCLES_ALLOWED
    assert not unexpected, "import cycles (counting TYPE_CHECKING imports):\n" + _listed(unexpected)
    stale = TYPE_CHECKING_CYCLES_ALLOWED - cycles
    assert not stale, "broken cycles still in TYPE_CHECKING_CYCLES_ALLOWED (remove them):\n" + _listed(stale)


def _functions(node: ast.AST, prefix: str) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    found: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []
    for child in ast.iter_child_nodes(node):
        inner = prefix
        if isinstance(child, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            inner = f"{prefix}.{child.name}"
            if not isinstance(child, ast.ClassDef):
                found.append((inner, child))
        found += _functions(child, inner)
    return found


def test_no_function_longer_than_the_limit() -> None:
    """From the ``def`` line (decorators excluded) to the body's last line."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        for qualified, function in _functions(tree, _module_name(path)):
            assert function.end_lineno is not None
            length = function.end_lineno - function.lineno + 1
            if length > MAX_FUNCTION_LINES and qualified not in LONG_FUNCTIONS_ALLOWED:
                where = path.relative_to(PACKAGE.parent)
                offenders.append(f"{where}:{function.lineno} {qualified}: {length} lines")
    assert not offenders, f"functions over {MAX_FUNCTION_LINES} lines:\n" + "\n".join(offenders)
