"""Pytest plugin with a small served emulator: ``emulator`` (2 customers, 3 aliases and 1 contact
each, no rate limit) and ``base_url`` (it served on loopback). Load it with
``pytest_plugins = ["tests._emulated"]``; a module that defines its own fixture of the same name
keeps its own.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from sequence_async.testing import SequenceEmulator


@pytest.fixture
def emulator() -> SequenceEmulator:
    emulator = SequenceEmulator(rate_limit=None)
    emulator.seed(customers=2, aliases_per_customer=3, contacts_per_customer=1)
    return emulator


@pytest.fixture
async def base_url(emulator: SequenceEmulator) -> AsyncIterator[str]:
    async with emulator.serve() as url:
        yield url
