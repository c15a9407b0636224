from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_application_status import CreditNoteApplicationStatus
from ..models.credit_note_status import CreditNoteStatus
from ..models.currency import Currency
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.credit_note_application import CreditNoteApplication
    from ..models.credit_note_settings import CreditNoteSettings
    from ..models.invoice_merchant_details import InvoiceMerchantDetails
    from ..models.key_value_pair import KeyValuePair
    from ..models.link_info import LinkInfo


T = TypeVar("T", bound="CreditNote")


@_attrs_define(init=False, slots=False, eq=False)
class CreditNote:
    """
    Example:
        {'id': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'sequenceAccountId': '68233908-402a-43b4-8952-1c2ab0ef0b25',
            'status': 'FINAL', 'invoiceId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'invoiceNumber': 'INV00001',
            'billingScheduleId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'currency': 'GBP', 'issueDate': '2022-09-15',
            'billingPeriodStart': '2022-10-01T00:00:00Z', 'billingPeriodEnd': '2022-10-30T00:00:00Z', 'creditNoteNumber':
            'CN00001', 'purchaseOrderNumber': 'PO123', 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47',
            'customerEmails': ['customer@example.com', 'customer.alias@example.com'], 'customerLegalCompanyName':
            'Facebook', 'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road', 'town': 'Yemen', 'state':
            'CA', 'postcode': 'YE1 2YE', 'country': 'YE'}, 'customerShippingAddress': {'line1': '742 Evergreen Terrace',
            'town': 'Springfield', 'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks', 'totalTax':
            '2.50', 'netTotal': '51.20', 'grossTotal': '101.23', 'metadata': [{'key': 'example-label', 'value': 'label-
            value'}], 'customerTaxId': 'TAX123', 'linkedServices': [{'externalId': '123', 'externalService': 'Xero',
            'syncTime': '2022-06-28T16:47:00Z', 'externalUrl':
            'https://invoicing.xero.com/view/85e52542-3e54-4f0d-872b-33bba11a0504'}], 'applicationStatus':
            'PARTIALLY_APPLIED', 'balance': '51.23', 'balanceVersion': 3, 'applications': [{'invoiceId':
            'af60cab3-812d-4250-a051-0fb7133a00c7', 'invoiceNumber': 'INV00001', 'amount': '50.00', 'appliedAt':
            '2022-10-14T12:34:56Z'}], 'merchantDetails': {'address': {'line1': 'The White House', 'line2': '1600
            Pennsylvania Avenue', 'town': 'Washington, D.C.', 'state': 'CA', 'postcode': '20500', 'country': 'US'},
            'phoneNumber': 800001066, 'email': 'donald@example.com', 'taxId': 'TAX60', 'iban': 'GB33BUKB20201555555555',
            'ukAccountDetails': {'sortCode': '000000', 'accountNumber': '12345678'}, 'usAchDetails': {'accountNumber':
            '12345678', 'accountName': 'John Doe', 'bankName': 'Chase', 'bankRoutingNumber': '123456789'}, 'usWireDetails':
            {'accountNumber': '12345678', 'accountName': 'John Doe', 'bankName': 'Chase', 'bankRoutingNumber': '123456789',
            'swiftCode': 'CHASUS33', 'bankAddress': {'line1': 'JP Morgan Chase', 'town': 'New York City', 'state': 'NY',
            'postcode': '10017', 'country': 'US'}}, 'caBankAccountDetails': {'transitNumber': '123', 'institutionNumber':
            '12345', 'accountNumber': '1234567'}, 'canadianInternationalDestination': {'legalName': 'John Doe',
            'accountNumber': '12345678', 'transitNumber': '12345', 'bankName': 'Chase', 'bankAddress': {'line1': 'JP Morgan
            Chase', 'town': 'New York City', 'state': 'NY', 'postcode': '10017', 'country': 'US'}, 'institutionNumber':
            '123', 'swiftCode': 'CHASUS33', 'intermediaryBank': {'bankName': 'Chase', 'bankAddress': {'line1': 'JP Morgan
            Chase', 'town': 'New York City', 'state': 'NY', 'postcode': '10017', 'country': 'US'}, 'swiftCode': 'CHASUS33',
            'routingNumber': '123456789'}}, 'australianDestination': {'legalName': 'John Doe', 'accountNumber': '12345678',
            'swiftCode': 'CHASUS33', 'bsb': '123456'}, 'swedishBankgiroDestination': {'bankgiroNumber': '123-4567',
            'accountName': '12345678'}, 'logoUrl': 'logo', 'legalCompanyName': 'The Merchant', 'primaryColour': '#000000',
            'customFields': [{'key': 'example-label', 'value': 'label-value'}], 'includeBeneficiaryAddressInPaymentDetails':
            True}, 'settings': {'generateCashCreditGrant': 'ENABLED'}, 'accountingDate': '2022-09-30'}

    Attributes:
        id (str): Credit Note ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        sequence_account_id (str): Sequence Account ID Example: 68233908-402a-43b4-8952-1c2ab0ef0b25.
        status (CreditNoteStatus):  Example: SENT.
        currency (Currency):  Example: GBP.
        customer_id (str): The ID of the Customer this Credit Note is linked to Example:
            61b083e0-1faa-47ca-9aeb-6205da8f6c47.
        customer_emails (list[str]): Customer's email addresses, used for sending the Credit Note if provided Example:
            ['customer@example.com', 'customer.alias@example.com'].
        customer_legal_company_name (str): Customer's legal company name Example: Facebook.
        customer_billing_address (Address): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town':
            'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        customer_shipping_address (Address): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town':
            'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        total_tax (str): Total tax, in decimal format of the Credit Note's currency Example: 2.50.
        net_total (str): Net total, in decimal format of the Credit Note's currency Example: 51.20.
        gross_total (str): Gross total, in decimal format of the Invoice's currency Example: 101.23.
        metadata (list[KeyValuePair]): Mapping of key-value pairs to attach to the Credit Note. These are not
            interpreted by Sequence; they are present for your use alone. Example: [{'key': 'example-label', 'value':
            'label-value'}].
        linked_services (list[LinkInfo]): External services which are linked to this credit note Example:
            [{'externalId': '123', 'externalService': 'Xero', 'syncTime': '2022-06-28T16:47:00Z', 'externalUrl':
            'https://invoicing.xero.com/view/85e52542-3e54-4f0d-872b-33bba11a0504'}].
        applications (list[CreditNoteApplication]): Invoices this Credit Note has been applied to, each with the amount
            applied and when. Empty when the Credit Note has not been applied to any invoice Example: [{'invoiceId':
            'af60cab3-812d-4250-a051-0fb7133a00c7', 'invoiceNumber': 'INV00001', 'amount': '50.00', 'appliedAt':
            '2022-10-14T12:34:56Z'}].
        settings (CreditNoteSettings): Credit note settings Example: {'generateCashCreditGrant': 'ENABLED'}.
        invoice_id (str | None): Invoice ID Example: af60cab3-812d-4250-a051-0fb7133a00c7.
        invoice_number (str | None): Invoice Number Example: INV00001.
        billing_schedule_id (str | None): Subscription ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
        issue_date (str | None): Issue date Example: 2022-09-15.
        billing_period_start (str | None): Billing period start Example: 2022-10-01T00:00:00Z.
        billing_period_end (str | None): Billing period end Example: 2022-10-30T00:00:00Z.
        credit_note_number (str | None): Credit Note number Example: CN00001.
        purchase_order_number (str | None): Purchase order number Example: PO123.
        memo (str | None): Credit Note memo Example: Thanks.
        customer_tax_id (str | None): Customer's tax ID Example: TAX123.
        application_status (CreditNoteApplicationStatus | None):  Example: PARTIALLY_APPLIED.
        balance (str | None): Credit still available to apply, in decimal format of the Credit Note's currency. Omitted
            for credit notes with no ledger balance Example: 51.23.
        balance_version (int | None): Ledger version of the balance. Advances each time the balance changes; required
            when applying this Credit Note to an Invoice. Omitted for credit notes with no ledger balance Example: 3.
        merchant_details (InvoiceMerchantDetails | None): Merchant details Example: {'address': {'line1': 'The White
            House', 'line2': '1600 Pennsylvania Avenue', 'town': 'Washington, D.C.', 'state': 'CA', 'postcode': '20500',
            'country': 'US'}, 'phoneNumber': 800001066, 'email': 'donald@example.com', 'taxId': 'TAX60', 'iban':
            'GB33BUKB20201555555555', 'ukAccountDetails': {'sortCode': '000000', 'accountNumber': '12345678'},
            'usAchDetails': {'accountNumber': '12345678', 'accountName': 'John Doe', 'bankName': 'Chase',
            'bankRoutingNumber': '123456789'}, 'usWireDetails': {'accountNumber': '12345678', 'accountName': 'John Doe',
            'bankName': 'Chase', 'bankRoutingNumber': '123456789', 'swiftCode': 'CHASUS33', 'bankAddress': {'line1': 'JP
            Morgan Chase', 'town': 'New York City', 'state': 'NY', 'postcode': '10017', 'country': 'US'}},
            'caBankAccountDetails': {'transitNumber': '123', 'institutionNumber': '12345', 'accountNumber': '1234567'},
            'canadianInternationalDestination': {'legalName': 'John Doe', 'accountNumber': '12345678', 'transitNumber':
            '12345', 'bankName': 'Chase', 'bankAddress': {'line1': 'JP Morgan Chase', 'town': 'New York City', 'state':
            'NY', 'postcode': '10017', 'country': 'US'}, 'institutionNumber': '123', 'swiftCode': 'CHASUS33',
            'intermediaryBank': {'bankName': 'Chase', 'bankAddress': {'line1': 'JP Morgan Chase', 'town': 'New York City',
            'state': 'NY', 'postcode': '10017', 'country': 'US'}, 'swiftCode': 'CHASUS33', 'routingNumber': '123456789'}},
            'australianDestination': {'legalName': 'John Doe', 'accountNumber': '12345678', 'swiftCode': 'CHASUS33', 'bsb':
            '123456'}, 'swedishBankgiroDestination': {'bankgiroNumber': '123-4567', 'accountName': '12345678'}, 'logoUrl':
            'logo', 'legalCompanyName': 'The Merchant', 'primaryColour': '#000000', 'customFields': [{'key': 'example-
            label', 'value': 'label-value'}], 'includeBeneficiaryAddressInPaymentDetails': True}.
        accounting_date (str | None): Accounting date Example: 2022-09-30.
    """

    id: str
    sequence_account_id: str
    status: CreditNoteStatus
    currency: Currency
    customer_id: str
    customer_emails: list[str]
    customer_legal_company_name: str
    customer_billing_address: Address
    customer_shipping_address: Address
    total_tax: str
    net_total: str
    gross_total: str
    metadata: list[KeyValuePair]
    linked_services: list[LinkInfo]
    applications: list[CreditNoteApplication]
    settings: CreditNoteSettings
    invoice_id: str | None = ABSENT
    invoice_number: str | None = ABSENT
    billing_schedule_id: str | None = ABSENT
    issue_date: str | None = ABSENT
    billing_period_start: str | None = ABSENT
    billing_period_end: str | None = ABSENT
    credit_note_number: str | None = ABSENT
    purchase_order_number: str | None = ABSENT
    memo: str | None = ABSENT
    customer_tax_id: str | None = ABSENT
    application_status: CreditNoteApplicationStatus | None = ABSENT
    balance: str | None = ABSENT
    balance_version: int | None = ABSENT
    merchant_details: InvoiceMerchantDetails | None = ABSENT
    accounting_date: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "invoice_id": 1,
        "invoice_number": 2,
        "billing_schedule_id": 4,
        "issue_date": 8,
        "billing_period_start": 16,
        "billing_period_end": 32,
        "credit_note_number": 64,
        "purchase_order_number": 128,
        "memo": 256,
        "customer_tax_id": 512,
        "application_status": 1024,
        "balance": 2048,
        "balance_version": 4096,
        "merchant_details": 8192,
        "accounting_date": 16384,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "invoice_id",
            "invoice_number",
            "billing_schedule_id",
            "issue_date",
            "billing_period_start",
            "billing_period_end",
            "credit_note_number",
            "purchase_order_number",
            "memo",
            "customer_tax_id",
            "application_status",
            "balance",
            "balance_version",
            "merchant_details",
            "accounting_date",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "application_status",
            "merchant_details",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "sequence_account_id",
            "status",
            "currency",
            "customer_id",
            "customer_emails",
            "customer_legal_company_name",
            "customer_billing_address",
            "customer_shipping_address",
            "total_tax",
            "net_total",
            "gross_total",
            "metadata",
            "linked_services",
            "applications",
            "settings",
            "invoice_id",
            "invoice_number",
            "billing_schedule_id",
            "issue_date",
            "billing_period_start",
            "billing_period_end",
            "credit_note_number",
            "purchase_order_number",
            "memo",
            "customer_tax_id",
            "application_status",
            "balance",
            "balance_version",
            "merchant_details",
            "accounting_date",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        sequence_account_id: str,
        status: CreditNoteStatus,
        currency: Currency,
        customer_id: str,
        customer_emails: list[str],
        customer_legal_company_name: str,
        customer_billing_address: Address,
        customer_shipping_address: Address,
        total_tax: str,
        net_total: str,
        gross_total: str,
        metadata: list[KeyValuePair],
        linked_services: list[LinkInfo],
        applications: list[CreditNoteApplication],
        settings: CreditNoteSettings,
        invoice_id: str | None = ABSENT,
        invoice_number: str | None = ABSENT,
        billing_schedule_id: str | None = ABSENT,
        issue_date: str | None = ABSENT,
        billing_period_start: str | None = ABSENT,
        billing_period_end: str | None = ABSENT,
        credit_note_number: str | None = ABSENT,
        purchase_order_number: str | None = ABSENT,
        memo: str | None = ABSENT,
        customer_tax_id: str | None = ABSENT,
        application_status: CreditNoteApplicationStatus | None = ABSENT,
        balance: str | None = ABSENT,
        balance_version: int | None = ABSENT,
        merchant_details: InvoiceMerchantDetails | None = ABSENT,
        accounting_date: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if invoice_id is ABSENT:
            invoice_id = None
        else:
            _given_ |= 1
        if invoice_number is ABSENT:
            invoice_number = None
        else:
            _given_ |= 2
        if billing_schedule_id is ABSENT:
            billing_schedule_id = None
        else:
            _given_ |= 4
        if issue_date is ABSENT:
            issue_date = None
        else:
            _given_ |= 8
        if billing_period_start is ABSENT:
            billing_period_start = None
        else:
            _given_ |= 16
        if billing_period_end is ABSENT:
            billing_period_end = None
        else:
            _given_ |= 32
        if credit_note_number is ABSENT:
            credit_note_number = None
        else:
            _given_ |= 64
        if purchase_order_number is ABSENT:
            purchase_order_number = None
        else:
            _given_ |= 128
        if memo is ABSENT:
            memo = None
        else:
            _given_ |= 256
        if customer_tax_id is ABSENT:
            customer_tax_id = None
        else:
            _given_ |= 512
        if application_status is ABSENT:
            application_status = None
        else:
            _given_ |= 1024
        if balance is ABSENT:
            balance = None
        else:
            _given_ |= 2048
        if balance_version is ABSENT:
            balance_version = None
        else:
            _given_ |= 4096
        if merchant_details is ABSENT:
            merchant_details = None
        else:
            _given_ |= 8192
        if accounting_date is ABSENT:
            accounting_date = None
        else:
            _given_ |= 16384
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "status": status,
                "currency": currency,
                "customer_id": customer_id,
                "customer_emails": customer_emails,
                "customer_legal_company_name": customer_legal_company_name,
                "customer_billing_address": customer_billing_address,
                "customer_shipping_address": customer_shipping_address,
                "total_tax": total_tax,
                "net_total": net_total,
                "gross_total": gross_total,
                "metadata": metadata,
                "linked_services": linked_services,
                "applications": applications,
                "settings": settings,
                "invoice_id": invoice_id,
                "invoice_number": invoice_number,
                "billing_schedule_id": billing_schedule_id,
                "issue_date": issue_date,
                "billing_period_start": billing_period_start,
                "billing_period_end": billing_period_end,
                "credit_note_number": credit_note_number,
                "purchase_order_number": purchase_order_number,
                "memo": memo,
                "customer_tax_id": customer_tax_id,
                "application_status": application_status,
                "balance": balance,
                "balance_version": balance_version,
                "merchant_details": merchant_details,
                "accounting_date": accounting_date,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is CreditNote:  # a subclass may add its own
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

        sequence_account_id = self.sequence_account_id

        status = self.status.value

        currency = self.currency.value

        customer_id = self.customer_id

        customer_emails = self.customer_emails

        customer_legal_company_name = self.customer_legal_company_name

        customer_billing_address = self.customer_billing_address.to_dict()

        customer_shipping_address = self.customer_shipping_address.to_dict()

        total_tax = self.total_tax

        net_total = self.net_total

        gross_total = self.gross_total

        metadata = []
        for metadata_item_data in self.metadata:
            metadata_item = metadata_item_data.to_dict()
            metadata.append(metadata_item)

        linked_services = []
        for linked_services_item_data in self.linked_services:
            linked_services_item = linked_services_item_data.to_dict()
            linked_services.append(linked_services_item)

        applications = []
        for applications_item_data in self.applications:
            applications_item = applications_item_data.to_dict()
            applications.append(applications_item)

        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "status": status,
                "currency": currency,
                "customerId": customer_id,
                "customerEmails": customer_emails,
                "customerLegalCompanyName": customer_legal_company_name,
                "customerBillingAddress": customer_billing_address,
                "customerShippingAddress": customer_shipping_address,
                "totalTax": total_tax,
                "netTotal": net_total,
                "grossTotal": gross_total,
                "metadata": metadata,
                "linkedServices": linked_services,
                "applications": applications,
                "settings": settings,
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
            if self.invoice_number is None:
                field_dict["invoiceNumber"] = None
            else:
                invoice_number: None | str
                invoice_number = self.invoice_number
                field_dict["invoiceNumber"] = invoice_number
        if _given_ & 4:
            if self.billing_schedule_id is None:
                field_dict["billingScheduleId"] = None
            else:
                billing_schedule_id: None | str
                billing_schedule_id = self.billing_schedule_id
                field_dict["billingScheduleId"] = billing_schedule_id
        if _given_ & 8:
            if self.issue_date is None:
                field_dict["issueDate"] = None
            else:
                issue_date: None | str
                issue_date = self.issue_date
                field_dict["issueDate"] = issue_date
        if _given_ & 16:
            if self.billing_period_start is None:
                field_dict["billingPeriodStart"] = None
            else:
                billing_period_start: None | str
                billing_period_start = self.billing_period_start
                field_dict["billingPeriodStart"] = billing_period_start
        if _given_ & 32:
            if self.billing_period_end is None:
                field_dict["billingPeriodEnd"] = None
            else:
                billing_period_end: None | str
                billing_period_end = self.billing_period_end
                field_dict["billingPeriodEnd"] = billing_period_end
        if _given_ & 64:
            if self.credit_note_number is None:
                field_dict["creditNoteNumber"] = None
            else:
                credit_note_number: None | str
                credit_note_number = self.credit_note_number
                field_dict["creditNoteNumber"] = credit_note_number
        if _given_ & 128:
            if self.purchase_order_number is None:
                field_dict["purchaseOrderNumber"] = None
            else:
                purchase_order_number: None | str
                purchase_order_number = self.purchase_order_number
                field_dict["purchaseOrderNumber"] = purchase_order_number
        if _given_ & 256:
            if self.memo is None:
                field_dict["memo"] = None
            else:
                memo: None | str
                memo = self.memo
                field_dict["memo"] = memo
        if _given_ & 512:
            if self.customer_tax_id is None:
                field_dict["customerTaxId"] = None
            else:
                customer_tax_id: None | str
                customer_tax_id = self.customer_tax_id
                field_dict["customerTaxId"] = customer_tax_id
        if _given_ & 1024:
            if self.application_status is None:
                field_dict["applicationStatus"] = None
            else:
                application_status = self.application_status.value
                field_dict["applicationStatus"] = application_status
        if _given_ & 2048:
            if self.balance is None:
                field_dict["balance"] = None
            else:
                balance: None | str
                balance = self.balance
                field_dict["balance"] = balance
        if _given_ & 4096:
            if self.balance_version is None:
                field_dict["balanceVersion"] = None
            else:
                balance_version: int | None
                balance_version = self.balance_version
                field_dict["balanceVersion"] = balance_version
        if _given_ & 8192:
            if self.merchant_details is None:
                field_dict["merchantDetails"] = None
            else:
                merchant_details = self.merchant_details.to_dict()
                field_dict["merchantDetails"] = merchant_details
        if _given_ & 16384:
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
        from ..models.credit_note_application import CreditNoteApplication  # noqa: PLC0415
        from ..models.credit_note_settings import CreditNoteSettings  # noqa: PLC0415
        from ..models.invoice_merchant_details import InvoiceMerchantDetails  # noqa: PLC0415
        from ..models.key_value_pair import KeyValuePair  # noqa: PLC0415
        from ..models.link_info import LinkInfo  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        sequence_account_id = d.pop("sequenceAccountId")

        status = CreditNoteStatus(d.pop("status"))

        currency = Currency(d.pop("currency"))

        customer_id = d.pop("customerId")

        customer_emails = cast(list[str], d.pop("customerEmails"))

        customer_legal_company_name = d.pop("customerLegalCompanyName")

        customer_billing_address = Address.from_dict(d.pop("customerBillingAddress"))

        customer_shipping_address = Address.from_dict(d.pop("customerShippingAddress"))

        total_tax = d.pop("totalTax")

        net_total = d.pop("netTotal")

        gross_total = d.pop("grossTotal")

        metadata = []
        _metadata = d.pop("metadata")
        for metadata_item_data in _metadata:
            metadata_item = KeyValuePair.from_dict(metadata_item_data)

            metadata.append(metadata_item)

        linked_services = []
        _linked_services = d.pop("linkedServices")
        for linked_services_item_data in _linked_services:
            linked_services_item = LinkInfo.from_dict(linked_services_item_data)

            linked_services.append(linked_services_item)

        applications = []
        _applications = d.pop("applications")
        for applications_item_data in _applications:
            applications_item = CreditNoteApplication.from_dict(applications_item_data)

            applications.append(applications_item)

        settings = CreditNoteSettings.from_dict(d.pop("settings"))

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

        invoice_number_json_ = d.pop("invoiceNumber", ABSENT)
        invoice_number: str | None
        if invoice_number_json_ is ABSENT:
            invoice_number = None
        else:
            _given_ |= 2

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
            _given_ |= 4

            def _parse_billing_schedule_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            billing_schedule_id = _parse_billing_schedule_id(billing_schedule_id_json_)

        issue_date_json_ = d.pop("issueDate", ABSENT)
        issue_date: str | None
        if issue_date_json_ is ABSENT:
            issue_date = None
        else:
            _given_ |= 8

            def _parse_issue_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            issue_date = _parse_issue_date(issue_date_json_)

        billing_period_start_json_ = d.pop("billingPeriodStart", ABSENT)
        billing_period_start: str | None
        if billing_period_start_json_ is ABSENT:
            billing_period_start = None
        else:
            _given_ |= 16

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
            _given_ |= 32

            def _parse_billing_period_end(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            billing_period_end = _parse_billing_period_end(billing_period_end_json_)

        credit_note_number_json_ = d.pop("creditNoteNumber", ABSENT)
        credit_note_number: str | None
        if credit_note_number_json_ is ABSENT:
            credit_note_number = None
        else:
            _given_ |= 64

            def _parse_credit_note_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            credit_note_number = _parse_credit_note_number(credit_note_number_json_)

        purchase_order_number_json_ = d.pop("purchaseOrderNumber", ABSENT)
        purchase_order_number: str | None
        if purchase_order_number_json_ is ABSENT:
            purchase_order_number = None
        else:
            _given_ |= 128

            def _parse_purchase_order_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            purchase_order_number = _parse_purchase_order_number(purchase_order_number_json_)

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

        customer_tax_id_json_ = d.pop("customerTaxId", ABSENT)
        customer_tax_id: str | None
        if customer_tax_id_json_ is ABSENT:
            customer_tax_id = None
        else:
            _given_ |= 512

            def _parse_customer_tax_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            customer_tax_id = _parse_customer_tax_id(customer_tax_id_json_)

        application_status_json_ = d.pop("applicationStatus", ABSENT)
        application_status: CreditNoteApplicationStatus | None
        if application_status_json_ is ABSENT:
            application_status = None
        else:
            _given_ |= 1024
            application_status = CreditNoteApplicationStatus(application_status_json_)

        balance_json_ = d.pop("balance", ABSENT)
        balance: str | None
        if balance_json_ is ABSENT:
            balance = None
        else:
            _given_ |= 2048

            def _parse_balance(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            balance = _parse_balance(balance_json_)

        balance_version_json_ = d.pop("balanceVersion", ABSENT)
        balance_version: int | None
        if balance_version_json_ is ABSENT:
            balance_version = None
        else:
            _given_ |= 4096

            def _parse_balance_version(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            balance_version = _parse_balance_version(balance_version_json_)

        merchant_details_json_ = d.pop("merchantDetails", ABSENT)
        merchant_details: InvoiceMerchantDetails | None
        if merchant_details_json_ is ABSENT:
            merchant_details = None
        else:
            _given_ |= 8192
            merchant_details = InvoiceMerchantDetails.from_dict(merchant_details_json_)

        accounting_date_json_ = d.pop("accountingDate", ABSENT)
        accounting_date: str | None
        if accounting_date_json_ is ABSENT:
            accounting_date = None
        else:
            _given_ |= 16384

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
                "id": id,
                "sequence_account_id": sequence_account_id,
                "status": status,
                "currency": currency,
                "customer_id": customer_id,
                "customer_emails": customer_emails,
                "customer_legal_company_name": customer_legal_company_name,
                "customer_billing_address": customer_billing_address,
                "customer_shipping_address": customer_shipping_address,
                "total_tax": total_tax,
                "net_total": net_total,
                "gross_total": gross_total,
                "metadata": metadata,
                "linked_services": linked_services,
                "applications": applications,
                "settings": settings,
                "invoice_id": invoice_id,
                "invoice_number": invoice_number,
                "billing_schedule_id": billing_schedule_id,
                "issue_date": issue_date,
                "billing_period_start": billing_period_start,
                "billing_period_end": billing_period_end,
                "credit_note_number": credit_note_number,
                "purchase_order_number": purchase_order_number,
                "memo": memo,
                "customer_tax_id": customer_tax_id,
                "application_status": application_status,
                "balance": balance,
                "balance_version": balance_version,
                "merchant_details": merchant_details,
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
