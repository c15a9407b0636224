from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.payment_failure_notifications import PaymentFailureNotifications


T = TypeVar("T", bound="UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest")


@_attrs_define
class UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest:
    """
    Example:
        {'failureNotifications': {'merchantNotifications': 'DO_NOT_SEND_NOTIFICATIONS', 'customerNotifications':
            'DO_NOT_SEND_NOTIFICATIONS'}}

    Attributes:
        failure_notifications (PaymentFailureNotifications): The failure notification settings for the account Example:
            {'merchantNotifications': 'SEND_NOTIFICATIONS', 'customerNotifications': 'SEND_NOTIFICATIONS'}.
    """

    failure_notifications: PaymentFailureNotifications
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        failure_notifications = self.failure_notifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failureNotifications": failure_notifications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.payment_failure_notifications import PaymentFailureNotifications  # noqa: PLC0415

        d = dict(src_dict)
        failure_notifications = PaymentFailureNotifications.from_dict(d.pop("failureNotifications"))

        update_account_payment_settings_endpoint_update_account_payment_settings_request = cls(
            failure_notifications=failure_notifications,
        )

        update_account_payment_settings_endpoint_update_account_payment_settings_request.additional_properties = d
        return update_account_payment_settings_endpoint_update_account_payment_settings_request

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
