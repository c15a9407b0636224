from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.australian_bank_account_destination import AustralianBankAccountDestination
    from ..models.canadian_bank_account_destination import CanadianBankAccountDestination
    from ..models.canadian_international_destination import CanadianInternationalDestination
    from ..models.key_value_pair import KeyValuePair
    from ..models.sort_code_account_number import SortCodeAccountNumber
    from ..models.swedish_bankgiro_destination import SwedishBankgiroDestination
    from ..models.us_ach_destination import UsAchDestination
    from ..models.us_wire_destination import UsWireDestination


T = TypeVar("T", bound="InvoiceMerchantDetails")


@_attrs_define
class InvoiceMerchantDetails:
    """Merchant details

    Example:
        {'address': {'line1': 'The White House', 'line2': '1600 Pennsylvania Avenue', 'town': 'Washington, D.C.',
            'state': 'CA', 'postcode': '20500', 'country': 'US'}, 'phoneNumber': 800001066, 'email': 'donald@example.com',
            'taxId': 'TAX60', 'iban': 'GB33BUKB20201555555555', 'ukAccountDetails': {'sortCode': '000000', 'accountNumber':
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
            '123456'}, 'swedishBankgiroDestination': {'bankgiroNumber': '123-4567', 'accountName': '12345678'}, 'logoUrl':
            'logo', 'legalCompanyName': 'The Merchant', 'primaryColour': '#000000', 'customFields': [{'key': 'example-
            label', 'value': 'label-value'}], 'includeBeneficiaryAddressInPaymentDetails': True}

    Attributes:
        address (Address): Address Example: {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York', 'state':
            'NY', 'postcode': 'AB1 2EF', 'country': 'US'}.
        email (str): Merchant's email Example: donald@example.com.
        legal_company_name (str): Merchant's legal company name Example: The Merchant.
        custom_fields (list[KeyValuePair]): merchantCustomFields Example: [{'key': 'example-label', 'value': 'label-
            value'}].
        include_beneficiary_address_in_payment_details (bool): Include beneficiary address in payment details on invoice
            Example: True.
        phone_number (None | str | Unset): Merchant's phone number Example: 800001066.
        tax_id (None | str | Unset): Merchant's tax ID Example: TAX60.
        iban (None | str | Unset): Merchant's IBAN, for receiving payment by bank transfer Example:
            GB33BUKB20201555555555.
        uk_account_details (SortCodeAccountNumber | Unset): Merchant's UK bank account details, for receiving payment by
            UK bank transfer Example: {'sortCode': '000000', 'accountNumber': '12345678'}.
        us_ach_details (UsAchDestination | Unset): Merchant's US account details, for receiving payment by ACH Example:
            {'accountNumber': '12345678', 'accountName': 'John Doe', 'bankName': 'Chase', 'bankRoutingNumber': '123456789'}.
        us_wire_details (UsWireDestination | Unset): Merchant's US account details, for receiving payment by wire
            transfer Example: {'accountNumber': '12345678', 'accountName': 'John Doe', 'bankName': 'Chase',
            'bankRoutingNumber': '123456789', 'swiftCode': 'CHASUS33', 'bankAddress': {'line1': 'JP Morgan Chase', 'town':
            'New York City', 'state': 'NY', 'postcode': '10017', 'country': 'US'}}.
        ca_bank_account_details (CanadianBankAccountDestination | Unset): Merchant's Canadian account details, for
            receiving payment by Canadian bank transfer Example: {'transitNumber': '123', 'institutionNumber': '12345',
            'accountNumber': '1234567'}.
        canadian_international_destination (CanadianInternationalDestination | Unset): Merchant's account details, for
            receiving payment to a Canadian bank via Wire transfer Example: {'legalName': 'John Doe', 'accountNumber':
            '12345678', 'transitNumber': '12345', 'bankName': 'Chase', 'bankAddress': {'line1': 'JP Morgan Chase', 'town':
            'New York City', 'state': 'NY', 'postcode': '10017', 'country': 'US'}, 'institutionNumber': '123', 'swiftCode':
            'CHASUS33', 'intermediaryBank': {'bankName': 'Chase', 'bankAddress': {'line1': 'JP Morgan Chase', 'town': 'New
            York City', 'state': 'NY', 'postcode': '10017', 'country': 'US'}, 'swiftCode': 'CHASUS33', 'routingNumber':
            '123456789'}}.
        australian_destination (AustralianBankAccountDestination | Unset): Merchant's account details, for receiving
            payment to a Canadian bank via Australian bank transfer Example: {'legalName': 'John Doe', 'accountNumber':
            '12345678', 'swiftCode': 'CHASUS33', 'bsb': '123456'}.
        swedish_bankgiro_destination (SwedishBankgiroDestination | Unset): Merchant's Swedish Bankgiro account details,
            for receiving payment by Swedish Bankgiro Example: {'bankgiroNumber': '123-4567', 'accountName': '12345678'}.
        logo_url (None | str | Unset): Merchant's logo image URL Example: logo.
        primary_colour (None | str | Unset): Merchant's primary colour (for invoice rendering) Example: #000000.
    """

    address: Address
    email: str
    legal_company_name: str
    custom_fields: list[KeyValuePair]
    include_beneficiary_address_in_payment_details: bool
    phone_number: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    uk_account_details: SortCodeAccountNumber | Unset = UNSET
    us_ach_details: UsAchDestination | Unset = UNSET
    us_wire_details: UsWireDestination | Unset = UNSET
    ca_bank_account_details: CanadianBankAccountDestination | Unset = UNSET
    canadian_international_destination: CanadianInternationalDestination | Unset = UNSET
    australian_destination: AustralianBankAccountDestination | Unset = UNSET
    swedish_bankgiro_destination: SwedishBankgiroDestination | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    primary_colour: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        address = self.address.to_dict()

        email = self.email

        legal_company_name = self.legal_company_name

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        include_beneficiary_address_in_payment_details = self.include_beneficiary_address_in_payment_details

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        uk_account_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uk_account_details, Unset):
            uk_account_details = self.uk_account_details.to_dict()

        us_ach_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.us_ach_details, Unset):
            us_ach_details = self.us_ach_details.to_dict()

        us_wire_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.us_wire_details, Unset):
            us_wire_details = self.us_wire_details.to_dict()

        ca_bank_account_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ca_bank_account_details, Unset):
            ca_bank_account_details = self.ca_bank_account_details.to_dict()

        canadian_international_destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.canadian_international_destination, Unset):
            canadian_international_destination = self.canadian_international_destination.to_dict()

        australian_destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.australian_destination, Unset):
            australian_destination = self.australian_destination.to_dict()

        swedish_bankgiro_destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.swedish_bankgiro_destination, Unset):
            swedish_bankgiro_destination = self.swedish_bankgiro_destination.to_dict()

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        primary_colour: None | str | Unset
        if isinstance(self.primary_colour, Unset):
            primary_colour = UNSET
        else:
            primary_colour = self.primary_colour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "email": email,
                "legalCompanyName": legal_company_name,
                "customFields": custom_fields,
                "includeBeneficiaryAddressInPaymentDetails": include_beneficiary_address_in_payment_details,
            }
        )
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if iban is not UNSET:
            field_dict["iban"] = iban
        if uk_account_details is not UNSET:
            field_dict["ukAccountDetails"] = uk_account_details
        if us_ach_details is not UNSET:
            field_dict["usAchDetails"] = us_ach_details
        if us_wire_details is not UNSET:
            field_dict["usWireDetails"] = us_wire_details
        if ca_bank_account_details is not UNSET:
            field_dict["caBankAccountDetails"] = ca_bank_account_details
        if canadian_international_destination is not UNSET:
            field_dict["canadianInternationalDestination"] = canadian_international_destination
        if australian_destination is not UNSET:
            field_dict["australianDestination"] = australian_destination
        if swedish_bankgiro_destination is not UNSET:
            field_dict["swedishBankgiroDestination"] = swedish_bankgiro_destination
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if primary_colour is not UNSET:
            field_dict["primaryColour"] = primary_colour

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.australian_bank_account_destination import AustralianBankAccountDestination  # noqa: PLC0415
        from ..models.canadian_bank_account_destination import CanadianBankAccountDestination  # noqa: PLC0415
        from ..models.canadian_international_destination import CanadianInternationalDestination  # noqa: PLC0415
        from ..models.key_value_pair import KeyValuePair  # noqa: PLC0415
        from ..models.sort_code_account_number import SortCodeAccountNumber  # noqa: PLC0415
        from ..models.swedish_bankgiro_destination import SwedishBankgiroDestination  # noqa: PLC0415
        from ..models.us_ach_destination import UsAchDestination  # noqa: PLC0415
        from ..models.us_wire_destination import UsWireDestination  # noqa: PLC0415

        d = dict(src_dict)
        address = Address.from_dict(d.pop("address"))

        email = d.pop("email")

        legal_company_name = d.pop("legalCompanyName")

        custom_fields = []
        _custom_fields = d.pop("customFields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = KeyValuePair.from_dict(custom_fields_item_data)

            custom_fields.append(custom_fields_item)

        include_beneficiary_address_in_payment_details = d.pop("includeBeneficiaryAddressInPaymentDetails")

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("taxId", UNSET))

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        _uk_account_details = d.pop("ukAccountDetails", UNSET)
        uk_account_details: SortCodeAccountNumber | Unset
        if isinstance(_uk_account_details, Unset):
            uk_account_details = UNSET
        else:
            uk_account_details = SortCodeAccountNumber.from_dict(_uk_account_details)

        _us_ach_details = d.pop("usAchDetails", UNSET)
        us_ach_details: UsAchDestination | Unset
        if isinstance(_us_ach_details, Unset):
            us_ach_details = UNSET
        else:
            us_ach_details = UsAchDestination.from_dict(_us_ach_details)

        _us_wire_details = d.pop("usWireDetails", UNSET)
        us_wire_details: UsWireDestination | Unset
        if isinstance(_us_wire_details, Unset):
            us_wire_details = UNSET
        else:
            us_wire_details = UsWireDestination.from_dict(_us_wire_details)

        _ca_bank_account_details = d.pop("caBankAccountDetails", UNSET)
        ca_bank_account_details: CanadianBankAccountDestination | Unset
        if isinstance(_ca_bank_account_details, Unset):
            ca_bank_account_details = UNSET
        else:
            ca_bank_account_details = CanadianBankAccountDestination.from_dict(_ca_bank_account_details)

        _canadian_international_destination = d.pop("canadianInternationalDestination", UNSET)
        canadian_international_destination: CanadianInternationalDestination | Unset
        if isinstance(_canadian_international_destination, Unset):
            canadian_international_destination = UNSET
        else:
            canadian_international_destination = CanadianInternationalDestination.from_dict(
                _canadian_international_destination
            )

        _australian_destination = d.pop("australianDestination", UNSET)
        australian_destination: AustralianBankAccountDestination | Unset
        if isinstance(_australian_destination, Unset):
            australian_destination = UNSET
        else:
            australian_destination = AustralianBankAccountDestination.from_dict(_australian_destination)

        _swedish_bankgiro_destination = d.pop("swedishBankgiroDestination", UNSET)
        swedish_bankgiro_destination: SwedishBankgiroDestination | Unset
        if isinstance(_swedish_bankgiro_destination, Unset):
            swedish_bankgiro_destination = UNSET
        else:
            swedish_bankgiro_destination = SwedishBankgiroDestination.from_dict(_swedish_bankgiro_destination)

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        def _parse_primary_colour(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_colour = _parse_primary_colour(d.pop("primaryColour", UNSET))

        invoice_merchant_details = cls(
            address=address,
            email=email,
            legal_company_name=legal_company_name,
            custom_fields=custom_fields,
            include_beneficiary_address_in_payment_details=include_beneficiary_address_in_payment_details,
            phone_number=phone_number,
            tax_id=tax_id,
            iban=iban,
            uk_account_details=uk_account_details,
            us_ach_details=us_ach_details,
            us_wire_details=us_wire_details,
            ca_bank_account_details=ca_bank_account_details,
            canadian_international_destination=canadian_international_destination,
            australian_destination=australian_destination,
            swedish_bankgiro_destination=swedish_bankgiro_destination,
            logo_url=logo_url,
            primary_colour=primary_colour,
        )

        invoice_merchant_details.additional_properties = d
        return invoice_merchant_details

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
