from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Stable20240509ProductResponse")


@_attrs_define
class Stable20240509ProductResponse:
    """
    Example:
        {'id': '994d23f7-47b6-43ee-af6b-cd27181196b6', 'name': 'Fixed priced product', 'label': 'Fixed priced product -
            UK', 'createdAt': '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z', 'archivedAt':
            '2023-06-28T16:47:00Z'}

    Attributes:
        id (str): Product ID Example: 994d23f7-47b6-43ee-af6b-cd27181196b6.
        name (str): Name of the Product, this appears within Sequence's dashboard. Example: Fixed priced product.
        created_at (datetime.datetime): Time at which the Product was first created, in ISO 8601 format (UTC). This is
            set by the server and cannot be changed. Expect millisecond precision. Example: 2022-06-28T16:47:00Z.
        updated_at (datetime.datetime): Time at which the Product was last updated, in ISO 8601 format (UTC). Expect
            millisecond precision. Example: 2022-06-28T16:47:00Z.
        label (None | str | Unset): The internal description of the product. This can be used to maintain some
            explanation or comments regarding the product. Example: Fixed priced product - UK.
        archived_at (datetime.datetime | None | Unset): Time at which the Product was archived, in ISO 8601 format
            (UTC). Expect millisecond precision. Example: 2023-06-28T16:47:00Z.
    """

    id: str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    label: None | str | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if archived_at is not UNSET:
            field_dict["archivedAt"] = archived_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archivedAt", UNSET))

        stable_20240509_product_response = cls(
            id=id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            label=label,
            archived_at=archived_at,
        )

        stable_20240509_product_response.additional_properties = d
        return stable_20240509_product_response

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
