from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revenue_classification import RevenueClassification
from ..models.revenue_recognition_method import RevenueRecognitionMethod
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.inclusive_date_range import InclusiveDateRange


T = TypeVar("T", bound="UpdateLineItemGroupRequestModel")


@_attrs_define(init=False, slots=False, eq=False)
class UpdateLineItemGroupRequestModel:
    """
    Example:
        {'title': 'Users', 'description': 'Charges for users', 'taxCategoryId': '28227c88-6dba-455f-9b30-b9c76957e610',
            'revenueRecognitionMethod': 'STRAIGHT_LINE', 'revenueClassification': 'EARNED', 'servicePeriod': {'start':
            '2022-10-20', 'endInclusive': '2022-10-24'}, 'index': 10}

    Attributes:
        title (str): Line Item Group Title Example: Users.
        description (str | None): Line Item Group Description Example: Charges for users.
        tax_category_id (str | None): The tax category for all line items in this line item group Example:
            28227c88-6dba-455f-9b30-b9c76957e610.
        revenue_recognition_method (RevenueRecognitionMethod | None):  Example: USAGE.
        revenue_classification (RevenueClassification | None):  Example: EARNED.
        service_period (InclusiveDateRange | None): Service Period Example: {'start': '2025-10-01', 'endInclusive':
            '2025-10-30'}.
        index (int | None): Index (for maintaining order) Example: 10.
    """

    title: str
    description: str | None = ABSENT
    tax_category_id: str | None = ABSENT
    revenue_recognition_method: RevenueRecognitionMethod | None = ABSENT
    revenue_classification: RevenueClassification | None = ABSENT
    service_period: InclusiveDateRange | None = ABSENT
    index: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "description": 1,
        "tax_category_id": 2,
        "revenue_recognition_method": 4,
        "revenue_classification": 8,
        "service_period": 16,
        "index": 32,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "tax_category_id",
            "revenue_recognition_method",
            "revenue_classification",
            "service_period",
            "index",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "revenue_recognition_method",
            "revenue_classification",
            "service_period",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "title",
            "description",
            "tax_category_id",
            "revenue_recognition_method",
            "revenue_classification",
            "service_period",
            "index",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        title: str,
        description: str | None = ABSENT,
        tax_category_id: str | None = ABSENT,
        revenue_recognition_method: RevenueRecognitionMethod | None = ABSENT,
        revenue_classification: RevenueClassification | None = ABSENT,
        service_period: InclusiveDateRange | None = ABSENT,
        index: int | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if description is ABSENT:
            description = None
        else:
            _given_ |= 1
        if tax_category_id is ABSENT:
            tax_category_id = None
        else:
            _given_ |= 2
        if revenue_recognition_method is ABSENT:
            revenue_recognition_method = None
        else:
            _given_ |= 4
        if revenue_classification is ABSENT:
            revenue_classification = None
        else:
            _given_ |= 8
        if service_period is ABSENT:
            service_period = None
        else:
            _given_ |= 16
        if index is ABSENT:
            index = None
        else:
            _given_ |= 32
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "title": title,
                "description": description,
                "tax_category_id": tax_category_id,
                "revenue_recognition_method": revenue_recognition_method,
                "revenue_classification": revenue_classification,
                "service_period": service_period,
                "index": index,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is UpdateLineItemGroupRequestModel
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
        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.description is None:
                field_dict["description"] = None
            else:
                description: None | str
                description = self.description
                field_dict["description"] = description
        if _given_ & 2:
            if self.tax_category_id is None:
                field_dict["taxCategoryId"] = None
            else:
                tax_category_id: None | str
                tax_category_id = self.tax_category_id
                field_dict["taxCategoryId"] = tax_category_id
        if _given_ & 4:
            if self.revenue_recognition_method is None:
                field_dict["revenueRecognitionMethod"] = None
            else:
                revenue_recognition_method = self.revenue_recognition_method.value
                field_dict["revenueRecognitionMethod"] = revenue_recognition_method
        if _given_ & 8:
            if self.revenue_classification is None:
                field_dict["revenueClassification"] = None
            else:
                revenue_classification = self.revenue_classification.value
                field_dict["revenueClassification"] = revenue_classification
        if _given_ & 16:
            if self.service_period is None:
                field_dict["servicePeriod"] = None
            else:
                service_period = self.service_period.to_dict()
                field_dict["servicePeriod"] = service_period
        if _given_ & 32:
            if self.index is None:
                field_dict["index"] = None
            else:
                index: int | None
                index = self.index
                field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.inclusive_date_range import InclusiveDateRange  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        title = d.pop("title")

        description_json_ = d.pop("description", ABSENT)
        description: str | None
        if description_json_ is ABSENT:
            description = None
        else:
            _given_ |= 1

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            description = _parse_description(description_json_)

        tax_category_id_json_ = d.pop("taxCategoryId", ABSENT)
        tax_category_id: str | None
        if tax_category_id_json_ is ABSENT:
            tax_category_id = None
        else:
            _given_ |= 2

            def _parse_tax_category_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            tax_category_id = _parse_tax_category_id(tax_category_id_json_)

        revenue_recognition_method_json_ = d.pop("revenueRecognitionMethod", ABSENT)
        revenue_recognition_method: RevenueRecognitionMethod | None
        if revenue_recognition_method_json_ is ABSENT:
            revenue_recognition_method = None
        else:
            _given_ |= 4
            revenue_recognition_method = RevenueRecognitionMethod(revenue_recognition_method_json_)

        revenue_classification_json_ = d.pop("revenueClassification", ABSENT)
        revenue_classification: RevenueClassification | None
        if revenue_classification_json_ is ABSENT:
            revenue_classification = None
        else:
            _given_ |= 8
            revenue_classification = RevenueClassification(revenue_classification_json_)

        service_period_json_ = d.pop("servicePeriod", ABSENT)
        service_period: InclusiveDateRange | None
        if service_period_json_ is ABSENT:
            service_period = None
        else:
            _given_ |= 16
            service_period = InclusiveDateRange.from_dict(service_period_json_)

        index_json_ = d.pop("index", ABSENT)
        index: int | None
        if index_json_ is ABSENT:
            index = None
        else:
            _given_ |= 32

            def _parse_index(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            index = _parse_index(index_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "title": title,
                "description": description,
                "tax_category_id": tax_category_id,
                "revenue_recognition_method": revenue_recognition_method,
                "revenue_classification": revenue_classification,
                "service_period": service_period,
                "index": index,
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
