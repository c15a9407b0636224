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
    from ..models.date_range import DateRange
    from ..models.integration_external_identifier import IntegrationExternalIdentifier


T = TypeVar("T", bound="Stable20240101LineItemResponse")


@_attrs_define
class Stable20240101LineItemResponse:
    """
    Example:
        {'id': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'invoiceId': 'cd11218d-fa00-4faa-8684-a43113d076a8', 'title':
            'Ferraris', 'description': 'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2', 'servicePeriodStart':
            '2022-10-20T00:00:00Z', 'servicePeriodEnd': '2022-10-24T00:00:00Z', 'servicePeriod': {'startDate': '2022-10-20',
            'endDate': '2022-10-24'}, 'index': 2, 'groupId': 'cd11218d-fa00-4faa-8684-a43113d076a8', 'netTotal': '51.20',
            'totalTax': '2.50', 'grossTotal': '101.23', 'priceId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'rateDisplay':
            'ABSOLUTE', 'externalIds': [{'key': 'Xero', 'value': '123'}], 'revenueClassification': 'EARNED',
            'creditGrantId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'productId': 'dd55bf30-3b97-4644-a9fc-b15e0f59a110',
            'revenueRecognitionMethod': 'USAGE'}

    Attributes:
        id (str): Line Item ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        invoice_id (str): Invoice ID Example: cd11218d-fa00-4faa-8684-a43113d076a8.
        title (str): Item Title Example: Ferraris.
        quantity (str): Quantity Example: 2.
        rate (str): Price per Item Example: 20000.10.
        tax_rate (str): Tax Rate Example: 0.2.
        index (int): Index (for maintaining order) Example: 2.
        net_total (str): Net total, in decimal format of the Invoice's currency Example: 51.20.
        total_tax (str): Total tax, in decimal format of the Invoice's currency Example: 2.50.
        gross_total (str): Gross total, in decimal format of the Invoice's currency Example: 101.23.
        rate_display (RateDisplay):  Example: ABSOLUTE.
        external_ids (list[IntegrationExternalIdentifier]): IDs in external integrations Example: [{'key': 'Xero',
            'value': '123'}].
        description (None | str | Unset): Item Description Example: Red.
        service_period_start (None | str | Unset): Start of the service period (the time period in which the service was
            provided) Example: 2022-10-20T00:00:00Z.
        service_period_end (None | str | Unset): End of the service period (the time period in which the service was
            provided) Example: 2022-10-24T00:00:00Z.
        service_period (DateRange | Unset): Service Period Example: {'startDate': '2022-10-20', 'endDate':
            '2022-10-24'}.
        group_id (None | str | Unset): Line Item Group ID Example: cd11218d-fa00-4faa-8684-a43113d076a8.
        price_id (None | str | Unset): Price ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
        revenue_classification (RevenueClassification | Unset):  Example: EARNED.
        credit_grant_id (None | str | Unset): Credit Grant ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
        product_id (None | str | Unset): Product ID Example: dd55bf30-3b97-4644-a9fc-b15e0f59a110.
        revenue_recognition_method (RevenueRecognitionMethod | Unset):  Example: USAGE.
    """

    id: str
    invoice_id: str
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
    description: None | str | Unset = UNSET
    service_period_start: None | str | Unset = UNSET
    service_period_end: None | str | Unset = UNSET
    service_period: DateRange | Unset = UNSET
    group_id: None | str | Unset = UNSET
    price_id: None | str | Unset = UNSET
    revenue_classification: RevenueClassification | Unset = UNSET
    credit_grant_id: None | str | Unset = UNSET
    product_id: None | str | Unset = UNSET
    revenue_recognition_method: RevenueRecognitionMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        invoice_id = self.invoice_id

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        service_period_start: None | str | Unset
        if isinstance(self.service_period_start, Unset):
            service_period_start = UNSET
        else:
            service_period_start = self.service_period_start

        service_period_end: None | str | Unset
        if isinstance(self.service_period_end, Unset):
            service_period_end = UNSET
        else:
            service_period_end = self.service_period_end

        service_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_period, Unset):
            service_period = self.service_period.to_dict()

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        price_id: None | str | Unset
        if isinstance(self.price_id, Unset):
            price_id = UNSET
        else:
            price_id = self.price_id

        revenue_classification: str | Unset = UNSET
        if not isinstance(self.revenue_classification, Unset):
            revenue_classification = self.revenue_classification.value

        credit_grant_id: None | str | Unset
        if isinstance(self.credit_grant_id, Unset):
            credit_grant_id = UNSET
        else:
            credit_grant_id = self.credit_grant_id

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        revenue_recognition_method: str | Unset = UNSET
        if not isinstance(self.revenue_recognition_method, Unset):
            revenue_recognition_method = self.revenue_recognition_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "invoiceId": invoice_id,
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
        if description is not UNSET:
            field_dict["description"] = description
        if service_period_start is not UNSET:
            field_dict["servicePeriodStart"] = service_period_start
        if service_period_end is not UNSET:
            field_dict["servicePeriodEnd"] = service_period_end
        if service_period is not UNSET:
            field_dict["servicePeriod"] = service_period
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if price_id is not UNSET:
            field_dict["priceId"] = price_id
        if revenue_classification is not UNSET:
            field_dict["revenueClassification"] = revenue_classification
        if credit_grant_id is not UNSET:
            field_dict["creditGrantId"] = credit_grant_id
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if revenue_recognition_method is not UNSET:
            field_dict["revenueRecognitionMethod"] = revenue_recognition_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.date_range import DateRange  # noqa: PLC0415
        from ..models.integration_external_identifier import IntegrationExternalIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        invoice_id = d.pop("invoiceId")

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_service_period_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_period_start = _parse_service_period_start(d.pop("servicePeriodStart", UNSET))

        def _parse_service_period_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_period_end = _parse_service_period_end(d.pop("servicePeriodEnd", UNSET))

        _service_period = d.pop("servicePeriod", UNSET)
        service_period: DateRange | Unset
        if isinstance(_service_period, Unset):
            service_period = UNSET
        else:
            service_period = DateRange.from_dict(_service_period)

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.pop("groupId", UNSET))

        def _parse_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_id = _parse_price_id(d.pop("priceId", UNSET))

        _revenue_classification = d.pop("revenueClassification", UNSET)
        revenue_classification: RevenueClassification | Unset
        if isinstance(_revenue_classification, Unset):
            revenue_classification = UNSET
        else:
            revenue_classification = RevenueClassification(_revenue_classification)

        def _parse_credit_grant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_grant_id = _parse_credit_grant_id(d.pop("creditGrantId", UNSET))

        def _parse_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_id = _parse_product_id(d.pop("productId", UNSET))

        _revenue_recognition_method = d.pop("revenueRecognitionMethod", UNSET)
        revenue_recognition_method: RevenueRecognitionMethod | Unset
        if isinstance(_revenue_recognition_method, Unset):
            revenue_recognition_method = UNSET
        else:
            revenue_recognition_method = RevenueRecognitionMethod(_revenue_recognition_method)

        stable_20240101_line_item_response = cls(
            id=id,
            invoice_id=invoice_id,
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
            description=description,
            service_period_start=service_period_start,
            service_period_end=service_period_end,
            service_period=service_period,
            group_id=group_id,
            price_id=price_id,
            revenue_classification=revenue_classification,
            credit_grant_id=credit_grant_id,
            product_id=product_id,
            revenue_recognition_method=revenue_recognition_method,
        )

        stable_20240101_line_item_response.additional_properties = d
        return stable_20240101_line_item_response

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
