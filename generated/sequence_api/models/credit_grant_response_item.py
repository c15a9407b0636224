from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditGrantResponseItem")


@_attrs_define
class CreditGrantResponseItem:
    """
    Example:
        {'id': '22efb229-c474-407c-bbf7-f5e113ee8b20', 'name': 'API Calls', 'grantAmount': 1000, 'balance': 324,
            'issueDate': '2022-02-22', 'expiryDate': '2030-03-03'}

    Attributes:
        id (str): Credit Grant ID Example: 22efb229-c474-407c-bbf7-f5e113ee8b20.
        name (str): Credit Grant Name Example: API Calls.
        grant_amount (float): Amount of Credits Granted Example: 1000.
        balance (float): Amount remaining of Credits Granted Example: 324.
        issue_date (str): Grant Issue Date Example: 2022-02-22.
        expiry_date (None | str | Unset): Grant Expiry Date Example: 2030-03-03.
    """

    id: str
    name: str
    grant_amount: float
    balance: float
    issue_date: str
    expiry_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        name = self.name

        grant_amount = self.grant_amount

        balance = self.balance

        issue_date = self.issue_date

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = self.expiry_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "grantAmount": grant_amount,
                "balance": balance,
                "issueDate": issue_date,
            }
        )
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        grant_amount = d.pop("grantAmount")

        balance = d.pop("balance")

        issue_date = d.pop("issueDate")

        def _parse_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiryDate", UNSET))

        credit_grant_response_item = cls(
            id=id,
            name=name,
            grant_amount=grant_amount,
            balance=balance,
            issue_date=issue_date,
            expiry_date=expiry_date,
        )

        credit_grant_response_item.additional_properties = d
        return credit_grant_response_item

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
