"""The raw reply of any call: ``await client.with_raw_response(client.customers.get(...))``.

A context variable, set only while such a call runs, collects the replies the pipeline
returns; every other call pays one ``ContextVar.get`` (~40 ns).
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from .errors import InvalidParameterError

T = TypeVar("T")


class Reply(Protocol):
    """What is read of the pipeline's reply (``_pipeline.Reply``)."""

    @property
    def request_id(self) -> str | None: ...

    @property
    def version(self) -> str | None: ...

    def shown_headers(self) -> dict[str, str]: ...


_CAPTURED: contextvars.ContextVar[list[tuple[Reply, int, int]] | None] = contextvars.ContextVar(
    "sequence_async_raw_replies", default=None
)


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


def capture_reply(reply: Reply, status: int, attempts: int) -> None:
    """Called by the pipeline for each successful call (a no-op unless one is being captured)."""
    captured = _CAPTURED.get()
    if captured is not None:
        captured.append((reply, status, attempts))


async def with_raw_response(call: Awaitable[T]) -> APIResponse[T]:
    """Await ``call`` (one SDK call, not yet awaited) and return its result with the HTTP reply."""
    if not isinstance(call, Awaitable):
        raise InvalidParameterError(
            f"with_raw_response takes a call not yet awaited, e.g. client.customers.get(id); got {type(call).__name__}"
        )
    captured: list[tuple[Reply, int, int]] = []
    token = _CAPTURED.set(captured)
    try:
        parsed = await call
    finally:
        _CAPTURED.reset(token)
    if not captured:
        raise InvalidParameterError(
            "with_raw_response: the call made no request in this task (pass the coroutine itself, not a Task)"
        )
    reply, status, attempts = captured[-1]
    return APIResponse(parsed, status, reply.shown_headers(), reply.request_id, reply.version, attempts)
