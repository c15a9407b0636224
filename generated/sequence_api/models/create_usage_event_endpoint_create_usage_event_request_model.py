from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_usage_event_endpoint_create_usage_event_request_model_event_properties_type_0 import (
        CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0,
    )


T = TypeVar("T", bound="CreateUsageEventEndpointCreateUsageEventRequestModel")


@_attrs_define
class CreateUsageEventEndpointCreateUsageEventRequestModel:
    """
    Example:
        {'customerEventId': 'event-id-H4twuTWpYx1rkd8OMTki2hTUcZ', 'customerAlias': 'customer-
            id-2H4u5BBwBWsS5V2sroRFqJfTXpW', 'eventType': 'message-sent', 'eventTimestamp': '2022-10-01T00:00:00Z',
            'eventProperties': {'length': 500, 'type': 'text_message'}}

    Attributes:
        customer_alias (str): End-customer alias or ID Example: customer-id-2H4u5BBwBWsS5V2sroRFqJfTXpW.
        event_type (str): Event type. This can be referenced from a usage metric. Example: message-sent.
        customer_event_id (None | str | Unset): ID provided by customer. Another event with the same customer event ID
            will supersede this one. Example: event-id-H4twuTWpYx1rkd8OMTki2hTUcZ.
        event_timestamp (None | str | Unset): Event timestamp, in ISO 8601 format. Example: 2022-10-01T00:00:00Z.
        event_properties (CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0 | None | Unset):
            Event properties. These can be referenced by a usage metric.
    """

    customer_alias: str
    event_type: str
    customer_event_id: None | str | Unset = UNSET
    event_timestamp: None | str | Unset = UNSET
    event_properties: CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        from ..models.create_usage_event_endpoint_create_usage_event_request_model_event_properties_type_0 import (
            CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0,  # noqa: PLC0415
        )

        customer_alias = self.customer_alias

        event_type = self.event_type

        customer_event_id: None | str | Unset
        if isinstance(self.customer_event_id, Unset):
            customer_event_id = UNSET
        else:
            customer_event_id = self.customer_event_id

        event_timestamp: None | str | Unset
        if isinstance(self.event_timestamp, Unset):
            event_timestamp = UNSET
        else:
            event_timestamp = self.event_timestamp

        event_properties: dict[str, Any] | None | Unset
        if isinstance(self.event_properties, Unset):
            event_properties = UNSET
        elif isinstance(
            self.event_properties, CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0
        ):
            event_properties = self.event_properties.to_dict()
        else:
            event_properties = self.event_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerAlias": customer_alias,
                "eventType": event_type,
            }
        )
        if customer_event_id is not UNSET:
            field_dict["customerEventId"] = customer_event_id
        if event_timestamp is not UNSET:
            field_dict["eventTimestamp"] = event_timestamp
        if event_properties is not UNSET:
            field_dict["eventProperties"] = event_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.create_usage_event_endpoint_create_usage_event_request_model_event_properties_type_0 import (
            CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        customer_alias = d.pop("customerAlias")

        event_type = d.pop("eventType")

        def _parse_customer_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_event_id = _parse_customer_event_id(d.pop("customerEventId", UNSET))

        def _parse_event_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_timestamp = _parse_event_timestamp(d.pop("eventTimestamp", UNSET))

        def _parse_event_properties(
            data: object,
        ) -> CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_properties_type_0 = (
                    CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0.from_dict(data)
                )

                return event_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0 | None | Unset, data)

        event_properties = _parse_event_properties(d.pop("eventProperties", UNSET))

        create_usage_event_endpoint_create_usage_event_request_model = cls(
            customer_alias=customer_alias,
            event_type=event_type,
            customer_event_id=customer_event_id,
            event_timestamp=event_timestamp,
            event_properties=event_properties,
        )

        create_usage_event_endpoint_create_usage_event_request_model.additional_properties = d
        return create_usage_event_endpoint_create_usage_event_request_model

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
