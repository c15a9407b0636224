from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AustralianBankAccountDestination")


@_attrs_define
class AustralianBankAccountDestination:
    """Merchant's account details, for receiving payment to a Canadian bank via Australian bank transfer

    Example:
        {'legalName': 'John Doe', 'accountNumber': '12345678', 'swiftCode': 'CHASUS33', 'bsb': '123456'}

    Attributes:
        legal_name (str):  Example: John Doe.
        account_number (str):  Example: 12345678.
        swift_code (str):  Example: CHASUS33.
        bsb (str):  Example: 123456.
    """

    legal_name: str
    account_number: str
    swift_code: str
    bsb: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        legal_name = self.legal_name

        account_number = self.account_number

        swift_code = self.swift_code

        bsb = self.bsb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "legalName": legal_name,
                "accountNumber": account_number,
                "swiftCode": swift_code,
                "bsb": bsb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        legal_name = d.pop("legalName")

        account_number = d.pop("accountNumber")

        swift_code = d.pop("swiftCode")

        bsb = d.pop("bsb")

        australian_bank_account_destination = cls(
            legal_name=legal_name,
            account_number=account_number,
            swift_code=swift_code,
            bsb=bsb,
        )

        australian_bank_account_destination.additional_properties = d
        return australian_bank_account_destination

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
