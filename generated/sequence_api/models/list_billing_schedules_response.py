from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.billing_schedule_response import BillingScheduleResponse
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="ListBillingSchedulesResponse")


@_attrs_define(init=False, slots=False, eq=False)
class ListBillingSchedulesResponse:
    """
    Example:
        {'items': [{'id': 'b102e007-f5d7-4b1a-8a1d-9a51135ae73b', 'customerId': 'cca32597-b6b0-4499-9669-128aef8702e4',
            'status': 'ACTIVE', 'startDate': '2022-01-01', 'endDate': '2022-12-01', 'taxRates': [{'priceId':
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
            Schedule', 'customFields': {'key': 'value'}, 'paymentProvider': 'STRIPE', 'autoCharge': True}], 'pagination':
            {'after': 'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}}

    Attributes:
        items (list[BillingScheduleResponse]): Billing Schedules Example: [{'id':
            'b102e007-f5d7-4b1a-8a1d-9a51135ae73b', 'customerId': 'cca32597-b6b0-4499-9669-128aef8702e4', 'status':
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
            Schedule', 'customFields': {'key': 'value'}, 'paymentProvider': 'STRIPE', 'autoCharge': True}].
        pagination (PaginationMeta): Results pagination Example: {'after':
            'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}.
    """

    items: list[BillingScheduleResponse]
    pagination: PaginationMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {}
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset({"items", "pagination", "additional_properties", "_given_bits"})

    def __init__(
        self,
        items: list[BillingScheduleResponse],
        pagination: PaginationMeta,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "items": items,
                "pagination": pagination,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if (
                name not in self._ATTRIBUTES and type(self) is ListBillingSchedulesResponse
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
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.billing_schedule_response import BillingScheduleResponse  # noqa: PLC0415
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = BillingScheduleResponse.from_dict(items_item_data)

            items.append(items_item)

        pagination = PaginationMeta.from_dict(d.pop("pagination"))

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "items": items,
                "pagination": pagination,
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
