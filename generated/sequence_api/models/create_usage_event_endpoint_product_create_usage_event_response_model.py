from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.create_usage_event_endpoint_product_create_usage_event_response_model_event_properties import (
        CreateUsageEventEndpointProductCreateUsageEventResponseModelEventProperties,
    )


T = TypeVar("T", bound="CreateUsageEventEndpointProductCreateUsageEventResponseModel")


@_attrs_define(init=False, slots=False, eq=False)
class CreateUsageEventEndpointProductCreateUsageEventResponseModel:
    """
    Example:
        {'id': '0184421a-8202-70ea-a729-30308a40bbf7', 'customerEventId': 'event-id-H4twuTWpYx1rkd8OMTki2hTUcZ',
            'customerAlias': 'customer-id-2H4u5BBwBWsS5V2sroRFqJfTXpW', 'eventType': 'message-sent', 'sequenceAccountId':
            '0184421e-a9cc-711b-af93-bf0511d4d833', 'eventTimestamp': '2022-10-01T00:00:00Z', 'eventProperties': {'length':
            500, 'type': 'text_message'}}

    Attributes:
        id (str): Unique ID Example: 0184421a-8202-70ea-a729-30308a40bbf7.
        customer_event_id (str): ID provided by customer. Another event with the same customer event ID will supersede
            this one. Example: event-id-H4twuTWpYx1rkd8OMTki2hTUcZ.
        customer_alias (str): End-customer alias or ID Example: customer-id-2H4u5BBwBWsS5V2sroRFqJfTXpW.
        event_type (str): Event type. This can be referenced from a usage metric. Example: message-sent.
        sequence_account_id (str): Sequence account ID Example: 0184421e-a9cc-711b-af93-bf0511d4d833.
        event_timestamp (str): Event timestamp, in ISO 8601 format. Example: 2022-10-01T00:00:00Z.
        event_properties (CreateUsageEventEndpointProductCreateUsageEventResponseModelEventProperties): Event
            properties. These can be referenced by a usage metric.
    """

    id: str
    customer_event_id: str
    customer_alias: str
    event_type: str
    sequence_account_id: str
    event_timestamp: str
    event_properties: CreateUsageEventEndpointProductCreateUsageEventResponseModelEventProperties
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {}
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "customer_event_id",
            "customer_alias",
            "event_type",
            "sequence_account_id",
            "event_timestamp",
            "event_properties",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        customer_event_id: str,
        customer_alias: str,
        event_type: str,
        sequence_account_id: str,
        event_timestamp: str,
        event_properties: CreateUsageEventEndpointProductCreateUsageEventResponseModelEventProperties,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "customer_event_id": customer_event_id,
                "customer_alias": customer_alias,
                "event_type": event_type,
                "sequence_account_id": sequence_account_id,
                "event_timestamp": event_timestamp,
                "event_properties": event_properties,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES
                and type(self) is CreateUsageEventEndpointProductCreateUsageEventResponseModel
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
        id = self.id

        customer_event_id = self.customer_event_id

        customer_alias = self.customer_alias

        event_type = self.event_type

        sequence_account_id = self.sequence_account_id

        event_timestamp = self.event_timestamp

        event_properties = self.event_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customerEventId": customer_event_id,
                "customerAlias": customer_alias,
                "eventType": event_type,
                "sequenceAccountId": sequence_account_id,
                "eventTimestamp": event_timestamp,
                "eventProperties": event_properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.create_usage_event_endpoint_product_create_usage_event_response_model_event_properties import (
            CreateUsageEventEndpointProductCreateUsageEventResponseModelEventProperties,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        customer_event_id = d.pop("customerEventId")

        customer_alias = d.pop("customerAlias")

        event_type = d.pop("eventType")

        sequence_account_id = d.pop("sequenceAccountId")

        event_timestamp = d.pop("eventTimestamp")

        event_properties = CreateUsageEventEndpointProductCreateUsageEventResponseModelEventProperties.from_dict(
            d.pop("eventProperties")
        )

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "customer_event_id": customer_event_id,
                "customer_alias": customer_alias,
                "event_type": event_type,
                "sequence_account_id": sequence_account_id,
                "event_timestamp": event_timestamp,
                "event_properties": event_properties,
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
