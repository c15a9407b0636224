from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.one_time_pricing_type import OneTimePricingType

T = TypeVar("T", bound="OneTimePricingStructure")


@_attrs_define
class OneTimePricingStructure:
    """The pricing structure

    Example:
        {'price': '150.00', 'pricingType': 'ONE_TIME'}

    Attributes:
        price (str): A fixed amount that is charged once. Example: 150.00.
        pricing_type (OneTimePricingType):  Example: ONE_TIME.
    """

    price: str
    pricing_type: OneTimePricingType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        price = self.price

        pricing_type = self.pricing_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "pricingType": pricing_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        price = d.pop("price")

        pricing_type = OneTimePricingType(d.pop("pricingType"))

        one_time_pricing_structure = cls(
            price=price,
            pricing_type=pricing_type,
        )

        one_time_pricing_structure.additional_properties = d
        return one_time_pricing_structure

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
