from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_provider import PaymentProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBillingScheduleSettingsEndpointCreateBillingScheduleSettingsRequestModel")


@_attrs_define
class CreateBillingScheduleSettingsEndpointCreateBillingScheduleSettingsRequestModel:
    """
    Example:
        {'billingScheduleId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'paymentProvider': 'STRIPE', 'autoCharge': True}

    Attributes:
        billing_schedule_id (str): Unique payment provider ID. Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        payment_provider (PaymentProvider):  Example: STRIPE.
        auto_charge (bool | None | Unset): Automatically collect this payment if payment details are available Example:
            True.
    """

    billing_schedule_id: str
    payment_provider: PaymentProvider
    auto_charge: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        billing_schedule_id = self.billing_schedule_id

        payment_provider = self.payment_provider.value

        auto_charge: bool | None | Unset
        if isinstance(self.auto_charge, Unset):
            auto_charge = UNSET
        else:
            auto_charge = self.auto_charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billingScheduleId": billing_schedule_id,
                "paymentProvider": payment_provider,
            }
        )
        if auto_charge is not UNSET:
            field_dict["autoCharge"] = auto_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        billing_schedule_id = d.pop("billingScheduleId")

        payment_provider = PaymentProvider(d.pop("paymentProvider"))

        def _parse_auto_charge(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_charge = _parse_auto_charge(d.pop("autoCharge", UNSET))

        create_billing_schedule_settings_endpoint_create_billing_schedule_settings_request_model = cls(
            billing_schedule_id=billing_schedule_id,
            payment_provider=payment_provider,
            auto_charge=auto_charge,
        )

        create_billing_schedule_settings_endpoint_create_billing_schedule_settings_request_model.additional_properties = d
        return create_billing_schedule_settings_endpoint_create_billing_schedule_settings_request_model

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
