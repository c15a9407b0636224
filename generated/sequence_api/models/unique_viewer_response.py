from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UniqueViewerResponse")


@_attrs_define
class UniqueViewerResponse:
    """
    Example:
        {'visitorIdentifier': '0190dae7-7228-7619-aad8-c51f56733b2b', 'lastViewedAt': '2024-01-07T10:30:00Z',
            'loginType': 'SEQUENCE_USER', 'email': 'johndoe@example.com'}

    Attributes:
        visitor_identifier (str):  Example: 0190dae7-7228-7619-aad8-c51f56733b2b.
        last_viewed_at (str):  Example: 2024-01-07T10:30:00Z.
        login_type (str):  Example: SEQUENCE_USER.
        email (None | str | Unset):  Example: johndoe@example.com.
    """

    visitor_identifier: str
    last_viewed_at: str
    login_type: str
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        visitor_identifier = self.visitor_identifier

        last_viewed_at = self.last_viewed_at

        login_type = self.login_type

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "visitorIdentifier": visitor_identifier,
                "lastViewedAt": last_viewed_at,
                "loginType": login_type,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        visitor_identifier = d.pop("visitorIdentifier")

        last_viewed_at = d.pop("lastViewedAt")

        login_type = d.pop("loginType")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        unique_viewer_response = cls(
            visitor_identifier=visitor_identifier,
            last_viewed_at=last_viewed_at,
            login_type=login_type,
            email=email,
        )

        unique_viewer_response.additional_properties = d
        return unique_viewer_response

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
