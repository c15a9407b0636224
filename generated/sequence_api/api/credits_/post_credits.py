from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_credit_grant_request import CreateCreditGrantRequest
from ...models.credit_grant_response import CreditGrantResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCreditGrantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credits",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditGrantResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreditGrantResponse.from_dict(response.json())

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
) -> Response[CreditGrantResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCreditGrantRequest,
) -> Response[CreditGrantResponse | ErrorResponse]:
    """Create a new credit grant

     Create a new credit grant

    Args:
        body (CreateCreditGrantRequest):  Example: {'sequenceAccountId':
            'dce9ae85-d8d0-42b4-bcad-f221a64363c6', 'customerId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'name': 'Onboarding Credits', 'creditUnitType':
            'CURRENCY', 'currency': 'GBP', 'metricId': 'f092246c-6b90-4106-bcca-304ccf06bf45',
            'amount': 10, 'costOfCredit': 10, 'effectiveDate': '2023-01-01', 'expiryDate':
            '2023-01-31', 'createInvoice': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditGrantResponse | ErrorResponse]
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
    body: CreateCreditGrantRequest,
) -> CreditGrantResponse | ErrorResponse | None:
    """Create a new credit grant

     Create a new credit grant

    Args:
        body (CreateCreditGrantRequest):  Example: {'sequenceAccountId':
            'dce9ae85-d8d0-42b4-bcad-f221a64363c6', 'customerId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'name': 'Onboarding Credits', 'creditUnitType':
            'CURRENCY', 'currency': 'GBP', 'metricId': 'f092246c-6b90-4106-bcca-304ccf06bf45',
            'amount': 10, 'costOfCredit': 10, 'effectiveDate': '2023-01-01', 'expiryDate':
            '2023-01-31', 'createInvoice': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditGrantResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCreditGrantRequest,
) -> Response[CreditGrantResponse | ErrorResponse]:
    """Create a new credit grant

     Create a new credit grant

    Args:
        body (CreateCreditGrantRequest):  Example: {'sequenceAccountId':
            'dce9ae85-d8d0-42b4-bcad-f221a64363c6', 'customerId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'name': 'Onboarding Credits', 'creditUnitType':
            'CURRENCY', 'currency': 'GBP', 'metricId': 'f092246c-6b90-4106-bcca-304ccf06bf45',
            'amount': 10, 'costOfCredit': 10, 'effectiveDate': '2023-01-01', 'expiryDate':
            '2023-01-31', 'createInvoice': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditGrantResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCreditGrantRequest,
) -> CreditGrantResponse | ErrorResponse | None:
    """Create a new credit grant

     Create a new credit grant

    Args:
        body (CreateCreditGrantRequest):  Example: {'sequenceAccountId':
            'dce9ae85-d8d0-42b4-bcad-f221a64363c6', 'customerId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'name': 'Onboarding Credits', 'creditUnitType':
            'CURRENCY', 'currency': 'GBP', 'metricId': 'f092246c-6b90-4106-bcca-304ccf06bf45',
            'amount': 10, 'costOfCredit': 10, 'effectiveDate': '2023-01-01', 'expiryDate':
            '2023-01-31', 'createInvoice': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditGrantResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
