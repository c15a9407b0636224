from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..models.state import State
from ..types import ABSENT

T = TypeVar("T", bound="CreateTaxRegistrationEndpointProductCreateTaxRegistrationResponseModel")


@_attrs_define(init=False, slots=False, eq=False)
class CreateTaxRegistrationEndpointProductCreateTaxRegistrationResponseModel:
    """
    Example:
        {'id': '3271ca41-d538-404f-a15f-25856a37fb88', 'sequenceAccountId': 'a2e7ec72-e3b1-4349-8d8b-c1ad3cea03a1',
            'taxIdentifier': 'GB123456789', 'customerId': '06457f78-85cd-4140-9972-67c6cd8f6071', 'merchantId':
            '06457f78-85cd-4140-9972-67c6cd8f6071', 'country': 'GB', 'state': 'CA'}

    Attributes:
        id (str): Tax registration ID Example: 3271ca41-d538-404f-a15f-25856a37fb88.
        sequence_account_id (str): Sequence account ID Example: a2e7ec72-e3b1-4349-8d8b-c1ad3cea03a1.
        tax_identifier (str): The unique identifier for this tax registration Example: GB123456789.
        country (CountryCode):  Example: GB.
        customer_id (str | None): The customer that this tax registration belongs to Example:
            06457f78-85cd-4140-9972-67c6cd8f6071.
        merchant_id (str | None): The merchant that this tax registration belongs to Example:
            06457f78-85cd-4140-9972-67c6cd8f6071.
        state (State | None): The registration state
    """

    id: str
    sequence_account_id: str
    tax_identifier: str
    country: CountryCode
    customer_id: str | None = ABSENT
    merchant_id: str | None = ABSENT
    state: State | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "customer_id": 1,
        "merchant_id": 2,
        "state": 4,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "customer_id",
            "merchant_id",
            "state",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "sequence_account_id",
            "tax_identifier",
            "country",
            "customer_id",
            "merchant_id",
            "state",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        sequence_account_id: str,
        tax_identifier: str,
        country: CountryCode,
        customer_id: str | None = ABSENT,
        merchant_id: str | None = ABSENT,
        state: State | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if customer_id is ABSENT:
            customer_id = None
        else:
            _given_ |= 1
        if merchant_id is ABSENT:
            merchant_id = None
        else:
            _given_ |= 2
        if state is ABSENT:
            state = None
        else:
            _given_ |= 4
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "tax_identifier": tax_identifier,
                "country": country,
                "customer_id": customer_id,
                "merchant_id": merchant_id,
                "state": state,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES
                and type(self) is CreateTaxRegistrationEndpointProductCreateTaxRegistrationResponseModel
            ):  # a subclass may add its own
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

        tax_identifier = self.tax_identifier

        country = self.country.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "taxIdentifier": tax_identifier,
                "country": country,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.customer_id is None:
                field_dict["customerId"] = None
            else:
                customer_id: None | str
                customer_id = self.customer_id
                field_dict["customerId"] = customer_id
        if _given_ & 2:
            if self.merchant_id is None:
                field_dict["merchantId"] = None
            else:
                merchant_id: None | str
                merchant_id = self.merchant_id
                field_dict["merchantId"] = merchant_id
        if _given_ & 4:
            if self.state is None:
                field_dict["state"] = None
            else:
                state: None | str
                if isinstance(self.state, State):
                    state = self.state.value
                else:
                    state = self.state
                field_dict["state"] = state

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

        tax_identifier = d.pop("taxIdentifier")

        country = CountryCode(d.pop("country"))

        customer_id_json_ = d.pop("customerId", ABSENT)
        customer_id: str | None
        if customer_id_json_ is ABSENT:
            customer_id = None
        else:
            _given_ |= 1

            def _parse_customer_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            customer_id = _parse_customer_id(customer_id_json_)

        merchant_id_json_ = d.pop("merchantId", ABSENT)
        merchant_id: str | None
        if merchant_id_json_ is ABSENT:
            merchant_id = None
        else:
            _given_ |= 2

            def _parse_merchant_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            merchant_id = _parse_merchant_id(merchant_id_json_)

        state_json_ = d.pop("state", ABSENT)
        state: State | None
        if state_json_ is ABSENT:
            state = None
        else:
            _given_ |= 4

            def _parse_state(data: object) -> None | State:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    state_type_0 = State(data)

                    return state_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | State, data)

            state = _parse_state(state_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "tax_identifier": tax_identifier,
                "country": country,
                "customer_id": customer_id,
                "merchant_id": merchant_id,
                "state": state,
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
