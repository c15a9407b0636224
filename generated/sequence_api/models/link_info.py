from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_service import IntegrationService
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkInfo")


@_attrs_define
class LinkInfo:
    """
    Example:
        {'externalId': '123', 'externalService': 'Xero', 'syncTime': '2022-06-28T16:47:00Z', 'externalUrl':
            'https://invoicing.xero.com/view/85e52542-3e54-4f0d-872b-33bba11a0504'}

    Attributes:
        external_id (str): The ID of the related entity in external system Example: 123.
        external_service (IntegrationService):  Example: Xero.
        sync_time (str): The time that this was synced from the connected integration Example: 2022-06-28T16:47:00Z.
        external_url (None | str | Unset): External URL Example:
            https://invoicing.xero.com/view/85e52542-3e54-4f0d-872b-33bba11a0504.
    """

    external_id: str
    external_service: IntegrationService
    sync_time: str
    external_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        external_id = self.external_id

        external_service = self.external_service.value

        sync_time = self.sync_time

        external_url: None | str | Unset
        if isinstance(self.external_url, Unset):
            external_url = UNSET
        else:
            external_url = self.external_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "externalService": external_service,
                "syncTime": sync_time,
            }
        )
        if external_url is not UNSET:
            field_dict["externalUrl"] = external_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        external_id = d.pop("externalId")

        external_service = IntegrationService(d.pop("externalService"))

        sync_time = d.pop("syncTime")

        def _parse_external_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_url = _parse_external_url(d.pop("externalUrl", UNSET))

        link_info = cls(
            external_id=external_id,
            external_service=external_service,
            sync_time=sync_time,
            external_url=external_url,
        )

        link_info.additional_properties = d
        return link_info

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
