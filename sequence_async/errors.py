"""Exceptions raised by sequence-async.

Every error the SDK raises is a :class:`SequenceError`. Transport failures are
:class:`APIConnectionError` (timeouts: :class:`APITimeoutError`); HTTP error statuses are
:class:`APIStatusError` subclasses chosen by status code; a successful response whose body
breaks the contract is :class:`ResponseValidationError`. Messages never contain credentials.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any, Protocol, TypeVar

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AliasConflictError",
    "AlreadyDeletedError",
    "AuthenticationError",
    "BadRequestError",
    "BatchAbortedError",
    "CheckpointError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidParameterError",
    "MaybeAppliedError",
    "NotFoundError",
    "PaginationError",
    "PartialBatchResult",
    "PermissionDeniedError",
    "PreviouslyFailedError",
    "RateLimitError",
    "RateLimiterError",
    "ResponseValidationError",
    "SequenceError",
    "UnprocessableEntityError",
    "status_error_class",
]


class SequenceError(Exception):
    """Base class of every error raised by sequence-async."""


class ConfigurationError(SequenceError, ValueError):
    """Invalid client configuration (credentials, environment, base URL, options)."""


class InvalidParameterError(SequenceError, ValueError):
    """A call's argument is invalid; raised before anything is sent."""


class ClientClosedError(SequenceError, RuntimeError):
    """The client was used after it was closed. ``maybe_applied``: a call cut short by the close
    may already have changed the server's state (its request was sent)."""

    maybe_applied: bool = False


class RateLimiterError(SequenceError):
    """The client-side rate limiter failed (e.g. its Redis server is unreachable); nothing was sent."""


class BatchAbortedError(SequenceError):
    """A batch stopped early because its item source or a callback raised (the ``__cause__``).

    ``partial_result`` (a :class:`PartialBatchResult`) accounts for every item taken from the
    source: succeeded, already deleted, failed, or not attempted.
    """

    def __init__(self, message: str, partial_result: PartialBatchResult[Any, Any] | None = None) -> None:
        super().__init__(message)
        self.partial_result = partial_result


_K = TypeVar("_K", bound=Hashable)
_R = TypeVar("_R")


# A protocol, not BatchResult itself: the batch code imports this module, so this one does not
# import it back (not even for type checking); BatchResult satisfies it.
class PartialBatchResult(Protocol[_K, _R]):
    """The type of :class:`BatchAbortedError`'s ``partial_result``: the groups of the
    :class:`sequence_async.BatchResult` it holds, each key in exactly one of them.
    """

    @property
    def succeeded(self) -> dict[_K, _R]:
        """Key -> result."""

    @property
    def failed(self) -> dict[_K, BaseException]:
        """Key -> error (a ``CancelledError`` for an item in flight when the batch was cancelled)."""

    @property
    def already_deleted(self) -> dict[_K, AlreadyDeletedError]:
        """Key -> :class:`AlreadyDeletedError`: a retried DELETE found it gone."""

    @property
    def not_attempted(self) -> list[_K]:
        """Taken from the source but never sent (or only answered 429): the batch stopped early."""

    @property
    def resumed(self) -> dict[_K, str]:
        """Key -> the state a checkpoint recorded for an item an earlier run completed."""

    @property
    def total(self) -> int:
        """How many keys this result covers (each in exactly one group)."""


