from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_provider import PaymentProvider
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.create_billing_schedule_request_custom_fields_type_0 import (
        CreateBillingScheduleRequestCustomFieldsType0,
    )
    from ..models.phase_request import PhaseRequest
    from ..models.product_tax_rate_representation import ProductTaxRateRepresentation


T = TypeVar("T", bound="CreateBillingScheduleRequest")


@_attrs_define(init=False, slots=False, eq=False)
class CreateBillingScheduleRequest:
    """
    Example:
        {'customerId': 'cca32597-b6b0-4499-9669-128aef8702e4', 'startDate': '2022-01-01', 'endDate': '2022-12-31',
            'recurrenceDayOfMonth': 1, 'taxRates': [{'priceId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId':
            '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}], 'autoIssueInvoices': False, 'purchaseOrderNumber': 'PO123',
            'reference': 'Example reference', 'label': 'Example label', 'paymentProvider': 'STRIPE', 'isDraft': True,
            'rollUpBilling': False, 'phases': [{'name': 'Trial Period', 'externalContractRef': 'ACME-2022-MSA', 'priceIds':
            ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'startDate': '2022-01-01', 'endDate': '2022-06-30', 'discounts':
            [{'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'type': 'PERCENTAGE', 'amount': 8, 'message':
            '8% Discount', 'separateLineItem': True, 'seatDiscountType': 'ALL_SEATS'}], 'minimums': [{'restrictToPrices':
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'creditGrants': [{'name': 'Monthly usage credits',
            'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100, 'costOfCredit': 0, 'taxRateId':
            '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'grantRefreshFrequency': 'MONTHLY', 'rolloverMode': 'NONE',
            'restrictToPrices': ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference': 'CONTINUE_FROM_PREVIOUS_PHASE',
            'phasePriceMetadata': [{'priceId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e', 'arrCalculation':
            'INCLUDE'}]}, {'priceIds': [], 'startDate': '2022-07-01', 'endDate': '2022-12-31', 'discounts': [], 'minimums':
            [{'restrictToPrices': ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference': 'CONTINUE_FROM_PREVIOUS_PHASE',
            'phasePriceMetadata': [{'priceId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e', 'arrCalculation':
            'INCLUDE'}]}], 'attachmentAssetIds': ['5055cd17-d5e8-4286-bddf-79729ddabf51'], 'autoCharge': True,
            'defaultDueDateDays': 30, 'memo': 'Example Billing Schedule', 'customFields': {'key': 'value'}}

    Attributes:
        customer_id (str): Customer ID Example: cca32597-b6b0-4499-9669-128aef8702e4.
        start_date (str): Start date Example: 2022-01-01.
        tax_rates (list[ProductTaxRateRepresentation]): Tax Rate for each Product Example: [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId': '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}].
        auto_issue_invoices (bool): Auto-issue invoices for this billing schedule Example: False.
        is_draft (bool): Create in draft status Example: True.
        roll_up_billing (bool): Toggles Roll-up billing Example: False.
        phases (list[PhaseRequest]): Phases Example: [{'name': 'Trial Period', 'externalContractRef': 'ACME-2022-MSA',
            'priceIds': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'startDate': '2022-01-01', 'endDate': '2022-06-30',
            'discounts': [{'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'type': 'PERCENTAGE', 'amount': 8,
            'message': '8% Discount', 'separateLineItem': True, 'seatDiscountType': 'ALL_SEATS'}], 'minimums':
            [{'restrictToPrices': ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'creditGrants': [{'name':
            'Monthly usage credits', 'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100, 'costOfCredit': 0,
            'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'grantRefreshFrequency': 'MONTHLY', 'rolloverMode': 'NONE',
            'restrictToPrices': ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference': 'CONTINUE_FROM_PREVIOUS_PHASE',
            'phasePriceMetadata': [{'priceId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e', 'arrCalculation':
            'INCLUDE'}]}, {'priceIds': [], 'startDate': '2022-07-01', 'endDate': '2022-12-31', 'discounts': [], 'minimums':
            [{'restrictToPrices': ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference': 'CONTINUE_FROM_PREVIOUS_PHASE',
            'phasePriceMetadata': [{'priceId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e', 'arrCalculation':
            'INCLUDE'}]}].
        end_date (str | None): End date. A null end date denotes an open-ended schedule. Example: 2022-12-31.
        recurrence_day_of_month (int | None): Recurrence day of month Example: 1.
        purchase_order_number (str | None): Optional purchase order number to be added to invoices Example: PO123.
        reference (str | None): Optional reference to be added to invoices Example: Example reference.
        label (str | None): Optional label Example: Example label.
        payment_provider (PaymentProvider | None):  Example: STRIPE.
        attachment_asset_ids (list[str] | None): IDs of assets that are attached to this schedule Example:
            ['5055cd17-d5e8-4286-bddf-79729ddabf51'].
        auto_charge (bool | None): Automatically collect payments if payment details are available Example: True.
        default_due_date_days (int | None): Default number of days between invoice issue date and due date. Overrides
            any invoice level set default due date Example: 30.
        memo (str | None): Billing schedule memo. Overrides any invoice level set memo Example: Example Billing
            Schedule.
        custom_fields (CreateBillingScheduleRequestCustomFieldsType0 | None): Custom key-value fields for this billing
            schedule Example: {'key': 'value'}.
    """

    customer_id: str
    start_date: str
    tax_rates: list[ProductTaxRateRepresentation]
    auto_issue_invoices: bool
    is_draft: bool
    roll_up_billing: bool
    phases: list[PhaseRequest]
    end_date: str | None = ABSENT
    recurrence_day_of_month: int | None = ABSENT
    purchase_order_number: str | None = ABSENT
    reference: str | None = ABSENT
    label: str | None = ABSENT
    payment_provider: PaymentProvider | None = ABSENT
    attachment_asset_ids: list[str] | None = ABSENT
    auto_charge: bool | None = ABSENT
    default_due_date_days: int | None = ABSENT
    memo: str | None = ABSENT
    custom_fields: CreateBillingScheduleRequestCustomFieldsType0 | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "end_date": 1,
        "recurrence_day_of_month": 2,
        "purchase_order_number": 4,
        "reference": 8,
        "label": 16,
        "payment_provider": 32,
        "attachment_asset_ids": 64,
        "auto_charge": 128,
        "default_due_date_days": 256,
        "memo": 512,
        "custom_fields": 1024,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "end_date",
            "recurrence_day_of_month",
            "purchase_order_number",
            "reference",
            "label",
            "payment_provider",
            "attachment_asset_ids",
            "auto_charge",
            "default_due_date_days",
            "memo",
            "custom_fields",
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
            "customer_id",
            "start_date",
            "tax_rates",
            "auto_issue_invoices",
            "is_draft",
            "roll_up_billing",
            "phases",
            "end_date",
            "recurrence_day_of_month",
            "purchase_order_number",
            "reference",
            "label",
            "payment_provider",
            "attachment_asset_ids",
            "auto_charge",
            "default_due_date_days",
            "memo",
            "custom_fields",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        customer_id: str,
        start_date: str,
        tax_rates: list[ProductTaxRateRepresentation],
        auto_issue_invoices: bool,
        is_draft: bool,
        roll_up_billing: bool,
        phases: list[PhaseRequest],
        end_date: str | None = ABSENT,
        recurrence_day_of_month: int | None = ABSENT,
        purchase_order_number: str | None = ABSENT,
        reference: str | None = ABSENT,
        label: str | None = ABSENT,
        payment_provider: PaymentProvider | None = ABSENT,
        attachment_asset_ids: list[str] | None = ABSENT,
        auto_charge: bool | None = ABSENT,
        default_due_date_days: int | None = ABSENT,
        memo: str | None = ABSENT,
        custom_fields: CreateBillingScheduleRequestCustomFieldsType0 | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if end_date is ABSENT:
            end_date = None
        else:
            _given_ |= 1
        if recurrence_day_of_month is ABSENT:
            recurrence_day_of_month = None
        else:
            _given_ |= 2
        if purchase_order_number is ABSENT:
            purchase_order_number = None
        else:
            _given_ |= 4
        if reference is ABSENT:
            reference = None
        else:
            _given_ |= 8
        if label is ABSENT:
            label = None
        else:
            _given_ |= 16
        if payment_provider is ABSENT:
            payment_provider = None
        else:
            _given_ |= 32
        if attachment_asset_ids is ABSENT:
            attachment_asset_ids = None
        else:
            _given_ |= 64
        if auto_charge is ABSENT:
            auto_charge = None
        else:
            _given_ |= 128
        if default_due_date_days is ABSENT:
            default_due_date_days = None
        else:
            _given_ |= 256
        if memo is ABSENT:
            memo = None
        else:
            _given_ |= 512
        if custom_fields is ABSENT:
            custom_fields = None
        else:
            _given_ |= 1024
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "customer_id": customer_id,
                "start_date": start_date,
                "tax_rates": tax_rates,
                "auto_issue_invoices": auto_issue_invoices,
                "is_draft": is_draft,
                "roll_up_billing": roll_up_billing,
                "phases": phases,
                "end_date": end_date,
                "recurrence_day_of_month": recurrence_day_of_month,
                "purchase_order_number": purchase_order_number,
                "reference": reference,
                "label": label,
                "payment_provider": payment_provider,
                "attachment_asset_ids": attachment_asset_ids,
                "auto_charge": auto_charge,
                "default_due_date_days": default_due_date_days,
                "memo": memo,
                "custom_fields": custom_fields,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is CreateBillingScheduleRequest
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
        from ..models.create_billing_schedule_request_custom_fields_type_0 import (
            CreateBillingScheduleRequestCustomFieldsType0,  # noqa: PLC0415
        )

        customer_id = self.customer_id

        start_date = self.start_date

        tax_rates = []
        for tax_rates_item_data in self.tax_rates:
            tax_rates_item = tax_rates_item_data.to_dict()
            tax_rates.append(tax_rates_item)

        auto_issue_invoices = self.auto_issue_invoices

        is_draft = self.is_draft

        roll_up_billing = self.roll_up_billing

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "startDate": start_date,
                "taxRates": tax_rates,
                "autoIssueInvoices": auto_issue_invoices,
                "isDraft": is_draft,
                "rollUpBilling": roll_up_billing,
                "phases": phases,
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
            if self.recurrence_day_of_month is None:
                field_dict["recurrenceDayOfMonth"] = None
            else:
                recurrence_day_of_month: int | None
                recurrence_day_of_month = self.recurrence_day_of_month
                field_dict["recurrenceDayOfMonth"] = recurrence_day_of_month
        if _given_ & 4:
            if self.purchase_order_number is None:
                field_dict["purchaseOrderNumber"] = None
            else:
                purchase_order_number: None | str
                purchase_order_number = self.purchase_order_number
                field_dict["purchaseOrderNumber"] = purchase_order_number
        if _given_ & 8:
            if self.reference is None:
                field_dict["reference"] = None
            else:
                reference: None | str
                reference = self.reference
                field_dict["reference"] = reference
        if _given_ & 16:
            if self.label is None:
                field_dict["label"] = None
            else:
                label: None | str
                label = self.label
                field_dict["label"] = label
        if _given_ & 32:
            if self.payment_provider is None:
                field_dict["paymentProvider"] = None
            else:
                payment_provider = self.payment_provider.value
                field_dict["paymentProvider"] = payment_provider
        if _given_ & 64:
            if self.attachment_asset_ids is None:
                field_dict["attachmentAssetIds"] = None
            else:
                attachment_asset_ids: list[str] | None
                if isinstance(self.attachment_asset_ids, list):
                    attachment_asset_ids = self.attachment_asset_ids

                else:
                    attachment_asset_ids = self.attachment_asset_ids
                field_dict["attachmentAssetIds"] = attachment_asset_ids
        if _given_ & 128:
            if self.auto_charge is None:
                field_dict["autoCharge"] = None
            else:
                auto_charge: bool | None
                auto_charge = self.auto_charge
                field_dict["autoCharge"] = auto_charge
        if _given_ & 256:
            if self.default_due_date_days is None:
                field_dict["defaultDueDateDays"] = None
            else:
                default_due_date_days: int | None
                default_due_date_days = self.default_due_date_days
                field_dict["defaultDueDateDays"] = default_due_date_days
        if _given_ & 512:
            if self.memo is None:
                field_dict["memo"] = None
            else:
                memo: None | str
                memo = self.memo
                field_dict["memo"] = memo
        if _given_ & 1024:
            if self.custom_fields is None:
                field_dict["customFields"] = None
            else:
                custom_fields: dict[str, Any] | None
                if isinstance(self.custom_fields, CreateBillingScheduleRequestCustomFieldsType0):
                    custom_fields = self.custom_fields.to_dict()
                else:
                    custom_fields = self.custom_fields
                field_dict["customFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.create_billing_schedule_request_custom_fields_type_0 import (
            CreateBillingScheduleRequestCustomFieldsType0,  # noqa: PLC0415
        )
        from ..models.phase_request import PhaseRequest  # noqa: PLC0415
        from ..models.product_tax_rate_representation import ProductTaxRateRepresentation  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        customer_id = d.pop("customerId")

        start_date = d.pop("startDate")

        tax_rates = []
        _tax_rates = d.pop("taxRates")
        for tax_rates_item_data in _tax_rates:
            tax_rates_item = ProductTaxRateRepresentation.from_dict(tax_rates_item_data)

            tax_rates.append(tax_rates_item)

        auto_issue_invoices = d.pop("autoIssueInvoices")

        is_draft = d.pop("isDraft")

        roll_up_billing = d.pop("rollUpBilling")

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in _phases:
            phases_item = PhaseRequest.from_dict(phases_item_data)

            phases.append(phases_item)

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

        recurrence_day_of_month_json_ = d.pop("recurrenceDayOfMonth", ABSENT)
        recurrence_day_of_month: int | None
        if recurrence_day_of_month_json_ is ABSENT:
            recurrence_day_of_month = None
        else:
            _given_ |= 2

            def _parse_recurrence_day_of_month(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            recurrence_day_of_month = _parse_recurrence_day_of_month(recurrence_day_of_month_json_)

        purchase_order_number_json_ = d.pop("purchaseOrderNumber", ABSENT)
        purchase_order_number: str | None
        if purchase_order_number_json_ is ABSENT:
            purchase_order_number = None
        else:
            _given_ |= 4

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
            _given_ |= 8

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
            _given_ |= 16

            def _parse_label(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            label = _parse_label(label_json_)

        payment_provider_json_ = d.pop("paymentProvider", ABSENT)
        payment_provider: PaymentProvider | None
        if payment_provider_json_ is ABSENT:
            payment_provider = None
        else:
            _given_ |= 32
            payment_provider = PaymentProvider(payment_provider_json_)

        attachment_asset_ids_json_ = d.pop("attachmentAssetIds", ABSENT)
        attachment_asset_ids: list[str] | None
        if attachment_asset_ids_json_ is ABSENT:
            attachment_asset_ids = None
        else:
            _given_ |= 64

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

        auto_charge_json_ = d.pop("autoCharge", ABSENT)
        auto_charge: bool | None
        if auto_charge_json_ is ABSENT:
            auto_charge = None
        else:
            _given_ |= 128

            def _parse_auto_charge(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            auto_charge = _parse_auto_charge(auto_charge_json_)

        default_due_date_days_json_ = d.pop("defaultDueDateDays", ABSENT)
        default_due_date_days: int | None
        if default_due_date_days_json_ is ABSENT:
            default_due_date_days = None
        else:
            _given_ |= 256

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
            _given_ |= 512

            def _parse_memo(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            memo = _parse_memo(memo_json_)

        custom_fields_json_ = d.pop("customFields", ABSENT)
        custom_fields: CreateBillingScheduleRequestCustomFieldsType0 | None
        if custom_fields_json_ is ABSENT:
            custom_fields = None
        else:
            _given_ |= 1024

            def _parse_custom_fields(data: object) -> CreateBillingScheduleRequestCustomFieldsType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    custom_fields_type_0 = CreateBillingScheduleRequestCustomFieldsType0.from_dict(data)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateBillingScheduleRequestCustomFieldsType0 | None, data)

            custom_fields = _parse_custom_fields(custom_fields_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "customer_id": customer_id,
                "start_date": start_date,
                "tax_rates": tax_rates,
                "auto_issue_invoices": auto_issue_invoices,
                "is_draft": is_draft,
                "roll_up_billing": roll_up_billing,
                "phases": phases,
                "end_date": end_date,
                "recurrence_day_of_month": recurrence_day_of_month,
                "purchase_order_number": purchase_order_number,
                "reference": reference,
                "label": label,
                "payment_provider": payment_provider,
                "attachment_asset_ids": attachment_asset_ids,
                "auto_charge": auto_charge,
                "default_due_date_days": default_due_date_days,
                "memo": memo,
                "custom_fields": custom_fields,
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
