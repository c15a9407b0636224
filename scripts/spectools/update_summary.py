"""What the spec watch tells people: one line per decision, the pull request body, the CI outputs."""

from __future__ import annotations

from pathlib import Path

from spectools.layout import UPSTREAM
from spectools.official import Revision
from spectools.update_apply import Verdict
from spectools.update_plan import Plan


def revision_text(revision: Revision) -> str:
    where = (
        f"commit `{revision.commit[:12]}`" + (f" ({revision.date})" if revision.date else "") if revision.commit else ""
    )
    return ", ".join(p for p in (where, f"sha256 `{revision.sha256[:16]}…`") if p)


def _kind(plan: Plan, op_id: str) -> str:
    if op_id in plan.removed:
        return "operation removed upstream"
    return "changed" if any(d.operation_id == op_id and d.removes for d in plan.decisions) else "changed or new"


def pr_body(plan: Plan, verdict: Verdict | None) -> str:
    """The pull request's body: what upstream changed and held, what still waits, then the spec report."""
    out = [
        "## Sequence changed its official API schema",
        "",
        f"`make update-spec` read {plan.revisions_read} revision(s) of the schema named in `{UPSTREAM}`; the newest: "
        f"{revision_text(plan.newest)}. These structural changes held long enough to be taken (the settling "
        f"rule in `{UPSTREAM}`):",
        "",
        "| operation | change | held |",
        "|---|---|---|",
    ]
    for decision in plan.decisions:
        if decision.take:
            what = "removes something" if decision.removes else _kind(plan, decision.operation_id)
            held = f"{decision.held_revisions} revisions, {decision.held_hours:.0f} h"
            out.append(f"| `{decision.operation_id}` | {what} | {held} |")
    if plan.waiting:
        out += ["", "Still settling (not in this pull request):", ""]
        out += [f"- `{d.operation_id}`: {d.why}" for d in plan.waiting]
    if verdict is not None:
        label = "breaking" if verdict.breaking else "not breaking"
        out += ["", f"Verdict: **{label}**" + (", with uncovered operations" if verdict.uncovered else "") + "."]
        out += ["", "---", "", verdict.report.rstrip("\n")]
    return "\n".join(out) + "\n"


def summary_lines(plan: Plan) -> list[str]:
    lines = [f"read {plan.revisions_read} revision(s); newest: {revision_text(plan.newest)}"]
    for decision in plan.decisions:
        lines.append(f"{decision.operation_id}: {'taken' if decision.take else 'waiting'}: {decision.why}")
    if plan.ignored:
        lines.append(f"ignored (listed in {UPSTREAM}): {', '.join(plan.ignored)}")
    return lines


def write_outputs(path: Path | None, values: dict[str, str]) -> None:
    """``key=value`` lines (for ``$GITHUB_OUTPUT``), appended."""
    if path is None:
        return
    with path.open("a", encoding="utf-8") as out:
        out.writelines(f"{key}={value}\n" for key, value in values.items())
