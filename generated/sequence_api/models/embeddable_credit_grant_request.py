from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_unit_type import CreditUnitType
from ..models.currency import Currency
from ..models.grant_refresh_frequency import GrantRefreshFrequency
from ..models.rollover_mode import RolloverMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddableCreditGrantRequest")


@_attrs_define
class EmbeddableCreditGrantRequest:
    """
    Example:
        {'name': 'Monthly usage credits', 'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100,
            'costOfCredit': 0, 'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'grantRefreshFrequency': 'MONTHLY',
            'rolloverMode': 'NONE', 'restrictToPrices': ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}

    Attributes:
        name (str): Name of the credit grant. Example: Monthly usage credits.
        credit_unit_type (CreditUnitType):  Example: CURRENCY.
        amount (float): Amount of units granted. Example: 100.
        grant_refresh_frequency (GrantRefreshFrequency):  Example: MONTHLY.
        rollover_mode (RolloverMode):  Example: NONE.
        currency (Currency | Unset):  Example: GBP.
        cost_of_credit (float | None | Unset): Cost of credit grant. Example: 0.
        tax_rate_id (None | str | Unset): Tax rate ID for the credit grant. Example:
            179d1ab3-cc96-48e2-9310-067b0b42d47c.
        restrict_to_prices (list[str] | None | Unset): Price IDs the grant is consumed against. Omit or leave empty to
            apply to every price in the phase. Example: ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce'].
    """

    name: str
    credit_unit_type: CreditUnitType
    amount: float
    grant_refresh_frequency: GrantRefreshFrequency
    rollover_mode: RolloverMode
    currency: Currency | Unset = UNSET
    cost_of_credit: float | None | Unset = UNSET
    tax_rate_id: None | str | Unset = UNSET
    restrict_to_prices: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        name = self.name

        credit_unit_type = self.credit_unit_type.value

        amount = self.amount

        grant_refresh_frequency = self.grant_refresh_frequency.value

        rollover_mode = self.rollover_mode.value

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value

        cost_of_credit: float | None | Unset
        if isinstance(self.cost_of_credit, Unset):
            cost_of_credit = UNSET
        else:
            cost_of_credit = self.cost_of_credit

        tax_rate_id: None | str | Unset
        if isinstance(self.tax_rate_id, Unset):
            tax_rate_id = UNSET
        else:
            tax_rate_id = self.tax_rate_id

        restrict_to_prices: list[str] | None | Unset
        if isinstance(self.restrict_to_prices, Unset):
            restrict_to_prices = UNSET
        elif isinstance(self.restrict_to_prices, list):
            restrict_to_prices = self.restrict_to_prices

        else:
            restrict_to_prices = self.restrict_to_prices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "creditUnitType": credit_unit_type,
                "amount": amount,
                "grantRefreshFrequency": grant_refresh_frequency,
                "rolloverMode": rollover_mode,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if cost_of_credit is not UNSET:
            field_dict["costOfCredit"] = cost_of_credit
        if tax_rate_id is not UNSET:
            field_dict["taxRateId"] = tax_rate_id
        if restrict_to_prices is not UNSET:
            field_dict["restrictToPrices"] = restrict_to_prices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        name = d.pop("name")

        credit_unit_type = CreditUnitType(d.pop("creditUnitType"))

        amount = d.pop("amount")

        grant_refresh_frequency = GrantRefreshFrequency(d.pop("grantRefreshFrequency"))

        rollover_mode = RolloverMode(d.pop("rolloverMode"))

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency(_currency)

        def _parse_cost_of_credit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_of_credit = _parse_cost_of_credit(d.pop("costOfCredit", UNSET))

        def _parse_tax_rate_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_rate_id = _parse_tax_rate_id(d.pop("taxRateId", UNSET))

        def _parse_restrict_to_prices(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                restrict_to_prices_type_0 = cast(list[str], data)

                return restrict_to_prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        restrict_to_prices = _parse_restrict_to_prices(d.pop("restrictToPrices", UNSET))

        embeddable_credit_grant_request = cls(
            name=name,
            credit_unit_type=credit_unit_type,
            amount=amount,
            grant_refresh_frequency=grant_refresh_frequency,
            rollover_mode=rollover_mode,
            currency=currency,
            cost_of_credit=cost_of_credit,
            tax_rate_id=tax_rate_id,
            restrict_to_prices=restrict_to_prices,
        )

        embeddable_credit_grant_request.additional_properties = d
        return embeddable_credit_grant_request

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
