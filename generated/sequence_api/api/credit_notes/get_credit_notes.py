from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_credit_notes_sort_order import GetCreditNotesSortOrder
from ...models.list_credit_note_endpoint_product_list_credit_note_paginated_response_model import (
    ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetCreditNotesSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    credit_note_status: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    sent_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    search_credit_note_number: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["before"] = before

    params["after"] = after

    params["limit"] = limit

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["sortBy"] = sort_by

    params["creditNoteStatus"] = credit_note_status

    params["customerId"] = customer_id

    params["sentBefore"] = sent_before

    params["sentAfter"] = sent_after

    params["searchCreditNoteNumber"] = search_credit_note_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/credit-notes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel | None:
    if response.status_code == 200:
        response_200 = ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel.from_dict(response.json())

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
) -> Response[ErrorResponse | ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetCreditNotesSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    credit_note_status: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    sent_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    search_credit_note_number: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel]:
    """List all Credit Notes

     List all Credit Notes for this Sequence account

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetCreditNotesSortOrder | Unset):
        sort_by (str | Unset):
        credit_note_status (str | Unset):
        customer_id (str | Unset):
        sent_before (str | Unset):
        sent_after (str | Unset):
        search_credit_note_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        credit_note_status=credit_note_status,
        customer_id=customer_id,
        sent_before=sent_before,
        sent_after=sent_after,
        search_credit_note_number=search_credit_note_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetCreditNotesSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    credit_note_status: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    sent_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    search_credit_note_number: str | Unset = UNSET,
) -> ErrorResponse | ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel | None:
    """List all Credit Notes

     List all Credit Notes for this Sequence account

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetCreditNotesSortOrder | Unset):
        sort_by (str | Unset):
        credit_note_status (str | Unset):
        customer_id (str | Unset):
        sent_before (str | Unset):
        sent_after (str | Unset):
        search_credit_note_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel
    """

    return sync_detailed(
        client=client,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        credit_note_status=credit_note_status,
        customer_id=customer_id,
        sent_before=sent_before,
        sent_after=sent_after,
        search_credit_note_number=search_credit_note_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetCreditNotesSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    credit_note_status: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    sent_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    search_credit_note_number: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel]:
    """List all Credit Notes

     List all Credit Notes for this Sequence account

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetCreditNotesSortOrder | Unset):
        sort_by (str | Unset):
        credit_note_status (str | Unset):
        customer_id (str | Unset):
        sent_before (str | Unset):
        sent_after (str | Unset):
        search_credit_note_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        credit_note_status=credit_note_status,
        customer_id=customer_id,
        sent_before=sent_before,
        sent_after=sent_after,
        search_credit_note_number=search_credit_note_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetCreditNotesSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    credit_note_status: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    sent_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    search_credit_note_number: str | Unset = UNSET,
) -> ErrorResponse | ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel | None:
    """List all Credit Notes

     List all Credit Notes for this Sequence account

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetCreditNotesSortOrder | Unset):
        sort_by (str | Unset):
        credit_note_status (str | Unset):
        customer_id (str | Unset):
        sent_before (str | Unset):
        sent_after (str | Unset):
        search_credit_note_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCreditNoteEndpointProductListCreditNotePaginatedResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            before=before,
            after=after,
            limit=limit,
            sort_order=sort_order,
            sort_by=sort_by,
            credit_note_status=credit_note_status,
            customer_id=customer_id,
            sent_before=sent_before,
            sent_after=sent_after,
            search_credit_note_number=search_credit_note_number,
        )
    ).parsed
