"""Where the pipeline leaves each reply while ``with_raw_response`` runs (see ``_responses``).

A context variable, set only while such a call runs; every other call pays one
``ContextVar.get`` (~40 ns). Small on purpose: the pipeline imports it with the client.
"""

from __future__ import annotations

import contextvars
from typing import Protocol


class Reply(Protocol):
    """What is read of the pipeline's reply (``_pipeline.Reply``)."""

    @property
    def request_id(self) -> str | None: ...

    @property
    def version(self) -> str | None: ...

    def shown_headers(self) -> dict[str, str]: ...


CAPTURED: contextvars.ContextVar[list[tuple[Reply, int, int]] | None] = contextvars.ContextVar(
    "sequence_async_raw_replies", default=None
)


def capture_reply(reply: Reply, status: int, attempts: int) -> None:
    """Called by the pipeline for each successful call (a no-op unless one is being captured)."""
    captured = CAPTURED.get()
    if captured is not None:
        captured.append((reply, status, attempts))
