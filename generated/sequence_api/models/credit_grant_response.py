from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_unit_type import CreditUnitType
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_id import IntegrationId


T = TypeVar("T", bound="CreditGrantResponse")


@_attrs_define
class CreditGrantResponse:
    """
    Example:
        {'id': '746fc7f2-8098-4fe7-953c-7d51c580a126', 'sequenceAccountId': 'dce9ae85-d8d0-42b4-bcad-f221a64363c6',
            'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'name': 'Onboarding Credits', 'creditUnitType':
            'CURRENCY', 'currency': 'GBP', 'metricId': 'f092246c-6b90-4106-bcca-304ccf06bf45', 'amount': 10, 'costOfCredit':
            10, 'effectiveDate': '2023-01-01', 'expiryDate': '2023-01-31', 'createdAt': '2022-10-07T14:12:08.826121Z',
            'integrationIds': [{'service': 'Xero', 'id': '74ed2615-4730-49ab-9445-74f31723a206', 'isPending': False}]}

    Attributes:
        id (str): Credit grant ID Example: 746fc7f2-8098-4fe7-953c-7d51c580a126.
        sequence_account_id (str): Sequence account ID Example: dce9ae85-d8d0-42b4-bcad-f221a64363c6.
        customer_id (str): The ID of the customer credit is granted to Example: 61b083e0-1faa-47ca-9aeb-6205da8f6c47.
        name (str): Name of the credit grant Example: Onboarding Credits.
        credit_unit_type (CreditUnitType):  Example: CURRENCY.
        amount (float): Amount of units granted Example: 10.
        created_at (datetime.datetime): The creation timestamp Example: 2022-10-07T14:12:08.826121Z.
        integration_ids (list[IntegrationId]): IDs in external integrations Example: [{'service': 'Xero', 'id':
            '74ed2615-4730-49ab-9445-74f31723a206', 'isPending': False}].
        currency (Currency | Unset):  Example: GBP.
        metric_id (None | str | Unset): Metric ID (if creditUnitType is METRIC) Example:
            f092246c-6b90-4106-bcca-304ccf06bf45.
        cost_of_credit (float | None | Unset): Cost of credit grant, to be invoiced to the customer Example: 10.
        effective_date (None | str | Unset): First day credit grant can be consumed Example: 2023-01-01.
        expiry_date (None | str | Unset): Last day credit grant can be consumed Example: 2023-01-31.
    """

    id: str
    sequence_account_id: str
    customer_id: str
    name: str
    credit_unit_type: CreditUnitType
    amount: float
    created_at: datetime.datetime
    integration_ids: list[IntegrationId]
    currency: Currency | Unset = UNSET
    metric_id: None | str | Unset = UNSET
    cost_of_credit: float | None | Unset = UNSET
    effective_date: None | str | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        sequence_account_id = self.sequence_account_id

        customer_id = self.customer_id

        name = self.name

        credit_unit_type = self.credit_unit_type.value

        amount = self.amount

        created_at = self.created_at.isoformat()

        integration_ids = []
        for integration_ids_item_data in self.integration_ids:
            integration_ids_item = integration_ids_item_data.to_dict()
            integration_ids.append(integration_ids_item)

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value

        metric_id: None | str | Unset
        if isinstance(self.metric_id, Unset):
            metric_id = UNSET
        else:
            metric_id = self.metric_id

        cost_of_credit: float | None | Unset
        if isinstance(self.cost_of_credit, Unset):
            cost_of_credit = UNSET
        else:
            cost_of_credit = self.cost_of_credit

        effective_date: None | str | Unset
        if isinstance(self.effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = self.effective_date

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = self.expiry_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "customerId": customer_id,
                "name": name,
                "creditUnitType": credit_unit_type,
                "amount": amount,
                "createdAt": created_at,
                "integrationIds": integration_ids,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if metric_id is not UNSET:
            field_dict["metricId"] = metric_id
        if cost_of_credit is not UNSET:
            field_dict["costOfCredit"] = cost_of_credit
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.integration_id import IntegrationId  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        sequence_account_id = d.pop("sequenceAccountId")

        customer_id = d.pop("customerId")

        name = d.pop("name")

        credit_unit_type = CreditUnitType(d.pop("creditUnitType"))

        amount = d.pop("amount")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        integration_ids = []
        _integration_ids = d.pop("integrationIds")
        for integration_ids_item_data in _integration_ids:
            integration_ids_item = IntegrationId.from_dict(integration_ids_item_data)

            integration_ids.append(integration_ids_item)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency(_currency)

        def _parse_metric_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metric_id = _parse_metric_id(d.pop("metricId", UNSET))

        def _parse_cost_of_credit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_of_credit = _parse_cost_of_credit(d.pop("costOfCredit", UNSET))

        def _parse_effective_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_date = _parse_effective_date(d.pop("effectiveDate", UNSET))

        def _parse_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiryDate", UNSET))

        credit_grant_response = cls(
            id=id,
            sequence_account_id=sequence_account_id,
            customer_id=customer_id,
            name=name,
            credit_unit_type=credit_unit_type,
            amount=amount,
            created_at=created_at,
            integration_ids=integration_ids,
            currency=currency,
            metric_id=metric_id,
            cost_of_credit=cost_of_credit,
            effective_date=effective_date,
            expiry_date=expiry_date,
        )

        credit_grant_response.additional_properties = d
        return credit_grant_response

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
