"""The settling rule: when an upstream change to an operation is taken (pure; no I/O).

Upstream flip-flops: a property or a header appears and disappears between consecutive
revisions, and most of its structural changes return to a state seen before. Following every
revision would turn that into flip-flopping pull requests, so, per operation:

1. A structural change is taken once the new structure has held for ``revisions`` consecutive
   upstream revisions and ``hours`` hours (from the first revision showing it to the newest).
2. A change that removes anything (a property, a parameter, an enum value, a response, the whole
   operation) must also have held for ``removal_hours``: a property that comes and goes is kept.
3. A new operation follows rule 1; a text-only change (descriptions, examples, schema names) is
   no change at all (fingerprints ignore text): it rides along with the next structural change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spectools.errors import SpecError
from spectools.history import Observed
from spectools.upstream import Settle


@dataclass(frozen=True)
class Decision:
    """What the rule says of one operation."""

    operation_id: str
    take: bool
    removes: bool
    held_revisions: int
    held_hours: float
    why: str


def held(history: list[Observed], operation_id: str) -> tuple[int, float]:
    """How many consecutive newest revisions share the newest fingerprint, and for how many hours."""
    newest = history[-1].fingerprints.get(operation_id)
    count, since = 0, history[-1].time
    for observed in reversed(history):
        if observed.fingerprints.get(operation_id) != newest:
            break
        count, since = count + 1, observed.time
    return count, max(0.0, (history[-1].time - since) / 3600)


MAX_LEAVES = 2_000_000  # the largest operation (postPrices) has ~40,000; references can multiply them


def leaves(tree: Any, prefix: str = "", limit: int = MAX_LEAVES) -> Iterator[str]:
    """Every leaf of a structure as a path (a removed path means something was removed); refuses a
    structure whose references expand to more than ``limit`` leaves."""
    stack: list[tuple[str, Any]] = [(prefix, tree)]
    count = 0
    while stack:
        count += 1
        if count > limit:
            raise SpecError(f"an operation expands to more than {limit:,} parts: too large to compare")
        path, node = stack.pop()
        if isinstance(node, dict):  # an empty one is no leaf: gaining keys removes nothing
            stack.extend((f"{path}/{key}", value) for key, value in node.items())
        elif isinstance(node, list):
            if all(not isinstance(v, dict | list) for v in node):  # enum, required, type lists: each value
                yield from (f"{path}[]={value!r}" for value in node)
            else:
                stack.extend((f"{path}[{i}]", value) for i, value in enumerate(node))
        else:
            yield f"{path}={node!r}"


def removes(old_tree: Any, new_tree: Any) -> bool:
    """Whether ``new_tree`` lacks a leaf ``old_tree`` has (a ``None`` tree: the operation is gone)."""
    if old_tree is None:
        return False
    if new_tree is None:
        return True
    return not set(leaves(old_tree)) <= set(leaves(new_tree))


def decide(
    operation_id: str, committed: str | None, history: list[Observed], settle: Settle, removal: bool
) -> Decision:
    """The rule for one operation: ``committed`` is its fingerprint in the sources (``None``: not
    imported), ``history`` the newest upstream revisions (oldest first), ``removal`` whether the
    newest structure removes anything the committed one has."""
    newest = history[-1].fingerprints.get(operation_id)
    count, hours = held(history, operation_id)
    if newest == committed:
        return Decision(operation_id, False, False, count, hours, "unchanged")
    need_hours = max(settle.hours, settle.removal_hours if removal else 0.0)
    if count < settle.revisions or hours < need_hours:
        what = "removes" if removal else "changes"
        why = (
            f"{what} since {count} revision(s), {hours:.1f} h: waits for {settle.revisions} revisions"
            f" and {need_hours:g} h"
        )
        return Decision(operation_id, False, removal, count, hours, why)
    return Decision(operation_id, True, removal, count, hours, f"held {count} revisions, {hours:.1f} h")
