from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_credit_note_line_item_endpoint_product_list_credit_note_line_item_response_model import (
    ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel,
)
from ...models.stable_20240101_create_credit_note_line_item_request_model import (
    Stable20240101CreateCreditNoteLineItemRequestModel,
)
from ...types import Response


def _get_kwargs(
    creditnote: str,
    *,
    body: Stable20240101CreateCreditNoteLineItemRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credit-notes/{creditnote}/line-items".format(
            creditnote=quote(str(creditnote), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel | None:
    if response.status_code == 201:
        response_201 = ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel.from_dict(
            response.json()
        )

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
) -> Response[ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    creditnote: str,
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240101CreateCreditNoteLineItemRequestModel,
) -> Response[ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel]:
    """Create a new Credit Note Line Item

     Create a new Credit Note Line Item

    Args:
        creditnote (str):
        body (Stable20240101CreateCreditNoteLineItemRequestModel):  Example: {'creditNoteId':
            'af60cab3-812d-4250-a051-0fb7133a00c7', 'groupId': 'cd11218d-fa00-4faa-8684-a43113d076a8',
            'lineItemId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'title': 'Ferraris', 'description':
            'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2', 'rateDisplay': 'ABSOLUTE',
            'externalIds': [{'key': 'Xero', 'value': '123'}], 'servicePeriod': {'start': '2025-10-01',
            'endInclusive': '2025-10-30'}, 'revenueRecognitionMethod': 'POINT_IN_TIME',
            'revenueClassification': 'EARNED', 'productId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95',
            'invoiceLineItemIds': ['af60cab3-812d-4250-a051-0fb7133a00c7']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel]
    """

    kwargs = _get_kwargs(
        creditnote=creditnote,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    creditnote: str,
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240101CreateCreditNoteLineItemRequestModel,
) -> ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel | None:
    """Create a new Credit Note Line Item

     Create a new Credit Note Line Item

    Args:
        creditnote (str):
        body (Stable20240101CreateCreditNoteLineItemRequestModel):  Example: {'creditNoteId':
            'af60cab3-812d-4250-a051-0fb7133a00c7', 'groupId': 'cd11218d-fa00-4faa-8684-a43113d076a8',
            'lineItemId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'title': 'Ferraris', 'description':
            'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2', 'rateDisplay': 'ABSOLUTE',
            'externalIds': [{'key': 'Xero', 'value': '123'}], 'servicePeriod': {'start': '2025-10-01',
            'endInclusive': '2025-10-30'}, 'revenueRecognitionMethod': 'POINT_IN_TIME',
            'revenueClassification': 'EARNED', 'productId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95',
            'invoiceLineItemIds': ['af60cab3-812d-4250-a051-0fb7133a00c7']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel
    """

    return sync_detailed(
        creditnote=creditnote,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    creditnote: str,
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240101CreateCreditNoteLineItemRequestModel,
) -> Response[ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel]:
    """Create a new Credit Note Line Item

     Create a new Credit Note Line Item

    Args:
        creditnote (str):
        body (Stable20240101CreateCreditNoteLineItemRequestModel):  Example: {'creditNoteId':
            'af60cab3-812d-4250-a051-0fb7133a00c7', 'groupId': 'cd11218d-fa00-4faa-8684-a43113d076a8',
            'lineItemId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'title': 'Ferraris', 'description':
            'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2', 'rateDisplay': 'ABSOLUTE',
            'externalIds': [{'key': 'Xero', 'value': '123'}], 'servicePeriod': {'start': '2025-10-01',
            'endInclusive': '2025-10-30'}, 'revenueRecognitionMethod': 'POINT_IN_TIME',
            'revenueClassification': 'EARNED', 'productId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95',
            'invoiceLineItemIds': ['af60cab3-812d-4250-a051-0fb7133a00c7']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel]
    """

    kwargs = _get_kwargs(
        creditnote=creditnote,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    creditnote: str,
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240101CreateCreditNoteLineItemRequestModel,
) -> ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel | None:
    """Create a new Credit Note Line Item

     Create a new Credit Note Line Item

    Args:
        creditnote (str):
        body (Stable20240101CreateCreditNoteLineItemRequestModel):  Example: {'creditNoteId':
            'af60cab3-812d-4250-a051-0fb7133a00c7', 'groupId': 'cd11218d-fa00-4faa-8684-a43113d076a8',
            'lineItemId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'title': 'Ferraris', 'description':
            'Red', 'quantity': '2', 'rate': '20000.10', 'taxRate': '0.2', 'rateDisplay': 'ABSOLUTE',
            'externalIds': [{'key': 'Xero', 'value': '123'}], 'servicePeriod': {'start': '2025-10-01',
            'endInclusive': '2025-10-30'}, 'revenueRecognitionMethod': 'POINT_IN_TIME',
            'revenueClassification': 'EARNED', 'productId': 'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95',
            'invoiceLineItemIds': ['af60cab3-812d-4250-a051-0fb7133a00c7']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemResponseModel
    """

    return (
        await asyncio_detailed(
            creditnote=creditnote,
            client=client,
            body=body,
        )
    ).parsed
