from enum import StrEnum
from typing import Any


class QuoteStatus(StrEnum):
    """The values the API documents for QuoteStatus; one it adds later is kept as it is."""

    ACCEPTED = "ACCEPTED"
    DRAFT = "DRAFT"
    EXECUTED = "EXECUTED"
    PREPARING_SIGNATURE_REQUEST = "PREPARING_SIGNATURE_REQUEST"
    PUBLISHED = "PUBLISHED"
    READY_TO_SIGN = "READY_TO_SIGN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "QuoteStatus | None":
        """Keep a value this SDK does not know yet (a newer API may add one) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
