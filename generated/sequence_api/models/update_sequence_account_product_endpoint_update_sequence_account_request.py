from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..types import ABSENT

T = TypeVar("T", bound="UpdateSequenceAccountProductEndpointUpdateSequenceAccountRequest")


@_attrs_define(init=False, slots=False, eq=False)
class UpdateSequenceAccountProductEndpointUpdateSequenceAccountRequest:
    """
    Example:
        {'companyName': 'Acme Inc.', 'companyNumber': 'GB123988', 'country': 'GB', 'sendCustomerNotifications': True,
            'alertEmailAddresses': ['alerts@example.com']}

    Attributes:
        company_name (str | None): The company name of the company that owns this Sequence account. Example: Acme Inc..
        company_number (str | None): The company number of the company that owns this Sequence account. Example:
            GB123988.
        country (CountryCode | None): The country in which the company who owns this account is registered.
        send_customer_notifications (bool | None): True if Sequence should send customer notifications on your behalf.
            Example: True.
        alert_email_addresses (list[str] | None): Email address to which alert notifications will be sent Example:
            ['alerts@example.com'].
    """

    company_name: str | None = ABSENT
    company_number: str | None = ABSENT
    country: CountryCode | None = ABSENT
    send_customer_notifications: bool | None = ABSENT
    alert_email_addresses: list[str] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "company_name": 1,
        "company_number": 2,
        "country": 4,
        "send_customer_notifications": 8,
        "alert_email_addresses": 16,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "company_name",
            "company_number",
            "country",
            "send_customer_notifications",
            "alert_email_addresses",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
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
        company_name: str | None = ABSENT,
        company_number: str | None = ABSENT,
        country: CountryCode | None = ABSENT,
        send_customer_notifications: bool | None = ABSENT,
        alert_email_addresses: list[str] | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if company_name is ABSENT:
            company_name = None
        else:
            _given_ |= 1
        if company_number is ABSENT:
            company_number = None
        else:
            _given_ |= 2
        if country is ABSENT:
            country = None
        else:
            _given_ |= 4
        if send_customer_notifications is ABSENT:
            send_customer_notifications = None
        else:
            _given_ |= 8
        if alert_email_addresses is ABSENT:
            alert_email_addresses = None
        else:
            _given_ |= 16
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
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
            if (
                name not in self._ATTRIBUTES
                and type(self) is UpdateSequenceAccountProductEndpointUpdateSequenceAccountRequest
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.company_name is None:
                field_dict["companyName"] = None
            else:
                company_name: None | str
                company_name = self.company_name
                field_dict["companyName"] = company_name
        if _given_ & 2:
            if self.company_number is None:
                field_dict["companyNumber"] = None
            else:
                company_number: None | str
                company_number = self.company_number
                field_dict["companyNumber"] = company_number
        if _given_ & 4:
            if self.country is None:
                field_dict["country"] = None
            else:
                country: None | str
                if isinstance(self.country, CountryCode):
                    country = self.country.value
                else:
                    country = self.country
                field_dict["country"] = country
        if _given_ & 8:
            if self.send_customer_notifications is None:
                field_dict["sendCustomerNotifications"] = None
            else:
                send_customer_notifications: bool | None
                send_customer_notifications = self.send_customer_notifications
                field_dict["sendCustomerNotifications"] = send_customer_notifications
        if _given_ & 16:
            if self.alert_email_addresses is None:
                field_dict["alertEmailAddresses"] = None
            else:
                alert_email_addresses: list[str] | None
                if isinstance(self.alert_email_addresses, list):
                    alert_email_addresses = self.alert_email_addresses

                else:
                    alert_email_addresses = self.alert_email_addresses
                field_dict["alertEmailAddresses"] = alert_email_addresses

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
        company_name_json_ = d.pop("companyName", ABSENT)
        company_name: str | None
        if company_name_json_ is ABSENT:
            company_name = None
        else:
            _given_ |= 1

            def _parse_company_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            company_name = _parse_company_name(company_name_json_)

        company_number_json_ = d.pop("companyNumber", ABSENT)
        company_number: str | None
        if company_number_json_ is ABSENT:
            company_number = None
        else:
            _given_ |= 2

            def _parse_company_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            company_number = _parse_company_number(company_number_json_)

        country_json_ = d.pop("country", ABSENT)
        country: CountryCode | None
        if country_json_ is ABSENT:
            country = None
        else:
            _given_ |= 4

            def _parse_country(data: object) -> CountryCode | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    country_type_0 = CountryCode(data)

                    return country_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CountryCode | None, data)

            country = _parse_country(country_json_)

        send_customer_notifications_json_ = d.pop("sendCustomerNotifications", ABSENT)
        send_customer_notifications: bool | None
        if send_customer_notifications_json_ is ABSENT:
            send_customer_notifications = None
        else:
            _given_ |= 8

            def _parse_send_customer_notifications(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            send_customer_notifications = _parse_send_customer_notifications(send_customer_notifications_json_)

        alert_email_addresses_json_ = d.pop("alertEmailAddresses", ABSENT)
        alert_email_addresses: list[str] | None
        if alert_email_addresses_json_ is ABSENT:
            alert_email_addresses = None
        else:
            _given_ |= 16

            def _parse_alert_email_addresses(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    alert_email_addresses_type_0 = cast(list[str], data)

                    return alert_email_addresses_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            alert_email_addresses = _parse_alert_email_addresses(alert_email_addresses_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
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
