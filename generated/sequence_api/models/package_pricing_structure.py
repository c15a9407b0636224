from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_pricing_type import PackagePricingType

T = TypeVar("T", bound="PackagePricingStructure")


@_attrs_define
class PackagePricingStructure:
    """The pricing structure

    Example:
        {'packageSize': '50', 'pricePerPackage': '2.00', 'usageMetricId': '04c62961-04ba-48e6-b985-758bb7d3e712',
            'pricingType': 'PACKAGE'}

    Attributes:
        package_size (str): The amount of usage allowed for the price in this structure Example: 50.
        price_per_package (str): The price charged for each package Example: 2.00.
        usage_metric_id (str): The usage metric associated to this tier Example: 04c62961-04ba-48e6-b985-758bb7d3e712.
        pricing_type (PackagePricingType):  Example: PACKAGE.
    """

    package_size: str
    price_per_package: str
    usage_metric_id: str
    pricing_type: PackagePricingType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        package_size = self.package_size

        price_per_package = self.price_per_package

        usage_metric_id = self.usage_metric_id

        pricing_type = self.pricing_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageSize": package_size,
                "pricePerPackage": price_per_package,
                "usageMetricId": usage_metric_id,
                "pricingType": pricing_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        package_size = d.pop("packageSize")

        price_per_package = d.pop("pricePerPackage")

        usage_metric_id = d.pop("usageMetricId")

        pricing_type = PackagePricingType(d.pop("pricingType"))

        package_pricing_structure = cls(
            package_size=package_size,
            price_per_package=price_per_package,
            usage_metric_id=usage_metric_id,
            pricing_type=pricing_type,
        )

        package_pricing_structure.additional_properties = d
        return package_pricing_structure

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
