from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_unit_type import CreditUnitType
from ..models.currency import Currency
from ..types import ABSENT

T = TypeVar("T", bound="CreateCreditGrantRequest")


@_attrs_define(init=False, slots=False, eq=False)
class CreateCreditGrantRequest:
    """
    Example:
        {'sequenceAccountId': 'dce9ae85-d8d0-42b4-bcad-f221a64363c6', 'customerId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'name': 'Onboarding Credits', 'creditUnitType': 'CURRENCY', 'currency':
            'GBP', 'metricId': 'f092246c-6b90-4106-bcca-304ccf06bf45', 'amount': 10, 'costOfCredit': 10, 'effectiveDate':
            '2023-01-01', 'expiryDate': '2023-01-31', 'createInvoice': True}

    Attributes:
        sequence_account_id (str): Sequence account ID Example: dce9ae85-d8d0-42b4-bcad-f221a64363c6.
        customer_id (str): The ID of the customer credit is granted to Example: 61b083e0-1faa-47ca-9aeb-6205da8f6c47.
        name (str): Name of the credit grant Example: Onboarding Credits.
        credit_unit_type (CreditUnitType):  Example: CURRENCY.
        currency (Currency):  Example: GBP.
        amount (float): Amount of units granted Example: 10.
        metric_id (str | None): Metric ID (if creditUnitType is METRIC) Example: f092246c-6b90-4106-bcca-304ccf06bf45.
        cost_of_credit (float | None): Cost of credit grant, to be invoiced to the customer Example: 10.
        effective_date (str | None): First day credit grant can be consumed Example: 2023-01-01.
        expiry_date (str | None): Last day credit grant can be consumed Example: 2023-01-31.
        create_invoice (bool | None): If true we will create an invoice to charge the customer for this grant Example:
            True.
    """

    sequence_account_id: str
    customer_id: str
    name: str
    credit_unit_type: CreditUnitType
    currency: Currency
    amount: float
    metric_id: str | None = ABSENT
    cost_of_credit: float | None = ABSENT
    effective_date: str | None = ABSENT
    expiry_date: str | None = ABSENT
    create_invoice: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "metric_id": 1,
        "cost_of_credit": 2,
        "effective_date": 4,
        "expiry_date": 8,
        "create_invoice": 16,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "metric_id",
            "cost_of_credit",
            "effective_date",
            "expiry_date",
            "create_invoice",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "sequence_account_id",
            "customer_id",
            "name",
            "credit_unit_type",
            "currency",
            "amount",
            "metric_id",
            "cost_of_credit",
            "effective_date",
            "expiry_date",
            "create_invoice",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        sequence_account_id: str,
        customer_id: str,
        name: str,
        credit_unit_type: CreditUnitType,
        currency: Currency,
        amount: float,
        metric_id: str | None = ABSENT,
        cost_of_credit: float | None = ABSENT,
        effective_date: str | None = ABSENT,
        expiry_date: str | None = ABSENT,
        create_invoice: bool | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if metric_id is ABSENT:
            metric_id = None
        else:
            _given_ |= 1
        if cost_of_credit is ABSENT:
            cost_of_credit = None
        else:
            _given_ |= 2
        if effective_date is ABSENT:
            effective_date = None
        else:
            _given_ |= 4
        if expiry_date is ABSENT:
            expiry_date = None
        else:
            _given_ |= 8
        if create_invoice is ABSENT:
            create_invoice = None
        else:
            _given_ |= 16
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "sequence_account_id": sequence_account_id,
                "customer_id": customer_id,
                "name": name,
                "credit_unit_type": credit_unit_type,
                "currency": currency,
                "amount": amount,
                "metric_id": metric_id,
                "cost_of_credit": cost_of_credit,
                "effective_date": effective_date,
                "expiry_date": expiry_date,
                "create_invoice": create_invoice,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is CreateCreditGrantRequest:  # a subclass may add its own
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
        sequence_account_id = self.sequence_account_id

        customer_id = self.customer_id

        name = self.name

        credit_unit_type = self.credit_unit_type.value

        currency = self.currency.value

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sequenceAccountId": sequence_account_id,
                "customerId": customer_id,
                "name": name,
                "creditUnitType": credit_unit_type,
                "currency": currency,
                "amount": amount,
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
            if self.cost_of_credit is None:
                field_dict["costOfCredit"] = None
            else:
                cost_of_credit: float | None
                cost_of_credit = self.cost_of_credit
                field_dict["costOfCredit"] = cost_of_credit
        if _given_ & 4:
            if self.effective_date is None:
                field_dict["effectiveDate"] = None
            else:
                effective_date: None | str
                effective_date = self.effective_date
                field_dict["effectiveDate"] = effective_date
        if _given_ & 8:
            if self.expiry_date is None:
                field_dict["expiryDate"] = None
            else:
                expiry_date: None | str
                expiry_date = self.expiry_date
                field_dict["expiryDate"] = expiry_date
        if _given_ & 16:
            if self.create_invoice is None:
                field_dict["createInvoice"] = None
            else:
                create_invoice: bool | None
                create_invoice = self.create_invoice
                field_dict["createInvoice"] = create_invoice

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
        sequence_account_id = d.pop("sequenceAccountId")

        customer_id = d.pop("customerId")

        name = d.pop("name")

        credit_unit_type = CreditUnitType(d.pop("creditUnitType"))

        currency = Currency(d.pop("currency"))

        amount = d.pop("amount")

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

        effective_date_json_ = d.pop("effectiveDate", ABSENT)
        effective_date: str | None
        if effective_date_json_ is ABSENT:
            effective_date = None
        else:
            _given_ |= 4

            def _parse_effective_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            effective_date = _parse_effective_date(effective_date_json_)

        expiry_date_json_ = d.pop("expiryDate", ABSENT)
        expiry_date: str | None
        if expiry_date_json_ is ABSENT:
            expiry_date = None
        else:
            _given_ |= 8

            def _parse_expiry_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            expiry_date = _parse_expiry_date(expiry_date_json_)

        create_invoice_json_ = d.pop("createInvoice", ABSENT)
        create_invoice: bool | None
        if create_invoice_json_ is ABSENT:
            create_invoice = None
        else:
            _given_ |= 16

            def _parse_create_invoice(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            create_invoice = _parse_create_invoice(create_invoice_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "sequence_account_id": sequence_account_id,
                "customer_id": customer_id,
                "name": name,
                "credit_unit_type": credit_unit_type,
                "currency": currency,
                "amount": amount,
                "metric_id": metric_id,
                "cost_of_credit": cost_of_credit,
                "effective_date": effective_date,
                "expiry_date": expiry_date,
                "create_invoice": create_invoice,
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
