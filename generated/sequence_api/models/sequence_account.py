from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..types import ABSENT

T = TypeVar("T", bound="SequenceAccount")


@_attrs_define(init=False, slots=False, eq=False)
class SequenceAccount:
    """
    Example:
        {'id': 'b6b0bb79-7b03-4cc0-9c70-2d3aec3aeb17', 'createdAt': '2022-06-28T16:47:00Z', 'sequenceOrganisationId':
            'e4f49f12-38cf-4fcf-ad2a-0ae7d83d6be4', 'companyName': 'Acme Inc.', 'companyNumber': 'GB123988', 'country':
            'GB', 'sendCustomerNotifications': True, 'alertEmailAddresses': ['alerts@example.com']}

    Attributes:
        id (str): Unique identifier for the Sequence account. Example: b6b0bb79-7b03-4cc0-9c70-2d3aec3aeb17.
        created_at (datetime.datetime): The time at which the account was created. Formatted as an ISO 8601 timestamp.
            Example: 2022-06-28T16:47:00Z.
        sequence_organisation_id (str): The Sequence organisation ID that this account belongs to. Example:
            e4f49f12-38cf-4fcf-ad2a-0ae7d83d6be4.
        company_name (str): The company name of the company that owns this Sequence account. Example: Acme Inc..
        company_number (str): The company number of the company that owns this Sequence account. Example: GB123988.
        country (CountryCode):  Example: GB.
        send_customer_notifications (bool): True if Sequence should send customer notifications on your behalf. Example:
            True.
        alert_email_addresses (list[str]): List of email addresses to which alert notifications will be sent. Example:
            ['alerts@example.com'].
    """

    id: str
    created_at: datetime.datetime
    sequence_organisation_id: str
    company_name: str
    company_number: str
    country: CountryCode
    send_customer_notifications: bool
    alert_email_addresses: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {}
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created_at",
            "sequence_organisation_id",
            "company_name",
            "company_number",
            "country",
            "send_customer_notifications",
            "alert_email_addresses",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        created_at: datetime.datetime,
        sequence_organisation_id: str,
        company_name: str,
        company_number: str,
        country: CountryCode,
        send_customer_notifications: bool,
        alert_email_addresses: list[str],
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "created_at": created_at,
                "sequence_organisation_id": sequence_organisation_id,
                "company_name": company_name,
                "company_number": company_number,
                "country": country,
                "send_customer_notifications": send_customer_notifications,
                "alert_email_addresses": alert_email_addresses,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is SequenceAccount:  # a subclass may add its own
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

        sequence_organisation_id = self.sequence_organisation_id

        company_name = self.company_name

        company_number = self.company_number

        country = self.country.value

        send_customer_notifications = self.send_customer_notifications

        alert_email_addresses = self.alert_email_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "sequenceOrganisationId": sequence_organisation_id,
                "companyName": company_name,
                "companyNumber": company_number,
                "country": country,
                "sendCustomerNotifications": send_customer_notifications,
                "alertEmailAddresses": alert_email_addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        sequence_organisation_id = d.pop("sequenceOrganisationId")

        company_name = d.pop("companyName")

        company_number = d.pop("companyNumber")

        country = CountryCode(d.pop("country"))

        send_customer_notifications = d.pop("sendCustomerNotifications")

        alert_email_addresses = cast(list[str], d.pop("alertEmailAddresses"))

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "created_at": created_at,
                "sequence_organisation_id": sequence_organisation_id,
                "company_name": company_name,
                "company_number": company_number,
                "country": country,
                "send_customer_notifications": send_customer_notifications,
                "alert_email_addresses": alert_email_addresses,
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
