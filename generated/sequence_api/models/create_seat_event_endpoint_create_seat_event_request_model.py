from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSeatEventEndpointCreateSeatEventRequestModel")


@_attrs_define
class CreateSeatEventEndpointCreateSeatEventRequestModel:
    """
    Example:
        {'customerEventId': 'event-id-H4twuTWpYx1rkd8OMTki2hTUcZ', 'customerAlias': 'customer-
            id-2H4u5BBwBWsS5V2sroRFqJfTXpW', 'seatType': 'admin', 'eventTimestamp': '2022-10-01T00:00:00Z', 'total': 1}

    Attributes:
        customer_alias (str): End-customer alias or ID. Example: customer-id-2H4u5BBwBWsS5V2sroRFqJfTXpW.
        seat_type (str): Seat type. This can be referenced from a seat metric. Example: admin.
        event_timestamp (str): Event timestamp, in ISO 8601 format. Example: 2022-10-01T00:00:00Z.
        total (int): Total seats consumed for this seat type. Example: 1.
        customer_event_id (None | str | Unset): Unique ID provided by customer. Another event with the same customer
            event ID will supersede this one. Example: event-id-H4twuTWpYx1rkd8OMTki2hTUcZ.
    """

    customer_alias: str
    seat_type: str
    event_timestamp: str
    total: int
    customer_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        customer_alias = self.customer_alias

        seat_type = self.seat_type

        event_timestamp = self.event_timestamp

        total = self.total

        customer_event_id: None | str | Unset
        if isinstance(self.customer_event_id, Unset):
            customer_event_id = UNSET
        else:
            customer_event_id = self.customer_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerAlias": customer_alias,
                "seatType": seat_type,
                "eventTimestamp": event_timestamp,
                "total": total,
            }
        )
        if customer_event_id is not UNSET:
            field_dict["customerEventId"] = customer_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        customer_alias = d.pop("customerAlias")

        seat_type = d.pop("seatType")

        event_timestamp = d.pop("eventTimestamp")

        total = d.pop("total")

        def _parse_customer_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_event_id = _parse_customer_event_id(d.pop("customerEventId", UNSET))

        create_seat_event_endpoint_create_seat_event_request_model = cls(
            customer_alias=customer_alias,
            seat_type=seat_type,
            event_timestamp=event_timestamp,
            total=total,
            customer_event_id=customer_event_id,
        )

        create_seat_event_endpoint_create_seat_event_request_model.additional_properties = d
        return create_seat_event_endpoint_create_seat_event_request_model

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
