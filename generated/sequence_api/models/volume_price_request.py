from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_frequency import BillingFrequency
from ..models.billing_type import BillingType
from ..models.currency import Currency
from ..models.customer_status import CustomerStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_integration_id_request import GenerateIntegrationIdRequest
    from ..models.price_parameter import PriceParameter
    from ..models.volume_pricing_structure import VolumePricingStructure


T = TypeVar("T", bound="VolumePriceRequest")


@_attrs_define
class VolumePriceRequest:
    """
    Example:
        {'productId': 'd07037d5-3e31-4c3a-a360-e58555e2bf44', 'name': 'Demo Product', 'currency': 'GBP', 'structure':
            {'tiers': [{'upperBound': '100', 'price': '1.00', 'fee': '50.00', 'isPricePercentage': True, 'maxPrice': '10',
            'minPrice': '5'}, {'price': '0.75', 'fee': '25.00', 'isPricePercentage': True, 'maxPrice': '10', 'minPrice':
            '5'}], 'usageMetricId': '04c62961-04ba-48e6-b985-758bb7d3e712', 'pricingType': 'VOLUME'}, 'billingFrequency':
            'MONTHLY', 'billingType': 'IN_ARREARS', 'integrationIds': [{'service': 'Xero', 'id': '123'}],
            'customMetricParameters': [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b', 'value': '10'}],
            'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100', 'status': 'ACTIVE'}

    Attributes:
        product_id (str): The ID of the Product that this Price is associated with. Example:
            d07037d5-3e31-4c3a-a360-e58555e2bf44.
        name (str): A short form description of the price, which appears as the title of line items on invoices.
            Example: Demo Product.
        currency (Currency):  Example: GBP.
        structure (VolumePricingStructure): The pricing structure Example: {'tiers': [{'upperBound': '100', 'price':
            '1.00', 'fee': '50.00', 'isPricePercentage': True, 'maxPrice': '10', 'minPrice': '5'}, {'price': '0.75', 'fee':
            '25.00', 'isPricePercentage': True, 'maxPrice': '10', 'minPrice': '5'}], 'usageMetricId':
            '04c62961-04ba-48e6-b985-758bb7d3e712', 'pricingType': 'VOLUME'}.
        billing_frequency (BillingFrequency):  Example: MONTHLY.
        billing_type (BillingType):  Example: IN_ARREARS.
        integration_ids (list[GenerateIntegrationIdRequest] | None | Unset): Alternate IDs for this Price in third-party
            integration systems Example: [{'service': 'Xero', 'id': '123'}].
        custom_metric_parameters (list[PriceParameter] | None | Unset): Specific parameters to influence usage
            calculation for this Price, and are only required when using custom metric. Please speak to your Sequence
            contacts for further information prior to usage. Example: [{'parameterId':
            '94703530-1293-479b-bd37-ccad42fd9c8b', 'value': '10'}].
        list_price_id (None | str | Unset): The list price ID, if this price variant was created from a list price
            Example: b4d7e884-e007-4183-8355-4771865c5100.
        status (CustomerStatus | Unset):  Example: ACTIVE.
    """

    product_id: str
    name: str
    currency: Currency
    structure: VolumePricingStructure
    billing_frequency: BillingFrequency
    billing_type: BillingType
    integration_ids: list[GenerateIntegrationIdRequest] | None | Unset = UNSET
    custom_metric_parameters: list[PriceParameter] | None | Unset = UNSET
    list_price_id: None | str | Unset = UNSET
    status: CustomerStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        product_id = self.product_id

        name = self.name

        currency = self.currency.value

        structure = self.structure.to_dict()

        billing_frequency = self.billing_frequency.value

        billing_type = self.billing_type.value

        integration_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.integration_ids, Unset):
            integration_ids = UNSET
        elif isinstance(self.integration_ids, list):
            integration_ids = []
            for integration_ids_type_0_item_data in self.integration_ids:
                integration_ids_type_0_item = integration_ids_type_0_item_data.to_dict()
                integration_ids.append(integration_ids_type_0_item)

        else:
            integration_ids = self.integration_ids

        custom_metric_parameters: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_metric_parameters, Unset):
            custom_metric_parameters = UNSET
        elif isinstance(self.custom_metric_parameters, list):
            custom_metric_parameters = []
            for custom_metric_parameters_type_0_item_data in self.custom_metric_parameters:
                custom_metric_parameters_type_0_item = custom_metric_parameters_type_0_item_data.to_dict()
                custom_metric_parameters.append(custom_metric_parameters_type_0_item)

        else:
            custom_metric_parameters = self.custom_metric_parameters

        list_price_id: None | str | Unset
        if isinstance(self.list_price_id, Unset):
            list_price_id = UNSET
        else:
            list_price_id = self.list_price_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "name": name,
                "currency": currency,
                "structure": structure,
                "billingFrequency": billing_frequency,
                "billingType": billing_type,
            }
        )
        if integration_ids is not UNSET:
            field_dict["integrationIds"] = integration_ids
        if custom_metric_parameters is not UNSET:
            field_dict["customMetricParameters"] = custom_metric_parameters
        if list_price_id is not UNSET:
            field_dict["listPriceId"] = list_price_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.generate_integration_id_request import GenerateIntegrationIdRequest  # noqa: PLC0415
        from ..models.price_parameter import PriceParameter  # noqa: PLC0415
        from ..models.volume_pricing_structure import VolumePricingStructure  # noqa: PLC0415

        d = dict(src_dict)
        product_id = d.pop("productId")

        name = d.pop("name")

        currency = Currency(d.pop("currency"))

        structure = VolumePricingStructure.from_dict(d.pop("structure"))

        billing_frequency = BillingFrequency(d.pop("billingFrequency"))

        billing_type = BillingType(d.pop("billingType"))

        def _parse_integration_ids(data: object) -> list[GenerateIntegrationIdRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                integration_ids_type_0 = []
                _integration_ids_type_0 = data
                for integration_ids_type_0_item_data in _integration_ids_type_0:
                    integration_ids_type_0_item = GenerateIntegrationIdRequest.from_dict(
                        integration_ids_type_0_item_data
                    )

                    integration_ids_type_0.append(integration_ids_type_0_item)

                return integration_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GenerateIntegrationIdRequest] | None | Unset, data)

        integration_ids = _parse_integration_ids(d.pop("integrationIds", UNSET))

        def _parse_custom_metric_parameters(data: object) -> list[PriceParameter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_metric_parameters_type_0 = []
                _custom_metric_parameters_type_0 = data
                for custom_metric_parameters_type_0_item_data in _custom_metric_parameters_type_0:
                    custom_metric_parameters_type_0_item = PriceParameter.from_dict(
                        custom_metric_parameters_type_0_item_data
                    )

                    custom_metric_parameters_type_0.append(custom_metric_parameters_type_0_item)

                return custom_metric_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PriceParameter] | None | Unset, data)

        custom_metric_parameters = _parse_custom_metric_parameters(d.pop("customMetricParameters", UNSET))

        def _parse_list_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        list_price_id = _parse_list_price_id(d.pop("listPriceId", UNSET))

        _status = d.pop("status", UNSET)
        status: CustomerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomerStatus(_status)

        volume_price_request = cls(
            product_id=product_id,
            name=name,
            currency=currency,
            structure=structure,
            billing_frequency=billing_frequency,
            billing_type=billing_type,
            integration_ids=integration_ids,
            custom_metric_parameters=custom_metric_parameters,
            list_price_id=list_price_id,
            status=status,
        )

        volume_price_request.additional_properties = d
        return volume_price_request

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
