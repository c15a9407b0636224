from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_usage_metric_endpoint_product_create_usage_metric_response_model_property_filters_additional_property import (
        CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty,
    )


T = TypeVar("T", bound="CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFilters")


@_attrs_define(init=False, slots=False)
class CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFilters:
    """propertyFilters"""

    additional_properties: dict[
        str, CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)
    _fields_given: set[str] = _attrs_field(init=False, factory=set, repr=False)

    # The optional fields, and those of them that the API never sends as null (sequence_async reads them).
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_: set[str] = set()
        object.__setattr__(
            self,
            "__dict__",
            {
                "additional_properties": {},
                "_fields_given": _given_,
            },
        )

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        if name in self._OPTIONAL_FIELDS:
            self._fields_given.add(name)

    @property
    def fields_set(self) -> frozenset[str]:
        """The optional fields that were given (in the JSON, to the constructor or by assignment), even as None.

        A field not in it is absent: it reads as None and `to_dict` leaves it out; a field in it
        that reads None is the JSON `null`. Required fields are not listed."""
        return frozenset(self._fields_given)

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
        _given_: set[str] = set()

        additional_properties_: dict[
            str, CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty
        ] = {}
        for prop_name, prop_dict in d.items():
            additional_property = CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties_[prop_name] = additional_property
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "additional_properties": additional_properties_,
                "_fields_given": _given_,
            },
        )
        return _model_

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
