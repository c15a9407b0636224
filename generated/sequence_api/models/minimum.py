from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

T = TypeVar("T", bound="Minimum")


@_attrs_define(init=False, slots=False, eq=False)
class Minimum:
    """
    Example:
        {'id': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'sequenceAccountId': 'c4602d51-0fb4-4b48-b689-6ba28f540d1e',
            'billingScheduleId': 'b102e007-f5d7-4b1a-8a1d-9a51135ae73b', 'phaseId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8',
            'amount': 100, 'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'createdAt':
            '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z'}

    Attributes:
        id (str): Minimum ID Example: 6dc54805-0ac8-4f17-9341-4d3f2db9dcd8.
        sequence_account_id (str): Sequence Account ID Example: c4602d51-0fb4-4b48-b689-6ba28f540d1e.
        billing_schedule_id (str): Billing Schedule ID Example: b102e007-f5d7-4b1a-8a1d-9a51135ae73b.
        phase_id (str): Phase ID Example: 6dc54805-0ac8-4f17-9341-4d3f2db9dcd8.
        amount (float): Minimum amount Example: 100.
        restrict_to_prices (list[str]): Price IDs the minimum is restricted to Example:
            ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'].
        created_at (datetime.datetime): Created at Example: 2022-06-28T16:47:00Z.
        updated_at (datetime.datetime): Updated at Example: 2022-06-28T16:47:00Z.
    """

    id: str
    sequence_account_id: str
    billing_schedule_id: str
    phase_id: str
    amount: float
    restrict_to_prices: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {}
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "sequence_account_id",
            "billing_schedule_id",
            "phase_id",
            "amount",
            "restrict_to_prices",
            "created_at",
            "updated_at",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        sequence_account_id: str,
        billing_schedule_id: str,
        phase_id: str,
        amount: float,
        restrict_to_prices: list[str],
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "billing_schedule_id": billing_schedule_id,
                "phase_id": phase_id,
                "amount": amount,
                "restrict_to_prices": restrict_to_prices,
                "created_at": created_at,
                "updated_at": updated_at,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is Minimum:  # a subclass may add its own
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

        phase_id = self.phase_id

        amount = self.amount

        restrict_to_prices = self.restrict_to_prices

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "billingScheduleId": billing_schedule_id,
                "phaseId": phase_id,
                "amount": amount,
                "restrictToPrices": restrict_to_prices,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

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

        phase_id = d.pop("phaseId")

        amount = d.pop("amount")

        restrict_to_prices = cast(list[str], d.pop("restrictToPrices"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "billing_schedule_id": billing_schedule_id,
                "phase_id": phase_id,
                "amount": amount,
                "restrict_to_prices": restrict_to_prices,
                "created_at": created_at,
                "updated_at": updated_at,
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
