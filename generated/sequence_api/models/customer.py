from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_status import CustomerStatus
from ..models.tax_status import TaxStatus
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contact import Contact
    from ..models.customer_custom_properties import CustomerCustomProperties
    from ..models.customer_organization import CustomerOrganization
    from ..models.integration_id_2 import IntegrationId2


T = TypeVar("T", bound="Customer")


@_attrs_define(init=False, slots=False, eq=False)
class Customer:
    """
    Example:
        {'id': 'e309e948-088e-4d77-b654-cd85498f1555', 'createdAt': '2021-01-02T10:55:00Z', 'organizations': [{'id':
            'c0dc4e79-ec52-4811-8cf5-addb2527915c', 'owner': {'id': '50af5191-05a3-42a5-802a-6b59091157af', 'name': 'FinTech
            Solutions Inc.'}, 'members': [{'id': 'e309e948-088e-4d77-b654-cd85498f1555', 'name': 'Fintech Payment
            Processing'}, {'id': '50af5191-05a3-42a5-802a-6b59091157af', 'name': 'Fintech Lending Services'}]}],
            'legalName': 'Fintech Payment Processing', 'address': {'line1': '7500 Bluewater Rd NW', 'town': 'Albuquerque',
            'state': 'NY', 'postcode': '87121', 'country': 'US'}, 'url': 'https://example.com/', 'domain': 'example.com',
            'label': 'Example customer', 'integrationIds': [{'service': 'Xero', 'id':
            '2aaff66f-ef30-4599-b192-c168fd4cd226', 'lastSynced': '2024-03-28T16:47:00Z', 'isPending': False}, {'service':
            'Stripe', 'id': 'cus_OCtCxqQDgu1uX9', 'lastSynced': '2024-03-28T16:47:00Z', 'isPending': False}], 'archivedAt':
            '2025-08-28T12:00:00Z', 'taxStatus': 'TAXED', 'contacts': [{'id': '9a1e38a9-4dc9-776f-f974-4e7ee9f4d6cc',
            'name': 'John Smith', 'email': 'john.smith@example.com', 'billingPreference': 'NONE', 'createdAt':
            '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z', 'archivedAt': '2023-06-28T16:47:00Z'}], 'status':
            'ACTIVE', 'customProperties': {'region': 'EU', 'tier': 'gold'}}

    Attributes:
        id (str): Unique ID Example: e309e948-088e-4d77-b654-cd85498f1555.
        created_at (datetime.datetime): Time at which the customer was initially created, in ISO 8601 format Example:
            2021-01-02T10:55:00Z.
        organizations (list[CustomerOrganization]): Organizations that this customer is a member of Example: [{'id':
            'c0dc4e79-ec52-4811-8cf5-addb2527915c', 'owner': {'id': '50af5191-05a3-42a5-802a-6b59091157af', 'name': 'FinTech
            Solutions Inc.'}, 'members': [{'id': 'e309e948-088e-4d77-b654-cd85498f1555', 'name': 'Fintech Payment
            Processing'}, {'id': '50af5191-05a3-42a5-802a-6b59091157af', 'name': 'Fintech Lending Services'}]}].
        legal_name (str): Legal name Example: Fintech Payment Processing.
        address (Address): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York', 'state':
            'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        integration_ids (list[IntegrationId2]): External services which are linked to this customer Example:
            [{'service': 'Xero', 'id': '2aaff66f-ef30-4599-b192-c168fd4cd226', 'lastSynced': '2024-03-28T16:47:00Z',
            'isPending': False}, {'service': 'Stripe', 'id': 'cus_OCtCxqQDgu1uX9', 'lastSynced': '2024-03-28T16:47:00Z',
            'isPending': False}].
        tax_status (TaxStatus):  Example: TAXED.
        contacts (list[Contact]): Contacts for this customer Example: [{'id': '9a1e38a9-4dc9-776f-f974-4e7ee9f4d6cc',
            'name': 'John Smith', 'email': 'john.smith@example.com', 'billingPreference': 'NONE', 'createdAt':
            '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z', 'archivedAt': '2023-06-28T16:47:00Z'}].
        status (CustomerStatus):  Example: ACTIVE.
        custom_properties (CustomerCustomProperties): Custom key-value properties for this customer Example: {'region':
            'EU', 'tier': 'gold'}.
        url (str | None): URL Example: https://example.com/.
        domain (str | None): Customer's primary domain name Example: example.com.
        label (str | None): Label Example: Example customer.
        archived_at (datetime.datetime | None): Time at which the customer was archived, in ISO 8601 format Example:
            2025-08-28T12:00:00Z.
    """

    id: str
    created_at: datetime.datetime
    organizations: list[CustomerOrganization]
    legal_name: str
    address: Address
    integration_ids: list[IntegrationId2]
    tax_status: TaxStatus
    contacts: list[Contact]
    status: CustomerStatus
    custom_properties: CustomerCustomProperties
    url: str | None = ABSENT
    domain: str | None = ABSENT
    label: str | None = ABSENT
    archived_at: datetime.datetime | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "url": 1,
        "domain": 2,
        "label": 4,
        "archived_at": 8,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
            "domain",
            "label",
            "archived_at",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created_at",
            "organizations",
            "legal_name",
            "address",
            "integration_ids",
            "tax_status",
            "contacts",
            "status",
            "custom_properties",
            "url",
            "domain",
            "label",
            "archived_at",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        created_at: datetime.datetime,
        organizations: list[CustomerOrganization],
        legal_name: str,
        address: Address,
        integration_ids: list[IntegrationId2],
        tax_status: TaxStatus,
        contacts: list[Contact],
        status: CustomerStatus,
        custom_properties: CustomerCustomProperties,
        url: str | None = ABSENT,
        domain: str | None = ABSENT,
        label: str | None = ABSENT,
        archived_at: datetime.datetime | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if url is ABSENT:
            url = None
        else:
            _given_ |= 1
        if domain is ABSENT:
            domain = None
        else:
            _given_ |= 2
        if label is ABSENT:
            label = None
        else:
            _given_ |= 4
        if archived_at is ABSENT:
            archived_at = None
        else:
            _given_ |= 8
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "created_at": created_at,
                "organizations": organizations,
                "legal_name": legal_name,
                "address": address,
                "integration_ids": integration_ids,
                "tax_status": tax_status,
                "contacts": contacts,
                "status": status,
                "custom_properties": custom_properties,
                "url": url,
                "domain": domain,
                "label": label,
                "archived_at": archived_at,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is Customer:  # a subclass may add its own
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            bit = self._FIELD_BITS.get(name)
            if bit is None:
                object.__setattr__(self, name, value)
            elif value is ABSENT:
                object.__setattr__(self, name, None)
                self.__dict__["_given_bits"] = self.__dict__.get("_given_bits", 0) & ~bit
            else:
                object.__setattr__(self, name, value)
                self.__dict__["_given_bits"] = self.__dict__.get("_given_bits", 0) | bit

        def __delattr__(self, name: str) -> None:
            """Deleting an optional field makes it absent; a required field cannot be deleted."""
            if name not in self._FIELD_BITS:
                raise AttributeError(f"cannot delete {name!r}: not an optional field of {type(self).__name__}")
            self.__setattr__(name, ABSENT)

    def __eq__(self, other: object) -> bool:
        """Equal fields, unknown fields and the same fields given (absent is not null)."""
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as attrs' own eq=True would leave it

    @property
    def fields_set(self) -> frozenset[str]:
        """The optional fields that were given (in the JSON, to the constructor or by assignment), even as None.

        A field not in it is absent: it reads as None and `to_dict` leaves it out; a field in it
        that reads None is the JSON `null`. Required fields are not listed."""
        given = self.__dict__.get("_given_bits", 0)
        return frozenset(name for name, bit in self._FIELD_BITS.items() if given & bit)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        created_at = self.created_at.isoformat()

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        legal_name = self.legal_name

        address = self.address.to_dict()

        integration_ids = []
        for integration_ids_item_data in self.integration_ids:
            integration_ids_item = integration_ids_item_data.to_dict()
            integration_ids.append(integration_ids_item)

        tax_status = self.tax_status.value

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        status = self.status.value

        custom_properties = self.custom_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "organizations": organizations,
                "legalName": legal_name,
                "address": address,
                "integrationIds": integration_ids,
                "taxStatus": tax_status,
                "contacts": contacts,
                "status": status,
                "customProperties": custom_properties,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.url is None:
                field_dict["url"] = None
            else:
                url: None | str
                url = self.url
                field_dict["url"] = url
        if _given_ & 2:
            if self.domain is None:
                field_dict["domain"] = None
            else:
                domain: None | str
                domain = self.domain
                field_dict["domain"] = domain
        if _given_ & 4:
            if self.label is None:
                field_dict["label"] = None
            else:
                label: None | str
                label = self.label
                field_dict["label"] = label
        if _given_ & 8:
            if self.archived_at is None:
                field_dict["archivedAt"] = None
            else:
                archived_at: None | str
                if isinstance(self.archived_at, datetime.datetime):
                    archived_at = self.archived_at.isoformat()
                else:
                    archived_at = self.archived_at
                field_dict["archivedAt"] = archived_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.customer_custom_properties import CustomerCustomProperties  # noqa: PLC0415
        from ..models.customer_organization import CustomerOrganization  # noqa: PLC0415
        from ..models.integration_id_2 import IntegrationId2  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in _organizations:
            organizations_item = CustomerOrganization.from_dict(organizations_item_data)

            organizations.append(organizations_item)

        legal_name = d.pop("legalName")

        address = Address.from_dict(d.pop("address"))

        integration_ids = []
        _integration_ids = d.pop("integrationIds")
        for integration_ids_item_data in _integration_ids:
            integration_ids_item = IntegrationId2.from_dict(integration_ids_item_data)

            integration_ids.append(integration_ids_item)

        tax_status = TaxStatus(d.pop("taxStatus"))

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = Contact.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        status = CustomerStatus(d.pop("status"))

        custom_properties = CustomerCustomProperties.from_dict(d.pop("customProperties"))

        url_json_ = d.pop("url", ABSENT)
        url: str | None
        if url_json_ is ABSENT:
            url = None
        else:
            _given_ |= 1

            def _parse_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            url = _parse_url(url_json_)

        domain_json_ = d.pop("domain", ABSENT)
        domain: str | None
        if domain_json_ is ABSENT:
            domain = None
        else:
            _given_ |= 2

            def _parse_domain(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            domain = _parse_domain(domain_json_)

        label_json_ = d.pop("label", ABSENT)
        label: str | None
        if label_json_ is ABSENT:
            label = None
        else:
            _given_ |= 4

            def _parse_label(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            label = _parse_label(label_json_)

        archived_at_json_ = d.pop("archivedAt", ABSENT)
        archived_at: datetime.datetime | None
        if archived_at_json_ is ABSENT:
            archived_at = None
        else:
            _given_ |= 8

            def _parse_archived_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    archived_at_type_0 = datetime.datetime.fromisoformat(data)

                    return archived_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            archived_at = _parse_archived_at(archived_at_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "created_at": created_at,
                "organizations": organizations,
                "legal_name": legal_name,
                "address": address,
                "integration_ids": integration_ids,
                "tax_status": tax_status,
                "contacts": contacts,
                "status": status,
                "custom_properties": custom_properties,
                "url": url,
                "domain": domain,
                "label": label,
                "archived_at": archived_at,
                "additional_properties": additional_properties_,
                "_given_bits": _given_,
            },
        )
        return _model_

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
