from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateUsageMetricEndpointUpdateUsageMetricRequestModelPropertyFiltersType0AdditionalProperty")


@_attrs_define
class UpdateUsageMetricEndpointUpdateUsageMetricRequestModelPropertyFiltersType0AdditionalProperty:
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
        update_usage_metric_endpoint_update_usage_metric_request_model_property_filters_type_0_additional_property = (
            cls()
        )

        update_usage_metric_endpoint_update_usage_metric_request_model_property_filters_type_0_additional_property.additional_properties = d
        return (
            update_usage_metric_endpoint_update_usage_metric_request_model_property_filters_type_0_additional_property
        )

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
