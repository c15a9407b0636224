from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.due_date_source import DueDateSource
from ..models.invoice_payment_status import InvoicePaymentStatus
from ..models.invoice_status import InvoiceStatus
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.inclusive_date_range import InclusiveDateRange
    from ..models.link_info import LinkInfo


T = TypeVar("T", bound="InvoiceListSummaryResponseItem")


@_attrs_define(init=False, slots=False, eq=False)
class InvoiceListSummaryResponseItem:
    """
    Example:
        {'id': 'ba37a392-7054-4dae-ab37-6fee9e23fe06', 'invoiceNumber': 'INV2', 'status': 'DRAFT', 'paymentStatus':
            'UNPAID', 'currency': 'GBP', 'grossTotal': '10', 'customerId': 'b3c0cf23-6717-4cdc-b190-acf8aa6ccd8a',
            'customerLegalCompanyName': 'Facebook', 'billingScheduleId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95',
            'billingPeriod': {'start': '2022-10-01', 'endInclusive': '2022-10-30'}, 'dueDate': '2022-11-05',
            'dueDateSource': 'CALCULATED', 'accountingDate': '2022-10-05', 'links': [{'externalId': 'ID', 'externalService':
            'Xero', 'syncTime': '2022-06-28T16:47:00Z', 'externalUrl':
            'https://invoicing.xero.com/view/85e52542-3e54-4f0d-872b-33bba11a0504'}]}

    Attributes:
        id (str): Invoice ID Example: ba37a392-7054-4dae-ab37-6fee9e23fe06.
        status (InvoiceStatus):  Example: DRAFT.
        payment_status (InvoicePaymentStatus):  Example: UNPAID.
        currency (Currency):  Example: GBP.
        gross_total (str): Gross total (the Amount column) Example: 10.
        customer_id (str): The ID of the Customer this invoice is linked to Example:
            b3c0cf23-6717-4cdc-b190-acf8aa6ccd8a.
        customer_legal_company_name (str): Customer's legal company name (the Customer column) Example: Facebook.
        due_date_source (DueDateSource):  Example: CALCULATED.
        accounting_date (str): Accounting date (the Date column) Example: 2022-10-05.
        links (list[LinkInfo]): Linked external integration entities (the Links column) Example: [{'externalId': 'ID',
            'externalService': 'Xero', 'syncTime': '2022-06-28T16:47:00Z', 'externalUrl':
            'https://invoicing.xero.com/view/85e52542-3e54-4f0d-872b-33bba11a0504'}].
        invoice_number (str | None): Invoice number Example: INV2.
        billing_schedule_id (str | None): The ID of the billing schedule this invoice was generated from, if any
            Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
        billing_period (InclusiveDateRange | None): Service Period Example: {'start': '2025-10-01', 'endInclusive':
            '2025-10-30'}.
        due_date (str | None): Due date Example: 2022-11-05.
    """

    id: str
    status: InvoiceStatus
    payment_status: InvoicePaymentStatus
    currency: Currency
    gross_total: str
    customer_id: str
    customer_legal_company_name: str
    due_date_source: DueDateSource
    accounting_date: str
    links: list[LinkInfo]
    invoice_number: str | None = ABSENT
    billing_schedule_id: str | None = ABSENT
    billing_period: InclusiveDateRange | None = ABSENT
    due_date: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "invoice_number": 1,
        "billing_schedule_id": 2,
        "billing_period": 4,
        "due_date": 8,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "invoice_number",
            "billing_schedule_id",
            "billing_period",
            "due_date",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "billing_period",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "status",
            "payment_status",
            "currency",
            "gross_total",
            "customer_id",
            "customer_legal_company_name",
            "due_date_source",
            "accounting_date",
            "links",
            "invoice_number",
            "billing_schedule_id",
            "billing_period",
            "due_date",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        status: InvoiceStatus,
        payment_status: InvoicePaymentStatus,
        currency: Currency,
        gross_total: str,
        customer_id: str,
        customer_legal_company_name: str,
        due_date_source: DueDateSource,
        accounting_date: str,
        links: list[LinkInfo],
        invoice_number: str | None = ABSENT,
        billing_schedule_id: str | None = ABSENT,
        billing_period: InclusiveDateRange | None = ABSENT,
        due_date: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if invoice_number is ABSENT:
            invoice_number = None
        else:
            _given_ |= 1
        if billing_schedule_id is ABSENT:
            billing_schedule_id = None
        else:
            _given_ |= 2
        if billing_period is ABSENT:
            billing_period = None
        else:
            _given_ |= 4
        if due_date is ABSENT:
            due_date = None
        else:
            _given_ |= 8
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "status": status,
                "payment_status": payment_status,
                "currency": currency,
                "gross_total": gross_total,
                "customer_id": customer_id,
                "customer_legal_company_name": customer_legal_company_name,
                "due_date_source": due_date_source,
                "accounting_date": accounting_date,
                "links": links,
                "invoice_number": invoice_number,
                "billing_schedule_id": billing_schedule_id,
                "billing_period": billing_period,
                "due_date": due_date,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is InvoiceListSummaryResponseItem
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

        status = self.status.value

        payment_status = self.payment_status.value

        currency = self.currency.value

        gross_total = self.gross_total

        customer_id = self.customer_id

        customer_legal_company_name = self.customer_legal_company_name

        due_date_source = self.due_date_source.value

        accounting_date = self.accounting_date

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "paymentStatus": payment_status,
                "currency": currency,
                "grossTotal": gross_total,
                "customerId": customer_id,
                "customerLegalCompanyName": customer_legal_company_name,
                "dueDateSource": due_date_source,
                "accountingDate": accounting_date,
                "links": links,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.invoice_number is None:
                field_dict["invoiceNumber"] = None
            else:
                invoice_number: None | str
                invoice_number = self.invoice_number
                field_dict["invoiceNumber"] = invoice_number
        if _given_ & 2:
            if self.billing_schedule_id is None:
                field_dict["billingScheduleId"] = None
            else:
                billing_schedule_id: None | str
                billing_schedule_id = self.billing_schedule_id
                field_dict["billingScheduleId"] = billing_schedule_id
        if _given_ & 4:
            if self.billing_period is None:
                field_dict["billingPeriod"] = None
            else:
                billing_period = self.billing_period.to_dict()
                field_dict["billingPeriod"] = billing_period
        if _given_ & 8:
            if self.due_date is None:
                field_dict["dueDate"] = None
            else:
                due_date: None | str
                due_date = self.due_date
                field_dict["dueDate"] = due_date

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
        from ..models.link_info import LinkInfo  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        status = InvoiceStatus(d.pop("status"))

        payment_status = InvoicePaymentStatus(d.pop("paymentStatus"))

        currency = Currency(d.pop("currency"))

        gross_total = d.pop("grossTotal")

        customer_id = d.pop("customerId")

        customer_legal_company_name = d.pop("customerLegalCompanyName")

        due_date_source = DueDateSource(d.pop("dueDateSource"))

        accounting_date = d.pop("accountingDate")

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = LinkInfo.from_dict(links_item_data)

            links.append(links_item)

        invoice_number_json_ = d.pop("invoiceNumber", ABSENT)
        invoice_number: str | None
        if invoice_number_json_ is ABSENT:
            invoice_number = None
        else:
            _given_ |= 1

            def _parse_invoice_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            invoice_number = _parse_invoice_number(invoice_number_json_)

        billing_schedule_id_json_ = d.pop("billingScheduleId", ABSENT)
        billing_schedule_id: str | None
        if billing_schedule_id_json_ is ABSENT:
            billing_schedule_id = None
        else:
            _given_ |= 2

            def _parse_billing_schedule_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            billing_schedule_id = _parse_billing_schedule_id(billing_schedule_id_json_)

        billing_period_json_ = d.pop("billingPeriod", ABSENT)
        billing_period: InclusiveDateRange | None
        if billing_period_json_ is ABSENT:
            billing_period = None
        else:
            _given_ |= 4
            billing_period = InclusiveDateRange.from_dict(billing_period_json_)

        due_date_json_ = d.pop("dueDate", ABSENT)
        due_date: str | None
        if due_date_json_ is ABSENT:
            due_date = None
        else:
            _given_ |= 8

            def _parse_due_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            due_date = _parse_due_date(due_date_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "status": status,
                "payment_status": payment_status,
                "currency": currency,
                "gross_total": gross_total,
                "customer_id": customer_id,
                "customer_legal_company_name": customer_legal_company_name,
                "due_date_source": due_date_source,
                "accounting_date": accounting_date,
                "links": links,
                "invoice_number": invoice_number,
                "billing_schedule_id": billing_schedule_id,
                "billing_period": billing_period,
                "due_date": due_date,
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
