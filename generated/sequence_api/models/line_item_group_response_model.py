from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_id_with_name import CustomerIdWithName


T = TypeVar("T", bound="LineItemGroupResponseModel")


@_attrs_define
class LineItemGroupResponseModel:
    """
    Example:
        {'id': '941272d1-f840-4e16-b698-0cd455c81e0e', 'invoiceId': 'cd11218d-fa00-4faa-8684-a43113d076a8', 'title':
            'Cars', 'description': 'Charges for cars', 'index': 1, 'netTotal': '200000', 'totalTax': '10', 'grossTotal':
            '22000', 'taxCategory': {'id': '28227c88-6dba-455f-9b30-b9c76957e610', 'name': 'VAT'}}

    Attributes:
        id (str): Line Item Group ID Example: 941272d1-f840-4e16-b698-0cd455c81e0e.
        invoice_id (str): Invoice ID Example: cd11218d-fa00-4faa-8684-a43113d076a8.
        title (str): Line Item Group Title Example: Cars.
        index (int): Index (for maintaining order) Example: 1.
        net_total (str): Net total, in decimal format of the Invoice's currency Example: 200000.
        total_tax (str): Total tax, in decimal format of the Invoice's currency Example: 10.
        gross_total (str): Gross total, in decimal format of the Invoice's currency Example: 22000.
        description (None | str | Unset): Line Item Group Description Example: Charges for cars.
        tax_category (CustomerIdWithName | Unset): ID of the customer that will own the organization. Example: {'id':
            '50af5191-05a3-42a5-802a-6b59091157af', 'name': 'FinTech Solutions Inc.'}.
    """

    id: str
    invoice_id: str
    title: str
    index: int
    net_total: str
    total_tax: str
    gross_total: str
    description: None | str | Unset = UNSET
    tax_category: CustomerIdWithName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        invoice_id = self.invoice_id

        title = self.title

        index = self.index

        net_total = self.net_total

        total_tax = self.total_tax

        gross_total = self.gross_total

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "invoiceId": invoice_id,
                "title": title,
                "index": index,
                "netTotal": net_total,
                "totalTax": total_tax,
                "grossTotal": gross_total,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tax_category is not UNSET:
            field_dict["taxCategory"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.customer_id_with_name import CustomerIdWithName  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        invoice_id = d.pop("invoiceId")

        title = d.pop("title")

        index = d.pop("index")

        net_total = d.pop("netTotal")

        total_tax = d.pop("totalTax")

        gross_total = d.pop("grossTotal")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _tax_category = d.pop("taxCategory", UNSET)
        tax_category: CustomerIdWithName | Unset
        if isinstance(_tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = CustomerIdWithName.from_dict(_tax_category)

        line_item_group_response_model = cls(
            id=id,
            invoice_id=invoice_id,
            title=title,
            index=index,
            net_total=net_total,
            total_tax=total_tax,
            gross_total=gross_total,
            description=description,
            tax_category=tax_category,
        )

        line_item_group_response_model.additional_properties = d
        return line_item_group_response_model

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
