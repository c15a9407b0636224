from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

T = TypeVar("T", bound="VolumeUsageTier")


@_attrs_define(init=False, slots=False, eq=False)
class VolumeUsageTier:
    """
    Example:
        {'upperBound': '100', 'price': '1.00', 'fee': '50.00', 'isPricePercentage': True, 'maxPrice': '10', 'minPrice':
            '5'}

    Attributes:
        price (str): The rate to apply to usage for this product in this tier. In the case of percentage pricing where
            `isPricePercentage` is set to `true`, a value of 1 represents 100%. Example: 1.00.
        is_price_percentage (bool): Indicate whether the price attribute is to be considered as a percentage or an
            absolute value. Example: True.
        upper_bound (str | None): The upper bound of usage for this tier. Set to null to if this is a final tier and is
            unbounded. The lower bound is set by the previous tier or 0 if it's the first one. Example: 100.
        fee (str | None): The nominal fee associated with usage at this tier Example: 50.00.
        max_price (str | None): Maximum Price to Charge for each Unit if Price is Percentage Based Example: 10.
        min_price (str | None): Minimum Price to Charge for each Unit if Price is Percentage Based Example: 5.
    """

    price: str
    is_price_percentage: bool
    upper_bound: str | None = ABSENT
    fee: str | None = ABSENT
    max_price: str | None = ABSENT
    min_price: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "upper_bound": 1,
        "fee": 2,
        "max_price": 4,
        "min_price": 8,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "upper_bound",
            "fee",
            "max_price",
            "min_price",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "price",
            "is_price_percentage",
            "upper_bound",
            "fee",
            "max_price",
            "min_price",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        price: str,
        is_price_percentage: bool,
        upper_bound: str | None = ABSENT,
        fee: str | None = ABSENT,
        max_price: str | None = ABSENT,
        min_price: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if upper_bound is ABSENT:
            upper_bound = None
        else:
            _given_ |= 1
        if fee is ABSENT:
            fee = None
        else:
            _given_ |= 2
        if max_price is ABSENT:
            max_price = None
        else:
            _given_ |= 4
        if min_price is ABSENT:
            min_price = None
        else:
            _given_ |= 8
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "price": price,
                "is_price_percentage": is_price_percentage,
                "upper_bound": upper_bound,
                "fee": fee,
                "max_price": max_price,
                "min_price": min_price,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is VolumeUsageTier:  # a subclass may add its own
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
        price = self.price

        is_price_percentage = self.is_price_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "isPricePercentage": is_price_percentage,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.upper_bound is None:
                field_dict["upperBound"] = None
            else:
                upper_bound: None | str
                upper_bound = self.upper_bound
                field_dict["upperBound"] = upper_bound
        if _given_ & 2:
            if self.fee is None:
                field_dict["fee"] = None
            else:
                fee: None | str
                fee = self.fee
                field_dict["fee"] = fee
        if _given_ & 4:
            if self.max_price is None:
                field_dict["maxPrice"] = None
            else:
                max_price: None | str
                max_price = self.max_price
                field_dict["maxPrice"] = max_price
        if _given_ & 8:
            if self.min_price is None:
                field_dict["minPrice"] = None
            else:
                min_price: None | str
                min_price = self.min_price
                field_dict["minPrice"] = min_price

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
        price = d.pop("price")

        is_price_percentage = d.pop("isPricePercentage")

        upper_bound_json_ = d.pop("upperBound", ABSENT)
        upper_bound: str | None
        if upper_bound_json_ is ABSENT:
            upper_bound = None
        else:
            _given_ |= 1

            def _parse_upper_bound(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            upper_bound = _parse_upper_bound(upper_bound_json_)

        fee_json_ = d.pop("fee", ABSENT)
        fee: str | None
        if fee_json_ is ABSENT:
            fee = None
        else:
            _given_ |= 2

            def _parse_fee(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            fee = _parse_fee(fee_json_)

        max_price_json_ = d.pop("maxPrice", ABSENT)
        max_price: str | None
        if max_price_json_ is ABSENT:
            max_price = None
        else:
            _given_ |= 4

            def _parse_max_price(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            max_price = _parse_max_price(max_price_json_)

        min_price_json_ = d.pop("minPrice", ABSENT)
        min_price: str | None
        if min_price_json_ is ABSENT:
            min_price = None
        else:
            _given_ |= 8

            def _parse_min_price(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            min_price = _parse_min_price(min_price_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "price": price,
                "is_price_percentage": is_price_percentage,
                "upper_bound": upper_bound,
                "fee": fee,
                "max_price": max_price,
                "min_price": min_price,
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
