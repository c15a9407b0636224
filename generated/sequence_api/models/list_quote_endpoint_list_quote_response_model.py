from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.quote_deal_type import QuoteDealType
from ..models.quote_status import QuoteStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListQuoteEndpointListQuoteResponseModel")


@_attrs_define
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
        customer_id (None | str | Unset): Customer ID Example: 377bf97b-ca1d-4538-be06-4022afa6bde3.
        title (None | str | Unset): The quote title Example: My quote.
        currency (Currency | Unset):  Example: GBP.
        deal_type (QuoteDealType | Unset):  Example: NEW_BUSINESS.
        preliminary_billing_start_date (None | str | Unset): Preliminary start date of contract Example: 2022-10-01.
        expires_at (None | str | Unset): Date when quote expires Example: 2022-10-01.
        published_at (None | str | Unset): Date when quote was published Example: 2022-06-28T16:47:00Z.
        accepted_at (None | str | Unset): Date when quote was accepted Example: 2022-06-28T16:47:00Z.
        executed_at (None | str | Unset): Date when quote was executed Example: 2022-06-28T16:47:00Z.
        billing_schedule_id (None | str | Unset): Billing schedule ID associated with this quote, if executed Example:
            08a76ddb-230e-4700-a5e2-70f6edaf7d50.
        expiry_days (int | None | Unset): Number of days after publishing in which quote will expire Example: 30.
        archived_at (datetime.datetime | None | Unset): Date and time the quote was archived Example:
            2022-06-28T16:47:00Z.
    """

    id: str
    created_by: str
    quote_number: str
    status: QuoteStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    is_expired: bool
    customer_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    currency: Currency | Unset = UNSET
    deal_type: QuoteDealType | Unset = UNSET
    preliminary_billing_start_date: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    published_at: None | str | Unset = UNSET
    accepted_at: None | str | Unset = UNSET
    executed_at: None | str | Unset = UNSET
    billing_schedule_id: None | str | Unset = UNSET
    expiry_days: int | None | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        created_by = self.created_by

        quote_number = self.quote_number

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        is_expired = self.is_expired

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value

        deal_type: str | Unset = UNSET
        if not isinstance(self.deal_type, Unset):
            deal_type = self.deal_type.value

        preliminary_billing_start_date: None | str | Unset
        if isinstance(self.preliminary_billing_start_date, Unset):
            preliminary_billing_start_date = UNSET
        else:
            preliminary_billing_start_date = self.preliminary_billing_start_date

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        else:
            published_at = self.published_at

        accepted_at: None | str | Unset
        if isinstance(self.accepted_at, Unset):
            accepted_at = UNSET
        else:
            accepted_at = self.accepted_at

        executed_at: None | str | Unset
        if isinstance(self.executed_at, Unset):
            executed_at = UNSET
        else:
            executed_at = self.executed_at

        billing_schedule_id: None | str | Unset
        if isinstance(self.billing_schedule_id, Unset):
            billing_schedule_id = UNSET
        else:
            billing_schedule_id = self.billing_schedule_id

        expiry_days: int | None | Unset
        if isinstance(self.expiry_days, Unset):
            expiry_days = UNSET
        else:
            expiry_days = self.expiry_days

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
                "createdBy": created_by,
                "quoteNumber": quote_number,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "isExpired": is_expired,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if title is not UNSET:
            field_dict["title"] = title
        if currency is not UNSET:
            field_dict["currency"] = currency
        if deal_type is not UNSET:
            field_dict["dealType"] = deal_type
        if preliminary_billing_start_date is not UNSET:
            field_dict["preliminaryBillingStartDate"] = preliminary_billing_start_date
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if published_at is not UNSET:
            field_dict["publishedAt"] = published_at
        if accepted_at is not UNSET:
            field_dict["acceptedAt"] = accepted_at
        if executed_at is not UNSET:
            field_dict["executedAt"] = executed_at
        if billing_schedule_id is not UNSET:
            field_dict["billingScheduleId"] = billing_schedule_id
        if expiry_days is not UNSET:
            field_dict["expiryDays"] = expiry_days
        if archived_at is not UNSET:
            field_dict["archivedAt"] = archived_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        created_by = d.pop("createdBy")

        quote_number = d.pop("quoteNumber")

        status = QuoteStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        is_expired = d.pop("isExpired")

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency(_currency)

        _deal_type = d.pop("dealType", UNSET)
        deal_type: QuoteDealType | Unset
        if isinstance(_deal_type, Unset):
            deal_type = UNSET
        else:
            deal_type = QuoteDealType(_deal_type)

        def _parse_preliminary_billing_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preliminary_billing_start_date = _parse_preliminary_billing_start_date(
            d.pop("preliminaryBillingStartDate", UNSET)
        )

        def _parse_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expires_at = _parse_expires_at(d.pop("expiresAt", UNSET))

        def _parse_published_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_at = _parse_published_at(d.pop("publishedAt", UNSET))

        def _parse_accepted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accepted_at = _parse_accepted_at(d.pop("acceptedAt", UNSET))

        def _parse_executed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        executed_at = _parse_executed_at(d.pop("executedAt", UNSET))

        def _parse_billing_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_schedule_id = _parse_billing_schedule_id(d.pop("billingScheduleId", UNSET))

        def _parse_expiry_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiry_days = _parse_expiry_days(d.pop("expiryDays", UNSET))

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

        list_quote_endpoint_list_quote_response_model = cls(
            id=id,
            created_by=created_by,
            quote_number=quote_number,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            is_expired=is_expired,
            customer_id=customer_id,
            title=title,
            currency=currency,
            deal_type=deal_type,
            preliminary_billing_start_date=preliminary_billing_start_date,
            expires_at=expires_at,
            published_at=published_at,
            accepted_at=accepted_at,
            executed_at=executed_at,
            billing_schedule_id=billing_schedule_id,
            expiry_days=expiry_days,
            archived_at=archived_at,
        )

        list_quote_endpoint_list_quote_response_model.additional_properties = d
        return list_quote_endpoint_list_quote_response_model

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
