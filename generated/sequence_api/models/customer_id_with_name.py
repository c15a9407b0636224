from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerIdWithName")


@_attrs_define
class CustomerIdWithName:
    """ID of the customer that will own the organization.

    Example:
        {'id': '50af5191-05a3-42a5-802a-6b59091157af', 'name': 'FinTech Solutions Inc.'}

    Attributes:
        id (str): Customer ID Example: 50af5191-05a3-42a5-802a-6b59091157af.
        name (str): Customer legal name Example: FinTech Solutions Inc..
    """

    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        customer_id_with_name = cls(
            id=id,
            name=name,
        )

        customer_id_with_name.additional_properties = d
        return customer_id_with_name

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
