from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_customer_seat_balances_endpoint_list_customer_seat_balances_paginated_response_model import (
    ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    exclude_zero_quantity: bool | Unset = UNSET,
    customer_aliases: str | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["excludeZeroQuantity"] = exclude_zero_quantity

    params["customerAliases"] = customer_aliases

    params["customerIds"] = customer_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/seat-balances",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel | None:
    if response.status_code == 200:
        response_200 = ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel.from_dict(
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
) -> Response[ErrorResponse | ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    exclude_zero_quantity: bool | Unset = UNSET,
    customer_aliases: str | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel]:
    """List Seat balances by Customer

     List Seat balances grouped by Customer and seat type.

    Args:
        exclude_zero_quantity (bool | Unset):
        customer_aliases (str | Unset):
        customer_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel]
    """

    kwargs = _get_kwargs(
        exclude_zero_quantity=exclude_zero_quantity,
        customer_aliases=customer_aliases,
        customer_ids=customer_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    exclude_zero_quantity: bool | Unset = UNSET,
    customer_aliases: str | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
) -> ErrorResponse | ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel | None:
    """List Seat balances by Customer

     List Seat balances grouped by Customer and seat type.

    Args:
        exclude_zero_quantity (bool | Unset):
        customer_aliases (str | Unset):
        customer_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel
    """

    return sync_detailed(
        client=client,
        exclude_zero_quantity=exclude_zero_quantity,
        customer_aliases=customer_aliases,
        customer_ids=customer_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    exclude_zero_quantity: bool | Unset = UNSET,
    customer_aliases: str | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel]:
    """List Seat balances by Customer

     List Seat balances grouped by Customer and seat type.

    Args:
        exclude_zero_quantity (bool | Unset):
        customer_aliases (str | Unset):
        customer_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel]
    """

    kwargs = _get_kwargs(
        exclude_zero_quantity=exclude_zero_quantity,
        customer_aliases=customer_aliases,
        customer_ids=customer_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    exclude_zero_quantity: bool | Unset = UNSET,
    customer_aliases: str | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
) -> ErrorResponse | ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel | None:
    """List Seat balances by Customer

     List Seat balances grouped by Customer and seat type.

    Args:
        exclude_zero_quantity (bool | Unset):
        customer_aliases (str | Unset):
        customer_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCustomerSeatBalancesEndpointListCustomerSeatBalancesPaginatedResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            exclude_zero_quantity=exclude_zero_quantity,
            customer_aliases=customer_aliases,
            customer_ids=customer_ids,
        )
    ).parsed
