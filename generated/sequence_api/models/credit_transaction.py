from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_transaction_type import CreditTransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditTransaction")


@_attrs_define
class CreditTransaction:
    """
    Example:
        {'id': 'c770d296-ef09-459b-b8dd-42c334e00dab', 'grantId': '5a0faea3-7ad5-4a83-a420-09bb6576f7e6', 'reason':
            'because', 'invoiceId': 'c6864c69-42a3-4966-8c22-1c56d7375a05', 'billingRunId':
            'e95256be-08e7-4585-b3c7-fa9928aacd90', 'type': 'CREDIT', 'amount': '10', 'date': '2024-01-01'}

    Attributes:
        grant_id (str): Credit Grant ID Example: 5a0faea3-7ad5-4a83-a420-09bb6576f7e6.
        type_ (CreditTransactionType):  Example: CREDIT.
        amount (str): Number of units added or consumed Example: 10.
        date (str): Date of transaction Example: 2024-01-01.
        id (None | str | Unset): Credit Transaction ID Example: c770d296-ef09-459b-b8dd-42c334e00dab.
        reason (None | str | Unset): Transaction Reason Example: because.
        invoice_id (None | str | Unset): Invoice ID where Credit was consumed Example:
            c6864c69-42a3-4966-8c22-1c56d7375a05.
        billing_run_id (None | str | Unset): Billing Run ID where Credit was consumed Example:
            e95256be-08e7-4585-b3c7-fa9928aacd90.
    """

    grant_id: str
    type_: CreditTransactionType
    amount: str
    date: str
    id: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    billing_run_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        grant_id = self.grant_id

        type_ = self.type_.value

        amount = self.amount

        date = self.date

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        billing_run_id: None | str | Unset
        if isinstance(self.billing_run_id, Unset):
            billing_run_id = UNSET
        else:
            billing_run_id = self.billing_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grantId": grant_id,
                "type": type_,
                "amount": amount,
                "date": date,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if billing_run_id is not UNSET:
            field_dict["billingRunId"] = billing_run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        grant_id = d.pop("grantId")

        type_ = CreditTransactionType(d.pop("type"))

        amount = d.pop("amount")

        date = d.pop("date")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId", UNSET))

        def _parse_billing_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_run_id = _parse_billing_run_id(d.pop("billingRunId", UNSET))

        credit_transaction = cls(
            grant_id=grant_id,
            type_=type_,
            amount=amount,
            date=date,
            id=id,
            reason=reason,
            invoice_id=invoice_id,
            billing_run_id=billing_run_id,
        )

        credit_transaction.additional_properties = d
        return credit_transaction

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