class CheckpointError(SequenceError):
    """A checkpoint store cannot be used: a file that is not a checkpoint, corrupt, truncated or
    written for another job, a step resumed with a different list of items, or a failed write.

    ``path`` is the checkpoint file (None for a store that is not a file).
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class PreviouslyFailedError(SequenceError):
    """An item recorded as failed by an earlier run of a checkpointed batch, not tried again
    (``retry_failed=False``). ``key`` is its key."""

    def __init__(self, key: str) -> None:
        super().__init__(f"{key!r} failed in an earlier run (not retried: retry_failed=False)")
        self.key = key


class MaybeAppliedError(PreviouslyFailedError):
    """An item of a checkpointed batch whose write an earlier run may have applied (it was in
    flight when that run was killed, or failed after an attempt that may have reached the API),
    where nothing makes a resend safe: it is not sent again, so it is never applied twice.
    ``resend_maybe_applied=True`` sends it anyway. ``maybe_applied`` is always True."""

    maybe_applied = True

    def __init__(self, key: str) -> None:
        SequenceError.__init__(
            self,
            f"{_shown(key)}: a write of an earlier run may have been applied; not sent again "
            "(resend_maybe_applied=True would send it)",
        )
        self.key = key


class AliasConflictError(SequenceError):
    """``create_many``: the alias ``value`` already belongs to another customer (``holder_id``,
    alias ``alias_id``) than the one it was to be created for (``customer_id``)."""

    def __init__(self, value: str, customer_id: str, holder_id: str, alias_id: str) -> None:
        super().__init__(
            f"alias value {_shown(value)} belongs to customer {_shown(holder_id)} "
            f"(alias {_shown(alias_id)}), not to {_shown(customer_id)}"
        )
        self.value = value
        self.customer_id = customer_id
        self.holder_id = holder_id
        self.alias_id = alias_id


def _shown(text: str, limit: int = 80) -> str:
    """``text`` quoted, at most ``limit`` characters of it (server data and inputs can be long),
    a live client's credential in it redacted (a hostile server may echo one as an alias id)."""
    from ._secrets import redact_live  # stdlib only: no cycle; here, so errors imports nothing at load

    text = redact_live(text)  # before cutting: a credential across the cut goes whole
    return redact_live(repr(text[:limit] + "...") if len(text) > limit else repr(text))


class PaginationError(SequenceError):
    """The server's pagination cursors would loop forever (a cursor came back twice)."""


class _RequestError(SequenceError):
    """An error tied to one request: where it went and how many attempts it took.

    ``maybe_applied`` is True when an attempt of the call may have changed the server's state
    before it failed (its connection dropped after sending, it timed out, or a 5xx came back).
    """

    maybe_applied: bool = False

    def __init__(self, message: str, *, method: str, url: str, attempts: int) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url
        self.attempts = attempts


class APIConnectionError(_RequestError):
    """The request did not get a response: connection refused, reset, dropped, DNS, TLS..."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout, or the call's deadline)."""


class _ResponseError(_RequestError):
    """An error tied to a response: its status, raw body text and request id."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        attempts: int,
        status_code: int,
        body: str,
        request_id: str | None,
    ) -> None:
        super().__init__(message, method=method, url=url, attempts=attempts)
        self.status_code = status_code
        self.body = body
        self.request_id = request_id


class APIStatusError(_ResponseError):
    """The API answered with an error status (4xx/5xx or another non-success code).

    ``error_type`` and ``error_message`` come from the documented error body
    ``{"error": {"type": ..., "message": ...}}`` when present; ``body`` is the raw text.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        attempts: int,
        status_code: int,
        headers: Mapping[str, str],
        body: str,
        request_id: str | None,
        error_type: str | None = None,
        error_message: str | None = None,
    ) -> None:
        super().__init__(
            message,
            method=method,
            url=url,
            attempts=attempts,
            status_code=status_code,
            body=body,
            request_id=request_id,
        )
        self.headers = dict(headers)
        self.error_type = error_type
        self.error_message = error_message


class BadRequestError(APIStatusError):
    """400 Bad Request (includes ``UnrecognisedApiVersion``)."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: the client id or secret was rejected."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class AlreadyDeletedError(NotFoundError):
    """404 on a retried DELETE whose earlier attempt may have been applied.

    The earlier attempt got no definite answer (the connection dropped, it timed out, or the
    server failed with a 5xx after possibly acting), so the resource is most likely gone
    because of this very call. Batch results list such ids under ``already_deleted``.
    """

    @classmethod
    def restate(cls, error: NotFoundError) -> AlreadyDeletedError:
        """``error`` (a 404) restated for a DELETE whose earlier call may have been applied."""
        return cls(
            f"{error.message}; an earlier call may already have deleted it",
            method=error.method,
            url=error.url,
            attempts=error.attempts,
            status_code=error.status_code,
            headers=error.headers,
            body=error.body,
            request_id=error.request_id,
            error_type=error.error_type,
            error_message=error.error_message,
        )


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests. ``retry_after`` is the server's advice in seconds, if any."""

    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """Any status >= 500, including non-standard ones such as 520."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for any HTTP status code (standard or not)."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


class ResponseValidationError(_ResponseError):
    """A successful (2xx) response whose body does not match the API contract."""
