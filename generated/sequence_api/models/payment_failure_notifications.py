from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_failure_notification_options import PaymentFailureNotificationOptions

T = TypeVar("T", bound="PaymentFailureNotifications")


@_attrs_define
class PaymentFailureNotifications:
    """The failure notification settings for the account

    Example:
        {'merchantNotifications': 'SEND_NOTIFICATIONS', 'customerNotifications': 'SEND_NOTIFICATIONS'}

    Attributes:
        merchant_notifications (PaymentFailureNotificationOptions):  Example: SEND_NOTIFICATIONS.
        customer_notifications (PaymentFailureNotificationOptions):  Example: SEND_NOTIFICATIONS.
    """

    merchant_notifications: PaymentFailureNotificationOptions
    customer_notifications: PaymentFailureNotificationOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        merchant_notifications = self.merchant_notifications.value

        customer_notifications = self.customer_notifications.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantNotifications": merchant_notifications,
                "customerNotifications": customer_notifications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        merchant_notifications = PaymentFailureNotificationOptions(d.pop("merchantNotifications"))

        customer_notifications = PaymentFailureNotificationOptions(d.pop("customerNotifications"))

        payment_failure_notifications = cls(
            merchant_notifications=merchant_notifications,
            customer_notifications=customer_notifications,
        )

        payment_failure_notifications.additional_properties = d
        return payment_failure_notifications

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields this SDK does not know."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
