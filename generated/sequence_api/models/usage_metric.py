from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregation_type import AggregationType
from ..models.metric_type import MetricType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_metric_parameter import CustomMetricParameter
    from ..models.usage_metric_property_filters import UsageMetricPropertyFilters


T = TypeVar("T", bound="UsageMetric")


@_attrs_define
class UsageMetric:
    """
    Example:
        {'id': 'f092246c-6b90-4106-bcca-304ccf06bf45', 'sequenceAccountId': 'ec1479a2-6ba1-421f-a7de-0853a20d17a1',
            'name': 'Total length of sent messages.', 'description': 'Total length of sent messages.', 'metricType':
            'GROUPED', 'eventType': 'message_sent', 'aggregationType': 'COUNT', 'aggregationProperty': 'message_length',
            'groupingProperty': 'channel', 'unit': 'bytes', 'createdAt': '2022-06-28T16:47:00Z', 'deletedAt':
            '2022-06-28T16:47:00Z', 'propertyFilters': {'channels': ['text', 'email']}, 'caseSensitive': True,
            'propertiesToNegate': ['channels'], 'parameters': [{'id': '2963e49a-c8e0-4673-89f5-7a805c0faf14',
            'usageMetricId': 'f092246c-6b90-4106-bcca-304ccf06bf45', 'name': 'myParam', 'type': 'INTEGER', 'description':
            'My parameter', 'defaultValue': '10'}]}

    Attributes:
        id (str): Unique ID Example: f092246c-6b90-4106-bcca-304ccf06bf45.
        sequence_account_id (str): Sequence Account ID Example: ec1479a2-6ba1-421f-a7de-0853a20d17a1.
        name (str): Human-readable name for this metric, which should be unique Example: Total length of sent messages..
        metric_type (MetricType):  Example: GROUPED.
        event_type (str): The `eventType` of the Usage Event to be aggregated Example: message_sent.
        aggregation_type (AggregationType):  Example: COUNT.
        property_filters (UsageMetricPropertyFilters):
        parameters (list[CustomMetricParameter]): Required parameters Example: [{'id':
            '2963e49a-c8e0-4673-89f5-7a805c0faf14', 'usageMetricId': 'f092246c-6b90-4106-bcca-304ccf06bf45', 'name':
            'myParam', 'type': 'INTEGER', 'description': 'My parameter', 'defaultValue': '10'}].
        description (None | str | Unset): Description for this metric Example: Total length of sent messages..
        aggregation_property (None | str | Unset): Property within the event to aggregate Example: message_length.
        grouping_property (None | str | Unset): Property within the event to group results by Example: channel.
        unit (None | str | Unset): Human-readable unit of the aggregated metric, eg. API calls) Example: bytes.
        created_at (datetime.datetime | None | Unset): Created at Example: 2022-06-28T16:47:00Z.
        deleted_at (datetime.datetime | None | Unset): Created at Example: 2022-06-28T16:47:00Z.
        case_sensitive (bool | None | Unset):  Example: True.
        properties_to_negate (list[str] | None | Unset):  Example: ['channels'].
    """

    id: str
    sequence_account_id: str
    name: str
    metric_type: MetricType
    event_type: str
    aggregation_type: AggregationType
    property_filters: UsageMetricPropertyFilters
    parameters: list[CustomMetricParameter]
    description: None | str | Unset = UNSET
    aggregation_property: None | str | Unset = UNSET
    grouping_property: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    case_sensitive: bool | None | Unset = UNSET
    properties_to_negate: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        sequence_account_id = self.sequence_account_id

        name = self.name

        metric_type = self.metric_type.value

        event_type = self.event_type

        aggregation_type = self.aggregation_type.value

        property_filters = self.property_filters.to_dict()

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        aggregation_property: None | str | Unset
        if isinstance(self.aggregation_property, Unset):
            aggregation_property = UNSET
        else:
            aggregation_property = self.aggregation_property

        grouping_property: None | str | Unset
        if isinstance(self.grouping_property, Unset):
            grouping_property = UNSET
        else:
            grouping_property = self.grouping_property

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        case_sensitive: bool | None | Unset
        if isinstance(self.case_sensitive, Unset):
            case_sensitive = UNSET
        else:
            case_sensitive = self.case_sensitive

        properties_to_negate: list[str] | None | Unset
        if isinstance(self.properties_to_negate, Unset):
            properties_to_negate = UNSET
        elif isinstance(self.properties_to_negate, list):
            properties_to_negate = self.properties_to_negate

        else:
            properties_to_negate = self.properties_to_negate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "name": name,
                "metricType": metric_type,
                "eventType": event_type,
                "aggregationType": aggregation_type,
                "propertyFilters": property_filters,
                "parameters": parameters,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if aggregation_property is not UNSET:
            field_dict["aggregationProperty"] = aggregation_property
        if grouping_property is not UNSET:
            field_dict["groupingProperty"] = grouping_property
        if unit is not UNSET:
            field_dict["unit"] = unit
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if case_sensitive is not UNSET:
            field_dict["caseSensitive"] = case_sensitive
        if properties_to_negate is not UNSET:
            field_dict["propertiesToNegate"] = properties_to_negate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.custom_metric_parameter import CustomMetricParameter  # noqa: PLC0415
        from ..models.usage_metric_property_filters import UsageMetricPropertyFilters  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        sequence_account_id = d.pop("sequenceAccountId")

        name = d.pop("name")

        metric_type = MetricType(d.pop("metricType"))

        event_type = d.pop("eventType")

        aggregation_type = AggregationType(d.pop("aggregationType"))

        property_filters = UsageMetricPropertyFilters.from_dict(d.pop("propertyFilters"))

        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:
            parameters_item = CustomMetricParameter.from_dict(parameters_item_data)

            parameters.append(parameters_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_aggregation_property(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aggregation_property = _parse_aggregation_property(d.pop("aggregationProperty", UNSET))

        def _parse_grouping_property(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grouping_property = _parse_grouping_property(d.pop("groupingProperty", UNSET))

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        def _parse_case_sensitive(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        case_sensitive = _parse_case_sensitive(d.pop("caseSensitive", UNSET))

        def _parse_properties_to_negate(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                properties_to_negate_type_0 = cast(list[str], data)

                return properties_to_negate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        properties_to_negate = _parse_properties_to_negate(d.pop("propertiesToNegate", UNSET))

        usage_metric = cls(
            id=id,
            sequence_account_id=sequence_account_id,
            name=name,
            metric_type=metric_type,
            event_type=event_type,
            aggregation_type=aggregation_type,
            property_filters=property_filters,
            parameters=parameters,
            description=description,
            aggregation_property=aggregation_property,
            grouping_property=grouping_property,
            unit=unit,
            created_at=created_at,
            deleted_at=deleted_at,
            case_sensitive=case_sensitive,
            properties_to_negate=properties_to_negate,
        )

        usage_metric.additional_properties = d
        return usage_metric

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
