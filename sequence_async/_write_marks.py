"""How a resumable batch learns what an item's writes that nothing makes safe to resend did.

A POST or PATCH without an ``Idempotency-Key`` (or another handle, such as a usage event's
``customerEventId``) may be applied twice if it is sent twice. A batch with a checkpoint sets
:data:`UNSAFE_WRITES` inside each item's task; for each such call the pipeline awaits
``before()`` ahead of the first attempt (so the checkpoint says "a write may have been applied"
before one can have been), then calls ``after(maybe_applied)`` once the call is over: True after
a 2xx, after an attempt that may have reached the API, or when the call was cancelled in flight.
Every other call pays one ``ContextVar.get`` (~40 ns).
"""

from __future__ import annotations

import contextvars
from typing import Protocol


class WriteJournal(Protocol):
    """What the pipeline tells a batch item about its unsafe writes."""

    async def before(self) -> None:
        """Called before the write's first attempt; raising sends nothing."""
        ...

    def after(self, maybe_applied: bool) -> None:
        """Called once the write is over: ``maybe_applied`` False only if it certainly changed nothing."""
        ...


UNSAFE_WRITES: contextvars.ContextVar[WriteJournal | None] = contextvars.ContextVar(
    "sequence_async_unsafe_writes", default=None
)
