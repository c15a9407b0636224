from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_provider import PaymentProvider

T = TypeVar("T", bound="BillingScheduleSettings")


@_attrs_define
class BillingScheduleSettings:
    """
    Example:
        {'id': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'sequenceAccountId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730',
            'billingScheduleId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'paymentProvider': 'STRIPE', 'autoCharge': True}

    Attributes:
        id (str): Unique payment provider ID. Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        sequence_account_id (str): Unique Sequence Account ID. Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        billing_schedule_id (str): Unique payment provider ID. Example: bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730.
        payment_provider (PaymentProvider):  Example: STRIPE.
        auto_charge (bool): Automatically collect payments if payment details are available Example: True.
    """

    id: str
    sequence_account_id: str
    billing_schedule_id: str
    payment_provider: PaymentProvider
    auto_charge: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        id = self.id

        sequence_account_id = self.sequence_account_id

        billing_schedule_id = self.billing_schedule_id

        payment_provider = self.payment_provider.value

        auto_charge = self.auto_charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "billingScheduleId": billing_schedule_id,
                "paymentProvider": payment_provider,
                "autoCharge": auto_charge,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        id = d.pop("id")

        sequence_account_id = d.pop("sequenceAccountId")

        billing_schedule_id = d.pop("billingScheduleId")

        payment_provider = PaymentProvider(d.pop("paymentProvider"))

        auto_charge = d.pop("autoCharge")

        billing_schedule_settings = cls(
            id=id,
            sequence_account_id=sequence_account_id,
            billing_schedule_id=billing_schedule_id,
            payment_provider=payment_provider,
            auto_charge=auto_charge,
        )

        billing_schedule_settings.additional_properties = d
        return billing_schedule_settings

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
