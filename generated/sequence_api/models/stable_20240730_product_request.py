from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Stable20240730ProductRequest")


@_attrs_define
class Stable20240730ProductRequest:
    """
    Example:
        {'name': 'Fixed priced product', 'label': 'Fixed priced product - UK', 'taxCategoryId':
            '3271ca41-d538-404f-a15f-25856a37fb88'}

    Attributes:
        name (str): Name of the Product, this appears within Sequence's dashboard. Example: Fixed priced product.
        label (None | str | Unset): The internal description of the product. This can be used to maintain some
            explanation or comments regarding the product. Example: Fixed priced product - UK.
        tax_category_id (None | str | Unset): The internal ID of the tax category associated with this product. Example:
            3271ca41-d538-404f-a15f-25856a37fb88.
    """

    name: str
    label: None | str | Unset = UNSET
    tax_category_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        name = self.name

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        else:
            tax_category_id = self.tax_category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if tax_category_id is not UNSET:
            field_dict["taxCategoryId"] = tax_category_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_tax_category_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_category_id = _parse_tax_category_id(d.pop("taxCategoryId", UNSET))

        stable_20240730_product_request = cls(
            name=name,
            label=label,
            tax_category_id=tax_category_id,
        )

        stable_20240730_product_request.additional_properties = d
        return stable_20240730_product_request

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
