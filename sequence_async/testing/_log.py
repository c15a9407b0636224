"""What the emulator saw: the request log and simple counters."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["EmulatorStats", "RecordedRequest"]


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the emulator received it.

    ``path`` is the raw, still percent-encoded path without the query; ``headers`` has lower-case
    names (``authorization`` included); ``status`` is ``None`` when no complete response was sent
    (dropped connection, client gone, cancelled); ``fault`` is the injected fault's label.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    status: int | None
    fault: str | None
    request_id: str


@dataclass(slots=True)
class EmulatorStats:
    """Counters since construction or the last ``reset_log()``."""

    requests: int = 0
    by_status: dict[int, int] = field(default_factory=dict)
    rate_limited: int = 0  # 429s from the emulator's own rate limit (not injected faults)
    faults: int = 0
    dropped: int = 0  # requests without a complete response
