from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_type import CreditType
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.credit_grant_2 import CreditGrant2
    from ..models.credit_transaction import CreditTransaction


T = TypeVar("T", bound="CreditBalance")


@_attrs_define(init=False, slots=False, eq=False)
class CreditBalance:
    """
    Example:
        {'id': '6587e308-ab0d-4a58-8cc1-1d168490de7b', 'type': 'CASH', 'name': 'Credits', 'balance': '50', 'grants':
            [{'id': '5a0faea3-7ad5-4a83-a420-09bb6576f7e6', 'sequenceAccountId': 'a507e782-d26b-4d34-92b9-aacd1667e1f0',
            'customerId': 'eabb3196-9c73-4c0d-b508-d3c4fc7b2cbb', 'type': 'CASH', 'currency': 'GBP', 'metricId':
            'b84f5290-fe95-4c6f-bedc-477700125265', 'name': 'GBP', 'originalAmount': '10', 'currentBalance': '1',
            'expiryDate': '2024-01-02', 'costOfCredit': '10', 'taxRateId': 'b3c37ea3-96bb-44fb-baed-01eb38d3328e',
            'effectiveDate': '2024-01-01', 'createdAt': '2024-01-01T12:00:00Z'}], 'transactions': [{'id':
            'c770d296-ef09-459b-b8dd-42c334e00dab', 'grantId': '5a0faea3-7ad5-4a83-a420-09bb6576f7e6', 'reason': 'because',
            'invoiceId': 'c6864c69-42a3-4966-8c22-1c56d7375a05', 'billingRunId': 'e95256be-08e7-4585-b3c7-fa9928aacd90',
            'type': 'CREDIT', 'amount': '10', 'date': '2024-01-01'}]}

    Attributes:
        id (str): Indicates the ID of Credit target, either a currency code or a metric id Example:
            6587e308-ab0d-4a58-8cc1-1d168490de7b.
        type_ (CreditType):  Example: CASH.
        name (str): Name of the Credit - will either be the currency or name of the metric Example: Credits.
        balance (str): Amount remaining of Credits Granted Example: 50.
        grants (list[CreditGrant2]): Related credit grants Example: [{'id': '5a0faea3-7ad5-4a83-a420-09bb6576f7e6',
            'sequenceAccountId': 'a507e782-d26b-4d34-92b9-aacd1667e1f0', 'customerId':
            'eabb3196-9c73-4c0d-b508-d3c4fc7b2cbb', 'type': 'CASH', 'currency': 'GBP', 'metricId':
            'b84f5290-fe95-4c6f-bedc-477700125265', 'name': 'GBP', 'originalAmount': '10', 'currentBalance': '1',
            'expiryDate': '2024-01-02', 'costOfCredit': '10', 'taxRateId': 'b3c37ea3-96bb-44fb-baed-01eb38d3328e',
            'effectiveDate': '2024-01-01', 'createdAt': '2024-01-01T12:00:00Z'}].
        transactions (list[CreditTransaction]): Related credit transactions Example: [{'id':
            'c770d296-ef09-459b-b8dd-42c334e00dab', 'grantId': '5a0faea3-7ad5-4a83-a420-09bb6576f7e6', 'reason': 'because',
            'invoiceId': 'c6864c69-42a3-4966-8c22-1c56d7375a05', 'billingRunId': 'e95256be-08e7-4585-b3c7-fa9928aacd90',
            'type': 'CREDIT', 'amount': '10', 'date': '2024-01-01'}].
    """

    id: str
    type_: CreditType
    name: str
    balance: str
    grants: list[CreditGrant2]
    transactions: list[CreditTransaction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {}
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {"id", "type_", "name", "balance", "grants", "transactions", "additional_properties", "_given_bits"}
    )

    def __init__(
        self,
        id: str,
        type_: CreditType,
        name: str,
        balance: str,
        grants: list[CreditGrant2],
        transactions: list[CreditTransaction],
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "type_": type_,
                "name": name,
                "balance": balance,
                "grants": grants,
                "transactions": transactions,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is CreditBalance:  # a subclass may add its own
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

        name = self.name

        balance = self.balance

        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)

        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "name": name,
                "balance": balance,
                "grants": grants,
                "transactions": transactions,
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
        from ..models.credit_grant_2 import CreditGrant2  # noqa: PLC0415
        from ..models.credit_transaction import CreditTransaction  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        type_ = CreditType(d.pop("type"))

        name = d.pop("name")

        balance = d.pop("balance")

        grants = []
        _grants = d.pop("grants")
        for grants_item_data in _grants:
            grants_item = CreditGrant2.from_dict(grants_item_data)

            grants.append(grants_item)

        transactions = []
        _transactions = d.pop("transactions")
        for transactions_item_data in _transactions:
            transactions_item = CreditTransaction.from_dict(transactions_item_data)

            transactions.append(transactions_item)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "type_": type_,
                "name": name,
                "balance": balance,
                "grants": grants,
                "transactions": transactions,
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
