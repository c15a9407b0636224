from enum import StrEnum
from typing import Any


class GetInvoicesByInvoiceLineItemsSortOrder(StrEnum):
    """The values the API documents for GetInvoicesByInvoiceLineItemsSortOrder; one it adds later is kept as it is."""

    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "GetInvoicesByInvoiceLineItemsSortOrder | None":
        """Keep a value this SDK does not know yet (a newer API may add one) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
