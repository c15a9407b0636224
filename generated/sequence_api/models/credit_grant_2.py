from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_type import CreditType
from ..models.currency import Currency
from ..types import ABSENT

T = TypeVar("T", bound="CreditGrant2")


@_attrs_define(init=False, slots=False, eq=False)
class CreditGrant2:
    """
    Example:
        {'id': '5a0faea3-7ad5-4a83-a420-09bb6576f7e6', 'sequenceAccountId': 'a507e782-d26b-4d34-92b9-aacd1667e1f0',
            'customerId': 'eabb3196-9c73-4c0d-b508-d3c4fc7b2cbb', 'type': 'CASH', 'currency': 'GBP', 'metricId':
            'b84f5290-fe95-4c6f-bedc-477700125265', 'name': 'GBP', 'originalAmount': '10', 'currentBalance': '1',
            'expiryDate': '2024-01-02', 'costOfCredit': '10', 'taxRateId': 'b3c37ea3-96bb-44fb-baed-01eb38d3328e',
            'effectiveDate': '2024-01-01', 'createdAt': '2024-01-01T12:00:00Z'}

    Attributes:
        id (str): Credit Grant ID Example: 5a0faea3-7ad5-4a83-a420-09bb6576f7e6.
        sequence_account_id (str): Sequence account ID Example: a507e782-d26b-4d34-92b9-aacd1667e1f0.
        customer_id (str): Customer ID Example: eabb3196-9c73-4c0d-b508-d3c4fc7b2cbb.
        type_ (CreditType):  Example: CASH.
        currency (Currency):  Example: GBP.
        name (str): Name of the Credit - will either be the currency or name of the metric Example: GBP.
        original_amount (str): Amount of credits originally granted Example: 10.
        current_balance (str): Amount remaining of Credits Granted Example: 1.
        cost_of_credit (str): Cost of credit grant Example: 10.
        created_at (datetime.datetime): The created at Example: 2024-01-01T12:00:00Z.
        metric_id (str | None): Usage metric ID (if type is USAGE) Example: b84f5290-fe95-4c6f-bedc-477700125265.
        expiry_date (str | None): Last Day Credit Grant can be consumed Example: 2024-01-02.
        tax_rate_id (str | None): Tax Rate ID for Credit Purchase Example: b3c37ea3-96bb-44fb-baed-01eb38d3328e.
        effective_date (str | None): First Day Credit Grant can be consumed Example: 2024-01-01.
    """

    id: str
    sequence_account_id: str
    customer_id: str
    type_: CreditType
    currency: Currency
    name: str
    original_amount: str
    current_balance: str
    cost_of_credit: str
    created_at: datetime.datetime
    metric_id: str | None = ABSENT
    expiry_date: str | None = ABSENT
    tax_rate_id: str | None = ABSENT
    effective_date: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "metric_id": 1,
        "expiry_date": 2,
        "tax_rate_id": 4,
        "effective_date": 8,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "metric_id",
            "expiry_date",
            "tax_rate_id",
            "effective_date",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "sequence_account_id",
            "customer_id",
            "type_",
            "currency",
            "name",
            "original_amount",
            "current_balance",
            "cost_of_credit",
            "created_at",
            "metric_id",
            "expiry_date",
            "tax_rate_id",
            "effective_date",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        sequence_account_id: str,
        customer_id: str,
        type_: CreditType,
        currency: Currency,
        name: str,
        original_amount: str,
        current_balance: str,
        cost_of_credit: str,
        created_at: datetime.datetime,
        metric_id: str | None = ABSENT,
        expiry_date: str | None = ABSENT,
        tax_rate_id: str | None = ABSENT,
        effective_date: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if metric_id is ABSENT:
            metric_id = None
        else:
            _given_ |= 1
        if expiry_date is ABSENT:
            expiry_date = None
        else:
            _given_ |= 2
        if tax_rate_id is ABSENT:
            tax_rate_id = None
        else:
            _given_ |= 4
        if effective_date is ABSENT:
            effective_date = None
        else:
            _given_ |= 8
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "customer_id": customer_id,
                "type_": type_,
                "currency": currency,
                "name": name,
                "original_amount": original_amount,
                "current_balance": current_balance,
                "cost_of_credit": cost_of_credit,
                "created_at": created_at,
                "metric_id": metric_id,
                "expiry_date": expiry_date,
                "tax_rate_id": tax_rate_id,
                "effective_date": effective_date,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is CreditGrant2:  # a subclass may add its own
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

        customer_id = self.customer_id

        type_ = self.type_.value

        currency = self.currency.value

        name = self.name

        original_amount = self.original_amount

        current_balance = self.current_balance

        cost_of_credit = self.cost_of_credit

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "customerId": customer_id,
                "type": type_,
                "currency": currency,
                "name": name,
                "originalAmount": original_amount,
                "currentBalance": current_balance,
                "costOfCredit": cost_of_credit,
                "createdAt": created_at,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.metric_id is None:
                field_dict["metricId"] = None
            else:
                metric_id: None | str
                metric_id = self.metric_id
                field_dict["metricId"] = metric_id
        if _given_ & 2:
            if self.expiry_date is None:
                field_dict["expiryDate"] = None
            else:
                expiry_date: None | str
                expiry_date = self.expiry_date
                field_dict["expiryDate"] = expiry_date
        if _given_ & 4:
            if self.tax_rate_id is None:
                field_dict["taxRateId"] = None
            else:
                tax_rate_id: None | str
                tax_rate_id = self.tax_rate_id
                field_dict["taxRateId"] = tax_rate_id
        if _given_ & 8:
            if self.effective_date is None:
                field_dict["effectiveDate"] = None
            else:
                effective_date: None | str
                effective_date = self.effective_date
                field_dict["effectiveDate"] = effective_date

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

        customer_id = d.pop("customerId")

        type_ = CreditType(d.pop("type"))

        currency = Currency(d.pop("currency"))

        name = d.pop("name")

        original_amount = d.pop("originalAmount")

        current_balance = d.pop("currentBalance")

        cost_of_credit = d.pop("costOfCredit")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        metric_id_json_ = d.pop("metricId", ABSENT)
        metric_id: str | None
        if metric_id_json_ is ABSENT:
            metric_id = None
        else:
            _given_ |= 1

            def _parse_metric_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            metric_id = _parse_metric_id(metric_id_json_)

        expiry_date_json_ = d.pop("expiryDate", ABSENT)
        expiry_date: str | None
        if expiry_date_json_ is ABSENT:
            expiry_date = None
        else:
            _given_ |= 2

            def _parse_expiry_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            expiry_date = _parse_expiry_date(expiry_date_json_)

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

        effective_date_json_ = d.pop("effectiveDate", ABSENT)
        effective_date: str | None
        if effective_date_json_ is ABSENT:
            effective_date = None
        else:
            _given_ |= 8

            def _parse_effective_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            effective_date = _parse_effective_date(effective_date_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "customer_id": customer_id,
                "type_": type_,
                "currency": currency,
                "name": name,
                "original_amount": original_amount,
                "current_balance": current_balance,
                "cost_of_credit": cost_of_credit,
                "created_at": created_at,
                "metric_id": metric_id,
                "expiry_date": expiry_date,
                "tax_rate_id": tax_rate_id,
                "effective_date": effective_date,
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
