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


# A collector naming each case in the name alone, as schemathesis names an operation's test
# (`test[GET /customer-aliases]`): pytest 9 builds the ids from the function name, so they collide.
NAMED_IN_THE_NAME = """

@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector, name, obj):
    if name == "test_operation":
        return [
            pytest.Function.from_parent(collector, name=f"{name}[{label}]", originalname=name, callobj=obj)
            for label in ("GET a", "GET b", "DELETE a")
        ]
"""


def test_cases_named_in_their_name_keep_ids_of_their_own(pytester: pytest.Pytester) -> None:
    """Under ``--dist loadfile`` (make test) tests sharing an id ran as one: every case must run."""
    _project(pytester)
    pytester.makeconftest(CONFTEST + NAMED_IN_THE_NAME)
    pytester.makepyfile("def test_operation():\n    pass\n")
    result = pytester.runpytest("-p", "no:randomly", "-n", "2", "--dist", "loadfile", "-v")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines_random(
        [f"*PASSED*::test_operation[[]{label}[]]*" for label in ("GET a", "GET b", "DELETE a")]
    )


def test_tests_sharing_an_id_fail_the_run(pytester: pytest.Pytester) -> None:
    _project(pytester)
    twice = "\n\n@pytest.hookimpl(tryfirst=True)\ndef pytest_pycollect_makeitem(collector, name, obj):\n"
    twice += "    if name == 'test_twice':\n"
    twice += "        return [pytest.Function.from_parent(collector, name=name, callobj=obj) for _ in range(2)]\n"
    pytester.makeconftest(CONFTEST + twice)
    pytester.makepyfile("def test_twice():\n    pass\n")
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*tests sharing an id*test_twice*"])
