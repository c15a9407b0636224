from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_calculation_type import DiscountCalculationType
from ..models.seat_discount_type import SeatDiscountType
from ..types import ABSENT

T = TypeVar("T", bound="EmbeddableDiscount")


@_attrs_define(init=False, slots=False, eq=False)
class EmbeddableDiscount:
    """
    Example:
        {'id': '4451f62c-0c1f-491c-aeb2-9eb41b28149c', 'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'],
            'type': 'PERCENTAGE', 'amount': 15, 'message': '15% Discount', 'separateLineItem': True, 'seatDiscountType':
            'ALL_SEATS'}

    Attributes:
        id (str): Discount ID Example: 4451f62c-0c1f-491c-aeb2-9eb41b28149c.
        type_ (DiscountCalculationType):  Example: PERCENTAGE.
        amount (float): The discount amount Example: 15.
        message (str): The message to show on an invoice Example: 15% Discount.
        separate_line_item (bool): If true the discount will show as a separate line item on an invoice Example: True.
        restrict_to_prices (list[str] | None): Price IDs to which this discount applies Example:
            ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'].
        seat_discount_type (SeatDiscountType | None):  Example: ALL_SEATS.
    """

    id: str
    type_: DiscountCalculationType
    amount: float
    message: str
    separate_line_item: bool
    restrict_to_prices: list[str] | None = ABSENT
    seat_discount_type: SeatDiscountType | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "restrict_to_prices": 1,
        "seat_discount_type": 2,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "restrict_to_prices",
            "seat_discount_type",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "seat_discount_type",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type_",
            "amount",
            "message",
            "separate_line_item",
            "restrict_to_prices",
            "seat_discount_type",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        type_: DiscountCalculationType,
        amount: float,
        message: str,
        separate_line_item: bool,
        restrict_to_prices: list[str] | None = ABSENT,
        seat_discount_type: SeatDiscountType | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if restrict_to_prices is ABSENT:
            restrict_to_prices = None
        else:
            _given_ |= 1
        if seat_discount_type is ABSENT:
            seat_discount_type = None
        else:
            _given_ |= 2
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "type_": type_,
                "amount": amount,
                "message": message,
                "separate_line_item": separate_line_item,
                "restrict_to_prices": restrict_to_prices,
                "seat_discount_type": seat_discount_type,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is EmbeddableDiscount:  # a subclass may add its own
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

        type_ = self.type_.value

        amount = self.amount

        message = self.message

        separate_line_item = self.separate_line_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "amount": amount,
                "message": message,
                "separateLineItem": separate_line_item,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.restrict_to_prices is None:
                field_dict["restrictToPrices"] = None
            else:
                restrict_to_prices: list[str] | None
                if isinstance(self.restrict_to_prices, list):
                    restrict_to_prices = self.restrict_to_prices

                else:
                    restrict_to_prices = self.restrict_to_prices
                field_dict["restrictToPrices"] = restrict_to_prices
        if _given_ & 2:
            if self.seat_discount_type is None:
                field_dict["seatDiscountType"] = None
            else:
                seat_discount_type = self.seat_discount_type.value
                field_dict["seatDiscountType"] = seat_discount_type

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

        type_ = DiscountCalculationType(d.pop("type"))

        amount = d.pop("amount")

        message = d.pop("message")

        separate_line_item = d.pop("separateLineItem")

        restrict_to_prices_json_ = d.pop("restrictToPrices", ABSENT)
        restrict_to_prices: list[str] | None
        if restrict_to_prices_json_ is ABSENT:
            restrict_to_prices = None
        else:
            _given_ |= 1

            def _parse_restrict_to_prices(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    restrict_to_prices_type_0 = cast(list[str], data)

                    return restrict_to_prices_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            restrict_to_prices = _parse_restrict_to_prices(restrict_to_prices_json_)

        seat_discount_type_json_ = d.pop("seatDiscountType", ABSENT)
        seat_discount_type: SeatDiscountType | None
        if seat_discount_type_json_ is ABSENT:
            seat_discount_type = None
        else:
            _given_ |= 2
            seat_discount_type = SeatDiscountType(seat_discount_type_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "type_": type_,
                "amount": amount,
                "message": message,
                "separate_line_item": separate_line_item,
                "restrict_to_prices": restrict_to_prices,
                "seat_discount_type": seat_discount_type,
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
