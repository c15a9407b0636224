from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.arr_calculation import ArrCalculation

T = TypeVar("T", bound="PhasePriceMetadata")


@_attrs_define
class PhasePriceMetadata:
    """
    Example:
        {'priceId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}

    Attributes:
        price_id (str):  Example: 6dc54805-0ac8-4f17-9341-4d3f2db9dcd8.
        arr_calculation (ArrCalculation):  Example: INCLUDE.
    """

    price_id: str
    arr_calculation: ArrCalculation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        price_id = self.price_id

        arr_calculation = self.arr_calculation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "priceId": price_id,
                "arrCalculation": arr_calculation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        price_id = d.pop("priceId")

        arr_calculation = ArrCalculation(d.pop("arrCalculation"))

        phase_price_metadata = cls(
            price_id=price_id,
            arr_calculation=arr_calculation,
        )

        phase_price_metadata.additional_properties = d
        return phase_price_metadata

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
