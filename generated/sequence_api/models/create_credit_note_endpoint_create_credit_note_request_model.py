from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.key_value_pair import KeyValuePair


T = TypeVar("T", bound="CreateCreditNoteEndpointCreateCreditNoteRequestModel")


@_attrs_define(init=False, slots=False, eq=False)
class CreateCreditNoteEndpointCreateCreditNoteRequestModel:
    """
    Example:
        {'invoiceId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'currency': 'GBP', 'billingPeriodStart':
            '2022-10-01T00:00:00Z', 'billingPeriodEnd': '2022-10-30T00:00:00Z', 'purchaseOrderNumber': 'PO123',
            'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'customerEmails': ['customer@example.com',
            'customer.alias@example.com'], 'customerLegalCompanyName': 'Facebook', 'customerBillingAddress': {'line1': 'Flat
            1', 'line2': '15 Yemen Road', 'town': 'Yemen', 'state': 'CA', 'postcode': 'YE1 2YE', 'country': 'YE'},
            'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town': 'Springfield', 'state': 'CA', 'postcode':
            '12345', 'country': 'US'}, 'memo': 'Thanks', 'metadata': [{'key': 'example-label', 'value': 'label-value'}],
            'customerTaxId': 'TAX123', 'accountingDate': '2025-08-29'}

    Attributes:
        currency (Currency):  Example: GBP.
        customer_id (str): The ID of the Customer this Credit Note is linked to Example:
            61b083e0-1faa-47ca-9aeb-6205da8f6c47.
        invoice_id (str | None): Invoice ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        billing_period_start (str | None): Billing period start Example: 2022-10-01T00:00:00Z.
        billing_period_end (str | None): Billing period end Example: 2022-10-30T00:00:00Z.
        purchase_order_number (str | None): Purchase order number Example: PO123.
        customer_emails (list[str] | None): Customer's email addresses, used for sending the Credit Note if provided
            Example: ['customer@example.com', 'customer.alias@example.com'].
        customer_legal_company_name (str | None): Customer's legal company name Example: Facebook.
        customer_billing_address (Address | None): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street',
            'town': 'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        customer_shipping_address (Address | None): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street',
            'town': 'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        memo (str | None): Credit Note memo Example: Thanks.
        metadata (list[KeyValuePair] | None): Mapping of key-value pairs to attach to the Credit Note. These are not
            interpreted by Sequence; they are present for your use alone. Example: [{'key': 'example-label', 'value':
            'label-value'}].
        customer_tax_id (str | None): Customer's tax ID Example: TAX123.
        accounting_date (str | None): Accounting date Example: 2025-08-29.
    """

    currency: Currency
    customer_id: str
    invoice_id: str | None = ABSENT
    billing_period_start: str | None = ABSENT
    billing_period_end: str | None = ABSENT
    purchase_order_number: str | None = ABSENT
    customer_emails: list[str] | None = ABSENT
    customer_legal_company_name: str | None = ABSENT
    customer_billing_address: Address | None = ABSENT
    customer_shipping_address: Address | None = ABSENT
    memo: str | None = ABSENT
    metadata: list[KeyValuePair] | None = ABSENT
    customer_tax_id: str | None = ABSENT
    accounting_date: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "invoice_id": 1,
        "billing_period_start": 2,
        "billing_period_end": 4,
        "purchase_order_number": 8,
        "customer_emails": 16,
        "customer_legal_company_name": 32,
        "customer_billing_address": 64,
        "customer_shipping_address": 128,
        "memo": 256,
        "metadata": 512,
        "customer_tax_id": 1024,
        "accounting_date": 2048,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "invoice_id",
            "billing_period_start",
            "billing_period_end",
            "purchase_order_number",
            "customer_emails",
            "customer_legal_company_name",
            "customer_billing_address",
            "customer_shipping_address",
            "memo",
            "metadata",
            "customer_tax_id",
            "accounting_date",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "customer_billing_address",
            "customer_shipping_address",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "currency",
            "customer_id",
            "invoice_id",
            "billing_period_start",
            "billing_period_end",
            "purchase_order_number",
            "customer_emails",
            "customer_legal_company_name",
            "customer_billing_address",
            "customer_shipping_address",
            "memo",
            "metadata",
            "customer_tax_id",
            "accounting_date",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        currency: Currency,
        customer_id: str,
        invoice_id: str | None = ABSENT,
        billing_period_start: str | None = ABSENT,
        billing_period_end: str | None = ABSENT,
        purchase_order_number: str | None = ABSENT,
        customer_emails: list[str] | None = ABSENT,
        customer_legal_company_name: str | None = ABSENT,
        customer_billing_address: Address | None = ABSENT,
        customer_shipping_address: Address | None = ABSENT,
        memo: str | None = ABSENT,
        metadata: list[KeyValuePair] | None = ABSENT,
        customer_tax_id: str | None = ABSENT,
        accounting_date: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if invoice_id is ABSENT:
            invoice_id = None
        else:
            _given_ |= 1
        if billing_period_start is ABSENT:
            billing_period_start = None
        else:
            _given_ |= 2
        if billing_period_end is ABSENT:
            billing_period_end = None
        else:
            _given_ |= 4
        if purchase_order_number is ABSENT:
            purchase_order_number = None
        else:
            _given_ |= 8
        if customer_emails is ABSENT:
            customer_emails = None
        else:
            _given_ |= 16
        if customer_legal_company_name is ABSENT:
            customer_legal_company_name = None
        else:
            _given_ |= 32
        if customer_billing_address is ABSENT:
            customer_billing_address = None
        else:
            _given_ |= 64
        if customer_shipping_address is ABSENT:
            customer_shipping_address = None
        else:
            _given_ |= 128
        if memo is ABSENT:
            memo = None
        else:
            _given_ |= 256
        if metadata is ABSENT:
            metadata = None
        else:
            _given_ |= 512
        if customer_tax_id is ABSENT:
            customer_tax_id = None
        else:
            _given_ |= 1024
        if accounting_date is ABSENT:
            accounting_date = None
        else:
            _given_ |= 2048
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "currency": currency,
                "customer_id": customer_id,
                "invoice_id": invoice_id,
                "billing_period_start": billing_period_start,
                "billing_period_end": billing_period_end,
                "purchase_order_number": purchase_order_number,
                "customer_emails": customer_emails,
                "customer_legal_company_name": customer_legal_company_name,
                "customer_billing_address": customer_billing_address,
                "customer_shipping_address": customer_shipping_address,
                "memo": memo,
                "metadata": metadata,
                "customer_tax_id": customer_tax_id,
                "accounting_date": accounting_date,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is CreateCreditNoteEndpointCreateCreditNoteRequestModel
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
        currency = self.currency.value

        customer_id = self.customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "customerId": customer_id,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.invoice_id is None:
                field_dict["invoiceId"] = None
            else:
                invoice_id: None | str
                invoice_id = self.invoice_id
                field_dict["invoiceId"] = invoice_id
        if _given_ & 2:
            if self.billing_period_start is None:
                field_dict["billingPeriodStart"] = None
            else:
                billing_period_start: None | str
                billing_period_start = self.billing_period_start
                field_dict["billingPeriodStart"] = billing_period_start
        if _given_ & 4:
            if self.billing_period_end is None:
                field_dict["billingPeriodEnd"] = None
            else:
                billing_period_end: None | str
                billing_period_end = self.billing_period_end
                field_dict["billingPeriodEnd"] = billing_period_end
        if _given_ & 8:
            if self.purchase_order_number is None:
                field_dict["purchaseOrderNumber"] = None
            else:
                purchase_order_number: None | str
                purchase_order_number = self.purchase_order_number
                field_dict["purchaseOrderNumber"] = purchase_order_number
        if _given_ & 16:
            if self.customer_emails is None:
                field_dict["customerEmails"] = None
            else:
                customer_emails: list[str] | None
                if isinstance(self.customer_emails, list):
                    customer_emails = self.customer_emails

                else:
                    customer_emails = self.customer_emails
                field_dict["customerEmails"] = customer_emails
        if _given_ & 32:
            if self.customer_legal_company_name is None:
                field_dict["customerLegalCompanyName"] = None
            else:
                customer_legal_company_name: None | str
                customer_legal_company_name = self.customer_legal_company_name
                field_dict["customerLegalCompanyName"] = customer_legal_company_name
        if _given_ & 64:
            if self.customer_billing_address is None:
                field_dict["customerBillingAddress"] = None
            else:
                customer_billing_address = self.customer_billing_address.to_dict()
                field_dict["customerBillingAddress"] = customer_billing_address
        if _given_ & 128:
            if self.customer_shipping_address is None:
                field_dict["customerShippingAddress"] = None
            else:
                customer_shipping_address = self.customer_shipping_address.to_dict()
                field_dict["customerShippingAddress"] = customer_shipping_address
        if _given_ & 256:
            if self.memo is None:
                field_dict["memo"] = None
            else:
                memo: None | str
                memo = self.memo
                field_dict["memo"] = memo
        if _given_ & 512:
            if self.metadata is None:
                field_dict["metadata"] = None
            else:
                metadata: list[dict[str, Any]] | None
                if isinstance(self.metadata, list):
                    metadata = []
                    for metadata_type_0_item_data in self.metadata:
                        metadata_type_0_item = metadata_type_0_item_data.to_dict()
                        metadata.append(metadata_type_0_item)

                else:
                    metadata = self.metadata
                field_dict["metadata"] = metadata
        if _given_ & 1024:
            if self.customer_tax_id is None:
                field_dict["customerTaxId"] = None
            else:
                customer_tax_id: None | str
                customer_tax_id = self.customer_tax_id
                field_dict["customerTaxId"] = customer_tax_id
        if _given_ & 2048:
            if self.accounting_date is None:
                field_dict["accountingDate"] = None
            else:
                accounting_date: None | str
                accounting_date = self.accounting_date
                field_dict["accountingDate"] = accounting_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.address import Address  # noqa: PLC0415
        from ..models.key_value_pair import KeyValuePair  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        currency = Currency(d.pop("currency"))

        customer_id = d.pop("customerId")

        invoice_id_json_ = d.pop("invoiceId", ABSENT)
        invoice_id: str | None
        if invoice_id_json_ is ABSENT:
            invoice_id = None
        else:
            _given_ |= 1

            def _parse_invoice_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            invoice_id = _parse_invoice_id(invoice_id_json_)

        billing_period_start_json_ = d.pop("billingPeriodStart", ABSENT)
        billing_period_start: str | None
        if billing_period_start_json_ is ABSENT:
            billing_period_start = None
        else:
            _given_ |= 2

            def _parse_billing_period_start(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            billing_period_start = _parse_billing_period_start(billing_period_start_json_)

        billing_period_end_json_ = d.pop("billingPeriodEnd", ABSENT)
        billing_period_end: str | None
        if billing_period_end_json_ is ABSENT:
            billing_period_end = None
        else:
            _given_ |= 4

            def _parse_billing_period_end(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            billing_period_end = _parse_billing_period_end(billing_period_end_json_)

        purchase_order_number_json_ = d.pop("purchaseOrderNumber", ABSENT)
        purchase_order_number: str | None
        if purchase_order_number_json_ is ABSENT:
            purchase_order_number = None
        else:
            _given_ |= 8

            def _parse_purchase_order_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            purchase_order_number = _parse_purchase_order_number(purchase_order_number_json_)

        customer_emails_json_ = d.pop("customerEmails", ABSENT)
        customer_emails: list[str] | None
        if customer_emails_json_ is ABSENT:
            customer_emails = None
        else:
            _given_ |= 16

            def _parse_customer_emails(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    customer_emails_type_0 = cast(list[str], data)

                    return customer_emails_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            customer_emails = _parse_customer_emails(customer_emails_json_)

        customer_legal_company_name_json_ = d.pop("customerLegalCompanyName", ABSENT)
        customer_legal_company_name: str | None
        if customer_legal_company_name_json_ is ABSENT:
            customer_legal_company_name = None
        else:
            _given_ |= 32

            def _parse_customer_legal_company_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            customer_legal_company_name = _parse_customer_legal_company_name(customer_legal_company_name_json_)

        customer_billing_address_json_ = d.pop("customerBillingAddress", ABSENT)
        customer_billing_address: Address | None
        if customer_billing_address_json_ is ABSENT:
            customer_billing_address = None
        else:
            _given_ |= 64
            customer_billing_address = Address.from_dict(customer_billing_address_json_)

        customer_shipping_address_json_ = d.pop("customerShippingAddress", ABSENT)
        customer_shipping_address: Address | None
        if customer_shipping_address_json_ is ABSENT:
            customer_shipping_address = None
        else:
            _given_ |= 128
            customer_shipping_address = Address.from_dict(customer_shipping_address_json_)

        memo_json_ = d.pop("memo", ABSENT)
        memo: str | None
        if memo_json_ is ABSENT:
            memo = None
        else:
            _given_ |= 256

            def _parse_memo(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            memo = _parse_memo(memo_json_)

        metadata_json_ = d.pop("metadata", ABSENT)
        metadata: list[KeyValuePair] | None
        if metadata_json_ is ABSENT:
            metadata = None
        else:
            _given_ |= 512

            def _parse_metadata(data: object) -> list[KeyValuePair] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    metadata_type_0 = []
                    _metadata_type_0 = data
                    for metadata_type_0_item_data in _metadata_type_0:
                        metadata_type_0_item = KeyValuePair.from_dict(metadata_type_0_item_data)

                        metadata_type_0.append(metadata_type_0_item)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[KeyValuePair] | None, data)

            metadata = _parse_metadata(metadata_json_)

        customer_tax_id_json_ = d.pop("customerTaxId", ABSENT)
        customer_tax_id: str | None
        if customer_tax_id_json_ is ABSENT:
            customer_tax_id = None
        else:
            _given_ |= 1024

            def _parse_customer_tax_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            customer_tax_id = _parse_customer_tax_id(customer_tax_id_json_)

        accounting_date_json_ = d.pop("accountingDate", ABSENT)
        accounting_date: str | None
        if accounting_date_json_ is ABSENT:
            accounting_date = None
        else:
            _given_ |= 2048

            def _parse_accounting_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            accounting_date = _parse_accounting_date(accounting_date_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "currency": currency,
                "customer_id": customer_id,
                "invoice_id": invoice_id,
                "billing_period_start": billing_period_start,
                "billing_period_end": billing_period_end,
                "purchase_order_number": purchase_order_number,
                "customer_emails": customer_emails,
                "customer_legal_company_name": customer_legal_company_name,
                "customer_billing_address": customer_billing_address,
                "customer_shipping_address": customer_shipping_address,
                "memo": memo,
                "metadata": metadata,
                "customer_tax_id": customer_tax_id,
                "accounting_date": accounting_date,
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
