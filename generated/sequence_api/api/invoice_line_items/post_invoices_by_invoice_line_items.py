from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stable_20240101_create_or_update_line_item import Stable20240101CreateOrUpdateLineItem
from ...models.stable_20240101_line_item_response import Stable20240101LineItemResponse
from ...types import Response


def _get_kwargs(
    invoice: str,
    *,
    body: Stable20240101CreateOrUpdateLineItem,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoice}/line-items".format(
            invoice=quote(str(invoice), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Stable20240101LineItemResponse | None:
    if response.status_code == 201:
        response_201 = Stable20240101LineItemResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | Stable20240101LineItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240101CreateOrUpdateLineItem,
) -> Response[ErrorResponse | Stable20240101LineItemResponse]:
    """Create a new Line Item

     Create a new Line Item

    Args:
        invoice (str):
        body (Stable20240101CreateOrUpdateLineItem):  Example: {'title': 'Ferraris',
            'description': 'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2',
            'servicePeriodStart': '2022-10-20T00:00:00Z', 'servicePeriodEnd': '2022-10-24T00:00:00Z',
            'servicePeriod': {'startDate': '2022-10-20', 'endDate': '2022-10-24'}, 'groupId':
            'cd11218d-fa00-4faa-8684-a43113d076a8', 'priceId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95',
            'rateDisplay': 'ABSOLUTE', 'externalIds': [{'key': 'Xero', 'value': '123'}],
            'revenueClassification': 'EARNED', 'creditGrantId':
            'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'revenueRecognitionMethod': 'STRAIGHT_LINE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Stable20240101LineItemResponse]
    """

    kwargs = _get_kwargs(
        invoice=invoice,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240101CreateOrUpdateLineItem,
) -> ErrorResponse | Stable20240101LineItemResponse | None:
    """Create a new Line Item

     Create a new Line Item

    Args:
        invoice (str):
        body (Stable20240101CreateOrUpdateLineItem):  Example: {'title': 'Ferraris',
            'description': 'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2',
            'servicePeriodStart': '2022-10-20T00:00:00Z', 'servicePeriodEnd': '2022-10-24T00:00:00Z',
            'servicePeriod': {'startDate': '2022-10-20', 'endDate': '2022-10-24'}, 'groupId':
            'cd11218d-fa00-4faa-8684-a43113d076a8', 'priceId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95',
            'rateDisplay': 'ABSOLUTE', 'externalIds': [{'key': 'Xero', 'value': '123'}],
            'revenueClassification': 'EARNED', 'creditGrantId':
            'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'revenueRecognitionMethod': 'STRAIGHT_LINE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Stable20240101LineItemResponse
    """

    return sync_detailed(
        invoice=invoice,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240101CreateOrUpdateLineItem,
) -> Response[ErrorResponse | Stable20240101LineItemResponse]:
    """Create a new Line Item

     Create a new Line Item

    Args:
        invoice (str):
        body (Stable20240101CreateOrUpdateLineItem):  Example: {'title': 'Ferraris',
            'description': 'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2',
            'servicePeriodStart': '2022-10-20T00:00:00Z', 'servicePeriodEnd': '2022-10-24T00:00:00Z',
            'servicePeriod': {'startDate': '2022-10-20', 'endDate': '2022-10-24'}, 'groupId':
            'cd11218d-fa00-4faa-8684-a43113d076a8', 'priceId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95',
            'rateDisplay': 'ABSOLUTE', 'externalIds': [{'key': 'Xero', 'value': '123'}],
            'revenueClassification': 'EARNED', 'creditGrantId':
            'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'revenueRecognitionMethod': 'STRAIGHT_LINE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Stable20240101LineItemResponse]
    """

    kwargs = _get_kwargs(
        invoice=invoice,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240101CreateOrUpdateLineItem,
) -> ErrorResponse | Stable20240101LineItemResponse | None:
    """Create a new Line Item

     Create a new Line Item

    Args:
        invoice (str):
        body (Stable20240101CreateOrUpdateLineItem):  Example: {'title': 'Ferraris',
            'description': 'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2',
            'servicePeriodStart': '2022-10-20T00:00:00Z', 'servicePeriodEnd': '2022-10-24T00:00:00Z',
            'servicePeriod': {'startDate': '2022-10-20', 'endDate': '2022-10-24'}, 'groupId':
            'cd11218d-fa00-4faa-8684-a43113d076a8', 'priceId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95',
            'rateDisplay': 'ABSOLUTE', 'externalIds': [{'key': 'Xero', 'value': '123'}],
            'revenueClassification': 'EARNED', 'creditGrantId':
            'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'revenueRecognitionMethod': 'STRAIGHT_LINE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Stable20240101LineItemResponse
    """

    return (
        await asyncio_detailed(
            invoice=invoice,
            client=client,
            body=body,
        )
    ).parsed
