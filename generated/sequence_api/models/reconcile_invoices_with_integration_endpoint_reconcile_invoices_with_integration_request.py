from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_or_update_customer_request_integration import CreateOrUpdateCustomerRequestIntegration
from ..models.reconcile_invoices_with_integration_endpoint_property_to_compare import (
    ReconcileInvoicesWithIntegrationEndpointPropertyToCompare,
)

T = TypeVar("T", bound="ReconcileInvoicesWithIntegrationEndpointReconcileInvoicesWithIntegrationRequest")


@_attrs_define
class ReconcileInvoicesWithIntegrationEndpointReconcileInvoicesWithIntegrationRequest:
    """
    Example:
        {'integrationService': 'Xero', 'invoiceIds': [], 'propertiesToCompare': ['INVOICE_NUMBER', 'STATUS']}

    Attributes:
        integration_service (CreateOrUpdateCustomerRequestIntegration):  Example: Xero.
        invoice_ids (list[str]): Invoice IDs Example: [].
        properties_to_compare (list[ReconcileInvoicesWithIntegrationEndpointPropertyToCompare]): Property to compare
            Example: ['INVOICE_NUMBER', 'STATUS'].
    """

    integration_service: CreateOrUpdateCustomerRequestIntegration
    invoice_ids: list[str]
    properties_to_compare: list[ReconcileInvoicesWithIntegrationEndpointPropertyToCompare]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        integration_service = self.integration_service.value

        invoice_ids = self.invoice_ids

        properties_to_compare = []
        for properties_to_compare_item_data in self.properties_to_compare:
            properties_to_compare_item = properties_to_compare_item_data.value
            properties_to_compare.append(properties_to_compare_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrationService": integration_service,
                "invoiceIds": invoice_ids,
                "propertiesToCompare": properties_to_compare,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        integration_service = CreateOrUpdateCustomerRequestIntegration(d.pop("integrationService"))

        invoice_ids = cast(list[str], d.pop("invoiceIds"))

        properties_to_compare = []
        _properties_to_compare = d.pop("propertiesToCompare")
        for properties_to_compare_item_data in _properties_to_compare:
            properties_to_compare_item = ReconcileInvoicesWithIntegrationEndpointPropertyToCompare(
                properties_to_compare_item_data
            )

            properties_to_compare.append(properties_to_compare_item)

        reconcile_invoices_with_integration_endpoint_reconcile_invoices_with_integration_request = cls(
            integration_service=integration_service,
            invoice_ids=invoice_ids,
            properties_to_compare=properties_to_compare,
        )

        reconcile_invoices_with_integration_endpoint_reconcile_invoices_with_integration_request.additional_properties = d
        return reconcile_invoices_with_integration_endpoint_reconcile_invoices_with_integration_request

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
