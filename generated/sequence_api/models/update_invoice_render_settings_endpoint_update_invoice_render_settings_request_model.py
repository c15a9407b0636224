from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency_conversion_display_option import CurrencyConversionDisplayOption
from ..models.payment_link_display_option import PaymentLinkDisplayOption
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInvoiceRenderSettingsEndpointUpdateInvoiceRenderSettingsRequestModel")


@_attrs_define
class UpdateInvoiceRenderSettingsEndpointUpdateInvoiceRenderSettingsRequestModel:
    """
    Example:
        {'paymentLinkDisplay': 'SHOW_PAYMENT_LINK', 'currencyConversionDisplay': 'SHOW_CURRENCY_CONVERSION'}

    Attributes:
        payment_link_display (PaymentLinkDisplayOption):  Example: SHOW_PAYMENT_LINK.
        currency_conversion_display (CurrencyConversionDisplayOption | Unset):  Example: SHOW_CURRENCY_CONVERSION.
    """

    payment_link_display: PaymentLinkDisplayOption
    currency_conversion_display: CurrencyConversionDisplayOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        payment_link_display = self.payment_link_display.value

        currency_conversion_display: str | Unset = UNSET
        if not isinstance(self.currency_conversion_display, Unset):
            currency_conversion_display = self.currency_conversion_display.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentLinkDisplay": payment_link_display,
            }
        )
        if currency_conversion_display is not UNSET:
            field_dict["currencyConversionDisplay"] = currency_conversion_display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        payment_link_display = PaymentLinkDisplayOption(d.pop("paymentLinkDisplay"))

        _currency_conversion_display = d.pop("currencyConversionDisplay", UNSET)
        currency_conversion_display: CurrencyConversionDisplayOption | Unset
        if isinstance(_currency_conversion_display, Unset):
            currency_conversion_display = UNSET
        else:
            currency_conversion_display = CurrencyConversionDisplayOption(_currency_conversion_display)

        update_invoice_render_settings_endpoint_update_invoice_render_settings_request_model = cls(
            payment_link_display=payment_link_display,
            currency_conversion_display=currency_conversion_display,
        )

        update_invoice_render_settings_endpoint_update_invoice_render_settings_request_model.additional_properties = d
        return update_invoice_render_settings_endpoint_update_invoice_render_settings_request_model

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
