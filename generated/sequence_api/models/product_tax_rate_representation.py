from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductTaxRateRepresentation")


@_attrs_define
class ProductTaxRateRepresentation:
    """
    Example:
        {'priceId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId': '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}

    Attributes:
        price_id (str): ID of the Price Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        tax_rate_id (str): ID of the Tax Rate Example: 50c0d53b-8460-41e6-b4e9-a4e157fc1a64.
    """

    price_id: str
    tax_rate_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        price_id = self.price_id

        tax_rate_id = self.tax_rate_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "priceId": price_id,
                "taxRateId": tax_rate_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        price_id = d.pop("priceId")

        tax_rate_id = d.pop("taxRateId")

        product_tax_rate_representation = cls(
            price_id=price_id,
            tax_rate_id=tax_rate_id,
        )

        product_tax_rate_representation.additional_properties = d
        return product_tax_rate_representation

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
