from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSequenceAccountProductEndpointUpdateSequenceAccountRequest")


@_attrs_define
class UpdateSequenceAccountProductEndpointUpdateSequenceAccountRequest:
    """
    Example:
        {'companyName': 'Acme Inc.', 'companyNumber': 'GB123988', 'country': 'GB', 'sendCustomerNotifications': True,
            'alertEmailAddresses': ['alerts@example.com']}

    Attributes:
        company_name (None | str | Unset): The company name of the company that owns this Sequence account. Example:
            Acme Inc..
        company_number (None | str | Unset): The company number of the company that owns this Sequence account. Example:
            GB123988.
        country (CountryCode | None | Unset): The country in which the company who owns this account is registered.
        send_customer_notifications (bool | None | Unset): True if Sequence should send customer notifications on your
            behalf. Example: True.
        alert_email_addresses (list[str] | None | Unset): Email address to which alert notifications will be sent
            Example: ['alerts@example.com'].
    """

    company_name: None | str | Unset = UNSET
    company_number: None | str | Unset = UNSET
    country: CountryCode | None | Unset = UNSET
    send_customer_notifications: bool | None | Unset = UNSET
    alert_email_addresses: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        company_number: None | str | Unset
        if isinstance(self.company_number, Unset):
            company_number = UNSET
        else:
            company_number = self.company_number

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, CountryCode):
            country = self.country.value
        else:
            country = self.country

        send_customer_notifications: bool | None | Unset
        if isinstance(self.send_customer_notifications, Unset):
            send_customer_notifications = UNSET
        else:
            send_customer_notifications = self.send_customer_notifications

        alert_email_addresses: list[str] | None | Unset
        if isinstance(self.alert_email_addresses, Unset):
            alert_email_addresses = UNSET
        elif isinstance(self.alert_email_addresses, list):
            alert_email_addresses = self.alert_email_addresses

        else:
            alert_email_addresses = self.alert_email_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_number is not UNSET:
            field_dict["companyNumber"] = company_number
        if country is not UNSET:
            field_dict["country"] = country
        if send_customer_notifications is not UNSET:
            field_dict["sendCustomerNotifications"] = send_customer_notifications
        if alert_email_addresses is not UNSET:
            field_dict["alertEmailAddresses"] = alert_email_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("companyName", UNSET))

        def _parse_company_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_number = _parse_company_number(d.pop("companyNumber", UNSET))

        def _parse_country(data: object) -> CountryCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                country_type_0 = CountryCode(data)

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountryCode | None | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_send_customer_notifications(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_customer_notifications = _parse_send_customer_notifications(d.pop("sendCustomerNotifications", UNSET))

        def _parse_alert_email_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                alert_email_addresses_type_0 = cast(list[str], data)

                return alert_email_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        alert_email_addresses = _parse_alert_email_addresses(d.pop("alertEmailAddresses", UNSET))

        update_sequence_account_product_endpoint_update_sequence_account_request = cls(
            company_name=company_name,
            company_number=company_number,
            country=country,
            send_customer_notifications=send_customer_notifications,
            alert_email_addresses=alert_email_addresses,
        )

        update_sequence_account_product_endpoint_update_sequence_account_request.additional_properties = d
        return update_sequence_account_product_endpoint_update_sequence_account_request

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
