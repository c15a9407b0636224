"""Contains all the data models used in inputs/outputs"""

from .account_payment_settings import AccountPaymentSettings
from .activity_log_actor_response import ActivityLogActorResponse
from .activity_log_item_response import ActivityLogItemResponse
from .activity_log_list_response import ActivityLogListResponse
from .activity_log_object_response import ActivityLogObjectResponse
from .activity_log_response import ActivityLogResponse
from .add_notification_types_to_policy_request import AddNotificationTypesToPolicyRequest
from .add_recipients_to_policy_request import AddRecipientsToPolicyRequest
from .address import Address
from .aggregation_type import AggregationType
from .api_billing_schedule_status import ApiBillingScheduleStatus
from .applied_credit_grant_response import AppliedCreditGrantResponse
from .applied_credit_grant_status import AppliedCreditGrantStatus
from .applied_credit_note_line_item_response import AppliedCreditNoteLineItemResponse
from .applied_credit_note_response import AppliedCreditNoteResponse
from .archive_tax_rate_endpoint_product_archive_tax_rate_response_model import (
    ArchiveTaxRateEndpointProductArchiveTaxRateResponseModel,
)
from .arr_calculation import ArrCalculation
from .asset_format import AssetFormat
from .asset_response import AssetResponse
from .asset_type import AssetType
from .australian_bank_account_destination import AustralianBankAccountDestination
from .balance_response import BalanceResponse
from .billing_frequency import BillingFrequency
from .billing_product import BillingProduct
from .billing_schedule_response import BillingScheduleResponse
from .billing_schedule_response_custom_fields import BillingScheduleResponseCustomFields
from .billing_schedule_settings import BillingScheduleSettings
from .billing_type import BillingType
from .canadian_bank_account_destination import CanadianBankAccountDestination
from .canadian_international_destination import CanadianInternationalDestination
from .contact import Contact
from .contact_billing_preference import ContactBillingPreference
from .contact_list import ContactList
from .contact_request_model import ContactRequestModel
from .country_code import CountryCode
from .create_billing_schedule_request import CreateBillingScheduleRequest
from .create_billing_schedule_request_custom_fields_type_0 import CreateBillingScheduleRequestCustomFieldsType0
from .create_billing_schedule_settings_endpoint_create_billing_schedule_settings_request_model import (
    CreateBillingScheduleSettingsEndpointCreateBillingScheduleSettingsRequestModel,
)
from .create_credit_grant_request import CreateCreditGrantRequest
from .create_credit_note_application_endpoint_create_credit_note_application_request_model import (
    CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel,
)
from .create_credit_note_endpoint_create_credit_note_request_model import (
    CreateCreditNoteEndpointCreateCreditNoteRequestModel,
)
from .create_credit_note_line_item_group_endpoint_create_credit_note_line_item_group_request_model import (
    CreateCreditNoteLineItemGroupEndpointCreateCreditNoteLineItemGroupRequestModel,
)
from .create_credit_note_line_item_group_endpoint_product_create_credit_note_line_item_group_response_model import (
    CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel,
)
from .create_customer_alias_request_model import CreateCustomerAliasRequestModel
from .create_customer_settings_endpoint_create_customer_settings_request_model import (
    CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel,
)
from .create_customer_settings_endpoint_product_create_customer_settings_response_model import (
    CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel,
)
from .create_invoice_settings_endpoint_create_invoice_settings_request_model import (
    CreateInvoiceSettingsEndpointCreateInvoiceSettingsRequestModel,
)
from .create_invoice_settings_endpoint_product_create_invoice_settings_response_model import (
    CreateInvoiceSettingsEndpointProductCreateInvoiceSettingsResponseModel,
)
from .create_line_item_group_request_model import CreateLineItemGroupRequestModel
from .create_notification_policy_request import CreateNotificationPolicyRequest
from .create_or_update_customer_request import CreateOrUpdateCustomerRequest
from .create_or_update_customer_request_custom_properties_type_0 import (
    CreateOrUpdateCustomerRequestCustomPropertiesType0,
)
from .create_or_update_customer_request_integration import CreateOrUpdateCustomerRequestIntegration
from .create_seat_event_endpoint_create_seat_event_request_model import (
    CreateSeatEventEndpointCreateSeatEventRequestModel,
)
from .create_seat_event_endpoint_product_create_seat_event_response_model import (
    CreateSeatEventEndpointProductCreateSeatEventResponseModel,
)
from .create_seat_metric_request import CreateSeatMetricRequest
from .create_tax_rate_request import CreateTaxRateRequest
from .create_tax_registration_endpoint_create_tax_registration_request_model import (
    CreateTaxRegistrationEndpointCreateTaxRegistrationRequestModel,
)
from .create_tax_registration_endpoint_product_create_tax_registration_response_model import (
    CreateTaxRegistrationEndpointProductCreateTaxRegistrationResponseModel,
)
from .create_usage_event_endpoint_create_usage_event_request_model import (
    CreateUsageEventEndpointCreateUsageEventRequestModel,
)
from .create_usage_event_endpoint_create_usage_event_request_model_event_properties_type_0 import (
    CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0,
)
from .create_usage_event_endpoint_product_create_usage_event_response_model import (
    CreateUsageEventEndpointProductCreateUsageEventResponseModel,
)
from .create_usage_event_endpoint_product_create_usage_event_response_model_event_properties import (
    CreateUsageEventEndpointProductCreateUsageEventResponseModelEventProperties,
)
from .create_usage_metric_endpoint_create_usage_metric_request_model import (
    CreateUsageMetricEndpointCreateUsageMetricRequestModel,
)
from .create_usage_metric_endpoint_create_usage_metric_request_model_property_filters_type_0 import (
    CreateUsageMetricEndpointCreateUsageMetricRequestModelPropertyFiltersType0,
)
from .create_usage_metric_endpoint_create_usage_metric_request_model_property_filters_type_0_additional_property import (
    CreateUsageMetricEndpointCreateUsageMetricRequestModelPropertyFiltersType0AdditionalProperty,
)
from .create_usage_metric_endpoint_product_create_usage_metric_response_model import (
    CreateUsageMetricEndpointProductCreateUsageMetricResponseModel,
)
from .create_usage_metric_endpoint_product_create_usage_metric_response_model_property_filters import (
    CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFilters,
)
from .create_usage_metric_endpoint_product_create_usage_metric_response_model_property_filters_additional_property import (
    CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty,
)
from .credit_balance import CreditBalance
from .credit_balances_reply import CreditBalancesReply
from .credit_grant import CreditGrant
from .credit_grant_2 import CreditGrant2
from .credit_grant_response import CreditGrantResponse
from .credit_grant_response_item import CreditGrantResponseItem
from .credit_grants_response import CreditGrantsResponse
from .credit_note import CreditNote
from .credit_note_application import CreditNoteApplication
from .credit_note_application_response import CreditNoteApplicationResponse
from .credit_note_application_status import CreditNoteApplicationStatus
from .credit_note_settings import CreditNoteSettings
from .credit_note_status import CreditNoteStatus
from .credit_transaction import CreditTransaction
from .credit_transaction_type import CreditTransactionType
from .credit_type import CreditType
from .credit_unit_type import CreditUnitType
from .currency import Currency
from .currency_conversion_display_option import CurrencyConversionDisplayOption
from .custom_metric_parameter import CustomMetricParameter
from .custom_parameter_type import CustomParameterType
from .customer import Customer
from .customer_20240509 import Customer20240509
from .customer_alias import CustomerAlias
from .customer_alias_list import CustomerAliasList
from .customer_alias_page import CustomerAliasPage
from .customer_custom_properties import CustomerCustomProperties
from .customer_custom_property_keys_controller_list_customer_custom_property_keys_response import (
    CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse,
)
from .customer_id_with_name import CustomerIdWithName
from .customer_organization import CustomerOrganization
from .customer_organization_members import CustomerOrganizationMembers
from .customer_organization_request import CustomerOrganizationRequest
from .customer_seat_balances import CustomerSeatBalances
from .customer_status import CustomerStatus
from .daily_quote_view_total_response import DailyQuoteViewTotalResponse
from .database_errors import DatabaseErrors
from .date_range import DateRange
from .delete_credit_note_line_item_endpoint_product_delete_credit_note_line_item_response_model import (
    DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel,
)
from .delete_invoice_endpoint_product_delete_invoice_response_model import (
    DeleteInvoiceEndpointProductDeleteInvoiceResponseModel,
)
from .delete_notifications_policies_by_id_notification_types_by_type_type import (
    DeleteNotificationsPoliciesByIdNotificationTypesByTypeType,
)
from .discount_calculation_type import DiscountCalculationType
from .discount_response import DiscountResponse
from .due_date_source import DueDateSource
from .duplicate_billing_schedule_request import DuplicateBillingScheduleRequest
from .embeddable_credit_grant import EmbeddableCreditGrant
from .embeddable_credit_grant_request import EmbeddableCreditGrantRequest
from .embeddable_discount import EmbeddableDiscount
from .embeddable_discount_request import EmbeddableDiscountRequest
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .fixed_list_price_request import FixedListPriceRequest
from .fixed_list_price_response import FixedListPriceResponse
from .fixed_price_request import FixedPriceRequest
from .fixed_price_response import FixedPriceResponse
from .fixed_pricing_structure import FixedPricingStructure
from .fixed_pricing_type import FixedPricingType
from .generate_integration_id_request import GenerateIntegrationIdRequest
from .get_by_invoice_id_product_get_invoice_settings_response_model import (
    GetByInvoiceIdProductGetInvoiceSettingsResponseModel,
)
from .get_credit_notes_by_creditnote_line_item_groups_sort_order import (
    GetCreditNotesByCreditnoteLineItemGroupsSortOrder,
)
from .get_credit_notes_by_creditnote_line_items_sort_order import GetCreditNotesByCreditnoteLineItemsSortOrder
from .get_credit_notes_sort_order import GetCreditNotesSortOrder
from .get_customers_billing_status import GetCustomersBillingStatus
from .get_customers_sort_order import GetCustomersSortOrder
from .get_invoices_by_invoice_line_item_groups_sort_order import GetInvoicesByInvoiceLineItemGroupsSortOrder
from .get_invoices_by_invoice_line_items_sort_order import GetInvoicesByInvoiceLineItemsSortOrder
from .get_invoices_list_summary_sort_order import GetInvoicesListSummarySortOrder
from .get_invoices_sort_order import GetInvoicesSortOrder
from .get_notifications_policies_notification_type import GetNotificationsPoliciesNotificationType
from .get_or_create_invoice_render_settings_endpoint_product_create_invoice_render_settings_response_model import (
    GetOrCreateInvoiceRenderSettingsEndpointProductCreateInvoiceRenderSettingsResponseModel,
)
from .get_quote_view_tracking_response import GetQuoteViewTrackingResponse
from .get_seat_metric_endpoint_product_get_seat_metric_response_model import (
    GetSeatMetricEndpointProductGetSeatMetricResponseModel,
)
from .get_tax_registration_for_customer_customer_tax_registration import (
    GetTaxRegistrationForCustomerCustomerTaxRegistration,
)
from .get_tax_registration_for_customer_product_response import GetTaxRegistrationForCustomerProductResponse
from .get_tax_registration_for_merchant_merchant_tax_registration import (
    GetTaxRegistrationForMerchantMerchantTaxRegistration,
)
from .get_tax_registration_for_merchant_product_response import GetTaxRegistrationForMerchantProductResponse
from .graduated_list_price_request import GraduatedListPriceRequest
from .graduated_list_price_response import GraduatedListPriceResponse
from .graduated_price_request import GraduatedPriceRequest
from .graduated_price_response import GraduatedPriceResponse
from .graduated_pricing_structure import GraduatedPricingStructure
from .graduated_pricing_type import GraduatedPricingType
from .graduated_usage_tier import GraduatedUsageTier
from .grant_refresh_frequency import GrantRefreshFrequency
from .inclusive_date_range import InclusiveDateRange
from .integration_external_identifier import IntegrationExternalIdentifier
from .integration_id import IntegrationId
from .integration_id_2 import IntegrationId2
from .integration_payment_status import IntegrationPaymentStatus
from .integration_payment_statuses import IntegrationPaymentStatuses
from .integration_service import IntegrationService
from .intermediary_bank import IntermediaryBank
from .invoice import Invoice
from .invoice_currency_conversion_response import InvoiceCurrencyConversionResponse
from .invoice_currency_conversions_list_response import InvoiceCurrencyConversionsListResponse
from .invoice_dunning_status import InvoiceDunningStatus
from .invoice_list_summary_response import InvoiceListSummaryResponse
from .invoice_list_summary_response_item import InvoiceListSummaryResponseItem
from .invoice_merchant_details import InvoiceMerchantDetails
from .invoice_payment_option import InvoicePaymentOption
from .invoice_payment_status import InvoicePaymentStatus
from .invoice_render_settings_inline_aggregate import InvoiceRenderSettingsInlineAggregate
from .invoice_response import InvoiceResponse
from .invoice_status import InvoiceStatus
from .invoice_summary_response import InvoiceSummaryResponse
from .invoice_summary_response_currency_totals import InvoiceSummaryResponseCurrencyTotals
from .key_value_pair import KeyValuePair
from .line_item_group_response_model import LineItemGroupResponseModel
from .linear_list_price_request import LinearListPriceRequest
from .linear_list_price_response import LinearListPriceResponse
from .linear_price_request import LinearPriceRequest
from .linear_price_response import LinearPriceResponse
from .linear_pricing_structure import LinearPricingStructure
from .linear_pricing_type import LinearPricingType
from .link_info import LinkInfo
from .list_billing_products_response import ListBillingProductsResponse
from .list_billing_schedules_response import ListBillingSchedulesResponse
from .list_credit_grants_response import ListCreditGrantsResponse
from .list_credit_note_endpoint_product_list_credit_note_paginated_response_model import (
    ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel,
)
from .list_credit_note_line_item_endpoint_product_list_credit_note_line_item_paginated_response_model import (
    ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel,
)
from .list_credit_note_line_item_endpoint_product_list_credit_note_line_item_response_model import (
    ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel,
)
from .list_credit_note_line_item_group_endpoint_product_list_credit_note_line_item_group_paginated_response_mode import (
    ListCreditNoteLineItemGroupEndpointProductListCreditNoteLineItemGroupPaginatedResponseMode,
)
from .list_customer_response import ListCustomerResponse
from .list_customer_response_model import ListCustomerResponseModel
from .list_customer_response_model_custom_properties import ListCustomerResponseModelCustomProperties
from .list_customer_seat_balances_endpoint_list_customer_seat_balances_paginated_response_model import (
    ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel,
)
from .list_discounts_response import ListDiscountsResponse
from .list_invoice_endpoint_list_invoice_paginated_response_model import (
    ListInvoiceEndpointListInvoicePaginatedResponseModel,
)
from .list_line_item_endpoint_paginated_line_item_response_model import (
    ListLineItemEndpointPaginatedLineItemResponseModel,
)
from .list_line_item_group_endpoint_product_list_line_item_group_paginated_response_model import (
    ListLineItemGroupEndpointProductListLineItemGroupPaginatedResponseModel,
)
from .list_list_prices_endpoint_response_model import ListListPricesEndpointResponseModel
from .list_price import ListPrice
from .list_quote_endpoint_list_quote_paginated_response_model import ListQuoteEndpointListQuotePaginatedResponseModel
from .list_quote_endpoint_list_quote_response_model import ListQuoteEndpointListQuoteResponseModel
from .list_response import ListResponse
from .list_seat_events_endpoint_endpoint_response_model import ListSeatEventsEndpointEndpointResponseModel
from .list_seat_metric_endpoint_product_list_seat_metric_paginated_response_model import (
    ListSeatMetricEndpointProductListSeatMetricPaginatedResponseModel,
)
from .list_sequence_accounts_response import ListSequenceAccountsResponse
from .list_sequence_users_response import ListSequenceUsersResponse
from .list_tax_registration_endpoint_product_list_tax_registration_paginated_response_model import (
    ListTaxRegistrationEndpointProductListTaxRegistrationPaginatedResponseModel,
)
from .list_usage_event_endpoint_endpoint_response_model import ListUsageEventEndpointEndpointResponseModel
from .list_usage_metric_endpoint_product_response_model import ListUsageMetricEndpointProductResponseModel
from .merge_invoices_endpoint_request_body import MergeInvoicesEndpointRequestBody
from .metric_type import MetricType
from .minimum import Minimum
from .minimum_request import MinimumRequest
from .notification_channel import NotificationChannel
from .notification_policies import NotificationPolicies
from .notification_policy import NotificationPolicy
from .notification_type import NotificationType
from .one_time_list_price_request import OneTimeListPriceRequest
from .one_time_list_price_response import OneTimeListPriceResponse
from .one_time_price_request import OneTimePriceRequest
from .one_time_price_response import OneTimePriceResponse
from .one_time_pricing_structure import OneTimePricingStructure
from .one_time_pricing_type import OneTimePricingType
from .origin import Origin
from .package_list_price_request import PackageListPriceRequest
from .package_list_price_response import PackageListPriceResponse
from .package_price_request import PackagePriceRequest
from .package_price_response import PackagePriceResponse
from .package_pricing_structure import PackagePricingStructure
from .package_pricing_type import PackagePricingType
from .pagination_meta import PaginationMeta
from .patch_sent_invoice_endpoint_patch_sent_invoice_request import PatchSentInvoiceEndpointPatchSentInvoiceRequest
from .payment_allocation_response import PaymentAllocationResponse
from .payment_failure_notification_options import PaymentFailureNotificationOptions
from .payment_failure_notifications import PaymentFailureNotifications
from .payment_link_display_option import PaymentLinkDisplayOption
from .payment_provider import PaymentProvider
from .phase import Phase
from .phase_list_price_metadata import PhaseListPriceMetadata
from .phase_price_metadata import PhasePriceMetadata
from .phase_recurrence_preference import PhaseRecurrencePreference
from .phase_request import PhaseRequest
from .price_parameter import PriceParameter
from .price_response import PriceResponse
from .price_response_paginated_price_response_model import PriceResponsePaginatedPriceResponseModel
from .product_tax_rate_representation import ProductTaxRateRepresentation
from .projected_credit_grant_response import ProjectedCreditGrantResponse
from .quote_deal_type import QuoteDealType
from .quote_status import QuoteStatus
from .rate_display import RateDisplay
from .reconcile_invoices_with_integration_endpoint_property_to_compare import (
    ReconcileInvoicesWithIntegrationEndpointPropertyToCompare,
)
from .reconcile_invoices_with_integration_endpoint_reconcile_invoices_with_integration_request import (
    ReconcileInvoicesWithIntegrationEndpointReconcileInvoicesWithIntegrationRequest,
)
from .retry_anchor import RetryAnchor
from .revenue_classification import RevenueClassification
from .revenue_recognition_method import RevenueRecognitionMethod
from .role import Role
from .rollover_mode import RolloverMode
from .seat_balance import SeatBalance
from .seat_based_list_price_request import SeatBasedListPriceRequest
from .seat_based_list_price_response import SeatBasedListPriceResponse
from .seat_based_price_request import SeatBasedPriceRequest
from .seat_based_price_response import SeatBasedPriceResponse
from .seat_based_pricing_structure import SeatBasedPricingStructure
from .seat_based_pricing_type import SeatBasedPricingType
from .seat_discount_type import SeatDiscountType
from .seat_proration_strategy import SeatProrationStrategy
from .seat_usage_tier import SeatUsageTier
from .sequence_account import SequenceAccount
from .sequence_user_response import SequenceUserResponse
from .setting_preference import SettingPreference
from .sort_code_account_number import SortCodeAccountNumber
from .stable_20240101_create_credit_note_line_item_request_model import (
    Stable20240101CreateCreditNoteLineItemRequestModel,
)
from .stable_20240101_create_invoice_request import Stable20240101CreateInvoiceRequest
from .stable_20240101_create_or_update_line_item import Stable20240101CreateOrUpdateLineItem
from .stable_20240101_line_item_response import Stable20240101LineItemResponse
from .stable_20240101_patch_invoice_request import Stable20240101PatchInvoiceRequest
from .stable_20240101_update_invoice_request import Stable20240101UpdateInvoiceRequest
from .stable_20240509_product_response import Stable20240509ProductResponse
from .stable_20240730_list_response_model import Stable20240730ListResponseModel
from .stable_20240730_product_request import Stable20240730ProductRequest
from .stable_20240730_product_response import Stable20240730ProductResponse
from .state import State
from .stripe_collection_settings import StripeCollectionSettings
from .swedish_bankgiro_destination import SwedishBankgiroDestination
from .tax_rate_response import TaxRateResponse
from .tax_status import TaxStatus
from .unique_viewer_response import UniqueViewerResponse
from .update_account_payment_settings_endpoint_update_account_payment_settings_request import (
    UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest,
)
from .update_billing_schedule_request import UpdateBillingScheduleRequest
from .update_billing_schedule_request_custom_fields_type_0 import UpdateBillingScheduleRequestCustomFieldsType0
from .update_billing_schedule_settings_endpoint_update_billing_schedule_settings_request_model import (
    UpdateBillingScheduleSettingsEndpointUpdateBillingScheduleSettingsRequestModel,
)
from .update_credit_note_endpoint_update_credit_note_request_model import (
    UpdateCreditNoteEndpointUpdateCreditNoteRequestModel,
)
from .update_credit_note_line_item_endpoint_update_credit_note_line_item_request_model import (
    UpdateCreditNoteLineItemEndpointUpdateCreditNoteLineItemRequestModel,
)
from .update_credit_note_line_item_group_endpoint_update_credit_note_line_item_group_request_model import (
    UpdateCreditNoteLineItemGroupEndpointUpdateCreditNoteLineItemGroupRequestModel,
)
from .update_customer_alias_request_model import UpdateCustomerAliasRequestModel
from .update_customer_settings_endpoint_update_customer_settings_request_model import (
    UpdateCustomerSettingsEndpointUpdateCustomerSettingsRequestModel,
)
from .update_discount_request import UpdateDiscountRequest
from .update_invoice_payment_status_endpoint_request_model import UpdateInvoicePaymentStatusEndpointRequestModel
from .update_invoice_render_settings_endpoint_update_invoice_render_settings_request_model import (
    UpdateInvoiceRenderSettingsEndpointUpdateInvoiceRenderSettingsRequestModel,
)
from .update_line_item_group_request_model import UpdateLineItemGroupRequestModel
from .update_price_request import UpdatePriceRequest
from .update_seat_metric_request import UpdateSeatMetricRequest
from .update_sequence_account_product_endpoint_update_sequence_account_request import (
    UpdateSequenceAccountProductEndpointUpdateSequenceAccountRequest,
)
from .update_stripe_collection_settings_endpoint_update_stripe_collection_settings_request import (
    UpdateStripeCollectionSettingsEndpointUpdateStripeCollectionSettingsRequest,
)
from .update_tax_rate_request import UpdateTaxRateRequest
from .update_usage_metric_endpoint_update_usage_metric_request_model import (
    UpdateUsageMetricEndpointUpdateUsageMetricRequestModel,
)
from .update_usage_metric_endpoint_update_usage_metric_request_model_property_filters_type_0 import (
    UpdateUsageMetricEndpointUpdateUsageMetricRequestModelPropertyFiltersType0,
)
from .update_usage_metric_endpoint_update_usage_metric_request_model_property_filters_type_0_additional_property import (
    UpdateUsageMetricEndpointUpdateUsageMetricRequestModelPropertyFiltersType0AdditionalProperty,
)
from .us_ach_destination import UsAchDestination
from .us_wire_destination import UsWireDestination
from .usage_calculation_frequency import UsageCalculationFrequency
from .usage_calculation_mode import UsageCalculationMode
from .usage_calculation_period import UsageCalculationPeriod
from .usage_metric import UsageMetric
from .usage_metric_calculation_response import UsageMetricCalculationResponse
from .usage_metric_property_filters import UsageMetricPropertyFilters
from .version_conflict_response import VersionConflictResponse
from .volume_list_price_request import VolumeListPriceRequest
from .volume_list_price_response import VolumeListPriceResponse
from .volume_price_request import VolumePriceRequest
from .volume_price_response import VolumePriceResponse
from .volume_pricing_structure import VolumePricingStructure
from .volume_pricing_type import VolumePricingType
from .volume_usage_tier import VolumeUsageTier

