from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomerAliasRequestModel")


@_attrs_define
class CreateCustomerAliasRequestModel:
    """
    Example:
        {'customerId': '01849e70-703e-705a-b59a-d3fd575587e0', 'value': 'external-customer-alias-123', 'label': 'CRM
            ID'}

    Attributes:
        customer_id (str): Customer ID Example: 01849e70-703e-705a-b59a-d3fd575587e0.
        value (str): Alias value Example: external-customer-alias-123.
        label (None | str | Unset): Alias label Example: CRM ID.
    """

    customer_id: str
    value: str
    label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        customer_id = self.customer_id

        value = self.value

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "value": value,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        value = d.pop("value")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        create_customer_alias_request_model = cls(
            customer_id=customer_id,
            value=value,
            label=label,
        )

        create_customer_alias_request_model.additional_properties = d
        return create_customer_alias_request_model

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
