from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_log_item_response import ActivityLogItemResponse


T = TypeVar("T", bound="ActivityLogResponse")


@_attrs_define
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
        api_version (None | str | Unset):  Example: V1.
        trace_id (None | str | Unset):  Example: f26ad30d3be41b2f64fa7dbfb22ba5fd.
    """

    id: str
    sequence_account_id: str
    activity_type: str
    origin: str
    created_at: datetime.datetime
    activity_log_items: list[ActivityLogItemResponse]
    api_version: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        api_version: None | str | Unset
        if isinstance(self.api_version, Unset):
            api_version = UNSET
        else:
            api_version = self.api_version

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

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
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.activity_log_item_response import ActivityLogItemResponse  # noqa: PLC0415

        d = dict(src_dict)
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

        def _parse_api_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_version = _parse_api_version(d.pop("apiVersion", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("traceId", UNSET))

        activity_log_response = cls(
            id=id,
            sequence_account_id=sequence_account_id,
            activity_type=activity_type,
            origin=origin,
            created_at=created_at,
            activity_log_items=activity_log_items,
            api_version=api_version,
            trace_id=trace_id,
        )

        activity_log_response.additional_properties = d
        return activity_log_response

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
