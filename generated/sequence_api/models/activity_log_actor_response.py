from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityLogActorResponse")


@_attrs_define
class ActivityLogActorResponse:
    """
    Example:
        {'id': '550e8400-e29b-41d4-a716-446655440000', 'entityType': 'USER', 'entityId':
            '550e8400-e29b-41d4-a716-446655440123', 'email': 'john.doe@sequencehq.com'}

    Attributes:
        id (str):  Example: 550e8400-e29b-41d4-a716-446655440000.
        entity_type (str):  Example: USER.
        entity_id (None | str | Unset):  Example: 550e8400-e29b-41d4-a716-446655440123.
        email (None | str | Unset):  Example: john.doe@sequencehq.com.
    """

    id: str
    entity_type: str
    entity_id: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        entity_type = self.entity_type

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entityType": entity_type,
            }
        )
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        entity_type = d.pop("entityType")

        def _parse_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_id = _parse_entity_id(d.pop("entityId", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        activity_log_actor_response = cls(
            id=id,
            entity_type=entity_type,
            entity_id=entity_id,
            email=email,
        )

        activity_log_actor_response.additional_properties = d
        return activity_log_actor_response

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
