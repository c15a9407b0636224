from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerOrganizationMembers")


@_attrs_define
class CustomerOrganizationMembers:
    """
    Example:
        {'customerIds': ['e06f36e2-0a44-404d-bdbc-b66a292609b0']}

    Attributes:
        customer_ids (list[str]): IDs of customers to add to an existing organization. Example:
            ['e06f36e2-0a44-404d-bdbc-b66a292609b0'].
    """

    customer_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        customer_ids = self.customer_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerIds": customer_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        customer_ids = cast(list[str], d.pop("customerIds"))

        customer_organization_members = cls(
            customer_ids=customer_ids,
        )

        customer_organization_members.additional_properties = d
        return customer_organization_members

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
