from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse")


@_attrs_define
class CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse:
    """
    Example:
        {'items': ['region', 'tier']}

    Attributes:
        items (list[str]): Distinct custom property keys across all customers Example: ['region', 'tier'].
    """

    items: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        items = cast(list[str], d.pop("items"))

        customer_custom_property_keys_controller_list_customer_custom_property_keys_response = cls(
            items=items,
        )

        customer_custom_property_keys_controller_list_customer_custom_property_keys_response.additional_properties = d
        return customer_custom_property_keys_controller_list_customer_custom_property_keys_response

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
