from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerOrganizationRequest")


@_attrs_define
class CustomerOrganizationRequest:
    """
    Example:
        {'ownerId': '50af5191-05a3-42a5-802a-6b59091157af', 'memberIds': ['e309e948-088e-4d77-b654-cd85498f1555',
            '50af5191-05a3-42a5-802a-6b59091157af']}

    Attributes:
        owner_id (str): ID of the customer that will own the organization. Example:
            50af5191-05a3-42a5-802a-6b59091157af.
        member_ids (list[str]): IDs of the customers who are members of this organization, excluding the owner. These
            are the children in a parent-child relationship. You can pass an empty array if they are not yet known. Example:
            ['e309e948-088e-4d77-b654-cd85498f1555', '50af5191-05a3-42a5-802a-6b59091157af'].
    """

    owner_id: str
    member_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        owner_id = self.owner_id

        member_ids = self.member_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ownerId": owner_id,
                "memberIds": member_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        owner_id = d.pop("ownerId")

        member_ids = cast(list[str], d.pop("memberIds"))

        customer_organization_request = cls(
            owner_id=owner_id,
            member_ids=member_ids,
        )

        customer_organization_request.additional_properties = d
        return customer_organization_request

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
