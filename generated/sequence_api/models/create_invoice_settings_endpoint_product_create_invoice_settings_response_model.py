from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_provider import PaymentProvider

T = TypeVar("T", bound="CreateInvoiceSettingsEndpointProductCreateInvoiceSettingsResponseModel")


@_attrs_define
class CreateInvoiceSettingsEndpointProductCreateInvoiceSettingsResponseModel:
    """
    Example:
        {'id': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'sequenceAccountId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730',
            'invoiceId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'customerId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730',
            'paymentProvider': 'STRIPE'}

    Attributes:
        id (str): Unique payment provider id. Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        sequence_account_id (str): Sequence Account ID. Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        invoice_id (str): Invoice ID. Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        customer_id (str): Customer ID. Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        payment_provider (PaymentProvider):  Example: STRIPE.
    """

    id: str
    sequence_account_id: str
    invoice_id: str
    customer_id: str
    payment_provider: PaymentProvider
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        sequence_account_id = self.sequence_account_id

        invoice_id = self.invoice_id

        customer_id = self.customer_id

        payment_provider = self.payment_provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "invoiceId": invoice_id,
                "customerId": customer_id,
                "paymentProvider": payment_provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        sequence_account_id = d.pop("sequenceAccountId")

        invoice_id = d.pop("invoiceId")

        customer_id = d.pop("customerId")

        payment_provider = PaymentProvider(d.pop("paymentProvider"))

        create_invoice_settings_endpoint_product_create_invoice_settings_response_model = cls(
            id=id,
            sequence_account_id=sequence_account_id,
            invoice_id=invoice_id,
            customer_id=customer_id,
            payment_provider=payment_provider,
        )

        create_invoice_settings_endpoint_product_create_invoice_settings_response_model.additional_properties = d
        return create_invoice_settings_endpoint_product_create_invoice_settings_response_model

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
