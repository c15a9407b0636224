from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.quote_deal_type import QuoteDealType
from ..models.quote_status import QuoteStatus
from ..types import ABSENT

T = TypeVar("T", bound="ListQuoteEndpointListQuoteResponseModel")


@_attrs_define(init=False, slots=False, eq=False)
class ListQuoteEndpointListQuoteResponseModel:
    """
    Example:
        {'id': '678ca125-8bc3-478f-9a96-6ba73605cf1e', 'createdBy': '4ffd439e-32e5-4046-bb40-3cb81f40e5da',
            'customerId': '377bf97b-ca1d-4538-be06-4022afa6bde3', 'quoteNumber': 'Q00001', 'title': 'My quote', 'currency':
            'GBP', 'status': 'DRAFT', 'dealType': 'NEW_BUSINESS', 'preliminaryBillingStartDate': '2022-10-01', 'expiresAt':
            '2022-10-01', 'publishedAt': '2022-06-28T16:47:00Z', 'acceptedAt': '2022-06-28T16:47:00Z', 'executedAt':
            '2022-06-28T16:47:00Z', 'createdAt': '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z',
            'billingScheduleId': '08a76ddb-230e-4700-a5e2-70f6edaf7d50', 'expiryDays': 30, 'archivedAt':
            '2022-06-28T16:47:00Z', 'isExpired': True}

    Attributes:
        id (str): Quote ID Example: 678ca125-8bc3-478f-9a96-6ba73605cf1e.
        created_by (str): The Sequence User to which this Quote belongs Example: 4ffd439e-32e5-4046-bb40-3cb81f40e5da.
        quote_number (str): An alpha-numeric value that identifies the quote. Leave blank for an auto-generated
            incrementing quote number. Example: Q00001.
        status (QuoteStatus):  Example: DRAFT.
        created_at (datetime.datetime): Created at Example: 2022-06-28T16:47:00Z.
        updated_at (datetime.datetime): Updated at Example: 2022-06-28T16:47:00Z.
        is_expired (bool): True if the quote expiry date has passed Example: True.
        customer_id (str | None): Customer ID Example: 377bf97b-ca1d-4538-be06-4022afa6bde3.
        title (str | None): The quote title Example: My quote.
        currency (Currency | None):  Example: GBP.
        deal_type (QuoteDealType | None):  Example: NEW_BUSINESS.
        preliminary_billing_start_date (str | None): Preliminary start date of contract Example: 2022-10-01.
        expires_at (str | None): Date when quote expires Example: 2022-10-01.
        published_at (str | None): Date when quote was published Example: 2022-06-28T16:47:00Z.
        accepted_at (str | None): Date when quote was accepted Example: 2022-06-28T16:47:00Z.
        executed_at (str | None): Date when quote was executed Example: 2022-06-28T16:47:00Z.
        billing_schedule_id (str | None): Billing schedule ID associated with this quote, if executed Example:
            08a76ddb-230e-4700-a5e2-70f6edaf7d50.
        expiry_days (int | None): Number of days after publishing in which quote will expire Example: 30.
        archived_at (datetime.datetime | None): Date and time the quote was archived Example: 2022-06-28T16:47:00Z.
    """

    id: str
    created_by: str
    quote_number: str
    status: QuoteStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    is_expired: bool
    customer_id: str | None = ABSENT
    title: str | None = ABSENT
    currency: Currency | None = ABSENT
    deal_type: QuoteDealType | None = ABSENT
    preliminary_billing_start_date: str | None = ABSENT
    expires_at: str | None = ABSENT
    published_at: str | None = ABSENT
    accepted_at: str | None = ABSENT
    executed_at: str | None = ABSENT
    billing_schedule_id: str | None = ABSENT
    expiry_days: int | None = ABSENT
    archived_at: datetime.datetime | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "customer_id": 1,
        "title": 2,
        "currency": 4,
        "deal_type": 8,
        "preliminary_billing_start_date": 16,
        "expires_at": 32,
        "published_at": 64,
        "accepted_at": 128,
        "executed_at": 256,
        "billing_schedule_id": 512,
        "expiry_days": 1024,
        "archived_at": 2048,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "customer_id",
            "title",
            "currency",
            "deal_type",
            "preliminary_billing_start_date",
            "expires_at",
            "published_at",
            "accepted_at",
            "executed_at",
            "billing_schedule_id",
            "expiry_days",
            "archived_at",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "currency",
            "deal_type",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created_by",
            "quote_number",
            "status",
            "created_at",
            "updated_at",
            "is_expired",
            "customer_id",
            "title",
            "currency",
            "deal_type",
            "preliminary_billing_start_date",
            "expires_at",
            "published_at",
            "accepted_at",
            "executed_at",
            "billing_schedule_id",
            "expiry_days",
            "archived_at",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        created_by: str,
        quote_number: str,
        status: QuoteStatus,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        is_expired: bool,
        customer_id: str | None = ABSENT,
        title: str | None = ABSENT,
        currency: Currency | None = ABSENT,
        deal_type: QuoteDealType | None = ABSENT,
        preliminary_billing_start_date: str | None = ABSENT,
        expires_at: str | None = ABSENT,
        published_at: str | None = ABSENT,
        accepted_at: str | None = ABSENT,
        executed_at: str | None = ABSENT,
        billing_schedule_id: str | None = ABSENT,
        expiry_days: int | None = ABSENT,
        archived_at: datetime.datetime | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if customer_id is ABSENT:
            customer_id = None
        else:
            _given_ |= 1
        if title is ABSENT:
            title = None
        else:
            _given_ |= 2
        if currency is ABSENT:
            currency = None
        else:
            _given_ |= 4
        if deal_type is ABSENT:
            deal_type = None
        else:
            _given_ |= 8
        if preliminary_billing_start_date is ABSENT:
            preliminary_billing_start_date = None
        else:
            _given_ |= 16
        if expires_at is ABSENT:
            expires_at = None
        else:
            _given_ |= 32
        if published_at is ABSENT:
            published_at = None
        else:
            _given_ |= 64
        if accepted_at is ABSENT:
            accepted_at = None
        else:
            _given_ |= 128
        if executed_at is ABSENT:
            executed_at = None
        else:
            _given_ |= 256
        if billing_schedule_id is ABSENT:
            billing_schedule_id = None
        else:
            _given_ |= 512
        if expiry_days is ABSENT:
            expiry_days = None
        else:
            _given_ |= 1024
        if archived_at is ABSENT:
            archived_at = None
        else:
            _given_ |= 2048
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "created_by": created_by,
                "quote_number": quote_number,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
                "is_expired": is_expired,
                "customer_id": customer_id,
                "title": title,
                "currency": currency,
                "deal_type": deal_type,
                "preliminary_billing_start_date": preliminary_billing_start_date,
                "expires_at": expires_at,
                "published_at": published_at,
                "accepted_at": accepted_at,
                "executed_at": executed_at,
                "billing_schedule_id": billing_schedule_id,
                "expiry_days": expiry_days,
                "archived_at": archived_at,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is ListQuoteEndpointListQuoteResponseModel
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
        id = self.id

        created_by = self.created_by

        quote_number = self.quote_number

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        is_expired = self.is_expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdBy": created_by,
                "quoteNumber": quote_number,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "isExpired": is_expired,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.customer_id is None:
                field_dict["customerId"] = None
            else:
                customer_id: None | str
                customer_id = self.customer_id
                field_dict["customerId"] = customer_id
        if _given_ & 2:
            if self.title is None:
                field_dict["title"] = None
            else:
                title: None | str
                title = self.title
                field_dict["title"] = title
        if _given_ & 4:
            if self.currency is None:
                field_dict["currency"] = None
            else:
                currency = self.currency.value
                field_dict["currency"] = currency
        if _given_ & 8:
            if self.deal_type is None:
                field_dict["dealType"] = None
            else:
                deal_type = self.deal_type.value
                field_dict["dealType"] = deal_type
        if _given_ & 16:
            if self.preliminary_billing_start_date is None:
                field_dict["preliminaryBillingStartDate"] = None
            else:
                preliminary_billing_start_date: None | str
                preliminary_billing_start_date = self.preliminary_billing_start_date
                field_dict["preliminaryBillingStartDate"] = preliminary_billing_start_date
        if _given_ & 32:
            if self.expires_at is None:
                field_dict["expiresAt"] = None
            else:
                expires_at: None | str
                expires_at = self.expires_at
                field_dict["expiresAt"] = expires_at
        if _given_ & 64:
            if self.published_at is None:
                field_dict["publishedAt"] = None
            else:
                published_at: None | str
                published_at = self.published_at
                field_dict["publishedAt"] = published_at
        if _given_ & 128:
            if self.accepted_at is None:
                field_dict["acceptedAt"] = None
            else:
                accepted_at: None | str
                accepted_at = self.accepted_at
                field_dict["acceptedAt"] = accepted_at
        if _given_ & 256:
            if self.executed_at is None:
                field_dict["executedAt"] = None
            else:
                executed_at: None | str
                executed_at = self.executed_at
                field_dict["executedAt"] = executed_at
        if _given_ & 512:
            if self.billing_schedule_id is None:
                field_dict["billingScheduleId"] = None
            else:
                billing_schedule_id: None | str
                billing_schedule_id = self.billing_schedule_id
                field_dict["billingScheduleId"] = billing_schedule_id
        if _given_ & 1024:
            if self.expiry_days is None:
                field_dict["expiryDays"] = None
            else:
                expiry_days: int | None
                expiry_days = self.expiry_days
                field_dict["expiryDays"] = expiry_days
        if _given_ & 2048:
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
        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        created_by = d.pop("createdBy")

        quote_number = d.pop("quoteNumber")

        status = QuoteStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        is_expired = d.pop("isExpired")

        customer_id_json_ = d.pop("customerId", ABSENT)
        customer_id: str | None
        if customer_id_json_ is ABSENT:
            customer_id = None
        else:
            _given_ |= 1

            def _parse_customer_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            customer_id = _parse_customer_id(customer_id_json_)

        title_json_ = d.pop("title", ABSENT)
        title: str | None
        if title_json_ is ABSENT:
            title = None
        else:
            _given_ |= 2

            def _parse_title(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            title = _parse_title(title_json_)

        currency_json_ = d.pop("currency", ABSENT)
        currency: Currency | None
        if currency_json_ is ABSENT:
            currency = None
        else:
            _given_ |= 4
            currency = Currency(currency_json_)

        deal_type_json_ = d.pop("dealType", ABSENT)
        deal_type: QuoteDealType | None
        if deal_type_json_ is ABSENT:
            deal_type = None
        else:
            _given_ |= 8
            deal_type = QuoteDealType(deal_type_json_)

        preliminary_billing_start_date_json_ = d.pop("preliminaryBillingStartDate", ABSENT)
        preliminary_billing_start_date: str | None
        if preliminary_billing_start_date_json_ is ABSENT:
            preliminary_billing_start_date = None
        else:
            _given_ |= 16

            def _parse_preliminary_billing_start_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            preliminary_billing_start_date = _parse_preliminary_billing_start_date(preliminary_billing_start_date_json_)

        expires_at_json_ = d.pop("expiresAt", ABSENT)
        expires_at: str | None
        if expires_at_json_ is ABSENT:
            expires_at = None
        else:
            _given_ |= 32

            def _parse_expires_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            expires_at = _parse_expires_at(expires_at_json_)

        published_at_json_ = d.pop("publishedAt", ABSENT)
        published_at: str | None
        if published_at_json_ is ABSENT:
            published_at = None
        else:
            _given_ |= 64

            def _parse_published_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            published_at = _parse_published_at(published_at_json_)

        accepted_at_json_ = d.pop("acceptedAt", ABSENT)
        accepted_at: str | None
        if accepted_at_json_ is ABSENT:
            accepted_at = None
        else:
            _given_ |= 128

            def _parse_accepted_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            accepted_at = _parse_accepted_at(accepted_at_json_)

        executed_at_json_ = d.pop("executedAt", ABSENT)
        executed_at: str | None
        if executed_at_json_ is ABSENT:
            executed_at = None
        else:
            _given_ |= 256

            def _parse_executed_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            executed_at = _parse_executed_at(executed_at_json_)

        billing_schedule_id_json_ = d.pop("billingScheduleId", ABSENT)
        billing_schedule_id: str | None
        if billing_schedule_id_json_ is ABSENT:
            billing_schedule_id = None
        else:
            _given_ |= 512

            def _parse_billing_schedule_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            billing_schedule_id = _parse_billing_schedule_id(billing_schedule_id_json_)

        expiry_days_json_ = d.pop("expiryDays", ABSENT)
        expiry_days: int | None
        if expiry_days_json_ is ABSENT:
            expiry_days = None
        else:
            _given_ |= 1024

            def _parse_expiry_days(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            expiry_days = _parse_expiry_days(expiry_days_json_)

        archived_at_json_ = d.pop("archivedAt", ABSENT)
        archived_at: datetime.datetime | None
        if archived_at_json_ is ABSENT:
            archived_at = None
        else:
            _given_ |= 2048

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
                "created_by": created_by,
                "quote_number": quote_number,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
                "is_expired": is_expired,
                "customer_id": customer_id,
                "title": title,
                "currency": currency,
                "deal_type": deal_type,
                "preliminary_billing_start_date": preliminary_billing_start_date,
                "expires_at": expires_at,
                "published_at": published_at,
                "accepted_at": accepted_at,
                "executed_at": executed_at,
                "billing_schedule_id": billing_schedule_id,
                "expiry_days": expiry_days,
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
