from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rate_display import RateDisplay
from ..models.revenue_classification import RevenueClassification
from ..models.revenue_recognition_method import RevenueRecognitionMethod
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.inclusive_date_range import InclusiveDateRange
    from ..models.integration_external_identifier import IntegrationExternalIdentifier


T = TypeVar("T", bound="ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel")


@_attrs_define(init=False, slots=False, eq=False)
class ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel:
    """
    Example:
        {'id': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'creditNoteId': 'af60cab3-812d-4250-a051-0fb7133a00c7',
            'groupId': 'cd11218d-fa00-4faa-8684-a43113d076a8', 'lineItemId': 'af60cab3-812d-4250-a051-0fb7133a00c7',
            'title': 'Ferraris', 'description': 'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2', 'index': 2,
            'priceId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'netTotal': '20000.00', 'totalTax': '2000.00', 'grossTotal':
            '22000.00', 'rateDisplay': 'ABSOLUTE', 'externalIds': [{'key': 'Xero', 'value': '123'}], 'servicePeriod':
            {'start': '2025-10-01', 'endInclusive': '2025-10-30'}, 'revenueRecognitionMethod': 'STRAIGHT_LINE',
            'revenueClassification': 'EARNED', 'productId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95'}

    Attributes:
        id (str): Credit Note Line Item ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        credit_note_id (str): Credit Note Line Item ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        title (str): Item Title Example: Ferraris.
        quantity (str): Quantity Example: 2.
        rate (str): Rate per Item Example: 20000.10.
        tax_rate (str): Tax Rate Example: 0.2.
        index (int): Index (for maintaining order) Example: 2.
        net_total (str): Net Total Example: 20000.00.
        total_tax (str): Total Tax Example: 2000.00.
        gross_total (str): Gross Total Example: 22000.00.
        rate_display (RateDisplay):  Example: ABSOLUTE.
        external_ids (list[IntegrationExternalIdentifier]): IDs in external integrations Example: [{'key': 'Xero',
            'value': '123'}].
        group_id (str | None): Credit Note Line Item Group ID Example: cd11218d-fa00-4faa-8684-a43113d076a8.
        line_item_id (str | None): Line Item ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        description (str | None): Item Description Example: Red.
        price_id (str | None): Price ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
        service_period (InclusiveDateRange | None): Service Period Example: {'start': '2025-10-01', 'endInclusive':
            '2025-10-30'}.
        revenue_recognition_method (RevenueRecognitionMethod | None):  Example: USAGE.
        revenue_classification (RevenueClassification | None):  Example: EARNED.
        product_id (str | None): Product ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
    """

    id: str
    credit_note_id: str
    title: str
    quantity: str
    rate: str
    tax_rate: str
    index: int
    net_total: str
    total_tax: str
    gross_total: str
    rate_display: RateDisplay
    external_ids: list[IntegrationExternalIdentifier]
    group_id: str | None = ABSENT
    line_item_id: str | None = ABSENT
    description: str | None = ABSENT
    price_id: str | None = ABSENT
    service_period: InclusiveDateRange | None = ABSENT
    revenue_recognition_method: RevenueRecognitionMethod | None = ABSENT
    revenue_classification: RevenueClassification | None = ABSENT
    product_id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "group_id": 1,
        "line_item_id": 2,
        "description": 4,
        "price_id": 8,
        "service_period": 16,
        "revenue_recognition_method": 32,
        "revenue_classification": 64,
        "product_id": 128,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "group_id",
            "line_item_id",
            "description",
            "price_id",
            "service_period",
            "revenue_recognition_method",
            "revenue_classification",
            "product_id",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "service_period",
            "revenue_recognition_method",
            "revenue_classification",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "credit_note_id",
            "title",
            "quantity",
            "rate",
            "tax_rate",
            "index",
            "net_total",
            "total_tax",
            "gross_total",
            "rate_display",
            "external_ids",
            "group_id",
            "line_item_id",
            "description",
            "price_id",
            "service_period",
            "revenue_recognition_method",
            "revenue_classification",
            "product_id",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        credit_note_id: str,
        title: str,
        quantity: str,
        rate: str,
        tax_rate: str,
        index: int,
        net_total: str,
        total_tax: str,
        gross_total: str,
        rate_display: RateDisplay,
        external_ids: list[IntegrationExternalIdentifier],
        group_id: str | None = ABSENT,
        line_item_id: str | None = ABSENT,
        description: str | None = ABSENT,
        price_id: str | None = ABSENT,
        service_period: InclusiveDateRange | None = ABSENT,
        revenue_recognition_method: RevenueRecognitionMethod | None = ABSENT,
        revenue_classification: RevenueClassification | None = ABSENT,
        product_id: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if group_id is ABSENT:
            group_id = None
        else:
            _given_ |= 1
        if line_item_id is ABSENT:
            line_item_id = None
        else:
            _given_ |= 2
        if description is ABSENT:
            description = None
        else:
            _given_ |= 4
        if price_id is ABSENT:
            price_id = None
        else:
            _given_ |= 8
        if service_period is ABSENT:
            service_period = None
        else:
            _given_ |= 16
        if revenue_recognition_method is ABSENT:
            revenue_recognition_method = None
        else:
            _given_ |= 32
        if revenue_classification is ABSENT:
            revenue_classification = None
        else:
            _given_ |= 64
        if product_id is ABSENT:
            product_id = None
        else:
            _given_ |= 128
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "credit_note_id": credit_note_id,
                "title": title,
                "quantity": quantity,
                "rate": rate,
                "tax_rate": tax_rate,
                "index": index,
                "net_total": net_total,
                "total_tax": total_tax,
                "gross_total": gross_total,
                "rate_display": rate_display,
                "external_ids": external_ids,
                "group_id": group_id,
                "line_item_id": line_item_id,
                "description": description,
                "price_id": price_id,
                "service_period": service_period,
                "revenue_recognition_method": revenue_recognition_method,
                "revenue_classification": revenue_classification,
                "product_id": product_id,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES
                and type(self) is ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel
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

        credit_note_id = self.credit_note_id

        title = self.title

        quantity = self.quantity

        rate = self.rate

        tax_rate = self.tax_rate

        index = self.index

        net_total = self.net_total

        total_tax = self.total_tax

        gross_total = self.gross_total

        rate_display = self.rate_display.value

        external_ids = []
        for external_ids_item_data in self.external_ids:
            external_ids_item = external_ids_item_data.to_dict()
            external_ids.append(external_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "creditNoteId": credit_note_id,
                "title": title,
                "quantity": quantity,
                "rate": rate,
                "taxRate": tax_rate,
                "index": index,
                "netTotal": net_total,
                "totalTax": total_tax,
                "grossTotal": gross_total,
                "rateDisplay": rate_display,
                "externalIds": external_ids,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.group_id is None:
                field_dict["groupId"] = None
            else:
                group_id: None | str
                group_id = self.group_id
                field_dict["groupId"] = group_id
        if _given_ & 2:
            if self.line_item_id is None:
                field_dict["lineItemId"] = None
            else:
                line_item_id: None | str
                line_item_id = self.line_item_id
                field_dict["lineItemId"] = line_item_id
        if _given_ & 4:
            if self.description is None:
                field_dict["description"] = None
            else:
                description: None | str
                description = self.description
                field_dict["description"] = description
        if _given_ & 8:
            if self.price_id is None:
                field_dict["priceId"] = None
            else:
                price_id: None | str
                price_id = self.price_id
                field_dict["priceId"] = price_id
        if _given_ & 16:
            if self.service_period is None:
                field_dict["servicePeriod"] = None
            else:
                service_period = self.service_period.to_dict()
                field_dict["servicePeriod"] = service_period
        if _given_ & 32:
            if self.revenue_recognition_method is None:
                field_dict["revenueRecognitionMethod"] = None
            else:
                revenue_recognition_method = self.revenue_recognition_method.value
                field_dict["revenueRecognitionMethod"] = revenue_recognition_method
        if _given_ & 64:
            if self.revenue_classification is None:
                field_dict["revenueClassification"] = None
            else:
                revenue_classification = self.revenue_classification.value
                field_dict["revenueClassification"] = revenue_classification
        if _given_ & 128:
            if self.product_id is None:
                field_dict["productId"] = None
            else:
                product_id: None | str
                product_id = self.product_id
                field_dict["productId"] = product_id

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
        from ..models.integration_external_identifier import IntegrationExternalIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        credit_note_id = d.pop("creditNoteId")

        title = d.pop("title")

        quantity = d.pop("quantity")

        rate = d.pop("rate")

        tax_rate = d.pop("taxRate")

        index = d.pop("index")

        net_total = d.pop("netTotal")

        total_tax = d.pop("totalTax")

        gross_total = d.pop("grossTotal")

        rate_display = RateDisplay(d.pop("rateDisplay"))

        external_ids = []
        _external_ids = d.pop("externalIds")
        for external_ids_item_data in _external_ids:
            external_ids_item = IntegrationExternalIdentifier.from_dict(external_ids_item_data)

            external_ids.append(external_ids_item)

        group_id_json_ = d.pop("groupId", ABSENT)
        group_id: str | None
        if group_id_json_ is ABSENT:
            group_id = None
        else:
            _given_ |= 1

            def _parse_group_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            group_id = _parse_group_id(group_id_json_)

        line_item_id_json_ = d.pop("lineItemId", ABSENT)
        line_item_id: str | None
        if line_item_id_json_ is ABSENT:
            line_item_id = None
        else:
            _given_ |= 2

            def _parse_line_item_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            line_item_id = _parse_line_item_id(line_item_id_json_)

        description_json_ = d.pop("description", ABSENT)
        description: str | None
        if description_json_ is ABSENT:
            description = None
        else:
            _given_ |= 4

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            description = _parse_description(description_json_)

        price_id_json_ = d.pop("priceId", ABSENT)
        price_id: str | None
        if price_id_json_ is ABSENT:
            price_id = None
        else:
            _given_ |= 8

            def _parse_price_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            price_id = _parse_price_id(price_id_json_)

        service_period_json_ = d.pop("servicePeriod", ABSENT)
        service_period: InclusiveDateRange | None
        if service_period_json_ is ABSENT:
            service_period = None
        else:
            _given_ |= 16
            service_period = InclusiveDateRange.from_dict(service_period_json_)

        revenue_recognition_method_json_ = d.pop("revenueRecognitionMethod", ABSENT)
        revenue_recognition_method: RevenueRecognitionMethod | None
        if revenue_recognition_method_json_ is ABSENT:
            revenue_recognition_method = None
        else:
            _given_ |= 32
            revenue_recognition_method = RevenueRecognitionMethod(revenue_recognition_method_json_)

        revenue_classification_json_ = d.pop("revenueClassification", ABSENT)
        revenue_classification: RevenueClassification | None
        if revenue_classification_json_ is ABSENT:
            revenue_classification = None
        else:
            _given_ |= 64
            revenue_classification = RevenueClassification(revenue_classification_json_)

        product_id_json_ = d.pop("productId", ABSENT)
        product_id: str | None
        if product_id_json_ is ABSENT:
            product_id = None
        else:
            _given_ |= 128

            def _parse_product_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            product_id = _parse_product_id(product_id_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "credit_note_id": credit_note_id,
                "title": title,
                "quantity": quantity,
                "rate": rate,
                "tax_rate": tax_rate,
                "index": index,
                "net_total": net_total,
                "total_tax": total_tax,
                "gross_total": gross_total,
                "rate_display": rate_display,
                "external_ids": external_ids,
                "group_id": group_id,
                "line_item_id": line_item_id,
                "description": description,
                "price_id": price_id,
                "service_period": service_period,
                "revenue_recognition_method": revenue_recognition_method,
                "revenue_classification": revenue_classification,
                "product_id": product_id,
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
