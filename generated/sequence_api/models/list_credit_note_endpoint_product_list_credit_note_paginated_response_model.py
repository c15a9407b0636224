from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.credit_note import CreditNote
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel")


@_attrs_define(init=False, slots=False, eq=False)
class ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel:
    """
    Example:
        {'items': [{'id': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'sequenceAccountId':
            '68233908-402a-43b4-8952-1c2ab0ef0b25', 'status': 'SENT', 'invoiceId': 'af60cab3-812d-4250-a051-0fb7133a00c7',
            'invoiceNumber': 'INV00001', 'billingScheduleId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'currency': 'GBP',
            'issueDate': '2022-09-15', 'billingPeriodStart': '2022-10-01T00:00:00Z', 'billingPeriodEnd':
            '2022-10-30T00:00:00Z', 'creditNoteNumber': 'CN00001', 'purchaseOrderNumber': 'PO123', 'customerId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'customerEmails': ['customer@example.com',
            'customer.alias@example.com'], 'customerLegalCompanyName': 'Facebook', 'customerBillingAddress': {'line1': 'Flat
            1', 'line2': '15 Yemen Road', 'town': 'Yemen', 'state': 'CA', 'postcode': 'YE1 2YE', 'country': 'YE'},
            'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town': 'Springfield', 'state': 'CA', 'postcode':
            '12345', 'country': 'US'}, 'memo': 'Thanks', 'totalTax': '2.50', 'netTotal': '51.20', 'grossTotal': '101.23',
            'metadata': [{'key': 'example-label', 'value': 'label-value'}], 'customerTaxId': 'TAX123', 'linkedServices':
            [{'externalId': '123', 'externalService': 'Xero', 'syncTime': '2022-06-28T16:47:00Z', 'externalUrl':
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
            True}, 'settings': {'generateCashCreditGrant': 'ENABLED'}, 'accountingDate': '2022-09-30'}], 'pagination':
            {'after': 'ZTMwOWU5NDgtMDg4ZS00ZDc3LWI2NTQtY2Q4NTQ5OGYxNTU1IzE2NTgyNjA4NTYwMzMwMTMjREVTQw==', 'before':
            'NjRlZjJmZjktMmJjYi00M2RiLWI0ZDUtOTAxMDU4MjRiMTdmIzE2NTgyNjA3NTk3NTE2ODEjQVND', 'totalResultSize': 100}}

    Attributes:
        items (list[CreditNote]): CreditNotes Example: [{'id': 'af60cab3-812d-4250-a051-0fb7133a00c7',
            'sequenceAccountId': '68233908-402a-43b4-8952-1c2ab0ef0b25', 'status': 'SENT', 'invoiceId':
            'af60cab3-812d-4250-a051-0fb7133a00c7', 'invoiceNumber': 'INV00001', 'billingScheduleId':
            'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'currency': 'GBP', 'issueDate': '2022-09-15', 'billingPeriodStart':
            '2022-10-01T00:00:00Z', 'billingPeriodEnd': '2022-10-30T00:00:00Z', 'creditNoteNumber': 'CN00001',
            'purchaseOrderNumber': 'PO123', 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'customerEmails':
            ['customer@example.com', 'customer.alias@example.com'], 'customerLegalCompanyName': 'Facebook',
            'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road', 'town': 'Yemen', 'state': 'CA',
            'postcode': 'YE1 2YE', 'country': 'YE'}, 'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town':
            'Springfield', 'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks', 'totalTax': '2.50',
            'netTotal': '51.20', 'grossTotal': '101.23', 'metadata': [{'key': 'example-label', 'value': 'label-value'}],
            'customerTaxId': 'TAX123', 'linkedServices': [{'externalId': '123', 'externalService': 'Xero', 'syncTime':
            '2022-06-28T16:47:00Z', 'externalUrl': 'https://invoicing.xero.com/view/85e52542-3e54-4f0d-872b-33bba11a0504'}],
            'applicationStatus': 'PARTIALLY_APPLIED', 'balance': '51.23', 'balanceVersion': 3, 'applications':
            [{'invoiceId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'invoiceNumber': 'INV00001', 'amount': '50.00',
            'appliedAt': '2022-10-14T12:34:56Z'}], 'merchantDetails': {'address': {'line1': 'The White House', 'line2':
            '1600 Pennsylvania Avenue', 'town': 'Washington, D.C.', 'state': 'CA', 'postcode': '20500', 'country': 'US'},
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
            True}, 'settings': {'generateCashCreditGrant': 'ENABLED'}, 'accountingDate': '2022-09-30'}].
        pagination (PaginationMeta): Results pagination Example: {'after':
            'MDE4NDUyNjYtNmQ2NC03N2M4LTlhZGYtNDQ4N2Q5NGQxNDU3', 'before':
            'MDE4NDQyMWUtYTljYy03MTFiLWFmOTMtYmYwNTExZDRkODMz', 'totalResultSize': 10}.
    """

    items: list[CreditNote]
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
        items: list[CreditNote],
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
                name not in self._ATTRIBUTES
                and type(self) is ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel
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
        from ..models.credit_note import CreditNote  # noqa: PLC0415
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CreditNote.from_dict(items_item_data)

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
