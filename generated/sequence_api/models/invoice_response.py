from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.due_date_source import DueDateSource
from ..models.invoice_dunning_status import InvoiceDunningStatus
from ..models.invoice_payment_option import InvoicePaymentOption
from ..models.invoice_payment_status import InvoicePaymentStatus
from ..models.invoice_status import InvoiceStatus
from ..models.tax_status import TaxStatus
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.applied_credit_grant_response import AppliedCreditGrantResponse
    from ..models.applied_credit_note_response import AppliedCreditNoteResponse
    from ..models.asset_response import AssetResponse
    from ..models.inclusive_date_range import InclusiveDateRange
    from ..models.integration_payment_statuses import IntegrationPaymentStatuses
    from ..models.invoice_merchant_details import InvoiceMerchantDetails
    from ..models.invoice_render_settings_inline_aggregate import InvoiceRenderSettingsInlineAggregate
    from ..models.key_value_pair import KeyValuePair
    from ..models.link_info import LinkInfo
    from ..models.payment_allocation_response import PaymentAllocationResponse
    from ..models.projected_credit_grant_response import ProjectedCreditGrantResponse


T = TypeVar("T", bound="InvoiceResponse")


@_attrs_define(init=False, slots=False, eq=False)
class InvoiceResponse:
    """
    Example:
        {'id': '6cedbb5e-4f77-4217-b8d4-020e7e4d33c9', 'sequenceAccountId': '68233908-402a-43b4-8952-1c2ab0ef0b25',
            'billingScheduleId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'billingRunId':
            '9c5fdd27-1f7a-41e7-ab67-14f65272a853', 'status': 'DRAFT', 'currency': 'GBP', 'invoiceNumber': 'INV00001',
            'issueDate': '2022-09-15', 'dueDate': '2022-09-30', 'purchaseOrderNumber': 'PO123', 'reference': 'ref',
            'customerEmails': ['customer.user.a@example.com', 'customer.user.b@example.com'], 'customerLegalCompanyName':
            'Facebook', 'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road', 'town': 'Yemen', 'state':
            'CA', 'postcode': 'YE1 2YE', 'country': 'YE'}, 'customerShippingAddress': {'line1': '742 Evergreen Terrace',
            'town': 'Springfield', 'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks', 'paymentOptions':
            ['BANK_TRANSFER'], 'billingPeriod': {'start': '2022-10-01', 'endInclusive': '2022-10-30'}, 'customerId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'totalTax': '2.50', 'netTotal': '51.20', 'grossTotal': '101.23',
            'metadata': [{'key': 'example-label', 'value': 'label-value'}], 'customerTaxId': 'TAX123', 'paymentStatus':
            'UNPAID', 'createdAt': '2022-10-30T00:00:00Z', 'updatedAt': '2022-10-30T00:00:00Z', 'creditNoteIds':
            ['af60cab3-812d-4250-a051-0fb7133a00c7'], 'linkedServices': [{'externalId': '123', 'externalService': 'Xero',
            'syncTime': '2022-06-28T16:47:00Z', 'externalUrl':
            'https://invoicing.xero.com/view/85e52542-3e54-4f0d-872b-33bba11a0504'}], 'merchantDetails': {'address':
            {'line1': 'The White House', 'line2': '1600 Pennsylvania Avenue', 'town': 'Washington, D.C.', 'state': 'CA',
            'postcode': '20500', 'country': 'US'}, 'phoneNumber': 800001066, 'email': 'finance@example.com', 'taxId':
            'TAX60', 'iban': 'GB33BUKB20201555555555', 'ukAccountDetails': {'sortCode': '000000', 'accountNumber':
            '12345678'}, 'usAchDetails': {'accountNumber': '12345678', 'accountName': 'John Doe', 'bankName': 'Chase',
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
            '123456'}, 'swedishBankgiroDestination': {'bankgiroNumber': '123-4567', 'accountName': 'The Merchant'},
            'logoUrl': 'logo', 'legalCompanyName': 'The Merchant', 'primaryColour': '#000000', 'customFields': [{'key':
            'example-label', 'value': 'label-value'}], 'includeBeneficiaryAddressInPaymentDetails': False},
            'creditBalances': 'Verification 2 credit balance: 7/7 (expiring on 4 May 2023)', 'dunningStatus': 'SCHEDULED',
            'accountingDate': '2022-09-30', 'calculatedAt': '2022-09-30T00:00:00Z', 'customerTaxStatus': 'TAXED',
            'renderSettings': {'paymentLinkDisplay': 'HIDE_PAYMENT_LINK'}, 'isCustomerArchived': False, 'attachmentAssets':
            [{'id': '4b36a61e-425e-4640-aa26-6224c577b613', 'createdBy': '94703530-1293-479b-bd37-ccad42fd9c8b', 'type':
            'DOCUMENT', 'format': 'PDF', 'fileName': 'my-document.pdf', 'fileSizeBytes': 12345, 'url': 'https://assets.seque
            ncehq.com/6cedbb5e-4f77-4217-b8d4-020e7e4d33c9/documents/4B36A61E-425E-4640-AA26-6224C577B613.pdf', 'createdAt':
            '2022-06-28T16:47:00Z'}], 'balance': '1000.00', 'balanceVersion': 0, 'integrationPaymentStatuses': {'stripe':
            'PAID', 'goCardless': 'CANCELLED'}, 'appliedCreditNotes': [{'id': '8f3a5b1e-0c2d-4e6f-8a9b-1c2d3e4f5a6b',
            'creditNoteNumber': 'CN00001', 'netTotal': '41.67', 'totalTax': '8.33', 'grossTotal': '50.00', 'lineItems':
            [{'name': 'Adjustment', 'netTotal': '41.67', 'grossTotal': '50.00', 'invoiceLineItemIds':
            ['2d4f6a8b-1c3e-4f5a-9b7d-8e6f5a4b3c2d']}]}], 'appliedCreditGrants': [{'creditGrantId':
            '0198b2c9-5f41-7c3d-9a8e-2b4c6d8e0f13', 'creditGrantName': 'Q3 prepaid credit', 'amount': '820.00', 'taxAmount':
            '164.00', 'status': 'APPLIED'}], 'projectedCreditGrants': [{'creditGrantId':
            '0198b2c9-5f41-7c3d-9a8e-2b4c6d8e0f13', 'creditGrantName': 'Q3 prepaid credit', 'amount': '30.00'}],
            'paymentAllocations': [{'paymentId': '3f9c1a7d-6b2e-4c8a-9d5f-0e1a2b3c4d5e', 'amount': '50.00', 'allocatedAt':
            '2022-10-30T00:00:00Z', 'paidAt': '2022-10-29T00:00:00Z', 'origin': 'MANUAL'}], 'paymentTermDays': 30,
            'dueDateSource': 'CALCULATED'}

    Attributes:
        id (str): Invoice ID Example: 6cedbb5e-4f77-4217-b8d4-020e7e4d33c9.
        sequence_account_id (str): Sequence Account ID Example: 68233908-402a-43b4-8952-1c2ab0ef0b25.
        status (InvoiceStatus):  Example: DRAFT.
        currency (Currency):  Example: GBP.
        customer_emails (list[str]): Customer email addresses, used for sending the Invoice if provided Example:
            ['customer.user.a@example.com', 'customer.user.b@example.com'].
        customer_legal_company_name (str): Customer's legal company name Example: Facebook.
        customer_billing_address (Address): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town':
            'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        customer_shipping_address (Address): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town':
            'New York', 'state': 'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        customer_id (str): The ID of the Customer this invoice is linked to Example:
            61b083e0-1faa-47ca-9aeb-6205da8f6c47.
        total_tax (str): Total tax, in decimal format of the Invoice's currency Example: 2.50.
        net_total (str): Net total, in decimal format of the Invoice's currency Example: 51.20.
        gross_total (str): Gross total, in decimal format of the Invoice's currency Example: 101.23.
        metadata (list[KeyValuePair]): Mapping of key-value pairs to attach to the Invoice. These are not interpreted by
            Sequence; they are present for your use alone. Example: [{'key': 'example-label', 'value': 'label-value'}].
        payment_status (InvoicePaymentStatus):  Example: UNPAID.
        created_at (datetime.datetime): Creation time Example: 2022-10-30T00:00:00Z.
        updated_at (datetime.datetime): Updated time Example: 2022-10-30T00:00:00Z.
        credit_note_ids (list[str]): IDs of linked credit notes (if any) Example:
            ['af60cab3-812d-4250-a051-0fb7133a00c7'].
        linked_services (list[LinkInfo]): External services which are linked to this invoice Example: [{'externalId':
            '123', 'externalService': 'Xero', 'syncTime': '2022-06-28T16:47:00Z', 'externalUrl':
            'https://invoicing.xero.com/view/85e52542-3e54-4f0d-872b-33bba11a0504'}].
        accounting_date (str): Accounting date Example: 2022-09-30.
        render_settings (InvoiceRenderSettingsInlineAggregate): Settings that control how the invoice is rendered.
            Example: {'paymentLinkDisplay': 'HIDE_PAYMENT_LINK'}.
        is_customer_archived (bool): isCustomerArchived Example: False.
        integration_payment_statuses (IntegrationPaymentStatuses): Payment or sync status per integration service
            Example: {'stripe': 'PAID', 'goCardless': 'CANCELLED'}.
        applied_credit_notes (list[AppliedCreditNoteResponse]): Credit notes applied to this invoice, with per-credit-
            note totals and line items Example: [{'id': '8f3a5b1e-0c2d-4e6f-8a9b-1c2d3e4f5a6b', 'creditNoteNumber':
            'CN00001', 'netTotal': '41.67', 'totalTax': '8.33', 'grossTotal': '50.00', 'lineItems': [{'name': 'Adjustment',
            'netTotal': '41.67', 'grossTotal': '50.00', 'invoiceLineItemIds': ['2d4f6a8b-1c3e-4f5a-9b7d-8e6f5a4b3c2d']}]}].
        applied_credit_grants (list[AppliedCreditGrantResponse]): Credit grants applied to this invoice, with the total
            credit each grant contributed Example: [{'creditGrantId': '0198b2c9-5f41-7c3d-9a8e-2b4c6d8e0f13',
            'creditGrantName': 'Q3 prepaid credit', 'amount': '820.00', 'taxAmount': '164.00', 'status': 'APPLIED'}].
        projected_credit_grants (list[ProjectedCreditGrantResponse]): Credit grants expected to reduce this invoice when
            it is finalised, one row per grant. An estimate that is only locked in at finalisation, and empty once the
            invoice has been finalised. Example: [{'creditGrantId': '0198b2c9-5f41-7c3d-9a8e-2b4c6d8e0f13',
            'creditGrantName': 'Q3 prepaid credit', 'amount': '30.00'}].
        payment_allocations (list[PaymentAllocationResponse]): Payments allocated to this invoice, with per-payment
            amounts and dates Example: [{'paymentId': '3f9c1a7d-6b2e-4c8a-9d5f-0e1a2b3c4d5e', 'amount': '50.00',
            'allocatedAt': '2022-10-30T00:00:00Z', 'paidAt': '2022-10-29T00:00:00Z', 'origin': 'MANUAL'}].
        due_date_source (DueDateSource):  Example: CALCULATED.
        billing_schedule_id (str | None): Billing Schedule ID Example: fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95.
        billing_run_id (str | None): Billing Run ID Example: 9c5fdd27-1f7a-41e7-ab67-14f65272a853.
        invoice_number (str | None): Invoice number Example: INV00001.
        issue_date (str | None): Issue date Example: 2022-09-15.
        due_date (str | None): Due date Example: 2022-09-30.
        purchase_order_number (str | None): Purchase order number Example: PO123.
        reference (str | None): Reference Example: ref.
        memo (str | None): Invoice memo Example: Thanks.
        payment_options (list[InvoicePaymentOption] | None): Invoice payment options Example: ['BANK_TRANSFER'].
        billing_period (InclusiveDateRange | None): Service Period Example: {'start': '2025-10-01', 'endInclusive':
            '2025-10-30'}.
        customer_tax_id (str | None): Customer's tax ID Example: TAX123.
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
        credit_balances (str | None): Credit balances Example: Verification 2 credit balance: 7/7 (expiring on 4 May
            2023).
        dunning_status (InvoiceDunningStatus | None):  Example: SCHEDULED.
        calculated_at (str | None): Time this invoice was last calculated (applicable for invoices generated by billing
            engine only) Example: 2022-09-30T00:00:00Z.
        customer_tax_status (TaxStatus | None):  Example: TAXED.
        attachment_assets (list[AssetResponse] | None): Assets attached to this invoice Example: [{'id':
            '4b36a61e-425e-4640-aa26-6224c577b613', 'createdBy': '94703530-1293-479b-bd37-ccad42fd9c8b', 'type': 'DOCUMENT',
            'format': 'PDF', 'fileName': 'my-document.pdf', 'fileSizeBytes': 12345, 'url': 'https://assets.sequencehq.com/6c
            edbb5e-4f77-4217-b8d4-020e7e4d33c9/documents/4B36A61E-425E-4640-AA26-6224C577B613.pdf', 'createdAt':
            '2022-06-28T16:47:00Z'}].
        balance (str | None): Outstanding amount owed on this invoice Example: 1000.00.
        balance_version (int | None): Ledger version of the balance. Advances each time the balance changes; null when
            the invoice has no ledger balance. Example: 0.
        payment_term_days (int | None): Payment terms in days. The due date is computed from these terms. Example: 30.
    """

    id: str
    sequence_account_id: str
    status: InvoiceStatus
    currency: Currency
    customer_emails: list[str]
    customer_legal_company_name: str
    customer_billing_address: Address
    customer_shipping_address: Address
    customer_id: str
    total_tax: str
    net_total: str
    gross_total: str
    metadata: list[KeyValuePair]
    payment_status: InvoicePaymentStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    credit_note_ids: list[str]
    linked_services: list[LinkInfo]
    accounting_date: str
    render_settings: InvoiceRenderSettingsInlineAggregate
    is_customer_archived: bool
    integration_payment_statuses: IntegrationPaymentStatuses
    applied_credit_notes: list[AppliedCreditNoteResponse]
    applied_credit_grants: list[AppliedCreditGrantResponse]
    projected_credit_grants: list[ProjectedCreditGrantResponse]
    payment_allocations: list[PaymentAllocationResponse]
    due_date_source: DueDateSource
    billing_schedule_id: str | None = ABSENT
    billing_run_id: str | None = ABSENT
    invoice_number: str | None = ABSENT
    issue_date: str | None = ABSENT
    due_date: str | None = ABSENT
    purchase_order_number: str | None = ABSENT
    reference: str | None = ABSENT
    memo: str | None = ABSENT
    payment_options: list[InvoicePaymentOption] | None = ABSENT
    billing_period: InclusiveDateRange | None = ABSENT
    customer_tax_id: str | None = ABSENT
    merchant_details: InvoiceMerchantDetails | None = ABSENT
    credit_balances: str | None = ABSENT
    dunning_status: InvoiceDunningStatus | None = ABSENT
    calculated_at: str | None = ABSENT
    customer_tax_status: TaxStatus | None = ABSENT
    attachment_assets: list[AssetResponse] | None = ABSENT
    balance: str | None = ABSENT
    balance_version: int | None = ABSENT
    payment_term_days: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "billing_schedule_id": 1,
        "billing_run_id": 2,
        "invoice_number": 4,
        "issue_date": 8,
        "due_date": 16,
        "purchase_order_number": 32,
        "reference": 64,
        "memo": 128,
        "payment_options": 256,
        "billing_period": 512,
        "customer_tax_id": 1024,
        "merchant_details": 2048,
        "credit_balances": 4096,
        "dunning_status": 8192,
        "calculated_at": 16384,
        "customer_tax_status": 32768,
        "attachment_assets": 65536,
        "balance": 131072,
        "balance_version": 262144,
        "payment_term_days": 524288,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "billing_schedule_id",
            "billing_run_id",
            "invoice_number",
            "issue_date",
            "due_date",
            "purchase_order_number",
            "reference",
            "memo",
            "payment_options",
            "billing_period",
            "customer_tax_id",
            "merchant_details",
            "credit_balances",
            "dunning_status",
            "calculated_at",
            "customer_tax_status",
            "attachment_assets",
            "balance",
            "balance_version",
            "payment_term_days",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "billing_period",
            "merchant_details",
            "dunning_status",
            "customer_tax_status",
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
            "customer_emails",
            "customer_legal_company_name",
            "customer_billing_address",
            "customer_shipping_address",
            "customer_id",
            "total_tax",
            "net_total",
            "gross_total",
            "metadata",
            "payment_status",
            "created_at",
            "updated_at",
            "credit_note_ids",
            "linked_services",
            "accounting_date",
            "render_settings",
            "is_customer_archived",
            "integration_payment_statuses",
            "applied_credit_notes",
            "applied_credit_grants",
            "projected_credit_grants",
            "payment_allocations",
            "due_date_source",
            "billing_schedule_id",
            "billing_run_id",
            "invoice_number",
            "issue_date",
            "due_date",
            "purchase_order_number",
            "reference",
            "memo",
            "payment_options",
            "billing_period",
            "customer_tax_id",
            "merchant_details",
            "credit_balances",
            "dunning_status",
            "calculated_at",
            "customer_tax_status",
            "attachment_assets",
            "balance",
            "balance_version",
            "payment_term_days",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        sequence_account_id: str,
        status: InvoiceStatus,
        currency: Currency,
        customer_emails: list[str],
        customer_legal_company_name: str,
        customer_billing_address: Address,
        customer_shipping_address: Address,
        customer_id: str,
        total_tax: str,
        net_total: str,
        gross_total: str,
        metadata: list[KeyValuePair],
        payment_status: InvoicePaymentStatus,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        credit_note_ids: list[str],
        linked_services: list[LinkInfo],
        accounting_date: str,
        render_settings: InvoiceRenderSettingsInlineAggregate,
        is_customer_archived: bool,
        integration_payment_statuses: IntegrationPaymentStatuses,
        applied_credit_notes: list[AppliedCreditNoteResponse],
        applied_credit_grants: list[AppliedCreditGrantResponse],
        projected_credit_grants: list[ProjectedCreditGrantResponse],
        payment_allocations: list[PaymentAllocationResponse],
        due_date_source: DueDateSource,
        billing_schedule_id: str | None = ABSENT,
        billing_run_id: str | None = ABSENT,
        invoice_number: str | None = ABSENT,
        issue_date: str | None = ABSENT,
        due_date: str | None = ABSENT,
        purchase_order_number: str | None = ABSENT,
        reference: str | None = ABSENT,
        memo: str | None = ABSENT,
        payment_options: list[InvoicePaymentOption] | None = ABSENT,
        billing_period: InclusiveDateRange | None = ABSENT,
        customer_tax_id: str | None = ABSENT,
        merchant_details: InvoiceMerchantDetails | None = ABSENT,
        credit_balances: str | None = ABSENT,
        dunning_status: InvoiceDunningStatus | None = ABSENT,
        calculated_at: str | None = ABSENT,
        customer_tax_status: TaxStatus | None = ABSENT,
        attachment_assets: list[AssetResponse] | None = ABSENT,
        balance: str | None = ABSENT,
        balance_version: int | None = ABSENT,
        payment_term_days: int | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if billing_schedule_id is ABSENT:
            billing_schedule_id = None
        else:
            _given_ |= 1
        if billing_run_id is ABSENT:
            billing_run_id = None
        else:
            _given_ |= 2
        if invoice_number is ABSENT:
            invoice_number = None
        else:
            _given_ |= 4
        if issue_date is ABSENT:
            issue_date = None
        else:
            _given_ |= 8
        if due_date is ABSENT:
            due_date = None
        else:
            _given_ |= 16
        if purchase_order_number is ABSENT:
            purchase_order_number = None
        else:
            _given_ |= 32
        if reference is ABSENT:
            reference = None
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
        if customer_tax_id is ABSENT:
            customer_tax_id = None
        else:
            _given_ |= 1024
        if merchant_details is ABSENT:
            merchant_details = None
        else:
            _given_ |= 2048
        if credit_balances is ABSENT:
            credit_balances = None
        else:
            _given_ |= 4096
        if dunning_status is ABSENT:
            dunning_status = None
        else:
            _given_ |= 8192
        if calculated_at is ABSENT:
            calculated_at = None
        else:
            _given_ |= 16384
        if customer_tax_status is ABSENT:
            customer_tax_status = None
        else:
            _given_ |= 32768
        if attachment_assets is ABSENT:
            attachment_assets = None
        else:
            _given_ |= 65536
        if balance is ABSENT:
            balance = None
        else:
            _given_ |= 131072
        if balance_version is ABSENT:
            balance_version = None
        else:
            _given_ |= 262144
        if payment_term_days is ABSENT:
            payment_term_days = None
        else:
            _given_ |= 524288
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "sequence_account_id": sequence_account_id,
                "status": status,
                "currency": currency,
                "customer_emails": customer_emails,
                "customer_legal_company_name": customer_legal_company_name,
                "customer_billing_address": customer_billing_address,
                "customer_shipping_address": customer_shipping_address,
                "customer_id": customer_id,
                "total_tax": total_tax,
                "net_total": net_total,
                "gross_total": gross_total,
                "metadata": metadata,
                "payment_status": payment_status,
                "created_at": created_at,
                "updated_at": updated_at,
                "credit_note_ids": credit_note_ids,
                "linked_services": linked_services,
                "accounting_date": accounting_date,
                "render_settings": render_settings,
                "is_customer_archived": is_customer_archived,
                "integration_payment_statuses": integration_payment_statuses,
                "applied_credit_notes": applied_credit_notes,
                "applied_credit_grants": applied_credit_grants,
                "projected_credit_grants": projected_credit_grants,
                "payment_allocations": payment_allocations,
                "due_date_source": due_date_source,
                "billing_schedule_id": billing_schedule_id,
                "billing_run_id": billing_run_id,
                "invoice_number": invoice_number,
                "issue_date": issue_date,
                "due_date": due_date,
                "purchase_order_number": purchase_order_number,
                "reference": reference,
                "memo": memo,
                "payment_options": payment_options,
                "billing_period": billing_period,
                "customer_tax_id": customer_tax_id,
                "merchant_details": merchant_details,
                "credit_balances": credit_balances,
                "dunning_status": dunning_status,
                "calculated_at": calculated_at,
                "customer_tax_status": customer_tax_status,
                "attachment_assets": attachment_assets,
                "balance": balance,
                "balance_version": balance_version,
                "payment_term_days": payment_term_days,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is InvoiceResponse:  # a subclass may add its own
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

        customer_emails = self.customer_emails

        customer_legal_company_name = self.customer_legal_company_name

        customer_billing_address = self.customer_billing_address.to_dict()

        customer_shipping_address = self.customer_shipping_address.to_dict()

        customer_id = self.customer_id

        total_tax = self.total_tax

        net_total = self.net_total

        gross_total = self.gross_total

        metadata = []
        for metadata_item_data in self.metadata:
            metadata_item = metadata_item_data.to_dict()
            metadata.append(metadata_item)

        payment_status = self.payment_status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        credit_note_ids = self.credit_note_ids

        linked_services = []
        for linked_services_item_data in self.linked_services:
            linked_services_item = linked_services_item_data.to_dict()
            linked_services.append(linked_services_item)

        accounting_date = self.accounting_date

        render_settings = self.render_settings.to_dict()

        is_customer_archived = self.is_customer_archived

        integration_payment_statuses = self.integration_payment_statuses.to_dict()

        applied_credit_notes = []
        for applied_credit_notes_item_data in self.applied_credit_notes:
            applied_credit_notes_item = applied_credit_notes_item_data.to_dict()
            applied_credit_notes.append(applied_credit_notes_item)

        applied_credit_grants = []
        for applied_credit_grants_item_data in self.applied_credit_grants:
            applied_credit_grants_item = applied_credit_grants_item_data.to_dict()
            applied_credit_grants.append(applied_credit_grants_item)

        projected_credit_grants = []
        for projected_credit_grants_item_data in self.projected_credit_grants:
            projected_credit_grants_item = projected_credit_grants_item_data.to_dict()
            projected_credit_grants.append(projected_credit_grants_item)

        payment_allocations = []
        for payment_allocations_item_data in self.payment_allocations:
            payment_allocations_item = payment_allocations_item_data.to_dict()
            payment_allocations.append(payment_allocations_item)

        due_date_source = self.due_date_source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sequenceAccountId": sequence_account_id,
                "status": status,
                "currency": currency,
                "customerEmails": customer_emails,
                "customerLegalCompanyName": customer_legal_company_name,
                "customerBillingAddress": customer_billing_address,
                "customerShippingAddress": customer_shipping_address,
                "customerId": customer_id,
                "totalTax": total_tax,
                "netTotal": net_total,
                "grossTotal": gross_total,
                "metadata": metadata,
                "paymentStatus": payment_status,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "creditNoteIds": credit_note_ids,
                "linkedServices": linked_services,
                "accountingDate": accounting_date,
                "renderSettings": render_settings,
                "isCustomerArchived": is_customer_archived,
                "integrationPaymentStatuses": integration_payment_statuses,
                "appliedCreditNotes": applied_credit_notes,
                "appliedCreditGrants": applied_credit_grants,
                "projectedCreditGrants": projected_credit_grants,
                "paymentAllocations": payment_allocations,
                "dueDateSource": due_date_source,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.billing_schedule_id is None:
                field_dict["billingScheduleId"] = None
            else:
                billing_schedule_id: None | str
                billing_schedule_id = self.billing_schedule_id
                field_dict["billingScheduleId"] = billing_schedule_id
        if _given_ & 2:
            if self.billing_run_id is None:
                field_dict["billingRunId"] = None
            else:
                billing_run_id: None | str
                billing_run_id = self.billing_run_id
                field_dict["billingRunId"] = billing_run_id
        if _given_ & 4:
            if self.invoice_number is None:
                field_dict["invoiceNumber"] = None
            else:
                invoice_number: None | str
                invoice_number = self.invoice_number
                field_dict["invoiceNumber"] = invoice_number
        if _given_ & 8:
            if self.issue_date is None:
                field_dict["issueDate"] = None
            else:
                issue_date: None | str
                issue_date = self.issue_date
                field_dict["issueDate"] = issue_date
        if _given_ & 16:
            if self.due_date is None:
                field_dict["dueDate"] = None
            else:
                due_date: None | str
                due_date = self.due_date
                field_dict["dueDate"] = due_date
        if _given_ & 32:
            if self.purchase_order_number is None:
                field_dict["purchaseOrderNumber"] = None
            else:
                purchase_order_number: None | str
                purchase_order_number = self.purchase_order_number
                field_dict["purchaseOrderNumber"] = purchase_order_number
        if _given_ & 64:
            if self.reference is None:
                field_dict["reference"] = None
            else:
                reference: None | str
                reference = self.reference
                field_dict["reference"] = reference
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
            if self.customer_tax_id is None:
                field_dict["customerTaxId"] = None
            else:
                customer_tax_id: None | str
                customer_tax_id = self.customer_tax_id
                field_dict["customerTaxId"] = customer_tax_id
        if _given_ & 2048:
            if self.merchant_details is None:
                field_dict["merchantDetails"] = None
            else:
                merchant_details = self.merchant_details.to_dict()
                field_dict["merchantDetails"] = merchant_details
        if _given_ & 4096:
            if self.credit_balances is None:
                field_dict["creditBalances"] = None
            else:
                credit_balances: None | str
                credit_balances = self.credit_balances
                field_dict["creditBalances"] = credit_balances
        if _given_ & 8192:
            if self.dunning_status is None:
                field_dict["dunningStatus"] = None
            else:
                dunning_status = self.dunning_status.value
                field_dict["dunningStatus"] = dunning_status
        if _given_ & 16384:
            if self.calculated_at is None:
                field_dict["calculatedAt"] = None
            else:
                calculated_at: None | str
                calculated_at = self.calculated_at
                field_dict["calculatedAt"] = calculated_at
        if _given_ & 32768:
            if self.customer_tax_status is None:
                field_dict["customerTaxStatus"] = None
            else:
                customer_tax_status = self.customer_tax_status.value
                field_dict["customerTaxStatus"] = customer_tax_status
        if _given_ & 65536:
            if self.attachment_assets is None:
                field_dict["attachmentAssets"] = None
            else:
                attachment_assets: list[dict[str, Any]] | None
                if isinstance(self.attachment_assets, list):
                    attachment_assets = []
                    for attachment_assets_type_0_item_data in self.attachment_assets:
                        attachment_assets_type_0_item = attachment_assets_type_0_item_data.to_dict()
                        attachment_assets.append(attachment_assets_type_0_item)

                else:
                    attachment_assets = self.attachment_assets
                field_dict["attachmentAssets"] = attachment_assets
        if _given_ & 131072:
            if self.balance is None:
                field_dict["balance"] = None
            else:
                balance: None | str
                balance = self.balance
                field_dict["balance"] = balance
        if _given_ & 262144:
            if self.balance_version is None:
                field_dict["balanceVersion"] = None
            else:
                balance_version: int | None
                balance_version = self.balance_version
                field_dict["balanceVersion"] = balance_version
        if _given_ & 524288:
            if self.payment_term_days is None:
                field_dict["paymentTermDays"] = None
            else:
                payment_term_days: int | None
                payment_term_days = self.payment_term_days
                field_dict["paymentTermDays"] = payment_term_days

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
        from ..models.applied_credit_grant_response import AppliedCreditGrantResponse  # noqa: PLC0415
        from ..models.applied_credit_note_response import AppliedCreditNoteResponse  # noqa: PLC0415
        from ..models.asset_response import AssetResponse  # noqa: PLC0415
        from ..models.inclusive_date_range import InclusiveDateRange  # noqa: PLC0415
        from ..models.integration_payment_statuses import IntegrationPaymentStatuses  # noqa: PLC0415
        from ..models.invoice_merchant_details import InvoiceMerchantDetails  # noqa: PLC0415
        from ..models.invoice_render_settings_inline_aggregate import InvoiceRenderSettingsInlineAggregate  # noqa: PLC0415
        from ..models.key_value_pair import KeyValuePair  # noqa: PLC0415
        from ..models.link_info import LinkInfo  # noqa: PLC0415
        from ..models.payment_allocation_response import PaymentAllocationResponse  # noqa: PLC0415
        from ..models.projected_credit_grant_response import ProjectedCreditGrantResponse  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        sequence_account_id = d.pop("sequenceAccountId")

        status = InvoiceStatus(d.pop("status"))

        currency = Currency(d.pop("currency"))

        customer_emails = cast(list[str], d.pop("customerEmails"))

        customer_legal_company_name = d.pop("customerLegalCompanyName")

        customer_billing_address = Address.from_dict(d.pop("customerBillingAddress"))

        customer_shipping_address = Address.from_dict(d.pop("customerShippingAddress"))

        customer_id = d.pop("customerId")

        total_tax = d.pop("totalTax")

        net_total = d.pop("netTotal")

        gross_total = d.pop("grossTotal")

        metadata = []
        _metadata = d.pop("metadata")
        for metadata_item_data in _metadata:
            metadata_item = KeyValuePair.from_dict(metadata_item_data)

            metadata.append(metadata_item)

        payment_status = InvoicePaymentStatus(d.pop("paymentStatus"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        credit_note_ids = cast(list[str], d.pop("creditNoteIds"))

        linked_services = []
        _linked_services = d.pop("linkedServices")
        for linked_services_item_data in _linked_services:
            linked_services_item = LinkInfo.from_dict(linked_services_item_data)

            linked_services.append(linked_services_item)

        accounting_date = d.pop("accountingDate")

        render_settings = InvoiceRenderSettingsInlineAggregate.from_dict(d.pop("renderSettings"))

        is_customer_archived = d.pop("isCustomerArchived")

        integration_payment_statuses = IntegrationPaymentStatuses.from_dict(d.pop("integrationPaymentStatuses"))

        applied_credit_notes = []
        _applied_credit_notes = d.pop("appliedCreditNotes")
        for applied_credit_notes_item_data in _applied_credit_notes:
            applied_credit_notes_item = AppliedCreditNoteResponse.from_dict(applied_credit_notes_item_data)

            applied_credit_notes.append(applied_credit_notes_item)

        applied_credit_grants = []
        _applied_credit_grants = d.pop("appliedCreditGrants")
        for applied_credit_grants_item_data in _applied_credit_grants:
            applied_credit_grants_item = AppliedCreditGrantResponse.from_dict(applied_credit_grants_item_data)

            applied_credit_grants.append(applied_credit_grants_item)

        projected_credit_grants = []
        _projected_credit_grants = d.pop("projectedCreditGrants")
        for projected_credit_grants_item_data in _projected_credit_grants:
            projected_credit_grants_item = ProjectedCreditGrantResponse.from_dict(projected_credit_grants_item_data)

            projected_credit_grants.append(projected_credit_grants_item)

        payment_allocations = []
        _payment_allocations = d.pop("paymentAllocations")
        for payment_allocations_item_data in _payment_allocations:
            payment_allocations_item = PaymentAllocationResponse.from_dict(payment_allocations_item_data)

            payment_allocations.append(payment_allocations_item)

        due_date_source = DueDateSource(d.pop("dueDateSource"))

        billing_schedule_id_json_ = d.pop("billingScheduleId", ABSENT)
        billing_schedule_id: str | None
        if billing_schedule_id_json_ is ABSENT:
            billing_schedule_id = None
        else:
            _given_ |= 1

            def _parse_billing_schedule_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            billing_schedule_id = _parse_billing_schedule_id(billing_schedule_id_json_)

        billing_run_id_json_ = d.pop("billingRunId", ABSENT)
        billing_run_id: str | None
        if billing_run_id_json_ is ABSENT:
            billing_run_id = None
        else:
            _given_ |= 2

            def _parse_billing_run_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            billing_run_id = _parse_billing_run_id(billing_run_id_json_)

        invoice_number_json_ = d.pop("invoiceNumber", ABSENT)
        invoice_number: str | None
        if invoice_number_json_ is ABSENT:
            invoice_number = None
        else:
            _given_ |= 4

            def _parse_invoice_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            invoice_number = _parse_invoice_number(invoice_number_json_)

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

        due_date_json_ = d.pop("dueDate", ABSENT)
        due_date: str | None
        if due_date_json_ is ABSENT:
            due_date = None
        else:
            _given_ |= 16

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
            _given_ |= 32

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
            _given_ |= 64

            def _parse_reference(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            reference = _parse_reference(reference_json_)

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

        merchant_details_json_ = d.pop("merchantDetails", ABSENT)
        merchant_details: InvoiceMerchantDetails | None
        if merchant_details_json_ is ABSENT:
            merchant_details = None
        else:
            _given_ |= 2048
            merchant_details = InvoiceMerchantDetails.from_dict(merchant_details_json_)

        credit_balances_json_ = d.pop("creditBalances", ABSENT)
        credit_balances: str | None
        if credit_balances_json_ is ABSENT:
            credit_balances = None
        else:
            _given_ |= 4096

            def _parse_credit_balances(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            credit_balances = _parse_credit_balances(credit_balances_json_)

        dunning_status_json_ = d.pop("dunningStatus", ABSENT)
        dunning_status: InvoiceDunningStatus | None
        if dunning_status_json_ is ABSENT:
            dunning_status = None
        else:
            _given_ |= 8192
            dunning_status = InvoiceDunningStatus(dunning_status_json_)

        calculated_at_json_ = d.pop("calculatedAt", ABSENT)
        calculated_at: str | None
        if calculated_at_json_ is ABSENT:
            calculated_at = None
        else:
            _given_ |= 16384

            def _parse_calculated_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            calculated_at = _parse_calculated_at(calculated_at_json_)

        customer_tax_status_json_ = d.pop("customerTaxStatus", ABSENT)
        customer_tax_status: TaxStatus | None
        if customer_tax_status_json_ is ABSENT:
            customer_tax_status = None
        else:
            _given_ |= 32768
            customer_tax_status = TaxStatus(customer_tax_status_json_)

        attachment_assets_json_ = d.pop("attachmentAssets", ABSENT)
        attachment_assets: list[AssetResponse] | None
        if attachment_assets_json_ is ABSENT:
            attachment_assets = None
        else:
            _given_ |= 65536

            def _parse_attachment_assets(data: object) -> list[AssetResponse] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    attachment_assets_type_0 = []
                    _attachment_assets_type_0 = data
                    for attachment_assets_type_0_item_data in _attachment_assets_type_0:
                        attachment_assets_type_0_item = AssetResponse.from_dict(attachment_assets_type_0_item_data)

                        attachment_assets_type_0.append(attachment_assets_type_0_item)

                    return attachment_assets_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AssetResponse] | None, data)

            attachment_assets = _parse_attachment_assets(attachment_assets_json_)

        balance_json_ = d.pop("balance", ABSENT)
        balance: str | None
        if balance_json_ is ABSENT:
            balance = None
        else:
            _given_ |= 131072

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
            _given_ |= 262144

            def _parse_balance_version(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            balance_version = _parse_balance_version(balance_version_json_)

        payment_term_days_json_ = d.pop("paymentTermDays", ABSENT)
        payment_term_days: int | None
        if payment_term_days_json_ is ABSENT:
            payment_term_days = None
        else:
            _given_ |= 524288

            def _parse_payment_term_days(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            payment_term_days = _parse_payment_term_days(payment_term_days_json_)

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
                "customer_emails": customer_emails,
                "customer_legal_company_name": customer_legal_company_name,
                "customer_billing_address": customer_billing_address,
                "customer_shipping_address": customer_shipping_address,
                "customer_id": customer_id,
                "total_tax": total_tax,
                "net_total": net_total,
                "gross_total": gross_total,
                "metadata": metadata,
                "payment_status": payment_status,
                "created_at": created_at,
                "updated_at": updated_at,
                "credit_note_ids": credit_note_ids,
                "linked_services": linked_services,
                "accounting_date": accounting_date,
                "render_settings": render_settings,
                "is_customer_archived": is_customer_archived,
                "integration_payment_statuses": integration_payment_statuses,
                "applied_credit_notes": applied_credit_notes,
                "applied_credit_grants": applied_credit_grants,
                "projected_credit_grants": projected_credit_grants,
                "payment_allocations": payment_allocations,
                "due_date_source": due_date_source,
                "billing_schedule_id": billing_schedule_id,
                "billing_run_id": billing_run_id,
                "invoice_number": invoice_number,
                "issue_date": issue_date,
                "due_date": due_date,
                "purchase_order_number": purchase_order_number,
                "reference": reference,
                "memo": memo,
                "payment_options": payment_options,
                "billing_period": billing_period,
                "customer_tax_id": customer_tax_id,
                "merchant_details": merchant_details,
                "credit_balances": credit_balances,
                "dunning_status": dunning_status,
                "calculated_at": calculated_at,
                "customer_tax_status": customer_tax_status,
                "attachment_assets": attachment_assets,
                "balance": balance,
                "balance_version": balance_version,
                "payment_term_days": payment_term_days,
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
