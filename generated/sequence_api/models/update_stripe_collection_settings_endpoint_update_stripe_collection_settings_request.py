from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retry_anchor import RetryAnchor
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateStripeCollectionSettingsEndpointUpdateStripeCollectionSettingsRequest")


@_attrs_define
class UpdateStripeCollectionSettingsEndpointUpdateStripeCollectionSettingsRequest:
    """
    Example:
        {'enableAutomaticPayments': False, 'autoEnableStripePayments': True, 'retryAnchor': 'DUE_DATE',
            'retryOffsetDays': [0, 7, 14]}

    Attributes:
        enable_automatic_payments (bool | None | Unset): Whether to automatically collect payments by default if payment
            details are available Example: False.
        auto_enable_stripe_payments (bool | None | Unset): Whether to automatically enable Stripe payments for new
            billing schedules Example: True.
        retry_anchor (None | RetryAnchor | Unset): The invoice date that retry offsets are counted from. Null disables
            automatic retries.
        retry_offset_days (list[int] | None | Unset): Days after the anchor date on which to re-attempt collection, e.g.
            [0, 7, 14] Example: [0, 7, 14].
    """

    enable_automatic_payments: bool | None | Unset = UNSET
    auto_enable_stripe_payments: bool | None | Unset = UNSET
    retry_anchor: None | RetryAnchor | Unset = UNSET
    retry_offset_days: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        enable_automatic_payments: bool | None | Unset
        if isinstance(self.enable_automatic_payments, Unset):
            enable_automatic_payments = UNSET
        else:
            enable_automatic_payments = self.enable_automatic_payments

        auto_enable_stripe_payments: bool | None | Unset
        if isinstance(self.auto_enable_stripe_payments, Unset):
            auto_enable_stripe_payments = UNSET
        else:
            auto_enable_stripe_payments = self.auto_enable_stripe_payments

        retry_anchor: None | str | Unset
        if isinstance(self.retry_anchor, Unset):
            retry_anchor = UNSET
        elif isinstance(self.retry_anchor, RetryAnchor):
            retry_anchor = self.retry_anchor.value
        else:
            retry_anchor = self.retry_anchor

        retry_offset_days: list[int] | None | Unset
        if isinstance(self.retry_offset_days, Unset):
            retry_offset_days = UNSET
        elif isinstance(self.retry_offset_days, list):
            retry_offset_days = self.retry_offset_days

        else:
            retry_offset_days = self.retry_offset_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_automatic_payments is not UNSET:
            field_dict["enableAutomaticPayments"] = enable_automatic_payments
        if auto_enable_stripe_payments is not UNSET:
            field_dict["autoEnableStripePayments"] = auto_enable_stripe_payments
        if retry_anchor is not UNSET:
            field_dict["retryAnchor"] = retry_anchor
        if retry_offset_days is not UNSET:
            field_dict["retryOffsetDays"] = retry_offset_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)

        def _parse_enable_automatic_payments(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_automatic_payments = _parse_enable_automatic_payments(d.pop("enableAutomaticPayments", UNSET))

        def _parse_auto_enable_stripe_payments(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_enable_stripe_payments = _parse_auto_enable_stripe_payments(d.pop("autoEnableStripePayments", UNSET))

        def _parse_retry_anchor(data: object) -> None | RetryAnchor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retry_anchor_type_0 = RetryAnchor(data)

                return retry_anchor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RetryAnchor | Unset, data)

        retry_anchor = _parse_retry_anchor(d.pop("retryAnchor", UNSET))

        def _parse_retry_offset_days(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                retry_offset_days_type_0 = cast(list[int], data)

                return retry_offset_days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        retry_offset_days = _parse_retry_offset_days(d.pop("retryOffsetDays", UNSET))

        update_stripe_collection_settings_endpoint_update_stripe_collection_settings_request = cls(
            enable_automatic_payments=enable_automatic_payments,
            auto_enable_stripe_payments=auto_enable_stripe_payments,
            retry_anchor=retry_anchor,
            retry_offset_days=retry_offset_days,
        )

        update_stripe_collection_settings_endpoint_update_stripe_collection_settings_request.additional_properties = d
        return update_stripe_collection_settings_endpoint_update_stripe_collection_settings_request

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
