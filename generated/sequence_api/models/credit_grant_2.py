from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_type import CreditType
from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditGrant2")


@_attrs_define
class CreditGrant2:
    """
    Example:
        {'id': '5a0faea3-7ad5-4a83-a420-09bb6576f7e6', 'sequenceAccountId': 'a507e782-d26b-4d34-92b9-aacd1667e1f0',
            'customerId': 'eabb3196-9c73-4c0d-b508-d3c4fc7b2cbb', 'type': 'CASH', 'currency': 'GBP', 'metricId':
            'b84f5290-fe95-4c6f-bedc-477700125265', 'name': 'GBP', 'originalAmount': '10', 'currentBalance': '1',
            'expiryDate': '2024-01-02', 'costOfCredit': '10', 'taxRateId': 'b3c37ea3-96bb-44fb-baed-01eb38d3328e',
            'effectiveDate': '2024-01-01', 'createdAt': '2024-01-01T12:00:00Z'}

    Attributes:
        id (str): Credit Grant ID Example: 5a0faea3-7ad5-4a83-a420-09bb6576f7e6.
        sequence_account_id (str): Sequence account ID Example: a507e782-d26b-4d34-92b9-aacd1667e1f0.
        customer_id (str): Customer ID Example: eabb3196-9c73-4c0d-b508-d3c4fc7b2cbb.
        type_ (CreditType):  Example: CASH.
        currency (Currency):  Example: GBP.
        name (str): Name of the Credit - will either be the currency or name of the metric Example: GBP.
        original_amount (str): Amount of credits originally granted Example: 10.
        current_balance (str): Amount remaining of Credits Granted Example: 1.
        cost_of_credit (str): Cost of credit grant Example: 10.
        created_at (datetime.datetime): The created at Example: 2024-01-01T12:00:00Z.
        metric_id (None | str | Unset): Usage metric ID (if type is USAGE) Example:
            b84f5290-fe95-4c6f-bedc-477700125265.
        expiry_date (None | str | Unset): Last Day Credit Grant can be consumed Example: 2024-01-02.
        tax_rate_id (None | str | Unset): Tax Rate ID for Credit Purchase Example: b3c37ea3-96bb-44fb-baed-01eb38d3328e.
        effective_date (None | str | Unset): First Day Credit Grant can be consumed Example: 2024-01-01.
    """

    id: str
    sequence_account_id: str
    customer_id: str
    type_: CreditType
    currency: Currency
    name: str
    original_amount: str
    current_balance: str
    cost_of_credit: str
    created_at: datetime.datetime
    metric_id: None | str | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    tax_rate_id: None | str | Unset = UNSET
    effective_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        sequence_account_id = self.sequence_account_id

        customer_id = self.customer_id

        type_ = self.type_.value

        currency = self.currency.value

        name = self.name

        original_amount = self.original_amount

        current_balance = self.current_balance

        cost_of_credit = self.cost_of_credit

        created_at = self.created_at.isoformat()

        metric_id: None | str | Unset
        if isinstance(self.metric_id, Unset):
            metric_id = UNSET
        else:
            metric_id = self.metric_id

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = self.expiry_date

        tax_rate_id: None | str | Unset
        if isinstance(self.tax_rate_id, Unset):
            tax_rate_id = UNSET
        else:
            tax_rate_id = self.tax_rate_id

        effective_date: None | str | Unset
        if isinstance(self.effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = self.effective_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "customerId": customer_id,
                "type": type_,
                "currency": currency,
                "name": name,
                "originalAmount": original_amount,
                "currentBalance": current_balance,
                "costOfCredit": cost_of_credit,
                "createdAt": created_at,
            }
        )
        if metric_id is not UNSET:
            field_dict["metricId"] = metric_id
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if tax_rate_id is not UNSET:
            field_dict["taxRateId"] = tax_rate_id
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        sequence_account_id = d.pop("sequenceAccountId")

        customer_id = d.pop("customerId")

        type_ = CreditType(d.pop("type"))

        currency = Currency(d.pop("currency"))

        name = d.pop("name")

        original_amount = d.pop("originalAmount")

        current_balance = d.pop("currentBalance")

        cost_of_credit = d.pop("costOfCredit")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_metric_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metric_id = _parse_metric_id(d.pop("metricId", UNSET))

        def _parse_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiryDate", UNSET))

        def _parse_tax_rate_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_rate_id = _parse_tax_rate_id(d.pop("taxRateId", UNSET))

        def _parse_effective_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_date = _parse_effective_date(d.pop("effectiveDate", UNSET))

        credit_grant_2 = cls(
            id=id,
            sequence_account_id=sequence_account_id,
            customer_id=customer_id,
            type_=type_,
            currency=currency,
            name=name,
            original_amount=original_amount,
            current_balance=current_balance,
            cost_of_credit=cost_of_credit,
            created_at=created_at,
            metric_id=metric_id,
            expiry_date=expiry_date,
            tax_rate_id=tax_rate_id,
            effective_date=effective_date,
        )

        credit_grant_2.additional_properties = d
        return credit_grant_2

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
