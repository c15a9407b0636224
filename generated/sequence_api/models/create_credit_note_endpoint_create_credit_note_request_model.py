from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.key_value_pair import KeyValuePair


T = TypeVar("T", bound="CreateCreditNoteEndpointCreateCreditNoteRequestModel")


@_attrs_define
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
        invoice_id (None | str | Unset): Invoice ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        billing_period_start (None | str | Unset): Billing period start Example: 2022-10-01T00:00:00Z.
        billing_period_end (None | str | Unset): Billing period end Example: 2022-10-30T00:00:00Z.
        purchase_order_number (None | str | Unset): Purchase order number Example: PO123.
        customer_emails (list[str] | None | Unset): Customer's email addresses, used for sending the Credit Note if
            provided Example: ['customer@example.com', 'customer.alias@example.com'].
        customer_legal_company_name (None | str | Unset): Customer's legal company name Example: Facebook.
        customer_billing_address (Address | Unset): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street',
            'town': 'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        customer_shipping_address (Address | Unset): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street',
            'town': 'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        memo (None | str | Unset): Credit Note memo Example: Thanks.
        metadata (list[KeyValuePair] | None | Unset): Mapping of key-value pairs to attach to the Credit Note. These are
            not interpreted by Sequence; they are present for your use alone. Example: [{'key': 'example-label', 'value':
            'label-value'}].
        customer_tax_id (None | str | Unset): Customer's tax ID Example: TAX123.
        accounting_date (None | str | Unset): Accounting date Example: 2025-08-29.
    """

    currency: Currency
    customer_id: str
    invoice_id: None | str | Unset = UNSET
    billing_period_start: None | str | Unset = UNSET
    billing_period_end: None | str | Unset = UNSET
    purchase_order_number: None | str | Unset = UNSET
    customer_emails: list[str] | None | Unset = UNSET
    customer_legal_company_name: None | str | Unset = UNSET
    customer_billing_address: Address | Unset = UNSET
    customer_shipping_address: Address | Unset = UNSET
    memo: None | str | Unset = UNSET
    metadata: list[KeyValuePair] | None | Unset = UNSET
    customer_tax_id: None | str | Unset = UNSET
    accounting_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        currency = self.currency.value

        customer_id = self.customer_id

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        billing_period_start: None | str | Unset
        if isinstance(self.billing_period_start, Unset):
            billing_period_start = UNSET
        else:
            billing_period_start = self.billing_period_start

        billing_period_end: None | str | Unset
        if isinstance(self.billing_period_end, Unset):
            billing_period_end = UNSET
        else:
            billing_period_end = self.billing_period_end

        purchase_order_number: None | str | Unset
        if isinstance(self.purchase_order_number, Unset):
            purchase_order_number = UNSET
        else:
            purchase_order_number = self.purchase_order_number

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

        customer_tax_id: None | str | Unset
        if isinstance(self.customer_tax_id, Unset):
            customer_tax_id = UNSET
        else:
            customer_tax_id = self.customer_tax_id

        accounting_date: None | str | Unset
        if isinstance(self.accounting_date, Unset):
            accounting_date = UNSET
        else:
            accounting_date = self.accounting_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "customerId": customer_id,
            }
        )
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if billing_period_start is not UNSET:
            field_dict["billingPeriodStart"] = billing_period_start
        if billing_period_end is not UNSET:
            field_dict["billingPeriodEnd"] = billing_period_end
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if customer_tax_id is not UNSET:
            field_dict["customerTaxId"] = customer_tax_id
        if accounting_date is not UNSET:
            field_dict["accountingDate"] = accounting_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.key_value_pair import KeyValuePair  # noqa: PLC0415

        d = dict(src_dict)
        currency = Currency(d.pop("currency"))

        customer_id = d.pop("customerId")

        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId", UNSET))

        def _parse_billing_period_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_period_start = _parse_billing_period_start(d.pop("billingPeriodStart", UNSET))

        def _parse_billing_period_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_period_end = _parse_billing_period_end(d.pop("billingPeriodEnd", UNSET))

        def _parse_purchase_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_order_number = _parse_purchase_order_number(d.pop("purchaseOrderNumber", UNSET))

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

        def _parse_customer_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_tax_id = _parse_customer_tax_id(d.pop("customerTaxId", UNSET))

        def _parse_accounting_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accounting_date = _parse_accounting_date(d.pop("accountingDate", UNSET))

        create_credit_note_endpoint_create_credit_note_request_model = cls(
            currency=currency,
            customer_id=customer_id,
            invoice_id=invoice_id,
            billing_period_start=billing_period_start,
            billing_period_end=billing_period_end,
            purchase_order_number=purchase_order_number,
            customer_emails=customer_emails,
            customer_legal_company_name=customer_legal_company_name,
            customer_billing_address=customer_billing_address,
            customer_shipping_address=customer_shipping_address,
            memo=memo,
            metadata=metadata,
            customer_tax_id=customer_tax_id,
            accounting_date=accounting_date,
        )

        create_credit_note_endpoint_create_credit_note_request_model.additional_properties = d
        return create_credit_note_endpoint_create_credit_note_request_model

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
