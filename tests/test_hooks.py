"""Hooks and log records as users see them, on both HTTP backends against the emulator on loopback.

No OpenTelemetry here: these hold with the ``otel`` extra missing (``make mutate`` runs them so).
"""

from __future__ import annotations

import asyncio
import logging

import pytest

from sequence_async import (
    AttemptDetails,
    CallDetails,
    ConfigurationError,
    Hooks,
    NotFoundError,
    RetryDetails,
    SequenceClient,
)
from sequence_async.testing import Fault, Faults, SequenceEmulator

from ._fixtures import Backend, make_client

pytest_plugins = ["tests._backends", "tests._emulated"]


def first_alias(emulator: SequenceEmulator) -> str:
    alias_id: str = emulator.aliases[0]["id"]
    return alias_id


# -- hooks -------------------------------------------------------------------------------------------


async def test_hooks_fire_in_order_with_frozen_details(
    base_url: str, emulator: SequenceEmulator, backend: Backend
) -> None:
    emulator.faults = Faults([Fault.status(503), Fault.drop()])
    seen: list[object] = []
    hooks = Hooks(on_attempt=seen.append, on_retry=seen.append, on_limiter_wait=seen.append, on_call_end=seen.append)
    alias_id = first_alias(emulator)
    async with make_client(base_url, emulator, backend=backend, hooks=hooks) as client:
        deleted = await client.customer_aliases.delete(alias_id)
    assert deleted.id == alias_id
    assert [type(details) for details in seen] == [
        AttemptDetails,
        RetryDetails,
        AttemptDetails,
        RetryDetails,
        AttemptDetails,
        CallDetails,
    ]
    url = f"{base_url}/customer-aliases/{alias_id}"
    first, retry1, second, retry2, third, end = seen
    assert isinstance(first, AttemptDetails)
    assert (first.operation, first.method, first.url, first.attempt, first.status_code) == (
        "CustomerAliases.delete",
        "DELETE",
        url,
        1,
        503,
    )
    assert type(first.error).__name__ == "InternalServerError"
    assert first.duration > 0
    assert isinstance(retry1, RetryDetails)
    assert (retry1.attempt, retry1.error, retry1.waited_so_far) == (1, first.error, 0.0)
    assert retry1.reason.startswith("status 503")
    assert isinstance(second, AttemptDetails)
    assert (second.attempt, second.status_code, type(second.error).__name__) == (2, None, "APIConnectionError")
    assert isinstance(retry2, RetryDetails)
    assert (retry2.attempt, retry2.waited_so_far) == (2, retry1.delay)
    assert isinstance(third, AttemptDetails)
    assert (third.attempt, third.status_code, third.error) == (3, 200, None)
    assert isinstance(end, CallDetails)
    assert (end.operation, end.attempts, end.status_code, end.error, end.retries) == (
        "CustomerAliases.delete",
        3,
        200,
        None,
        2,
    )
    assert end.retry_wait == pytest.approx(retry1.delay + retry2.delay)
    assert end.budget_exhausted is False
    assert end.duration >= first.duration + second.duration + third.duration
    with pytest.raises(AttributeError):
        end.attempts = 9  # type: ignore[misc]


async def test_a_failed_call_ends_with_its_error(base_url: str, emulator: SequenceEmulator) -> None:
    ended: list[CallDetails] = []
    async with make_client(base_url, emulator, backend="httpx", hooks=[Hooks(on_call_end=ended.append)]) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.customer_aliases.delete("no-such-alias")
    [end] = ended
    assert (end.error, end.status_code, end.attempts) == (caught.value, 404, 1)


async def test_a_raising_hook_is_logged_and_ignored(
    base_url: str, emulator: SequenceEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(details: object) -> None:
        raise RuntimeError("hook bug")

    told: list[object] = []
    hooks = [Hooks(on_attempt=broken, on_call_end=broken), Hooks(on_call_end=told.append)]
    async with make_client(base_url, emulator, backend="httpx", hooks=hooks) as client:
        with caplog.at_level(logging.WARNING, "sequence_async"):
            contacts = await client.contacts.list(emulator.customers[0])
    assert len(contacts) == 1
    assert len(told) == 1  # the next Hooks still ran
    assert [r.getMessage() for r in caplog.records if r.name == "sequence_async"] == [
        "a sequence_async hook (on_attempt) raised RuntimeError; ignored",
        "a sequence_async hook (on_call_end) raised RuntimeError; ignored",
    ]
    assert len(emulator.requests) == 1  # not retried


def test_hooks_are_checked_when_made() -> None:
    async def later(details: object) -> None:
        pass

    with pytest.raises(ConfigurationError, match=r"on_retry=\.\.\.\) must be a plain function"):
        Hooks(on_retry=later)
    with pytest.raises(ConfigurationError, match=r"on_attempt=\.\.\.\) must be callable, got str"):
        Hooks(on_attempt="print")  # type: ignore[arg-type]
    for wrong in ("x", [print], {"on_retry": print}):
        with pytest.raises(ConfigurationError, match=r"hooks must be a sequence_async\.Hooks"):
            SequenceClient("id", "secret", hooks=wrong)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="tracer_provider must be an OpenTelemetry TracerProvider"):
        SequenceClient("id", "secret", tracer_provider=object())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="meter_provider must be an OpenTelemetry MeterProvider"):
        SequenceClient("id", "secret", meter_provider="meter")  # type: ignore[arg-type]


async def test_log_records_carry_the_details_as_extra_fields(
    base_url: str, emulator: SequenceEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.faults = Faults([Fault.status(503)])
    async with make_client(base_url, emulator, backend="httpx") as client:
        with caplog.at_level(logging.DEBUG, "sequence_async"):
            await client.contacts.list(emulator.customers[0])
    records = [r for r in caplog.records if r.name == "sequence_async"]
    attempt1, retry, attempt2 = records
    assert (attempt1.levelno, retry.levelno, attempt2.levelno) == (logging.DEBUG, logging.WARNING, logging.DEBUG)
    fields = vars(retry)
    assert fields["sequence_operation"] == "Contacts.list"
    assert fields["sequence_method"] == "GET"
    assert fields["sequence_attempt"] == 1
    assert fields["sequence_error_type"] == "InternalServerError"
    assert fields["sequence_reason"].startswith("status 503")
    assert fields["sequence_delay"] == pytest.approx(float(retry.getMessage().rsplit(" ", 1)[1].rstrip("s")), abs=0.01)
    assert vars(attempt1)["sequence_status_code"] == 503
    assert vars(attempt2)["sequence_status_code"] == 200
    assert vars(attempt2)["sequence_error_type"] is None
    assert vars(attempt2)["sequence_url"].startswith(base_url + "/customers/")


async def test_a_hook_raising_a_base_exception_reaches_a_prefetching_consumer(
    base_url: str, emulator: SequenceEmulator
) -> None:
    class Stop(BaseException):
        pass

    ended: list[CallDetails] = []

    def second_page_stops(details: CallDetails) -> None:
        ended.append(details)
        if len(ended) == 2:
            raise Stop

    hooks = Hooks(on_call_end=second_page_stops)
    async with make_client(base_url, emulator, backend="httpx", hooks=hooks) as client:
        pages = client.customer_aliases.list(limit=2, prefetch=2).pages()
        with pytest.raises(Stop):
            async with asyncio.timeout(10):  # a hang fails here, not at the test's timeout
                async for _ in pages:
                    pass
        await pages.aclose()
