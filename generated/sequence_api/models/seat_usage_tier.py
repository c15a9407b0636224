from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SeatUsageTier")


@_attrs_define
class SeatUsageTier:
    """
    Example:
        {'upperBound': '100', 'price': '1.00', 'fee': '50.00'}

    Attributes:
        price (str): The rate to apply to usage for this product in this tier. In the case of percentage pricing where
            `isPricePercentage` is set to `true`, a value of 1 represents 100%. Example: 1.00.
        upper_bound (None | str | Unset): The upper bound of usage for this tier. Set to null to if this is a final tier
            and is unbounded. The lower bound is set by the previous tier or 0 if it's the first one. Example: 100.
        fee (None | str | Unset): The nominal fee associated with usage at this tier Example: 50.00.
    """

    price: str
    upper_bound: None | str | Unset = UNSET
    fee: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        price = self.price

        upper_bound: None | str | Unset
        if isinstance(self.upper_bound, Unset):
            upper_bound = UNSET
        else:
            upper_bound = self.upper_bound

        fee: None | str | Unset
        if isinstance(self.fee, Unset):
            fee = UNSET
        else:
            fee = self.fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
            }
        )
        if upper_bound is not UNSET:
            field_dict["upperBound"] = upper_bound
        if fee is not UNSET:
            field_dict["fee"] = fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        price = d.pop("price")

        def _parse_upper_bound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upper_bound = _parse_upper_bound(d.pop("upperBound", UNSET))

        def _parse_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fee = _parse_fee(d.pop("fee", UNSET))

        seat_usage_tier = cls(
            price=price,
            upper_bound=upper_bound,
            fee=fee,
        )

        seat_usage_tier.additional_properties = d
        return seat_usage_tier

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
