from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_seat_metric_endpoint_product_get_seat_metric_response_model import (
        GetSeatMetricEndpointProductGetSeatMetricResponseModel,
    )
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="ListSeatMetricEndpointProductListSeatMetricPaginatedResponseModel")


@_attrs_define
class ListSeatMetricEndpointProductListSeatMetricPaginatedResponseModel:
    """
    Example:
        {'items': [{'id': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'seatType': 'admin', 'createdBy':
            '4ffd439e-32e5-4046-bb40-3cb81f40e5da', 'label': 'Administrator', 'description': 'Allows user to make admin
            changes over whole account', 'createdAt': '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z'}],
            'pagination': {'after': 'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}}

    Attributes:
        items (list[GetSeatMetricEndpointProductGetSeatMetricResponseModel]): SeatMetrics Example: [{'id':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'seatType': 'admin', 'createdBy':
            '4ffd439e-32e5-4046-bb40-3cb81f40e5da', 'label': 'Administrator', 'description': 'Allows user to make admin
            changes over whole account', 'createdAt': '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z'}].
        pagination (PaginationMeta): Results pagination Example: {'after':
            'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}.
    """

    items: list[GetSeatMetricEndpointProductGetSeatMetricResponseModel]
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
        from ..models.get_seat_metric_endpoint_product_get_seat_metric_response_model import (
            GetSeatMetricEndpointProductGetSeatMetricResponseModel,  # noqa: PLC0415
        )
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = GetSeatMetricEndpointProductGetSeatMetricResponseModel.from_dict(items_item_data)

            items.append(items_item)

        pagination = PaginationMeta.from_dict(d.pop("pagination"))

        list_seat_metric_endpoint_product_list_seat_metric_paginated_response_model = cls(
            items=items,
            pagination=pagination,
        )

        list_seat_metric_endpoint_product_list_seat_metric_paginated_response_model.additional_properties = d
        return list_seat_metric_endpoint_product_list_seat_metric_paginated_response_model

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
