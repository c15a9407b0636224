from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..models.notification_type import NotificationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNotificationPolicyRequest")


@_attrs_define
class CreateNotificationPolicyRequest:
    """
    Example:
        {'name': 'Dev team integration webhooks', 'notificationTypes': ['CUSTOMER_CREATED'], 'recipients':
            ['https://api.company.com/webhooks'], 'channel': 'WEBHOOK', 'webhookSecret':
            'whsec_UserSubmittedSecret1234567890abc'}

    Attributes:
        name (str): Human-readable name Example: Dev team integration webhooks.
        recipients (list[str]): The webhook URLs or email addresses which will receive notifications, depending on the
            channel Example: ['https://api.company.com/webhooks'].
        channel (NotificationChannel):  Example: EMAIL.
        notification_types (list[NotificationType] | None | Unset): Set of notification types that this policy matches.
            If not provided, then this policy will apply to all notification types. Example: ['CUSTOMER_CREATED'].
        webhook_secret (None | str | Unset): Webhook secret used to generate a signature header that's sent with an
            outbound webhook.It can be used to verify the authenticity of received Sequence webhooks. Only available for
            webhook channel policies. Example: whsec_UserSubmittedSecret1234567890abc.
    """

    name: str
    recipients: list[str]
    channel: NotificationChannel
    notification_types: list[NotificationType] | None | Unset = UNSET
    webhook_secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        name = self.name

        recipients = self.recipients

        channel = self.channel.value

        notification_types: list[str] | None | Unset
        if isinstance(self.notification_types, Unset):
            notification_types = UNSET
        elif isinstance(self.notification_types, list):
            notification_types = []
            for notification_types_type_0_item_data in self.notification_types:
                notification_types_type_0_item = notification_types_type_0_item_data.value
                notification_types.append(notification_types_type_0_item)

        else:
            notification_types = self.notification_types

        webhook_secret: None | str | Unset
        if isinstance(self.webhook_secret, Unset):
            webhook_secret = UNSET
        else:
            webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "recipients": recipients,
                "channel": channel,
            }
        )
        if notification_types is not UNSET:
            field_dict["notificationTypes"] = notification_types
        if webhook_secret is not UNSET:
            field_dict["webhookSecret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        name = d.pop("name")

        recipients = cast(list[str], d.pop("recipients"))

        channel = NotificationChannel(d.pop("channel"))

        def _parse_notification_types(data: object) -> list[NotificationType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notification_types_type_0 = []
                _notification_types_type_0 = data
                for notification_types_type_0_item_data in _notification_types_type_0:
                    notification_types_type_0_item = NotificationType(notification_types_type_0_item_data)

                    notification_types_type_0.append(notification_types_type_0_item)

                return notification_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NotificationType] | None | Unset, data)

        notification_types = _parse_notification_types(d.pop("notificationTypes", UNSET))

        def _parse_webhook_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_secret = _parse_webhook_secret(d.pop("webhookSecret", UNSET))

        create_notification_policy_request = cls(
            name=name,
            recipients=recipients,
            channel=channel,
            notification_types=notification_types,
            webhook_secret=webhook_secret,
        )

        create_notification_policy_request.additional_properties = d
        return create_notification_policy_request

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
