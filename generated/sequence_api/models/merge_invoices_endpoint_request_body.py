from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MergeInvoicesEndpointRequestBody")


@_attrs_define
class MergeInvoicesEndpointRequestBody:
    """
    Example:
        {'invoiceIds': ['bd39e664-a4a2-4515-bd7e-6bc91d484498', '6582c475-7e29-4ea4-b8f8-f071032573a0']}

    Attributes:
        invoice_ids (list[str]):  Example: ['bd39e664-a4a2-4515-bd7e-6bc91d484498',
            '6582c475-7e29-4ea4-b8f8-f071032573a0'].
    """

    invoice_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        invoice_ids = self.invoice_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceIds": invoice_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        invoice_ids = cast(list[str], d.pop("invoiceIds"))

        merge_invoices_endpoint_request_body = cls(
            invoice_ids=invoice_ids,
        )

        merge_invoices_endpoint_request_body.additional_properties = d
        return merge_invoices_endpoint_request_body

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
