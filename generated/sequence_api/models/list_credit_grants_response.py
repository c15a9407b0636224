from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.credit_grant import CreditGrant
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="ListCreditGrantsResponse")


@_attrs_define
class ListCreditGrantsResponse:
    """
    Example:
        {'items': [{'id': '746fc7f2-8098-4fe7-953c-7d51c580a126', 'sequenceAccountId':
            'dce9ae85-d8d0-42b4-bcad-f221a64363c6', 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'name': 'On-
            boarding Credits', 'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'metricId':
            'f092246c-6b90-4106-bcca-304ccf06bf45', 'amount': 10, 'costOfCredit': 10, 'taxRateId':
            '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'effectiveDate': '2023-01-01', 'expiryDate': '2023-01-31', 'createdAt':
            '2022-10-07T14:12:08.826121Z', 'creditNoteId': '73086198-8752-4ec9-a99b-16209a32dc6c', 'integrationIds':
            [{'service': 'Xero', 'id': '74ed2615-4730-49ab-9445-74f31723a206', 'isPending': False}]}], 'pagination':
            {'after': 'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}}

    Attributes:
        items (list[CreditGrant]): Credit grants Example: [{'id': '746fc7f2-8098-4fe7-953c-7d51c580a126',
            'sequenceAccountId': 'dce9ae85-d8d0-42b4-bcad-f221a64363c6', 'customerId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'name': 'On-boarding Credits', 'creditUnitType': 'CURRENCY', 'currency':
            'GBP', 'metricId': 'f092246c-6b90-4106-bcca-304ccf06bf45', 'amount': 10, 'costOfCredit': 10, 'taxRateId':
            '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'effectiveDate': '2023-01-01', 'expiryDate': '2023-01-31', 'createdAt':
            '2022-10-07T14:12:08.826121Z', 'creditNoteId': '73086198-8752-4ec9-a99b-16209a32dc6c', 'integrationIds':
            [{'service': 'Xero', 'id': '74ed2615-4730-49ab-9445-74f31723a206', 'isPending': False}]}].
        pagination (PaginationMeta): Results pagination Example: {'after':
            'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}.
    """

    items: list[CreditGrant]
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
        from ..models.credit_grant import CreditGrant  # noqa: PLC0415
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CreditGrant.from_dict(items_item_data)

            items.append(items_item)

        pagination = PaginationMeta.from_dict(d.pop("pagination"))

        list_credit_grants_response = cls(
            items=items,
            pagination=pagination,
        )

        list_credit_grants_response.additional_properties = d
        return list_credit_grants_response

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
