from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InclusiveDateRange")


@_attrs_define
class InclusiveDateRange:
    """Service Period

    Example:
        {'start': '2025-10-01', 'endInclusive': '2025-10-30'}

    Attributes:
        start (str): Start date, included in the whole range Example: 2025-10-01.
        end_inclusive (str): End date, included in the whole range Example: 2025-10-30.
    """

    start: str
    end_inclusive: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        start = self.start

        end_inclusive = self.end_inclusive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "endInclusive": end_inclusive,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        start = d.pop("start")

        end_inclusive = d.pop("endInclusive")

        inclusive_date_range = cls(
            start=start,
            end_inclusive=end_inclusive,
        )

        inclusive_date_range.additional_properties = d
        return inclusive_date_range

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
