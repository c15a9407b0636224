from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..models.state import State
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTaxRegistrationEndpointCreateTaxRegistrationRequestModel")


@_attrs_define
class CreateTaxRegistrationEndpointCreateTaxRegistrationRequestModel:
    """
    Example:
        {'taxIdentifier': 'GB123456789', 'customerId': '06457f78-85cd-4140-9972-67c6cd8f6071', 'merchantId':
            '06457f78-85cd-4140-9972-67c6cd8f6071', 'country': 'GB', 'state': 'CA'}

    Attributes:
        tax_identifier (str): The unique identifier for this tax registration Example: GB123456789.
        country (CountryCode):  Example: GB.
        customer_id (None | str | Unset): The customer that this tax registration belongs to Example:
            06457f78-85cd-4140-9972-67c6cd8f6071.
        merchant_id (None | str | Unset): The merchant that this tax registration belongs to Example:
            06457f78-85cd-4140-9972-67c6cd8f6071.
        state (None | State | Unset): The registration state
    """

    tax_identifier: str
    country: CountryCode
    customer_id: None | str | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    state: None | State | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        tax_identifier = self.tax_identifier

        country = self.country.value

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

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
                "taxIdentifier": tax_identifier,
                "country": country,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        tax_identifier = d.pop("taxIdentifier")

        country = CountryCode(d.pop("country"))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        def _parse_merchant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merchant_id = _parse_merchant_id(d.pop("merchantId", UNSET))

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

        create_tax_registration_endpoint_create_tax_registration_request_model = cls(
            tax_identifier=tax_identifier,
            country=country,
            customer_id=customer_id,
            merchant_id=merchant_id,
            state=state,
        )

        create_tax_registration_endpoint_create_tax_registration_request_model.additional_properties = d
        return create_tax_registration_endpoint_create_tax_registration_request_model

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
