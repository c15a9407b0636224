"""Shared pytest configuration.

- the emulator's fixtures (sequence_emulator, seeded_emulator, served_emulator);
- no test may leave global state behind (logger levels and handlers, the environment, the
  event-loop policy): the suite must pass in any order (pytest-randomly shuffles it);
- under CI (``CI=true``) a skipped test fails the run: everything CI needs is installed there.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Generator, Iterator

import pytest

pytest_plugins = ["sequence_async.testing.pytest_plugin"]

LoggerState = tuple[int, tuple[logging.Handler, ...], bool, bool]
PYTEST_OWN = "PYTEST_CURRENT_TEST"  # pytest rewrites it in every phase


def _environ() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != PYTEST_OWN}


def _loggers() -> dict[str, LoggerState]:
    named = {name: logging.getLogger(name) for name in list(logging.root.manager.loggerDict)}
    named[""] = logging.getLogger()
    return {
        name: (logger.level, tuple(logger.handlers), logger.propagate, logger.disabled)
        for name, logger in named.items()
        if isinstance(logger, logging.Logger)
    }


@pytest.fixture(autouse=True, scope="session")
def _fresh_model_checkers() -> None:
    """Compile the model checkers inside this session: under mutmut each mutant's session must
    run the (mutated) compiler, not reuse what a parent process cached before forking."""
    from sequence_async import _models

    _models.reset_caches()


@pytest.fixture(autouse=True)
def _no_global_state_left_behind() -> Iterator[None]:
    """Fail a test that changes logger configuration, the environment or the event-loop policy."""
    loggers, environ, policy = _loggers(), _environ(), asyncio.get_event_loop_policy()
    yield
    changed = [name or "root" for name, state in loggers.items() if _loggers().get(name, state) != state]
    problems = [f"logger {name!r} was reconfigured" for name in changed]
    now = _environ()
    if now != environ:
        problems.append(f"environment changed: {sorted(k for k in {*environ, *now} if environ.get(k) != now.get(k))}")
    if asyncio.get_event_loop_policy() is not policy:
        problems.append("the event-loop policy was replaced")
    for name in changed:  # restore, so one leaky test does not fail the rest
        level, handlers, propagate, disabled = loggers[name]
        logger = logging.getLogger(name or None)
        logger.setLevel(level)
        logger.handlers[:] = handlers
        logger.propagate, logger.disabled = propagate, disabled
    for key in now.keys() - environ.keys():
        del os.environ[key]
    os.environ.update(environ)
    asyncio.set_event_loop_policy(policy)
    if problems:
        pytest.fail("test left global state behind: " + "; ".join(problems))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Under CI, a skip is a failure: CI installs every extra and service the suite needs."""
    report = yield
    if report.skipped and os.environ.get("CI", "").lower() in ("1", "true", "yes") and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped under CI (CI=true), which must run every test: {report.longrepr}"
    return report
