from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phase_recurrence_preference import PhaseRecurrencePreference
from ..types import ABSENT

if TYPE_CHECKING:
    from ..models.embeddable_credit_grant_request import EmbeddableCreditGrantRequest
    from ..models.embeddable_discount_request import EmbeddableDiscountRequest
    from ..models.minimum_request import MinimumRequest
    from ..models.phase_list_price_metadata import PhaseListPriceMetadata
    from ..models.phase_price_metadata import PhasePriceMetadata


T = TypeVar("T", bound="PhaseRequest")


@_attrs_define(init=False, slots=False, eq=False)
class PhaseRequest:
    """
    Example:
        {'name': 'Trial Period', 'externalContractRef': 'ACME-2022-MSA', 'priceIds':
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
            'INCLUDE'}]}

    Attributes:
        price_ids (list[str]): The price IDs included in this phase Example: ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'].
        start_date (str): Phase start date Example: 2022-01-01.
        name (str | None): Optional name for the Phase Example: Trial Period.
        external_contract_ref (str | None): Free-text reference to the contract this phase rolls up to in an external
            system. Phases sharing a reference belong to the same contract; surrounding whitespace is trimmed, and matching
            is case-sensitive. On update, omitting this field or sending null clears any existing reference and has the
            phase roll up to the billing schedule itself. Example: ACME-2022-MSA.
        end_date (str | None): Phase end date. A null end date denotes an open-ended phase. Only the last phase can be
            open-ended. Example: 2022-06-30.
        discounts (list[EmbeddableDiscountRequest] | None): Discounts applicable to this phase Example:
            [{'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'type': 'PERCENTAGE', 'amount': 8, 'message':
            '8% Discount', 'separateLineItem': True, 'seatDiscountType': 'ALL_SEATS'}].
        minimums (list[MinimumRequest] | None): Minimums applicable to this phase Example: [{'restrictToPrices':
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}].
        credit_grants (list[EmbeddableCreditGrantRequest] | None): Credit grants applicable to this phase. Omit this
            field on every phase to leave the schedule's existing grants untouched. Once any phase provides it, the grants
            across all phases are the schedule's full grant spec: grants without an ID are created, grants re-sent with
            their ID are kept, and grants left out are removed. Grants cannot be updated through this request, and a grant
            that has already been drawn down cannot be removed this way — delete it through the credit grant endpoint
            instead. Example: [{'name': 'Monthly usage credits', 'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount':
            100, 'costOfCredit': 0, 'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'grantRefreshFrequency': 'MONTHLY',
            'rolloverMode': 'NONE', 'restrictToPrices': ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}].
        list_price_ids (list[str] | None): IDs of list prices from which to create prices for this phase Example:
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'].
        recurrence_preference (PhaseRecurrencePreference | None):  Example: CONTINUE_FROM_PREVIOUS_PHASE.
        phase_price_metadata (list[PhasePriceMetadata] | None): Additional metadata for the relationship between this
            phase and each price Example: [{'priceId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation':
            'INCLUDE'}].
        phase_list_price_metadata (list[PhaseListPriceMetadata] | None): Additional metadata for the relationship
            between this phase and each list price Example: [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e',
            'arrCalculation': 'INCLUDE'}].
    """

    price_ids: list[str]
    start_date: str
    name: str | None = ABSENT
    external_contract_ref: str | None = ABSENT
    end_date: str | None = ABSENT
    discounts: list[EmbeddableDiscountRequest] | None = ABSENT
    minimums: list[MinimumRequest] | None = ABSENT
    credit_grants: list[EmbeddableCreditGrantRequest] | None = ABSENT
    list_price_ids: list[str] | None = ABSENT
    recurrence_preference: PhaseRecurrencePreference | None = ABSENT
    phase_price_metadata: list[PhasePriceMetadata] | None = ABSENT
    phase_list_price_metadata: list[PhaseListPriceMetadata] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The optional fields (each with its bit in `_given_bits`: given or not), and those of them
    # that the API never sends as null (sequence_async reads them).
    _FIELD_BITS: ClassVar[dict[str, int]] = {
        "name": 1,
        "external_contract_ref": 2,
        "end_date": 4,
        "discounts": 8,
        "minimums": 16,
        "credit_grants": 32,
        "list_price_ids": 64,
        "recurrence_preference": 128,
        "phase_price_metadata": 256,
        "phase_list_price_metadata": 512,
    }
    _OPTIONAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "external_contract_ref",
            "end_date",
            "discounts",
            "minimums",
            "credit_grants",
            "list_price_ids",
            "recurrence_preference",
            "phase_price_metadata",
            "phase_list_price_metadata",
        }
    )
    _NOT_NULL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "recurrence_preference",
        }
    )
    # Every attribute an instance has; `_given_bits` (which optional fields were given) is kept in
    # the instance's __dict__, not an attrs field, so attrs.asdict/fields and cattrs never see it.
    _ATTRIBUTES: ClassVar[frozenset[str]] = frozenset(
        {
            "price_ids",
            "start_date",
            "name",
            "external_contract_ref",
            "end_date",
            "discounts",
            "minimums",
            "credit_grants",
            "list_price_ids",
            "recurrence_preference",
            "phase_price_metadata",
            "phase_list_price_metadata",
            "additional_properties",
            "_given_bits",
        }
    )

    def __init__(
        self,
        price_ids: list[str],
        start_date: str,
        name: str | None = ABSENT,
        external_contract_ref: str | None = ABSENT,
        end_date: str | None = ABSENT,
        discounts: list[EmbeddableDiscountRequest] | None = ABSENT,
        minimums: list[MinimumRequest] | None = ABSENT,
        credit_grants: list[EmbeddableCreditGrantRequest] | None = ABSENT,
        list_price_ids: list[str] | None = ABSENT,
        recurrence_preference: PhaseRecurrencePreference | None = ABSENT,
        phase_price_metadata: list[PhasePriceMetadata] | None = ABSENT,
        phase_list_price_metadata: list[PhaseListPriceMetadata] | None = ABSENT,
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
        if discounts is ABSENT:
            discounts = None
        else:
            _given_ |= 8
        if minimums is ABSENT:
            minimums = None
        else:
            _given_ |= 16
        if credit_grants is ABSENT:
            credit_grants = None
        else:
            _given_ |= 32
        if list_price_ids is ABSENT:
            list_price_ids = None
        else:
            _given_ |= 64
        if recurrence_preference is ABSENT:
            recurrence_preference = None
        else:
            _given_ |= 128
        if phase_price_metadata is ABSENT:
            phase_price_metadata = None
        else:
            _given_ |= 256
        if phase_list_price_metadata is ABSENT:
            phase_list_price_metadata = None
        else:
            _given_ |= 512
        # The whole __dict__ at once: no __setattr__ per field, and attribute reads as fast as a slot's.
        object.__setattr__(
            self,
            "__dict__",
            {
                "price_ids": price_ids,
                "start_date": start_date,
                "name": name,
                "external_contract_ref": external_contract_ref,
                "end_date": end_date,
                "discounts": discounts,
                "minimums": minimums,
                "credit_grants": credit_grants,
                "list_price_ids": list_price_ids,
                "recurrence_preference": recurrence_preference,
                "phase_price_metadata": phase_price_metadata,
                "phase_list_price_metadata": phase_list_price_metadata,
                "additional_properties": {},
                "_given_bits": _given_,
            },
        )

    if not TYPE_CHECKING:  # hidden from type checkers, so that `model.lable = ...` stays a type error

        def __setattr__(self, name: str, value: Any) -> None:
            """Assigning a field marks it given; assigning ABSENT (UNSET) makes it absent again."""
            if name not in self._ATTRIBUTES and type(self) is PhaseRequest:  # a subclass may add its own
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
        price_ids = self.price_ids

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "priceIds": price_ids,
                "startDate": start_date,
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
        if _given_ & 8:
            if self.discounts is None:
                field_dict["discounts"] = None
            else:
                discounts: list[dict[str, Any]] | None
                if isinstance(self.discounts, list):
                    discounts = []
                    for discounts_type_0_item_data in self.discounts:
                        discounts_type_0_item = discounts_type_0_item_data.to_dict()
                        discounts.append(discounts_type_0_item)

                else:
                    discounts = self.discounts
                field_dict["discounts"] = discounts
        if _given_ & 16:
            if self.minimums is None:
                field_dict["minimums"] = None
            else:
                minimums: list[dict[str, Any]] | None
                if isinstance(self.minimums, list):
                    minimums = []
                    for minimums_type_0_item_data in self.minimums:
                        minimums_type_0_item = minimums_type_0_item_data.to_dict()
                        minimums.append(minimums_type_0_item)

                else:
                    minimums = self.minimums
                field_dict["minimums"] = minimums
        if _given_ & 32:
            if self.credit_grants is None:
                field_dict["creditGrants"] = None
            else:
                credit_grants: list[dict[str, Any]] | None
                if isinstance(self.credit_grants, list):
                    credit_grants = []
                    for credit_grants_type_0_item_data in self.credit_grants:
                        credit_grants_type_0_item = credit_grants_type_0_item_data.to_dict()
                        credit_grants.append(credit_grants_type_0_item)

                else:
                    credit_grants = self.credit_grants
                field_dict["creditGrants"] = credit_grants
        if _given_ & 64:
            if self.list_price_ids is None:
                field_dict["listPriceIds"] = None
            else:
                list_price_ids: list[str] | None
                if isinstance(self.list_price_ids, list):
                    list_price_ids = self.list_price_ids

                else:
                    list_price_ids = self.list_price_ids
                field_dict["listPriceIds"] = list_price_ids
        if _given_ & 128:
            if self.recurrence_preference is None:
                field_dict["recurrencePreference"] = None
            else:
                recurrence_preference = self.recurrence_preference.value
                field_dict["recurrencePreference"] = recurrence_preference
        if _given_ & 256:
            if self.phase_price_metadata is None:
                field_dict["phasePriceMetadata"] = None
            else:
                phase_price_metadata: list[dict[str, Any]] | None
                if isinstance(self.phase_price_metadata, list):
                    phase_price_metadata = []
                    for phase_price_metadata_type_0_item_data in self.phase_price_metadata:
                        phase_price_metadata_type_0_item = phase_price_metadata_type_0_item_data.to_dict()
                        phase_price_metadata.append(phase_price_metadata_type_0_item)

                else:
                    phase_price_metadata = self.phase_price_metadata
                field_dict["phasePriceMetadata"] = phase_price_metadata
        if _given_ & 512:
            if self.phase_list_price_metadata is None:
                field_dict["phaseListPriceMetadata"] = None
            else:
                phase_list_price_metadata: list[dict[str, Any]] | None
                if isinstance(self.phase_list_price_metadata, list):
                    phase_list_price_metadata = []
                    for phase_list_price_metadata_type_0_item_data in self.phase_list_price_metadata:
                        phase_list_price_metadata_type_0_item = phase_list_price_metadata_type_0_item_data.to_dict()
                        phase_list_price_metadata.append(phase_list_price_metadata_type_0_item)

                else:
                    phase_list_price_metadata = self.phase_list_price_metadata
                field_dict["phaseListPriceMetadata"] = phase_list_price_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        if not isinstance(src_dict, Mapping):  # a list of pairs or a string would pass dict(...)
            if isinstance(src_dict, list) and not src_dict:
                src_dict = {}  # `[]` for an empty object: a common serializer artifact, kept readable
            else:
                raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.embeddable_credit_grant_request import EmbeddableCreditGrantRequest  # noqa: PLC0415
        from ..models.embeddable_discount_request import EmbeddableDiscountRequest  # noqa: PLC0415
        from ..models.minimum_request import MinimumRequest  # noqa: PLC0415
        from ..models.phase_list_price_metadata import PhaseListPriceMetadata  # noqa: PLC0415
        from ..models.phase_price_metadata import PhasePriceMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _given_ = 0
        price_ids = cast(list[str], d.pop("priceIds"))

        start_date = d.pop("startDate")

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

        discounts_json_ = d.pop("discounts", ABSENT)
        discounts: list[EmbeddableDiscountRequest] | None
        if discounts_json_ is ABSENT:
            discounts = None
        else:
            _given_ |= 8

            def _parse_discounts(data: object) -> list[EmbeddableDiscountRequest] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    discounts_type_0 = []
                    _discounts_type_0 = data
                    for discounts_type_0_item_data in _discounts_type_0:
                        discounts_type_0_item = EmbeddableDiscountRequest.from_dict(discounts_type_0_item_data)

                        discounts_type_0.append(discounts_type_0_item)

                    return discounts_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[EmbeddableDiscountRequest] | None, data)

            discounts = _parse_discounts(discounts_json_)

        minimums_json_ = d.pop("minimums", ABSENT)
        minimums: list[MinimumRequest] | None
        if minimums_json_ is ABSENT:
            minimums = None
        else:
            _given_ |= 16

            def _parse_minimums(data: object) -> list[MinimumRequest] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    minimums_type_0 = []
                    _minimums_type_0 = data
                    for minimums_type_0_item_data in _minimums_type_0:
                        minimums_type_0_item = MinimumRequest.from_dict(minimums_type_0_item_data)

                        minimums_type_0.append(minimums_type_0_item)

                    return minimums_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[MinimumRequest] | None, data)

            minimums = _parse_minimums(minimums_json_)

        credit_grants_json_ = d.pop("creditGrants", ABSENT)
        credit_grants: list[EmbeddableCreditGrantRequest] | None
        if credit_grants_json_ is ABSENT:
            credit_grants = None
        else:
            _given_ |= 32

            def _parse_credit_grants(data: object) -> list[EmbeddableCreditGrantRequest] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    credit_grants_type_0 = []
                    _credit_grants_type_0 = data
                    for credit_grants_type_0_item_data in _credit_grants_type_0:
                        credit_grants_type_0_item = EmbeddableCreditGrantRequest.from_dict(
                            credit_grants_type_0_item_data
                        )

                        credit_grants_type_0.append(credit_grants_type_0_item)

                    return credit_grants_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[EmbeddableCreditGrantRequest] | None, data)

            credit_grants = _parse_credit_grants(credit_grants_json_)

        list_price_ids_json_ = d.pop("listPriceIds", ABSENT)
        list_price_ids: list[str] | None
        if list_price_ids_json_ is ABSENT:
            list_price_ids = None
        else:
            _given_ |= 64

            def _parse_list_price_ids(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    list_price_ids_type_0 = cast(list[str], data)

                    return list_price_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            list_price_ids = _parse_list_price_ids(list_price_ids_json_)

        recurrence_preference_json_ = d.pop("recurrencePreference", ABSENT)
        recurrence_preference: PhaseRecurrencePreference | None
        if recurrence_preference_json_ is ABSENT:
            recurrence_preference = None
        else:
            _given_ |= 128
            recurrence_preference = PhaseRecurrencePreference(recurrence_preference_json_)

        phase_price_metadata_json_ = d.pop("phasePriceMetadata", ABSENT)
        phase_price_metadata: list[PhasePriceMetadata] | None
        if phase_price_metadata_json_ is ABSENT:
            phase_price_metadata = None
        else:
            _given_ |= 256

            def _parse_phase_price_metadata(data: object) -> list[PhasePriceMetadata] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    phase_price_metadata_type_0 = []
                    _phase_price_metadata_type_0 = data
                    for phase_price_metadata_type_0_item_data in _phase_price_metadata_type_0:
                        phase_price_metadata_type_0_item = PhasePriceMetadata.from_dict(
                            phase_price_metadata_type_0_item_data
                        )

                        phase_price_metadata_type_0.append(phase_price_metadata_type_0_item)

                    return phase_price_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[PhasePriceMetadata] | None, data)

            phase_price_metadata = _parse_phase_price_metadata(phase_price_metadata_json_)

        phase_list_price_metadata_json_ = d.pop("phaseListPriceMetadata", ABSENT)
        phase_list_price_metadata: list[PhaseListPriceMetadata] | None
        if phase_list_price_metadata_json_ is ABSENT:
            phase_list_price_metadata = None
        else:
            _given_ |= 512

            def _parse_phase_list_price_metadata(data: object) -> list[PhaseListPriceMetadata] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    phase_list_price_metadata_type_0 = []
                    _phase_list_price_metadata_type_0 = data
                    for phase_list_price_metadata_type_0_item_data in _phase_list_price_metadata_type_0:
                        phase_list_price_metadata_type_0_item = PhaseListPriceMetadata.from_dict(
                            phase_list_price_metadata_type_0_item_data
                        )

                        phase_list_price_metadata_type_0.append(phase_list_price_metadata_type_0_item)

                    return phase_list_price_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[PhaseListPriceMetadata] | None, data)

            phase_list_price_metadata = _parse_phase_list_price_metadata(phase_list_price_metadata_json_)

        additional_properties_ = d
        _model_ = cls.__new__(cls)
        object.__setattr__(
            _model_,
            "__dict__",
            {
                "price_ids": price_ids,
                "start_date": start_date,
                "name": name,
                "external_contract_ref": external_contract_ref,
                "end_date": end_date,
                "discounts": discounts,
                "minimums": minimums,
                "credit_grants": credit_grants,
                "list_price_ids": list_price_ids,
                "recurrence_preference": recurrence_preference,
                "phase_price_metadata": phase_price_metadata,
                "phase_list_price_metadata": phase_list_price_metadata,
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
