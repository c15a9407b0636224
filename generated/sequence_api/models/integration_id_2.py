from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_service import IntegrationService
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationId2")


@_attrs_define
class IntegrationId2:
    """
    Example:
        {'service': 'Xero', 'id': 'ID', 'lastSynced': '2022-06-28T16:47:00Z', 'isPending': False}

    Attributes:
        service (IntegrationService):  Example: Xero.
        id (str):  Example: ID.
        is_pending (bool):  Example: False.
        last_synced (None | str | Unset):  Example: 2022-06-28T16:47:00Z.
    """

    service: IntegrationService
    id: str
    is_pending: bool
    last_synced: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        service = self.service.value

        id = self.id

        is_pending = self.is_pending

        last_synced: None | str | Unset
        if isinstance(self.last_synced, Unset):
            last_synced = UNSET
        else:
            last_synced = self.last_synced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "id": id,
                "isPending": is_pending,
            }
        )
        if last_synced is not UNSET:
            field_dict["lastSynced"] = last_synced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        service = IntegrationService(d.pop("service"))

        id = d.pop("id")

        is_pending = d.pop("isPending")

        def _parse_last_synced(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_synced = _parse_last_synced(d.pop("lastSynced", UNSET))

        integration_id_2 = cls(
            service=service,
            id=id,
            is_pending=is_pending,
            last_synced=last_synced,
        )

        integration_id_2.additional_properties = d
        return integration_id_2

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
