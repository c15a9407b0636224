from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revenue_classification import RevenueClassification
from ..models.revenue_recognition_method import RevenueRecognitionMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inclusive_date_range import InclusiveDateRange


T = TypeVar("T", bound="UpdateLineItemGroupRequestModel")


@_attrs_define
class UpdateLineItemGroupRequestModel:
    """
    Example:
        {'title': 'Users', 'description': 'Charges for users', 'taxCategoryId': '28227c88-6dba-455f-9b30-b9c76957e610',
            'revenueRecognitionMethod': 'STRAIGHT_LINE', 'revenueClassification': 'EARNED', 'servicePeriod': {'start':
            '2022-10-20', 'endInclusive': '2022-10-24'}, 'index': 10}

    Attributes:
        title (str): Line Item Group Title Example: Users.
        description (None | str | Unset): Line Item Group Description Example: Charges for users.
        tax_category_id (None | str | Unset): The tax category for all line items in this line item group Example:
            28227c88-6dba-455f-9b30-b9c76957e610.
        revenue_recognition_method (RevenueRecognitionMethod | Unset):  Example: USAGE.
        revenue_classification (RevenueClassification | Unset):  Example: EARNED.
        service_period (InclusiveDateRange | Unset): Service Period Example: {'start': '2025-10-01', 'endInclusive':
            '2025-10-30'}.
        index (int | None | Unset): Index (for maintaining order) Example: 10.
    """

    title: str
    description: None | str | Unset = UNSET
    tax_category_id: None | str | Unset = UNSET
    revenue_recognition_method: RevenueRecognitionMethod | Unset = UNSET
    revenue_classification: RevenueClassification | Unset = UNSET
    service_period: InclusiveDateRange | Unset = UNSET
    index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        else:
            tax_category_id = self.tax_category_id

        revenue_recognition_method: str | Unset = UNSET
        if not isinstance(self.revenue_recognition_method, Unset):
            revenue_recognition_method = self.revenue_recognition_method.value

        revenue_classification: str | Unset = UNSET
        if not isinstance(self.revenue_classification, Unset):
            revenue_classification = self.revenue_classification.value

        service_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_period, Unset):
            service_period = self.service_period.to_dict()

        index: int | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tax_category_id is not UNSET:
            field_dict["taxCategoryId"] = tax_category_id
        if revenue_recognition_method is not UNSET:
            field_dict["revenueRecognitionMethod"] = revenue_recognition_method
        if revenue_classification is not UNSET:
            field_dict["revenueClassification"] = revenue_classification
        if service_period is not UNSET:
            field_dict["servicePeriod"] = service_period
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.inclusive_date_range import InclusiveDateRange  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_tax_category_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_category_id = _parse_tax_category_id(d.pop("taxCategoryId", UNSET))

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

        _service_period = d.pop("servicePeriod", UNSET)
        service_period: InclusiveDateRange | Unset
        if isinstance(_service_period, Unset):
            service_period = UNSET
        else:
            service_period = InclusiveDateRange.from_dict(_service_period)

        def _parse_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        index = _parse_index(d.pop("index", UNSET))

        update_line_item_group_request_model = cls(
            title=title,
            description=description,
            tax_category_id=tax_category_id,
            revenue_recognition_method=revenue_recognition_method,
            revenue_classification=revenue_classification,
            service_period=service_period,
            index=index,
        )

        update_line_item_group_request_model.additional_properties = d
        return update_line_item_group_request_model

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
