from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCreditNoteLineItemGroupEndpointCreateCreditNoteLineItemGroupRequestModel")


@_attrs_define
class CreateCreditNoteLineItemGroupEndpointCreateCreditNoteLineItemGroupRequestModel:
    """
    Example:
        {'lineItemGroupId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'title': 'Users', 'description': 'Credit note for
            users'}

    Attributes:
        title (str): Credit Note Line Item Group Title Example: Users.
        line_item_group_id (None | str | Unset): Line Item Group ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        description (None | str | Unset): Credit Note Line Item Group Description Example: Credit note for users.
    """

    title: str
    line_item_group_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        title = self.title

        line_item_group_id: None | str | Unset
        if isinstance(self.line_item_group_id, Unset):
            line_item_group_id = UNSET
        else:
            line_item_group_id = self.line_item_group_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if line_item_group_id is not UNSET:
            field_dict["lineItemGroupId"] = line_item_group_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_line_item_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_item_group_id = _parse_line_item_group_id(d.pop("lineItemGroupId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        create_credit_note_line_item_group_endpoint_create_credit_note_line_item_group_request_model = cls(
            title=title,
            line_item_group_id=line_item_group_id,
            description=description,
        )

        create_credit_note_line_item_group_endpoint_create_credit_note_line_item_group_request_model.additional_properties = d
        return create_credit_note_line_item_group_endpoint_create_credit_note_line_item_group_request_model

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