__all__ = (
    "AccountPaymentSettings",
    "ActivityLogActorResponse",
    "ActivityLogItemResponse",
    "ActivityLogListResponse",
    "ActivityLogObjectResponse",
    "ActivityLogResponse",
    "AddNotificationTypesToPolicyRequest",
    "AddRecipientsToPolicyRequest",
    "Address",
    "AggregationType",
    "ApiBillingScheduleStatus",
    "AppliedCreditGrantResponse",
    "AppliedCreditGrantStatus",
    "AppliedCreditNoteLineItemResponse",
    "AppliedCreditNoteResponse",
    "ArchiveTaxRateEndpointProductArchiveTaxRateResponseModel",
    "ArrCalculation",
    "AssetFormat",
    "AssetResponse",
    "AssetType",
    "AustralianBankAccountDestination",
    "BalanceResponse",
    "BillingFrequency",
    "BillingProduct",
    "BillingScheduleResponse",
    "BillingScheduleResponseCustomFields",
    "BillingScheduleSettings",
    "BillingType",
    "CanadianBankAccountDestination",
    "CanadianInternationalDestination",
    "Contact",
    "ContactBillingPreference",
    "ContactList",
    "ContactRequestModel",
    "CountryCode",
    "CreateBillingScheduleRequest",
    "CreateBillingScheduleRequestCustomFieldsType0",
    "CreateBillingScheduleSettingsEndpointCreateBillingScheduleSettingsRequestModel",
    "CreateCreditGrantRequest",
    "CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel",
    "CreateCreditNoteEndpointCreateCreditNoteRequestModel",
    "CreateCreditNoteLineItemGroupEndpointCreateCreditNoteLineItemGroupRequestModel",
    "CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel",
    "CreateCustomerAliasRequestModel",
    "CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel",
    "CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel",
    "CreateInvoiceSettingsEndpointCreateInvoiceSettingsRequestModel",
    "CreateInvoiceSettingsEndpointProductCreateInvoiceSettingsResponseModel",
    "CreateLineItemGroupRequestModel",
    "CreateNotificationPolicyRequest",
    "CreateOrUpdateCustomerRequest",
    "CreateOrUpdateCustomerRequestCustomPropertiesType0",
    "CreateOrUpdateCustomerRequestIntegration",
    "CreateSeatEventEndpointCreateSeatEventRequestModel",
    "CreateSeatEventEndpointProductCreateSeatEventResponseModel",
    "CreateSeatMetricRequest",
    "CreateTaxRateRequest",
    "CreateTaxRegistrationEndpointCreateTaxRegistrationRequestModel",
    "CreateTaxRegistrationEndpointProductCreateTaxRegistrationResponseModel",
    "CreateUsageEventEndpointCreateUsageEventRequestModel",
    "CreateUsageEventEndpointCreateUsageEventRequestModelEventPropertiesType0",
    "CreateUsageEventEndpointProductCreateUsageEventResponseModel",
    "CreateUsageEventEndpointProductCreateUsageEventResponseModelEventProperties",
    "CreateUsageMetricEndpointCreateUsageMetricRequestModel",
    "CreateUsageMetricEndpointCreateUsageMetricRequestModelPropertyFiltersType0",
    "CreateUsageMetricEndpointCreateUsageMetricRequestModelPropertyFiltersType0AdditionalProperty",
    "CreateUsageMetricEndpointProductCreateUsageMetricResponseModel",
    "CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFilters",
    "CreateUsageMetricEndpointProductCreateUsageMetricResponseModelPropertyFiltersAdditionalProperty",
    "CreditBalance",
    "CreditBalancesReply",
    "CreditGrant",
    "CreditGrant2",
    "CreditGrantResponse",
    "CreditGrantResponseItem",
    "CreditGrantsResponse",
    "CreditNote",
    "CreditNoteApplication",
    "CreditNoteApplicationResponse",
    "CreditNoteApplicationStatus",
    "CreditNoteSettings",
    "CreditNoteStatus",
    "CreditTransaction",
    "CreditTransactionType",
    "CreditType",
    "CreditUnitType",
    "Currency",
    "CurrencyConversionDisplayOption",
    "Customer",
    "Customer20240509",
    "CustomerAlias",
    "CustomerAliasList",
    "CustomerAliasPage",
    "CustomerCustomProperties",
    "CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse",
    "CustomerIdWithName",
    "CustomerOrganization",
    "CustomerOrganizationMembers",
    "CustomerOrganizationRequest",
    "CustomerSeatBalances",
    "CustomerStatus",
    "CustomMetricParameter",
    "CustomParameterType",
    "DailyQuoteViewTotalResponse",
    "DatabaseErrors",
    "DateRange",
    "DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel",
    "DeleteInvoiceEndpointProductDeleteInvoiceResponseModel",
    "DeleteNotificationsPoliciesByIdNotificationTypesByTypeType",
    "DiscountCalculationType",
    "DiscountResponse",
    "DueDateSource",
    "DuplicateBillingScheduleRequest",
    "EmbeddableCreditGrant",
    "EmbeddableCreditGrantRequest",
    "EmbeddableDiscount",
    "EmbeddableDiscountRequest",
    "ErrorDetail",
    "ErrorResponse",
    "FixedListPriceRequest",
    "FixedListPriceResponse",
    "FixedPriceRequest",
    "FixedPriceResponse",
    "FixedPricingStructure",
    "FixedPricingType",
    "GenerateIntegrationIdRequest",
    "GetByInvoiceIdProductGetInvoiceSettingsResponseModel",
    "GetCreditNotesByCreditnoteLineItemGroupsSortOrder",
    "GetCreditNotesByCreditnoteLineItemsSortOrder",
    "GetCreditNotesSortOrder",
    "GetCustomersBillingStatus",
    "GetCustomersSortOrder",
    "GetInvoicesByInvoiceLineItemGroupsSortOrder",
    "GetInvoicesByInvoiceLineItemsSortOrder",
    "GetInvoicesListSummarySortOrder",
    "GetInvoicesSortOrder",
    "GetNotificationsPoliciesNotificationType",
    "GetOrCreateInvoiceRenderSettingsEndpointProductCreateInvoiceRenderSettingsResponseModel",
    "GetQuoteViewTrackingResponse",
    "GetSeatMetricEndpointProductGetSeatMetricResponseModel",
    "GetTaxRegistrationForCustomerCustomerTaxRegistration",
    "GetTaxRegistrationForCustomerProductResponse",
    "GetTaxRegistrationForMerchantMerchantTaxRegistration",
    "GetTaxRegistrationForMerchantProductResponse",
    "GraduatedListPriceRequest",
    "GraduatedListPriceResponse",
    "GraduatedPriceRequest",
    "GraduatedPriceResponse",
    "GraduatedPricingStructure",
    "GraduatedPricingType",
    "GraduatedUsageTier",
    "GrantRefreshFrequency",
    "InclusiveDateRange",
    "IntegrationExternalIdentifier",
    "IntegrationId",
    "IntegrationId2",
    "IntegrationPaymentStatus",
    "IntegrationPaymentStatuses",
    "IntegrationService",
    "IntermediaryBank",
    "Invoice",
    "InvoiceCurrencyConversionResponse",
    "InvoiceCurrencyConversionsListResponse",
    "InvoiceDunningStatus",
    "InvoiceListSummaryResponse",
    "InvoiceListSummaryResponseItem",
    "InvoiceMerchantDetails",
    "InvoicePaymentOption",
    "InvoicePaymentStatus",
    "InvoiceRenderSettingsInlineAggregate",
    "InvoiceResponse",
    "InvoiceStatus",
    "InvoiceSummaryResponse",
    "InvoiceSummaryResponseCurrencyTotals",
    "KeyValuePair",
    "LinearListPriceRequest",
    "LinearListPriceResponse",
    "LinearPriceRequest",
    "LinearPriceResponse",
    "LinearPricingStructure",
    "LinearPricingType",
    "LineItemGroupResponseModel",
    "LinkInfo",
    "ListBillingProductsResponse",
    "ListBillingSchedulesResponse",
    "ListCreditGrantsResponse",
    "ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel",
    "ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel",
    "ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel",
    "ListCreditNoteLineItemGroupEndpointProductListCreditNoteLineItemGroupPaginatedResponseMode",
    "ListCustomerResponse",
    "ListCustomerResponseModel",
    "ListCustomerResponseModelCustomProperties",
    "ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel",
    "ListDiscountsResponse",
    "ListInvoiceEndpointListInvoicePaginatedResponseModel",
    "ListLineItemEndpointPaginatedLineItemResponseModel",
    "ListLineItemGroupEndpointProductListLineItemGroupPaginatedResponseModel",
    "ListListPricesEndpointResponseModel",
    "ListPrice",
    "ListQuoteEndpointListQuotePaginatedResponseModel",
    "ListQuoteEndpointListQuoteResponseModel",
    "ListResponse",
    "ListSeatEventsEndpointEndpointResponseModel",
    "ListSeatMetricEndpointProductListSeatMetricPaginatedResponseModel",
    "ListSequenceAccountsResponse",
    "ListSequenceUsersResponse",
    "ListTaxRegistrationEndpointProductListTaxRegistrationPaginatedResponseModel",
    "ListUsageEventEndpointEndpointResponseModel",
    "ListUsageMetricEndpointProductResponseModel",
    "MergeInvoicesEndpointRequestBody",
    "MetricType",
    "Minimum",
    "MinimumRequest",
    "NotificationChannel",
    "NotificationPolicies",
    "NotificationPolicy",
    "NotificationType",
    "OneTimeListPriceRequest",
    "OneTimeListPriceResponse",
    "OneTimePriceRequest",
    "OneTimePriceResponse",
    "OneTimePricingStructure",
    "OneTimePricingType",
    "Origin",
    "PackageListPriceRequest",
    "PackageListPriceResponse",
    "PackagePriceRequest",
    "PackagePriceResponse",
    "PackagePricingStructure",
    "PackagePricingType",
    "PaginationMeta",
    "PatchSentInvoiceEndpointPatchSentInvoiceRequest",
    "PaymentAllocationResponse",
    "PaymentFailureNotificationOptions",
    "PaymentFailureNotifications",
    "PaymentLinkDisplayOption",
    "PaymentProvider",
    "Phase",
    "PhaseListPriceMetadata",
    "PhasePriceMetadata",
    "PhaseRecurrencePreference",
    "PhaseRequest",
    "PriceParameter",
    "PriceResponse",
    "PriceResponsePaginatedPriceResponseModel",
    "ProductTaxRateRepresentation",
    "ProjectedCreditGrantResponse",
    "QuoteDealType",
    "QuoteStatus",
    "RateDisplay",
    "ReconcileInvoicesWithIntegrationEndpointPropertyToCompare",
    "ReconcileInvoicesWithIntegrationEndpointReconcileInvoicesWithIntegrationRequest",
    "RetryAnchor",
    "RevenueClassification",
    "RevenueRecognitionMethod",
    "Role",
    "RolloverMode",
    "SeatBalance",
    "SeatBasedListPriceRequest",
    "SeatBasedListPriceResponse",
    "SeatBasedPriceRequest",
    "SeatBasedPriceResponse",
    "SeatBasedPricingStructure",
    "SeatBasedPricingType",
    "SeatDiscountType",
    "SeatProrationStrategy",
    "SeatUsageTier",
    "SequenceAccount",
    "SequenceUserResponse",
    "SettingPreference",
    "SortCodeAccountNumber",
    "Stable20240101CreateCreditNoteLineItemRequestModel",
    "Stable20240101CreateInvoiceRequest",
    "Stable20240101CreateOrUpdateLineItem",
    "Stable20240101LineItemResponse",
    "Stable20240101PatchInvoiceRequest",
    "Stable20240101UpdateInvoiceRequest",
    "Stable20240509ProductResponse",
    "Stable20240730ListResponseModel",
    "Stable20240730ProductRequest",
    "Stable20240730ProductResponse",
    "State",
    "StripeCollectionSettings",
    "SwedishBankgiroDestination",
    "TaxRateResponse",
    "TaxStatus",
    "UniqueViewerResponse",
    "UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest",
    "UpdateBillingScheduleRequest",
    "UpdateBillingScheduleRequestCustomFieldsType0",
    "UpdateBillingScheduleSettingsEndpointUpdateBillingScheduleSettingsRequestModel",
    "UpdateCreditNoteEndpointUpdateCreditNoteRequestModel",
    "UpdateCreditNoteLineItemEndpointUpdateCreditNoteLineItemRequestModel",
    "UpdateCreditNoteLineItemGroupEndpointUpdateCreditNoteLineItemGroupRequestModel",
    "UpdateCustomerAliasRequestModel",
    "UpdateCustomerSettingsEndpointUpdateCustomerSettingsRequestModel",
    "UpdateDiscountRequest",
    "UpdateInvoicePaymentStatusEndpointRequestModel",
    "UpdateInvoiceRenderSettingsEndpointUpdateInvoiceRenderSettingsRequestModel",
    "UpdateLineItemGroupRequestModel",
    "UpdatePriceRequest",
    "UpdateSeatMetricRequest",
    "UpdateSequenceAccountProductEndpointUpdateSequenceAccountRequest",
    "UpdateStripeCollectionSettingsEndpointUpdateStripeCollectionSettingsRequest",
    "UpdateTaxRateRequest",
    "UpdateUsageMetricEndpointUpdateUsageMetricRequestModel",
    "UpdateUsageMetricEndpointUpdateUsageMetricRequestModelPropertyFiltersType0",
    "UpdateUsageMetricEndpointUpdateUsageMetricRequestModelPropertyFiltersType0AdditionalProperty",
    "UsAchDestination",
    "UsageCalculationFrequency",
    "UsageCalculationMode",
    "UsageCalculationPeriod",
    "UsageMetric",
    "UsageMetricCalculationResponse",
    "UsageMetricPropertyFilters",
    "UsWireDestination",
    "VersionConflictResponse",
    "VolumeListPriceRequest",
    "VolumeListPriceResponse",
    "VolumePriceRequest",
    "VolumePriceResponse",
    "VolumePricingStructure",
    "VolumePricingType",
    "VolumeUsageTier",
)
