"""How a resumable batch learns that an item is about to send a write nothing makes safe to resend.

A POST or PATCH without an ``Idempotency-Key`` (or another handle, such as a usage event's
``customerEventId``) may be applied twice if it is sent twice. A batch with a checkpoint sets
:data:`BEFORE_UNSAFE_WRITE` inside each item's task; the pipeline awaits it once per such call,
before the first attempt is sent, so the checkpoint says "a write may have been applied" before
one can have been. Every other call pays one ``ContextVar.get`` (~40 ns).
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable

BEFORE_UNSAFE_WRITE: contextvars.ContextVar[Callable[[], Awaitable[None]] | None] = contextvars.ContextVar(
    "sequence_async_before_unsafe_write", default=None
)
