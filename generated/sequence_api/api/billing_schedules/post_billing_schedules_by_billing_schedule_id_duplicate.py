from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_schedule_response import BillingScheduleResponse
from ...models.duplicate_billing_schedule_request import DuplicateBillingScheduleRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    billing_schedule_id: str,
    *,
    body: DuplicateBillingScheduleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/billing-schedules/{billing_schedule_id}/duplicate".format(
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
    if response.status_code == 201:
        response_201 = BillingScheduleResponse.from_dict(response.json())

        return response_201

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
    body: DuplicateBillingScheduleRequest,
) -> Response[BillingScheduleResponse | ErrorResponse]:
    """Duplicate a billing schedule

     Duplicate a [billing schedule](/billing/create-billing-schedules).

    Args:
        billing_schedule_id (str):
        body (DuplicateBillingScheduleRequest):  Example: {'customerId':
            'cca32597-b6b0-4499-9669-128aef8702e4'}.

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
    body: DuplicateBillingScheduleRequest,
) -> BillingScheduleResponse | ErrorResponse | None:
    """Duplicate a billing schedule

     Duplicate a [billing schedule](/billing/create-billing-schedules).

    Args:
        billing_schedule_id (str):
        body (DuplicateBillingScheduleRequest):  Example: {'customerId':
            'cca32597-b6b0-4499-9669-128aef8702e4'}.

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
    body: DuplicateBillingScheduleRequest,
) -> Response[BillingScheduleResponse | ErrorResponse]:
    """Duplicate a billing schedule

     Duplicate a [billing schedule](/billing/create-billing-schedules).

    Args:
        billing_schedule_id (str):
        body (DuplicateBillingScheduleRequest):  Example: {'customerId':
            'cca32597-b6b0-4499-9669-128aef8702e4'}.

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
    body: DuplicateBillingScheduleRequest,
) -> BillingScheduleResponse | ErrorResponse | None:
    """Duplicate a billing schedule

     Duplicate a [billing schedule](/billing/create-billing-schedules).

    Args:
        billing_schedule_id (str):
        body (DuplicateBillingScheduleRequest):  Example: {'customerId':
            'cca32597-b6b0-4499-9669-128aef8702e4'}.

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
