from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..models.state import State
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTaxRegistrationForMerchantMerchantTaxRegistration")


@_attrs_define
class GetTaxRegistrationForMerchantMerchantTaxRegistration:
    """
    Example:
        {'id': '3271ca41-d538-404f-a15f-25856a37fb88', 'sequenceAccountId': '42020696-da25-44d0-ab79-9ecbf8fc5307',
            'taxIdentifier': 'CA123456789', 'merchantId': '06457f78-85cd-4140-9972-67c6cd8f6071', 'country': 'GB', 'state':
            'CA'}

    Attributes:
        id (str): Tax registration ID Example: 3271ca41-d538-404f-a15f-25856a37fb88.
        sequence_account_id (str): Sequence account ID Example: 42020696-da25-44d0-ab79-9ecbf8fc5307.
        tax_identifier (str): The unique identifier for this tax registration Example: CA123456789.
        merchant_id (str): The merchant that this tax registration belongs to Example:
            06457f78-85cd-4140-9972-67c6cd8f6071.
        country (CountryCode):  Example: GB.
        state (None | State | Unset): The registration state
    """

    id: str
    sequence_account_id: str
    tax_identifier: str
    merchant_id: str
    country: CountryCode
    state: None | State | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        sequence_account_id = self.sequence_account_id

        tax_identifier = self.tax_identifier

        merchant_id = self.merchant_id

        country = self.country.value

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, State):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "taxIdentifier": tax_identifier,
                "merchantId": merchant_id,
                "country": country,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        sequence_account_id = d.pop("sequenceAccountId")

        tax_identifier = d.pop("taxIdentifier")

        merchant_id = d.pop("merchantId")

        country = CountryCode(d.pop("country"))

        def _parse_state(data: object) -> None | State | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = State(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | State | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        get_tax_registration_for_merchant_merchant_tax_registration = cls(
            id=id,
            sequence_account_id=sequence_account_id,
            tax_identifier=tax_identifier,
            merchant_id=merchant_id,
            country=country,
            state=state,
        )

        get_tax_registration_for_merchant_merchant_tax_registration.additional_properties = d
        return get_tax_registration_for_merchant_merchant_tax_registration

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
