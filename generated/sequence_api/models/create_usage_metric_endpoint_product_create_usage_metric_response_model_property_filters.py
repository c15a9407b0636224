from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_usage_metric_endpoint_product_create_usage_metric_response_model_property_filters_additional_property import (
        CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty,
    )


T = TypeVar("T", bound="CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFilters")


@_attrs_define
class CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFilters:
    """propertyFilters"""

    additional_properties: dict[
        str, CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.create_usage_metric_endpoint_product_create_usage_metric_response_model_property_filters_additional_property import (
            CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty,  # noqa: PLC0415
        )

        d = dict(src_dict)
        create_usage_metric_endpoint_product_create_usage_metric_response_model_property_filters = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        create_usage_metric_endpoint_product_create_usage_metric_response_model_property_filters.additional_properties = additional_properties
        return create_usage_metric_endpoint_product_create_usage_metric_response_model_property_filters

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields this SDK does not know."""
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
