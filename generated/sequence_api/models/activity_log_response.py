from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.activity_log_item_response import ActivityLogItemResponse


T = TypeVar("T", bound="ActivityLogResponse")


@_attrs_define(init=False, slots=False, eq=False)
class ActivityLogResponse:
    """
    Example:
        {'id': 'aa0e8400-e29b-41d4-a716-446655440005', 'sequenceAccountId': 'bb0e8400-e29b-41d4-a716-446655440006',
            'activityType': 'NOTIFICATION', 'apiVersion': 'V1', 'origin': 'API', 'traceId':
            'f26ad30d3be41b2f64fa7dbfb22ba5fd', 'createdAt': '2024-01-01T10:00:00Z', 'activityLogItems': [{'id':
            '880e8400-e29b-41d4-a716-446655440003', 'activityLogId': '990e8400-e29b-41d4-a716-446655440004', 'verb':
            'CREATED', 'name': 'Invoice Created', 'summary': 'A new invoice was created for customer', 'reason': 'New
            billing cycle started', 'metadata': [], 'activityLogActor': {'id': '550e8400-e29b-41d4-a716-446655440000',
            'entityType': 'USER', 'entityId': '550e8400-e29b-41d4-a716-446655440123', 'email': 'john.doe@sequencehq.com'},
            'activityLogObject': {'id': '660e8400-e29b-41d4-a716-446655440001', 'entityType': 'INVOICE', 'entityId':
            '550e8400-e29b-41d4-a716-446655440456'}, 'activityLogTarget': {'id': '770e8400-e29b-41d4-a716-446655440002',
            'entityType': 'SEQUENCE_USER', 'entityId': '550e8400-e29b-41d4-a716-446655440789'}}]}

    Attributes:
        id (str):  Example: aa0e8400-e29b-41d4-a716-446655440005.
        sequence_account_id (str):  Example: bb0e8400-e29b-41d4-a716-446655440006.
        activity_type (str):  Example: NOTIFICATION.
        origin (str):  Example: API.
        created_at (datetime.datetime):  Example: 2024-01-01T10:00:00Z.
        activity_log_items (list[ActivityLogItemResponse]):  Example: [{'id': '880e8400-e29b-41d4-a716-446655440003',
            'activityLogId': '990e8400-e29b-41d4-a716-446655440004', 'verb': 'CREATED', 'name': 'Invoice Created',
            'summary': 'A new invoice was created for customer', 'reason': 'New billing cycle started', 'metadata': [],
            'activityLogActor': {'id': '550e8400-e29b-41d4-a716-446655440000', 'entityType': 'USER', 'entityId':
            '550e8400-e29b-41d4-a716-446655440123', 'email': 'john.doe@sequencehq.com'}, 'activityLogObject': {'id':
            '660e8400-e29b-41d4-a716-446655440001', 'entityType': 'INVOICE', 'entityId':
            '550e8400-e29b-41d4-a716-446655440456'}, 'activityLogTarget': {'id': '770e8400-e29b-41d4-a716-446655440002',
            'entityType': 'SEQUENCE_USER', 'entityId': '550e8400-e29b-41d4-a716-446655440789'}}].
        api_version (str | None):  Example: V1.
        trace_id (str | None):  Example: f26ad30d3be41b2f64fa7dbfb22ba5fd.
    """

    id: str
    sequence_account_id: str
    activity_type: str
    origin: str
    created_at: datetime.datetime
    activity_log_items: list[ActivityLogItemResponse]
    api_version: str | None = ABSENT
    trace_id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "api_version": 1,
        "trace_id": 2,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "api_version",
            "trace_id",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "sequence_account_id",
            "activity_type",
            "origin",
            "created_at",
            "activity_log_items",
            "api_version",
            "trace_id",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        sequence_account_id: str,
        activity_type: str,
        origin: str,
        created_at: datetime.datetime,
        activity_log_items: list[ActivityLogItemResponse],
        api_version: str | None = ABSENT,
        trace_id: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if api_version is ABSENT:
            api_version = None
        else:
            _given_ |= 1
        if trace_id is ABSENT:
            trace_id = None
        else:
            _given_ |= 2
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "activity_type": activity_type,
                "origin": origin,
                "created_at": created_at,
                "activity_log_items": activity_log_items,
                "api_version": api_version,
                "trace_id": trace_id,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is ActivityLogResponse:  # a subclass may add its own
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

        activity_type = self.activity_type

        origin = self.origin

        created_at = self.created_at.isoformat()

        activity_log_items = []
        for activity_log_items_item_data in self.activity_log_items:
            activity_log_items_item = activity_log_items_item_data.to_dict()
            activity_log_items.append(activity_log_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "activityType": activity_type,
                "origin": origin,
                "createdAt": created_at,
                "activityLogItems": activity_log_items,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.api_version is None:
                field_dict["apiVersion"] = None
            else:
                api_version: None | str
                api_version = self.api_version
                field_dict["apiVersion"] = api_version
        if _given_ & 2:
            if self.trace_id is None:
                field_dict["traceId"] = None
            else:
                trace_id: None | str
                trace_id = self.trace_id
                field_dict["traceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.activity_log_item_response import ActivityLogItemResponse  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        sequence_account_id = d.pop("sequenceAccountId")

        activity_type = d.pop("activityType")

        origin = d.pop("origin")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        activity_log_items = []
        _activity_log_items = d.pop("activityLogItems")
        for activity_log_items_item_data in _activity_log_items:
            activity_log_items_item = ActivityLogItemResponse.from_dict(activity_log_items_item_data)

            activity_log_items.append(activity_log_items_item)

        api_version_json_ = d.pop("apiVersion", ABSENT)
        api_version: str | None
        if api_version_json_ is ABSENT:
            api_version = None
        else:
            _given_ |= 1

            def _parse_api_version(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            api_version = _parse_api_version(api_version_json_)

        trace_id_json_ = d.pop("traceId", ABSENT)
        trace_id: str | None
        if trace_id_json_ is ABSENT:
            trace_id = None
        else:
            _given_ |= 2

            def _parse_trace_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            trace_id = _parse_trace_id(trace_id_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "activity_type": activity_type,
                "origin": origin,
                "created_at": created_at,
                "activity_log_items": activity_log_items,
                "api_version": api_version,
                "trace_id": trace_id,
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
