from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_calculation_type import DiscountCalculationType
from ..models.seat_discount_type import SeatDiscountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddableDiscountRequest")


@_attrs_define
class EmbeddableDiscountRequest:
    """
    Example:
        {'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'type': 'PERCENTAGE', 'amount': 8, 'message': '8%
            Discount', 'separateLineItem': True, 'seatDiscountType': 'ALL_SEATS'}

    Attributes:
        type_ (DiscountCalculationType):  Example: PERCENTAGE.
        amount (float): The discount amount Example: 8.
        message (str): The message to show on an invoice Example: 8% Discount.
        separate_line_item (bool): If true the discount will show as a separate line item on an invoice Example: True.
        restrict_to_prices (list[str] | None | Unset): Price IDs to which this discount applies Example:
            ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'].
        seat_discount_type (SeatDiscountType | Unset):  Example: ALL_SEATS.
    """

    type_: DiscountCalculationType
    amount: float
    message: str
    separate_line_item: bool
    restrict_to_prices: list[str] | None | Unset = UNSET
    seat_discount_type: SeatDiscountType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        type_ = self.type_.value

        amount = self.amount

        message = self.message

        separate_line_item = self.separate_line_item

        restrict_to_prices: list[str] | None | Unset
        if isinstance(self.restrict_to_prices, Unset):
            restrict_to_prices = UNSET
        elif isinstance(self.restrict_to_prices, list):
            restrict_to_prices = self.restrict_to_prices

        else:
            restrict_to_prices = self.restrict_to_prices

        seat_discount_type: str | Unset = UNSET
        if not isinstance(self.seat_discount_type, Unset):
            seat_discount_type = self.seat_discount_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "amount": amount,
                "message": message,
                "separateLineItem": separate_line_item,
            }
        )
        if restrict_to_prices is not UNSET:
            field_dict["restrictToPrices"] = restrict_to_prices
        if seat_discount_type is not UNSET:
            field_dict["seatDiscountType"] = seat_discount_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        type_ = DiscountCalculationType(d.pop("type"))

        amount = d.pop("amount")

        message = d.pop("message")

        separate_line_item = d.pop("separateLineItem")

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

        _seat_discount_type = d.pop("seatDiscountType", UNSET)
        seat_discount_type: SeatDiscountType | Unset
        if isinstance(_seat_discount_type, Unset):
            seat_discount_type = UNSET
        else:
            seat_discount_type = SeatDiscountType(_seat_discount_type)

        embeddable_discount_request = cls(
            type_=type_,
            amount=amount,
            message=message,
            separate_line_item=separate_line_item,
            restrict_to_prices=restrict_to_prices,
            seat_discount_type=seat_discount_type,
        )

        embeddable_discount_request.additional_properties = d
        return embeddable_discount_request

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
