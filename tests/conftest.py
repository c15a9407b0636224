"""Shared pytest configuration.

- the emulator's fixtures (sequence_emulator, seeded_emulator, served_emulator);
- no test may leave global state behind (logger levels and handlers, the environment, the
  event-loop policy): the suite must pass in any order (pytest-randomly shuffles it);
- under CI (``CI=true``) a skipped test fails the run: everything CI needs is installed there;
- every test has an id of its own: ``make test`` runs whole files per pytest-xdist worker
  (``--dist loadfile``), which keys tests by id and would run one of several sharing an id.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections import Counter
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


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each test an id of its own, or fail the run.

    pytest 9 builds a test's id from its function name and its ``parametrize`` ids only, while
    schemathesis names each operation's test in its name alone (``test[GET /customer-aliases]``):
    all of them got one id, and ``--dist loadfile`` ran the first and silently dropped the rest.
    Such a test takes its name as its id; any other id given twice fails the run.
    """
    counts = Counter(item.nodeid for item in items)
    for item in items:
        if counts[item.nodeid] > 1 and item.parent is not None:
            named = f"{item.parent.nodeid}::{item.name}"
            if named != item.nodeid and hasattr(item, "_id"):  # pytest 9's NodeId (private: no setter)
                item._id = type(item._id).parse(named)
    repeated = sorted(nodeid for nodeid, count in Counter(item.nodeid for item in items).items() if count > 1)
    if repeated:
        raise pytest.UsageError(f"tests sharing an id (pytest-xdist would run only one of each): {repeated}")


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
