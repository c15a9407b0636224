"""Helpers shared by the client and integration tests: one client factory for both HTTP backends.

The ``backend`` fixture (each backend in turn) lives in the plugin ``tests._backends``.
"""

from __future__ import annotations

from typing import Any, Literal

from sequence_async import Page, RetryPolicy, SequenceClient
from sequence_async.testing import SequenceEmulator

__all__ = [
    "ADDRESS",
    "ALIAS",
    "BACKENDS",
    "CUSTOMER",
    "FAST",
    "Backend",
    "FakeTime",
    "Sleeps",
    "fast_retries",
    "ids",
    "make_client",
    "numbered_page",
]

Backend = Literal["httpx", "aiohttp"]
BACKENDS: tuple[Backend, ...] = ("httpx", "aiohttp")

# A documented alias record (camelCase, as the API sends it).
ALIAS: dict[str, Any] = {
    "id": "a1",
    "sequenceAccountId": "acc",
    "customerId": "c1",
    "value": "v1",
    "createdAt": "2022-10-01T00:00:00Z",
}


# A documented customer record, and the address a create or update sends.
ADDRESS: dict[str, Any] = {"country": "GB", "line1": "1 St", "postcode": "N1", "town": "London"}
CUSTOMER: dict[str, Any] = {
    "id": "c1",
    "legalName": "Acme",
    "createdAt": "2024-01-01T00:00:00Z",
    "sequenceAccountId": "acc",
    "address": ADDRESS,
    "contacts": [],
    "customerAliases": [],
    "integrationIds": [],
    "taxStatus": "TAXED",
    "status": "ACTIVE",
    "archivedAt": None,
    "organizations": [],
    "customProperties": [],
}


def fast_retries(max_retries: int = 2) -> RetryPolicy:
    """The default retry count with millisecond backoffs: retries are exercised, not waited for."""
    return RetryPolicy(max_retries=max_retries, initial_backoff=0.001, max_backoff=0.01)


FAST = fast_retries()


def make_client(
    base_url: str,
    credentials: SequenceEmulator | tuple[str, str],
    *,
    backend: Backend,
    **kwargs: Any,
) -> SequenceClient:
    """A SequenceClient for ``base_url`` on ``backend``, with ``credentials`` (an emulator's, or id and secret).

    Retries back off for milliseconds unless ``retry`` is given; no pacing unless ``rate_limit`` is.
    ``backend`` has no default, so
    each test says which backend it runs on: ``transport=``/``http_client=`` exist on httpx only.
    """
    if isinstance(credentials, SequenceEmulator):
        credentials = (credentials.client_id, credentials.client_secret)
    if backend == "aiohttp" and ({"transport", "http_client"} & kwargs.keys()):
        raise AssertionError("transport= and http_client= are httpx-only: this test must not run on aiohttp")
    kwargs.setdefault("retry", FAST)
    # No pacing at the served emulator's advertised limit: these tests are about other things
    # (tests/test_pacing.py is about pacing), and 25 requests a second would slow them 10-fold.
    kwargs.setdefault("rate_limit", None)
    client_id, client_secret = credentials
    return SequenceClient(client_id, client_secret, base_url=base_url, http_backend=backend, **kwargs)


class Sleeps:
    """A recording ``sleep=`` for SequenceClient: remembers each backoff without waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def ids(items: list[Any]) -> list[str]:
    """The ids of API records (dicts) or SDK models, in order."""
    return [item["id"] if isinstance(item, dict) else item.id for item in items]


class FakeTime:
    """A clock starting at ``start`` that moves only when someone sleeps (or a test sets ``now``).

    ``clock`` (or the instance itself) is the clock hook, ``sleep`` the sleep hook; ``sleeps``
    lists every delay asked for.
    """

    def __init__(self, start: float = 0.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    __call__ = clock

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.now += delay


def numbered_page(total: int, size: int, direction: str, cursor: str | None) -> Page[int]:
    """Page of the items ``0..total-1`` that ``cursor`` (``c<n>``, or None: the start) begins ("after")
    or ends ("before"), ``size`` at a time; its cursors point at the neighbouring pages."""
    if direction == "after":
        start = int(cursor[1:]) if cursor else 0
        end = min(total, start + size)
    else:
        end = int(cursor[1:]) if cursor else total
        start = max(0, end - size)
    return Page(
        items=list(range(start, end)),
        after=f"c{end}" if end < total else None,
        before=f"c{start}" if start > 0 else None,
        total=total,
    )
