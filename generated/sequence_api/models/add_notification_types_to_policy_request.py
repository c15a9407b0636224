from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_type import NotificationType

T = TypeVar("T", bound="AddNotificationTypesToPolicyRequest")


@_attrs_define
class AddNotificationTypesToPolicyRequest:
    """
    Example:
        {'notificationTypes': ['CUSTOMER_CREATED']}

    Attributes:
        notification_types (list[NotificationType]): The notification types to add to this policy Example:
            ['CUSTOMER_CREATED'].
    """

    notification_types: list[NotificationType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        notification_types = []
        for notification_types_item_data in self.notification_types:
            notification_types_item = notification_types_item_data.value
            notification_types.append(notification_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notificationTypes": notification_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        notification_types = []
        _notification_types = d.pop("notificationTypes")
        for notification_types_item_data in _notification_types:
            notification_types_item = NotificationType(notification_types_item_data)

            notification_types.append(notification_types_item)

        add_notification_types_to_policy_request = cls(
            notification_types=notification_types,
        )

        add_notification_types_to_policy_request.additional_properties = d
        return add_notification_types_to_policy_request

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
