from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..models.state import State
from ..types import ABSENT

T = TypeVar("T", bound="GetTaxRegistrationForCustomerCustomerTaxRegistration")


@_attrs_define(init=False, slots=False)
class GetTaxRegistrationForCustomerCustomerTaxRegistration:
    """
    Example:
        {'id': '3271ca41-d538-404f-a15f-25856a37fb88', 'sequenceAccountId': '42020696-da25-44d0-ab79-9ecbf8fc5307',
            'taxIdentifier': 'CA123456789', 'customerId': '06457f78-85cd-4140-9972-67c6cd8f6071', 'country': 'GB', 'state':
            'CA'}

    Attributes:
        id (str): Tax registration ID Example: 3271ca41-d538-404f-a15f-25856a37fb88.
        sequence_account_id (str): Sequence account ID Example: 42020696-da25-44d0-ab79-9ecbf8fc5307.
        tax_identifier (str): The unique identifier for this tax registration Example: CA123456789.
        customer_id (str): The customer that this tax registration belongs to Example:
            06457f78-85cd-4140-9972-67c6cd8f6071.
        country (CountryCode):  Example: GB.
        state (State | None): The registration state
    """

    id: str
    sequence_account_id: str
    tax_identifier: str
    customer_id: str
    country: CountryCode
    state: State | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _given_bits: int = _attrs_field(init=False, default=0, repr=False)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "state": 1,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "state",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        id: str,
        sequence_account_id: str,
        tax_identifier: str,
        customer_id: str,
        country: CountryCode,
        state: State | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if state is ABSENT:
            state = None
        else:
            _given_ |= 1
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "tax_identifier": tax_identifier,
                "customer_id": customer_id,
                "country": country,
                "state": state,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        bit = self._FIELD_BITS.get(name)
        if bit is not None:
            self.__dict__["_given_bits"] |= bit

    @property
    def fields_set(self) -> frozenset[str]:
        """The optional fields that were given (in the JSON, to the constructor or by assignment), even as None.

        A field not in it is absent: it reads as None and `to_dict` leaves it out; a field in it
        that reads None is the JSON `null`. Required fields are not listed."""
        given = self._given_bits
        return frozenset(name for name, bit in self._FIELD_BITS.items() if given & bit)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        sequence_account_id = self.sequence_account_id

        tax_identifier = self.tax_identifier

        customer_id = self.customer_id

        country = self.country.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "taxIdentifier": tax_identifier,
                "customerId": customer_id,
                "country": country,
            }
        )
        _given_ = self._given_bits
        if _given_ & 1:
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
        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        sequence_account_id = d.pop("sequenceAccountId")

        tax_identifier = d.pop("taxIdentifier")

        customer_id = d.pop("customerId")

        country = CountryCode(d.pop("country"))

        state_json_ = d.pop("state", ABSENT)
        state: State | None
        if state_json_ is ABSENT:
            state = None
        else:
            _given_ |= 1

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
                "customer_id": customer_id,
                "country": country,
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
