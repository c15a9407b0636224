from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_custom_property_keys_controller_list_customer_custom_property_keys_response import (
    CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customer-custom-property-keys",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse.from_dict(
            response.json()
        )

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse | ErrorResponse]:
    """List customer custom property keys

     List all distinct custom property keys across customers for the current account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse | ErrorResponse | None:
    """List customer custom property keys

     List all distinct custom property keys across customers for the current account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse | ErrorResponse]:
    """List customer custom property keys

     List all distinct custom property keys across customers for the current account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse | ErrorResponse | None:
    """List customer custom property keys

     List all distinct custom property keys across customers for the current account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerCustomPropertyKeysControllerListCustomerCustomPropertyKeysResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
