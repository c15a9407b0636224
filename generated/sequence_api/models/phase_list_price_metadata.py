from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.arr_calculation import ArrCalculation

T = TypeVar("T", bound="PhaseListPriceMetadata")


@_attrs_define
class PhaseListPriceMetadata:
    """
    Example:
        {'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e', 'arrCalculation': 'INCLUDE'}

    Attributes:
        list_price_id (str):  Example: 45e16eb7-2170-4632-b04f-9ecd90b85b1e.
        arr_calculation (ArrCalculation):  Example: INCLUDE.
    """

    list_price_id: str
    arr_calculation: ArrCalculation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        list_price_id = self.list_price_id

        arr_calculation = self.arr_calculation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listPriceId": list_price_id,
                "arrCalculation": arr_calculation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        list_price_id = d.pop("listPriceId")

        arr_calculation = ArrCalculation(d.pop("arrCalculation"))

        phase_list_price_metadata = cls(
            list_price_id=list_price_id,
            arr_calculation=arr_calculation,
        )

        phase_list_price_metadata.additional_properties = d
        return phase_list_price_metadata

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
