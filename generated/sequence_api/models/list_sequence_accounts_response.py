from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination_meta import PaginationMeta
    from ..models.sequence_account import SequenceAccount


T = TypeVar("T", bound="ListSequenceAccountsResponse")


@_attrs_define
class ListSequenceAccountsResponse:
    """
    Example:
        {'items': [{'id': '7e330949-a175-496a-a060-27821656ce34', 'createdAt': '2022-06-28T16:47:00Z',
            'sequenceOrganisationId': '13448448-ce43-4874-8acf-8ff2a8ca24c1', 'companyName': 'Acme Inc.', 'companyNumber':
            'GB123987', 'country': 'GB', 'sendCustomerNotifications': True, 'alertEmailAddresses': ['alerts@example.com']}],
            'pagination': {'after': 'ZTMwOWU5NDgtMDg4ZS00ZDc3LWI2NTQtY2Q4NTQ5OGYxNTU1IzE2NTgyNjA4NTYwMzMwMTMjREVTQw==',
            'before': 'NjRlZjJmZjktMmJjYi00M2RiLWI0ZDUtOTAxMDU4MjRiMTdmIzE2NTgyNjA3NTk3NTE2ODEjQVND', 'totalResultSize':
            100}}

    Attributes:
        items (list[SequenceAccount]): A list of Sequence accounts that you have access to. Example: [{'id':
            '7e330949-a175-496a-a060-27821656ce34', 'createdAt': '2022-06-28T16:47:00Z', 'sequenceOrganisationId':
            '13448448-ce43-4874-8acf-8ff2a8ca24c1', 'companyName': 'Acme Inc.', 'companyNumber': 'GB123987', 'country':
            'GB', 'sendCustomerNotifications': True, 'alertEmailAddresses': ['alerts@example.com']}].
        pagination (PaginationMeta): Results pagination Example: {'after':
            'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}.
    """

    items: list[SequenceAccount]
    pagination: PaginationMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415
        from ..models.sequence_account import SequenceAccount  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SequenceAccount.from_dict(items_item_data)

            items.append(items_item)

        pagination = PaginationMeta.from_dict(d.pop("pagination"))

        list_sequence_accounts_response = cls(
            items=items,
            pagination=pagination,
        )

        list_sequence_accounts_response.additional_properties = d
        return list_sequence_accounts_response

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
