from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimumRequest")


@_attrs_define
class MinimumRequest:
    """
    Example:
        {'restrictToPrices': ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}

    Attributes:
        amount (float): The minimum amount Example: 100.
        restrict_to_prices (list[str] | None | Unset): Price IDs to which this minimum applies Example:
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'].
    """

    amount: float
    restrict_to_prices: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        amount = self.amount

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
                "amount": amount,
            }
        )
        if restrict_to_prices is not UNSET:
            field_dict["restrictToPrices"] = restrict_to_prices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        amount = d.pop("amount")

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

        minimum_request = cls(
            amount=amount,
            restrict_to_prices=restrict_to_prices,
        )

        minimum_request.additional_properties = d
        return minimum_request

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
