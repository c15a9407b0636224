from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_frequency import BillingFrequency
from ..models.billing_type import BillingType
from ..models.currency import Currency
from ..models.customer_status import CustomerStatus
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.generate_integration_id_request import GenerateIntegrationIdRequest
    from ..models.one_time_pricing_structure import OneTimePricingStructure
    from ..models.price_parameter import PriceParameter


T = TypeVar("T", bound="OneTimePriceRequest")


@_attrs_define(init=False, slots=False, eq=False)
class OneTimePriceRequest:
    """
    Example:
        {'productId': 'd07037d5-3e31-4c3a-a360-e58555e2bf44', 'name': 'Demo Product', 'currency': 'GBP', 'structure':
            {'price': '150.00', 'pricingType': 'ONE_TIME'}, 'billingFrequency': 'MONTHLY', 'billingType': 'IN_ARREARS',
            'integrationIds': [{'service': 'Xero', 'id': '123'}], 'customMetricParameters': [{'parameterId':
            '94703530-1293-479b-bd37-ccad42fd9c8b', 'value': '10'}], 'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100',
            'status': 'ACTIVE'}

    Attributes:
        product_id (str): The ID of the Product that this Price is associated with. Example:
            d07037d5-3e31-4c3a-a360-e58555e2bf44.
        name (str): A short form description of the price, which appears as the title of line items on invoices.
            Example: Demo Product.
        currency (Currency):  Example: GBP.
        structure (OneTimePricingStructure): The pricing structure Example: {'price': '150.00', 'pricingType':
            'ONE_TIME'}.
        billing_frequency (BillingFrequency):  Example: MONTHLY.
        billing_type (BillingType):  Example: IN_ARREARS.
        integration_ids (list[GenerateIntegrationIdRequest] | None): Alternate IDs for this Price in third-party
            integration systems Example: [{'service': 'Xero', 'id': '123'}].
        custom_metric_parameters (list[PriceParameter] | None): Specific parameters to influence usage calculation for
            this Price, and are only required when using custom metric. Please speak to your Sequence contacts for further
            information prior to usage. Example: [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b', 'value': '10'}].
        list_price_id (str | None): The list price ID, if this price variant was created from a list price Example:
            b4d7e884-e007-4183-8355-4771865c5100.
        status (CustomerStatus | None):  Example: ACTIVE.
    """

    product_id: str
    name: str
    currency: Currency
    structure: OneTimePricingStructure
    billing_frequency: BillingFrequency
    billing_type: BillingType
    integration_ids: list[GenerateIntegrationIdRequest] | None = ABSENT
    custom_metric_parameters: list[PriceParameter] | None = ABSENT
    list_price_id: str | None = ABSENT
    status: CustomerStatus | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "integration_ids": 1,
        "custom_metric_parameters": 2,
        "list_price_id": 4,
        "status": 8,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "integration_ids",
            "custom_metric_parameters",
            "list_price_id",
            "status",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "product_id",
            "name",
            "currency",
            "structure",
            "billing_frequency",
            "billing_type",
            "integration_ids",
            "custom_metric_parameters",
            "list_price_id",
            "status",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        product_id: str,
        name: str,
        currency: Currency,
        structure: OneTimePricingStructure,
        billing_frequency: BillingFrequency,
        billing_type: BillingType,
        integration_ids: list[GenerateIntegrationIdRequest] | None = ABSENT,
        custom_metric_parameters: list[PriceParameter] | None = ABSENT,
        list_price_id: str | None = ABSENT,
        status: CustomerStatus | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if integration_ids is ABSENT:
            integration_ids = None
        else:
            _given_ |= 1
        if custom_metric_parameters is ABSENT:
            custom_metric_parameters = None
        else:
            _given_ |= 2
        if list_price_id is ABSENT:
            list_price_id = None
        else:
            _given_ |= 4
        if status is ABSENT:
            status = None
        else:
            _given_ |= 8
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "product_id": product_id,
                "name": name,
                "currency": currency,
                "structure": structure,
                "billing_frequency": billing_frequency,
                "billing_type": billing_type,
                "integration_ids": integration_ids,
                "custom_metric_parameters": custom_metric_parameters,
                "list_price_id": list_price_id,
                "status": status,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is OneTimePriceRequest:  # a subclass may add its own
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
        product_id = self.product_id

        name = self.name

        currency = self.currency.value

        structure = self.structure.to_dict()

        billing_frequency = self.billing_frequency.value

        billing_type = self.billing_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "name": name,
                "currency": currency,
                "structure": structure,
                "billingFrequency": billing_frequency,
                "billingType": billing_type,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.integration_ids is None:
                field_dict["integrationIds"] = None
            else:
                integration_ids: list[dict[str, Any]] | None
                if isinstance(self.integration_ids, list):
                    integration_ids = []
                    for integration_ids_type_0_item_data in self.integration_ids:
                        integration_ids_type_0_item = integration_ids_type_0_item_data.to_dict()
                        integration_ids.append(integration_ids_type_0_item)

                else:
                    integration_ids = self.integration_ids
                field_dict["integrationIds"] = integration_ids
        if _given_ & 2:
            if self.custom_metric_parameters is None:
                field_dict["customMetricParameters"] = None
            else:
                custom_metric_parameters: list[dict[str, Any]] | None
                if isinstance(self.custom_metric_parameters, list):
                    custom_metric_parameters = []
                    for custom_metric_parameters_type_0_item_data in self.custom_metric_parameters:
                        custom_metric_parameters_type_0_item = custom_metric_parameters_type_0_item_data.to_dict()
                        custom_metric_parameters.append(custom_metric_parameters_type_0_item)

                else:
                    custom_metric_parameters = self.custom_metric_parameters
                field_dict["customMetricParameters"] = custom_metric_parameters
        if _given_ & 4:
            if self.list_price_id is None:
                field_dict["listPriceId"] = None
            else:
                list_price_id: None | str
                list_price_id = self.list_price_id
                field_dict["listPriceId"] = list_price_id
        if _given_ & 8:
            if self.status is None:
                field_dict["status"] = None
            else:
                status = self.status.value
                field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.generate_integration_id_request import GenerateIntegrationIdRequest  # noqa: PLC0415
        from ..models.one_time_pricing_structure import OneTimePricingStructure  # noqa: PLC0415
        from ..models.price_parameter import PriceParameter  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        product_id = d.pop("productId")

        name = d.pop("name")

        currency = Currency(d.pop("currency"))

        structure = OneTimePricingStructure.from_dict(d.pop("structure"))

        billing_frequency = BillingFrequency(d.pop("billingFrequency"))

        billing_type = BillingType(d.pop("billingType"))

        integration_ids_json_ = d.pop("integrationIds", ABSENT)
        integration_ids: list[GenerateIntegrationIdRequest] | None
        if integration_ids_json_ is ABSENT:
            integration_ids = None
        else:
            _given_ |= 1

            def _parse_integration_ids(data: object) -> list[GenerateIntegrationIdRequest] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    integration_ids_type_0 = []
                    _integration_ids_type_0 = data
                    for integration_ids_type_0_item_data in _integration_ids_type_0:
                        integration_ids_type_0_item = GenerateIntegrationIdRequest.from_dict(
                            integration_ids_type_0_item_data
                        )

                        integration_ids_type_0.append(integration_ids_type_0_item)

                    return integration_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[GenerateIntegrationIdRequest] | None, data)

            integration_ids = _parse_integration_ids(integration_ids_json_)

        custom_metric_parameters_json_ = d.pop("customMetricParameters", ABSENT)
        custom_metric_parameters: list[PriceParameter] | None
        if custom_metric_parameters_json_ is ABSENT:
            custom_metric_parameters = None
        else:
            _given_ |= 2

            def _parse_custom_metric_parameters(data: object) -> list[PriceParameter] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    custom_metric_parameters_type_0 = []
                    _custom_metric_parameters_type_0 = data
                    for custom_metric_parameters_type_0_item_data in _custom_metric_parameters_type_0:
                        custom_metric_parameters_type_0_item = PriceParameter.from_dict(
                            custom_metric_parameters_type_0_item_data
                        )

                        custom_metric_parameters_type_0.append(custom_metric_parameters_type_0_item)

                    return custom_metric_parameters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[PriceParameter] | None, data)

            custom_metric_parameters = _parse_custom_metric_parameters(custom_metric_parameters_json_)

        list_price_id_json_ = d.pop("listPriceId", ABSENT)
        list_price_id: str | None
        if list_price_id_json_ is ABSENT:
            list_price_id = None
        else:
            _given_ |= 4

            def _parse_list_price_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            list_price_id = _parse_list_price_id(list_price_id_json_)

        status_json_ = d.pop("status", ABSENT)
        status: CustomerStatus | None
        if status_json_ is ABSENT:
            status = None
        else:
            _given_ |= 8
            status = CustomerStatus(status_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "product_id": product_id,
                "name": name,
                "currency": currency,
                "structure": structure,
                "billing_frequency": billing_frequency,
                "billing_type": billing_type,
                "integration_ids": integration_ids,
                "custom_metric_parameters": custom_metric_parameters,
                "list_price_id": list_price_id,
                "status": status,
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
