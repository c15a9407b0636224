from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_payment_settings import AccountPaymentSettings
from ...models.error_response import ErrorResponse
from ...models.update_account_payment_settings_endpoint_update_account_payment_settings_request import (
    UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest,
)
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/payments/settings/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountPaymentSettings | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountPaymentSettings.from_dict(response.json())

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
) -> Response[AccountPaymentSettings | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest,
) -> Response[AccountPaymentSettings | ErrorResponse]:
    """Update payment settings for Sequence account

     Updates payment settings for the current Sequence accounts.

    Args:
        id (str):
        body (UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest):  Example:
            {'failureNotifications': {'merchantNotifications': 'DO_NOT_SEND_NOTIFICATIONS',
            'customerNotifications': 'DO_NOT_SEND_NOTIFICATIONS'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPaymentSettings | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest,
) -> AccountPaymentSettings | ErrorResponse | None:
    """Update payment settings for Sequence account

     Updates payment settings for the current Sequence accounts.

    Args:
        id (str):
        body (UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest):  Example:
            {'failureNotifications': {'merchantNotifications': 'DO_NOT_SEND_NOTIFICATIONS',
            'customerNotifications': 'DO_NOT_SEND_NOTIFICATIONS'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPaymentSettings | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest,
) -> Response[AccountPaymentSettings | ErrorResponse]:
    """Update payment settings for Sequence account

     Updates payment settings for the current Sequence accounts.

    Args:
        id (str):
        body (UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest):  Example:
            {'failureNotifications': {'merchantNotifications': 'DO_NOT_SEND_NOTIFICATIONS',
            'customerNotifications': 'DO_NOT_SEND_NOTIFICATIONS'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPaymentSettings | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest,
) -> AccountPaymentSettings | ErrorResponse | None:
    """Update payment settings for Sequence account

     Updates payment settings for the current Sequence accounts.

    Args:
        id (str):
        body (UpdateAccountPaymentSettingsEndpointUpdateAccountPaymentSettingsRequest):  Example:
            {'failureNotifications': {'merchantNotifications': 'DO_NOT_SEND_NOTIFICATIONS',
            'customerNotifications': 'DO_NOT_SEND_NOTIFICATIONS'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPaymentSettings | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
