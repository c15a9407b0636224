from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_invoices_by_invoice_line_items_sort_order import GetInvoicesByInvoiceLineItemsSortOrder
from ...models.list_line_item_endpoint_paginated_line_item_response_model import (
    ListLineItemEndpointPaginatedLineItemResponseModel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice: str,
    *,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetInvoicesByInvoiceLineItemsSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["before"] = before

    params["after"] = after

    params["limit"] = limit

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/{invoice}/line-items".format(
            invoice=quote(str(invoice), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListLineItemEndpointPaginatedLineItemResponseModel | None:
    if response.status_code == 200:
        response_200 = ListLineItemEndpointPaginatedLineItemResponseModel.from_dict(response.json())

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
) -> Response[ErrorResponse | ListLineItemEndpointPaginatedLineItemResponseModel]:
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
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetInvoicesByInvoiceLineItemsSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | ListLineItemEndpointPaginatedLineItemResponseModel]:
    """List all Line Items

     List all Line Items

    Args:
        invoice (str):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetInvoicesByInvoiceLineItemsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListLineItemEndpointPaginatedLineItemResponseModel]
    """

    kwargs = _get_kwargs(
        invoice=invoice,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetInvoicesByInvoiceLineItemsSortOrder | Unset = UNSET,
) -> ErrorResponse | ListLineItemEndpointPaginatedLineItemResponseModel | None:
    """List all Line Items

     List all Line Items

    Args:
        invoice (str):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetInvoicesByInvoiceLineItemsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListLineItemEndpointPaginatedLineItemResponseModel
    """

    return sync_detailed(
        invoice=invoice,
        client=client,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetInvoicesByInvoiceLineItemsSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | ListLineItemEndpointPaginatedLineItemResponseModel]:
    """List all Line Items

     List all Line Items

    Args:
        invoice (str):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetInvoicesByInvoiceLineItemsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListLineItemEndpointPaginatedLineItemResponseModel]
    """

    kwargs = _get_kwargs(
        invoice=invoice,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetInvoicesByInvoiceLineItemsSortOrder | Unset = UNSET,
) -> ErrorResponse | ListLineItemEndpointPaginatedLineItemResponseModel | None:
    """List all Line Items

     List all Line Items

    Args:
        invoice (str):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetInvoicesByInvoiceLineItemsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListLineItemEndpointPaginatedLineItemResponseModel
    """

    return (
        await asyncio_detailed(
            invoice=invoice,
            client=client,
            before=before,
            after=after,
            limit=limit,
            sort_order=sort_order,
        )
    ).parsed
