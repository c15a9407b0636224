"""The raw reply of any call: ``await client.with_raw_response(client.customers.get(...))``.

The pipeline hands each reply to ``_capture``; only while such a call runs is it kept.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._capture import CAPTURED, Reply
from .errors import InvalidParameterError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class APIResponse(Generic[T]):
    """A call's result with its HTTP reply: ``parsed`` is what the call returns.

    ``headers`` are the response's (lowercase names, credentials redacted), ``request_id`` and
    ``version`` read from them; ``attempts`` counts the attempts the call made (retries + 1).
    For a call made of several requests (a batch), the last request's reply.
    """

    parsed: T
    status_code: int
    headers: dict[str, str]
    request_id: str | None
    version: str | None
    attempts: int


async def with_raw_response(call: Awaitable[T]) -> APIResponse[T]:
    """Await ``call`` (one SDK call, not yet awaited) and return its result with the HTTP reply."""
    if not inspect.iscoroutine(call):  # a Task or a gather runs elsewhere: its reply cannot be seen here
        if isinstance(call, Awaitable):
            raise InvalidParameterError(
                f"with_raw_response takes the coroutine of one call, e.g. client.customers.get(id), not a "
                f"{type(call).__name__} (it runs in another task, where its reply cannot be captured)"
            )
        raise InvalidParameterError(
            f"with_raw_response takes a call not yet awaited, e.g. client.customers.get(id); got {type(call).__name__}"
        )
    outer = CAPTURED.get()
    captured: list[tuple[Reply, int, int]] = []
    token = CAPTURED.set(captured)
    try:
        parsed = await call
    finally:
        CAPTURED.reset(token)
        if outer is not None:  # a with_raw_response around this one sees these replies too
            outer.extend(captured)
    if not captured:
        raise InvalidParameterError(
            "with_raw_response: the call made no request in this task (pass the coroutine itself, not a Task)"
        )
    reply, status, attempts = captured[-1]
    return APIResponse(parsed, status, reply.shown_headers(), reply.request_id, reply.version, attempts)
