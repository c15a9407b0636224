from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_provider import PaymentProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInvoiceSettingsEndpointCreateInvoiceSettingsRequestModel")


@_attrs_define
class CreateInvoiceSettingsEndpointCreateInvoiceSettingsRequestModel:
    """
    Example:
        {'invoiceId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'customerId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730',
            'paymentProvider': 'STRIPE'}

    Attributes:
        invoice_id (str): Invoice ID. Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        payment_provider (PaymentProvider):  Example: STRIPE.
        customer_id (None | str | Unset): Customer ID. Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
    """

    invoice_id: str
    payment_provider: PaymentProvider
    customer_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        invoice_id = self.invoice_id

        payment_provider = self.payment_provider.value

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceId": invoice_id,
                "paymentProvider": payment_provider,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        invoice_id = d.pop("invoiceId")

        payment_provider = PaymentProvider(d.pop("paymentProvider"))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        create_invoice_settings_endpoint_create_invoice_settings_request_model = cls(
            invoice_id=invoice_id,
            payment_provider=payment_provider,
            customer_id=customer_id,
        )

        create_invoice_settings_endpoint_create_invoice_settings_request_model.additional_properties = d
        return create_invoice_settings_endpoint_create_invoice_settings_request_model

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
