from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSeatMetricEndpointProductGetSeatMetricResponseModel")


@_attrs_define
class GetSeatMetricEndpointProductGetSeatMetricResponseModel:
    """
    Example:
        {'id': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'seatType': 'admin', 'createdBy':
            '4ffd439e-32e5-4046-bb40-3cb81f40e5da', 'label': 'Administrator', 'description': 'Allows user to make admin
            changes over whole account', 'createdAt': '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z'}

    Attributes:
        id (str): Unique ID for this seat metric. Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        seat_type (str): Immutable, unique value used to identify and refer to this seat type when submitting events.
            Example: admin.
        label (str): Friendly, customer-facing name for this seat metric. Example: Administrator.
        created_at (datetime.datetime): The time at which this seat metric was created. Formatted as an ISO 8601
            timestamp. Example: 2022-06-28T16:47:00Z.
        updated_at (datetime.datetime): The time at which this seat metric was updated. Formatted as an ISO 8601
            timestamp. Example: 2022-06-28T16:47:00Z.
        created_by (None | str | Unset): The ID of the Sequence user who created this seat metric. Example:
            4ffd439e-32e5-4046-bb40-3cb81f40e5da.
        description (None | str | Unset): Optional description for this seat metric. Example: Allows user to make admin
            changes over whole account.
    """

    id: str
    seat_type: str
    label: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        seat_type = self.seat_type

        label = self.label

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "seatType": seat_type,
                "label": label,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        seat_type = d.pop("seatType")

        label = d.pop("label")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        get_seat_metric_endpoint_product_get_seat_metric_response_model = cls(
            id=id,
            seat_type=seat_type,
            label=label,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            description=description,
        )

        get_seat_metric_endpoint_product_get_seat_metric_response_model.additional_properties = d
        return get_seat_metric_endpoint_product_get_seat_metric_response_model

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
