from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stable_20240730_product_request import Stable20240730ProductRequest
from ...models.stable_20240730_product_response import Stable20240730ProductResponse
from ...types import Response


def _get_kwargs(
    *,
    body: Stable20240730ProductRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/products",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Stable20240730ProductResponse | None:
    if response.status_code == 201:
        response_201 = Stable20240730ProductResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | Stable20240730ProductResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240730ProductRequest,
) -> Response[ErrorResponse | Stable20240730ProductResponse]:
    """Create a new Product

     Create a new Product

    Args:
        body (Stable20240730ProductRequest):  Example: {'name': 'Fixed priced product', 'label':
            'Fixed priced product - UK', 'taxCategoryId': '3271ca41-d538-404f-a15f-25856a37fb88'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Stable20240730ProductResponse]
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
    body: Stable20240730ProductRequest,
) -> ErrorResponse | Stable20240730ProductResponse | None:
    """Create a new Product

     Create a new Product

    Args:
        body (Stable20240730ProductRequest):  Example: {'name': 'Fixed priced product', 'label':
            'Fixed priced product - UK', 'taxCategoryId': '3271ca41-d538-404f-a15f-25856a37fb88'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Stable20240730ProductResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240730ProductRequest,
) -> Response[ErrorResponse | Stable20240730ProductResponse]:
    """Create a new Product

     Create a new Product

    Args:
        body (Stable20240730ProductRequest):  Example: {'name': 'Fixed priced product', 'label':
            'Fixed priced product - UK', 'taxCategoryId': '3271ca41-d538-404f-a15f-25856a37fb88'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Stable20240730ProductResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240730ProductRequest,
) -> ErrorResponse | Stable20240730ProductResponse | None:
    """Create a new Product

     Create a new Product

    Args:
        body (Stable20240730ProductRequest):  Example: {'name': 'Fixed priced product', 'label':
            'Fixed priced product - UK', 'taxCategoryId': '3271ca41-d538-404f-a15f-25856a37fb88'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Stable20240730ProductResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
