from enum import StrEnum
from typing import Any


class GetNotificationsPoliciesNotificationType(StrEnum):
    """The values the API documents for GetNotificationsPoliciesNotificationType; one it adds later is kept as it is."""

    BILLING_SCHEDULE_ARCHIVED = "BILLING_SCHEDULE_ARCHIVED"
    BILLING_SCHEDULE_CREATED = "BILLING_SCHEDULE_CREATED"
    BILLING_SCHEDULE_UPDATED = "BILLING_SCHEDULE_UPDATED"
    CREDIT_NOTE_CREATED = "CREDIT_NOTE_CREATED"
    CREDIT_NOTE_ISSUED = "CREDIT_NOTE_ISSUED"
    CREDIT_NOTE_UPDATED = "CREDIT_NOTE_UPDATED"
    CUSTOMER_ARCHIVED = "CUSTOMER_ARCHIVED"
    CUSTOMER_CREATED = "CUSTOMER_CREATED"
    CUSTOMER_UPDATED = "CUSTOMER_UPDATED"
    INTEGRATION_SYNC_COMPLETED = "INTEGRATION_SYNC_COMPLETED"
    INTEGRATION_WEBHOOK_HANDLED = "INTEGRATION_WEBHOOK_HANDLED"
    INVOICE_CREATED = "INVOICE_CREATED"
    INVOICE_ISSUED = "INVOICE_ISSUED"
    INVOICE_REMINDER_SENT = "INVOICE_REMINDER_SENT"
    INVOICE_UPDATED = "INVOICE_UPDATED"
    MERCHANT_UPDATED = "MERCHANT_UPDATED"
    QUOTE_ACCEPTED = "QUOTE_ACCEPTED"
    QUOTE_PUBLISHED = "QUOTE_PUBLISHED"
    QUOTE_SIGNED = "QUOTE_SIGNED"
    WATCHTOWER_TASK_ASSIGNED = "WATCHTOWER_TASK_ASSIGNED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "GetNotificationsPoliciesNotificationType | None":
        """Keep a value this SDK does not know yet (a newer API may add one) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
