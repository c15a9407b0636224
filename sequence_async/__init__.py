"""sequence-async: an asyncio SDK for the Sequence billing API.

>>> async with SequenceClient(client_id=..., client_secret=...) as client:
...     async for alias in client.customer_aliases.list():
...         ...
"""

from . import errors, types
from ._batch import AdaptiveLimit, BatchResult, Outcome, concurrent_map, run_batch
from ._client import SequenceClient
from ._config import DEFAULT_TIMEOUT, DEFAULT_VERSION, ENVIRONMENTS
from ._pagination import AsyncPaginator, Page, PageIterator
from ._ratelimit import RateLimit, RateLimiter
from ._redis import RedisRateLimit
from ._retry import RetryBudget, RetryPolicy
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    SequenceError,
    UnprocessableEntityError,
)
from .types import (
    Contact,
    ContactBillingPreference,
    CustomerAlias,
    CustomerAliasPage,
    PaginationMeta,
)

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEFAULT_VERSION",
    "ENVIRONMENTS",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AdaptiveLimit",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "Contact",
    "ContactBillingPreference",
    "CustomerAlias",
    "CustomerAliasPage",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "Outcome",
    "Page",
    "PageIterator",
    "PaginationError",
    "PaginationMeta",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimiter",
    "RedisRateLimit",
    "ResponseValidationError",
    "RetryBudget",
    "RetryPolicy",
    "SequenceClient",
    "SequenceError",
    "UnprocessableEntityError",
    "__version__",
    "concurrent_map",
    "errors",
    "run_batch",
    "types",
]
