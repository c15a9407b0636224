from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAlias")


@_attrs_define
class CustomerAlias:
    """
    Example:
        {'id': '01849e70-0a0f-72ca-ba07-5557dd734d43', 'sequenceAccountId': 'ec1479a2-6ba1-421f-a7de-0853a20d17a1',
            'customerId': '01849e70-703e-705a-b59a-d3fd575587e0', 'value': 'external-customer-alias-123', 'createdAt':
            '2022-10-01T00:00:00Z', 'deletedAt': '2022-10-01T00:00:00Z', 'label': 'CRM ID', 'archivedAt':
            '2022-10-01T00:00:00Z'}

    Attributes:
        id (str): Unique ID Example: 0185a140-194a-7e9d-9fae-6a034fd4a725.
        sequence_account_id (str): Sequence Account ID Example: cd243b67-7d8c-42ee-b19f-b4e41f584415.
        customer_id (str): Customer ID Example: 0185a142-54ff-7ce5-846a-fc188432da6e.
        value (str): Alias value Example: customer-alias-123.
        created_at (datetime.datetime): Created At Example: 2022-10-01T00:00:00Z.
        deleted_at (datetime.datetime | None | Unset): Deleted At Example: 2022-10-01T00:00:00Z.
        label (None | str | Unset): Alias label Example: CRM ID.
        archived_at (datetime.datetime | None | Unset): Archived At Example: 2022-10-01T00:00:00Z.
    """

    id: str
    sequence_account_id: str
    customer_id: str
    value: str
    created_at: datetime.datetime
    deleted_at: datetime.datetime | None | Unset = UNSET
    label: None | str | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        sequence_account_id = self.sequence_account_id

        customer_id = self.customer_id

        value = self.value

        created_at = self.created_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

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
                "sequenceAccountId": sequence_account_id,
                "customerId": customer_id,
                "value": value,
                "createdAt": created_at,
            }
        )
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
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

        sequence_account_id = d.pop("sequenceAccountId")

        customer_id = d.pop("customerId")

        value = d.pop("value")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

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

        customer_alias = cls(
            id=id,
            sequence_account_id=sequence_account_id,
            customer_id=customer_id,
            value=value,
            created_at=created_at,
            deleted_at=deleted_at,
            label=label,
            archived_at=archived_at,
        )

        customer_alias.additional_properties = d
        return customer_alias

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
