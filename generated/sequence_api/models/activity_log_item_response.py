from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_log_actor_response import ActivityLogActorResponse
    from ..models.activity_log_object_response import ActivityLogObjectResponse


T = TypeVar("T", bound="ActivityLogItemResponse")


@_attrs_define
class ActivityLogItemResponse:
    """
    Example:
        {'id': '880e8400-e29b-41d4-a716-446655440003', 'activityLogId': '990e8400-e29b-41d4-a716-446655440004', 'verb':
            'CREATED', 'name': 'Invoice Created', 'summary': 'A new invoice was created for customer', 'reason': 'New
            billing cycle started', 'metadata': [], 'activityLogActor': {'id': '550e8400-e29b-41d4-a716-446655440000',
            'entityType': 'USER', 'entityId': '550e8400-e29b-41d4-a716-446655440123', 'email': 'john.doe@sequencehq.com'},
            'activityLogObject': {'id': '660e8400-e29b-41d4-a716-446655440001', 'entityType': 'INVOICE', 'entityId':
            '550e8400-e29b-41d4-a716-446655440456'}, 'activityLogTarget': {'id': '770e8400-e29b-41d4-a716-446655440002',
            'entityType': 'SEQUENCE_USER', 'entityId': '550e8400-e29b-41d4-a716-446655440789'}}

    Attributes:
        id (str):  Example: 880e8400-e29b-41d4-a716-446655440003.
        activity_log_id (str):  Example: 990e8400-e29b-41d4-a716-446655440004.
        verb (str):  Example: CREATED.
        name (str):  Example: Invoice Created.
        summary (str):  Example: A new invoice was created for customer.
        activity_log_actor (ActivityLogActorResponse):  Example: {'id': '550e8400-e29b-41d4-a716-446655440000',
            'entityType': 'USER', 'entityId': '550e8400-e29b-41d4-a716-446655440123', 'email': 'john.doe@sequencehq.com'}.
        activity_log_object (ActivityLogObjectResponse):  Example: {'id': '660e8400-e29b-41d4-a716-446655440001',
            'entityType': 'INVOICE', 'entityId': '550e8400-e29b-41d4-a716-446655440456'}.
        reason (None | str | Unset):  Example: New billing cycle started.
        metadata (list[Any] | None | Unset):  Example: [].
        activity_log_target (ActivityLogObjectResponse | Unset):  Example: {'id':
            '660e8400-e29b-41d4-a716-446655440001', 'entityType': 'INVOICE', 'entityId':
            '550e8400-e29b-41d4-a716-446655440456'}.
    """

    id: str
    activity_log_id: str
    verb: str
    name: str
    summary: str
    activity_log_actor: ActivityLogActorResponse
    activity_log_object: ActivityLogObjectResponse
    reason: None | str | Unset = UNSET
    metadata: list[Any] | None | Unset = UNSET
    activity_log_target: ActivityLogObjectResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        activity_log_id = self.activity_log_id

        verb = self.verb

        name = self.name

        summary = self.summary

        activity_log_actor = self.activity_log_actor.to_dict()

        activity_log_object = self.activity_log_object.to_dict()

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        metadata: list[Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, list):
            metadata = self.metadata

        else:
            metadata = self.metadata

        activity_log_target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity_log_target, Unset):
            activity_log_target = self.activity_log_target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "activityLogId": activity_log_id,
                "verb": verb,
                "name": name,
                "summary": summary,
                "activityLogActor": activity_log_actor,
                "activityLogObject": activity_log_object,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if activity_log_target is not UNSET:
            field_dict["activityLogTarget"] = activity_log_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.activity_log_actor_response import ActivityLogActorResponse  # noqa: PLC0415
        from ..models.activity_log_object_response import ActivityLogObjectResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        activity_log_id = d.pop("activityLogId")

        verb = d.pop("verb")

        name = d.pop("name")

        summary = d.pop("summary")

        activity_log_actor = ActivityLogActorResponse.from_dict(d.pop("activityLogActor"))

        activity_log_object = ActivityLogObjectResponse.from_dict(d.pop("activityLogObject"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_metadata(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                metadata_type_0 = cast(list[Any], data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _activity_log_target = d.pop("activityLogTarget", UNSET)
        activity_log_target: ActivityLogObjectResponse | Unset
        if isinstance(_activity_log_target, Unset):
            activity_log_target = UNSET
        else:
            activity_log_target = ActivityLogObjectResponse.from_dict(_activity_log_target)

        activity_log_item_response = cls(
            id=id,
            activity_log_id=activity_log_id,
            verb=verb,
            name=name,
            summary=summary,
            activity_log_actor=activity_log_actor,
            activity_log_object=activity_log_object,
            reason=reason,
            metadata=metadata,
            activity_log_target=activity_log_target,
        )

        activity_log_item_response.additional_properties = d
        return activity_log_item_response

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
