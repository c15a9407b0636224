from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.applied_credit_grant_status import AppliedCreditGrantStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppliedCreditGrantResponse")


@_attrs_define
class AppliedCreditGrantResponse:
    """
    Example:
        {'creditGrantId': '0198b2c9-5f41-7c3d-9a8e-2b4c6d8e0f13', 'creditGrantName': 'Q3 prepaid credit', 'amount':
            '820.00', 'taxAmount': '164.00', 'status': 'APPLIED'}

    Attributes:
        amount (str): Credit applied from this grant, in decimal format of the Invoice's currency. Net of tax; tax
            credited alongside it is reported separately in `taxAmount`. Example: 820.00.
        status (AppliedCreditGrantStatus):  Example: APPLIED.
        credit_grant_id (None | str | Unset): The applied credit grant's ID. Null when the grant behind the credit could
            not be identified. Example: 0198b2c9-5f41-7c3d-9a8e-2b4c6d8e0f13.
        credit_grant_name (None | str | Unset): The applied credit grant's name. Null when the grant could not be
            identified or its name could not be read. Example: Q3 prepaid credit.
        tax_amount (None | str | Unset): Tax credited alongside this grant's net amount, in decimal format of the
            Invoice's currency. Absent where no tax was credited; treat absent as zero when reconciling. Example: 164.00.
    """

    amount: str
    status: AppliedCreditGrantStatus
    credit_grant_id: None | str | Unset = UNSET
    credit_grant_name: None | str | Unset = UNSET
    tax_amount: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        amount = self.amount

        status = self.status.value

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

        tax_amount: None | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "status": status,
            }
        )
        if credit_grant_id is not UNSET:
            field_dict["creditGrantId"] = credit_grant_id
        if credit_grant_name is not UNSET:
            field_dict["creditGrantName"] = credit_grant_name
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        amount = d.pop("amount")

        status = AppliedCreditGrantStatus(d.pop("status"))

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

        def _parse_tax_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("taxAmount", UNSET))

        applied_credit_grant_response = cls(
            amount=amount,
            status=status,
            credit_grant_id=credit_grant_id,
            credit_grant_name=credit_grant_name,
            tax_amount=tax_amount,
        )

        applied_credit_grant_response.additional_properties = d
        return applied_credit_grant_response

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
