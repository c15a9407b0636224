from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

T = TypeVar("T", bound="Stable20240509ProductResponse")


@_attrs_define(init=False, slots=False, eq=False)
class Stable20240509ProductResponse:
    """
    Example:
        {'id': '994d23f7-47b6-43ee-af6b-cd27181196b6', 'name': 'Fixed priced product', 'label': 'Fixed priced product -
            UK', 'createdAt': '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z', 'archivedAt':
            '2023-06-28T16:47:00Z'}

    Attributes:
        id (str): Product ID Example: 994d23f7-47b6-43ee-af6b-cd27181196b6.
        name (str): Name of the Product, this appears within Sequence's dashboard. Example: Fixed priced product.
        created_at (datetime.datetime): Time at which the Product was first created, in ISO 8601 format (UTC). This is
            set by the server and cannot be changed. Expect millisecond precision. Example: 2022-06-28T16:47:00Z.
        updated_at (datetime.datetime): Time at which the Product was last updated, in ISO 8601 format (UTC). Expect
            millisecond precision. Example: 2022-06-28T16:47:00Z.
        label (str | None): The internal description of the product. This can be used to maintain some explanation or
            comments regarding the product. Example: Fixed priced product - UK.
        archived_at (datetime.datetime | None): Time at which the Product was archived, in ISO 8601 format (UTC). Expect
            millisecond precision. Example: 2023-06-28T16:47:00Z.
    """

    id: str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    label: str | None = ABSENT
    archived_at: datetime.datetime | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "label": 1,
        "archived_at": 2,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "label",
            "archived_at",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {"id", "name", "created_at", "updated_at", "label", "archived_at", "additional_properties", "_given_bits"}
    )

    def __init__(
        self,
        id: str,
        name: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        label: str | None = ABSENT,
        archived_at: datetime.datetime | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if label is ABSENT:
            label = None
        else:
            _given_ |= 1
        if archived_at is ABSENT:
            archived_at = None
        else:
            _given_ |= 2
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
                "label": label,
                "archived_at": archived_at,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is Stable20240509ProductResponse
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

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.label is None:
                field_dict["label"] = None
            else:
                label: None | str
                label = self.label
                field_dict["label"] = label
        if _given_ & 2:
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

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        label_json_ = d.pop("label", ABSENT)
        label: str | None
        if label_json_ is ABSENT:
            label = None
        else:
            _given_ |= 1

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
            _given_ |= 2

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
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
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
