"""Pytest fixtures for the Sequence emulator.

Enable with ``pytest_plugins = ["sequence_async.testing.pytest_plugin"]`` in a ``conftest.py``.
The fixtures are synchronous, so the plugin needs no async pytest plugin.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._emulator import SequenceEmulator, ServedEmulator

__all__ = ["seeded_emulator", "sequence_emulator", "served_emulator"]


@pytest.fixture
def sequence_emulator() -> SequenceEmulator:
    """A fresh, empty emulator (credentials ``test-client`` / ``test-secret``)."""
    return SequenceEmulator()


@pytest.fixture
def seeded_emulator() -> SequenceEmulator:
    """A fresh emulator with 5 customers × 3 aliases × 2 contacts (seed 0)."""
    emulator = SequenceEmulator()
    emulator.seed(customers=5, aliases_per_customer=3, contacts_per_customer=2, seed=0)
    return emulator


@pytest.fixture
def served_emulator(seeded_emulator: SequenceEmulator) -> Iterator[ServedEmulator]:
    """``seeded_emulator`` served on loopback from a background thread."""
    with seeded_emulator.serve_in_thread() as base_url:
        yield ServedEmulator(seeded_emulator, base_url)
