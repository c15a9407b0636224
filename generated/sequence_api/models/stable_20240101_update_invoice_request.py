from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.invoice_payment_option import InvoicePaymentOption
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.inclusive_date_range import InclusiveDateRange
    from ..models.key_value_pair import KeyValuePair


T = TypeVar("T", bound="Stable20240101UpdateInvoiceRequest")


@_attrs_define(init=False, slots=False, eq=False)
class Stable20240101UpdateInvoiceRequest:
    """
    Example:
        {'dueDate': '2022-09-30', 'purchaseOrderNumber': 'PO123', 'reference': 'ref', 'customerEmails':
            ['customer.user.a@example.com', 'customer.user.b@example.com'], 'customerLegalCompanyName': 'Facebook',
            'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road', 'town': 'Yemen', 'state': 'CA',
            'postcode': 'YE1 2YE', 'country': 'YE'}, 'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town':
            'Springfield', 'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks', 'paymentOptions':
            ['BANK_TRANSFER'], 'billingPeriod': {'start': '2022-10-01', 'endInclusive': '2022-10-30'}, 'metadata': [{'key':
            'example-label', 'value': 'label-value'}], 'creditBalances': 'Verification 2 credit balance: 7/7 (expiring on 4
            May 2023)', 'billingRunId': '53ff21c8-4872-46c4-83bf-517d54876945', 'accountingDate': '2022-09-30',
            'attachmentAssetIds': ['99874519-25ce-46ff-8823-093115aa7222'], 'currency': 'GBP'}

    Attributes:
        due_date (str | None): Due date Example: 2022-09-30.
        purchase_order_number (str | None): Purchase order number Example: PO123.
        reference (str | None): Reference Example: ref.
        customer_emails (list[str] | None): Customer email addresses, used for sending the Invoice if provided Example:
            ['customer.user.a@example.com', 'customer.user.b@example.com'].
        customer_legal_company_name (str | None): Customer's legal company name Example: Facebook.
        customer_billing_address (Address | None): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street',
            'town': 'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        customer_shipping_address (Address | None): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street',
            'town': 'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        memo (str | None): Invoice memo Example: Thanks.
        payment_options (list[InvoicePaymentOption] | None): Invoice payment options Example: ['BANK_TRANSFER'].
        billing_period (InclusiveDateRange | None): Service Period Example: {'start': '2025-10-01', 'endInclusive':
            '2025-10-30'}.
        metadata (list[KeyValuePair] | None): Mapping of key-value pairs to attach to the Invoice. These are not
            interpreted by Sequence; they are present for your use alone. Example: [{'key': 'example-label', 'value':
            'label-value'}].
        credit_balances (str | None): Credit balances Example: Verification 2 credit balance: 7/7 (expiring on 4 May
            2023).
        billing_run_id (str | None): Billing Run ID Example: 53ff21c8-4872-46c4-83bf-517d54876945.
        accounting_date (str | None): Accounting date Example: 2022-09-30.
        attachment_asset_ids (list[str] | None): Attachment asset IDs Example: ['99874519-25ce-46ff-8823-093115aa7222'].
        currency (Currency | None):  Example: GBP.
    """

    due_date: str | None = ABSENT
    purchase_order_number: str | None = ABSENT
    reference: str | None = ABSENT
    customer_emails: list[str] | None = ABSENT
    customer_legal_company_name: str | None = ABSENT
    customer_billing_address: Address | None = ABSENT
    customer_shipping_address: Address | None = ABSENT
    memo: str | None = ABSENT
    payment_options: list[InvoicePaymentOption] | None = ABSENT
    billing_period: InclusiveDateRange | None = ABSENT
    metadata: list[KeyValuePair] | None = ABSENT
    credit_balances: str | None = ABSENT
    billing_run_id: str | None = ABSENT
    accounting_date: str | None = ABSENT
    attachment_asset_ids: list[str] | None = ABSENT
    currency: Currency | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "due_date": 1,
        "purchase_order_number": 2,
        "reference": 4,
        "customer_emails": 8,
        "customer_legal_company_name": 16,
        "customer_billing_address": 32,
        "customer_shipping_address": 64,
        "memo": 128,
        "payment_options": 256,
        "billing_period": 512,
        "metadata": 1024,
        "credit_balances": 2048,
        "billing_run_id": 4096,
        "accounting_date": 8192,
        "attachment_asset_ids": 16384,
        "currency": 32768,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "due_date",
            "purchase_order_number",
            "reference",
            "customer_emails",
            "customer_legal_company_name",
            "customer_billing_address",
            "customer_shipping_address",
            "memo",
            "payment_options",
            "billing_period",
            "metadata",
            "credit_balances",
            "billing_run_id",
            "accounting_date",
            "attachment_asset_ids",
            "currency",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "customer_billing_address",
            "customer_shipping_address",
            "billing_period",
            "currency",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "due_date",
            "purchase_order_number",
            "reference",
            "customer_emails",
            "customer_legal_company_name",
            "customer_billing_address",
            "customer_shipping_address",
            "memo",
            "payment_options",
            "billing_period",
            "metadata",
            "credit_balances",
            "billing_run_id",
            "accounting_date",
            "attachment_asset_ids",
            "currency",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        due_date: str | None = ABSENT,
        purchase_order_number: str | None = ABSENT,
        reference: str | None = ABSENT,
        customer_emails: list[str] | None = ABSENT,
        customer_legal_company_name: str | None = ABSENT,
        customer_billing_address: Address | None = ABSENT,
        customer_shipping_address: Address | None = ABSENT,
        memo: str | None = ABSENT,
        payment_options: list[InvoicePaymentOption] | None = ABSENT,
        billing_period: InclusiveDateRange | None = ABSENT,
        metadata: list[KeyValuePair] | None = ABSENT,
        credit_balances: str | None = ABSENT,
        billing_run_id: str | None = ABSENT,
        accounting_date: str | None = ABSENT,
        attachment_asset_ids: list[str] | None = ABSENT,
        currency: Currency | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if due_date is ABSENT:
            due_date = None
        else:
            _given_ |= 1
        if purchase_order_number is ABSENT:
            purchase_order_number = None
        else:
            _given_ |= 2
        if reference is ABSENT:
            reference = None
        else:
            _given_ |= 4
        if customer_emails is ABSENT:
            customer_emails = None
        else:
            _given_ |= 8
        if customer_legal_company_name is ABSENT:
            customer_legal_company_name = None
        else:
            _given_ |= 16
        if customer_billing_address is ABSENT:
            customer_billing_address = None
        else:
            _given_ |= 32
        if customer_shipping_address is ABSENT:
            customer_shipping_address = None
        else:
            _given_ |= 64
        if memo is ABSENT:
            memo = None
        else:
            _given_ |= 128
        if payment_options is ABSENT:
            payment_options = None
        else:
            _given_ |= 256
        if billing_period is ABSENT:
            billing_period = None
        else:
            _given_ |= 512
        if metadata is ABSENT:
            metadata = None
        else:
            _given_ |= 1024
        if credit_balances is ABSENT:
            credit_balances = None
        else:
            _given_ |= 2048
        if billing_run_id is ABSENT:
            billing_run_id = None
        else:
            _given_ |= 4096
        if accounting_date is ABSENT:
            accounting_date = None
        else:
            _given_ |= 8192
        if attachment_asset_ids is ABSENT:
            attachment_asset_ids = None
        else:
            _given_ |= 16384
        if currency is ABSENT:
            currency = None
        else:
            _given_ |= 32768
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "due_date": due_date,
                "purchase_order_number": purchase_order_number,
                "reference": reference,
                "customer_emails": customer_emails,
                "customer_legal_company_name": customer_legal_company_name,
                "customer_billing_address": customer_billing_address,
                "customer_shipping_address": customer_shipping_address,
                "memo": memo,
                "payment_options": payment_options,
                "billing_period": billing_period,
                "metadata": metadata,
                "credit_balances": credit_balances,
                "billing_run_id": billing_run_id,
                "accounting_date": accounting_date,
                "attachment_asset_ids": attachment_asset_ids,
                "currency": currency,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is Stable20240101UpdateInvoiceRequest
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.due_date is None:
                field_dict["dueDate"] = None
            else:
                due_date: None | str
                due_date = self.due_date
                field_dict["dueDate"] = due_date
        if _given_ & 2:
            if self.purchase_order_number is None:
                field_dict["purchaseOrderNumber"] = None
            else:
                purchase_order_number: None | str
                purchase_order_number = self.purchase_order_number
                field_dict["purchaseOrderNumber"] = purchase_order_number
        if _given_ & 4:
            if self.reference is None:
                field_dict["reference"] = None
            else:
                reference: None | str
                reference = self.reference
                field_dict["reference"] = reference
        if _given_ & 8:
            if self.customer_emails is None:
                field_dict["customerEmails"] = None
            else:
                customer_emails: list[str] | None
                if isinstance(self.customer_emails, list):
                    customer_emails = self.customer_emails

                else:
                    customer_emails = self.customer_emails
                field_dict["customerEmails"] = customer_emails
        if _given_ & 16:
            if self.customer_legal_company_name is None:
                field_dict["customerLegalCompanyName"] = None
            else:
                customer_legal_company_name: None | str
                customer_legal_company_name = self.customer_legal_company_name
                field_dict["customerLegalCompanyName"] = customer_legal_company_name
        if _given_ & 32:
            if self.customer_billing_address is None:
                field_dict["customerBillingAddress"] = None
            else:
                customer_billing_address = self.customer_billing_address.to_dict()
                field_dict["customerBillingAddress"] = customer_billing_address
        if _given_ & 64:
            if self.customer_shipping_address is None:
                field_dict["customerShippingAddress"] = None
            else:
                customer_shipping_address = self.customer_shipping_address.to_dict()
                field_dict["customerShippingAddress"] = customer_shipping_address
        if _given_ & 128:
            if self.memo is None:
                field_dict["memo"] = None
            else:
                memo: None | str
                memo = self.memo
                field_dict["memo"] = memo
        if _given_ & 256:
            if self.payment_options is None:
                field_dict["paymentOptions"] = None
            else:
                payment_options: list[str] | None
                if isinstance(self.payment_options, list):
                    payment_options = []
                    for payment_options_type_0_item_data in self.payment_options:
                        payment_options_type_0_item = payment_options_type_0_item_data.value
                        payment_options.append(payment_options_type_0_item)

                else:
                    payment_options = self.payment_options
                field_dict["paymentOptions"] = payment_options
        if _given_ & 512:
            if self.billing_period is None:
                field_dict["billingPeriod"] = None
            else:
                billing_period = self.billing_period.to_dict()
                field_dict["billingPeriod"] = billing_period
        if _given_ & 1024:
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
        if _given_ & 2048:
            if self.credit_balances is None:
                field_dict["creditBalances"] = None
            else:
                credit_balances: None | str
                credit_balances = self.credit_balances
                field_dict["creditBalances"] = credit_balances
        if _given_ & 4096:
            if self.billing_run_id is None:
                field_dict["billingRunId"] = None
            else:
                billing_run_id: None | str
                billing_run_id = self.billing_run_id
                field_dict["billingRunId"] = billing_run_id
        if _given_ & 8192:
            if self.accounting_date is None:
                field_dict["accountingDate"] = None
            else:
                accounting_date: None | str
                accounting_date = self.accounting_date
                field_dict["accountingDate"] = accounting_date
        if _given_ & 16384:
            if self.attachment_asset_ids is None:
                field_dict["attachmentAssetIds"] = None
            else:
                attachment_asset_ids: list[str] | None
                if isinstance(self.attachment_asset_ids, list):
                    attachment_asset_ids = self.attachment_asset_ids

                else:
                    attachment_asset_ids = self.attachment_asset_ids
                field_dict["attachmentAssetIds"] = attachment_asset_ids
        if _given_ & 32768:
            if self.currency is None:
                field_dict["currency"] = None
            else:
                currency = self.currency.value
                field_dict["currency"] = currency

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
        from ..models.inclusive_date_range import InclusiveDateRange  # noqa: PLC0415
        from ..models.key_value_pair import KeyValuePair  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        due_date_json_ = d.pop("dueDate", ABSENT)
        due_date: str | None
        if due_date_json_ is ABSENT:
            due_date = None
        else:
            _given_ |= 1

            def _parse_due_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            due_date = _parse_due_date(due_date_json_)

        purchase_order_number_json_ = d.pop("purchaseOrderNumber", ABSENT)
        purchase_order_number: str | None
        if purchase_order_number_json_ is ABSENT:
            purchase_order_number = None
        else:
            _given_ |= 2

            def _parse_purchase_order_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            purchase_order_number = _parse_purchase_order_number(purchase_order_number_json_)

        reference_json_ = d.pop("reference", ABSENT)
        reference: str | None
        if reference_json_ is ABSENT:
            reference = None
        else:
            _given_ |= 4

            def _parse_reference(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            reference = _parse_reference(reference_json_)

        customer_emails_json_ = d.pop("customerEmails", ABSENT)
        customer_emails: list[str] | None
        if customer_emails_json_ is ABSENT:
            customer_emails = None
        else:
            _given_ |= 8

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
            _given_ |= 16

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
            _given_ |= 32
            customer_billing_address = Address.from_dict(customer_billing_address_json_)

        customer_shipping_address_json_ = d.pop("customerShippingAddress", ABSENT)
        customer_shipping_address: Address | None
        if customer_shipping_address_json_ is ABSENT:
            customer_shipping_address = None
        else:
            _given_ |= 64
            customer_shipping_address = Address.from_dict(customer_shipping_address_json_)

        memo_json_ = d.pop("memo", ABSENT)
        memo: str | None
        if memo_json_ is ABSENT:
            memo = None
        else:
            _given_ |= 128

            def _parse_memo(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            memo = _parse_memo(memo_json_)

        payment_options_json_ = d.pop("paymentOptions", ABSENT)
        payment_options: list[InvoicePaymentOption] | None
        if payment_options_json_ is ABSENT:
            payment_options = None
        else:
            _given_ |= 256

            def _parse_payment_options(data: object) -> list[InvoicePaymentOption] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    payment_options_type_0 = []
                    _payment_options_type_0 = data
                    for payment_options_type_0_item_data in _payment_options_type_0:
                        payment_options_type_0_item = InvoicePaymentOption(payment_options_type_0_item_data)

                        payment_options_type_0.append(payment_options_type_0_item)

                    return payment_options_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[InvoicePaymentOption] | None, data)

            payment_options = _parse_payment_options(payment_options_json_)

        billing_period_json_ = d.pop("billingPeriod", ABSENT)
        billing_period: InclusiveDateRange | None
        if billing_period_json_ is ABSENT:
            billing_period = None
        else:
            _given_ |= 512
            billing_period = InclusiveDateRange.from_dict(billing_period_json_)

        metadata_json_ = d.pop("metadata", ABSENT)
        metadata: list[KeyValuePair] | None
        if metadata_json_ is ABSENT:
            metadata = None
        else:
            _given_ |= 1024

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

        credit_balances_json_ = d.pop("creditBalances", ABSENT)
        credit_balances: str | None
        if credit_balances_json_ is ABSENT:
            credit_balances = None
        else:
            _given_ |= 2048

            def _parse_credit_balances(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            credit_balances = _parse_credit_balances(credit_balances_json_)

        billing_run_id_json_ = d.pop("billingRunId", ABSENT)
        billing_run_id: str | None
        if billing_run_id_json_ is ABSENT:
            billing_run_id = None
        else:
            _given_ |= 4096

            def _parse_billing_run_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            billing_run_id = _parse_billing_run_id(billing_run_id_json_)

        accounting_date_json_ = d.pop("accountingDate", ABSENT)
        accounting_date: str | None
        if accounting_date_json_ is ABSENT:
            accounting_date = None
        else:
            _given_ |= 8192

            def _parse_accounting_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            accounting_date = _parse_accounting_date(accounting_date_json_)

        attachment_asset_ids_json_ = d.pop("attachmentAssetIds", ABSENT)
        attachment_asset_ids: list[str] | None
        if attachment_asset_ids_json_ is ABSENT:
            attachment_asset_ids = None
        else:
            _given_ |= 16384

            def _parse_attachment_asset_ids(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    attachment_asset_ids_type_0 = cast(list[str], data)

                    return attachment_asset_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            attachment_asset_ids = _parse_attachment_asset_ids(attachment_asset_ids_json_)

        currency_json_ = d.pop("currency", ABSENT)
        currency: Currency | None
        if currency_json_ is ABSENT:
            currency = None
        else:
            _given_ |= 32768
            currency = Currency(currency_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "due_date": due_date,
                "purchase_order_number": purchase_order_number,
                "reference": reference,
                "customer_emails": customer_emails,
                "customer_legal_company_name": customer_legal_company_name,
                "customer_billing_address": customer_billing_address,
                "customer_shipping_address": customer_shipping_address,
                "memo": memo,
                "payment_options": payment_options,
                "billing_period": billing_period,
                "metadata": metadata,
                "credit_balances": credit_balances,
                "billing_run_id": billing_run_id,
                "accounting_date": accounting_date,
                "attachment_asset_ids": attachment_asset_ids,
                "currency": currency,
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
