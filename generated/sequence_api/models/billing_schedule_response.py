from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_billing_schedule_status import ApiBillingScheduleStatus
from ..models.payment_provider import PaymentProvider
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.asset_response import AssetResponse
    from ..models.billing_schedule_response_custom_fields import BillingScheduleResponseCustomFields
    from ..models.integration_id import IntegrationId
    from ..models.phase import Phase
    from ..models.price_response import PriceResponse
    from ..models.product_tax_rate_representation import ProductTaxRateRepresentation


T = TypeVar("T", bound="BillingScheduleResponse")


@_attrs_define(init=False, slots=False, eq=False)
class BillingScheduleResponse:
    """
    Example:
        {'id': 'b102e007-f5d7-4b1a-8a1d-9a51135ae73b', 'customerId': 'cca32597-b6b0-4499-9669-128aef8702e4', 'status':
            'ACTIVE', 'startDate': '2022-01-01', 'endDate': '2022-12-01', 'taxRates': [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId': '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}],
            'firstBillingDate': '2022-02-02', 'autoIssueInvoices': False, 'purchaseOrderNumber': 'PO123', 'reference':
            'ref', 'label': 'label', 'recurrenceDayOfMonth': 1, 'prices': [{'id': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730',
            'productId': 'f409d651-c475-4142-aafd-a5d2bd74d4f9', 'name': 'Demo Product', 'currency': 'GBP', 'structure':
            {'pricePerUnit': '0.25', 'usageMetricId': '04c62961-04ba-48e6-b985-758bb7d3e712', 'isPricePercentage': False,
            'pricingType': 'LINEAR'}, 'billingFrequency': 'MONTHLY', 'billingType': 'IN_ARREARS', 'createdAt':
            '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z', 'integrationIds': [{'service': 'Xero', 'id': '123',
            'isPending': False}], 'customMetricParameters': [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b',
            'value': '10'}], 'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100', 'usageCalculationPeriod': {'frequency':
            'MONTHLY', 'interval': 1}, 'status': 'ACTIVE'}], 'createdAt': '2022-06-28T16:47:00Z', 'updatedAt':
            '2022-06-28T16:47:00Z', 'lastInvoiceId': 'bdbf78a5-b007-4d46-aa7d-d0417a649d64', 'phases': [{'id':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'name': 'Onboarding', 'externalContractRef': 'ACME-2022-MSA',
            'createdAt': '2022-06-28T16:47:00Z', 'billingScheduleId': 'b102e007-f5d7-4b1a-8a1d-9a51135ae73b', 'priceIds':
            ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'startDate': '2022-01-01', 'endDate': '2022-06-30', 'discounts':
            [{'id': '4451f62c-0c1f-491c-aeb2-9eb41b28149c', 'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'],
            'type': 'PERCENTAGE', 'amount': 15, 'message': '15% Discount', 'separateLineItem': True, 'seatDiscountType':
            'ALL_SEATS'}], 'minimums': [{'id': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'sequenceAccountId':
            'c4602d51-0fb4-4b48-b689-6ba28f540d1e', 'billingScheduleId': 'b102e007-f5d7-4b1a-8a1d-9a51135ae73b', 'phaseId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'amount': 100, 'restrictToPrices':
            ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'createdAt': '2022-06-28T16:47:00Z', 'updatedAt':
            '2022-06-28T16:47:00Z'}], 'creditGrants': [{'id': '0199ca8a-e7e8-73b3-bd69-a316a23231a0', 'name': 'Monthly usage
            credits', 'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100, 'costOfCredit': 0, 'taxRateId':
            '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'grantRefreshFrequency': 'MONTHLY', 'rolloverMode': 'NONE',
            'restrictToPrices': ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8',
            'arrCalculation': 'INCLUDE'}]}], 'archivedAt': '2022-06-28T16:47:00Z', 'rollUpBilling': False, 'integrationIds':
            [{'service': 'Salesforce', 'id': 'a0CQy00000Ipz5VMAR', 'lastSynced': '2024-08-14T17:14:17Z', 'url':
            'https://sequence-b-dev-
            ed.develop.my.salesforce.com/lightning/r/sequence__Billing_Schedule__c/a0CQy00000Ipz5VMAR/view', 'isPending':
            False}], 'attachmentAssets': [{'id': 'e007e884-5100-4183-8355-4771865cb4dd', 'createdBy':
            '94703530-1293-479b-bd37-ccad42fd9c8b', 'type': 'IMAGE', 'format': 'PNG', 'fileName': 'my-image.png',
            'fileSizeBytes': 12345, 'url': 'https://assets.sequencehq.com/018f9ad5-4192-76d7-aea5-
            d80a9018eded/images/e007e884-5100-4183-8355-4771865cb4dd.png', 'createdAt': '2022-06-28T16:47:00Z'}],
            'contractId': '0194d091-f65b-7b98-b75f-a923aa0f5b1a', 'defaultDueDateDays': 30, 'memo': 'Example Billing
            Schedule', 'customFields': {'key': 'value'}, 'paymentProvider': 'STRIPE', 'autoCharge': True}

    Attributes:
        id (str): Billing Schedule ID Example: b102e007-f5d7-4b1a-8a1d-9a51135ae73b.
        customer_id (str): Customer ID Example: cca32597-b6b0-4499-9669-128aef8702e4.
        status (ApiBillingScheduleStatus):  Example: ACTIVE.
        start_date (str): Start date Example: 2022-01-01.
        auto_issue_invoices (bool): If true, invoices will be automatically sent for this billing schedule Example:
            False.
        prices (list[PriceResponse]): Prices Example: [{'id': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'productId':
            'f409d651-c475-4142-aafd-a5d2bd74d4f9', 'name': 'Demo Product', 'currency': 'GBP', 'structure': {'pricePerUnit':
            '0.25', 'usageMetricId': '04c62961-04ba-48e6-b985-758bb7d3e712', 'isPricePercentage': False, 'pricingType':
            'LINEAR'}, 'billingFrequency': 'MONTHLY', 'billingType': 'IN_ARREARS', 'createdAt': '2022-06-28T16:47:00Z',
            'updatedAt': '2022-06-28T16:47:00Z', 'integrationIds': [{'service': 'Xero', 'id': '123', 'isPending': False}],
            'customMetricParameters': [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b', 'value': '10'}],
            'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100', 'usageCalculationPeriod': {'frequency': 'MONTHLY',
            'interval': 1}, 'status': 'ACTIVE'}].
        created_at (datetime.datetime): Time at which the schedule was initially created, in ISO 8601 format. Example:
            2022-06-28T16:47:00Z.
        updated_at (datetime.datetime): Time at which the schedule was last updated, in ISO 8601 format. Example:
            2022-06-28T16:47:00Z.
        phases (list[Phase]): Phases Example: [{'id': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'name': 'Onboarding',
            'externalContractRef': 'ACME-2022-MSA', 'createdAt': '2022-06-28T16:47:00Z', 'billingScheduleId':
            'b102e007-f5d7-4b1a-8a1d-9a51135ae73b', 'priceIds': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'startDate':
            '2022-01-01', 'endDate': '2022-06-30', 'discounts': [{'id': '4451f62c-0c1f-491c-aeb2-9eb41b28149c',
            'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'type': 'PERCENTAGE', 'amount': 15, 'message':
            '15% Discount', 'separateLineItem': True, 'seatDiscountType': 'ALL_SEATS'}], 'minimums': [{'id':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'sequenceAccountId': 'c4602d51-0fb4-4b48-b689-6ba28f540d1e',
            'billingScheduleId': 'b102e007-f5d7-4b1a-8a1d-9a51135ae73b', 'phaseId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8',
            'amount': 100, 'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'createdAt':
            '2022-06-28T16:47:00Z', 'updatedAt': '2022-06-28T16:47:00Z'}], 'creditGrants': [{'id':
            '0199ca8a-e7e8-73b3-bd69-a316a23231a0', 'name': 'Monthly usage credits', 'creditUnitType': 'CURRENCY',
            'currency': 'GBP', 'amount': 100, 'costOfCredit': 0, 'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c',
            'grantRefreshFrequency': 'MONTHLY', 'rolloverMode': 'NONE', 'restrictToPrices':
            ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}], 'recurrencePreference': 'CONTINUE_FROM_PREVIOUS_PHASE',
            'phasePriceMetadata': [{'priceId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}]}].
        roll_up_billing (bool): Roll up billing Example: False.
        integration_ids (list[IntegrationId]): External services which are linked to this customer Example: [{'service':
            'Salesforce', 'id': 'a0CQy00000Ipz5VMAR', 'lastSynced': '2024-08-14T17:14:17Z', 'url': 'https://sequence-b-dev-
            ed.develop.my.salesforce.com/lightning/r/sequence__Billing_Schedule__c/a0CQy00000Ipz5VMAR/view', 'isPending':
            False}].
        attachment_assets (list[AssetResponse]): Assets attached to this billing schedule Example: [{'id':
            'e007e884-5100-4183-8355-4771865cb4dd', 'createdBy': '94703530-1293-479b-bd37-ccad42fd9c8b', 'type': 'IMAGE',
            'format': 'PNG', 'fileName': 'my-image.png', 'fileSizeBytes': 12345, 'url': 'https://assets.sequencehq.com/018f9
            ad5-4192-76d7-aea5-d80a9018eded/images/e007e884-5100-4183-8355-4771865cb4dd.png', 'createdAt':
            '2022-06-28T16:47:00Z'}].
        custom_fields (BillingScheduleResponseCustomFields): Custom key-value fields for this billing schedule Example:
            {'key': 'value'}.
        end_date (str | None): End date Example: 2022-12-01.
        tax_rates (list[ProductTaxRateRepresentation] | None): Tax Rate for each Product Example: [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId': '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}].
        first_billing_date (str | None): First billing date Example: 2022-02-02.
        purchase_order_number (str | None): Optional purchase order number to be added to invoices Example: PO123.
        reference (str | None): Optional reference to be added to invoices Example: ref.
        label (str | None): Optional label Example: label.
        recurrence_day_of_month (int | None): The day of the month on which billing recurs Example: 1.
        last_invoice_id (str | None): ID of the last invoice (if there has been one) Example:
            bdbf78a5-b007-4d46-aa7d-d0417a649d64.
        archived_at (datetime.datetime | None): Time at which the schedule was archived, in ISO 8601 format. Example:
            2022-06-28T16:47:00Z.
        contract_id (str | None): Optional ID of the contract used to create this billing schedule Example:
            0194d091-f65b-7b98-b75f-a923aa0f5b1a.
        default_due_date_days (int | None): Default number of days between invoice issue date and due date Example: 30.
        memo (str | None): Billing schedule memo Example: Example Billing Schedule.
        payment_provider (PaymentProvider | None):  Example: STRIPE.
        auto_charge (bool | None): Whether invoices for this billing schedule are automatically charged Example: True.
    """

    id: str
    customer_id: str
    status: ApiBillingScheduleStatus
    start_date: str
    auto_issue_invoices: bool
    prices: list[PriceResponse]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    phases: list[Phase]
    roll_up_billing: bool
    integration_ids: list[IntegrationId]
    attachment_assets: list[AssetResponse]
    custom_fields: BillingScheduleResponseCustomFields
    end_date: str | None = ABSENT
    tax_rates: list[ProductTaxRateRepresentation] | None = ABSENT
    first_billing_date: str | None = ABSENT
    purchase_order_number: str | None = ABSENT
    reference: str | None = ABSENT
    label: str | None = ABSENT
    recurrence_day_of_month: int | None = ABSENT
    last_invoice_id: str | None = ABSENT
    archived_at: datetime.datetime | None = ABSENT
    contract_id: str | None = ABSENT
    default_due_date_days: int | None = ABSENT
    memo: str | None = ABSENT
    payment_provider: PaymentProvider | None = ABSENT
    auto_charge: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "end_date": 1,
        "tax_rates": 2,
        "first_billing_date": 4,
        "purchase_order_number": 8,
        "reference": 16,
        "label": 32,
        "recurrence_day_of_month": 64,
        "last_invoice_id": 128,
        "archived_at": 256,
        "contract_id": 512,
        "default_due_date_days": 1024,
        "memo": 2048,
        "payment_provider": 4096,
        "auto_charge": 8192,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "end_date",
            "tax_rates",
            "first_billing_date",
            "purchase_order_number",
            "reference",
            "label",
            "recurrence_day_of_month",
            "last_invoice_id",
            "archived_at",
            "contract_id",
            "default_due_date_days",
            "memo",
            "payment_provider",
            "auto_charge",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "payment_provider",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "customer_id",
            "status",
            "start_date",
            "auto_issue_invoices",
            "prices",
            "created_at",
            "updated_at",
            "phases",
            "roll_up_billing",
            "integration_ids",
            "attachment_assets",
            "custom_fields",
            "end_date",
            "tax_rates",
            "first_billing_date",
            "purchase_order_number",
            "reference",
            "label",
            "recurrence_day_of_month",
            "last_invoice_id",
            "archived_at",
            "contract_id",
            "default_due_date_days",
            "memo",
            "payment_provider",
            "auto_charge",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        customer_id: str,
        status: ApiBillingScheduleStatus,
        start_date: str,
        auto_issue_invoices: bool,
        prices: list[PriceResponse],
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        phases: list[Phase],
        roll_up_billing: bool,
        integration_ids: list[IntegrationId],
        attachment_assets: list[AssetResponse],
        custom_fields: BillingScheduleResponseCustomFields,
        end_date: str | None = ABSENT,
        tax_rates: list[ProductTaxRateRepresentation] | None = ABSENT,
        first_billing_date: str | None = ABSENT,
        purchase_order_number: str | None = ABSENT,
        reference: str | None = ABSENT,
        label: str | None = ABSENT,
        recurrence_day_of_month: int | None = ABSENT,
        last_invoice_id: str | None = ABSENT,
        archived_at: datetime.datetime | None = ABSENT,
        contract_id: str | None = ABSENT,
        default_due_date_days: int | None = ABSENT,
        memo: str | None = ABSENT,
        payment_provider: PaymentProvider | None = ABSENT,
        auto_charge: bool | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if end_date is ABSENT:
            end_date = None
        else:
            _given_ |= 1
        if tax_rates is ABSENT:
            tax_rates = None
        else:
            _given_ |= 2
        if first_billing_date is ABSENT:
            first_billing_date = None
        else:
            _given_ |= 4
        if purchase_order_number is ABSENT:
            purchase_order_number = None
        else:
            _given_ |= 8
        if reference is ABSENT:
            reference = None
        else:
            _given_ |= 16
        if label is ABSENT:
            label = None
        else:
            _given_ |= 32
        if recurrence_day_of_month is ABSENT:
            recurrence_day_of_month = None
        else:
            _given_ |= 64
        if last_invoice_id is ABSENT:
            last_invoice_id = None
        else:
            _given_ |= 128
        if archived_at is ABSENT:
            archived_at = None
        else:
            _given_ |= 256
        if contract_id is ABSENT:
            contract_id = None
        else:
            _given_ |= 512
        if default_due_date_days is ABSENT:
            default_due_date_days = None
        else:
            _given_ |= 1024
        if memo is ABSENT:
            memo = None
        else:
            _given_ |= 2048
        if payment_provider is ABSENT:
            payment_provider = None
        else:
            _given_ |= 4096
        if auto_charge is ABSENT:
            auto_charge = None
        else:
            _given_ |= 8192
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "customer_id": customer_id,
                "status": status,
                "start_date": start_date,
                "auto_issue_invoices": auto_issue_invoices,
                "prices": prices,
                "created_at": created_at,
                "updated_at": updated_at,
                "phases": phases,
                "roll_up_billing": roll_up_billing,
                "integration_ids": integration_ids,
                "attachment_assets": attachment_assets,
                "custom_fields": custom_fields,
                "end_date": end_date,
                "tax_rates": tax_rates,
                "first_billing_date": first_billing_date,
                "purchase_order_number": purchase_order_number,
                "reference": reference,
                "label": label,
                "recurrence_day_of_month": recurrence_day_of_month,
                "last_invoice_id": last_invoice_id,
                "archived_at": archived_at,
                "contract_id": contract_id,
                "default_due_date_days": default_due_date_days,
                "memo": memo,
                "payment_provider": payment_provider,
                "auto_charge": auto_charge,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is BillingScheduleResponse:  # a subclass may add its own
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

        customer_id = self.customer_id

        status = self.status.value

        start_date = self.start_date

        auto_issue_invoices = self.auto_issue_invoices

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        roll_up_billing = self.roll_up_billing

        integration_ids = []
        for integration_ids_item_data in self.integration_ids:
            integration_ids_item = integration_ids_item_data.to_dict()
            integration_ids.append(integration_ids_item)

        attachment_assets = []
        for attachment_assets_item_data in self.attachment_assets:
            attachment_assets_item = attachment_assets_item_data.to_dict()
            attachment_assets.append(attachment_assets_item)

        custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customerId": customer_id,
                "status": status,
                "startDate": start_date,
                "autoIssueInvoices": auto_issue_invoices,
                "prices": prices,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "phases": phases,
                "rollUpBilling": roll_up_billing,
                "integrationIds": integration_ids,
                "attachmentAssets": attachment_assets,
                "customFields": custom_fields,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.end_date is None:
                field_dict["endDate"] = None
            else:
                end_date: None | str
                end_date = self.end_date
                field_dict["endDate"] = end_date
        if _given_ & 2:
            if self.tax_rates is None:
                field_dict["taxRates"] = None
            else:
                tax_rates: list[dict[str, Any]] | None
                if isinstance(self.tax_rates, list):
                    tax_rates = []
                    for tax_rates_type_0_item_data in self.tax_rates:
                        tax_rates_type_0_item = tax_rates_type_0_item_data.to_dict()
                        tax_rates.append(tax_rates_type_0_item)

                else:
                    tax_rates = self.tax_rates
                field_dict["taxRates"] = tax_rates
        if _given_ & 4:
            if self.first_billing_date is None:
                field_dict["firstBillingDate"] = None
            else:
                first_billing_date: None | str
                first_billing_date = self.first_billing_date
                field_dict["firstBillingDate"] = first_billing_date
        if _given_ & 8:
            if self.purchase_order_number is None:
                field_dict["purchaseOrderNumber"] = None
            else:
                purchase_order_number: None | str
                purchase_order_number = self.purchase_order_number
                field_dict["purchaseOrderNumber"] = purchase_order_number
        if _given_ & 16:
            if self.reference is None:
                field_dict["reference"] = None
            else:
                reference: None | str
                reference = self.reference
                field_dict["reference"] = reference
        if _given_ & 32:
            if self.label is None:
                field_dict["label"] = None
            else:
                label: None | str
                label = self.label
                field_dict["label"] = label
        if _given_ & 64:
            if self.recurrence_day_of_month is None:
                field_dict["recurrenceDayOfMonth"] = None
            else:
                recurrence_day_of_month: int | None
                recurrence_day_of_month = self.recurrence_day_of_month
                field_dict["recurrenceDayOfMonth"] = recurrence_day_of_month
        if _given_ & 128:
            if self.last_invoice_id is None:
                field_dict["lastInvoiceId"] = None
            else:
                last_invoice_id: None | str
                last_invoice_id = self.last_invoice_id
                field_dict["lastInvoiceId"] = last_invoice_id
        if _given_ & 256:
            if self.archived_at is None:
                field_dict["archivedAt"] = None
            else:
                archived_at: None | str
                if isinstance(self.archived_at, datetime.datetime):
                    archived_at = self.archived_at.isoformat()
                else:
                    archived_at = self.archived_at
                field_dict["archivedAt"] = archived_at
        if _given_ & 512:
            if self.contract_id is None:
                field_dict["contractId"] = None
            else:
                contract_id: None | str
                contract_id = self.contract_id
                field_dict["contractId"] = contract_id
        if _given_ & 1024:
            if self.default_due_date_days is None:
                field_dict["defaultDueDateDays"] = None
            else:
                default_due_date_days: int | None
                default_due_date_days = self.default_due_date_days
                field_dict["defaultDueDateDays"] = default_due_date_days
        if _given_ & 2048:
            if self.memo is None:
                field_dict["memo"] = None
            else:
                memo: None | str
                memo = self.memo
                field_dict["memo"] = memo
        if _given_ & 4096:
            if self.payment_provider is None:
                field_dict["paymentProvider"] = None
            else:
                payment_provider = self.payment_provider.value
                field_dict["paymentProvider"] = payment_provider
        if _given_ & 8192:
            if self.auto_charge is None:
                field_dict["autoCharge"] = None
            else:
                auto_charge: bool | None
                auto_charge = self.auto_charge
                field_dict["autoCharge"] = auto_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.asset_response import AssetResponse  # noqa: PLC0415
        from ..models.billing_schedule_response_custom_fields import BillingScheduleResponseCustomFields  # noqa: PLC0415
        from ..models.integration_id import IntegrationId  # noqa: PLC0415
        from ..models.phase import Phase  # noqa: PLC0415
        from ..models.price_response import PriceResponse  # noqa: PLC0415
        from ..models.product_tax_rate_representation import ProductTaxRateRepresentation  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        customer_id = d.pop("customerId")

        status = ApiBillingScheduleStatus(d.pop("status"))

        start_date = d.pop("startDate")

        auto_issue_invoices = d.pop("autoIssueInvoices")

        prices = []
        _prices = d.pop("prices")
        for prices_item_data in _prices:
            prices_item = PriceResponse.from_dict(prices_item_data)

            prices.append(prices_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in _phases:
            phases_item = Phase.from_dict(phases_item_data)

            phases.append(phases_item)

        roll_up_billing = d.pop("rollUpBilling")

        integration_ids = []
        _integration_ids = d.pop("integrationIds")
        for integration_ids_item_data in _integration_ids:
            integration_ids_item = IntegrationId.from_dict(integration_ids_item_data)

            integration_ids.append(integration_ids_item)

        attachment_assets = []
        _attachment_assets = d.pop("attachmentAssets")
        for attachment_assets_item_data in _attachment_assets:
            attachment_assets_item = AssetResponse.from_dict(attachment_assets_item_data)

            attachment_assets.append(attachment_assets_item)

        custom_fields = BillingScheduleResponseCustomFields.from_dict(d.pop("customFields"))

        end_date_json_ = d.pop("endDate", ABSENT)
        end_date: str | None
        if end_date_json_ is ABSENT:
            end_date = None
        else:
            _given_ |= 1

            def _parse_end_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            end_date = _parse_end_date(end_date_json_)

        tax_rates_json_ = d.pop("taxRates", ABSENT)
        tax_rates: list[ProductTaxRateRepresentation] | None
        if tax_rates_json_ is ABSENT:
            tax_rates = None
        else:
            _given_ |= 2

            def _parse_tax_rates(data: object) -> list[ProductTaxRateRepresentation] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tax_rates_type_0 = []
                    _tax_rates_type_0 = data
                    for tax_rates_type_0_item_data in _tax_rates_type_0:
                        tax_rates_type_0_item = ProductTaxRateRepresentation.from_dict(tax_rates_type_0_item_data)

                        tax_rates_type_0.append(tax_rates_type_0_item)

                    return tax_rates_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ProductTaxRateRepresentation] | None, data)

            tax_rates = _parse_tax_rates(tax_rates_json_)

        first_billing_date_json_ = d.pop("firstBillingDate", ABSENT)
        first_billing_date: str | None
        if first_billing_date_json_ is ABSENT:
            first_billing_date = None
        else:
            _given_ |= 4

            def _parse_first_billing_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            first_billing_date = _parse_first_billing_date(first_billing_date_json_)

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

        reference_json_ = d.pop("reference", ABSENT)
        reference: str | None
        if reference_json_ is ABSENT:
            reference = None
        else:
            _given_ |= 16

            def _parse_reference(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            reference = _parse_reference(reference_json_)

        label_json_ = d.pop("label", ABSENT)
        label: str | None
        if label_json_ is ABSENT:
            label = None
        else:
            _given_ |= 32

            def _parse_label(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            label = _parse_label(label_json_)

        recurrence_day_of_month_json_ = d.pop("recurrenceDayOfMonth", ABSENT)
        recurrence_day_of_month: int | None
        if recurrence_day_of_month_json_ is ABSENT:
            recurrence_day_of_month = None
        else:
            _given_ |= 64

            def _parse_recurrence_day_of_month(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            recurrence_day_of_month = _parse_recurrence_day_of_month(recurrence_day_of_month_json_)

        last_invoice_id_json_ = d.pop("lastInvoiceId", ABSENT)
        last_invoice_id: str | None
        if last_invoice_id_json_ is ABSENT:
            last_invoice_id = None
        else:
            _given_ |= 128

            def _parse_last_invoice_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            last_invoice_id = _parse_last_invoice_id(last_invoice_id_json_)

        archived_at_json_ = d.pop("archivedAt", ABSENT)
        archived_at: datetime.datetime | None
        if archived_at_json_ is ABSENT:
            archived_at = None
        else:
            _given_ |= 256

            def _parse_archived_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    archived_at_type_0 = datetime.datetime.fromisoformat(data)

                    return archived_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            archived_at = _parse_archived_at(archived_at_json_)

        contract_id_json_ = d.pop("contractId", ABSENT)
        contract_id: str | None
        if contract_id_json_ is ABSENT:
            contract_id = None
        else:
            _given_ |= 512

            def _parse_contract_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            contract_id = _parse_contract_id(contract_id_json_)

        default_due_date_days_json_ = d.pop("defaultDueDateDays", ABSENT)
        default_due_date_days: int | None
        if default_due_date_days_json_ is ABSENT:
            default_due_date_days = None
        else:
            _given_ |= 1024

            def _parse_default_due_date_days(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            default_due_date_days = _parse_default_due_date_days(default_due_date_days_json_)

        memo_json_ = d.pop("memo", ABSENT)
        memo: str | None
        if memo_json_ is ABSENT:
            memo = None
        else:
            _given_ |= 2048

            def _parse_memo(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            memo = _parse_memo(memo_json_)

        payment_provider_json_ = d.pop("paymentProvider", ABSENT)
        payment_provider: PaymentProvider | None
        if payment_provider_json_ is ABSENT:
            payment_provider = None
        else:
            _given_ |= 4096
            payment_provider = PaymentProvider(payment_provider_json_)

        auto_charge_json_ = d.pop("autoCharge", ABSENT)
        auto_charge: bool | None
        if auto_charge_json_ is ABSENT:
            auto_charge = None
        else:
            _given_ |= 8192

            def _parse_auto_charge(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            auto_charge = _parse_auto_charge(auto_charge_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "customer_id": customer_id,
                "status": status,
                "start_date": start_date,
                "auto_issue_invoices": auto_issue_invoices,
                "prices": prices,
                "created_at": created_at,
                "updated_at": updated_at,
                "phases": phases,
                "roll_up_billing": roll_up_billing,
                "integration_ids": integration_ids,
                "attachment_assets": attachment_assets,
                "custom_fields": custom_fields,
                "end_date": end_date,
                "tax_rates": tax_rates,
                "first_billing_date": first_billing_date,
                "purchase_order_number": purchase_order_number,
                "reference": reference,
                "label": label,
                "recurrence_day_of_month": recurrence_day_of_month,
                "last_invoice_id": last_invoice_id,
                "archived_at": archived_at,
                "contract_id": contract_id,
                "default_due_date_days": default_due_date_days,
                "memo": memo,
                "payment_provider": payment_provider,
                "auto_charge": auto_charge,
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
