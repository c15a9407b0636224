from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel")


@_attrs_define
class CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel:
    """
    Example:
        {'id': 'e5bc0f12-4bc1-f821-bc2d-04639a16f9ec', 'creditNoteId': 'af60cab3-812d-4250-a051-0fb7133a00c7',
            'lineItemGroupId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'title': 'Users', 'description': 'Credit note for
            users', 'index': 2, 'netTotal': '51.20', 'totalTax': '2.50', 'grossTotal': '101.23'}

    Attributes:
        id (str): Credit Note Line Item Group ID Example: e5bc0f12-4bc1-f821-bc2d-04639a16f9ec.
        credit_note_id (str): Credit Note ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        title (str): Credit Note Line Item Group Title Example: Users.
        index (int): Index (for maintaining order) Example: 2.
        net_total (str): Net total Example: 51.20.
        total_tax (str): Total tax Example: 2.50.
        gross_total (str): Gross total Example: 101.23.
        line_item_group_id (None | str | Unset): Line Item Group ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        description (None | str | Unset): Credit Note Line Item Group Description Example: Credit note for users.
    """

    id: str
    credit_note_id: str
    title: str
    index: int
    net_total: str
    total_tax: str
    gross_total: str
    line_item_group_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        credit_note_id = self.credit_note_id

        title = self.title

        index = self.index

        net_total = self.net_total

        total_tax = self.total_tax

        gross_total = self.gross_total

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
                "id": id,
                "creditNoteId": credit_note_id,
                "title": title,
                "index": index,
                "netTotal": net_total,
                "totalTax": total_tax,
                "grossTotal": gross_total,
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
        id = d.pop("id")

        credit_note_id = d.pop("creditNoteId")

        title = d.pop("title")

        index = d.pop("index")

        net_total = d.pop("netTotal")

        total_tax = d.pop("totalTax")

        gross_total = d.pop("grossTotal")

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

        create_credit_note_line_item_group_endpoint_product_create_credit_note_line_item_group_response_model = cls(
            id=id,
            credit_note_id=credit_note_id,
            title=title,
            index=index,
            net_total=net_total,
            total_tax=total_tax,
            gross_total=gross_total,
            line_item_group_id=line_item_group_id,
            description=description,
        )

        create_credit_note_line_item_group_endpoint_product_create_credit_note_line_item_group_response_model.additional_properties = d
        return create_credit_note_line_item_group_endpoint_product_create_credit_note_line_item_group_response_model

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
