from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_billing_schedule_status import ApiBillingScheduleStatus
from ..models.payment_provider import PaymentProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_response import AssetResponse
    from ..models.billing_schedule_response_custom_fields import BillingScheduleResponseCustomFields
    from ..models.integration_id import IntegrationId
    from ..models.phase import Phase
    from ..models.price_response import PriceResponse
    from ..models.product_tax_rate_representation import ProductTaxRateRepresentation


T = TypeVar("T", bound="BillingScheduleResponse")


@_attrs_define
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
        end_date (None | str | Unset): End date Example: 2022-12-01.
        tax_rates (list[ProductTaxRateRepresentation] | None | Unset): Tax Rate for each Product Example: [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId': '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}].
        first_billing_date (None | str | Unset): First billing date Example: 2022-02-02.
        purchase_order_number (None | str | Unset): Optional purchase order number to be added to invoices Example:
            PO123.
        reference (None | str | Unset): Optional reference to be added to invoices Example: ref.
        label (None | str | Unset): Optional label Example: label.
        recurrence_day_of_month (int | None | Unset): The day of the month on which billing recurs Example: 1.
        last_invoice_id (None | str | Unset): ID of the last invoice (if there has been one) Example:
            bdbf78a5-b007-4d46-aa7d-d0417a649d64.
        archived_at (datetime.datetime | None | Unset): Time at which the schedule was archived, in ISO 8601 format.
            Example: 2022-06-28T16:47:00Z.
        contract_id (None | str | Unset): Optional ID of the contract used to create this billing schedule Example:
            0194d091-f65b-7b98-b75f-a923aa0f5b1a.
        default_due_date_days (int | None | Unset): Default number of days between invoice issue date and due date
            Example: 30.
        memo (None | str | Unset): Billing schedule memo Example: Example Billing Schedule.
        payment_provider (PaymentProvider | Unset):  Example: STRIPE.
        auto_charge (bool | None | Unset): Whether invoices for this billing schedule are automatically charged Example:
            True.
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
    end_date: None | str | Unset = UNSET
    tax_rates: list[ProductTaxRateRepresentation] | None | Unset = UNSET
    first_billing_date: None | str | Unset = UNSET
    purchase_order_number: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    recurrence_day_of_month: int | None | Unset = UNSET
    last_invoice_id: None | str | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    contract_id: None | str | Unset = UNSET
    default_due_date_days: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    payment_provider: PaymentProvider | Unset = UNSET
    auto_charge: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        tax_rates: list[dict[str, Any]] | None | Unset
        if isinstance(self.tax_rates, Unset):
            tax_rates = UNSET
        elif isinstance(self.tax_rates, list):
            tax_rates = []
            for tax_rates_type_0_item_data in self.tax_rates:
                tax_rates_type_0_item = tax_rates_type_0_item_data.to_dict()
                tax_rates.append(tax_rates_type_0_item)

        else:
            tax_rates = self.tax_rates

        first_billing_date: None | str | Unset
        if isinstance(self.first_billing_date, Unset):
            first_billing_date = UNSET
        else:
            first_billing_date = self.first_billing_date

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

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        recurrence_day_of_month: int | None | Unset
        if isinstance(self.recurrence_day_of_month, Unset):
            recurrence_day_of_month = UNSET
        else:
            recurrence_day_of_month = self.recurrence_day_of_month

        last_invoice_id: None | str | Unset
        if isinstance(self.last_invoice_id, Unset):
            last_invoice_id = UNSET
        else:
            last_invoice_id = self.last_invoice_id

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        contract_id: None | str | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = self.contract_id

        default_due_date_days: int | None | Unset
        if isinstance(self.default_due_date_days, Unset):
            default_due_date_days = UNSET
        else:
            default_due_date_days = self.default_due_date_days

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        payment_provider: str | Unset = UNSET
        if not isinstance(self.payment_provider, Unset):
            payment_provider = self.payment_provider.value

        auto_charge: bool | None | Unset
        if isinstance(self.auto_charge, Unset):
            auto_charge = UNSET
        else:
            auto_charge = self.auto_charge

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
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if tax_rates is not UNSET:
            field_dict["taxRates"] = tax_rates
        if first_billing_date is not UNSET:
            field_dict["firstBillingDate"] = first_billing_date
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if reference is not UNSET:
            field_dict["reference"] = reference
        if label is not UNSET:
            field_dict["label"] = label
        if recurrence_day_of_month is not UNSET:
            field_dict["recurrenceDayOfMonth"] = recurrence_day_of_month
        if last_invoice_id is not UNSET:
            field_dict["lastInvoiceId"] = last_invoice_id
        if archived_at is not UNSET:
            field_dict["archivedAt"] = archived_at
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if default_due_date_days is not UNSET:
            field_dict["defaultDueDateDays"] = default_due_date_days
        if memo is not UNSET:
            field_dict["memo"] = memo
        if payment_provider is not UNSET:
            field_dict["paymentProvider"] = payment_provider
        if auto_charge is not UNSET:
            field_dict["autoCharge"] = auto_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.asset_response import AssetResponse  # noqa: PLC0415
        from ..models.billing_schedule_response_custom_fields import BillingScheduleResponseCustomFields  # noqa: PLC0415
        from ..models.integration_id import IntegrationId  # noqa: PLC0415
        from ..models.phase import Phase  # noqa: PLC0415
        from ..models.price_response import PriceResponse  # noqa: PLC0415
        from ..models.product_tax_rate_representation import ProductTaxRateRepresentation  # noqa: PLC0415

        d = dict(src_dict)
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

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        def _parse_tax_rates(data: object) -> list[ProductTaxRateRepresentation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(list[ProductTaxRateRepresentation] | None | Unset, data)

        tax_rates = _parse_tax_rates(d.pop("taxRates", UNSET))

        def _parse_first_billing_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_billing_date = _parse_first_billing_date(d.pop("firstBillingDate", UNSET))

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

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_recurrence_day_of_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recurrence_day_of_month = _parse_recurrence_day_of_month(d.pop("recurrenceDayOfMonth", UNSET))

        def _parse_last_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_invoice_id = _parse_last_invoice_id(d.pop("lastInvoiceId", UNSET))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archivedAt", UNSET))

        def _parse_contract_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_id = _parse_contract_id(d.pop("contractId", UNSET))

        def _parse_default_due_date_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_due_date_days = _parse_default_due_date_days(d.pop("defaultDueDateDays", UNSET))

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        _payment_provider = d.pop("paymentProvider", UNSET)
        payment_provider: PaymentProvider | Unset
        if isinstance(_payment_provider, Unset):
            payment_provider = UNSET
        else:
            payment_provider = PaymentProvider(_payment_provider)

        def _parse_auto_charge(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_charge = _parse_auto_charge(d.pop("autoCharge", UNSET))

        billing_schedule_response = cls(
            id=id,
            customer_id=customer_id,
            status=status,
            start_date=start_date,
            auto_issue_invoices=auto_issue_invoices,
            prices=prices,
            created_at=created_at,
            updated_at=updated_at,
            phases=phases,
            roll_up_billing=roll_up_billing,
            integration_ids=integration_ids,
            attachment_assets=attachment_assets,
            custom_fields=custom_fields,
            end_date=end_date,
            tax_rates=tax_rates,
            first_billing_date=first_billing_date,
            purchase_order_number=purchase_order_number,
            reference=reference,
            label=label,
            recurrence_day_of_month=recurrence_day_of_month,
            last_invoice_id=last_invoice_id,
            archived_at=archived_at,
            contract_id=contract_id,
            default_due_date_days=default_due_date_days,
            memo=memo,
            payment_provider=payment_provider,
            auto_charge=auto_charge,
        )

        billing_schedule_response.additional_properties = d
        return billing_schedule_response

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
