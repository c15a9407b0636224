from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregation_type import AggregationType
from ..models.metric_type import MetricType
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.custom_metric_parameter import CustomMetricParameter
    from ..models.usage_metric_property_filters import UsageMetricPropertyFilters


T = TypeVar("T", bound="UsageMetric")


@_attrs_define(init=False, slots=False, eq=False)
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
        description (str | None): Description for this metric Example: Total length of sent messages..
        aggregation_property (str | None): Property within the event to aggregate Example: message_length.
        grouping_property (str | None): Property within the event to group results by Example: channel.
        unit (str | None): Human-readable unit of the aggregated metric, eg. API calls) Example: bytes.
        created_at (datetime.datetime | None): Created at Example: 2022-06-28T16:47:00Z.
        deleted_at (datetime.datetime | None): Created at Example: 2022-06-28T16:47:00Z.
        case_sensitive (bool | None):  Example: True.
        properties_to_negate (list[str] | None):  Example: ['channels'].
    """

    id: str
    sequence_account_id: str
    name: str
    metric_type: MetricType
    event_type: str
    aggregation_type: AggregationType
    property_filters: UsageMetricPropertyFilters
    parameters: list[CustomMetricParameter]
    description: str | None = ABSENT
    aggregation_property: str | None = ABSENT
    grouping_property: str | None = ABSENT
    unit: str | None = ABSENT
    created_at: datetime.datetime | None = ABSENT
    deleted_at: datetime.datetime | None = ABSENT
    case_sensitive: bool | None = ABSENT
    properties_to_negate: list[str] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "description": 1,
        "aggregation_property": 2,
        "grouping_property": 4,
        "unit": 8,
        "created_at": 16,
        "deleted_at": 32,
        "case_sensitive": 64,
        "properties_to_negate": 128,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "aggregation_property",
            "grouping_property",
            "unit",
            "created_at",
            "deleted_at",
            "case_sensitive",
            "properties_to_negate",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "sequence_account_id",
            "name",
            "metric_type",
            "event_type",
            "aggregation_type",
            "property_filters",
            "parameters",
            "description",
            "aggregation_property",
            "grouping_property",
            "unit",
            "created_at",
            "deleted_at",
            "case_sensitive",
            "properties_to_negate",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        sequence_account_id: str,
        name: str,
        metric_type: MetricType,
        event_type: str,
        aggregation_type: AggregationType,
        property_filters: UsageMetricPropertyFilters,
        parameters: list[CustomMetricParameter],
        description: str | None = ABSENT,
        aggregation_property: str | None = ABSENT,
        grouping_property: str | None = ABSENT,
        unit: str | None = ABSENT,
        created_at: datetime.datetime | None = ABSENT,
        deleted_at: datetime.datetime | None = ABSENT,
        case_sensitive: bool | None = ABSENT,
        properties_to_negate: list[str] | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if description is ABSENT:
            description = None
        else:
            _given_ |= 1
        if aggregation_property is ABSENT:
            aggregation_property = None
        else:
            _given_ |= 2
        if grouping_property is ABSENT:
            grouping_property = None
        else:
            _given_ |= 4
        if unit is ABSENT:
            unit = None
        else:
            _given_ |= 8
        if created_at is ABSENT:
            created_at = None
        else:
            _given_ |= 16
        if deleted_at is ABSENT:
            deleted_at = None
        else:
            _given_ |= 32
        if case_sensitive is ABSENT:
            case_sensitive = None
        else:
            _given_ |= 64
        if properties_to_negate is ABSENT:
            properties_to_negate = None
        else:
            _given_ |= 128
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "name": name,
                "metric_type": metric_type,
                "event_type": event_type,
                "aggregation_type": aggregation_type,
                "property_filters": property_filters,
                "parameters": parameters,
                "description": description,
                "aggregation_property": aggregation_property,
                "grouping_property": grouping_property,
                "unit": unit,
                "created_at": created_at,
                "deleted_at": deleted_at,
                "case_sensitive": case_sensitive,
                "properties_to_negate": properties_to_negate,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is UsageMetric:  # a subclass may add its own
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            bit = self._FIELD_BITS.get(name)
            if bit is None:
                object.__setattr__(self, name, value)
            elif value is ABSENT:
                object.__setattr__(self, name, None)
                self.__dict__["_given_bits"] = self.__dict__.get("_given_bits", 0) & ~bit
            else:
                object.__setattr__(self, name, value)
                self.__dict__["_given_bits"] = self.__dict__.get("_given_bits", 0) | bit

        def __delattr__(self, name: str) -> None:
            """Deleting an optional field makes it absent; a required field cannot be deleted."""
            if name not in self._FIELD_BITS:
                raise AttributeError(f"cannot delete {name!r}: not an optional field of {type(self).__name__}")
            self.__setattr__(name, ABSENT)

    def __eq__(self, other: object) -> bool:
        """Equal fields, unknown fields and the same fields given (absent is not null)."""
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as attrs' own eq=True would leave it

    @property
    def fields_set(self) -> frozenset[str]:
        """The optional fields that were given (in the JSON, to the constructor or by assignment), even as None.

        A field not in it is absent: it reads as None and `to_dict` leaves it out; a field in it
        that reads None is the JSON `null`. Required fields are not listed."""
        given = self.__dict__.get("_given_bits", 0)
        return frozenset(name for name, bit in self._FIELD_BITS.items() if given & bit)

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
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.description is None:
                field_dict["description"] = None
            else:
                description: None | str
                description = self.description
                field_dict["description"] = description
        if _given_ & 2:
            if self.aggregation_property is None:
                field_dict["aggregationProperty"] = None
            else:
                aggregation_property: None | str
                aggregation_property = self.aggregation_property
                field_dict["aggregationProperty"] = aggregation_property
        if _given_ & 4:
            if self.grouping_property is None:
                field_dict["groupingProperty"] = None
            else:
                grouping_property: None | str
                grouping_property = self.grouping_property
                field_dict["groupingProperty"] = grouping_property
        if _given_ & 8:
            if self.unit is None:
                field_dict["unit"] = None
            else:
                unit: None | str
                unit = self.unit
                field_dict["unit"] = unit
        if _given_ & 16:
            if self.created_at is None:
                field_dict["createdAt"] = None
            else:
                created_at: None | str
                if isinstance(self.created_at, datetime.datetime):
                    created_at = self.created_at.isoformat()
                else:
                    created_at = self.created_at
                field_dict["createdAt"] = created_at
        if _given_ & 32:
            if self.deleted_at is None:
                field_dict["deletedAt"] = None
            else:
                deleted_at: None | str
                if isinstance(self.deleted_at, datetime.datetime):
                    deleted_at = self.deleted_at.isoformat()
                else:
                    deleted_at = self.deleted_at
                field_dict["deletedAt"] = deleted_at
        if _given_ & 64:
            if self.case_sensitive is None:
                field_dict["caseSensitive"] = None
            else:
                case_sensitive: bool | None
                case_sensitive = self.case_sensitive
                field_dict["caseSensitive"] = case_sensitive
        if _given_ & 128:
            if self.properties_to_negate is None:
                field_dict["propertiesToNegate"] = None
            else:
                properties_to_negate: list[str] | None
                if isinstance(self.properties_to_negate, list):
                    properties_to_negate = self.properties_to_negate

                else:
                    properties_to_negate = self.properties_to_negate
                field_dict["propertiesToNegate"] = properties_to_negate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.custom_metric_parameter import CustomMetricParameter  # noqa: PLC0415
        from ..models.usage_metric_property_filters import UsageMetricPropertyFilters  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
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

        description_json_ = d.pop("description", ABSENT)
        description: str | None
        if description_json_ is ABSENT:
            description = None
        else:
            _given_ |= 1

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            description = _parse_description(description_json_)

        aggregation_property_json_ = d.pop("aggregationProperty", ABSENT)
        aggregation_property: str | None
        if aggregation_property_json_ is ABSENT:
            aggregation_property = None
        else:
            _given_ |= 2

            def _parse_aggregation_property(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            aggregation_property = _parse_aggregation_property(aggregation_property_json_)

        grouping_property_json_ = d.pop("groupingProperty", ABSENT)
        grouping_property: str | None
        if grouping_property_json_ is ABSENT:
            grouping_property = None
        else:
            _given_ |= 4

            def _parse_grouping_property(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            grouping_property = _parse_grouping_property(grouping_property_json_)

        unit_json_ = d.pop("unit", ABSENT)
        unit: str | None
        if unit_json_ is ABSENT:
            unit = None
        else:
            _given_ |= 8

            def _parse_unit(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            unit = _parse_unit(unit_json_)

        created_at_json_ = d.pop("createdAt", ABSENT)
        created_at: datetime.datetime | None
        if created_at_json_ is ABSENT:
            created_at = None
        else:
            _given_ |= 16

            def _parse_created_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            created_at = _parse_created_at(created_at_json_)

        deleted_at_json_ = d.pop("deletedAt", ABSENT)
        deleted_at: datetime.datetime | None
        if deleted_at_json_ is ABSENT:
            deleted_at = None
        else:
            _given_ |= 32

            def _parse_deleted_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                    return deleted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            deleted_at = _parse_deleted_at(deleted_at_json_)

        case_sensitive_json_ = d.pop("caseSensitive", ABSENT)
        case_sensitive: bool | None
        if case_sensitive_json_ is ABSENT:
            case_sensitive = None
        else:
            _given_ |= 64

            def _parse_case_sensitive(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            case_sensitive = _parse_case_sensitive(case_sensitive_json_)

        properties_to_negate_json_ = d.pop("propertiesToNegate", ABSENT)
        properties_to_negate: list[str] | None
        if properties_to_negate_json_ is ABSENT:
            properties_to_negate = None
        else:
            _given_ |= 128

            def _parse_properties_to_negate(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    properties_to_negate_type_0 = cast(list[str], data)

                    return properties_to_negate_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            properties_to_negate = _parse_properties_to_negate(properties_to_negate_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "name": name,
                "metric_type": metric_type,
                "event_type": event_type,
                "aggregation_type": aggregation_type,
                "property_filters": property_filters,
                "parameters": parameters,
                "description": description,
                "aggregation_property": aggregation_property,
                "grouping_property": grouping_property,
                "unit": unit,
                "created_at": created_at,
                "deleted_at": deleted_at,
                "case_sensitive": case_sensitive,
                "properties_to_negate": properties_to_negate,
                "additional_properties": additional_properties_,
                "_given_bits": _given_,
            },
        )
        return _model_

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
