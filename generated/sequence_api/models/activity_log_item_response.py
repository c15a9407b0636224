from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.activity_log_actor_response import ActivityLogActorResponse
    from ..models.activity_log_object_response import ActivityLogObjectResponse


T = TypeVar("T", bound="ActivityLogItemResponse")


@_attrs_define(init=False, slots=False, eq=False)
class ActivityLogItemResponse:
    """
    Example:
        {'id': '880e8400-e29b-41d4-a716-446655440003', 'activityLogId': '990e8400-e29b-41d4-a716-446655440004', 'verb':
            'CREATED', 'name': 'Invoice Created', 'summary': 'A new invoice was created for customer', 'reason': 'New
            billing cycle started', 'metadata': [], 'activityLogActor': {'id': '550e8400-e29b-41d4-a716-446655440000',
            'entityType': 'USER', 'entityId': '550e8400-e29b-41d4-a716-446655440123', 'email': 'john.doe@sequencehq.com'},
            'activityLogObject': {'id': '660e8400-e29b-41d4-a716-446655440001', 'entityType': 'INVOICE', 'entityId':
            '550e8400-e29b-41d4-a716-446655440456'}, 'activityLogTarget': {'id': '770e8400-e29b-41d4-a716-446655440002',
            'entityType': 'SEQUENCE_USER', 'entityId': '550e8400-e29b-41d4-a716-446655440789'}}

    Attributes:
        id (str):  Example: 880e8400-e29b-41d4-a716-446655440003.
        activity_log_id (str):  Example: 990e8400-e29b-41d4-a716-446655440004.
        verb (str):  Example: CREATED.
        name (str):  Example: Invoice Created.
        summary (str):  Example: A new invoice was created for customer.
        activity_log_actor (ActivityLogActorResponse):  Example: {'id': '550e8400-e29b-41d4-a716-446655440000',
            'entityType': 'USER', 'entityId': '550e8400-e29b-41d4-a716-446655440123', 'email': 'john.doe@sequencehq.com'}.
        activity_log_object (ActivityLogObjectResponse):  Example: {'id': '660e8400-e29b-41d4-a716-446655440001',
            'entityType': 'INVOICE', 'entityId': '550e8400-e29b-41d4-a716-446655440456'}.
        reason (str | None):  Example: New billing cycle started.
        metadata (list[Any] | None):  Example: [].
        activity_log_target (ActivityLogObjectResponse | None):  Example: {'id': '660e8400-e29b-41d4-a716-446655440001',
            'entityType': 'INVOICE', 'entityId': '550e8400-e29b-41d4-a716-446655440456'}.
    """

    id: str
    activity_log_id: str
    verb: str
    name: str
    summary: str
    activity_log_actor: ActivityLogActorResponse
    activity_log_object: ActivityLogObjectResponse
    reason: str | None = ABSENT
    metadata: list[Any] | None = ABSENT
    activity_log_target: ActivityLogObjectResponse | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "reason": 1,
        "metadata": 2,
        "activity_log_target": 4,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "reason",
            "metadata",
            "activity_log_target",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "activity_log_target",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "activity_log_id",
            "verb",
            "name",
            "summary",
            "activity_log_actor",
            "activity_log_object",
            "reason",
            "metadata",
            "activity_log_target",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        activity_log_id: str,
        verb: str,
        name: str,
        summary: str,
        activity_log_actor: ActivityLogActorResponse,
        activity_log_object: ActivityLogObjectResponse,
        reason: str | None = ABSENT,
        metadata: list[Any] | None = ABSENT,
        activity_log_target: ActivityLogObjectResponse | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if reason is ABSENT:
            reason = None
        else:
            _given_ |= 1
        if metadata is ABSENT:
            metadata = None
        else:
            _given_ |= 2
        if activity_log_target is ABSENT:
            activity_log_target = None
        else:
            _given_ |= 4
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "activity_log_id": activity_log_id,
                "verb": verb,
                "name": name,
                "summary": summary,
                "activity_log_actor": activity_log_actor,
                "activity_log_object": activity_log_object,
                "reason": reason,
                "metadata": metadata,
                "activity_log_target": activity_log_target,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is ActivityLogItemResponse:  # a subclass may add its own
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

        activity_log_id = self.activity_log_id

        verb = self.verb

        name = self.name

        summary = self.summary

        activity_log_actor = self.activity_log_actor.to_dict()

        activity_log_object = self.activity_log_object.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "activityLogId": activity_log_id,
                "verb": verb,
                "name": name,
                "summary": summary,
                "activityLogActor": activity_log_actor,
                "activityLogObject": activity_log_object,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.reason is None:
                field_dict["reason"] = None
            else:
                reason: None | str
                reason = self.reason
                field_dict["reason"] = reason
        if _given_ & 2:
            if self.metadata is None:
                field_dict["metadata"] = None
            else:
                metadata: list[Any] | None
                if isinstance(self.metadata, list):
                    metadata = self.metadata

                else:
                    metadata = self.metadata
                field_dict["metadata"] = metadata
        if _given_ & 4:
            if self.activity_log_target is None:
                field_dict["activityLogTarget"] = None
            else:
                activity_log_target = self.activity_log_target.to_dict()
                field_dict["activityLogTarget"] = activity_log_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.activity_log_actor_response import ActivityLogActorResponse  # noqa: PLC0415
        from ..models.activity_log_object_response import ActivityLogObjectResponse  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        activity_log_id = d.pop("activityLogId")

        verb = d.pop("verb")

        name = d.pop("name")

        summary = d.pop("summary")

        activity_log_actor = ActivityLogActorResponse.from_dict(d.pop("activityLogActor"))

        activity_log_object = ActivityLogObjectResponse.from_dict(d.pop("activityLogObject"))

        reason_json_ = d.pop("reason", ABSENT)
        reason: str | None
        if reason_json_ is ABSENT:
            reason = None
        else:
            _given_ |= 1

            def _parse_reason(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            reason = _parse_reason(reason_json_)

        metadata_json_ = d.pop("metadata", ABSENT)
        metadata: list[Any] | None
        if metadata_json_ is ABSENT:
            metadata = None
        else:
            _given_ |= 2

            def _parse_metadata(data: object) -> list[Any] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    metadata_type_0 = cast(list[Any], data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Any] | None, data)

            metadata = _parse_metadata(metadata_json_)

        activity_log_target_json_ = d.pop("activityLogTarget", ABSENT)
        activity_log_target: ActivityLogObjectResponse | None
        if activity_log_target_json_ is ABSENT:
            activity_log_target = None
        else:
            _given_ |= 4
            activity_log_target = ActivityLogObjectResponse.from_dict(activity_log_target_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "activity_log_id": activity_log_id,
                "verb": verb,
                "name": name,
                "summary": summary,
                "activity_log_actor": activity_log_actor,
                "activity_log_object": activity_log_object,
                "reason": reason,
                "metadata": metadata,
                "activity_log_target": activity_log_target,
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
