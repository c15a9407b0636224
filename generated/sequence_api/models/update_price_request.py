from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_status import CustomerStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePriceRequest")


@_attrs_define
class UpdatePriceRequest:
    """
    Example:
        {'name': 'Demo Product', 'status': 'ACTIVE'}

    Attributes:
        name (str): The customer-facing name of this Price Example: Demo Product.
        status (CustomerStatus | Unset):  Example: ACTIVE.
    """

    name: str
    status: CustomerStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        name = d.pop("name")

        _status = d.pop("status", UNSET)
        status: CustomerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomerStatus(_status)

        update_price_request = cls(
            name=name,
            status=status,
        )

        update_price_request.additional_properties = d
        return update_price_request

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
