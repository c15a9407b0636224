from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_parameter_type import CustomParameterType

T = TypeVar("T", bound="CustomMetricParameter")


@_attrs_define
class CustomMetricParameter:
    """
    Example:
        {'id': '2963e49a-c8e0-4673-89f5-7a805c0faf14', 'usageMetricId': 'f092246c-6b90-4106-bcca-304ccf06bf45', 'name':
            'myParam', 'type': 'INTEGER', 'description': 'My parameter', 'defaultValue': '10'}

    Attributes:
        id (str):  Example: 2963e49a-c8e0-4673-89f5-7a805c0faf14.
        usage_metric_id (str):  Example: f092246c-6b90-4106-bcca-304ccf06bf45.
        name (str):  Example: myParam.
        type_ (CustomParameterType):  Example: INTEGER.
        description (str):  Example: My parameter.
        default_value (str):  Example: 10.
    """

    id: str
    usage_metric_id: str
    name: str
    type_: CustomParameterType
    description: str
    default_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        usage_metric_id = self.usage_metric_id

        name = self.name

        type_ = self.type_.value

        description = self.description

        default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "usageMetricId": usage_metric_id,
                "name": name,
                "type": type_,
                "description": description,
                "defaultValue": default_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        usage_metric_id = d.pop("usageMetricId")

        name = d.pop("name")

        type_ = CustomParameterType(d.pop("type"))

        description = d.pop("description")

        default_value = d.pop("defaultValue")

        custom_metric_parameter = cls(
            id=id,
            usage_metric_id=usage_metric_id,
            name=name,
            type_=type_,
            description=description,
            default_value=default_value,
        )

        custom_metric_parameter.additional_properties = d
        return custom_metric_parameter

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
