from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SwedishBankgiroDestination")


@_attrs_define
class SwedishBankgiroDestination:
    """Merchant's Swedish Bankgiro account details, for receiving payment by Swedish Bankgiro

    Example:
        {'bankgiroNumber': '123-4567', 'accountName': '12345678'}

    Attributes:
        bankgiro_number (str): Swedish Bankgiro number. 7-8 digits, formatted as 123-4567 or 1234-5678. Example:
            123-4567.
        account_name (str): Account holder name Example: 12345678.
    """

    bankgiro_number: str
    account_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        bankgiro_number = self.bankgiro_number

        account_name = self.account_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bankgiroNumber": bankgiro_number,
                "accountName": account_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        bankgiro_number = d.pop("bankgiroNumber")

        account_name = d.pop("accountName")

        swedish_bankgiro_destination = cls(
            bankgiro_number=bankgiro_number,
            account_name=account_name,
        )

        swedish_bankgiro_destination.additional_properties = d
        return swedish_bankgiro_destination

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
