from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retry_anchor import RetryAnchor
from ..types import ABSENT

T = TypeVar("T", bound="UpdateStripeCollectionSettingsEndpointUpdateStripeCollectionSettingsRequest")


@_attrs_define(init=False, slots=False, eq=False)
class UpdateStripeCollectionSettingsEndpointUpdateStripeCollectionSettingsRequest:
    """
    Example:
        {'enableAutomaticPayments': False, 'autoEnableStripePayments': True, 'retryAnchor': 'DUE_DATE',
            'retryOffsetDays': [0, 7, 14]}

    Attributes:
        enable_automatic_payments (bool | None): Whether to automatically collect payments by default if payment details
            are available Example: False.
        auto_enable_stripe_payments (bool | None): Whether to automatically enable Stripe payments for new billing
            schedules Example: True.
        retry_anchor (RetryAnchor | None): The invoice date that retry offsets are counted from. Null disables automatic
            retries.
        retry_offset_days (list[int] | None): Days after the anchor date on which to re-attempt collection, e.g. [0, 7,
            14] Example: [0, 7, 14].
    """

    enable_automatic_payments: bool | None = ABSENT
    auto_enable_stripe_payments: bool | None = ABSENT
    retry_anchor: RetryAnchor | None = ABSENT
    retry_offset_days: list[int] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "enable_automatic_payments": 1,
        "auto_enable_stripe_payments": 2,
        "retry_anchor": 4,
        "retry_offset_days": 8,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "enable_automatic_payments",
            "auto_enable_stripe_payments",
            "retry_anchor",
            "retry_offset_days",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "enable_automatic_payments",
            "auto_enable_stripe_payments",
            "retry_anchor",
            "retry_offset_days",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        enable_automatic_payments: bool | None = ABSENT,
        auto_enable_stripe_payments: bool | None = ABSENT,
        retry_anchor: RetryAnchor | None = ABSENT,
        retry_offset_days: list[int] | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if enable_automatic_payments is ABSENT:
            enable_automatic_payments = None
        else:
            _given_ |= 1
        if auto_enable_stripe_payments is ABSENT:
            auto_enable_stripe_payments = None
        else:
            _given_ |= 2
        if retry_anchor is ABSENT:
            retry_anchor = None
        else:
            _given_ |= 4
        if retry_offset_days is ABSENT:
            retry_offset_days = None
        else:
            _given_ |= 8
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "enable_automatic_payments": enable_automatic_payments,
                "auto_enable_stripe_payments": auto_enable_stripe_payments,
                "retry_anchor": retry_anchor,
                "retry_offset_days": retry_offset_days,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES
                and type(self) is UpdateStripeCollectionSettingsEndpointUpdateStripeCollectionSettingsRequest
            ):  # a subclass may add its own
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            bit = self._FIELD_BITS.get(name)
            if bit is None:
                object.__setattr__(self, name, value)
            elif value is ABSENT:
                object.__setattr__(self, name, None)
                self.__dict__["_given_bits"] = self.__dict__.get("_given_bits", 0) & ~bit
            else:
                object.__setattr__(self, name, value)
                self.__dict__["_given_bits"] = self.__dict__.get("_given_bits", 0) | bit

        def __delattr__(self, name: str) -> None:
            """Deleting an optional field makes it absent; a required field cannot be deleted."""
            if name not in self._FIELD_BITS:
                raise AttributeError(f"cannot delete {name!r}: not an optional field of {type(self).__name__}")
            self.__setattr__(name, ABSENT)

    def __eq__(self, other: object) -> bool:
        """Equal fields, unknown fields and the same fields given (absent is not null)."""
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as attrs' own eq=True would leave it

    @property
    def fields_set(self) -> frozenset[str]:
        """The optional fields that were given (in the JSON, to the constructor or by assignment), even as None.

        A field not in it is absent: it reads as None and `to_dict` leaves it out; a field in it
        that reads None is the JSON `null`. Required fields are not listed."""
        given = self.__dict__.get("_given_bits", 0)
        return frozenset(name for name, bit in self._FIELD_BITS.items() if given & bit)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.enable_automatic_payments is None:
                field_dict["enableAutomaticPayments"] = None
            else:
                enable_automatic_payments: bool | None
                enable_automatic_payments = self.enable_automatic_payments
                field_dict["enableAutomaticPayments"] = enable_automatic_payments
        if _given_ & 2:
            if self.auto_enable_stripe_payments is None:
                field_dict["autoEnableStripePayments"] = None
            else:
                auto_enable_stripe_payments: bool | None
                auto_enable_stripe_payments = self.auto_enable_stripe_payments
                field_dict["autoEnableStripePayments"] = auto_enable_stripe_payments
        if _given_ & 4:
            if self.retry_anchor is None:
                field_dict["retryAnchor"] = None
            else:
                retry_anchor: None | str
                if isinstance(self.retry_anchor, RetryAnchor):
                    retry_anchor = self.retry_anchor.value
                else:
                    retry_anchor = self.retry_anchor
                field_dict["retryAnchor"] = retry_anchor
        if _given_ & 8:
            if self.retry_offset_days is None:
                field_dict["retryOffsetDays"] = None
            else:
                retry_offset_days: list[int] | None
                if isinstance(self.retry_offset_days, list):
                    retry_offset_days = self.retry_offset_days

                else:
                    retry_offset_days = self.retry_offset_days
                field_dict["retryOffsetDays"] = retry_offset_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _given_ = 0
        enable_automatic_payments_json_ = d.pop("enableAutomaticPayments", ABSENT)
        enable_automatic_payments: bool | None
        if enable_automatic_payments_json_ is ABSENT:
            enable_automatic_payments = None
        else:
            _given_ |= 1

            def _parse_enable_automatic_payments(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            enable_automatic_payments = _parse_enable_automatic_payments(enable_automatic_payments_json_)

        auto_enable_stripe_payments_json_ = d.pop("autoEnableStripePayments", ABSENT)
        auto_enable_stripe_payments: bool | None
        if auto_enable_stripe_payments_json_ is ABSENT:
            auto_enable_stripe_payments = None
        else:
            _given_ |= 2

            def _parse_auto_enable_stripe_payments(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            auto_enable_stripe_payments = _parse_auto_enable_stripe_payments(auto_enable_stripe_payments_json_)

        retry_anchor_json_ = d.pop("retryAnchor", ABSENT)
        retry_anchor: RetryAnchor | None
        if retry_anchor_json_ is ABSENT:
            retry_anchor = None
        else:
            _given_ |= 4

            def _parse_retry_anchor(data: object) -> None | RetryAnchor:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    retry_anchor_type_0 = RetryAnchor(data)

                    return retry_anchor_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RetryAnchor, data)

            retry_anchor = _parse_retry_anchor(retry_anchor_json_)

        retry_offset_days_json_ = d.pop("retryOffsetDays", ABSENT)
        retry_offset_days: list[int] | None
        if retry_offset_days_json_ is ABSENT:
            retry_offset_days = None
        else:
            _given_ |= 8

            def _parse_retry_offset_days(data: object) -> list[int] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    retry_offset_days_type_0 = cast(list[int], data)

                    return retry_offset_days_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None, data)

            retry_offset_days = _parse_retry_offset_days(retry_offset_days_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "enable_automatic_payments": enable_automatic_payments,
                "auto_enable_stripe_payments": auto_enable_stripe_payments,
                "retry_anchor": retry_anchor,
                "retry_offset_days": retry_offset_days,
                "additional_properties": additional_properties_,
                "_given_bits": _given_,
            },
        )
        return _model_

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
