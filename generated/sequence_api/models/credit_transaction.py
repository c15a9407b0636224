from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_transaction_type import CreditTransactionType
from ..types import ABSENT

T = TypeVar("T", bound="CreditTransaction")


@_attrs_define(init=False, slots=False, eq=False)
class CreditTransaction:
    """
    Example:
        {'id': 'c770d296-ef09-459b-b8dd-42c334e00dab', 'grantId': '5a0faea3-7ad5-4a83-a420-09bb6576f7e6', 'reason':
            'because', 'invoiceId': 'c6864c69-42a3-4966-8c22-1c56d7375a05', 'billingRunId':
            'e95256be-08e7-4585-b3c7-fa9928aacd90', 'type': 'CREDIT', 'amount': '10', 'date': '2024-01-01'}

    Attributes:
        grant_id (str): Credit Grant ID Example: 5a0faea3-7ad5-4a83-a420-09bb6576f7e6.
        type_ (CreditTransactionType):  Example: CREDIT.
        amount (str): Number of units added or consumed Example: 10.
        date (str): Date of transaction Example: 2024-01-01.
        id (str | None): Credit Transaction ID Example: c770d296-ef09-459b-b8dd-42c334e00dab.
        reason (str | None): Transaction Reason Example: because.
        invoice_id (str | None): Invoice ID where Credit was consumed Example: c6864c69-42a3-4966-8c22-1c56d7375a05.
        billing_run_id (str | None): Billing Run ID where Credit was consumed Example:
            e95256be-08e7-4585-b3c7-fa9928aacd90.
    """

    grant_id: str
    type_: CreditTransactionType
    amount: str
    date: str
    id: str | None = ABSENT
    reason: str | None = ABSENT
    invoice_id: str | None = ABSENT
    billing_run_id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "id": 1,
        "reason": 2,
        "invoice_id": 4,
        "billing_run_id": 8,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "reason",
            "invoice_id",
            "billing_run_id",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "grant_id",
            "type_",
            "amount",
            "date",
            "id",
            "reason",
            "invoice_id",
            "billing_run_id",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        grant_id: str,
        type_: CreditTransactionType,
        amount: str,
        date: str,
        id: str | None = ABSENT,
        reason: str | None = ABSENT,
        invoice_id: str | None = ABSENT,
        billing_run_id: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if id is ABSENT:
            id = None
        else:
            _given_ |= 1
        if reason is ABSENT:
            reason = None
        else:
            _given_ |= 2
        if invoice_id is ABSENT:
            invoice_id = None
        else:
            _given_ |= 4
        if billing_run_id is ABSENT:
            billing_run_id = None
        else:
            _given_ |= 8
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "grant_id": grant_id,
                "type_": type_,
                "amount": amount,
                "date": date,
                "id": id,
                "reason": reason,
                "invoice_id": invoice_id,
                "billing_run_id": billing_run_id,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is CreditTransaction:  # a subclass may add its own
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
        grant_id = self.grant_id

        type_ = self.type_.value

        amount = self.amount

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grantId": grant_id,
                "type": type_,
                "amount": amount,
                "date": date,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.id is None:
                field_dict["id"] = None
            else:
                id: None | str
                id = self.id
                field_dict["id"] = id
        if _given_ & 2:
            if self.reason is None:
                field_dict["reason"] = None
            else:
                reason: None | str
                reason = self.reason
                field_dict["reason"] = reason
        if _given_ & 4:
            if self.invoice_id is None:
                field_dict["invoiceId"] = None
            else:
                invoice_id: None | str
                invoice_id = self.invoice_id
                field_dict["invoiceId"] = invoice_id
        if _given_ & 8:
            if self.billing_run_id is None:
                field_dict["billingRunId"] = None
            else:
                billing_run_id: None | str
                billing_run_id = self.billing_run_id
                field_dict["billingRunId"] = billing_run_id

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
        grant_id = d.pop("grantId")

        type_ = CreditTransactionType(d.pop("type"))

        amount = d.pop("amount")

        date = d.pop("date")

        id_json_ = d.pop("id", ABSENT)
        id: str | None
        if id_json_ is ABSENT:
            id = None
        else:
            _given_ |= 1

            def _parse_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            id = _parse_id(id_json_)

        reason_json_ = d.pop("reason", ABSENT)
        reason: str | None
        if reason_json_ is ABSENT:
            reason = None
        else:
            _given_ |= 2

            def _parse_reason(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            reason = _parse_reason(reason_json_)

        invoice_id_json_ = d.pop("invoiceId", ABSENT)
        invoice_id: str | None
        if invoice_id_json_ is ABSENT:
            invoice_id = None
        else:
            _given_ |= 4

            def _parse_invoice_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            invoice_id = _parse_invoice_id(invoice_id_json_)

        billing_run_id_json_ = d.pop("billingRunId", ABSENT)
        billing_run_id: str | None
        if billing_run_id_json_ is ABSENT:
            billing_run_id = None
        else:
            _given_ |= 8

            def _parse_billing_run_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            billing_run_id = _parse_billing_run_id(billing_run_id_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "grant_id": grant_id,
                "type_": type_,
                "amount": amount,
                "date": date,
                "id": id,
                "reason": reason,
                "invoice_id": invoice_id,
                "billing_run_id": billing_run_id,
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
