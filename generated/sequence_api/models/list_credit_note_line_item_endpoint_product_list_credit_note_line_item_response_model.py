from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rate_display import RateDisplay
from ..models.revenue_classification import RevenueClassification
from ..models.revenue_recognition_method import RevenueRecognitionMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inclusive_date_range import InclusiveDateRange
    from ..models.integration_external_identifier import IntegrationExternalIdentifier


T = TypeVar("T", bound="ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel")


@_attrs_define
class ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel:
    """
    Example:
        {'id': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'creditNoteId': 'af60cab3-812d-4250-a051-0fb7133a00c7',
            'groupId': 'cd11218d-fa00-4faa-8684-a43113d076a8', 'lineItemId': 'af60cab3-812d-4250-a051-0fb7133a00c7',
            'title': 'Ferraris', 'description': 'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2', 'index': 2,
            'priceId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'netTotal': '20000.00', 'totalTax': '2000.00', 'grossTotal':
            '22000.00', 'rateDisplay': 'ABSOLUTE', 'externalIds': [{'key': 'Xero', 'value': '123'}], 'servicePeriod':
            {'start': '2025-10-01', 'endInclusive': '2025-10-30'}, 'revenueRecognitionMethod': 'STRAIGHT_LINE',
            'revenueClassification': 'EARNED', 'productId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95'}

    Attributes:
        id (str): Credit Note Line Item ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        credit_note_id (str): Credit Note Line Item ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        title (str): Item Title Example: Ferraris.
        quantity (str): Quantity Example: 2.
        rate (str): Rate per Item Example: 20000.10.
        tax_rate (str): Tax Rate Example: 0.2.
        index (int): Index (for maintaining order) Example: 2.
        net_total (str): Net Total Example: 20000.00.
        total_tax (str): Total Tax Example: 2000.00.
        gross_total (str): Gross Total Example: 22000.00.
        rate_display (RateDisplay):  Example: ABSOLUTE.
        external_ids (list[IntegrationExternalIdentifier]): IDs in external integrations Example: [{'key': 'Xero',
            'value': '123'}].
        group_id (None | str | Unset): Credit Note Line Item Group ID Example: cd11218d-fa00-4faa-8684-a43113d076a8.
        line_item_id (None | str | Unset): Line Item ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        description (None | str | Unset): Item Description Example: Red.
        price_id (None | str | Unset): Price ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
        service_period (InclusiveDateRange | Unset): Service Period Example: {'start': '2025-10-01', 'endInclusive':
            '2025-10-30'}.
        revenue_recognition_method (RevenueRecognitionMethod | Unset):  Example: USAGE.
        revenue_classification (RevenueClassification | Unset):  Example: EARNED.
        product_id (None | str | Unset): Product ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
    """

    id: str
    credit_note_id: str
    title: str
    quantity: str
    rate: str
    tax_rate: str
    index: int
    net_total: str
    total_tax: str
    gross_total: str
    rate_display: RateDisplay
    external_ids: list[IntegrationExternalIdentifier]
    group_id: None | str | Unset = UNSET
    line_item_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    price_id: None | str | Unset = UNSET
    service_period: InclusiveDateRange | Unset = UNSET
    revenue_recognition_method: RevenueRecognitionMethod | Unset = UNSET
    revenue_classification: RevenueClassification | Unset = UNSET
    product_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        credit_note_id = self.credit_note_id

        title = self.title

        quantity = self.quantity

        rate = self.rate

        tax_rate = self.tax_rate

        index = self.index

        net_total = self.net_total

        total_tax = self.total_tax

        gross_total = self.gross_total

        rate_display = self.rate_display.value

        external_ids = []
        for external_ids_item_data in self.external_ids:
            external_ids_item = external_ids_item_data.to_dict()
            external_ids.append(external_ids_item)

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        line_item_id: None | str | Unset
        if isinstance(self.line_item_id, Unset):
            line_item_id = UNSET
        else:
            line_item_id = self.line_item_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        price_id: None | str | Unset
        if isinstance(self.price_id, Unset):
            price_id = UNSET
        else:
            price_id = self.price_id

        service_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_period, Unset):
            service_period = self.service_period.to_dict()

        revenue_recognition_method: str | Unset = UNSET
        if not isinstance(self.revenue_recognition_method, Unset):
            revenue_recognition_method = self.revenue_recognition_method.value

        revenue_classification: str | Unset = UNSET
        if not isinstance(self.revenue_classification, Unset):
            revenue_classification = self.revenue_classification.value

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "creditNoteId": credit_note_id,
                "title": title,
                "quantity": quantity,
                "rate": rate,
                "taxRate": tax_rate,
                "index": index,
                "netTotal": net_total,
                "totalTax": total_tax,
                "grossTotal": gross_total,
                "rateDisplay": rate_display,
                "externalIds": external_ids,
            }
        )
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if line_item_id is not UNSET:
            field_dict["lineItemId"] = line_item_id
        if description is not UNSET:
            field_dict["description"] = description
        if price_id is not UNSET:
            field_dict["priceId"] = price_id
        if service_period is not UNSET:
            field_dict["servicePeriod"] = service_period
        if revenue_recognition_method is not UNSET:
            field_dict["revenueRecognitionMethod"] = revenue_recognition_method
        if revenue_classification is not UNSET:
            field_dict["revenueClassification"] = revenue_classification
        if product_id is not UNSET:
            field_dict["productId"] = product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.inclusive_date_range import InclusiveDateRange  # noqa: PLC0415
        from ..models.integration_external_identifier import IntegrationExternalIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        credit_note_id = d.pop("creditNoteId")

        title = d.pop("title")

        quantity = d.pop("quantity")

        rate = d.pop("rate")

        tax_rate = d.pop("taxRate")

        index = d.pop("index")

        net_total = d.pop("netTotal")

        total_tax = d.pop("totalTax")

        gross_total = d.pop("grossTotal")

        rate_display = RateDisplay(d.pop("rateDisplay"))

        external_ids = []
        _external_ids = d.pop("externalIds")
        for external_ids_item_data in _external_ids:
            external_ids_item = IntegrationExternalIdentifier.from_dict(external_ids_item_data)

            external_ids.append(external_ids_item)

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.pop("groupId", UNSET))

        def _parse_line_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_item_id = _parse_line_item_id(d.pop("lineItemId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_id = _parse_price_id(d.pop("priceId", UNSET))

        _service_period = d.pop("servicePeriod", UNSET)
        service_period: InclusiveDateRange | Unset
        if isinstance(_service_period, Unset):
            service_period = UNSET
        else:
            service_period = InclusiveDateRange.from_dict(_service_period)

        _revenue_recognition_method = d.pop("revenueRecognitionMethod", UNSET)
        revenue_recognition_method: RevenueRecognitionMethod | Unset
        if isinstance(_revenue_recognition_method, Unset):
            revenue_recognition_method = UNSET
        else:
            revenue_recognition_method = RevenueRecognitionMethod(_revenue_recognition_method)

        _revenue_classification = d.pop("revenueClassification", UNSET)
        revenue_classification: RevenueClassification | Unset
        if isinstance(_revenue_classification, Unset):
            revenue_classification = UNSET
        else:
            revenue_classification = RevenueClassification(_revenue_classification)

        def _parse_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_id = _parse_product_id(d.pop("productId", UNSET))

        list_credit_note_line_item_endpoint_product_list_credit_note_line_item_response_model = cls(
            id=id,
            credit_note_id=credit_note_id,
            title=title,
            quantity=quantity,
            rate=rate,
            tax_rate=tax_rate,
            index=index,
            net_total=net_total,
            total_tax=total_tax,
            gross_total=gross_total,
            rate_display=rate_display,
            external_ids=external_ids,
            group_id=group_id,
            line_item_id=line_item_id,
            description=description,
            price_id=price_id,
            service_period=service_period,
            revenue_recognition_method=revenue_recognition_method,
            revenue_classification=revenue_classification,
            product_id=product_id,
        )

        list_credit_note_line_item_endpoint_product_list_credit_note_line_item_response_model.additional_properties = d
        return list_credit_note_line_item_endpoint_product_list_credit_note_line_item_response_model

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
