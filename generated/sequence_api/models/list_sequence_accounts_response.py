from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.pagination_meta import PaginationMeta
    from ..models.sequence_account import SequenceAccount


T = TypeVar("T", bound="ListSequenceAccountsResponse")


@_attrs_define(init=False, slots=False, eq=False)
class ListSequenceAccountsResponse:
    """
    Example:
        {'items': [{'id': '7e330949-a175-496a-a060-27821656ce34', 'createdAt': '2022-06-28T16:47:00Z',
            'sequenceOrganisationId': '13448448-ce43-4874-8acf-8ff2a8ca24c1', 'companyName': 'Acme Inc.', 'companyNumber':
            'GB123987', 'country': 'GB', 'sendCustomerNotifications': True, 'alertEmailAddresses': ['alerts@example.com']}],
            'pagination': {'after': 'ZTMwOWU5NDgtMDg4ZS00ZDc3LWI2NTQtY2Q4NTQ5OGYxNTU1IzE2NTgyNjA4NTYwMzMwMTMjREVTQw==',
            'before': 'NjRlZjJmZjktMmJjYi00M2RiLWI0ZDUtOTAxMDU4MjRiMTdmIzE2NTgyNjA3NTk3NTE2ODEjQVND', 'totalResultSize':
            100}}

    Attributes:
        items (list[SequenceAccount]): A list of Sequence accounts that you have access to. Example: [{'id':
            '7e330949-a175-496a-a060-27821656ce34', 'createdAt': '2022-06-28T16:47:00Z', 'sequenceOrganisationId':
            '13448448-ce43-4874-8acf-8ff2a8ca24c1', 'companyName': 'Acme Inc.', 'companyNumber': 'GB123987', 'country':
            'GB', 'sendCustomerNotifications': True, 'alertEmailAddresses': ['alerts@example.com']}].
        pagination (PaginationMeta): Results pagination Example: {'after':
            'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}.
    """

    items: list[SequenceAccount]
    pagination: PaginationMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {}
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset({"items", "pagination", "additional_properties", "_given_bits"})

    def __init__(
        self,
        items: list[SequenceAccount],
        pagination: PaginationMeta,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "items": items,
                "pagination": pagination,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is ListSequenceAccountsResponse
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
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "pagination": pagination,
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
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415
        from ..models.sequence_account import SequenceAccount  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SequenceAccount.from_dict(items_item_data)

            items.append(items_item)

        pagination = PaginationMeta.from_dict(d.pop("pagination"))

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "items": items,
                "pagination": pagination,
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
