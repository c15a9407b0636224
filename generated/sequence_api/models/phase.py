from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phase_recurrence_preference import PhaseRecurrencePreference
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.embeddable_credit_grant import EmbeddableCreditGrant
    from ..models.embeddable_discount import EmbeddableDiscount
    from ..models.minimum import Minimum
    from ..models.phase_price_metadata import PhasePriceMetadata


T = TypeVar("T", bound="Phase")


@_attrs_define(init=False, slots=False, eq=False)
class Phase:
    """
    Example:
        {'id': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'name': 'Onboarding', 'externalContractRef': 'ACME-2022-MSA',
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
            'arrCalculation': 'INCLUDE'}]}

    Attributes:
        id (str): Phase ID Example: 6dc54805-0ac8-4f17-9341-4d3f2db9dcd8.
        created_at (datetime.datetime): Created at Example: 2022-06-28T16:47:00Z.
        billing_schedule_id (str): Billing Schedule ID Example: b102e007-f5d7-4b1a-8a1d-9a51135ae73b.
        price_ids (list[str]): Price IDs Example: ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'].
        start_date (str): Start Date Example: 2022-01-01.
        discounts (list[EmbeddableDiscount]): Discounts in Phase Example: [{'id':
            '4451f62c-0c1f-491c-aeb2-9eb41b28149c', 'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'type':
            'PERCENTAGE', 'amount': 15, 'message': '15% Discount', 'separateLineItem': True, 'seatDiscountType':
            'ALL_SEATS'}].
        minimums (list[Minimum]):  Example: [{'id': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'sequenceAccountId':
            'c4602d51-0fb4-4b48-b689-6ba28f540d1e', 'billingScheduleId': 'b102e007-f5d7-4b1a-8a1d-9a51135ae73b', 'phaseId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'amount': 100, 'restrictToPrices':
            ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'createdAt': '2022-06-28T16:47:00Z', 'updatedAt':
            '2022-06-28T16:47:00Z'}].
        credit_grants (list[EmbeddableCreditGrant]): Credit grants in Phase Example: [{'id':
            '0199ca8a-e7e8-73b3-bd69-a316a23231a0', 'name': 'Monthly usage credits', 'creditUnitType': 'CURRENCY',
            'currency': 'GBP', 'amount': 100, 'costOfCredit': 0, 'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c',
            'grantRefreshFrequency': 'MONTHLY', 'rolloverMode': 'NONE', 'restrictToPrices':
            ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}].
        recurrence_preference (PhaseRecurrencePreference):  Example: CONTINUE_FROM_PREVIOUS_PHASE.
        phase_price_metadata (list[PhasePriceMetadata]): Additional metadata for the relationship between this phase and
            each price Example: [{'priceId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}].
        name (str | None): Name Example: Onboarding.
        external_contract_ref (str | None): Free-text reference to the contract this phase rolls up to in an external
            system. Phases sharing a reference belong to the same contract. Null means the phase rolls up to the billing
            schedule itself. Example: ACME-2022-MSA.
        end_date (str | None): End date Example: 2022-06-30.
    """

    id: str
    created_at: datetime.datetime
    billing_schedule_id: str
    price_ids: list[str]
    start_date: str
    discounts: list[EmbeddableDiscount]
    minimums: list[Minimum]
    credit_grants: list[EmbeddableCreditGrant]
    recurrence_preference: PhaseRecurrencePreference
    phase_price_metadata: list[PhasePriceMetadata]
    name: str | None = ABSENT
    external_contract_ref: str | None = ABSENT
    end_date: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "name": 1,
        "external_contract_ref": 2,
        "end_date": 4,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "external_contract_ref",
            "end_date",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset({})
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created_at",
            "billing_schedule_id",
            "price_ids",
            "start_date",
            "discounts",
            "minimums",
            "credit_grants",
            "recurrence_preference",
            "phase_price_metadata",
            "name",
            "external_contract_ref",
            "end_date",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        id: str,
        created_at: datetime.datetime,
        billing_schedule_id: str,
        price_ids: list[str],
        start_date: str,
        discounts: list[EmbeddableDiscount],
        minimums: list[Minimum],
        credit_grants: list[EmbeddableCreditGrant],
        recurrence_preference: PhaseRecurrencePreference,
        phase_price_metadata: list[PhasePriceMetadata],
        name: str | None = ABSENT,
        external_contract_ref: str | None = ABSENT,
        end_date: str | None = ABSENT,
    ) -> None:
        """An optional argument left out is absent (reads None, not sent); one given, even None, is sent."""
        _given_ = 0
        if name is ABSENT:
            name = None
        else:
            _given_ |= 1
        if external_contract_ref is ABSENT:
            external_contract_ref = None
        else:
            _given_ |= 2
        if end_date is ABSENT:
            end_date = None
        else:
            _given_ |= 4
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "created_at": created_at,
                "billing_schedule_id": billing_schedule_id,
                "price_ids": price_ids,
                "start_date": start_date,
                "discounts": discounts,
                "minimums": minimums,
                "credit_grants": credit_grants,
                "recurrence_preference": recurrence_preference,
                "phase_price_metadata": phase_price_metadata,
                "name": name,
                "external_contract_ref": external_contract_ref,
                "end_date": end_date,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is Phase:  # a subclass may add its own
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

        created_at = self.created_at.isoformat()

        billing_schedule_id = self.billing_schedule_id

        price_ids = self.price_ids

        start_date = self.start_date

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        minimums = []
        for minimums_item_data in self.minimums:
            minimums_item = minimums_item_data.to_dict()
            minimums.append(minimums_item)

        credit_grants = []
        for credit_grants_item_data in self.credit_grants:
            credit_grants_item = credit_grants_item_data.to_dict()
            credit_grants.append(credit_grants_item)

        recurrence_preference = self.recurrence_preference.value

        phase_price_metadata = []
        for phase_price_metadata_item_data in self.phase_price_metadata:
            phase_price_metadata_item = phase_price_metadata_item_data.to_dict()
            phase_price_metadata.append(phase_price_metadata_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "billingScheduleId": billing_schedule_id,
                "priceIds": price_ids,
                "startDate": start_date,
                "discounts": discounts,
                "minimums": minimums,
                "creditGrants": credit_grants,
                "recurrencePreference": recurrence_preference,
                "phasePriceMetadata": phase_price_metadata,
            }
        )
        _given_ = self.__dict__.get("_given_bits", 0)
        if _given_ & 1:
            if self.name is None:
                field_dict["name"] = None
            else:
                name: None | str
                name = self.name
                field_dict["name"] = name
        if _given_ & 2:
            if self.external_contract_ref is None:
                field_dict["externalContractRef"] = None
            else:
                external_contract_ref: None | str
                external_contract_ref = self.external_contract_ref
                field_dict["externalContractRef"] = external_contract_ref
        if _given_ & 4:
            if self.end_date is None:
                field_dict["endDate"] = None
            else:
                end_date: None | str
                end_date = self.end_date
                field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.embeddable_credit_grant import EmbeddableCreditGrant  # noqa: PLC0415
        from ..models.embeddable_discount import EmbeddableDiscount  # noqa: PLC0415
        from ..models.minimum import Minimum  # noqa: PLC0415
        from ..models.phase_price_metadata import PhasePriceMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        billing_schedule_id = d.pop("billingScheduleId")

        price_ids = cast(list[str], d.pop("priceIds"))

        start_date = d.pop("startDate")

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = EmbeddableDiscount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        minimums = []
        _minimums = d.pop("minimums")
        for minimums_item_data in _minimums:
            minimums_item = Minimum.from_dict(minimums_item_data)

            minimums.append(minimums_item)

        credit_grants = []
        _credit_grants = d.pop("creditGrants")
        for credit_grants_item_data in _credit_grants:
            credit_grants_item = EmbeddableCreditGrant.from_dict(credit_grants_item_data)

            credit_grants.append(credit_grants_item)

        recurrence_preference = PhaseRecurrencePreference(d.pop("recurrencePreference"))

        phase_price_metadata = []
        _phase_price_metadata = d.pop("phasePriceMetadata")
        for phase_price_metadata_item_data in _phase_price_metadata:
            phase_price_metadata_item = PhasePriceMetadata.from_dict(phase_price_metadata_item_data)

            phase_price_metadata.append(phase_price_metadata_item)

        name_json_ = d.pop("name", ABSENT)
        name: str | None
        if name_json_ is ABSENT:
            name = None
        else:
            _given_ |= 1

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            name = _parse_name(name_json_)

        external_contract_ref_json_ = d.pop("externalContractRef", ABSENT)
        external_contract_ref: str | None
        if external_contract_ref_json_ is ABSENT:
            external_contract_ref = None
        else:
            _given_ |= 2

            def _parse_external_contract_ref(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            external_contract_ref = _parse_external_contract_ref(external_contract_ref_json_)

        end_date_json_ = d.pop("endDate", ABSENT)
        end_date: str | None
        if end_date_json_ is ABSENT:
            end_date = None
        else:
            _given_ |= 4

            def _parse_end_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            end_date = _parse_end_date(end_date_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "id": id,
                "created_at": created_at,
                "billing_schedule_id": billing_schedule_id,
                "price_ids": price_ids,
                "start_date": start_date,
                "discounts": discounts,
                "minimums": minimums,
                "credit_grants": credit_grants,
                "recurrence_preference": recurrence_preference,
                "phase_price_metadata": phase_price_metadata,
                "name": name,
                "external_contract_ref": external_contract_ref,
                "end_date": end_date,
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
