"""What the spec watch tells people: one line per page, the pull request body, the CI outputs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from spectools.layout import UPSTREAM
from spectools.site_index import site_url, slug
from spectools.update_apply import Verdict
from spectools.update_plan import Fetched, Plan
from spectools.upstream import Upstream


def _page_link(fetched: Fetched) -> str:
    return f"[{slug(fetched.path)}]({fetched.url})"


def _change_rows(plan: Plan) -> list[str]:
    """The table rows: listed operations renamed or changed, new operations imported."""
    rows = []
    for op_id, fetched in plan.listed.items():
        if op_id in plan.renamed:
            rows.append(f"| `{op_id}` → `{plan.renamed[op_id]}` | {_page_link(fetched)} | operation renamed |")
        elif op_id in plan.changed:
            rows.append(f"| `{op_id}` | {_page_link(fetched)} | OpenAPI block changed |")
    for fetched in plan.imported:
        rows.append(f"| `{fetched.source.operation_id}` | {_page_link(fetched)} | new operation, imported |")
    return rows


def pr_body(plan: Plan, upstream: Upstream, base_url: str, verdict: Verdict | None) -> str:
    """The pull request's body: what changed upstream, then the spec report."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "## Sequence changed its published API reference",
        "",
        f"`make update-spec` fetched {site_url(base_url, upstream.index)} and the pages listed in "
        f"`{UPSTREAM}` on {when}.",
        "",
        "| operation | page | change |",
        "|---|---|---|",
        *_change_rows(plan),
    ]
    not_imported = [f for f in plan.new if f not in plan.imported]
    if not_imported:
        out += ["", "New operations, not imported (run with `--import-new`, or list them under `ignore:` in "]
        out[-1] += f"`{UPSTREAM}` with a reason):"
        out.append("")
        out += [f"- `{f.source.operation_id}` ({', '.join(f.tags)}): {f.url}" for f in not_imported]
    if plan.notes:
        out += ["", "Notes:", "", *(f"- {n}" for n in plan.notes)]
    if verdict is not None:
        label = "breaking" if verdict.breaking else "not breaking"
        out += ["", f"Verdict: **{label}**" + (", with uncovered operations" if verdict.uncovered else "") + "."]
        out += ["", "---", "", verdict.report.rstrip("\n")]
    return "\n".join(out) + "\n"


def summary_lines(plan: Plan) -> list[str]:
    lines = []
    for op_id, fetched in plan.listed.items():
        state = "changed" if op_id in plan.changed else "unchanged"
        if op_id in plan.renamed:
            state = f"renamed to {plan.renamed[op_id]}"
        lines.append(f"{op_id}: {state} ({fetched.url})")
    for fetched in plan.new:
        done = "imported" if fetched in plan.imported else "not imported (--import-new imports it)"
        lines.append(f"new operation {fetched.source.operation_id} [{', '.join(fetched.tags)}]: {done} ({fetched.url})")
    for fetched in plan.ignored:
        lines.append(f"ignored {fetched.source.operation_id} (listed in {UPSTREAM}: ignore) ({fetched.url})")
    for fetched in plan.other:
        lines.append(f"not watched {fetched.source.operation_id} [{', '.join(fetched.tags)}] ({fetched.url})")
    return lines + [f"note: {n}" for n in plan.notes]


def write_outputs(path: Path | None, values: dict[str, str]) -> None:
    """``key=value`` lines (for ``$GITHUB_OUTPUT``), appended."""
    if path is None:
        return
    with path.open("a", encoding="utf-8") as out:
        out.writelines(f"{key}={value}\n" for key, value in values.items())
