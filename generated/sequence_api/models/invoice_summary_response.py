from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice_summary_response_currency_totals import InvoiceSummaryResponseCurrencyTotals


T = TypeVar("T", bound="InvoiceSummaryResponse")


@_attrs_define
class InvoiceSummaryResponse:
    """
    Example:
        {'totalsByCurrency': [{'currency': 'GBP', 'invoiceCount': 12, 'grossTotal': 15400}, {'currency': 'USD',
            'invoiceCount': 3, 'grossTotal': 980.5}]}

    Attributes:
        totals_by_currency (list[InvoiceSummaryResponseCurrencyTotals]): Aggregate totals for the invoices matching the
            supplied filters, grouped by currency. Example: [{'currency': 'GBP', 'invoiceCount': 12, 'grossTotal': 15400},
            {'currency': 'USD', 'invoiceCount': 3, 'grossTotal': 980.5}].
    """

    totals_by_currency: list[InvoiceSummaryResponseCurrencyTotals]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        totals_by_currency = []
        for totals_by_currency_item_data in self.totals_by_currency:
            totals_by_currency_item = totals_by_currency_item_data.to_dict()
            totals_by_currency.append(totals_by_currency_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalsByCurrency": totals_by_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.invoice_summary_response_currency_totals import InvoiceSummaryResponseCurrencyTotals  # noqa: PLC0415

        d = dict(src_dict)
        totals_by_currency = []
        _totals_by_currency = d.pop("totalsByCurrency")
        for totals_by_currency_item_data in _totals_by_currency:
            totals_by_currency_item = InvoiceSummaryResponseCurrencyTotals.from_dict(totals_by_currency_item_data)

            totals_by_currency.append(totals_by_currency_item)

        invoice_summary_response = cls(
            totals_by_currency=totals_by_currency,
        )

        invoice_summary_response.additional_properties = d
        return invoice_summary_response

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
