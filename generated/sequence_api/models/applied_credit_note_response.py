from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.applied_credit_note_line_item_response import AppliedCreditNoteLineItemResponse


T = TypeVar("T", bound="AppliedCreditNoteResponse")


@_attrs_define(init=False, slots=False, eq=False)
class AppliedCreditNoteResponse:
    """
    Example:
        {'id': '8f3a5b1e-0c2d-4e6f-8a9b-1c2d3e4f5a6b', 'creditNoteNumber': 'CN00001', 'netTotal': '41.67', 'totalTax':
            '8.33', 'grossTotal': '50.00', 'lineItems': [{'name': 'Adjustment', 'netTotal': '41.67', 'grossTotal': '50.00',
            'invoiceLineItemIds': ['2d4f6a8b-1c3e-4f5a-9b7d-8e6f5a4b3c2d']}]}

    Attributes:
        id (str): The applied credit note's ID Example: 8f3a5b1e-0c2d-4e6f-8a9b-1c2d3e4f5a6b.
        net_total (str): Net total of the credit note, in decimal format of the Invoice's currency Example: 41.67.
        total_tax (str): Total tax of the credit note, in decimal format of the Invoice's currency Example: 8.33.
        gross_total (str): Gross total of the credit note, in decimal format of the Invoice's currency Example: 50.00.
        line_items (list[AppliedCreditNoteLineItemResponse]): The applied credit note's line items Example: [{'name':
            'Adjustment', 'netTotal': '41.67', 'grossTotal': '50.00', 'invoiceLineItemIds':
            ['2d4f6a8b-1c3e-4f5a-9b7d-8e6f5a4b3c2d']}].
        credit_note_number (str | None): The applied credit note's number Example: CN00001.
    """

    id: str
    net_total: str
    total_tax: str
    gross_total: str
    line_items: list[AppliedCreditNoteLineItemResponse]
    credit_note_number: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "credit_note_number": 1,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "credit_note_number",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "net_total",
            "total_tax",
            "gross_total",
            "line_items",
            "credit_note_number",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        net_total: str,
        total_tax: str,
        gross_total: str,
        line_items: list[AppliedCreditNoteLineItemResponse],
        credit_note_number: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if credit_note_number is ABSENT:
            credit_note_number = None
        else:
            _given_ |= 1
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "net_total": net_total,
                "total_tax": total_tax,
                "gross_total": gross_total,
                "line_items": line_items,
                "credit_note_number": credit_note_number,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is AppliedCreditNoteResponse:  # a subclass may add its own
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

        net_total = self.net_total

        total_tax = self.total_tax

        gross_total = self.gross_total

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "netTotal": net_total,
                "totalTax": total_tax,
                "grossTotal": gross_total,
                "lineItems": line_items,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.credit_note_number is None:
                field_dict["creditNoteNumber"] = None
            else:
                credit_note_number: None | str
                credit_note_number = self.credit_note_number
                field_dict["creditNoteNumber"] = credit_note_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.applied_credit_note_line_item_response import AppliedCreditNoteLineItemResponse  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        net_total = d.pop("netTotal")

        total_tax = d.pop("totalTax")

        gross_total = d.pop("grossTotal")

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = AppliedCreditNoteLineItemResponse.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        credit_note_number_json_ = d.pop("creditNoteNumber", ABSENT)
        credit_note_number: str | None
        if credit_note_number_json_ is ABSENT:
            credit_note_number = None
        else:
            _given_ |= 1

            def _parse_credit_note_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            credit_note_number = _parse_credit_note_number(credit_note_number_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "net_total": net_total,
                "total_tax": total_tax,
                "gross_total": gross_total,
                "line_items": line_items,
                "credit_note_number": credit_note_number,
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
