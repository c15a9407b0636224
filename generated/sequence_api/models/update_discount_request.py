from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_calculation_type import DiscountCalculationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDiscountRequest")


@_attrs_define
class UpdateDiscountRequest:
    """
    Example:
        {'billingScheduleId': '08a76ddb-230e-4700-a5e2-70f6edaf7d50', 'priceIds':
            ['e007e884-5100-4183-8355-4771865cb4d7'], 'separateLineItem': False, 'amount': 25, 'discountCalculationType':
            'PERCENTAGE', 'message': 'Loyalty Discount', 'validFrom': '2023-01-01', 'validTo': '2023-01-31'}

    Attributes:
        billing_schedule_id (str): Billing Schedule ID Example: 08a76ddb-230e-4700-a5e2-70f6edaf7d50.
        price_ids (list[str]): Price IDs this discount applies to. If not populated, the discount applies to all prices
            on the billing schedule Example: ['e007e884-5100-4183-8355-4771865cb4d7'].
        separate_line_item (bool): Indicates whether the discount should appear as a separate line item in the invoice
            Example: False.
        amount (float): Amount to be reduced Example: 25.
        discount_calculation_type (DiscountCalculationType):  Example: PERCENTAGE.
        message (str): Message to appear on the Invoice Example: Loyalty Discount.
        valid_from (None | str | Unset): First Day Discount is Valid Example: 2023-01-01.
        valid_to (None | str | Unset): Last Day Discount is Valid Example: 2023-01-31.
    """

    billing_schedule_id: str
    price_ids: list[str]
    separate_line_item: bool
    amount: float
    discount_calculation_type: DiscountCalculationType
    message: str
    valid_from: None | str | Unset = UNSET
    valid_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        billing_schedule_id = self.billing_schedule_id

        price_ids = self.price_ids

        separate_line_item = self.separate_line_item

        amount = self.amount

        discount_calculation_type = self.discount_calculation_type.value

        message = self.message

        valid_from: None | str | Unset
        if isinstance(self.valid_from, Unset):
            valid_from = UNSET
        else:
            valid_from = self.valid_from

        valid_to: None | str | Unset
        if isinstance(self.valid_to, Unset):
            valid_to = UNSET
        else:
            valid_to = self.valid_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billingScheduleId": billing_schedule_id,
                "priceIds": price_ids,
                "separateLineItem": separate_line_item,
                "amount": amount,
                "discountCalculationType": discount_calculation_type,
                "message": message,
            }
        )
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if valid_to is not UNSET:
            field_dict["validTo"] = valid_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        billing_schedule_id = d.pop("billingScheduleId")

        price_ids = cast(list[str], d.pop("priceIds"))

        separate_line_item = d.pop("separateLineItem")

        amount = d.pop("amount")

        discount_calculation_type = DiscountCalculationType(d.pop("discountCalculationType"))

        message = d.pop("message")

        def _parse_valid_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valid_from = _parse_valid_from(d.pop("validFrom", UNSET))

        def _parse_valid_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valid_to = _parse_valid_to(d.pop("validTo", UNSET))

        update_discount_request = cls(
            billing_schedule_id=billing_schedule_id,
            price_ids=price_ids,
            separate_line_item=separate_line_item,
            amount=amount,
            discount_calculation_type=discount_calculation_type,
            message=message,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        update_discount_request.additional_properties = d
        return update_discount_request

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
