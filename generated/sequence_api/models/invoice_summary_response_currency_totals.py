from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency

T = TypeVar("T", bound="InvoiceSummaryResponseCurrencyTotals")


@_attrs_define
class InvoiceSummaryResponseCurrencyTotals:
    """
    Example:
        {'currency': 'GBP', 'invoiceCount': 12, 'grossTotal': 15400}

    Attributes:
        currency (Currency):  Example: GBP.
        invoice_count (int): The number of invoices matching the filters in this currency. Example: 12.
        gross_total (float): The sum of the gross totals of the matching invoices in this currency. Example: 15400.
    """

    currency: Currency
    invoice_count: int
    gross_total: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        currency = self.currency.value

        invoice_count = self.invoice_count

        gross_total = self.gross_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "invoiceCount": invoice_count,
                "grossTotal": gross_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        currency = Currency(d.pop("currency"))

        invoice_count = d.pop("invoiceCount")

        gross_total = d.pop("grossTotal")

        invoice_summary_response_currency_totals = cls(
            currency=currency,
            invoice_count=invoice_count,
            gross_total=gross_total,
        )

        invoice_summary_response_currency_totals.additional_properties = d
        return invoice_summary_response_currency_totals

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
