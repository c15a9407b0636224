from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_tax_rate_request import CreateTaxRateRequest
from ...models.error_response import ErrorResponse
from ...models.tax_rate_response import TaxRateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTaxRateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tax-rates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaxRateResponse | None:
    if response.status_code == 201:
        response_201 = TaxRateResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | TaxRateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaxRateRequest,
) -> Response[ErrorResponse | TaxRateResponse]:
    """Create a new TaxRate

     Create a new TaxRate

    Args:
        body (CreateTaxRateRequest):  Example: {'isPublished': False, 'name': 'UK Sales Tax',
            'invoiceName': 'Value Added Tax', 'invoiceShortName': 'VAT', 'description': 'Value Added
            Tax applied to sales in the UK', 'amount': '0.2', 'country': 'GB', 'region': 'London',
            'taxCategoryId': 'ce109c64-dcc0-487a-ac8c-e3237c60cdb6'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaxRateResponse]
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
    body: CreateTaxRateRequest,
) -> ErrorResponse | TaxRateResponse | None:
    """Create a new TaxRate

     Create a new TaxRate

    Args:
        body (CreateTaxRateRequest):  Example: {'isPublished': False, 'name': 'UK Sales Tax',
            'invoiceName': 'Value Added Tax', 'invoiceShortName': 'VAT', 'description': 'Value Added
            Tax applied to sales in the UK', 'amount': '0.2', 'country': 'GB', 'region': 'London',
            'taxCategoryId': 'ce109c64-dcc0-487a-ac8c-e3237c60cdb6'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaxRateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaxRateRequest,
) -> Response[ErrorResponse | TaxRateResponse]:
    """Create a new TaxRate

     Create a new TaxRate

    Args:
        body (CreateTaxRateRequest):  Example: {'isPublished': False, 'name': 'UK Sales Tax',
            'invoiceName': 'Value Added Tax', 'invoiceShortName': 'VAT', 'description': 'Value Added
            Tax applied to sales in the UK', 'amount': '0.2', 'country': 'GB', 'region': 'London',
            'taxCategoryId': 'ce109c64-dcc0-487a-ac8c-e3237c60cdb6'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaxRateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaxRateRequest,
) -> ErrorResponse | TaxRateResponse | None:
    """Create a new TaxRate

     Create a new TaxRate

    Args:
        body (CreateTaxRateRequest):  Example: {'isPublished': False, 'name': 'UK Sales Tax',
            'invoiceName': 'Value Added Tax', 'invoiceShortName': 'VAT', 'description': 'Value Added
            Tax applied to sales in the UK', 'amount': '0.2', 'country': 'GB', 'region': 'London',
            'taxCategoryId': 'ce109c64-dcc0-487a-ac8c-e3237c60cdb6'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaxRateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
