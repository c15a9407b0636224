from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectedCreditGrantResponse")


@_attrs_define
class ProjectedCreditGrantResponse:
    """
    Example:
        {'creditGrantId': '0198b2c9-5f41-7c3d-9a8e-2b4c6d8e0f13', 'creditGrantName': 'Q3 prepaid credit', 'amount':
            '30.00'}

    Attributes:
        amount (str): Credit this grant is expected to contribute, in decimal format of the Invoice's currency. Net of
            tax; tax on projected credit is not reported. Example: 30.00.
        credit_grant_id (None | str | Unset): The credit grant's ID. Null where the expected credit cannot be attributed
            to one grant. Example: 0198b2c9-5f41-7c3d-9a8e-2b4c6d8e0f13.
        credit_grant_name (None | str | Unset): The credit grant's name. Null where the grant could not be identified or
            its name could not be read. Example: Q3 prepaid credit.
    """

    amount: str
    credit_grant_id: None | str | Unset = UNSET
    credit_grant_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        amount = self.amount

        credit_grant_id: None | str | Unset
        if isinstance(self.credit_grant_id, Unset):
            credit_grant_id = UNSET
        else:
            credit_grant_id = self.credit_grant_id

        credit_grant_name: None | str | Unset
        if isinstance(self.credit_grant_name, Unset):
            credit_grant_name = UNSET
        else:
            credit_grant_name = self.credit_grant_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if credit_grant_id is not UNSET:
            field_dict["creditGrantId"] = credit_grant_id
        if credit_grant_name is not UNSET:
            field_dict["creditGrantName"] = credit_grant_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        amount = d.pop("amount")

        def _parse_credit_grant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_grant_id = _parse_credit_grant_id(d.pop("creditGrantId", UNSET))

        def _parse_credit_grant_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_grant_name = _parse_credit_grant_name(d.pop("creditGrantName", UNSET))

        projected_credit_grant_response = cls(
            amount=amount,
            credit_grant_id=credit_grant_id,
            credit_grant_name=credit_grant_name,
        )

        projected_credit_grant_response.additional_properties = d
        return projected_credit_grant_response

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
