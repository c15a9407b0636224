from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_status import TaxStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.integration_id_2 import IntegrationId2


T = TypeVar("T", bound="Customer20240509")


@_attrs_define
class Customer20240509:
    """
    Example:
        {'id': 'e309e948-088e-4d77-b654-cd85498f1555', 'createdAt': '2022-06-28T16:47:00Z', 'legalName': 'John Doe',
            'contactName': 'John Doe', 'address': {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York',
            'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}, 'email': 'john@example.com', 'telephone': '02010001000',
            'url': 'https://example.com/', 'label': 'Example customer', 'integrationIds': [{'service': 'Xero', 'id': 'ID',
            'lastSynced': '2022-06-28T16:47:00Z', 'isPending': False}, {'service': 'Stripe', 'id': 'cus_OCtCxqQDgu1uX9',
            'lastSynced': '2022-06-28T16:47:00Z', 'isPending': False}], 'archivedAt': '2022-06-28T16:47:00Z',
            'billingEmails': ['exampleCorpInvoices@example.com'], 'taxStatus': 'TAXED'}

    Attributes:
        id (str): Unique ID Example: e309e948-088e-4d77-b654-cd85498f1555.
        created_at (datetime.datetime): Created at Example: 2022-06-28T16:47:00Z.
        legal_name (str): Legal name Example: John Doe.
        address (Address): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York', 'state':
            'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        email (str): Main contact email address Example: john@example.com.
        integration_ids (list[IntegrationId2]): External services which are linked to this customer Example:
            [{'service': 'Xero', 'id': 'ID', 'lastSynced': '2022-06-28T16:47:00Z', 'isPending': False}, {'service':
            'Stripe', 'id': 'cus_OCtCxqQDgu1uX9', 'lastSynced': '2022-06-28T16:47:00Z', 'isPending': False}].
        billing_emails (list[str]): Billing email addresses Example: ['exampleCorpInvoices@example.com'].
        tax_status (TaxStatus):  Example: TAXED.
        contact_name (None | str | Unset): Contact Name Example: John Doe.
        telephone (None | str | Unset): Telephone Example: 02010001000.
        url (None | str | Unset): URL Example: https://example.com/.
        label (None | str | Unset): Label Example: Example customer.
        archived_at (datetime.datetime | None | Unset): Date and time the Customer was archived Example:
            2022-06-28T16:47:00Z.
    """

    id: str
    created_at: datetime.datetime
    legal_name: str
    address: Address
    email: str
    integration_ids: list[IntegrationId2]
    billing_emails: list[str]
    tax_status: TaxStatus
    contact_name: None | str | Unset = UNSET
    telephone: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        created_at = self.created_at.isoformat()

        legal_name = self.legal_name

        address = self.address.to_dict()

        email = self.email

        integration_ids = []
        for integration_ids_item_data in self.integration_ids:
            integration_ids_item = integration_ids_item_data.to_dict()
            integration_ids.append(integration_ids_item)

        billing_emails = self.billing_emails

        tax_status = self.tax_status.value

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        telephone: None | str | Unset
        if isinstance(self.telephone, Unset):
            telephone = UNSET
        else:
            telephone = self.telephone

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

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "legalName": legal_name,
                "address": address,
                "email": email,
                "integrationIds": integration_ids,
                "billingEmails": billing_emails,
                "taxStatus": tax_status,
            }
        )
        if contact_name is not UNSET:
            field_dict["contactName"] = contact_name
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if url is not UNSET:
            field_dict["url"] = url
        if label is not UNSET:
            field_dict["label"] = label
        if archived_at is not UNSET:
            field_dict["archivedAt"] = archived_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.integration_id_2 import IntegrationId2  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        legal_name = d.pop("legalName")

        address = Address.from_dict(d.pop("address"))

        email = d.pop("email")

        integration_ids = []
        _integration_ids = d.pop("integrationIds")
        for integration_ids_item_data in _integration_ids:
            integration_ids_item = IntegrationId2.from_dict(integration_ids_item_data)

            integration_ids.append(integration_ids_item)

        billing_emails = cast(list[str], d.pop("billingEmails"))

        tax_status = TaxStatus(d.pop("taxStatus"))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contactName", UNSET))

        def _parse_telephone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        telephone = _parse_telephone(d.pop("telephone", UNSET))

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

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archivedAt", UNSET))

        customer_20240509 = cls(
            id=id,
            created_at=created_at,
            legal_name=legal_name,
            address=address,
            email=email,
            integration_ids=integration_ids,
            billing_emails=billing_emails,
            tax_status=tax_status,
            contact_name=contact_name,
            telephone=telephone,
            url=url,
            label=label,
            archived_at=archived_at,
        )

        customer_20240509.additional_properties = d
        return customer_20240509

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
