from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SeatBalance")


@_attrs_define
class SeatBalance:
    """
    Example:
        {'seatType': 'admin', 'total': 10, 'changeTimestamp': '2022-06-28T16:47:00Z'}

    Attributes:
        seat_type (str): Seat type Example: admin.
        total (int): Total seats for this seat type Example: 10.
        change_timestamp (str): Timestamp of change Example: 2022-06-28T16:47:00Z.
    """

    seat_type: str
    total: int
    change_timestamp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        seat_type = self.seat_type

        total = self.total

        change_timestamp = self.change_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seatType": seat_type,
                "total": total,
                "changeTimestamp": change_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        seat_type = d.pop("seatType")

        total = d.pop("total")

        change_timestamp = d.pop("changeTimestamp")

        seat_balance = cls(
            seat_type=seat_type,
            total=total,
            change_timestamp=change_timestamp,
        )

        seat_balance.additional_properties = d
        return seat_balance

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
