"""The suite's own rules (tests/conftest.py) fail the runs they should."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = (Path(__file__).parent / "conftest.py").read_text()


def _project(pytester: pytest.Pytester) -> None:
    """A throwaway project with this suite's conftest."""
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")


def test_a_skip_fails_the_run_under_ci(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(pytester)
    pytester.makepyfile("import pytest\n\ndef test_needs_a_service():\n    pytest.skip('no service here')\n")
    monkeypatch.setenv("CI", "true")
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*skipped under CI*no service here*"])


def test_a_skip_stays_a_skip_outside_ci(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(pytester)
    pytester.makepyfile("import pytest\n\ndef test_needs_a_service():\n    pytest.skip('no service here')\n")
    monkeypatch.delenv("CI", raising=False)
    pytester.runpytest("-p", "no:randomly").assert_outcomes(skipped=1)


@pytest.mark.parametrize(
    "leak",
    [
        "logging.getLogger('sequence_async').setLevel(logging.ERROR)",
        "os.environ['SEQUENCE_CLIENT_ID'] = 'left-behind'",
        "asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())",
    ],
)
def test_global_state_left_behind_fails_the_test(pytester: pytest.Pytester, leak: str) -> None:
    _project(pytester)
    leaky = f"import asyncio, logging, os\n\ndef test_leaky():\n    {leak}\n\ndef test_after():\n    pass\n"
    pytester.makepyfile(leaky)
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=2, errors=1)  # the leak fails the leaky test's teardown, then is undone
    result.stdout.fnmatch_lines(["*left global state behind*"])
