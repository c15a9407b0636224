from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_calculation_type import DiscountCalculationType
from ..models.seat_discount_type import SeatDiscountType
from ..types import ABSENT

T = TypeVar("T", bound="DiscountResponse")


@_attrs_define(init=False, slots=False, eq=False)
class DiscountResponse:
    """
    Example:
        {'id': 'd58bf2e3-7a5d-4900-8457-2521c6880f7d', 'sequenceAccountId': '1986c663-9ee9-4811-bfbf-57d2ad666096',
            'billingScheduleId': '08a76ddb-230e-4700-a5e2-70f6edaf7d50', 'phaseId': '220e1878-b70a-4dfd-9c55-7651424b12d6',
            'priceIds': ['e007e884-5100-4183-8355-4771865cb4d7'], 'separateLineItem': False, 'amount': 25,
            'discountCalculationType': 'PERCENTAGE', 'message': 'Loyalty Discount', 'validFrom': '2023-01-01', 'validTo':
            '2023-01-31', 'createdAt': '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z', 'seatDiscountType':
            'ALL_SEATS'}

    Attributes:
        id (str): Discount ID Example: d58bf2e3-7a5d-4900-8457-2521c6880f7d.
        sequence_account_id (str): The Sequence Account to which this Discount belongs Example:
            1986c663-9ee9-4811-bfbf-57d2ad666096.
        billing_schedule_id (str): Billing Schedule ID Example: 08a76ddb-230e-4700-a5e2-70f6edaf7d50.
        price_ids (list[str]): Price IDs this discount applies to. If not populated, the discount applies to all prices
            on the billing schedule Example: ['e007e884-5100-4183-8355-4771865cb4d7'].
        separate_line_item (bool): Indicates whether the discount should appear as a separate line item in the invoice
            Example: False.
        amount (float): Amount to be reduced Example: 25.
        discount_calculation_type (DiscountCalculationType):  Example: PERCENTAGE.
        message (str): Message to appear on the Invoice Example: Loyalty Discount.
        created_at (datetime.datetime): Created at Example: 2022-06-28T16:47:00Z.
        updated_at (datetime.datetime): Updated At Example: 2022-06-28T16:47:00Z.
        seat_discount_type (SeatDiscountType):  Example: ALL_SEATS.
        phase_id (str | None): Phase ID Example: 220e1878-b70a-4dfd-9c55-7651424b12d6.
        valid_from (str | None): First Day Discount is Valid Example: 2023-01-01.
        valid_to (str | None): Last Day Discount is Valid Example: 2023-01-31.
    """

    id: str
    sequence_account_id: str
    billing_schedule_id: str
    price_ids: list[str]
    separate_line_item: bool
    amount: float
    discount_calculation_type: DiscountCalculationType
    message: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    seat_discount_type: SeatDiscountType
    phase_id: str | None = ABSENT
    valid_from: str | None = ABSENT
    valid_to: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "phase_id": 1,
        "valid_from": 2,
        "valid_to": 4,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "phase_id",
            "valid_from",
            "valid_to",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "sequence_account_id",
            "billing_schedule_id",
            "price_ids",
            "separate_line_item",
            "amount",
            "discount_calculation_type",
            "message",
            "created_at",
            "updated_at",
            "seat_discount_type",
            "phase_id",
            "valid_from",
            "valid_to",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        sequence_account_id: str,
        billing_schedule_id: str,
        price_ids: list[str],
        separate_line_item: bool,
        amount: float,
        discount_calculation_type: DiscountCalculationType,
        message: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        seat_discount_type: SeatDiscountType,
        phase_id: str | None = ABSENT,
        valid_from: str | None = ABSENT,
        valid_to: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if phase_id is ABSENT:
            phase_id = None
        else:
            _given_ |= 1
        if valid_from is ABSENT:
            valid_from = None
        else:
            _given_ |= 2
        if valid_to is ABSENT:
            valid_to = None
        else:
            _given_ |= 4
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "billing_schedule_id": billing_schedule_id,
                "price_ids": price_ids,
                "separate_line_item": separate_line_item,
                "amount": amount,
                "discount_calculation_type": discount_calculation_type,
                "message": message,
                "created_at": created_at,
                "updated_at": updated_at,
                "seat_discount_type": seat_discount_type,
                "phase_id": phase_id,
                "valid_from": valid_from,
                "valid_to": valid_to,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is DiscountResponse:  # a subclass may add its own
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

        sequence_account_id = self.sequence_account_id

        billing_schedule_id = self.billing_schedule_id

        price_ids = self.price_ids

        separate_line_item = self.separate_line_item

        amount = self.amount

        discount_calculation_type = self.discount_calculation_type.value

        message = self.message

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        seat_discount_type = self.seat_discount_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "billingScheduleId": billing_schedule_id,
                "priceIds": price_ids,
                "separateLineItem": separate_line_item,
                "amount": amount,
                "discountCalculationType": discount_calculation_type,
                "message": message,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "seatDiscountType": seat_discount_type,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.phase_id is None:
                field_dict["phaseId"] = None
            else:
                phase_id: None | str
                phase_id = self.phase_id
                field_dict["phaseId"] = phase_id
        if _given_ & 2:
            if self.valid_from is None:
                field_dict["validFrom"] = None
            else:
                valid_from: None | str
                valid_from = self.valid_from
                field_dict["validFrom"] = valid_from
        if _given_ & 4:
            if self.valid_to is None:
                field_dict["validTo"] = None
            else:
                valid_to: None | str
                valid_to = self.valid_to
                field_dict["validTo"] = valid_to

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

        sequence_account_id = d.pop("sequenceAccountId")

        billing_schedule_id = d.pop("billingScheduleId")

        price_ids = cast(list[str], d.pop("priceIds"))

        separate_line_item = d.pop("separateLineItem")

        amount = d.pop("amount")

        discount_calculation_type = DiscountCalculationType(d.pop("discountCalculationType"))

        message = d.pop("message")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        seat_discount_type = SeatDiscountType(d.pop("seatDiscountType"))

        phase_id_json_ = d.pop("phaseId", ABSENT)
        phase_id: str | None
        if phase_id_json_ is ABSENT:
            phase_id = None
        else:
            _given_ |= 1

            def _parse_phase_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            phase_id = _parse_phase_id(phase_id_json_)

        valid_from_json_ = d.pop("validFrom", ABSENT)
        valid_from: str | None
        if valid_from_json_ is ABSENT:
            valid_from = None
        else:
            _given_ |= 2

            def _parse_valid_from(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            valid_from = _parse_valid_from(valid_from_json_)

        valid_to_json_ = d.pop("validTo", ABSENT)
        valid_to: str | None
        if valid_to_json_ is ABSENT:
            valid_to = None
        else:
            _given_ |= 4

            def _parse_valid_to(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            valid_to = _parse_valid_to(valid_to_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "billing_schedule_id": billing_schedule_id,
                "price_ids": price_ids,
                "separate_line_item": separate_line_item,
                "amount": amount,
                "discount_calculation_type": discount_calculation_type,
                "message": message,
                "created_at": created_at,
                "updated_at": updated_at,
                "seat_discount_type": seat_discount_type,
                "phase_id": phase_id,
                "valid_from": valid_from,
                "valid_to": valid_to,
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
