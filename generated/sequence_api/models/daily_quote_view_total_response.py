from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DailyQuoteViewTotalResponse")


@_attrs_define
class DailyQuoteViewTotalResponse:
    """
    Example:
        {'date': '2024-01-07', 'totalViews': 15}

    Attributes:
        date (str):  Example: 2024-01-07.
        total_views (int):  Example: 15.
    """

    date: str
    total_views: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        date = self.date

        total_views = self.total_views

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "totalViews": total_views,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        date = d.pop("date")

        total_views = d.pop("totalViews")

        daily_quote_view_total_response = cls(
            date=date,
            total_views=total_views,
        )

        daily_quote_view_total_response.additional_properties = d
        return daily_quote_view_total_response

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
