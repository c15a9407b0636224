from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="UsWireDestination")


@_attrs_define
class UsWireDestination:
    """Merchant's US account details, for receiving payment by wire transfer

    Example:
        {'accountNumber': '12345678', 'accountName': 'John Doe', 'bankName': 'Chase', 'bankRoutingNumber': '123456789',
            'swiftCode': 'CHASUS33', 'bankAddress': {'line1': 'JP Morgan Chase', 'town': 'New York City', 'state': 'NY',
            'postcode': '10017', 'country': 'US'}}

    Attributes:
        account_number (str):  Example: 12345678.
        account_name (str):  Example: John Doe.
        bank_name (str):  Example: Chase.
        bank_routing_number (str):  Example: 123456789.
        swift_code (str):  Example: CHASUS33.
        bank_address (Address): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York',
            'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
    """

    account_number: str
    account_name: str
    bank_name: str
    bank_routing_number: str
    swift_code: str
    bank_address: Address
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        account_number = self.account_number

        account_name = self.account_name

        bank_name = self.bank_name

        bank_routing_number = self.bank_routing_number

        swift_code = self.swift_code

        bank_address = self.bank_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountNumber": account_number,
                "accountName": account_name,
                "bankName": bank_name,
                "bankRoutingNumber": bank_routing_number,
                "swiftCode": swift_code,
                "bankAddress": bank_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        account_number = d.pop("accountNumber")

        account_name = d.pop("accountName")

        bank_name = d.pop("bankName")

        bank_routing_number = d.pop("bankRoutingNumber")

        swift_code = d.pop("swiftCode")

        bank_address = Address.from_dict(d.pop("bankAddress"))

        us_wire_destination = cls(
            account_number=account_number,
            account_name=account_name,
            bank_name=bank_name,
            bank_routing_number=bank_routing_number,
            swift_code=swift_code,
            bank_address=bank_address,
        )

        us_wire_destination.additional_properties = d
        return us_wire_destination

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
