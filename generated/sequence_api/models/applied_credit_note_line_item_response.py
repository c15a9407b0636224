from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppliedCreditNoteLineItemResponse")


@_attrs_define
class AppliedCreditNoteLineItemResponse:
    """
    Example:
        {'name': 'Adjustment', 'netTotal': '41.67', 'grossTotal': '50.00', 'invoiceLineItemIds':
            ['2d4f6a8b-1c3e-4f5a-9b7d-8e6f5a4b3c2d']}

    Attributes:
        name (str): Line item name Example: Adjustment.
        net_total (str): Net total of the line item, in decimal format of the Invoice's currency Example: 41.67.
        gross_total (str): Gross total of the line item, in decimal format of the Invoice's currency Example: 50.00.
        invoice_line_item_ids (list[str]): IDs of the invoice line item(s) to which this credit note line item relates
            Example: ['2d4f6a8b-1c3e-4f5a-9b7d-8e6f5a4b3c2d'].
    """

    name: str
    net_total: str
    gross_total: str
    invoice_line_item_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        name = self.name

        net_total = self.net_total

        gross_total = self.gross_total

        invoice_line_item_ids = self.invoice_line_item_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "netTotal": net_total,
                "grossTotal": gross_total,
                "invoiceLineItemIds": invoice_line_item_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        name = d.pop("name")

        net_total = d.pop("netTotal")

        gross_total = d.pop("grossTotal")

        invoice_line_item_ids = cast(list[str], d.pop("invoiceLineItemIds"))

        applied_credit_note_line_item_response = cls(
            name=name,
            net_total=net_total,
            gross_total=gross_total,
            invoice_line_item_ids=invoice_line_item_ids,
        )

        applied_credit_note_line_item_response.additional_properties = d
        return applied_credit_note_line_item_response

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
