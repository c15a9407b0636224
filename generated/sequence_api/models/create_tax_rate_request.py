from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..types import ABSENT

T = TypeVar("T", bound="CreateTaxRateRequest")


@_attrs_define(init=False, slots=False, eq=False)
class CreateTaxRateRequest:
    """
    Example:
        {'isPublished': False, 'name': 'UK Sales Tax', 'invoiceName': 'Value Added Tax', 'invoiceShortName': 'VAT',
            'description': 'Value Added Tax applied to sales in the UK', 'amount': '0.2', 'country': 'GB', 'region':
            'London', 'taxCategoryId': 'ce109c64-dcc0-487a-ac8c-e3237c60cdb6'}

    Attributes:
        is_published (bool): Tax Rate status Example: False.
        name (str): The full name of the tax rate, e.g. "Sales tax" Example: UK Sales Tax.
        invoice_name (str): The long name used on the invoice, e.g. "Value Added Tax" Example: Value Added Tax.
        invoice_short_name (str): The short name used on the invoice, e.g. "VAT" Example: VAT.
        amount (str): The tax rate. Must be between 0 and 100. Example: 0.2.
        country (CountryCode):  Example: GB.
        description (str | None): The description of the tax rate Example: Value Added Tax applied to sales in the UK.
        region (str | None): The region that this tax rate applies to Example: London.
        tax_category_id (str | None): The Tax Category Version ID that this Tax Rate is part of Example:
            ce109c64-dcc0-487a-ac8c-e3237c60cdb6.
    """

    is_published: bool
    name: str
    invoice_name: str
    invoice_short_name: str
    amount: str
    country: CountryCode
    description: str | None = ABSENT
    region: str | None = ABSENT
    tax_category_id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "description": 1,
        "region": 2,
        "tax_category_id": 4,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "region",
            "tax_category_id",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "is_published",
            "name",
            "invoice_name",
            "invoice_short_name",
            "amount",
            "country",
            "description",
            "region",
            "tax_category_id",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        is_published: bool,
        name: str,
        invoice_name: str,
        invoice_short_name: str,
        amount: str,
        country: CountryCode,
        description: str | None = ABSENT,
        region: str | None = ABSENT,
        tax_category_id: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if description is ABSENT:
            description = None
        else:
            _given_ |= 1
        if region is ABSENT:
            region = None
        else:
            _given_ |= 2
        if tax_category_id is ABSENT:
            tax_category_id = None
        else:
            _given_ |= 4
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "is_published": is_published,
                "name": name,
                "invoice_name": invoice_name,
                "invoice_short_name": invoice_short_name,
                "amount": amount,
                "country": country,
                "description": description,
                "region": region,
                "tax_category_id": tax_category_id,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is CreateTaxRateRequest:  # a subclass may add its own
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
        is_published = self.is_published

        name = self.name

        invoice_name = self.invoice_name

        invoice_short_name = self.invoice_short_name

        amount = self.amount

        country = self.country.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isPublished": is_published,
                "name": name,
                "invoiceName": invoice_name,
                "invoiceShortName": invoice_short_name,
                "amount": amount,
                "country": country,
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
            if self.region is None:
                field_dict["region"] = None
            else:
                region: None | str
                region = self.region
                field_dict["region"] = region
        if _given_ & 4:
            if self.tax_category_id is None:
                field_dict["taxCategoryId"] = None
            else:
                tax_category_id: None | str
                tax_category_id = self.tax_category_id
                field_dict["taxCategoryId"] = tax_category_id

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
        is_published = d.pop("isPublished")

        name = d.pop("name")

        invoice_name = d.pop("invoiceName")

        invoice_short_name = d.pop("invoiceShortName")

        amount = d.pop("amount")

        country = CountryCode(d.pop("country"))

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

        region_json_ = d.pop("region", ABSENT)
        region: str | None
        if region_json_ is ABSENT:
            region = None
        else:
            _given_ |= 2

            def _parse_region(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            region = _parse_region(region_json_)

        tax_category_id_json_ = d.pop("taxCategoryId", ABSENT)
        tax_category_id: str | None
        if tax_category_id_json_ is ABSENT:
            tax_category_id = None
        else:
            _given_ |= 4

            def _parse_tax_category_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            tax_category_id = _parse_tax_category_id(tax_category_id_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "is_published": is_published,
                "name": name,
                "invoice_name": invoice_name,
                "invoice_short_name": invoice_short_name,
                "amount": amount,
                "country": country,
                "description": description,
                "region": region,
                "tax_category_id": tax_category_id,
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
