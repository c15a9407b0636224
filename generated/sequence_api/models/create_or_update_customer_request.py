from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_or_update_customer_request_integration import CreateOrUpdateCustomerRequestIntegration
from ..models.customer_status import CustomerStatus
from ..models.tax_status import TaxStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contact_request_model import ContactRequestModel
    from ..models.create_or_update_customer_request_custom_properties_type_0 import (
        CreateOrUpdateCustomerRequestCustomPropertiesType0,
    )
    from ..models.generate_integration_id_request import GenerateIntegrationIdRequest


T = TypeVar("T", bound="CreateOrUpdateCustomerRequest")


@_attrs_define
class CreateOrUpdateCustomerRequest:
    """
    Example:
        {'legalName': 'John Doe', 'address': {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York',
            'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}, 'url': 'https://example.com/', 'label': 'Example
            customer', 'taxStatus': 'TAXED', 'customerAliases': ['b1c87177-088a-40ec-8917-9809343f3f9c'], 'integrationIds':
            [{'service': 'Xero', 'id': '123456789'}, {'service': 'Stripe', 'id': 'cus_OCtCxqQDgu1uX9'}, {'service':
            'HubSpot', 'id': '123456789'}], 'parentId': '50af5191-05a3-42a5-802a-6b59091157af', 'contacts': [{'name': 'John
            Smith', 'email': 'john.smith@example.com', 'billingPreference': 'PRIMARY'}, {'name': 'Anna Smith', 'email':
            'anna.smith@example.com', 'billingPreference': 'STANDARD'}, {'name': 'Penny Smith', 'email':
            'penny.smith@example.com', 'billingPreference': 'NONE'}], 'pushToIntegrations': ['Xero'], 'status': 'ACTIVE',
            'customProperties': {'region': 'EU', 'tier': 'gold'}}

    Attributes:
        legal_name (str): Legal name Example: John Doe.
        address (Address): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York', 'state':
            'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        tax_status (TaxStatus):  Example: TAXED.
        contacts (list[ContactRequestModel]): Contacts to create for this customer. This will replace all existing
            contacts for this customer. Needs atleast one Contact with a billing preference of 'PRIMARY' Example: [{'name':
            'John Smith', 'email': 'john.smith@example.com', 'billingPreference': 'PRIMARY'}, {'name': 'Anna Smith',
            'email': 'anna.smith@example.com', 'billingPreference': 'STANDARD'}, {'name': 'Penny Smith', 'email':
            'penny.smith@example.com', 'billingPreference': 'NONE'}].
        url (None | str | Unset): URL Example: https://example.com/.
        label (None | str | Unset): Label Example: Example customer.
        customer_aliases (list[str] | None | Unset): Customer aliases Example: ['b1c87177-088a-40ec-8917-9809343f3f9c'].
        integration_ids (list[GenerateIntegrationIdRequest] | None | Unset): IDs in external integrations Example:
            [{'service': 'Xero', 'id': '123456789'}, {'service': 'Stripe', 'id': 'cus_OCtCxqQDgu1uX9'}, {'service':
            'HubSpot', 'id': '123456789'}].
        parent_id (None | str | Unset): ID of a parent customer. Populate this field to create a new customeras a child
            customer of another, existing customer. Example: 50af5191-05a3-42a5-802a-6b59091157af.
        push_to_integrations (list[CreateOrUpdateCustomerRequestIntegration] | None | Unset): Automatically create
            customer in these linked integrations Example: ['Xero'].
        status (CustomerStatus | Unset):  Example: ACTIVE.
        custom_properties (CreateOrUpdateCustomerRequestCustomPropertiesType0 | None | Unset): Custom key-value
            properties. Providing this field replaces all existing custom properties. Omitting it leaves them unchanged.
            Example: {'region': 'EU', 'tier': 'gold'}.
    """

    legal_name: str
    address: Address
    tax_status: TaxStatus
    contacts: list[ContactRequestModel]
    url: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    customer_aliases: list[str] | None | Unset = UNSET
    integration_ids: list[GenerateIntegrationIdRequest] | None | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    push_to_integrations: list[CreateOrUpdateCustomerRequestIntegration] | None | Unset = UNSET
    status: CustomerStatus | Unset = UNSET
    custom_properties: CreateOrUpdateCustomerRequestCustomPropertiesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        from ..models.create_or_update_customer_request_custom_properties_type_0 import (
            CreateOrUpdateCustomerRequestCustomPropertiesType0,  # noqa: PLC0415
        )

        legal_name = self.legal_name

        address = self.address.to_dict()

        tax_status = self.tax_status.value

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        customer_aliases: list[str] | None | Unset
        if isinstance(self.customer_aliases, Unset):
            customer_aliases = UNSET
        elif isinstance(self.customer_aliases, list):
            customer_aliases = self.customer_aliases

        else:
            customer_aliases = self.customer_aliases

        integration_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.integration_ids, Unset):
            integration_ids = UNSET
        elif isinstance(self.integration_ids, list):
            integration_ids = []
            for integration_ids_type_0_item_data in self.integration_ids:
                integration_ids_type_0_item = integration_ids_type_0_item_data.to_dict()
                integration_ids.append(integration_ids_type_0_item)

        else:
            integration_ids = self.integration_ids

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        push_to_integrations: list[str] | None | Unset
        if isinstance(self.push_to_integrations, Unset):
            push_to_integrations = UNSET
        elif isinstance(self.push_to_integrations, list):
            push_to_integrations = []
            for push_to_integrations_type_0_item_data in self.push_to_integrations:
                push_to_integrations_type_0_item = push_to_integrations_type_0_item_data.value
                push_to_integrations.append(push_to_integrations_type_0_item)

        else:
            push_to_integrations = self.push_to_integrations

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        custom_properties: dict[str, Any] | None | Unset
        if isinstance(self.custom_properties, Unset):
            custom_properties = UNSET
        elif isinstance(self.custom_properties, CreateOrUpdateCustomerRequestCustomPropertiesType0):
            custom_properties = self.custom_properties.to_dict()
        else:
            custom_properties = self.custom_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "legalName": legal_name,
                "address": address,
                "taxStatus": tax_status,
                "contacts": contacts,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if label is not UNSET:
            field_dict["label"] = label
        if customer_aliases is not UNSET:
            field_dict["customerAliases"] = customer_aliases
        if integration_ids is not UNSET:
            field_dict["integrationIds"] = integration_ids
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if push_to_integrations is not UNSET:
            field_dict["pushToIntegrations"] = push_to_integrations
        if status is not UNSET:
            field_dict["status"] = status
        if custom_properties is not UNSET:
            field_dict["customProperties"] = custom_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact_request_model import ContactRequestModel  # noqa: PLC0415
        from ..models.create_or_update_customer_request_custom_properties_type_0 import (
            CreateOrUpdateCustomerRequestCustomPropertiesType0,  # noqa: PLC0415
        )
        from ..models.generate_integration_id_request import GenerateIntegrationIdRequest  # noqa: PLC0415

        d = dict(src_dict)
        legal_name = d.pop("legalName")

        address = Address.from_dict(d.pop("address"))

        tax_status = TaxStatus(d.pop("taxStatus"))

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ContactRequestModel.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_customer_aliases(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customer_aliases_type_0 = cast(list[str], data)

                return customer_aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        customer_aliases = _parse_customer_aliases(d.pop("customerAliases", UNSET))

        def _parse_integration_ids(data: object) -> list[GenerateIntegrationIdRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                integration_ids_type_0 = []
                _integration_ids_type_0 = data
                for integration_ids_type_0_item_data in _integration_ids_type_0:
                    integration_ids_type_0_item = GenerateIntegrationIdRequest.from_dict(
                        integration_ids_type_0_item_data
                    )

                    integration_ids_type_0.append(integration_ids_type_0_item)

                return integration_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GenerateIntegrationIdRequest] | None | Unset, data)

        integration_ids = _parse_integration_ids(d.pop("integrationIds", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_push_to_integrations(data: object) -> list[CreateOrUpdateCustomerRequestIntegration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                push_to_integrations_type_0 = []
                _push_to_integrations_type_0 = data
                for push_to_integrations_type_0_item_data in _push_to_integrations_type_0:
                    push_to_integrations_type_0_item = CreateOrUpdateCustomerRequestIntegration(
                        push_to_integrations_type_0_item_data
                    )

                    push_to_integrations_type_0.append(push_to_integrations_type_0_item)

                return push_to_integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateOrUpdateCustomerRequestIntegration] | None | Unset, data)

        push_to_integrations = _parse_push_to_integrations(d.pop("pushToIntegrations", UNSET))

        _status = d.pop("status", UNSET)
        status: CustomerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomerStatus(_status)

        def _parse_custom_properties(data: object) -> CreateOrUpdateCustomerRequestCustomPropertiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_properties_type_0 = CreateOrUpdateCustomerRequestCustomPropertiesType0.from_dict(data)

                return custom_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateOrUpdateCustomerRequestCustomPropertiesType0 | None | Unset, data)

        custom_properties = _parse_custom_properties(d.pop("customProperties", UNSET))

        create_or_update_customer_request = cls(
            legal_name=legal_name,
            address=address,
            tax_status=tax_status,
            contacts=contacts,
            url=url,
            label=label,
            customer_aliases=customer_aliases,
            integration_ids=integration_ids,
            parent_id=parent_id,
            push_to_integrations=push_to_integrations,
            status=status,
            custom_properties=custom_properties,
        )

        create_or_update_customer_request.additional_properties = d
        return create_or_update_customer_request

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
