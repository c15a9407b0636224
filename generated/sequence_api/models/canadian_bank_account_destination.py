from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CanadianBankAccountDestination")


@_attrs_define
class CanadianBankAccountDestination:
    """Merchant's Canadian account details, for receiving payment by Canadian bank transfer

    Example:
        {'transitNumber': '123', 'institutionNumber': '12345', 'accountNumber': '1234567'}

    Attributes:
        transit_number (str):  Example: 123.
        institution_number (str):  Example: 12345.
        account_number (str):  Example: 1234567.
    """

    transit_number: str
    institution_number: str
    account_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        transit_number = self.transit_number

        institution_number = self.institution_number

        account_number = self.account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transitNumber": transit_number,
                "institutionNumber": institution_number,
                "accountNumber": account_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        transit_number = d.pop("transitNumber")

        institution_number = d.pop("institutionNumber")

        account_number = d.pop("accountNumber")

        canadian_bank_account_destination = cls(
            transit_number=transit_number,
            institution_number=institution_number,
            account_number=account_number,
        )

        canadian_bank_account_destination.additional_properties = d
        return canadian_bank_account_destination

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
