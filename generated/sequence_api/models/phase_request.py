from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phase_recurrence_preference import PhaseRecurrencePreference
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embeddable_credit_grant_request import EmbeddableCreditGrantRequest
    from ..models.embeddable_discount_request import EmbeddableDiscountRequest
    from ..models.minimum_request import MinimumRequest
    from ..models.phase_list_price_metadata import PhaseListPriceMetadata
    from ..models.phase_price_metadata import PhasePriceMetadata


T = TypeVar("T", bound="PhaseRequest")


@_attrs_define
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
        name (None | str | Unset): Optional name for the Phase Example: Trial Period.
        external_contract_ref (None | str | Unset): Free-text reference to the contract this phase rolls up to in an
            external system. Phases sharing a reference belong to the same contract; surrounding whitespace is trimmed, and
            matching is case-sensitive. On update, omitting this field or sending null clears any existing reference and has
            the phase roll up to the billing schedule itself. Example: ACME-2022-MSA.
        end_date (None | str | Unset): Phase end date. A null end date denotes an open-ended phase. Only the last phase
            can be open-ended. Example: 2022-06-30.
        discounts (list[EmbeddableDiscountRequest] | None | Unset): Discounts applicable to this phase Example:
            [{'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'type': 'PERCENTAGE', 'amount': 8, 'message':
            '8% Discount', 'separateLineItem': True, 'seatDiscountType': 'ALL_SEATS'}].
        minimums (list[MinimumRequest] | None | Unset): Minimums applicable to this phase Example: [{'restrictToPrices':
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}].
        credit_grants (list[EmbeddableCreditGrantRequest] | None | Unset): Credit grants applicable to this phase. Omit
            this field on every phase to leave the schedule's existing grants untouched. Once any phase provides it, the
            grants across all phases are the schedule's full grant spec: grants without an ID are created, grants re-sent
            with their ID are kept, and grants left out are removed. Grants cannot be updated through this request, and a
            grant that has already been drawn down cannot be removed this way — delete it through the credit grant endpoint
            instead. Example: [{'name': 'Monthly usage credits', 'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount':
            100, 'costOfCredit': 0, 'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'grantRefreshFrequency': 'MONTHLY',
            'rolloverMode': 'NONE', 'restrictToPrices': ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}].
        list_price_ids (list[str] | None | Unset): IDs of list prices from which to create prices for this phase
            Example: ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'].
        recurrence_preference (PhaseRecurrencePreference | Unset):  Example: CONTINUE_FROM_PREVIOUS_PHASE.
        phase_price_metadata (list[PhasePriceMetadata] | None | Unset): Additional metadata for the relationship between
            this phase and each price Example: [{'priceId': '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation':
            'INCLUDE'}].
        phase_list_price_metadata (list[PhaseListPriceMetadata] | None | Unset): Additional metadata for the
            relationship between this phase and each list price Example: [{'listPriceId':
            '45e16eb7-2170-4632-b04f-9ecd90b85b1e', 'arrCalculation': 'INCLUDE'}].
    """

    price_ids: list[str]
    start_date: str
    name: None | str | Unset = UNSET
    external_contract_ref: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    discounts: list[EmbeddableDiscountRequest] | None | Unset = UNSET
    minimums: list[MinimumRequest] | None | Unset = UNSET
    credit_grants: list[EmbeddableCreditGrantRequest] | None | Unset = UNSET
    list_price_ids: list[str] | None | Unset = UNSET
    recurrence_preference: PhaseRecurrencePreference | Unset = UNSET
    phase_price_metadata: list[PhasePriceMetadata] | None | Unset = UNSET
    phase_list_price_metadata: list[PhaseListPriceMetadata] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as the API's JSON object (unknown fields included)."""
        price_ids = self.price_ids

        start_date = self.start_date

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        external_contract_ref: None | str | Unset
        if isinstance(self.external_contract_ref, Unset):
            external_contract_ref = UNSET
        else:
            external_contract_ref = self.external_contract_ref

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        minimums: list[dict[str, Any]] | None | Unset
        if isinstance(self.minimums, Unset):
            minimums = UNSET
        elif isinstance(self.minimums, list):
            minimums = []
            for minimums_type_0_item_data in self.minimums:
                minimums_type_0_item = minimums_type_0_item_data.to_dict()
                minimums.append(minimums_type_0_item)

        else:
            minimums = self.minimums

        credit_grants: list[dict[str, Any]] | None | Unset
        if isinstance(self.credit_grants, Unset):
            credit_grants = UNSET
        elif isinstance(self.credit_grants, list):
            credit_grants = []
            for credit_grants_type_0_item_data in self.credit_grants:
                credit_grants_type_0_item = credit_grants_type_0_item_data.to_dict()
                credit_grants.append(credit_grants_type_0_item)

        else:
            credit_grants = self.credit_grants

        list_price_ids: list[str] | None | Unset
        if isinstance(self.list_price_ids, Unset):
            list_price_ids = UNSET
        elif isinstance(self.list_price_ids, list):
            list_price_ids = self.list_price_ids

        else:
            list_price_ids = self.list_price_ids

        recurrence_preference: str | Unset = UNSET
        if not isinstance(self.recurrence_preference, Unset):
            recurrence_preference = self.recurrence_preference.value

        phase_price_metadata: list[dict[str, Any]] | None | Unset
        if isinstance(self.phase_price_metadata, Unset):
            phase_price_metadata = UNSET
        elif isinstance(self.phase_price_metadata, list):
            phase_price_metadata = []
            for phase_price_metadata_type_0_item_data in self.phase_price_metadata:
                phase_price_metadata_type_0_item = phase_price_metadata_type_0_item_data.to_dict()
                phase_price_metadata.append(phase_price_metadata_type_0_item)

        else:
            phase_price_metadata = self.phase_price_metadata

        phase_list_price_metadata: list[dict[str, Any]] | None | Unset
        if isinstance(self.phase_list_price_metadata, Unset):
            phase_list_price_metadata = UNSET
        elif isinstance(self.phase_list_price_metadata, list):
            phase_list_price_metadata = []
            for phase_list_price_metadata_type_0_item_data in self.phase_list_price_metadata:
                phase_list_price_metadata_type_0_item = phase_list_price_metadata_type_0_item_data.to_dict()
                phase_list_price_metadata.append(phase_list_price_metadata_type_0_item)

        else:
            phase_list_price_metadata = self.phase_list_price_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "priceIds": price_ids,
                "startDate": start_date,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if external_contract_ref is not UNSET:
            field_dict["externalContractRef"] = external_contract_ref
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if minimums is not UNSET:
            field_dict["minimums"] = minimums
        if credit_grants is not UNSET:
            field_dict["creditGrants"] = credit_grants
        if list_price_ids is not UNSET:
            field_dict["listPriceIds"] = list_price_ids
        if recurrence_preference is not UNSET:
            field_dict["recurrencePreference"] = recurrence_preference
        if phase_price_metadata is not UNSET:
            field_dict["phasePriceMetadata"] = phase_price_metadata
        if phase_list_price_metadata is not UNSET:
            field_dict["phaseListPriceMetadata"] = phase_list_price_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model of one JSON object from the API; fields this SDK does not know go to additional_properties."""
        from ..models.embeddable_credit_grant_request import EmbeddableCreditGrantRequest  # noqa: PLC0415
        from ..models.embeddable_discount_request import EmbeddableDiscountRequest  # noqa: PLC0415
        from ..models.minimum_request import MinimumRequest  # noqa: PLC0415
        from ..models.phase_list_price_metadata import PhaseListPriceMetadata  # noqa: PLC0415
        from ..models.phase_price_metadata import PhasePriceMetadata  # noqa: PLC0415

        d = dict(src_dict)
        price_ids = cast(list[str], d.pop("priceIds"))

        start_date = d.pop("startDate")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_external_contract_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_contract_ref = _parse_external_contract_ref(d.pop("externalContractRef", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        def _parse_discounts(data: object) -> list[EmbeddableDiscountRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(list[EmbeddableDiscountRequest] | None | Unset, data)

        discounts = _parse_discounts(d.pop("discounts", UNSET))

        def _parse_minimums(data: object) -> list[MinimumRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(list[MinimumRequest] | None | Unset, data)

        minimums = _parse_minimums(d.pop("minimums", UNSET))

        def _parse_credit_grants(data: object) -> list[EmbeddableCreditGrantRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                credit_grants_type_0 = []
                _credit_grants_type_0 = data
                for credit_grants_type_0_item_data in _credit_grants_type_0:
                    credit_grants_type_0_item = EmbeddableCreditGrantRequest.from_dict(credit_grants_type_0_item_data)

                    credit_grants_type_0.append(credit_grants_type_0_item)

                return credit_grants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmbeddableCreditGrantRequest] | None | Unset, data)

        credit_grants = _parse_credit_grants(d.pop("creditGrants", UNSET))

        def _parse_list_price_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                list_price_ids_type_0 = cast(list[str], data)

                return list_price_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        list_price_ids = _parse_list_price_ids(d.pop("listPriceIds", UNSET))

        _recurrence_preference = d.pop("recurrencePreference", UNSET)
        recurrence_preference: PhaseRecurrencePreference | Unset
        if isinstance(_recurrence_preference, Unset):
            recurrence_preference = UNSET
        else:
            recurrence_preference = PhaseRecurrencePreference(_recurrence_preference)

        def _parse_phase_price_metadata(data: object) -> list[PhasePriceMetadata] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(list[PhasePriceMetadata] | None | Unset, data)

        phase_price_metadata = _parse_phase_price_metadata(d.pop("phasePriceMetadata", UNSET))

        def _parse_phase_list_price_metadata(data: object) -> list[PhaseListPriceMetadata] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(list[PhaseListPriceMetadata] | None | Unset, data)

        phase_list_price_metadata = _parse_phase_list_price_metadata(d.pop("phaseListPriceMetadata", UNSET))

        phase_request = cls(
            price_ids=price_ids,
            start_date=start_date,
            name=name,
            external_contract_ref=external_contract_ref,
            end_date=end_date,
            discounts=discounts,
            minimums=minimums,
            credit_grants=credit_grants,
            list_price_ids=list_price_ids,
            recurrence_preference=recurrence_preference,
            phase_price_metadata=phase_price_metadata,
            phase_list_price_metadata=phase_list_price_metadata,
        )

        phase_request.additional_properties = d
        return phase_request

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
