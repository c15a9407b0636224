from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usage_calculation_frequency import UsageCalculationFrequency

T = TypeVar("T", bound="UsageCalculationPeriod")


@_attrs_define
class UsageCalculationPeriod:
    """The period over which usage is aggregated. This value is only taken into consideration and required with graduated
    pricing structures with a usage calculation mode of 'PERIOD'. It will be ignored for all non-graduated prices.

        Example:
            {'frequency': 'QUARTERLY', 'interval': 1}

        Attributes:
            frequency (UsageCalculationFrequency):  Example: QUARTERLY.
            interval (int): Interval determines the time period over which usage is aggregated. For example, if the
                frequency is MONTHLY and the interval is 3, the usage is aggregated over 3 months before starting at 0 again.
                Example: 1.
    """

    frequency: UsageCalculationFrequency
    interval: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        frequency = self.frequency.value

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frequency": frequency,
                "interval": interval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        frequency = UsageCalculationFrequency(d.pop("frequency"))

        interval = d.pop("interval")

        usage_calculation_period = cls(
            frequency=frequency,
            interval=interval,
        )

        usage_calculation_period.additional_properties = d
        return usage_calculation_period

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
