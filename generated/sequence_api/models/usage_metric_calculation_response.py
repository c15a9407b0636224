from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregation_type import AggregationType
from ..models.metric_type import MetricType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageMetricCalculationResponse")


@_attrs_define
class UsageMetricCalculationResponse:
    """
    Example:
        {'name': 'total_messages_sent', 'metricType': 'GROUPED', 'eventType': 'message_sent', 'aggregationType': 'SUM',
            'eventCount': 5, 'value': 150.035, 'unit': 'bytes', 'minEventId': '0183d0f1-6b5a-74d4-9129-1f4b90191666',
            'maxEventId': '0183ea03-aca0-7019-b80d-6aacce344e92'}

    Attributes:
        name (str):  Example: total_messages_sent.
        metric_type (MetricType):  Example: GROUPED.
        event_type (str):  Example: message_sent.
        aggregation_type (AggregationType):  Example: COUNT.
        event_count (int):  Example: 5.
        value (float):  Example: 150.035.
        unit (None | str | Unset):  Example: bytes.
        min_event_id (None | str | Unset):  Example: 0183d0f1-6b5a-74d4-9129-1f4b90191666.
        max_event_id (None | str | Unset):  Example: 0183ea03-aca0-7019-b80d-6aacce344e92.
    """

    name: str
    metric_type: MetricType
    event_type: str
    aggregation_type: AggregationType
    event_count: int
    value: float
    unit: None | str | Unset = UNSET
    min_event_id: None | str | Unset = UNSET
    max_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        name = self.name

        metric_type = self.metric_type.value

        event_type = self.event_type

        aggregation_type = self.aggregation_type.value

        event_count = self.event_count

        value = self.value

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        min_event_id: None | str | Unset
        if isinstance(self.min_event_id, Unset):
            min_event_id = UNSET
        else:
            min_event_id = self.min_event_id

        max_event_id: None | str | Unset
        if isinstance(self.max_event_id, Unset):
            max_event_id = UNSET
        else:
            max_event_id = self.max_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "metricType": metric_type,
                "eventType": event_type,
                "aggregationType": aggregation_type,
                "eventCount": event_count,
                "value": value,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if min_event_id is not UNSET:
            field_dict["minEventId"] = min_event_id
        if max_event_id is not UNSET:
            field_dict["maxEventId"] = max_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        name = d.pop("name")

        metric_type = MetricType(d.pop("metricType"))

        event_type = d.pop("eventType")

        aggregation_type = AggregationType(d.pop("aggregationType"))

        event_count = d.pop("eventCount")

        value = d.pop("value")

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_min_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_event_id = _parse_min_event_id(d.pop("minEventId", UNSET))

        def _parse_max_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_event_id = _parse_max_event_id(d.pop("maxEventId", UNSET))

        usage_metric_calculation_response = cls(
            name=name,
            metric_type=metric_type,
            event_type=event_type,
            aggregation_type=aggregation_type,
            event_count=event_count,
            value=value,
            unit=unit,
            min_event_id=min_event_id,
            max_event_id=max_event_id,
        )

        usage_metric_calculation_response.additional_properties = d
        return usage_metric_calculation_response

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
