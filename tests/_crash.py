"""A demo job run as a real process and SIGKILLed in a chosen phase (the crash tests' driver)."""

from __future__ import annotations

import asyncio
import re
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Phases:
    """How a job's output shows its phases: the line prefix opening each, their order, and the
    progress lines whose count shows new work (``done/total``)."""

    opening: dict[str, str]  # line prefix -> phase name
    order: list[str]
    progress: re.Pattern[str]


@dataclass
class Run:
    killed_in: str | None = None
    returncode: int | None = None
    output: list[str] = field(default_factory=list)


R = TypeVar("R", bound=Run)


async def run_job(
    command: list[str],
    env: dict[str, str],
    phases: Phases,
    kill: tuple[str | None, int],
    best: dict[str, int],
    deadline: float,
    run: R,
) -> R:
    """One run; ``kill`` = (phase, lines): SIGKILL once ``lines`` progress lines showing new work
    (beyond ``best``, the highest count any run reached per phase) were seen in that phase or later.
    What happened is filled into ``run`` (a :class:`Run`, or a test's own subclass)."""
    target, lines = kill
    process = await asyncio.create_subprocess_exec(*command, env=env, stdout=asyncio.subprocess.PIPE, cwd=ROOT)
    assert process.stdout is not None
    phase, counted = "start", 0
    try:
        while raw := await asyncio.wait_for(process.stdout.readline(), deadline - time.monotonic()):
            line = raw.decode().rstrip("\n")
            run.output.append(line)
            for prefix, name in phases.opening.items():
                if line.startswith(prefix):
                    phase, counted = name, 0
            progress = phases.progress.match(line)
            if progress and phase in best:
                done = int(progress.group(1).replace(",", ""))
                if done > best[phase]:  # new work, not a resumed count: the kill makes progress
                    best[phase], counted = done, counted + 1
            order = phases.order
            if target is not None and phase in best and order.index(phase) >= order.index(target) and counted >= lines:
                process.send_signal(signal.SIGKILL)
                run.killed_in = phase
                break
        run.returncode = await asyncio.wait_for(process.wait(), deadline - time.monotonic())
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    return run
