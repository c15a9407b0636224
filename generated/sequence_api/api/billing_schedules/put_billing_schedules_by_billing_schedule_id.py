from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_schedule_response import BillingScheduleResponse
from ...models.error_response import ErrorResponse
from ...models.update_billing_schedule_request import UpdateBillingScheduleRequest
from ...types import Response


def _get_kwargs(
    billing_schedule_id: str,
    *,
    body: UpdateBillingScheduleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/billing-schedules/{billing_schedule_id}".format(
            billing_schedule_id=quote(str(billing_schedule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingScheduleResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BillingScheduleResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BillingScheduleResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    billing_schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBillingScheduleRequest,
) -> Response[BillingScheduleResponse | ErrorResponse]:
    """Update Billing Schedule

     Update an existing [Billing Schedule](/billing/create-billing-schedules).

    Args:
        billing_schedule_id (str):
        body (UpdateBillingScheduleRequest):  Example: {'startDate': '2022-01-01', 'endDate':
            '2022-12-01', 'recurrenceDayOfMonth': 1, 'taxRates': [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId':
            '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}], 'autoIssueInvoices': True,
            'purchaseOrderNumber': 'PO123', 'rollUpBilling': False, 'phases': [{'externalContractRef':
            'ACME-2022-MSA', 'priceIds': ['bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730'], 'startDate':
            '2022-01-01', 'endDate': '2022-12-01', 'discounts': [], 'minimums': [], 'creditGrants':
            [{'id': '0199ca88-1c2e-7d3a-93a4-5b7f2e9c1d40', 'name': 'Monthly usage credits',
            'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100, 'costOfCredit': 0,
            'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'grantRefreshFrequency': 'MONTHLY',
            'rolloverMode': 'NONE', 'restrictToPrices': ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}],
            'listPriceIds': ['b4d7e884-e007-4183-8355-4771865c5100'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100',
            'arrCalculation': 'INCLUDE'}]}], 'attachmentAssetIds':
            ['5055cd17-d5e8-4286-bddf-79729ddabf51'], 'defaultDueDateDays': 30, 'memo': 'Example
            Billing Schedule', 'customFields': {'key': 'value'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingScheduleResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        billing_schedule_id=billing_schedule_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    billing_schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBillingScheduleRequest,
) -> BillingScheduleResponse | ErrorResponse | None:
    """Update Billing Schedule

     Update an existing [Billing Schedule](/billing/create-billing-schedules).

    Args:
        billing_schedule_id (str):
        body (UpdateBillingScheduleRequest):  Example: {'startDate': '2022-01-01', 'endDate':
            '2022-12-01', 'recurrenceDayOfMonth': 1, 'taxRates': [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId':
            '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}], 'autoIssueInvoices': True,
            'purchaseOrderNumber': 'PO123', 'rollUpBilling': False, 'phases': [{'externalContractRef':
            'ACME-2022-MSA', 'priceIds': ['bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730'], 'startDate':
            '2022-01-01', 'endDate': '2022-12-01', 'discounts': [], 'minimums': [], 'creditGrants':
            [{'id': '0199ca88-1c2e-7d3a-93a4-5b7f2e9c1d40', 'name': 'Monthly usage credits',
            'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100, 'costOfCredit': 0,
            'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'grantRefreshFrequency': 'MONTHLY',
            'rolloverMode': 'NONE', 'restrictToPrices': ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}],
            'listPriceIds': ['b4d7e884-e007-4183-8355-4771865c5100'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100',
            'arrCalculation': 'INCLUDE'}]}], 'attachmentAssetIds':
            ['5055cd17-d5e8-4286-bddf-79729ddabf51'], 'defaultDueDateDays': 30, 'memo': 'Example
            Billing Schedule', 'customFields': {'key': 'value'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingScheduleResponse | ErrorResponse
    """

    return sync_detailed(
        billing_schedule_id=billing_schedule_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    billing_schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBillingScheduleRequest,
) -> Response[BillingScheduleResponse | ErrorResponse]:
    """Update Billing Schedule

     Update an existing [Billing Schedule](/billing/create-billing-schedules).

    Args:
        billing_schedule_id (str):
        body (UpdateBillingScheduleRequest):  Example: {'startDate': '2022-01-01', 'endDate':
            '2022-12-01', 'recurrenceDayOfMonth': 1, 'taxRates': [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId':
            '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}], 'autoIssueInvoices': True,
            'purchaseOrderNumber': 'PO123', 'rollUpBilling': False, 'phases': [{'externalContractRef':
            'ACME-2022-MSA', 'priceIds': ['bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730'], 'startDate':
            '2022-01-01', 'endDate': '2022-12-01', 'discounts': [], 'minimums': [], 'creditGrants':
            [{'id': '0199ca88-1c2e-7d3a-93a4-5b7f2e9c1d40', 'name': 'Monthly usage credits',
            'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100, 'costOfCredit': 0,
            'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'grantRefreshFrequency': 'MONTHLY',
            'rolloverMode': 'NONE', 'restrictToPrices': ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}],
            'listPriceIds': ['b4d7e884-e007-4183-8355-4771865c5100'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100',
            'arrCalculation': 'INCLUDE'}]}], 'attachmentAssetIds':
            ['5055cd17-d5e8-4286-bddf-79729ddabf51'], 'defaultDueDateDays': 30, 'memo': 'Example
            Billing Schedule', 'customFields': {'key': 'value'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingScheduleResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        billing_schedule_id=billing_schedule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    billing_schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBillingScheduleRequest,
) -> BillingScheduleResponse | ErrorResponse | None:
    """Update Billing Schedule

     Update an existing [Billing Schedule](/billing/create-billing-schedules).

    Args:
        billing_schedule_id (str):
        body (UpdateBillingScheduleRequest):  Example: {'startDate': '2022-01-01', 'endDate':
            '2022-12-01', 'recurrenceDayOfMonth': 1, 'taxRates': [{'priceId':
            'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'taxRateId':
            '50c0d53b-8460-41e6-b4e9-a4e157fc1a64'}], 'autoIssueInvoices': True,
            'purchaseOrderNumber': 'PO123', 'rollUpBilling': False, 'phases': [{'externalContractRef':
            'ACME-2022-MSA', 'priceIds': ['bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730'], 'startDate':
            '2022-01-01', 'endDate': '2022-12-01', 'discounts': [], 'minimums': [], 'creditGrants':
            [{'id': '0199ca88-1c2e-7d3a-93a4-5b7f2e9c1d40', 'name': 'Monthly usage credits',
            'creditUnitType': 'CURRENCY', 'currency': 'GBP', 'amount': 100, 'costOfCredit': 0,
            'taxRateId': '179d1ab3-cc96-48e2-9310-067b0b42d47c', 'grantRefreshFrequency': 'MONTHLY',
            'rolloverMode': 'NONE', 'restrictToPrices': ['0199ca89-2d9e-7e3d-914c-7de86e8fc7ce']}],
            'listPriceIds': ['b4d7e884-e007-4183-8355-4771865c5100'], 'recurrencePreference':
            'CONTINUE_FROM_PREVIOUS_PHASE', 'phasePriceMetadata': [{'priceId':
            '6dc54805-0ac8-4f17-9341-4d3f2db9dcd8', 'arrCalculation': 'INCLUDE'}],
            'phaseListPriceMetadata': [{'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100',
            'arrCalculation': 'INCLUDE'}]}], 'attachmentAssetIds':
            ['5055cd17-d5e8-4286-bddf-79729ddabf51'], 'defaultDueDateDays': 30, 'memo': 'Example
            Billing Schedule', 'customFields': {'key': 'value'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingScheduleResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            billing_schedule_id=billing_schedule_id,
            client=client,
            body=body,
        )
    ).parsed
