from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_link_display_option import PaymentLinkDisplayOption

T = TypeVar("T", bound="InvoiceRenderSettingsInlineAggregate")


@_attrs_define
class InvoiceRenderSettingsInlineAggregate:
    """Settings that control how the invoice is rendered.

    Example:
        {'paymentLinkDisplay': 'HIDE_PAYMENT_LINK'}

    Attributes:
        payment_link_display (PaymentLinkDisplayOption):  Example: SHOW_PAYMENT_LINK.
    """

    payment_link_display: PaymentLinkDisplayOption
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        payment_link_display = self.payment_link_display.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentLinkDisplay": payment_link_display,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        payment_link_display = PaymentLinkDisplayOption(d.pop("paymentLinkDisplay"))

        invoice_render_settings_inline_aggregate = cls(
            payment_link_display=payment_link_display,
        )

        invoice_render_settings_inline_aggregate.additional_properties = d
        return invoice_render_settings_inline_aggregate

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
