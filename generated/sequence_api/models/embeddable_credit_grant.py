from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_unit_type import CreditUnitType
from ..models.currency import Currency
from ..models.grant_refresh_frequency import GrantRefreshFrequency
from ..models.rollover_mode import RolloverMode
from ..types import ABSENT

T = TypeVar("T", bound="EmbeddableCreditGrant")


@_attrs_define(init=False, slots=False, eq=False)
class EmbeddableCreditGrant:
    """
    Example:
        {'id': '0199ca8a-e7e8-73b3-bd69-a316a23231a0', 'name': 'Monthly usage credits', 'creditUnitType': 'CURRENCY',
            'currency': 'GBP', 'amount': 100, 'costOfCredit': 0, 'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c',
            'grantRefreshFrequency': 'MONTHLY', 'rolloverMode': 'NONE', 'restrictToPrices':
            ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}

    Attributes:
        id (str): Credit grant ID. Example: 0199ca8a-e7e8-73b3-bd69-a316a23231a0.
        name (str): Name of the credit grant. Example: Monthly usage credits.
        credit_unit_type (CreditUnitType):  Example: CURRENCY.
        amount (float): Amount of units granted. Example: 100.
        grant_refresh_frequency (GrantRefreshFrequency):  Example: MONTHLY.
        rollover_mode (RolloverMode):  Example: NONE.
        restrict_to_prices (list[str]): Price IDs the grant is consumed against. Example:
            ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce'].
        currency (Currency | None):  Example: GBP.
        cost_of_credit (float | None): Cost of credit grant. Example: 0.
        tax_rate_id (str | None): Tax rate ID for the credit grant. Example: 179d1ab3-cc96-48e2-9310-067b0b42d47c.
    """

    id: str
    name: str
    credit_unit_type: CreditUnitType
    amount: float
    grant_refresh_frequency: GrantRefreshFrequency
    rollover_mode: RolloverMode
    restrict_to_prices: list[str]
    currency: Currency | None = ABSENT
    cost_of_credit: float | None = ABSENT
    tax_rate_id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "currency": 1,
        "cost_of_credit": 2,
        "tax_rate_id": 4,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "currency",
            "cost_of_credit",
            "tax_rate_id",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "currency",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "credit_unit_type",
            "amount",
            "grant_refresh_frequency",
            "rollover_mode",
            "restrict_to_prices",
            "currency",
            "cost_of_credit",
            "tax_rate_id",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        name: str,
        credit_unit_type: CreditUnitType,
        amount: float,
        grant_refresh_frequency: GrantRefreshFrequency,
        rollover_mode: RolloverMode,
        restrict_to_prices: list[str],
        currency: Currency | None = ABSENT,
        cost_of_credit: float | None = ABSENT,
        tax_rate_id: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if currency is ABSENT:
            currency = None
        else:
            _given_ |= 1
        if cost_of_credit is ABSENT:
            cost_of_credit = None
        else:
            _given_ |= 2
        if tax_rate_id is ABSENT:
            tax_rate_id = None
        else:
            _given_ |= 4
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "name": name,
                "credit_unit_type": credit_unit_type,
                "amount": amount,
                "grant_refresh_frequency": grant_refresh_frequency,
                "rollover_mode": rollover_mode,
                "restrict_to_prices": restrict_to_prices,
                "currency": currency,
                "cost_of_credit": cost_of_credit,
                "tax_rate_id": tax_rate_id,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is EmbeddableCreditGrant:  # a subclass may add its own
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

        name = self.name

        credit_unit_type = self.credit_unit_type.value

        amount = self.amount

        grant_refresh_frequency = self.grant_refresh_frequency.value

        rollover_mode = self.rollover_mode.value

        restrict_to_prices = self.restrict_to_prices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "creditUnitType": credit_unit_type,
                "amount": amount,
                "grantRefreshFrequency": grant_refresh_frequency,
                "rolloverMode": rollover_mode,
                "restrictToPrices": restrict_to_prices,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.currency is None:
                field_dict["currency"] = None
            else:
                currency = self.currency.value
                field_dict["currency"] = currency
        if _given_ & 2:
            if self.cost_of_credit is None:
                field_dict["costOfCredit"] = None
            else:
                cost_of_credit: float | None
                cost_of_credit = self.cost_of_credit
                field_dict["costOfCredit"] = cost_of_credit
        if _given_ & 4:
            if self.tax_rate_id is None:
                field_dict["taxRateId"] = None
            else:
                tax_rate_id: None | str
                tax_rate_id = self.tax_rate_id
                field_dict["taxRateId"] = tax_rate_id

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

        name = d.pop("name")

        credit_unit_type = CreditUnitType(d.pop("creditUnitType"))

        amount = d.pop("amount")

        grant_refresh_frequency = GrantRefreshFrequency(d.pop("grantRefreshFrequency"))

        rollover_mode = RolloverMode(d.pop("rolloverMode"))

        restrict_to_prices = cast(list[str], d.pop("restrictToPrices"))

        currency_json_ = d.pop("currency", ABSENT)
        currency: Currency | None
        if currency_json_ is ABSENT:
            currency = None
        else:
            _given_ |= 1
            currency = Currency(currency_json_)

        cost_of_credit_json_ = d.pop("costOfCredit", ABSENT)
        cost_of_credit: float | None
        if cost_of_credit_json_ is ABSENT:
            cost_of_credit = None
        else:
            _given_ |= 2

            def _parse_cost_of_credit(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            cost_of_credit = _parse_cost_of_credit(cost_of_credit_json_)

        tax_rate_id_json_ = d.pop("taxRateId", ABSENT)
        tax_rate_id: str | None
        if tax_rate_id_json_ is ABSENT:
            tax_rate_id = None
        else:
            _given_ |= 4

            def _parse_tax_rate_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            tax_rate_id = _parse_tax_rate_id(tax_rate_id_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "name": name,
                "credit_unit_type": credit_unit_type,
                "amount": amount,
                "grant_refresh_frequency": grant_refresh_frequency,
                "rollover_mode": rollover_mode,
                "restrict_to_prices": restrict_to_prices,
                "currency": currency,
                "cost_of_credit": cost_of_credit,
                "tax_rate_id": tax_rate_id,
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
