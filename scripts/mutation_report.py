"""`make mutate`: run mutmut over the core modules, then print a score per module.

score = killed / (killed + survived); a mutant no test reaches ("no tests") counts as a
failure of its own. Exit status 0 when every module scores at least --min-score and no mutant
is untested, 1 otherwise. The configuration (modules, tests) is ``[tool.mutmut]`` in
pyproject.toml; ``mutants/`` is mutmut's working copy (not committed).

Usage: python scripts/mutation_report.py [--min-score 0.9] [--no-run] [MUTANT_GLOB ...]
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = [sys.executable, "-m", "mutmut"]
RUNS = 3  # attempts at `mutmut run` (see main)
LINE = re.compile(r"^\s*(?P<name>[\w.ǁ]+?)__mutmut_\d+: (?P<status>.+?)\s*$")


def _module(mutant: str) -> str:
    """``sequence_async._pipeline.xǁPipelineǁcall`` -> ``_pipeline``."""
    return mutant.split(".")[1]


def parse_results(text: str) -> dict[str, collections.Counter[str]]:
    """Per module, how many mutants ended in each status (killed, survived, no tests...)."""
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for line in text.splitlines():
        match = LINE.match(line)
        if match:
            table[_module(match["name"])][match["status"]] += 1
    return table


def survivors(text: str) -> list[str]:
    return [
        line.split(":")[0].strip() for line in text.splitlines() if line.rstrip().endswith((": survived", ": no tests"))
    ]


def render(table: dict[str, collections.Counter[str]], min_score: float) -> tuple[str, bool]:
    rows = [
        f"{'module':<14} {'killed':>6} {'survived':>8} {'no tests':>8} {'timeout':>7} {'unrun':>5} {'other':>5} "
        f"{'score':>6}  met?"
    ]
    ok = True
    for module in sorted(table):
        counts = table[module]
        killed = counts["killed"] + counts["timeout"]  # a mutant that makes a test hang is caught
        survived, untested, unrun = counts["survived"], counts["no tests"], counts["not checked"]
        other = sum(counts.values()) - killed - survived - untested - unrun
        score = killed / (killed + survived + untested) if killed + survived + untested else 0.0
        met = score >= min_score and untested == 0 and unrun == 0  # a crashed run must not pass
        ok = ok and met
        rows.append(
            f"{module:<14} {killed:>6} {survived:>8} {untested:>8} {counts['timeout']:>7} {unrun:>5} {other:>5} "
            f"{score:>6.1%}  {'yes' if met else 'NO'}"
        )
    return "\n".join(rows), ok


# mutmut 3.8.1's stats phase segfaults (in its own record_trampoline_hit) whenever the
# opentelemetry-api package has been imported in the test process: 5 of 5 runs with it, 0 of 1
# with it uninstalled. OTEL_SDK_DISABLED (OpenTelemetry's switch, honoured by the SDK) keeps the
# SDK from importing it; the OpenTelemetry tests (test_observability.py) run in make test only.
_MUTMUT_ENV = {**os.environ, "OTEL_SDK_DISABLED": "true"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-score", type=float, default=0.9)
    parser.add_argument("--no-run", action="store_true", help="only report the last run's results")
    parser.add_argument("--max-children", type=int, default=None)
    parser.add_argument("mutants", nargs="*", help="mutant name globs (default: all)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if not args.no_run:
        command = [*MUTMUT, "run", *args.mutants]
        if args.max_children:
            command[4:4] = ["--max-children", str(args.max_children)]
        for _ in range(RUNS):
            # Should mutmut still crash (see _MUTMUT_ENV), a new run resumes from the saved results.
            done = subprocess.run(command, cwd=ROOT, check=False, stdout=subprocess.DEVNULL, env=_MUTMUT_ENV)
            if done.returncode == 0:
                break
    results = subprocess.run(
        [*MUTMUT, "results", "--all", "true"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    table, ok = render(parse_results(results), args.min_score)
    print(table)
    left = survivors(results)
    print(f"\n{len(left)} surviving or untested mutants (`mutmut show NAME` shows one):")
    print("\n".join(f"  {name}" for name in left) or "  none")
    print(f"\n{time.monotonic() - started:.0f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
