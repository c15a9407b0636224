from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_payment_status import IntegrationPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationPaymentStatuses")


@_attrs_define
class IntegrationPaymentStatuses:
    """Payment or sync status per integration service

    Example:
        {'stripe': 'PAID', 'goCardless': 'CANCELLED'}

    Attributes:
        stripe (IntegrationPaymentStatus | Unset):  Example: PAID.
        go_cardless (IntegrationPaymentStatus | Unset):  Example: PAID.
    """

    stripe: IntegrationPaymentStatus | Unset = UNSET
    go_cardless: IntegrationPaymentStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        stripe: str | Unset = UNSET
        if not isinstance(self.stripe, Unset):
            stripe = self.stripe.value

        go_cardless: str | Unset = UNSET
        if not isinstance(self.go_cardless, Unset):
            go_cardless = self.go_cardless.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stripe is not UNSET:
            field_dict["stripe"] = stripe
        if go_cardless is not UNSET:
            field_dict["goCardless"] = go_cardless

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        _stripe = d.pop("stripe", UNSET)
        stripe: IntegrationPaymentStatus | Unset
        if isinstance(_stripe, Unset):
            stripe = UNSET
        else:
            stripe = IntegrationPaymentStatus(_stripe)

        _go_cardless = d.pop("goCardless", UNSET)
        go_cardless: IntegrationPaymentStatus | Unset
        if isinstance(_go_cardless, Unset):
            go_cardless = UNSET
        else:
            go_cardless = IntegrationPaymentStatus(_go_cardless)

        integration_payment_statuses = cls(
            stripe=stripe,
            go_cardless=go_cardless,
        )

        integration_payment_statuses.additional_properties = d
        return integration_payment_statuses

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
