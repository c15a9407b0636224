from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..models.state import State
from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """Address

    Example:
        {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York', 'state': 'NY', 'postcode': 'AB1 2EF',
            'country': 'US'}

    Attributes:
        line1 (str): Address line 1 Example: Flat 1.
        town (str): Town or city Example: New York.
        postcode (str): Postal code Example: AB1 2EF.
        country (CountryCode):  Example: GB.
        line2 (None | str | Unset): Address line 2 Example: 123 Fake Street.
        state (State | Unset):  Example: CA.
    """

    line1: str
    town: str
    postcode: str
    country: CountryCode
    line2: None | str | Unset = UNSET
    state: State | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        line1 = self.line1

        town = self.town

        postcode = self.postcode

        country = self.country.value

        line2: None | str | Unset
        if isinstance(self.line2, Unset):
            line2 = UNSET
        else:
            line2 = self.line2

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line1": line1,
                "town": town,
                "postcode": postcode,
                "country": country,
            }
        )
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        line1 = d.pop("line1")

        town = d.pop("town")

        postcode = d.pop("postcode")

        country = CountryCode(d.pop("country"))

        def _parse_line2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line2 = _parse_line2(d.pop("line2", UNSET))

        _state = d.pop("state", UNSET)
        state: State | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = State(_state)

        address = cls(
            line1=line1,
            town=town,
            postcode=postcode,
            country=country,
            line2=line2,
            state=state,
        )

        address.additional_properties = d
        return address

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
