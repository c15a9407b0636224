from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

T = TypeVar("T", bound="PaginationMeta")


@_attrs_define(init=False, slots=False)
class PaginationMeta:
    """Results pagination

    Example:
        {'after': 'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}

    Attributes:
        after (str | None): Cursor for the page after this (if it exists) Example:
            MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3.
        before (str | None): Cursor for the page before this (if it exists) Example:
            MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz.
        total_result_size (int | None): Total number of entries across all pages Example: 10.
    """

    after: str | None
    before: str | None
    total_result_size: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields_given: set[str] = _attrs_field(init=False, factory=set, repr=False)

    # The optional fields, and those of them that the API never sends as null (sequence_async reads them).
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "after",
            "before",
            "total_result_size",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        after: str | None = ABSENT,
        before: str | None = ABSENT,
        total_result_size: int | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_: set[str] = set()
        if after is ABSENT:
            after = None
        else:
            _given_.add("after")
        if before is ABSENT:
            before = None
        else:
            _given_.add("before")
        if total_result_size is ABSENT:
            total_result_size = None
        else:
            _given_.add("total_result_size")
        object.__setattr__(
            self,
            "__dict__",
            {
                "after": after,
                "before": before,
                "total_result_size": total_result_size,
                "additional_properties": {},
                "_fields_given": _given_,
            },
        )

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        if name in self._OPTIONAL_FIELDS:
            self._fields_given.add(name)

    @property
    def fields_set(self) -> frozenset[str]:
        """The optional fields that were given (in the JSON, to the constructor or by assignment), even as None.

        A field not in it is absent: it reads as None and `to_dict` leaves it out; a field in it
        that reads None is the JSON `null`. Required fields are not listed."""
        return frozenset(self._fields_given)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        _given_ = self._fields_given
        if "after" in _given_:
            if self.after is None:
                field_dict["after"] = None
            else:
                after: None | str
                after = self.after
                field_dict["after"] = after
        if "before" in _given_:
            if self.before is None:
                field_dict["before"] = None
            else:
                before: None | str
                before = self.before
                field_dict["before"] = before
        if "total_result_size" in _given_:
            if self.total_result_size is None:
                field_dict["totalResultSize"] = None
            else:
                total_result_size: int | None
                total_result_size = self.total_result_size
                field_dict["totalResultSize"] = total_result_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        d = dict(src_dict)
        _given_: set[str] = set()
        after_json_ = d.pop("after", ABSENT)
        after: str | None
        if after_json_ is ABSENT:
            after = None
        else:
            _given_.add("after")

            def _parse_after(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            after = _parse_after(after_json_)

        before_json_ = d.pop("before", ABSENT)
        before: str | None
        if before_json_ is ABSENT:
            before = None
        else:
            _given_.add("before")

            def _parse_before(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            before = _parse_before(before_json_)

        total_result_size_json_ = d.pop("totalResultSize", ABSENT)
        total_result_size: int | None
        if total_result_size_json_ is ABSENT:
            total_result_size = None
        else:
            _given_.add("total_result_size")

            def _parse_total_result_size(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            total_result_size = _parse_total_result_size(total_result_size_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "after": after,
                "before": before,
                "total_result_size": total_result_size,
                "additional_properties": additional_properties_,
                "_fields_given": _given_,
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
