from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregation_type import AggregationType
from ..models.metric_type import MetricType
from ..types import ABSENT

T = TypeVar("T", bound="UsageMetricCalculationResponse")


@_attrs_define(init=False, slots=False, eq=False)
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
        unit (str | None):  Example: bytes.
        min_event_id (str | None):  Example: 0183d0f1-6b5a-74d4-9129-1f4b90191666.
        max_event_id (str | None):  Example: 0183ea03-aca0-7019-b80d-6aacce344e92.
    """

    name: str
    metric_type: MetricType
    event_type: str
    aggregation_type: AggregationType
    event_count: int
    value: float
    unit: str | None = ABSENT
    min_event_id: str | None = ABSENT
    max_event_id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "unit": 1,
        "min_event_id": 2,
        "max_event_id": 4,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "unit",
            "min_event_id",
            "max_event_id",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "metric_type",
            "event_type",
            "aggregation_type",
            "event_count",
            "value",
            "unit",
            "min_event_id",
            "max_event_id",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        name: str,
        metric_type: MetricType,
        event_type: str,
        aggregation_type: AggregationType,
        event_count: int,
        value: float,
        unit: str | None = ABSENT,
        min_event_id: str | None = ABSENT,
        max_event_id: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if unit is ABSENT:
            unit = None
        else:
            _given_ |= 1
        if min_event_id is ABSENT:
            min_event_id = None
        else:
            _given_ |= 2
        if max_event_id is ABSENT:
            max_event_id = None
        else:
            _given_ |= 4
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "name": name,
                "metric_type": metric_type,
                "event_type": event_type,
                "aggregation_type": aggregation_type,
                "event_count": event_count,
                "value": value,
                "unit": unit,
                "min_event_id": min_event_id,
                "max_event_id": max_event_id,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is UsageMetricCalculationResponse
            ):  # a subclass may add its own
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
        name = self.name

        metric_type = self.metric_type.value

        event_type = self.event_type

        aggregation_type = self.aggregation_type.value

        event_count = self.event_count

        value = self.value

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
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.unit is None:
                field_dict["unit"] = None
            else:
                unit: None | str
                unit = self.unit
                field_dict["unit"] = unit
        if _given_ & 2:
            if self.min_event_id is None:
                field_dict["minEventId"] = None
            else:
                min_event_id: None | str
                min_event_id = self.min_event_id
                field_dict["minEventId"] = min_event_id
        if _given_ & 4:
            if self.max_event_id is None:
                field_dict["maxEventId"] = None
            else:
                max_event_id: None | str
                max_event_id = self.max_event_id
                field_dict["maxEventId"] = max_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _given_ = 0
        name = d.pop("name")

        metric_type = MetricType(d.pop("metricType"))

        event_type = d.pop("eventType")

        aggregation_type = AggregationType(d.pop("aggregationType"))

        event_count = d.pop("eventCount")

        value = d.pop("value")

        unit_json_ = d.pop("unit", ABSENT)
        unit: str | None
        if unit_json_ is ABSENT:
            unit = None
        else:
            _given_ |= 1

            def _parse_unit(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            unit = _parse_unit(unit_json_)

        min_event_id_json_ = d.pop("minEventId", ABSENT)
        min_event_id: str | None
        if min_event_id_json_ is ABSENT:
            min_event_id = None
        else:
            _given_ |= 2

            def _parse_min_event_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            min_event_id = _parse_min_event_id(min_event_id_json_)

        max_event_id_json_ = d.pop("maxEventId", ABSENT)
        max_event_id: str | None
        if max_event_id_json_ is ABSENT:
            max_event_id = None
        else:
            _given_ |= 4

            def _parse_max_event_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            max_event_id = _parse_max_event_id(max_event_id_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "name": name,
                "metric_type": metric_type,
                "event_type": event_type,
                "aggregation_type": aggregation_type,
                "event_count": event_count,
                "value": value,
                "unit": unit,
                "min_event_id": min_event_id,
                "max_event_id": max_event_id,
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
