from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revenue_recognition_method import RevenueRecognitionMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingProduct")


@_attrs_define
class BillingProduct:
    """
    Example:
        {'id': 'f409d651-c475-4142-aafd-a5d2bd74d4f9', 'name': 'Fixed priced product', 'label': 'Fixed priced product -
            UK', 'sequenceAccountId': '683fe518-60c8-429f-9320-8aa7efc20bcc', 'createdAt': '2022-06-28T16:47:00Z',
            'updatedAt': '2022-06-28T16:47:00Z', 'prices': [], 'taxCategoryName': 'SaaS', 'recognitionMethod': 'USAGE'}

    Attributes:
        id (str): Unique Product ID Example: f409d651-c475-4142-aafd-a5d2bd74d4f9.
        name (str): The customer-facing name of this Product Example: Fixed priced product.
        label (str): The internal descriptive name of this item Example: Fixed priced product - UK.
        sequence_account_id (str): Sequence Account ID Example: 683fe518-60c8-429f-9320-8aa7efc20bcc.
        created_at (datetime.datetime): Created at Example: 2022-06-28T16:47:00Z.
        updated_at (datetime.datetime): Updated At Example: 2022-06-28T16:47:00Z.
        prices (list[Any]): Prices Example: [].
        recognition_method (RevenueRecognitionMethod):  Example: USAGE.
        tax_category_name (None | str | Unset): The tax category associated with the product Example: SaaS.
    """

    id: str
    name: str
    label: str
    sequence_account_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    prices: list[Any]
    recognition_method: RevenueRecognitionMethod
    tax_category_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        name = self.name

        label = self.label

        sequence_account_id = self.sequence_account_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        prices = self.prices

        recognition_method = self.recognition_method.value

        tax_category_name: None | str | Unset
        if isinstance(self.tax_category_name, Unset):
            tax_category_name = UNSET
        else:
            tax_category_name = self.tax_category_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "label": label,
                "sequenceAccountId": sequence_account_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "prices": prices,
                "recognitionMethod": recognition_method,
            }
        )
        if tax_category_name is not UNSET:
            field_dict["taxCategoryName"] = tax_category_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        label = d.pop("label")

        sequence_account_id = d.pop("sequenceAccountId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        prices = cast(list[Any], d.pop("prices"))

        recognition_method = RevenueRecognitionMethod(d.pop("recognitionMethod"))

        def _parse_tax_category_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_category_name = _parse_tax_category_name(d.pop("taxCategoryName", UNSET))

        billing_product = cls(
            id=id,
            name=name,
            label=label,
            sequence_account_id=sequence_account_id,
            created_at=created_at,
            updated_at=updated_at,
            prices=prices,
            recognition_method=recognition_method,
            tax_category_name=tax_category_name,
        )

        billing_product.additional_properties = d
        return billing_product

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
