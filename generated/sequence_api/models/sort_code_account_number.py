from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SortCodeAccountNumber")


@_attrs_define
class SortCodeAccountNumber:
    """Merchant's UK bank account details, for receiving payment by UK bank transfer

    Example:
        {'sortCode': '000000', 'accountNumber': '12345678'}

    Attributes:
        sort_code (str): UK sort code. 6 digits. Example: 000000.
        account_number (str): UK account number. 8 digits. Example: 12345678.
    """

    sort_code: str
    account_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        sort_code = self.sort_code

        account_number = self.account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sortCode": sort_code,
                "accountNumber": account_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        sort_code = d.pop("sortCode")

        account_number = d.pop("accountNumber")

        sort_code_account_number = cls(
            sort_code=sort_code,
            account_number=account_number,
        )

        sort_code_account_number.additional_properties = d
        return sort_code_account_number

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
