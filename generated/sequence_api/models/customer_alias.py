from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

T = TypeVar("T", bound="CustomerAlias")


@_attrs_define(init=False, slots=False, eq=False)
class CustomerAlias:
    """
    Example:
        {'id': '01849e70-0a0f-72ca-ba07-5557dd734d43', 'sequenceAccountId': 'ec1479a2-6ba1-421f-a7de-0853a20d17a1',
            'customerId': '01849e70-703e-705a-b59a-d3fd575587e0', 'value': 'external-customer-alias-123', 'createdAt':
            '2022-10-01T00:00:00Z', 'deletedAt': '2022-10-01T00:00:00Z', 'label': 'CRM ID', 'archivedAt':
            '2022-10-01T00:00:00Z'}

    Attributes:
        id (str): Unique ID Example: 0185a140-194a-7e9d-9fae-6a034fd4a725.
        sequence_account_id (str): Sequence Account ID Example: cd243b67-7d8c-42ee-b19f-b4e41f584415.
        customer_id (str): Customer ID Example: 0185a142-54ff-7ce5-846a-fc188432da6e.
        value (str): Alias value Example: customer-alias-123.
        created_at (datetime.datetime): Created At Example: 2022-10-01T00:00:00Z.
        deleted_at (datetime.datetime | None): Deleted At Example: 2022-10-01T00:00:00Z.
        label (str | None): Alias label Example: CRM ID.
        archived_at (datetime.datetime | None): Archived At Example: 2022-10-01T00:00:00Z.
    """

    id: str
    sequence_account_id: str
    customer_id: str
    value: str
    created_at: datetime.datetime
    deleted_at: datetime.datetime | None = ABSENT
    label: str | None = ABSENT
    archived_at: datetime.datetime | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "deleted_at": 1,
        "label": 2,
        "archived_at": 4,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "deleted_at",
            "label",
            "archived_at",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "sequence_account_id",
            "customer_id",
            "value",
            "created_at",
            "deleted_at",
            "label",
            "archived_at",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        sequence_account_id: str,
        customer_id: str,
        value: str,
        created_at: datetime.datetime,
        deleted_at: datetime.datetime | None = ABSENT,
        label: str | None = ABSENT,
        archived_at: datetime.datetime | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if deleted_at is ABSENT:
            deleted_at = None
        else:
            _given_ |= 1
        if label is ABSENT:
            label = None
        else:
            _given_ |= 2
        if archived_at is ABSENT:
            archived_at = None
        else:
            _given_ |= 4
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "customer_id": customer_id,
                "value": value,
                "created_at": created_at,
                "deleted_at": deleted_at,
                "label": label,
                "archived_at": archived_at,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is CustomerAlias:  # a subclass may add its own
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

        sequence_account_id = self.sequence_account_id

        customer_id = self.customer_id

        value = self.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "customerId": customer_id,
                "value": value,
                "createdAt": created_at,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.deleted_at is None:
                field_dict["deletedAt"] = None
            else:
                deleted_at: None | str
                if isinstance(self.deleted_at, datetime.datetime):
                    deleted_at = self.deleted_at.isoformat()
                else:
                    deleted_at = self.deleted_at
                field_dict["deletedAt"] = deleted_at
        if _given_ & 2:
            if self.label is None:
                field_dict["label"] = None
            else:
                label: None | str
                label = self.label
                field_dict["label"] = label
        if _given_ & 4:
            if self.archived_at is None:
                field_dict["archivedAt"] = None
            else:
                archived_at: None | str
                if isinstance(self.archived_at, datetime.datetime):
                    archived_at = self.archived_at.isoformat()
                else:
                    archived_at = self.archived_at
                field_dict["archivedAt"] = archived_at

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
        id = d.pop("id")

        sequence_account_id = d.pop("sequenceAccountId")

        customer_id = d.pop("customerId")

        value = d.pop("value")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        deleted_at_json_ = d.pop("deletedAt", ABSENT)
        deleted_at: datetime.datetime | None
        if deleted_at_json_ is ABSENT:
            deleted_at = None
        else:
            _given_ |= 1

            def _parse_deleted_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                    return deleted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            deleted_at = _parse_deleted_at(deleted_at_json_)

        label_json_ = d.pop("label", ABSENT)
        label: str | None
        if label_json_ is ABSENT:
            label = None
        else:
            _given_ |= 2

            def _parse_label(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            label = _parse_label(label_json_)

        archived_at_json_ = d.pop("archivedAt", ABSENT)
        archived_at: datetime.datetime | None
        if archived_at_json_ is ABSENT:
            archived_at = None
        else:
            _given_ |= 4

            def _parse_archived_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    archived_at_type_0 = datetime.datetime.fromisoformat(data)

                    return archived_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            archived_at = _parse_archived_at(archived_at_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "customer_id": customer_id,
                "value": value,
                "created_at": created_at,
                "deleted_at": deleted_at,
                "label": label,
                "archived_at": archived_at,
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
