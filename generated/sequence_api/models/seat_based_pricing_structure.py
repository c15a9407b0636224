from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_refresh_frequency import GrantRefreshFrequency
from ..models.seat_based_pricing_type import SeatBasedPricingType
from ..models.seat_proration_strategy import SeatProrationStrategy
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.seat_usage_tier import SeatUsageTier


T = TypeVar("T", bound="SeatBasedPricingStructure")


@_attrs_define(init=False, slots=False, eq=False)
class SeatBasedPricingStructure:
    """The pricing structure

    Example:
        {'seatMetricId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'pricePerSeat': '0.25', 'prorationStrategy':
            'USE_MAXIMUM', 'contractedMinimumSeats': 10, 'overagesBillingFrequency': 'YEARLY', 'tiers': [{'upperBound':
            '100', 'price': '1.00', 'fee': '50.00'}, {'price': '0.75', 'fee': '25.00'}], 'prorateFlatFees': False,
            'pricingType': 'SEAT_BASED'}

    Attributes:
        seat_metric_id (str): Seat metric associated to this pricing structure Example:
            bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        price_per_seat (str): Price charged per seat per full billing period Example: 0.25.
        proration_strategy (SeatProrationStrategy):  Example: USE_MAXIMUM.
        contracted_minimum_seats (int): The number of contractually agreed minimum seats Example: 10.
        tiers (list[SeatUsageTier]): A list of contiguous pricing tiers Example: [{'upperBound': '100', 'price': '1.00',
            'fee': '50.00'}, {'price': '0.75', 'fee': '25.00'}].
        pricing_type (SeatBasedPricingType):  Example: SEAT_BASED.
        overages_billing_frequency (GrantRefreshFrequency | None):  Example: MONTHLY.
        prorate_flat_fees (bool | None): If set any flat fees will be pro-rated if the invoice service period length
            does not match the billing frequency Example: False.
    """

    seat_metric_id: str
    price_per_seat: str
    proration_strategy: SeatProrationStrategy
    contracted_minimum_seats: int
    tiers: list[SeatUsageTier]
    pricing_type: SeatBasedPricingType
    overages_billing_frequency: GrantRefreshFrequency | None = ABSENT
    prorate_flat_fees: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "overages_billing_frequency": 1,
        "prorate_flat_fees": 2,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "overages_billing_frequency",
            "prorate_flat_fees",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "overages_billing_frequency",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "seat_metric_id",
            "price_per_seat",
            "proration_strategy",
            "contracted_minimum_seats",
            "tiers",
            "pricing_type",
            "overages_billing_frequency",
            "prorate_flat_fees",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        seat_metric_id: str,
        price_per_seat: str,
        proration_strategy: SeatProrationStrategy,
        contracted_minimum_seats: int,
        tiers: list[SeatUsageTier],
        pricing_type: SeatBasedPricingType,
        overages_billing_frequency: GrantRefreshFrequency | None = ABSENT,
        prorate_flat_fees: bool | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if overages_billing_frequency is ABSENT:
            overages_billing_frequency = None
        else:
            _given_ |= 1
        if prorate_flat_fees is ABSENT:
            prorate_flat_fees = None
        else:
            _given_ |= 2
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "seat_metric_id": seat_metric_id,
                "price_per_seat": price_per_seat,
                "proration_strategy": proration_strategy,
                "contracted_minimum_seats": contracted_minimum_seats,
                "tiers": tiers,
                "pricing_type": pricing_type,
                "overages_billing_frequency": overages_billing_frequency,
                "prorate_flat_fees": prorate_flat_fees,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is SeatBasedPricingStructure:  # a subclass may add its own
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
        seat_metric_id = self.seat_metric_id

        price_per_seat = self.price_per_seat

        proration_strategy = self.proration_strategy.value

        contracted_minimum_seats = self.contracted_minimum_seats

        tiers = []
        for tiers_item_data in self.tiers:
            tiers_item = tiers_item_data.to_dict()
            tiers.append(tiers_item)

        pricing_type = self.pricing_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seatMetricId": seat_metric_id,
                "pricePerSeat": price_per_seat,
                "prorationStrategy": proration_strategy,
                "contractedMinimumSeats": contracted_minimum_seats,
                "tiers": tiers,
                "pricingType": pricing_type,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.overages_billing_frequency is None:
                field_dict["overagesBillingFrequency"] = None
            else:
                overages_billing_frequency = self.overages_billing_frequency.value
                field_dict["overagesBillingFrequency"] = overages_billing_frequency
        if _given_ & 2:
            if self.prorate_flat_fees is None:
                field_dict["prorateFlatFees"] = None
            else:
                prorate_flat_fees: bool | None
                prorate_flat_fees = self.prorate_flat_fees
                field_dict["prorateFlatFees"] = prorate_flat_fees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.seat_usage_tier import SeatUsageTier  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        seat_metric_id = d.pop("seatMetricId")

        price_per_seat = d.pop("pricePerSeat")

        proration_strategy = SeatProrationStrategy(d.pop("prorationStrategy"))

        contracted_minimum_seats = d.pop("contractedMinimumSeats")

        tiers = []
        _tiers = d.pop("tiers")
        for tiers_item_data in _tiers:
            tiers_item = SeatUsageTier.from_dict(tiers_item_data)

            tiers.append(tiers_item)

        pricing_type = SeatBasedPricingType(d.pop("pricingType"))

        overages_billing_frequency_json_ = d.pop("overagesBillingFrequency", ABSENT)
        overages_billing_frequency: GrantRefreshFrequency | None
        if overages_billing_frequency_json_ is ABSENT:
            overages_billing_frequency = None
        else:
            _given_ |= 1
            overages_billing_frequency = GrantRefreshFrequency(overages_billing_frequency_json_)

        prorate_flat_fees_json_ = d.pop("prorateFlatFees", ABSENT)
        prorate_flat_fees: bool | None
        if prorate_flat_fees_json_ is ABSENT:
            prorate_flat_fees = None
        else:
            _given_ |= 2

            def _parse_prorate_flat_fees(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            prorate_flat_fees = _parse_prorate_flat_fees(prorate_flat_fees_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "seat_metric_id": seat_metric_id,
                "price_per_seat": price_per_seat,
                "proration_strategy": proration_strategy,
                "contracted_minimum_seats": contracted_minimum_seats,
                "tiers": tiers,
                "pricing_type": pricing_type,
                "overages_billing_frequency": overages_billing_frequency,
                "prorate_flat_fees": prorate_flat_fees,
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
