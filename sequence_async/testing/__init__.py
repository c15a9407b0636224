"""An in-process emulator of the whole Sequence API, for testing code that uses sequence-async.

Every operation of the document the SDK was generated from is answered, validated and stateful
(see docs/testing.md for the rules); customers, aliases and contacts have seeding helpers, and
``add_record`` seeds any other resource.

>>> emulator = SequenceEmulator()
>>> emulator.seed(customers=10, aliases_per_customer=3)
>>> async with emulator.client() as client:  # in-process, no sockets
...     ...
>>> async with emulator.serve() as base_url:  # real loopback HTTP, current event loop
...     ...

Faults are scripted or random (``Faults``/``Fault``), rate limits use an injectable clock
(``RateLimit``), and every request is recorded (``RecordedRequest``). Pytest fixtures live in
``sequence_async.testing.pytest_plugin``; ``python -m sequence_async.testing`` serves it as a process.
"""

from ._emulator import SequenceEmulator, ServedEmulator
from ._faults import DEFAULT_POOL, LOST_POOL, ConnectionDropped, Fault, Faults
from ._log import EmulatorStats, RecordedRequest
from ._ratelimit import RateLimit

__all__ = [
    "DEFAULT_POOL",
    "LOST_POOL",
    "ConnectionDropped",
    "EmulatorStats",
    "Fault",
    "Faults",
    "RateLimit",
    "RecordedRequest",
    "SequenceEmulator",
    "ServedEmulator",
]
