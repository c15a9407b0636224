from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_status import InvoicePaymentStatus

T = TypeVar("T", bound="UpdateInvoicePaymentStatusEndpointRequestModel")


@_attrs_define
class UpdateInvoicePaymentStatusEndpointRequestModel:
    """
    Example:
        {'paymentStatus': 'PAID'}

    Attributes:
        payment_status (InvoicePaymentStatus):  Example: UNPAID.
    """

    payment_status: InvoicePaymentStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        payment_status = self.payment_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentStatus": payment_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        payment_status = InvoicePaymentStatus(d.pop("paymentStatus"))

        update_invoice_payment_status_endpoint_request_model = cls(
            payment_status=payment_status,
        )

        update_invoice_payment_status_endpoint_request_model.additional_properties = d
        return update_invoice_payment_status_endpoint_request_model

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
