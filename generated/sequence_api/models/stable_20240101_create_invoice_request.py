from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.invoice_payment_option import InvoicePaymentOption
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.inclusive_date_range import InclusiveDateRange
    from ..models.key_value_pair import KeyValuePair


T = TypeVar("T", bound="Stable20240101CreateInvoiceRequest")


@_attrs_define
class Stable20240101CreateInvoiceRequest:
    """
    Example:
        {'billingScheduleId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'currency': 'GBP', 'dueDate': '2022-09-30',
            'purchaseOrderNumber': 'PO123', 'reference': 'ref', 'customerEmails': ['customer.user.a@example.com',
            'customer.user.b@example.com'], 'customerLegalCompanyName': 'Facebook', 'customerBillingAddress': {'line1':
            'Flat 1', 'line2': '15 Yemen Road', 'town': 'Yemen', 'state': 'CA', 'postcode': 'YE1 2YE', 'country': 'YE'},
            'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town': 'Springfield', 'state': 'CA', 'postcode':
            '12345', 'country': 'US'}, 'memo': 'Thanks', 'paymentOptions': ['BANK_TRANSFER'], 'billingPeriod': {'start':
            '2022-10-01', 'endInclusive': '2022-10-30'}, 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'metadata':
            [{'key': 'example-label', 'value': 'label-value'}], 'creditBalances': 'Verification 2 credit balance: 7/7
            (expiring on 4 May 2023)', 'billingRunId': '53ff21c8-4872-46c4-83bf-517d54876945', 'accountingDate':
            '2022-09-30', 'attachmentAssetIds': ['99874519-25ce-46ff-8823-093115aa7222']}

    Attributes:
        currency (Currency):  Example: GBP.
        customer_id (str): The ID of the Customer this invoice is linked to Example:
            61b083e0-1faa-47ca-9aeb-6205da8f6c47.
        billing_schedule_id (None | str | Unset): Billing Schedule ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
        due_date (None | str | Unset): Due date Example: 2022-09-30.
        purchase_order_number (None | str | Unset): Purchase order number Example: PO123.
        reference (None | str | Unset): Reference Example: ref.
        customer_emails (list[str] | None | Unset): Customer email addresses, used for sending the Invoice if provided
            Example: ['customer.user.a@example.com', 'customer.user.b@example.com'].
        customer_legal_company_name (None | str | Unset): Customer's legal company name Example: Facebook.
        customer_billing_address (Address | Unset): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street',
            'town': 'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        customer_shipping_address (Address | Unset): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street',
            'town': 'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        memo (None | str | Unset): Invoice memo Example: Thanks.
        payment_options (list[InvoicePaymentOption] | None | Unset): Invoice payment options Example: ['BANK_TRANSFER'].
        billing_period (InclusiveDateRange | Unset): Service Period Example: {'start': '2025-10-01', 'endInclusive':
            '2025-10-30'}.
        metadata (list[KeyValuePair] | None | Unset): Mapping of key-value pairs to attach to the Invoice. These are not
            interpreted by Sequence; they are present for your use alone. Example: [{'key': 'example-label', 'value':
            'label-value'}].
        credit_balances (None | str | Unset): Credit balances Example: Verification 2 credit balance: 7/7 (expiring on 4
            May 2023).
        billing_run_id (None | str | Unset): Billing Run ID Example: 53ff21c8-4872-46c4-83bf-517d54876945.
        accounting_date (None | str | Unset): Accounting date Example: 2022-09-30.
        attachment_asset_ids (list[str] | None | Unset): Attachment asset IDs Example:
            ['99874519-25ce-46ff-8823-093115aa7222'].
    """

    currency: Currency
    customer_id: str
    billing_schedule_id: None | str | Unset = UNSET
    due_date: None | str | Unset = UNSET
    purchase_order_number: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    customer_emails: list[str] | None | Unset = UNSET
    customer_legal_company_name: None | str | Unset = UNSET
    customer_billing_address: Address | Unset = UNSET
    customer_shipping_address: Address | Unset = UNSET
    memo: None | str | Unset = UNSET
    payment_options: list[InvoicePaymentOption] | None | Unset = UNSET
    billing_period: InclusiveDateRange | Unset = UNSET
    metadata: list[KeyValuePair] | None | Unset = UNSET
    credit_balances: None | str | Unset = UNSET
    billing_run_id: None | str | Unset = UNSET
    accounting_date: None | str | Unset = UNSET
    attachment_asset_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        currency = self.currency.value

        customer_id = self.customer_id

        billing_schedule_id: None | str | Unset
        if isinstance(self.billing_schedule_id, Unset):
            billing_schedule_id = UNSET
        else:
            billing_schedule_id = self.billing_schedule_id

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        purchase_order_number: None | str | Unset
        if isinstance(self.purchase_order_number, Unset):
            purchase_order_number = UNSET
        else:
            purchase_order_number = self.purchase_order_number

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        customer_emails: list[str] | None | Unset
        if isinstance(self.customer_emails, Unset):
            customer_emails = UNSET
        elif isinstance(self.customer_emails, list):
            customer_emails = self.customer_emails

        else:
            customer_emails = self.customer_emails

        customer_legal_company_name: None | str | Unset
        if isinstance(self.customer_legal_company_name, Unset):
            customer_legal_company_name = UNSET
        else:
            customer_legal_company_name = self.customer_legal_company_name

        customer_billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_billing_address, Unset):
            customer_billing_address = self.customer_billing_address.to_dict()

        customer_shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_shipping_address, Unset):
            customer_shipping_address = self.customer_shipping_address.to_dict()

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        payment_options: list[str] | None | Unset
        if isinstance(self.payment_options, Unset):
            payment_options = UNSET
        elif isinstance(self.payment_options, list):
            payment_options = []
            for payment_options_type_0_item_data in self.payment_options:
                payment_options_type_0_item = payment_options_type_0_item_data.value
                payment_options.append(payment_options_type_0_item)

        else:
            payment_options = self.payment_options

        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        metadata: list[dict[str, Any]] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, list):
            metadata = []
            for metadata_type_0_item_data in self.metadata:
                metadata_type_0_item = metadata_type_0_item_data.to_dict()
                metadata.append(metadata_type_0_item)

        else:
            metadata = self.metadata

        credit_balances: None | str | Unset
        if isinstance(self.credit_balances, Unset):
            credit_balances = UNSET
        else:
            credit_balances = self.credit_balances

        billing_run_id: None | str | Unset
        if isinstance(self.billing_run_id, Unset):
            billing_run_id = UNSET
        else:
            billing_run_id = self.billing_run_id

        accounting_date: None | str | Unset
        if isinstance(self.accounting_date, Unset):
            accounting_date = UNSET
        else:
            accounting_date = self.accounting_date

        attachment_asset_ids: list[str] | None | Unset
        if isinstance(self.attachment_asset_ids, Unset):
            attachment_asset_ids = UNSET
        elif isinstance(self.attachment_asset_ids, list):
            attachment_asset_ids = self.attachment_asset_ids

        else:
            attachment_asset_ids = self.attachment_asset_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "customerId": customer_id,
            }
        )
        if billing_schedule_id is not UNSET:
            field_dict["billingScheduleId"] = billing_schedule_id
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if reference is not UNSET:
            field_dict["reference"] = reference
        if customer_emails is not UNSET:
            field_dict["customerEmails"] = customer_emails
        if customer_legal_company_name is not UNSET:
            field_dict["customerLegalCompanyName"] = customer_legal_company_name
        if customer_billing_address is not UNSET:
            field_dict["customerBillingAddress"] = customer_billing_address
        if customer_shipping_address is not UNSET:
            field_dict["customerShippingAddress"] = customer_shipping_address
        if memo is not UNSET:
            field_dict["memo"] = memo
        if payment_options is not UNSET:
            field_dict["paymentOptions"] = payment_options
        if billing_period is not UNSET:
            field_dict["billingPeriod"] = billing_period
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if credit_balances is not UNSET:
            field_dict["creditBalances"] = credit_balances
        if billing_run_id is not UNSET:
            field_dict["billingRunId"] = billing_run_id
        if accounting_date is not UNSET:
            field_dict["accountingDate"] = accounting_date
        if attachment_asset_ids is not UNSET:
            field_dict["attachmentAssetIds"] = attachment_asset_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.inclusive_date_range import InclusiveDateRange  # noqa: PLC0415
        from ..models.key_value_pair import KeyValuePair  # noqa: PLC0415

        d = dict(src_dict)
        currency = Currency(d.pop("currency"))

        customer_id = d.pop("customerId")

        def _parse_billing_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_schedule_id = _parse_billing_schedule_id(d.pop("billingScheduleId", UNSET))

        def _parse_due_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        due_date = _parse_due_date(d.pop("dueDate", UNSET))

        def _parse_purchase_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_order_number = _parse_purchase_order_number(d.pop("purchaseOrderNumber", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_customer_emails(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customer_emails_type_0 = cast(list[str], data)

                return customer_emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        customer_emails = _parse_customer_emails(d.pop("customerEmails", UNSET))

        def _parse_customer_legal_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_legal_company_name = _parse_customer_legal_company_name(d.pop("customerLegalCompanyName", UNSET))

        _customer_billing_address = d.pop("customerBillingAddress", UNSET)
        customer_billing_address: Address | Unset
        if isinstance(_customer_billing_address, Unset):
            customer_billing_address = UNSET
        else:
            customer_billing_address = Address.from_dict(_customer_billing_address)

        _customer_shipping_address = d.pop("customerShippingAddress", UNSET)
        customer_shipping_address: Address | Unset
        if isinstance(_customer_shipping_address, Unset):
            customer_shipping_address = UNSET
        else:
            customer_shipping_address = Address.from_dict(_customer_shipping_address)

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_payment_options(data: object) -> list[InvoicePaymentOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(list[InvoicePaymentOption] | None | Unset, data)

        payment_options = _parse_payment_options(d.pop("paymentOptions", UNSET))

        _billing_period = d.pop("billingPeriod", UNSET)
        billing_period: InclusiveDateRange | Unset
        if isinstance(_billing_period, Unset):
            billing_period = UNSET
        else:
            billing_period = InclusiveDateRange.from_dict(_billing_period)

        def _parse_metadata(data: object) -> list[KeyValuePair] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(list[KeyValuePair] | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_credit_balances(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_balances = _parse_credit_balances(d.pop("creditBalances", UNSET))

        def _parse_billing_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_run_id = _parse_billing_run_id(d.pop("billingRunId", UNSET))

        def _parse_accounting_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accounting_date = _parse_accounting_date(d.pop("accountingDate", UNSET))

        def _parse_attachment_asset_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachment_asset_ids_type_0 = cast(list[str], data)

                return attachment_asset_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        attachment_asset_ids = _parse_attachment_asset_ids(d.pop("attachmentAssetIds", UNSET))

        stable_20240101_create_invoice_request = cls(
            currency=currency,
            customer_id=customer_id,
            billing_schedule_id=billing_schedule_id,
            due_date=due_date,
            purchase_order_number=purchase_order_number,
            reference=reference,
            customer_emails=customer_emails,
            customer_legal_company_name=customer_legal_company_name,
            customer_billing_address=customer_billing_address,
            customer_shipping_address=customer_shipping_address,
            memo=memo,
            payment_options=payment_options,
            billing_period=billing_period,
            metadata=metadata,
            credit_balances=credit_balances,
            billing_run_id=billing_run_id,
            accounting_date=accounting_date,
            attachment_asset_ids=attachment_asset_ids,
        )

        stable_20240101_create_invoice_request.additional_properties = d
        return stable_20240101_create_invoice_request

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
