from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_status import TaxStatus
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.integration_id_2 import IntegrationId2


T = TypeVar("T", bound="Customer20240509")


@_attrs_define(init=False, slots=False, eq=False)
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
        contact_name (str | None): Contact Name Example: John Doe.
        telephone (str | None): Telephone Example: 02010001000.
        url (str | None): URL Example: https://example.com/.
        label (str | None): Label Example: Example customer.
        archived_at (datetime.datetime | None): Date and time the Customer was archived Example: 2022-06-28T16:47:00Z.
    """

    id: str
    created_at: datetime.datetime
    legal_name: str
    address: Address
    email: str
    integration_ids: list[IntegrationId2]
    billing_emails: list[str]
    tax_status: TaxStatus
    contact_name: str | None = ABSENT
    telephone: str | None = ABSENT
    url: str | None = ABSENT
    label: str | None = ABSENT
    archived_at: datetime.datetime | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "contact_name": 1,
        "telephone": 2,
        "url": 4,
        "label": 8,
        "archived_at": 16,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "contact_name",
            "telephone",
            "url",
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
            "legal_name",
            "address",
            "email",
            "integration_ids",
            "billing_emails",
            "tax_status",
            "contact_name",
            "telephone",
            "url",
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
        legal_name: str,
        address: Address,
        email: str,
        integration_ids: list[IntegrationId2],
        billing_emails: list[str],
        tax_status: TaxStatus,
        contact_name: str | None = ABSENT,
        telephone: str | None = ABSENT,
        url: str | None = ABSENT,
        label: str | None = ABSENT,
        archived_at: datetime.datetime | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if contact_name is ABSENT:
            contact_name = None
        else:
            _given_ |= 1
        if telephone is ABSENT:
            telephone = None
        else:
            _given_ |= 2
        if url is ABSENT:
            url = None
        else:
            _given_ |= 4
        if label is ABSENT:
            label = None
        else:
            _given_ |= 8
        if archived_at is ABSENT:
            archived_at = None
        else:
            _given_ |= 16
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "created_at": created_at,
                "legal_name": legal_name,
                "address": address,
                "email": email,
                "integration_ids": integration_ids,
                "billing_emails": billing_emails,
                "tax_status": tax_status,
                "contact_name": contact_name,
                "telephone": telephone,
                "url": url,
                "label": label,
                "archived_at": archived_at,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is Customer20240509:  # a subclass may add its own
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

        legal_name = self.legal_name

        address = self.address.to_dict()

        email = self.email

        integration_ids = []
        for integration_ids_item_data in self.integration_ids:
            integration_ids_item = integration_ids_item_data.to_dict()
            integration_ids.append(integration_ids_item)

        billing_emails = self.billing_emails

        tax_status = self.tax_status.value

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
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.contact_name is None:
                field_dict["contactName"] = None
            else:
                contact_name: None | str
                contact_name = self.contact_name
                field_dict["contactName"] = contact_name
        if _given_ & 2:
            if self.telephone is None:
                field_dict["telephone"] = None
            else:
                telephone: None | str
                telephone = self.telephone
                field_dict["telephone"] = telephone
        if _given_ & 4:
            if self.url is None:
                field_dict["url"] = None
            else:
                url: None | str
                url = self.url
                field_dict["url"] = url
        if _given_ & 8:
            if self.label is None:
                field_dict["label"] = None
            else:
                label: None | str
                label = self.label
                field_dict["label"] = label
        if _given_ & 16:
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
        from ..models.integration_id_2 import IntegrationId2  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
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

        contact_name_json_ = d.pop("contactName", ABSENT)
        contact_name: str | None
        if contact_name_json_ is ABSENT:
            contact_name = None
        else:
            _given_ |= 1

            def _parse_contact_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            contact_name = _parse_contact_name(contact_name_json_)

        telephone_json_ = d.pop("telephone", ABSENT)
        telephone: str | None
        if telephone_json_ is ABSENT:
            telephone = None
        else:
            _given_ |= 2

            def _parse_telephone(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            telephone = _parse_telephone(telephone_json_)

        url_json_ = d.pop("url", ABSENT)
        url: str | None
        if url_json_ is ABSENT:
            url = None
        else:
            _given_ |= 4

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
            _given_ |= 8

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
            _given_ |= 16

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
                "legal_name": legal_name,
                "address": address,
                "email": email,
                "integration_ids": integration_ids,
                "billing_emails": billing_emails,
                "tax_status": tax_status,
                "contact_name": contact_name,
                "telephone": telephone,
                "url": url,
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
