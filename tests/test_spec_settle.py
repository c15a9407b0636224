"""The settling rule (scripts/spectools/settle.py): when an upstream change is taken, pure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from spectools.history import Observed
from spectools.official import Revision
from spectools.settle import decide, held, leaves, removes
from spectools.upstream import Settle

RULE = Settle(revisions=3, hours=0, removal_hours=72, lookback=40)
OP = "postCustomerAliases"


def history(states: Sequence[str | None], hours_apart: float = 1.0) -> list[Observed]:
    """One revision per state of OP (None: the operation is absent), ``hours_apart`` apart."""
    return [
        Observed(Revision(f"sha{i}"), i * hours_apart * 3600, {} if s is None else {OP: s})
        for i, s in enumerate(states)
    ]


def replay(states: Sequence[str | None], removal: bool, hours_apart: float = 1.0) -> list[str | None]:
    """Run the rule once per revision, as the watch would, taking what it says; the adopted states."""
    adopted: list[str | None] = [states[0]]
    for end in range(1, len(states) + 1):
        window = history(states[:end], hours_apart)[-RULE.lookback :]
        decision = decide(OP, adopted[-1], window, RULE, removal)
        if decision.take:
            adopted.append(window[-1].fingerprints.get(OP))
    return adopted


def test_unchanged_is_not_taken() -> None:
    assert not decide(OP, "a", history(["a", "a"]), RULE, False).take


def test_a_change_is_taken_once_it_held_for_the_revisions() -> None:
    assert not decide(OP, "a", history(["a", "b", "b"]), RULE, False).take
    taken = decide(OP, "a", history(["a", "b", "b", "b"]), RULE, False)
    assert taken.take
    assert (taken.held_revisions, taken.held_hours) == (3, 2.0)


def test_a_removal_waits_for_its_hours_too() -> None:
    assert not decide(OP, "a", history(["a", "b", "b", "b"]), RULE, True).take
    assert decide(OP, "a", history(["a", "b", "b", "b"], hours_apart=36), RULE, True).take
    gone = decide(OP, "a", history(["a", None, None, None], hours_apart=36), RULE, True)
    assert gone.take  # the operation itself removed upstream, for long enough


@given(st.lists(st.sampled_from(["a", "b"]), min_size=1, max_size=60))
def test_a_state_that_never_holds_is_never_taken(flips: list[str]) -> None:
    """Flip-flops shorter than the rule's revisions never become pull requests."""
    states = ["a", *flips]
    runs = _runs(states)
    adopted = replay(states, removal=False)
    if all(length < RULE.revisions for value, length in runs if value == "b"):
        assert adopted == ["a"]


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(1, 8)), min_size=1, max_size=12))
def test_every_taken_state_held_and_each_settled_run_is_taken_once(runs: list[tuple[str, int]]) -> None:
    states = ["a"] + [s for value, length in runs for s in [value] * length]
    adopted = replay(states, removal=False)
    settled = [v for v, n in _runs(states) if n >= RULE.revisions]
    collapsed = [v for i, v in enumerate(settled) if i == 0 or settled[i - 1] != v]
    expected = ["a", *list(collapsed[1:] if collapsed and collapsed[0] == "a" else collapsed)]
    assert adopted == [v for i, v in enumerate(expected) if i == 0 or expected[i - 1] != v]


def _runs(states: list[Any]) -> list[tuple[Any, int]]:
    out: list[tuple[Any, int]] = []
    for state in states:
        if out and out[-1][0] == state:
            out[-1] = (state, out[-1][1] + 1)
        else:
            out.append((state, 1))
    return out


def test_held_counts_the_newest_run() -> None:
    assert held(history(["a", "b", "a", "a"]), OP) == (2, 1.0)
    assert held(history([None, "a"]), OP) == (1, 0.0)


def test_removes_sees_a_property_or_a_header_or_an_enum_value_go() -> None:
    old: dict[str, Any] = {"op": {"parameters": {"header:Idempotency-Key": {"schema": {"type": "string"}}}}}
    assert removes(old, {"op": {"parameters": {}}})
    assert not removes({"op": {}}, old)  # an addition
    assert removes({"enum": ["A", "B"]}, {"enum": ["A"]})
    assert not removes({"enum": ["A"]}, {"enum": ["A", "B"]})
    assert removes(old, None)
    assert not removes(None, old)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=3),
        lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=3), kids, max_size=3),
    )
)
def test_nothing_removes_from_itself(tree: Any) -> None:
    assert not removes(tree, tree)
    assert set(leaves(tree)) == set(leaves(tree))
