from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_id_with_name import CustomerIdWithName


T = TypeVar("T", bound="CustomerOrganization")


@_attrs_define
class CustomerOrganization:
    """
    Example:
        {'id': 'c0dc4e79-ec52-4811-8cf5-addb2527915c', 'owner': {'id': '50af5191-05a3-42a5-802a-6b59091157af', 'name':
            'FinTech Solutions Inc.'}, 'members': [{'id': 'e309e948-088e-4d77-b654-cd85498f1555', 'name': 'Fintech Payment
            Processing'}, {'id': '50af5191-05a3-42a5-802a-6b59091157af', 'name': 'Fintech Lending Services'}, {'id':
            'e06f36e2-0a44-404d-bdbc-b66a292609b0', 'name': 'FinTech Wealth Management'}]}

    Attributes:
        id (str): Organization ID Example: c0dc4e79-ec52-4811-8cf5-addb2527915c.
        owner (CustomerIdWithName): ID of the customer that will own the organization. Example: {'id':
            '50af5191-05a3-42a5-802a-6b59091157af', 'name': 'FinTech Solutions Inc.'}.
        members (list[CustomerIdWithName]): Members of the customer organization, excluding the owner. These are the
            children in a parent-child relationship. Example: [{'id': 'e309e948-088e-4d77-b654-cd85498f1555', 'name':
            'Fintech Payment Processing'}, {'id': '50af5191-05a3-42a5-802a-6b59091157af', 'name': 'Fintech Lending
            Services'}, {'id': 'e06f36e2-0a44-404d-bdbc-b66a292609b0', 'name': 'FinTech Wealth Management'}].
    """

    id: str
    owner: CustomerIdWithName
    members: list[CustomerIdWithName]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        owner = self.owner.to_dict()

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "owner": owner,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.customer_id_with_name import CustomerIdWithName  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        owner = CustomerIdWithName.from_dict(d.pop("owner"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = CustomerIdWithName.from_dict(members_item_data)

            members.append(members_item)

        customer_organization = cls(
            id=id,
            owner=owner,
            members=members,
        )

        customer_organization.additional_properties = d
        return customer_organization

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
