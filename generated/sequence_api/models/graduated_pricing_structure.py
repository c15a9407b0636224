from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.graduated_pricing_type import GraduatedPricingType
from ..models.usage_calculation_mode import UsageCalculationMode

if TYPE_CHECKING:
    from ..models.graduated_usage_tier import GraduatedUsageTier


T = TypeVar("T", bound="GraduatedPricingStructure")


@_attrs_define
class GraduatedPricingStructure:
    """The pricing structure

    Example:
        {'tiers': [{'upperBound': '200', 'price': '1.00', 'fee': '50.00', 'isPricePercentage': False}, {'upperBound':
            '400', 'price': '0.75', 'fee': '25.00', 'isPricePercentage': False}, {'price': '0.50', 'fee': '0.00',
            'isPricePercentage': False}], 'usageMetricId': '04c62961-04ba-48e6-b985-758bb7d3e712', 'usageCalculationMode':
            'BILLING_PERIOD', 'pricingType': 'GRADUATED'}

    Attributes:
        tiers (list[GraduatedUsageTier]): A list of contiguous pricing tiers Example: [{'upperBound': '200', 'price':
            '1.00', 'fee': '50.00', 'isPricePercentage': False}, {'upperBound': '400', 'price': '0.75', 'fee': '25.00',
            'isPricePercentage': False}, {'price': '0.50', 'fee': '0.00', 'isPricePercentage': False}].
        usage_metric_id (str): The usage metric associated to this pricing structure Example:
            04c62961-04ba-48e6-b985-758bb7d3e712.
        usage_calculation_mode (UsageCalculationMode):  Example: BILLING_PERIOD.
        pricing_type (GraduatedPricingType):  Example: GRADUATED.
    """

    tiers: list[GraduatedUsageTier]
    usage_metric_id: str
    usage_calculation_mode: UsageCalculationMode
    pricing_type: GraduatedPricingType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        tiers = []
        for tiers_item_data in self.tiers:
            tiers_item = tiers_item_data.to_dict()
            tiers.append(tiers_item)

        usage_metric_id = self.usage_metric_id

        usage_calculation_mode = self.usage_calculation_mode.value

        pricing_type = self.pricing_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tiers": tiers,
                "usageMetricId": usage_metric_id,
                "usageCalculationMode": usage_calculation_mode,
                "pricingType": pricing_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.graduated_usage_tier import GraduatedUsageTier  # noqa: PLC0415

        d = dict(src_dict)
        tiers = []
        _tiers = d.pop("tiers")
        for tiers_item_data in _tiers:
            tiers_item = GraduatedUsageTier.from_dict(tiers_item_data)

            tiers.append(tiers_item)

        usage_metric_id = d.pop("usageMetricId")

        usage_calculation_mode = UsageCalculationMode(d.pop("usageCalculationMode"))

        pricing_type = GraduatedPricingType(d.pop("pricingType"))

        graduated_pricing_structure = cls(
            tiers=tiers,
            usage_metric_id=usage_metric_id,
            usage_calculation_mode=usage_calculation_mode,
            pricing_type=pricing_type,
        )

        graduated_pricing_structure.additional_properties = d
        return graduated_pricing_structure

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
