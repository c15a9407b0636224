from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_alias import CustomerAlias
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="CustomerAliasPage")


@_attrs_define
class CustomerAliasPage:
    """
    Example:
        {'items': [{'id': '01849e70-0a0f-72ca-ba07-5557dd734d43', 'sequenceAccountId':
            'ec1479a2-6ba1-421f-a7de-0853a20d17a1', 'customerId': '01849e70-703e-705a-b59a-d3fd575587e0', 'value':
            'external-customer-alias-123', 'createdAt': '2022-10-01T00:00:00Z', 'deletedAt': '2022-10-01T00:00:00Z',
            'label': 'CRM ID', 'archivedAt': '2022-10-01T00:00:00Z'}], 'pagination': {'after':
            'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}}

    Attributes:
        items (list[CustomerAlias]): Customer Aliases Example: [{'id': '01849e70-0a0f-72ca-ba07-5557dd734d43',
            'sequenceAccountId': 'ec1479a2-6ba1-421f-a7de-0853a20d17a1', 'customerId':
            '01849e70-703e-705a-b59a-d3fd575587e0', 'value': 'external-customer-alias-123', 'createdAt':
            '2022-10-01T00:00:00Z', 'deletedAt': '2022-10-01T00:00:00Z', 'label': 'CRM ID', 'archivedAt':
            '2022-10-01T00:00:00Z'}].
        pagination (PaginationMeta): Results pagination Example: {'after':
            'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}.
    """

    items: list[CustomerAlias]
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
        from ..models.customer_alias import CustomerAlias  # noqa: PLC0415
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CustomerAlias.from_dict(items_item_data)

            items.append(items_item)

        pagination = PaginationMeta.from_dict(d.pop("pagination"))

        customer_alias_page = cls(
            items=items,
            pagination=pagination,
        )

        customer_alias_page.additional_properties = d
        return customer_alias_page

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
