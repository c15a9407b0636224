"""sequence-async: an asyncio SDK for the Sequence billing API.

>>> async with SequenceClient(client_id=..., client_secret=...) as client:
...     async for alias in client.customer_aliases.list():
...         ...
"""

from typing import TYPE_CHECKING, Any

from . import errors
from ._client import SequenceClient
from ._config import DEFAULT_TIMEOUT, DEFAULT_VERSION, ENVIRONMENTS, NOT_GIVEN, NotGiven
from ._generated import check_generated_package
from ._hooks import AttemptDetails, CallDetails, Hooks, LimiterWaitDetails, LongWaitDetails, RetryDetails
from ._ratelimit import RateLimit, RateLimiter
from ._retry import RetryBudget, RetryPolicy
from ._version import __version__
from .errors import (
    AliasConflictError,
    AlreadyDeletedError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchAbortedError,
    CheckpointError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidParameterError,
    MaybeAppliedError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    PreviouslyFailedError,
    RateLimiterError,
    RateLimitError,
    ResponseValidationError,
    SequenceError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from . import types
    from ._batch import AdaptiveLimit, BatchResult, Outcome, concurrent_map, run_batch
    from ._checkpoint import CheckpointStore, MemoryCheckpoint, SQLiteCheckpoint
    from ._pagination import AsyncPaginator, Page, PageIterator
    from ._redis import RedisRateLimit
    from ._responses import APIResponse
    from ._shard import shard_of
    from ._writes import customer_event_id
    from .types import Contact, ContactBillingPreference, CustomerAlias, CustomerAliasPage, PaginationMeta

# The models (the generated package and attrs) load on first use, keeping `import sequence_async` cheap.
_LAZY_MODELS = frozenset(
    {"Contact", "ContactBillingPreference", "CustomerAlias", "CustomerAliasPage", "PaginationMeta"}
)


# The batch, checkpoint, paging and Redis engines load on first use too: a service that only
# calls the API never imports them (make bench, 14a: import sequence_async <= 1.3x import httpx).
_LAZY_NAMES = {
    "AdaptiveLimit": "._batch",
    "BatchResult": "._batch",
    "Outcome": "._batch",
    "concurrent_map": "._batch",
    "run_batch": "._batch",
    "CheckpointStore": "._checkpoint",
    "MemoryCheckpoint": "._checkpoint",
    "SQLiteCheckpoint": "._checkpoint",
    "AsyncPaginator": "._pagination",
    "Page": "._pagination",
    "PageIterator": "._pagination",
    "RedisRateLimit": "._redis",
    "APIResponse": "._responses",
    "shard_of": "._shard",
    "customer_event_id": "._writes",
}


if not TYPE_CHECKING:  # hidden from type checkers: a typo like `SequnceClient` must be an error, not Any

    def __getattr__(name: str) -> Any:
        import importlib

        if name == "types" or name in _LAZY_MODELS:
            types_module = importlib.import_module(".types", __name__)
            return types_module if name == "types" else getattr(types_module, name)
        module = _LAZY_NAMES.get(name)
        if module is not None:
            value = getattr(importlib.import_module(module, __name__), name)
            globals()[name] = value  # found directly from now on
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


check_generated_package()  # a project's own sequence_api would shadow the generated package

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEFAULT_VERSION",
    "ENVIRONMENTS",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AdaptiveLimit",
    "AliasConflictError",
    "AlreadyDeletedError",
    "AsyncPaginator",
    "AttemptDetails",
    "AuthenticationError",
    "BadRequestError",
    "BatchAbortedError",
    "BatchResult",
    "CallDetails",
    "CheckpointError",
    "CheckpointStore",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "Contact",
    "ContactBillingPreference",
    "CustomerAlias",
    "CustomerAliasPage",
    "Hooks",
    "InternalServerError",
    "InvalidParameterError",
    "LimiterWaitDetails",
    "LongWaitDetails",
    "MaybeAppliedError",
    "MemoryCheckpoint",
    "NotFoundError",
    "NotGiven",
    "Outcome",
    "Page",
    "PageIterator",
    "PaginationError",
    "PaginationMeta",
    "PermissionDeniedError",
    "PreviouslyFailedError",
    "RateLimit",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterError",
    "RedisRateLimit",
    "ResponseValidationError",
    "RetryBudget",
    "RetryDetails",
    "RetryPolicy",
    "SQLiteCheckpoint",
    "SequenceClient",
    "SequenceError",
    "UnprocessableEntityError",
    "__version__",
    "concurrent_map",
    "customer_event_id",
    "errors",
    "run_batch",
    "shard_of",
    "types",
]
