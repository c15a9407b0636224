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
    from ..models.date_range import DateRange
    from ..models.integration_external_identifier import IntegrationExternalIdentifier


T = TypeVar("T", bound="Stable20240101CreateOrUpdateLineItem")


@_attrs_define(init=False, slots=False, eq=False)
class Stable20240101CreateOrUpdateLineItem:
    """
    Example:
        {'title': 'Ferraris', 'description': 'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2',
            'servicePeriodStart': '2022-10-20T00:00:00Z', 'servicePeriodEnd': '2022-10-24T00:00:00Z', 'servicePeriod':
            {'startDate': '2022-10-20', 'endDate': '2022-10-24'}, 'groupId': 'cd11218d-fa00-4faa-8684-a43113d076a8',
            'priceId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'rateDisplay': 'ABSOLUTE', 'externalIds': [{'key': 'Xero',
            'value': '123'}], 'revenueClassification': 'EARNED', 'creditGrantId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95',
            'revenueRecognitionMethod': 'STRAIGHT_LINE'}

    Attributes:
        title (str): Item Title Example: Ferraris.
        quantity (str): Quantity Example: 2.
        rate (str): Price per Item Example: 20000.10.
        tax_rate (str): Tax Rate Example: 0.2.
        external_ids (list[IntegrationExternalIdentifier]): IDs in external integrations Example: [{'key': 'Xero',
            'value': '123'}].
        description (str | None): Item Description Example: Red.
        service_period_start (str | None): Start of the service period (the time period in which the service was
            provided) Example: 2022-10-20T00:00:00Z.
        service_period_end (str | None): End of the service period (the time period in which the service was provided)
            Example: 2022-10-24T00:00:00Z.
        service_period (DateRange | None): Service Period Example: {'startDate': '2022-10-20', 'endDate': '2022-10-24'}.
        group_id (str | None): Line Item Group ID Example: cd11218d-fa00-4faa-8684-a43113d076a8.
        price_id (str | None): Price ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
        rate_display (RateDisplay | None):  Example: ABSOLUTE.
        revenue_classification (RevenueClassification | None):  Example: EARNED.
        credit_grant_id (str | None): Credit Grant ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
        revenue_recognition_method (RevenueRecognitionMethod | None):  Example: USAGE.
    """

    title: str
    quantity: str
    rate: str
    tax_rate: str
    external_ids: list[IntegrationExternalIdentifier]
    description: str | None = ABSENT
    service_period_start: str | None = ABSENT
    service_period_end: str | None = ABSENT
    service_period: DateRange | None = ABSENT
    group_id: str | None = ABSENT
    price_id: str | None = ABSENT
    rate_display: RateDisplay | None = ABSENT
    revenue_classification: RevenueClassification | None = ABSENT
    credit_grant_id: str | None = ABSENT
    revenue_recognition_method: RevenueRecognitionMethod | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "description": 1,
        "service_period_start": 2,
        "service_period_end": 4,
        "service_period": 8,
        "group_id": 16,
        "price_id": 32,
        "rate_display": 64,
        "revenue_classification": 128,
        "credit_grant_id": 256,
        "revenue_recognition_method": 512,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "service_period_start",
            "service_period_end",
            "service_period",
            "group_id",
            "price_id",
            "rate_display",
            "revenue_classification",
            "credit_grant_id",
            "revenue_recognition_method",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "service_period",
            "rate_display",
            "revenue_classification",
            "revenue_recognition_method",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "title",
            "quantity",
            "rate",
            "tax_rate",
            "external_ids",
            "description",
            "service_period_start",
            "service_period_end",
            "service_period",
            "group_id",
            "price_id",
            "rate_display",
            "revenue_classification",
            "credit_grant_id",
            "revenue_recognition_method",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        title: str,
        quantity: str,
        rate: str,
        tax_rate: str,
        external_ids: list[IntegrationExternalIdentifier],
        description: str | None = ABSENT,
        service_period_start: str | None = ABSENT,
        service_period_end: str | None = ABSENT,
        service_period: DateRange | None = ABSENT,
        group_id: str | None = ABSENT,
        price_id: str | None = ABSENT,
        rate_display: RateDisplay | None = ABSENT,
        revenue_classification: RevenueClassification | None = ABSENT,
        credit_grant_id: str | None = ABSENT,
        revenue_recognition_method: RevenueRecognitionMethod | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if description is ABSENT:
            description = None
        else:
            _given_ |= 1
        if service_period_start is ABSENT:
            service_period_start = None
        else:
            _given_ |= 2
        if service_period_end is ABSENT:
            service_period_end = None
        else:
            _given_ |= 4
        if service_period is ABSENT:
            service_period = None
        else:
            _given_ |= 8
        if group_id is ABSENT:
            group_id = None
        else:
            _given_ |= 16
        if price_id is ABSENT:
            price_id = None
        else:
            _given_ |= 32
        if rate_display is ABSENT:
            rate_display = None
        else:
            _given_ |= 64
        if revenue_classification is ABSENT:
            revenue_classification = None
        else:
            _given_ |= 128
        if credit_grant_id is ABSENT:
            credit_grant_id = None
        else:
            _given_ |= 256
        if revenue_recognition_method is ABSENT:
            revenue_recognition_method = None
        else:
            _given_ |= 512
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "title": title,
                "quantity": quantity,
                "rate": rate,
                "tax_rate": tax_rate,
                "external_ids": external_ids,
                "description": description,
                "service_period_start": service_period_start,
                "service_period_end": service_period_end,
                "service_period": service_period,
                "group_id": group_id,
                "price_id": price_id,
                "rate_display": rate_display,
                "revenue_classification": revenue_classification,
                "credit_grant_id": credit_grant_id,
                "revenue_recognition_method": revenue_recognition_method,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is Stable20240101CreateOrUpdateLineItem
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

        quantity = self.quantity

        rate = self.rate

        tax_rate = self.tax_rate

        external_ids = []
        for external_ids_item_data in self.external_ids:
            external_ids_item = external_ids_item_data.to_dict()
            external_ids.append(external_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "quantity": quantity,
                "rate": rate,
                "taxRate": tax_rate,
                "externalIds": external_ids,
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
            if self.service_period_start is None:
                field_dict["servicePeriodStart"] = None
            else:
                service_period_start: None | str
                service_period_start = self.service_period_start
                field_dict["servicePeriodStart"] = service_period_start
        if _given_ & 4:
            if self.service_period_end is None:
                field_dict["servicePeriodEnd"] = None
            else:
                service_period_end: None | str
                service_period_end = self.service_period_end
                field_dict["servicePeriodEnd"] = service_period_end
        if _given_ & 8:
            if self.service_period is None:
                field_dict["servicePeriod"] = None
            else:
                service_period = self.service_period.to_dict()
                field_dict["servicePeriod"] = service_period
        if _given_ & 16:
            if self.group_id is None:
                field_dict["groupId"] = None
            else:
                group_id: None | str
                group_id = self.group_id
                field_dict["groupId"] = group_id
        if _given_ & 32:
            if self.price_id is None:
                field_dict["priceId"] = None
            else:
                price_id: None | str
                price_id = self.price_id
                field_dict["priceId"] = price_id
        if _given_ & 64:
            if self.rate_display is None:
                field_dict["rateDisplay"] = None
            else:
                rate_display = self.rate_display.value
                field_dict["rateDisplay"] = rate_display
        if _given_ & 128:
            if self.revenue_classification is None:
                field_dict["revenueClassification"] = None
            else:
                revenue_classification = self.revenue_classification.value
                field_dict["revenueClassification"] = revenue_classification
        if _given_ & 256:
            if self.credit_grant_id is None:
                field_dict["creditGrantId"] = None
            else:
                credit_grant_id: None | str
                credit_grant_id = self.credit_grant_id
                field_dict["creditGrantId"] = credit_grant_id
        if _given_ & 512:
            if self.revenue_recognition_method is None:
                field_dict["revenueRecognitionMethod"] = None
            else:
                revenue_recognition_method = self.revenue_recognition_method.value
                field_dict["revenueRecognitionMethod"] = revenue_recognition_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.date_range import DateRange  # noqa: PLC0415
        from ..models.integration_external_identifier import IntegrationExternalIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        title = d.pop("title")

        quantity = d.pop("quantity")

        rate = d.pop("rate")

        tax_rate = d.pop("taxRate")

        external_ids = []
        _external_ids = d.pop("externalIds")
        for external_ids_item_data in _external_ids:
            external_ids_item = IntegrationExternalIdentifier.from_dict(external_ids_item_data)

            external_ids.append(external_ids_item)

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

        service_period_start_json_ = d.pop("servicePeriodStart", ABSENT)
        service_period_start: str | None
        if service_period_start_json_ is ABSENT:
            service_period_start = None
        else:
            _given_ |= 2

            def _parse_service_period_start(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            service_period_start = _parse_service_period_start(service_period_start_json_)

        service_period_end_json_ = d.pop("servicePeriodEnd", ABSENT)
        service_period_end: str | None
        if service_period_end_json_ is ABSENT:
            service_period_end = None
        else:
            _given_ |= 4

            def _parse_service_period_end(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            service_period_end = _parse_service_period_end(service_period_end_json_)

        service_period_json_ = d.pop("servicePeriod", ABSENT)
        service_period: DateRange | None
        if service_period_json_ is ABSENT:
            service_period = None
        else:
            _given_ |= 8
            service_period = DateRange.from_dict(service_period_json_)

        group_id_json_ = d.pop("groupId", ABSENT)
        group_id: str | None
        if group_id_json_ is ABSENT:
            group_id = None
        else:
            _given_ |= 16

            def _parse_group_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            group_id = _parse_group_id(group_id_json_)

        price_id_json_ = d.pop("priceId", ABSENT)
        price_id: str | None
        if price_id_json_ is ABSENT:
            price_id = None
        else:
            _given_ |= 32

            def _parse_price_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            price_id = _parse_price_id(price_id_json_)

        rate_display_json_ = d.pop("rateDisplay", ABSENT)
        rate_display: RateDisplay | None
        if rate_display_json_ is ABSENT:
            rate_display = None
        else:
            _given_ |= 64
            rate_display = RateDisplay(rate_display_json_)

        revenue_classification_json_ = d.pop("revenueClassification", ABSENT)
        revenue_classification: RevenueClassification | None
        if revenue_classification_json_ is ABSENT:
            revenue_classification = None
        else:
            _given_ |= 128
            revenue_classification = RevenueClassification(revenue_classification_json_)

        credit_grant_id_json_ = d.pop("creditGrantId", ABSENT)
        credit_grant_id: str | None
        if credit_grant_id_json_ is ABSENT:
            credit_grant_id = None
        else:
            _given_ |= 256

            def _parse_credit_grant_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            credit_grant_id = _parse_credit_grant_id(credit_grant_id_json_)

        revenue_recognition_method_json_ = d.pop("revenueRecognitionMethod", ABSENT)
        revenue_recognition_method: RevenueRecognitionMethod | None
        if revenue_recognition_method_json_ is ABSENT:
            revenue_recognition_method = None
        else:
            _given_ |= 512
            revenue_recognition_method = RevenueRecognitionMethod(revenue_recognition_method_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "title": title,
                "quantity": quantity,
                "rate": rate,
                "tax_rate": tax_rate,
                "external_ids": external_ids,
                "description": description,
                "service_period_start": service_period_start,
                "service_period_end": service_period_end,
                "service_period": service_period,
                "group_id": group_id,
                "price_id": price_id,
                "rate_display": rate_display,
                "revenue_classification": revenue_classification,
                "credit_grant_id": credit_grant_id,
                "revenue_recognition_method": revenue_recognition_method,
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
