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


T = TypeVar("T", bound="UpdateCreditNoteLineItemEndpointUpdateCreditNoteLineItemRequestModel")


@_attrs_define
class UpdateCreditNoteLineItemEndpointUpdateCreditNoteLineItemRequestModel:
    """
    Example:
        {'title': 'Ferraris', 'description': 'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2',
            'rateDisplay': 'ABSOLUTE', 'externalIds': [{'key': 'Xero', 'value': '123'}], 'servicePeriod': {'start':
            '2025-10-01', 'endInclusive': '2025-10-30'}, 'revenueRecognitionMethod': 'STRAIGHT_LINE',
            'revenueClassification': 'EARNED', 'productId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95'}

    Attributes:
        title (str): Item Title Example: Ferraris.
        quantity (str): Quantity Example: 2.
        rate (str): Rate per Item Example: 20000.10.
        tax_rate (str): Tax Rate Example: 0.2.
        external_ids (list[IntegrationExternalIdentifier]): IDs in external integrations Example: [{'key': 'Xero',
            'value': '123'}].
        description (None | str | Unset): Item Description Example: Red.
        rate_display (RateDisplay | Unset):  Example: ABSOLUTE.
        service_period (InclusiveDateRange | Unset): Service Period Example: {'start': '2025-10-01', 'endInclusive':
            '2025-10-30'}.
        revenue_recognition_method (RevenueRecognitionMethod | Unset):  Example: USAGE.
        revenue_classification (RevenueClassification | Unset):  Example: EARNED.
        product_id (None | str | Unset): Product ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
    """

    title: str
    quantity: str
    rate: str
    tax_rate: str
    external_ids: list[IntegrationExternalIdentifier]
    description: None | str | Unset = UNSET
    rate_display: RateDisplay | Unset = UNSET
    service_period: InclusiveDateRange | Unset = UNSET
    revenue_recognition_method: RevenueRecognitionMethod | Unset = UNSET
    revenue_classification: RevenueClassification | Unset = UNSET
    product_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        title = self.title

        quantity = self.quantity

        rate = self.rate

        tax_rate = self.tax_rate

        external_ids = []
        for external_ids_item_data in self.external_ids:
            external_ids_item = external_ids_item_data.to_dict()
            external_ids.append(external_ids_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        rate_display: str | Unset = UNSET
        if not isinstance(self.rate_display, Unset):
            rate_display = self.rate_display.value

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
                "title": title,
                "quantity": quantity,
                "rate": rate,
                "taxRate": tax_rate,
                "externalIds": external_ids,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if rate_display is not UNSET:
            field_dict["rateDisplay"] = rate_display
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
        title = d.pop("title")

        quantity = d.pop("quantity")

        rate = d.pop("rate")

        tax_rate = d.pop("taxRate")

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

        _rate_display = d.pop("rateDisplay", UNSET)
        rate_display: RateDisplay | Unset
        if isinstance(_rate_display, Unset):
            rate_display = UNSET
        else:
            rate_display = RateDisplay(_rate_display)

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

        update_credit_note_line_item_endpoint_update_credit_note_line_item_request_model = cls(
            title=title,
            quantity=quantity,
            rate=rate,
            tax_rate=tax_rate,
            external_ids=external_ids,
            description=description,
            rate_display=rate_display,
            service_period=service_period,
            revenue_recognition_method=revenue_recognition_method,
            revenue_classification=revenue_classification,
            product_id=product_id,
        )

        update_credit_note_line_item_endpoint_update_credit_note_line_item_request_model.additional_properties = d
        return update_credit_note_line_item_endpoint_update_credit_note_line_item_request_model

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
