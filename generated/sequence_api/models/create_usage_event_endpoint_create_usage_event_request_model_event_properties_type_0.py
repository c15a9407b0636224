from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0")


@_attrs_define
class CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0:
    """Event properties. These can be referenced by a usage metric."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        create_usage_event_endpoint_create_usage_event_request_model_event_properties_type_0 = cls()

        create_usage_event_endpoint_create_usage_event_request_model_event_properties_type_0.additional_properties = d
        return create_usage_event_endpoint_create_usage_event_request_model_event_properties_type_0

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
