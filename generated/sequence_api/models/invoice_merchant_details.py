from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT

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


@_attrs_define(init=False, slots=False, eq=False)
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
        phone_number (str | None): Merchant's phone number Example: 800001066.
        tax_id (str | None): Merchant's tax ID Example: TAX60.
        iban (str | None): Merchant's IBAN, for receiving payment by bank transfer Example: GB33BUKB20201555555555.
        uk_account_details (SortCodeAccountNumber | None): Merchant's UK bank account details, for receiving payment by
            UK bank transfer Example: {'sortCode': '000000', 'accountNumber': '12345678'}.
        us_ach_details (UsAchDestination | None): Merchant's US account details, for receiving payment by ACH Example:
            {'accountNumber': '12345678', 'accountName': 'John Doe', 'bankName': 'Chase', 'bankRoutingNumber': '123456789'}.
        us_wire_details (UsWireDestination | None): Merchant's US account details, for receiving payment by wire
            transfer Example: {'accountNumber': '12345678', 'accountName': 'John Doe', 'bankName': 'Chase',
            'bankRoutingNumber': '123456789', 'swiftCode': 'CHASUS33', 'bankAddress': {'line1': 'JP Morgan Chase', 'town':
            'New York City', 'state': 'NY', 'postcode': '10017', 'country': 'US'}}.
        ca_bank_account_details (CanadianBankAccountDestination | None): Merchant's Canadian account details, for
            receiving payment by Canadian bank transfer Example: {'transitNumber': '123', 'institutionNumber': '12345',
            'accountNumber': '1234567'}.
        canadian_international_destination (CanadianInternationalDestination | None): Merchant's account details, for
            receiving payment to a Canadian bank via Wire transfer Example: {'legalName': 'John Doe', 'accountNumber':
            '12345678', 'transitNumber': '12345', 'bankName': 'Chase', 'bankAddress': {'line1': 'JP Morgan Chase', 'town':
            'New York City', 'state': 'NY', 'postcode': '10017', 'country': 'US'}, 'institutionNumber': '123', 'swiftCode':
            'CHASUS33', 'intermediaryBank': {'bankName': 'Chase', 'bankAddress': {'line1': 'JP Morgan Chase', 'town': 'New
            York City', 'state': 'NY', 'postcode': '10017', 'country': 'US'}, 'swiftCode': 'CHASUS33', 'routingNumber':
            '123456789'}}.
        australian_destination (AustralianBankAccountDestination | None): Merchant's account details, for receiving
            payment to a Canadian bank via Australian bank transfer Example: {'legalName': 'John Doe', 'accountNumber':
            '12345678', 'swiftCode': 'CHASUS33', 'bsb': '123456'}.
        swedish_bankgiro_destination (SwedishBankgiroDestination | None): Merchant's Swedish Bankgiro account details,
            for receiving payment by Swedish Bankgiro Example: {'bankgiroNumber': '123-4567', 'accountName': '12345678'}.
        logo_url (str | None): Merchant's logo image URL Example: logo.
        primary_colour (str | None): Merchant's primary colour (for invoice rendering) Example: #000000.
    """

    address: Address
    email: str
    legal_company_name: str
    custom_fields: list[KeyValuePair]
    include_beneficiary_address_in_payment_details: bool
    phone_number: str | None = ABSENT
    tax_id: str | None = ABSENT
    iban: str | None = ABSENT
    uk_account_details: SortCodeAccountNumber | None = ABSENT
    us_ach_details: UsAchDestination | None = ABSENT
    us_wire_details: UsWireDestination | None = ABSENT
    ca_bank_account_details: CanadianBankAccountDestination | None = ABSENT
    canadian_international_destination: CanadianInternationalDestination | None = ABSENT
    australian_destination: AustralianBankAccountDestination | None = ABSENT
    swedish_bankgiro_destination: SwedishBankgiroDestination | None = ABSENT
    logo_url: str | None = ABSENT
    primary_colour: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "phone_number": 1,
        "tax_id": 2,
        "iban": 4,
        "uk_account_details": 8,
        "us_ach_details": 16,
        "us_wire_details": 32,
        "ca_bank_account_details": 64,
        "canadian_international_destination": 128,
        "australian_destination": 256,
        "swedish_bankgiro_destination": 512,
        "logo_url": 1024,
        "primary_colour": 2048,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "phone_number",
            "tax_id",
            "iban",
            "uk_account_details",
            "us_ach_details",
            "us_wire_details",
            "ca_bank_account_details",
            "canadian_international_destination",
            "australian_destination",
            "swedish_bankgiro_destination",
            "logo_url",
            "primary_colour",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "uk_account_details",
            "us_ach_details",
            "us_wire_details",
            "ca_bank_account_details",
            "canadian_international_destination",
            "australian_destination",
            "swedish_bankgiro_destination",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "address",
            "email",
            "legal_company_name",
            "custom_fields",
            "include_beneficiary_address_in_payment_details",
            "phone_number",
            "tax_id",
            "iban",
            "uk_account_details",
            "us_ach_details",
            "us_wire_details",
            "ca_bank_account_details",
            "canadian_international_destination",
            "australian_destination",
            "swedish_bankgiro_destination",
            "logo_url",
            "primary_colour",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        address: Address,
        email: str,
        legal_company_name: str,
        custom_fields: list[KeyValuePair],
        include_beneficiary_address_in_payment_details: bool,
        phone_number: str | None = ABSENT,
        tax_id: str | None = ABSENT,
        iban: str | None = ABSENT,
        uk_account_details: SortCodeAccountNumber | None = ABSENT,
        us_ach_details: UsAchDestination | None = ABSENT,
        us_wire_details: UsWireDestination | None = ABSENT,
        ca_bank_account_details: CanadianBankAccountDestination | None = ABSENT,
        canadian_international_destination: CanadianInternationalDestination | None = ABSENT,
        australian_destination: AustralianBankAccountDestination | None = ABSENT,
        swedish_bankgiro_destination: SwedishBankgiroDestination | None = ABSENT,
        logo_url: str | None = ABSENT,
        primary_colour: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if phone_number is ABSENT:
            phone_number = None
        else:
            _given_ |= 1
        if tax_id is ABSENT:
            tax_id = None
        else:
            _given_ |= 2
        if iban is ABSENT:
            iban = None
        else:
            _given_ |= 4
        if uk_account_details is ABSENT:
            uk_account_details = None
        else:
            _given_ |= 8
        if us_ach_details is ABSENT:
            us_ach_details = None
        else:
            _given_ |= 16
        if us_wire_details is ABSENT:
            us_wire_details = None
        else:
            _given_ |= 32
        if ca_bank_account_details is ABSENT:
            ca_bank_account_details = None
        else:
            _given_ |= 64
        if canadian_international_destination is ABSENT:
            canadian_international_destination = None
        else:
            _given_ |= 128
        if australian_destination is ABSENT:
            australian_destination = None
        else:
            _given_ |= 256
        if swedish_bankgiro_destination is ABSENT:
            swedish_bankgiro_destination = None
        else:
            _given_ |= 512
        if logo_url is ABSENT:
            logo_url = None
        else:
            _given_ |= 1024
        if primary_colour is ABSENT:
            primary_colour = None
        else:
            _given_ |= 2048
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "address": address,
                "email": email,
                "legal_company_name": legal_company_name,
                "custom_fields": custom_fields,
                "include_beneficiary_address_in_payment_details": include_beneficiary_address_in_payment_details,
                "phone_number": phone_number,
                "tax_id": tax_id,
                "iban": iban,
                "uk_account_details": uk_account_details,
                "us_ach_details": us_ach_details,
                "us_wire_details": us_wire_details,
                "ca_bank_account_details": ca_bank_account_details,
                "canadian_international_destination": canadian_international_destination,
                "australian_destination": australian_destination,
                "swedish_bankgiro_destination": swedish_bankgiro_destination,
                "logo_url": logo_url,
                "primary_colour": primary_colour,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is InvoiceMerchantDetails:  # a subclass may add its own
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
        address = self.address.to_dict()

        email = self.email

        legal_company_name = self.legal_company_name

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        include_beneficiary_address_in_payment_details = self.include_beneficiary_address_in_payment_details

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
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.phone_number is None:
                field_dict["phoneNumber"] = None
            else:
                phone_number: None | str
                phone_number = self.phone_number
                field_dict["phoneNumber"] = phone_number
        if _given_ & 2:
            if self.tax_id is None:
                field_dict["taxId"] = None
            else:
                tax_id: None | str
                tax_id = self.tax_id
                field_dict["taxId"] = tax_id
        if _given_ & 4:
            if self.iban is None:
                field_dict["iban"] = None
            else:
                iban: None | str
                iban = self.iban
                field_dict["iban"] = iban
        if _given_ & 8:
            if self.uk_account_details is None:
                field_dict["ukAccountDetails"] = None
            else:
                uk_account_details = self.uk_account_details.to_dict()
                field_dict["ukAccountDetails"] = uk_account_details
        if _given_ & 16:
            if self.us_ach_details is None:
                field_dict["usAchDetails"] = None
            else:
                us_ach_details = self.us_ach_details.to_dict()
                field_dict["usAchDetails"] = us_ach_details
        if _given_ & 32:
            if self.us_wire_details is None:
                field_dict["usWireDetails"] = None
            else:
                us_wire_details = self.us_wire_details.to_dict()
                field_dict["usWireDetails"] = us_wire_details
        if _given_ & 64:
            if self.ca_bank_account_details is None:
                field_dict["caBankAccountDetails"] = None
            else:
                ca_bank_account_details = self.ca_bank_account_details.to_dict()
                field_dict["caBankAccountDetails"] = ca_bank_account_details
        if _given_ & 128:
            if self.canadian_international_destination is None:
                field_dict["canadianInternationalDestination"] = None
            else:
                canadian_international_destination = self.canadian_international_destination.to_dict()
                field_dict["canadianInternationalDestination"] = canadian_international_destination
        if _given_ & 256:
            if self.australian_destination is None:
                field_dict["australianDestination"] = None
            else:
                australian_destination = self.australian_destination.to_dict()
                field_dict["australianDestination"] = australian_destination
        if _given_ & 512:
            if self.swedish_bankgiro_destination is None:
                field_dict["swedishBankgiroDestination"] = None
            else:
                swedish_bankgiro_destination = self.swedish_bankgiro_destination.to_dict()
                field_dict["swedishBankgiroDestination"] = swedish_bankgiro_destination
        if _given_ & 1024:
            if self.logo_url is None:
                field_dict["logoUrl"] = None
            else:
                logo_url: None | str
                logo_url = self.logo_url
                field_dict["logoUrl"] = logo_url
        if _given_ & 2048:
            if self.primary_colour is None:
                field_dict["primaryColour"] = None
            else:
                primary_colour: None | str
                primary_colour = self.primary_colour
                field_dict["primaryColour"] = primary_colour

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
        from ..models.australian_bank_account_destination import AustralianBankAccountDestination  # noqa: PLC0415
        from ..models.canadian_bank_account_destination import CanadianBankAccountDestination  # noqa: PLC0415
        from ..models.canadian_international_destination import CanadianInternationalDestination  # noqa: PLC0415
        from ..models.key_value_pair import KeyValuePair  # noqa: PLC0415
        from ..models.sort_code_account_number import SortCodeAccountNumber  # noqa: PLC0415
        from ..models.swedish_bankgiro_destination import SwedishBankgiroDestination  # noqa: PLC0415
        from ..models.us_ach_destination import UsAchDestination  # noqa: PLC0415
        from ..models.us_wire_destination import UsWireDestination  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        address = Address.from_dict(d.pop("address"))

        email = d.pop("email")

        legal_company_name = d.pop("legalCompanyName")

        custom_fields = []
        _custom_fields = d.pop("customFields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = KeyValuePair.from_dict(custom_fields_item_data)

            custom_fields.append(custom_fields_item)

        include_beneficiary_address_in_payment_details = d.pop("includeBeneficiaryAddressInPaymentDetails")

        phone_number_json_ = d.pop("phoneNumber", ABSENT)
        phone_number: str | None
        if phone_number_json_ is ABSENT:
            phone_number = None
        else:
            _given_ |= 1

            def _parse_phone_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            phone_number = _parse_phone_number(phone_number_json_)

        tax_id_json_ = d.pop("taxId", ABSENT)
        tax_id: str | None
        if tax_id_json_ is ABSENT:
            tax_id = None
        else:
            _given_ |= 2

            def _parse_tax_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            tax_id = _parse_tax_id(tax_id_json_)

        iban_json_ = d.pop("iban", ABSENT)
        iban: str | None
        if iban_json_ is ABSENT:
            iban = None
        else:
            _given_ |= 4

            def _parse_iban(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            iban = _parse_iban(iban_json_)

        uk_account_details_json_ = d.pop("ukAccountDetails", ABSENT)
        uk_account_details: SortCodeAccountNumber | None
        if uk_account_details_json_ is ABSENT:
            uk_account_details = None
        else:
            _given_ |= 8
            uk_account_details = SortCodeAccountNumber.from_dict(uk_account_details_json_)

        us_ach_details_json_ = d.pop("usAchDetails", ABSENT)
        us_ach_details: UsAchDestination | None
        if us_ach_details_json_ is ABSENT:
            us_ach_details = None
        else:
            _given_ |= 16
            us_ach_details = UsAchDestination.from_dict(us_ach_details_json_)

        us_wire_details_json_ = d.pop("usWireDetails", ABSENT)
        us_wire_details: UsWireDestination | None
        if us_wire_details_json_ is ABSENT:
            us_wire_details = None
        else:
            _given_ |= 32
            us_wire_details = UsWireDestination.from_dict(us_wire_details_json_)

        ca_bank_account_details_json_ = d.pop("caBankAccountDetails", ABSENT)
        ca_bank_account_details: CanadianBankAccountDestination | None
        if ca_bank_account_details_json_ is ABSENT:
            ca_bank_account_details = None
        else:
            _given_ |= 64
            ca_bank_account_details = CanadianBankAccountDestination.from_dict(ca_bank_account_details_json_)

        canadian_international_destination_json_ = d.pop("canadianInternationalDestination", ABSENT)
        canadian_international_destination: CanadianInternationalDestination | None
        if canadian_international_destination_json_ is ABSENT:
            canadian_international_destination = None
        else:
            _given_ |= 128
            canadian_international_destination = CanadianInternationalDestination.from_dict(
                canadian_international_destination_json_
            )

        australian_destination_json_ = d.pop("australianDestination", ABSENT)
        australian_destination: AustralianBankAccountDestination | None
        if australian_destination_json_ is ABSENT:
            australian_destination = None
        else:
            _given_ |= 256
            australian_destination = AustralianBankAccountDestination.from_dict(australian_destination_json_)

        swedish_bankgiro_destination_json_ = d.pop("swedishBankgiroDestination", ABSENT)
        swedish_bankgiro_destination: SwedishBankgiroDestination | None
        if swedish_bankgiro_destination_json_ is ABSENT:
            swedish_bankgiro_destination = None
        else:
            _given_ |= 512
            swedish_bankgiro_destination = SwedishBankgiroDestination.from_dict(swedish_bankgiro_destination_json_)

        logo_url_json_ = d.pop("logoUrl", ABSENT)
        logo_url: str | None
        if logo_url_json_ is ABSENT:
            logo_url = None
        else:
            _given_ |= 1024

            def _parse_logo_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            logo_url = _parse_logo_url(logo_url_json_)

        primary_colour_json_ = d.pop("primaryColour", ABSENT)
        primary_colour: str | None
        if primary_colour_json_ is ABSENT:
            primary_colour = None
        else:
            _given_ |= 2048

            def _parse_primary_colour(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            primary_colour = _parse_primary_colour(primary_colour_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "address": address,
                "email": email,
                "legal_company_name": legal_company_name,
                "custom_fields": custom_fields,
                "include_beneficiary_address_in_payment_details": include_beneficiary_address_in_payment_details,
                "phone_number": phone_number,
                "tax_id": tax_id,
                "iban": iban,
                "uk_account_details": uk_account_details,
                "us_ach_details": us_ach_details,
                "us_wire_details": us_wire_details,
                "ca_bank_account_details": ca_bank_account_details,
                "canadian_international_destination": canadian_international_destination,
                "australian_destination": australian_destination,
                "swedish_bankgiro_destination": swedish_bankgiro_destination,
                "logo_url": logo_url,
                "primary_colour": primary_colour,
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
