"""Pytest plugin with the ``backend`` fixture: a test taking ``backend`` runs once per HTTP backend.

Load it with ``pytest_plugins = ["tests._backends"]`` in a test module. Importing the fixture
instead would make ruff see each test's ``backend`` argument as a redefinition; and test modules
do not import this module, so pytest can still rewrite its asserts.
"""

from __future__ import annotations

import pytest

from ._fixtures import BACKENDS, Backend


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> Backend:
    """Each HTTP backend of SequenceClient in turn (aiohttp needs a real server: loopback only)."""
    chosen: Backend = request.param
    return chosen
