from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_billing_schedule_request import CreateBillingScheduleRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateBillingScheduleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/billing-schedules/validate-taxes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBillingScheduleRequest,
) -> Response[Any | ErrorResponse]:
    """Validate taxes on a billing schedule

     Validate the tax strategy that will apply to the given billing schedule before it's created or
    updated.

    Args:
        body (CreateBillingScheduleRequest):  Example: {'customerId':
            'cca32597-b6b0-4499-9669-128aef8702e4', 'startDate': '2022-01-01', 'endDate':
            '2022-12-31', 'recurrenceDayOfMonth': 1, 'taxRates': [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId':
            '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}], 'autoIssueInvoices': False,
            'purchaseOrderNumber': 'PO123', 'reference': 'Example reference', 'label': 'Example
            label', 'paymentProvider': 'STRIPE', 'isDraft': True, 'rollUpBilling': False, 'phases':
            [{'name': 'Trial Period', 'externalContractRef': 'ACME-2022-MSA', 'priceIds':
            ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'startDate': '2022-01-01', 'endDate':
            '2022-06-30', 'discounts': [{'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'],
            'type': 'PERCENTAGE', 'amount': 8, 'message': '8% Discount', 'separateLineItem': True,
            'seatDiscountType': 'ALL_SEATS'}], 'minimums': [{'restrictToPrices':
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'creditGrants': [{'name':
            'Monthly usage credits', 'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100,
            'costOfCredit': 0, 'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c',
            'grantRefreshFrequency': 'MONTHLY', 'rolloverMode': 'NONE', 'restrictToPrices':
            ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e',
            'arrCalculation': 'INCLUDE'}]}, {'priceIds': [], 'startDate': '2022-07-01', 'endDate':
            '2022-12-31', 'discounts': [], 'minimums': [{'restrictToPrices':
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e',
            'arrCalculation': 'INCLUDE'}]}], 'attachmentAssetIds':
            ['5055cd17-d5e8-4286-bddf-79729ddabf51'], 'autoCharge': True, 'defaultDueDateDays': 30,
            'memo': 'Example Billing Schedule', 'customFields': {'key': 'value'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBillingScheduleRequest,
) -> Any | ErrorResponse | None:
    """Validate taxes on a billing schedule

     Validate the tax strategy that will apply to the given billing schedule before it's created or
    updated.

    Args:
        body (CreateBillingScheduleRequest):  Example: {'customerId':
            'cca32597-b6b0-4499-9669-128aef8702e4', 'startDate': '2022-01-01', 'endDate':
            '2022-12-31', 'recurrenceDayOfMonth': 1, 'taxRates': [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId':
            '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}], 'autoIssueInvoices': False,
            'purchaseOrderNumber': 'PO123', 'reference': 'Example reference', 'label': 'Example
            label', 'paymentProvider': 'STRIPE', 'isDraft': True, 'rollUpBilling': False, 'phases':
            [{'name': 'Trial Period', 'externalContractRef': 'ACME-2022-MSA', 'priceIds':
            ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'startDate': '2022-01-01', 'endDate':
            '2022-06-30', 'discounts': [{'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'],
            'type': 'PERCENTAGE', 'amount': 8, 'message': '8% Discount', 'separateLineItem': True,
            'seatDiscountType': 'ALL_SEATS'}], 'minimums': [{'restrictToPrices':
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'creditGrants': [{'name':
            'Monthly usage credits', 'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100,
            'costOfCredit': 0, 'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c',
            'grantRefreshFrequency': 'MONTHLY', 'rolloverMode': 'NONE', 'restrictToPrices':
            ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e',
            'arrCalculation': 'INCLUDE'}]}, {'priceIds': [], 'startDate': '2022-07-01', 'endDate':
            '2022-12-31', 'discounts': [], 'minimums': [{'restrictToPrices':
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e',
            'arrCalculation': 'INCLUDE'}]}], 'attachmentAssetIds':
            ['5055cd17-d5e8-4286-bddf-79729ddabf51'], 'autoCharge': True, 'defaultDueDateDays': 30,
            'memo': 'Example Billing Schedule', 'customFields': {'key': 'value'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBillingScheduleRequest,
) -> Response[Any | ErrorResponse]:
    """Validate taxes on a billing schedule

     Validate the tax strategy that will apply to the given billing schedule before it's created or
    updated.

    Args:
        body (CreateBillingScheduleRequest):  Example: {'customerId':
            'cca32597-b6b0-4499-9669-128aef8702e4', 'startDate': '2022-01-01', 'endDate':
            '2022-12-31', 'recurrenceDayOfMonth': 1, 'taxRates': [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId':
            '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}], 'autoIssueInvoices': False,
            'purchaseOrderNumber': 'PO123', 'reference': 'Example reference', 'label': 'Example
            label', 'paymentProvider': 'STRIPE', 'isDraft': True, 'rollUpBilling': False, 'phases':
            [{'name': 'Trial Period', 'externalContractRef': 'ACME-2022-MSA', 'priceIds':
            ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'startDate': '2022-01-01', 'endDate':
            '2022-06-30', 'discounts': [{'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'],
            'type': 'PERCENTAGE', 'amount': 8, 'message': '8% Discount', 'separateLineItem': True,
            'seatDiscountType': 'ALL_SEATS'}], 'minimums': [{'restrictToPrices':
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'creditGrants': [{'name':
            'Monthly usage credits', 'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100,
            'costOfCredit': 0, 'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c',
            'grantRefreshFrequency': 'MONTHLY', 'rolloverMode': 'NONE', 'restrictToPrices':
            ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e',
            'arrCalculation': 'INCLUDE'}]}, {'priceIds': [], 'startDate': '2022-07-01', 'endDate':
            '2022-12-31', 'discounts': [], 'minimums': [{'restrictToPrices':
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e',
            'arrCalculation': 'INCLUDE'}]}], 'attachmentAssetIds':
            ['5055cd17-d5e8-4286-bddf-79729ddabf51'], 'autoCharge': True, 'defaultDueDateDays': 30,
            'memo': 'Example Billing Schedule', 'customFields': {'key': 'value'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBillingScheduleRequest,
) -> Any | ErrorResponse | None:
    """Validate taxes on a billing schedule

     Validate the tax strategy that will apply to the given billing schedule before it's created or
    updated.

    Args:
        body (CreateBillingScheduleRequest):  Example: {'customerId':
            'cca32597-b6b0-4499-9669-128aef8702e4', 'startDate': '2022-01-01', 'endDate':
            '2022-12-31', 'recurrenceDayOfMonth': 1, 'taxRates': [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId':
            '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}], 'autoIssueInvoices': False,
            'purchaseOrderNumber': 'PO123', 'reference': 'Example reference', 'label': 'Example
            label', 'paymentProvider': 'STRIPE', 'isDraft': True, 'rollUpBilling': False, 'phases':
            [{'name': 'Trial Period', 'externalContractRef': 'ACME-2022-MSA', 'priceIds':
            ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'], 'startDate': '2022-01-01', 'endDate':
            '2022-06-30', 'discounts': [{'restrictToPrices': ['6dc54805-0ac8-4f17-9341-4d3f2db9dcd8'],
            'type': 'PERCENTAGE', 'amount': 8, 'message': '8% Discount', 'separateLineItem': True,
            'seatDiscountType': 'ALL_SEATS'}], 'minimums': [{'restrictToPrices':
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'creditGrants': [{'name':
            'Monthly usage credits', 'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100,
            'costOfCredit': 0, 'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c',
            'grantRefreshFrequency': 'MONTHLY', 'rolloverMode': 'NONE', 'restrictToPrices':
            ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e',
            'arrCalculation': 'INCLUDE'}]}, {'priceIds': [], 'startDate': '2022-07-01', 'endDate':
            '2022-12-31', 'discounts': [], 'minimums': [{'restrictToPrices':
            ['9fe9986b-e205-42b7-a58f-42845c91f03f'], 'amount': 100}], 'listPriceIds':
            ['45e16eb7-2170-4632-b04f-9ecd90b85b1e'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': '45e16eb7-2170-4632-b04f-9ecd90b85b1e',
            'arrCalculation': 'INCLUDE'}]}], 'attachmentAssetIds':
            ['5055cd17-d5e8-4286-bddf-79729ddabf51'], 'autoCharge': True, 'defaultDueDateDays': 30,
            'memo': 'Example Billing Schedule', 'customFields': {'key': 'value'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
