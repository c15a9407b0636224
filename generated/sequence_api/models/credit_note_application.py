from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditNoteApplication")


@_attrs_define
class CreditNoteApplication:
    """
    Example:
        {'invoiceId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'invoiceNumber': 'INV00001', 'amount': '50.00',
            'appliedAt': '2022-10-14T12:34:56Z'}

    Attributes:
        invoice_id (str): ID of the invoice the credit was applied to Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        amount (str): Amount applied, in decimal format of the Credit Note's currency Example: 50.00.
        applied_at (str): When the credit was applied Example: 2022-10-14T12:34:56Z.
        invoice_number (None | str | Unset): Invoice number of the invoice the credit was applied to, when available
            Example: INV00001.
    """

    invoice_id: str
    amount: str
    applied_at: str
    invoice_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        invoice_id = self.invoice_id

        amount = self.amount

        applied_at = self.applied_at

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceId": invoice_id,
                "amount": amount,
                "appliedAt": applied_at,
            }
        )
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        invoice_id = d.pop("invoiceId")

        amount = d.pop("amount")

        applied_at = d.pop("appliedAt")

        def _parse_invoice_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_number = _parse_invoice_number(d.pop("invoiceNumber", UNSET))

        credit_note_application = cls(
            invoice_id=invoice_id,
            amount=amount,
            applied_at=applied_at,
            invoice_number=invoice_number,
        )

        credit_note_application.additional_properties = d
        return credit_note_application

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
