from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_or_update_customer_request_integration import CreateOrUpdateCustomerRequestIntegration
from ..models.customer_status import CustomerStatus
from ..models.tax_status import TaxStatus
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contact_request_model import ContactRequestModel
    from ..models.create_or_update_customer_request_custom_properties_type_0 import (
        CreateOrUpdateCustomerRequestCustomPropertiesType0,
    )
    from ..models.generate_integration_id_request import GenerateIntegrationIdRequest


T = TypeVar("T", bound="CreateOrUpdateCustomerRequest")


@_attrs_define(init=False, slots=False, eq=False)
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
        url (str | None): URL Example: https://example.com/.
        label (str | None): Label Example: Example customer.
        customer_aliases (list[str] | None): Customer aliases Example: ['b1c87177-088a-40ec-8917-9809343f3f9c'].
        integration_ids (list[GenerateIntegrationIdRequest] | None): IDs in external integrations Example: [{'service':
            'Xero', 'id': '123456789'}, {'service': 'Stripe', 'id': 'cus_OCtCxqQDgu1uX9'}, {'service': 'HubSpot', 'id':
            '123456789'}].
        parent_id (str | None): ID of a parent customer. Populate this field to create a new customeras a child customer
            of another, existing customer. Example: 50af5191-05a3-42a5-802a-6b59091157af.
        push_to_integrations (list[CreateOrUpdateCustomerRequestIntegration] | None): Automatically create customer in
            these linked integrations Example: ['Xero'].
        status (CustomerStatus | None):  Example: ACTIVE.
        custom_properties (CreateOrUpdateCustomerRequestCustomPropertiesType0 | None): Custom key-value properties.
            Providing this field replaces all existing custom properties. Omitting it leaves them unchanged. Example:
            {'region': 'EU', 'tier': 'gold'}.
    """

    legal_name: str
    address: Address
    tax_status: TaxStatus
    contacts: list[ContactRequestModel]
    url: str | None = ABSENT
    label: str | None = ABSENT
    customer_aliases: list[str] | None = ABSENT
    integration_ids: list[GenerateIntegrationIdRequest] | None = ABSENT
    parent_id: str | None = ABSENT
    push_to_integrations: list[CreateOrUpdateCustomerRequestIntegration] | None = ABSENT
    status: CustomerStatus | None = ABSENT
    custom_properties: CreateOrUpdateCustomerRequestCustomPropertiesType0 | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "url": 1,
        "label": 2,
        "customer_aliases": 4,
        "integration_ids": 8,
        "parent_id": 16,
        "push_to_integrations": 32,
        "status": 64,
        "custom_properties": 128,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
            "label",
            "customer_aliases",
            "integration_ids",
            "parent_id",
            "push_to_integrations",
            "status",
            "custom_properties",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "legal_name",
            "address",
            "tax_status",
            "contacts",
            "url",
            "label",
            "customer_aliases",
            "integration_ids",
            "parent_id",
            "push_to_integrations",
            "status",
            "custom_properties",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        legal_name: str,
        address: Address,
        tax_status: TaxStatus,
        contacts: list[ContactRequestModel],
        url: str | None = ABSENT,
        label: str | None = ABSENT,
        customer_aliases: list[str] | None = ABSENT,
        integration_ids: list[GenerateIntegrationIdRequest] | None = ABSENT,
        parent_id: str | None = ABSENT,
        push_to_integrations: list[CreateOrUpdateCustomerRequestIntegration] | None = ABSENT,
        status: CustomerStatus | None = ABSENT,
        custom_properties: CreateOrUpdateCustomerRequestCustomPropertiesType0 | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if url is ABSENT:
            url = None
        else:
            _given_ |= 1
        if label is ABSENT:
            label = None
        else:
            _given_ |= 2
        if customer_aliases is ABSENT:
            customer_aliases = None
        else:
            _given_ |= 4
        if integration_ids is ABSENT:
            integration_ids = None
        else:
            _given_ |= 8
        if parent_id is ABSENT:
            parent_id = None
        else:
            _given_ |= 16
        if push_to_integrations is ABSENT:
            push_to_integrations = None
        else:
            _given_ |= 32
        if status is ABSENT:
            status = None
        else:
            _given_ |= 64
        if custom_properties is ABSENT:
            custom_properties = None
        else:
            _given_ |= 128
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "legal_name": legal_name,
                "address": address,
                "tax_status": tax_status,
                "contacts": contacts,
                "url": url,
                "label": label,
                "customer_aliases": customer_aliases,
                "integration_ids": integration_ids,
                "parent_id": parent_id,
                "push_to_integrations": push_to_integrations,
                "status": status,
                "custom_properties": custom_properties,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is CreateOrUpdateCustomerRequest
            ):  # a subclass may add its own
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
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.url is None:
                field_dict["url"] = None
            else:
                url: None | str
                url = self.url
                field_dict["url"] = url
        if _given_ & 2:
            if self.label is None:
                field_dict["label"] = None
            else:
                label: None | str
                label = self.label
                field_dict["label"] = label
        if _given_ & 4:
            if self.customer_aliases is None:
                field_dict["customerAliases"] = None
            else:
                customer_aliases: list[str] | None
                if isinstance(self.customer_aliases, list):
                    customer_aliases = self.customer_aliases

                else:
                    customer_aliases = self.customer_aliases
                field_dict["customerAliases"] = customer_aliases
        if _given_ & 8:
            if self.integration_ids is None:
                field_dict["integrationIds"] = None
            else:
                integration_ids: list[dict[str, Any]] | None
                if isinstance(self.integration_ids, list):
                    integration_ids = []
                    for integration_ids_type_0_item_data in self.integration_ids:
                        integration_ids_type_0_item = integration_ids_type_0_item_data.to_dict()
                        integration_ids.append(integration_ids_type_0_item)

                else:
                    integration_ids = self.integration_ids
                field_dict["integrationIds"] = integration_ids
        if _given_ & 16:
            if self.parent_id is None:
                field_dict["parentId"] = None
            else:
                parent_id: None | str
                parent_id = self.parent_id
                field_dict["parentId"] = parent_id
        if _given_ & 32:
            if self.push_to_integrations is None:
                field_dict["pushToIntegrations"] = None
            else:
                push_to_integrations: list[str] | None
                if isinstance(self.push_to_integrations, list):
                    push_to_integrations = []
                    for push_to_integrations_type_0_item_data in self.push_to_integrations:
                        push_to_integrations_type_0_item = push_to_integrations_type_0_item_data.value
                        push_to_integrations.append(push_to_integrations_type_0_item)

                else:
                    push_to_integrations = self.push_to_integrations
                field_dict["pushToIntegrations"] = push_to_integrations
        if _given_ & 64:
            if self.status is None:
                field_dict["status"] = None
            else:
                status = self.status.value
                field_dict["status"] = status
        if _given_ & 128:
            if self.custom_properties is None:
                field_dict["customProperties"] = None
            else:
                custom_properties: dict[str, Any] | None
                if isinstance(self.custom_properties, CreateOrUpdateCustomerRequestCustomPropertiesType0):
                    custom_properties = self.custom_properties.to_dict()
                else:
                    custom_properties = self.custom_properties
                field_dict["customProperties"] = custom_properties

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
        from ..models.contact_request_model import ContactRequestModel  # noqa: PLC0415
        from ..models.create_or_update_customer_request_custom_properties_type_0 import (
            CreateOrUpdateCustomerRequestCustomPropertiesType0,  # noqa: PLC0415
        )
        from ..models.generate_integration_id_request import GenerateIntegrationIdRequest  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        legal_name = d.pop("legalName")

        address = Address.from_dict(d.pop("address"))

        tax_status = TaxStatus(d.pop("taxStatus"))

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ContactRequestModel.from_dict(contacts_item_data)

            contacts.append(contacts_item)

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

        label_json_ = d.pop("label", ABSENT)
        label: str | None
        if label_json_ is ABSENT:
            label = None
        else:
            _given_ |= 2

            def _parse_label(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            label = _parse_label(label_json_)

        customer_aliases_json_ = d.pop("customerAliases", ABSENT)
        customer_aliases: list[str] | None
        if customer_aliases_json_ is ABSENT:
            customer_aliases = None
        else:
            _given_ |= 4

            def _parse_customer_aliases(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    customer_aliases_type_0 = cast(list[str], data)

                    return customer_aliases_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            customer_aliases = _parse_customer_aliases(customer_aliases_json_)

        integration_ids_json_ = d.pop("integrationIds", ABSENT)
        integration_ids: list[GenerateIntegrationIdRequest] | None
        if integration_ids_json_ is ABSENT:
            integration_ids = None
        else:
            _given_ |= 8

            def _parse_integration_ids(data: object) -> list[GenerateIntegrationIdRequest] | None:
                if data is None:
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
                return cast(list[GenerateIntegrationIdRequest] | None, data)

            integration_ids = _parse_integration_ids(integration_ids_json_)

        parent_id_json_ = d.pop("parentId", ABSENT)
        parent_id: str | None
        if parent_id_json_ is ABSENT:
            parent_id = None
        else:
            _given_ |= 16

            def _parse_parent_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            parent_id = _parse_parent_id(parent_id_json_)

        push_to_integrations_json_ = d.pop("pushToIntegrations", ABSENT)
        push_to_integrations: list[CreateOrUpdateCustomerRequestIntegration] | None
        if push_to_integrations_json_ is ABSENT:
            push_to_integrations = None
        else:
            _given_ |= 32

            def _parse_push_to_integrations(data: object) -> list[CreateOrUpdateCustomerRequestIntegration] | None:
                if data is None:
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
                return cast(list[CreateOrUpdateCustomerRequestIntegration] | None, data)

            push_to_integrations = _parse_push_to_integrations(push_to_integrations_json_)

        status_json_ = d.pop("status", ABSENT)
        status: CustomerStatus | None
        if status_json_ is ABSENT:
            status = None
        else:
            _given_ |= 64
            status = CustomerStatus(status_json_)

        custom_properties_json_ = d.pop("customProperties", ABSENT)
        custom_properties: CreateOrUpdateCustomerRequestCustomPropertiesType0 | None
        if custom_properties_json_ is ABSENT:
            custom_properties = None
        else:
            _given_ |= 128

            def _parse_custom_properties(data: object) -> CreateOrUpdateCustomerRequestCustomPropertiesType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    custom_properties_type_0 = CreateOrUpdateCustomerRequestCustomPropertiesType0.from_dict(data)

                    return custom_properties_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateOrUpdateCustomerRequestCustomPropertiesType0 | None, data)

            custom_properties = _parse_custom_properties(custom_properties_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "legal_name": legal_name,
                "address": address,
                "tax_status": tax_status,
                "contacts": contacts,
                "url": url,
                "label": label,
                "customer_aliases": customer_aliases,
                "integration_ids": integration_ids,
                "parent_id": parent_id,
                "push_to_integrations": push_to_integrations,
                "status": status,
                "custom_properties": custom_properties,
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
