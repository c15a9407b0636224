"""``Hooks`` and ``hooks=`` refuse what would never work, with the documented message; the
details reach log records as ``extra=`` fields. Unit tests, no client or server."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from sequence_async import ConfigurationError, Hooks, SequenceClient
from sequence_async._hooks import AttemptDetails, CallDetails, RetryDetails, checked_hooks, log_extra
from sequence_async.errors import RateLimiterError

HOOKS_MESSAGE = r"^hooks must be a sequence_async\.Hooks, a list of them, or None$"


class AsyncCallable:
    """Callable, but calling it makes a coroutine that a hook's caller would never await."""

    async def __call__(self, details: object) -> None:
        pass


class PlainCallable:
    def __call__(self, details: object) -> None:
        pass


@pytest.mark.parametrize("field", [field.name for field in dataclasses.fields(Hooks)])
def test_an_object_with_an_async_call_is_refused_for_every_hook(field: str) -> None:
    with pytest.raises(ConfigurationError, match=rf"^Hooks\({field}=\.\.\.\) must be a plain function"):
        Hooks(**{field: AsyncCallable()})


@pytest.mark.parametrize("field", [field.name for field in dataclasses.fields(Hooks)])
def test_plain_callables_of_every_kind_are_accepted(field: str) -> None:
    for hook in (print, PlainCallable(), lambda details: None, PlainCallable().__call__):
        assert getattr(Hooks(**{field: hook}), field) is hook


def test_hooks_as_none_one_or_an_iterable_of_them() -> None:
    one, two = Hooks(on_attempt=print), Hooks(on_retry=print)
    assert checked_hooks(None) == ()
    assert checked_hooks(one) == (one,)
    assert checked_hooks([one, two]) == (one, two)
    assert checked_hooks(iter((two, one))) == (two, one)
    assert checked_hooks([]) == ()


@pytest.mark.parametrize(
    "wrong",
    [5, 2.5, object(), print, "hooks", b"hooks", [Hooks(), print], {"on_retry": print}],
    ids=["int", "float", "object", "function", "str", "bytes", "a-list-with-a-function", "a-dict"],
)
def test_anything_else_is_refused_with_the_documented_message(wrong: Any) -> None:
    with pytest.raises(ConfigurationError, match=HOOKS_MESSAGE):
        checked_hooks(wrong)


def test_the_client_refuses_a_non_iterable_hooks_argument_the_same_way() -> None:
    with pytest.raises(ConfigurationError, match=HOOKS_MESSAGE):
        SequenceClient("id", "secret", hooks=7)  # type: ignore[arg-type]


def test_log_extra_names_every_field_and_an_error_by_its_class() -> None:
    error = RateLimiterError("limiter closed")
    retry = RetryDetails("A.b", "GET", "https://x/a", 1, 0.5, "status 503", error, 0.25)
    assert log_extra(retry) == {
        "sequence_operation": "A.b",
        "sequence_method": "GET",
        "sequence_url": "https://x/a",
        "sequence_attempt": 1,
        "sequence_delay": 0.5,
        "sequence_reason": "status 503",
        "sequence_error_type": "RateLimiterError",
        "sequence_waited_so_far": 0.25,
    }
    attempt = AttemptDetails("A.b", "GET", "https://x/a", 2, 200, None, 0.125)
    assert log_extra(attempt)["sequence_error_type"] is None
    assert "sequence_error" not in log_extra(attempt)
    end = CallDetails("A.b", "GET", "u", 1, None, KeyError("k"), 1.0, 0, 0.0, 0.0, False)
    assert log_extra(end)["sequence_error_type"] == "KeyError"
    assert log_extra(end)["sequence_budget_exhausted"] is False
