from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_schedule_response import BillingScheduleResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    billing_schedule_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing-schedules/{billing_schedule_id}".format(
            billing_schedule_id=quote(str(billing_schedule_id), safe=""),
        ),
    }

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
) -> Response[BillingScheduleResponse | ErrorResponse]:
    """Get Billing Schedule

     Retrieve the details of one of your Billing Schedules.

    Args:
        billing_schedule_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingScheduleResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        billing_schedule_id=billing_schedule_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    billing_schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BillingScheduleResponse | ErrorResponse | None:
    """Get Billing Schedule

     Retrieve the details of one of your Billing Schedules.

    Args:
        billing_schedule_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingScheduleResponse | ErrorResponse
    """

    return sync_detailed(
        billing_schedule_id=billing_schedule_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    billing_schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BillingScheduleResponse | ErrorResponse]:
    """Get Billing Schedule

     Retrieve the details of one of your Billing Schedules.

    Args:
        billing_schedule_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingScheduleResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        billing_schedule_id=billing_schedule_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    billing_schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BillingScheduleResponse | ErrorResponse | None:
    """Get Billing Schedule

     Retrieve the details of one of your Billing Schedules.

    Args:
        billing_schedule_id (str):

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
        )
    ).parsed
