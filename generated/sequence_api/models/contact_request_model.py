from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_billing_preference import ContactBillingPreference

T = TypeVar("T", bound="ContactRequestModel")


@_attrs_define
class ContactRequestModel:
    """
    Example:
        {'name': 'John Smith', 'email': 'john.smith@example.com', 'billingPreference': 'PRIMARY'}

    Attributes:
        name (str): Full name of this contact Example: John Smith.
        email (str): Email address of this contact Example: john.smith@example.com.
        billing_preference (ContactBillingPreference):  Example: NONE.
    """

    name: str
    email: str
    billing_preference: ContactBillingPreference
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        name = self.name

        email = self.email

        billing_preference = self.billing_preference.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "billingPreference": billing_preference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email")

        billing_preference = ContactBillingPreference(d.pop("billingPreference"))

        contact_request_model = cls(
            name=name,
            email=email,
            billing_preference=billing_preference,
        )

        contact_request_model.additional_properties = d
        return contact_request_model

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
