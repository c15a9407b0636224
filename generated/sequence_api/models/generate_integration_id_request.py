from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_service import IntegrationService

T = TypeVar("T", bound="GenerateIntegrationIdRequest")


@_attrs_define
class GenerateIntegrationIdRequest:
    """
    Example:
        {'service': 'Xero', 'id': '123'}

    Attributes:
        service (IntegrationService):  Example: Xero.
        id (str):  Example: 123.
    """

    service: IntegrationService
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        service = self.service.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        service = IntegrationService(d.pop("service"))

        id = d.pop("id")

        generate_integration_id_request = cls(
            service=service,
            id=id,
        )

        generate_integration_id_request.additional_properties = d
        return generate_integration_id_request

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
