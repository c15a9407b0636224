from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_credit_notes_by_creditnote_line_items_sort_order import GetCreditNotesByCreditnoteLineItemsSortOrder
from ...models.list_credit_note_line_item_endpoint_product_list_credit_note_line_item_paginated_response_model import (
    ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    creditnote: str,
    *,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetCreditNotesByCreditnoteLineItemsSortOrder | Unset = UNSET,
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
        "url": "/credit-notes/{creditnote}/line-items".format(
            creditnote=quote(str(creditnote), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel | None:
    if response.status_code == 200:
        response_200 = ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel.from_dict(
            response.json()
        )

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
) -> Response[ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel]:
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
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetCreditNotesByCreditnoteLineItemsSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel]:
    """List all Credit Note Line Items

     List all Credit Note Line Items

    Args:
        creditnote (str):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetCreditNotesByCreditnoteLineItemsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel]
    """

    kwargs = _get_kwargs(
        creditnote=creditnote,
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
    creditnote: str,
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetCreditNotesByCreditnoteLineItemsSortOrder | Unset = UNSET,
) -> ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel | None:
    """List all Credit Note Line Items

     List all Credit Note Line Items

    Args:
        creditnote (str):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetCreditNotesByCreditnoteLineItemsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel
    """

    return sync_detailed(
        creditnote=creditnote,
        client=client,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    creditnote: str,
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetCreditNotesByCreditnoteLineItemsSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel]:
    """List all Credit Note Line Items

     List all Credit Note Line Items

    Args:
        creditnote (str):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetCreditNotesByCreditnoteLineItemsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel]
    """

    kwargs = _get_kwargs(
        creditnote=creditnote,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    creditnote: str,
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetCreditNotesByCreditnoteLineItemsSortOrder | Unset = UNSET,
) -> ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel | None:
    """List all Credit Note Line Items

     List all Credit Note Line Items

    Args:
        creditnote (str):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetCreditNotesByCreditnoteLineItemsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCreditNoteLineItemEndpointProductListCreditNoteLineItemPaginatedResponseModel
    """

    return (
        await asyncio_detailed(
            creditnote=creditnote,
            client=client,
            before=before,
            after=after,
            limit=limit,
            sort_order=sort_order,
        )
    ).parsed
