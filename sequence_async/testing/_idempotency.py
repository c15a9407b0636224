"""``Idempotency-Key``: the same key within 24 hours returns the first answer, never a second write.

Kept per API key and per key, only on operations that declare the header. A key reused with a
different request (another operation, path or body) is a 400, as Stripe answers: replaying the
first answer there would tell the caller a write happened that it did not ask for. Answers of
429 and 5xx are not kept (the operation did not run; a retry must be able to run it).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace

from ._generic import Call
from ._http import Reply, error_reply

__all__ = ["RETENTION", "Idempotency"]

RETENTION = 24 * 3600.0  # the document: "Keys are retained for 24 hours"
HEADER = "idempotency-key"


@dataclass(frozen=True, slots=True)
class _Kept:
    fingerprint: str
    reply: Reply
    expires: float


class Idempotency:
    """The kept answers, expiring on the emulator's clock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._kept: OrderedDict[tuple[str, str], _Kept] = OrderedDict()

    def run(self, call: Call, api_key: str, data: bytes, operate: Callable[[Call], Reply]) -> Reply:
        """``operate(call)``, or the answer kept for its key."""
        if not any(p.name.lower() == HEADER for p in call.op.headers):
            return operate(call)
        key = call.headers.get(HEADER)
        if not key:  # absent or empty: the schema allows "", which names no request
            return operate(call)
        fingerprint = hashlib.sha256(b"\0".join([call.op.id.encode(), *map(str.encode, call.params), data])).hexdigest()
        with self._lock:  # one at a time per emulator: a concurrent retry waits for the first answer
            now = self._clock()
            self._expire(now)
            kept = self._kept.get((api_key, key))
            if kept is not None:
                if kept.fingerprint != fingerprint:
                    message = "This Idempotency-Key was used with a different request; use a new key for a new request"
                    return error_reply(400, "IdempotencyKeyReused", message)
                return replace(kept.reply, headers={**kept.reply.headers, "idempotent-replayed": "true"})
            reply = operate(call)
            if reply.status != 429 and reply.status < 500:
                self._kept[(api_key, key)] = _Kept(fingerprint, reply, now + RETENTION)
            return reply

    def _expire(self, now: float) -> None:
        while self._kept:
            oldest = next(iter(self._kept.values()))
            if oldest.expires > now:
                return
            self._kept.popitem(last=False)
