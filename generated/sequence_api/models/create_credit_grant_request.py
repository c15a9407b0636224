from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_unit_type import CreditUnitType
from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCreditGrantRequest")


@_attrs_define
class CreateCreditGrantRequest:
    """
    Example:
        {'sequenceAccountId': 'dce9ae85-d8d0-42b4-bcad-f221a64363c6', 'customerId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'name': 'Onboarding Credits', 'creditUnitType': 'CURRENCY', 'currency':
            'GBP', 'metricId': 'f092246c-6b90-4106-bcca-304ccf06bf45', 'amount': 10, 'costOfCredit': 10, 'effectiveDate':
            '2023-01-01', 'expiryDate': '2023-01-31', 'createInvoice': True}

    Attributes:
        sequence_account_id (str): Sequence account ID Example: dce9ae85-d8d0-42b4-bcad-f221a64363c6.
        customer_id (str): The ID of the customer credit is granted to Example: 61b083e0-1faa-47ca-9aeb-6205da8f6c47.
        name (str): Name of the credit grant Example: Onboarding Credits.
        credit_unit_type (CreditUnitType):  Example: CURRENCY.
        currency (Currency):  Example: GBP.
        amount (float): Amount of units granted Example: 10.
        metric_id (None | str | Unset): Metric ID (if creditUnitType is METRIC) Example:
            f092246c-6b90-4106-bcca-304ccf06bf45.
        cost_of_credit (float | None | Unset): Cost of credit grant, to be invoiced to the customer Example: 10.
        effective_date (None | str | Unset): First day credit grant can be consumed Example: 2023-01-01.
        expiry_date (None | str | Unset): Last day credit grant can be consumed Example: 2023-01-31.
        create_invoice (bool | None | Unset): If true we will create an invoice to charge the customer for this grant
            Example: True.
    """

    sequence_account_id: str
    customer_id: str
    name: str
    credit_unit_type: CreditUnitType
    currency: Currency
    amount: float
    metric_id: None | str | Unset = UNSET
    cost_of_credit: float | None | Unset = UNSET
    effective_date: None | str | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    create_invoice: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        sequence_account_id = self.sequence_account_id

        customer_id = self.customer_id

        name = self.name

        credit_unit_type = self.credit_unit_type.value

        currency = self.currency.value

        amount = self.amount

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

        create_invoice: bool | None | Unset
        if isinstance(self.create_invoice, Unset):
            create_invoice = UNSET
        else:
            create_invoice = self.create_invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sequenceAccountId": sequence_account_id,
                "customerId": customer_id,
                "name": name,
                "creditUnitType": credit_unit_type,
                "currency": currency,
                "amount": amount,
            }
        )
        if metric_id is not UNSET:
            field_dict["metricId"] = metric_id
        if cost_of_credit is not UNSET:
            field_dict["costOfCredit"] = cost_of_credit
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if create_invoice is not UNSET:
            field_dict["createInvoice"] = create_invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        sequence_account_id = d.pop("sequenceAccountId")

        customer_id = d.pop("customerId")

        name = d.pop("name")

        credit_unit_type = CreditUnitType(d.pop("creditUnitType"))

        currency = Currency(d.pop("currency"))

        amount = d.pop("amount")

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

        def _parse_create_invoice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        create_invoice = _parse_create_invoice(d.pop("createInvoice", UNSET))

        create_credit_grant_request = cls(
            sequence_account_id=sequence_account_id,
            customer_id=customer_id,
            name=name,
            credit_unit_type=credit_unit_type,
            currency=currency,
            amount=amount,
            metric_id=metric_id,
            cost_of_credit=cost_of_credit,
            effective_date=effective_date,
            expiry_date=expiry_date,
            create_invoice=create_invoice,
        )

        create_credit_grant_request.additional_properties = d
        return create_credit_grant_request

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
