from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PriceParameter")


@_attrs_define
class PriceParameter:
    """
    Example:
        {'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b', 'value': '10'}

    Attributes:
        parameter_id (str): Custom metric parameter ID Example: 94703530-1293-479b-bd37-ccad42fd9c8b.
        value (str): Parameter value Example: 10.
    """

    parameter_id: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        parameter_id = self.parameter_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameterId": parameter_id,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        parameter_id = d.pop("parameterId")

        value = d.pop("value")

        price_parameter = cls(
            parameter_id=parameter_id,
            value=value,
        )

        price_parameter.additional_properties = d
        return price_parameter

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
