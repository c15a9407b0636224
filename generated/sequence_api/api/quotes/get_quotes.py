from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_quote_endpoint_list_quote_paginated_response_model import (
    ListQuoteEndpointListQuotePaginatedResponseModel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    title: str | Unset = UNSET,
    has_active_approval_workflow: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params["customerId"] = customer_id

    params["includeArchived"] = include_archived

    params["status"] = status

    params["createdBy"] = created_by

    params["title"] = title

    params["hasActiveApprovalWorkflow"] = has_active_approval_workflow

    params["sortBy"] = sort_by

    params["sortOrder"] = sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/quotes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListQuoteEndpointListQuotePaginatedResponseModel | None:
    if response.status_code == 200:
        response_200 = ListQuoteEndpointListQuotePaginatedResponseModel.from_dict(response.json())

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
) -> Response[ErrorResponse | ListQuoteEndpointListQuotePaginatedResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    title: str | Unset = UNSET,
    has_active_approval_workflow: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> Response[ErrorResponse | ListQuoteEndpointListQuotePaginatedResponseModel]:
    """List quotes

     List all of your quotes

    Args:
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        customer_id (str | Unset):
        include_archived (bool | Unset):
        status (str | Unset):
        created_by (str | Unset):
        title (str | Unset):
        has_active_approval_workflow (bool | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListQuoteEndpointListQuotePaginatedResponseModel]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        before=before,
        customer_id=customer_id,
        include_archived=include_archived,
        status=status,
        created_by=created_by,
        title=title,
        has_active_approval_workflow=has_active_approval_workflow,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    title: str | Unset = UNSET,
    has_active_approval_workflow: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> ErrorResponse | ListQuoteEndpointListQuotePaginatedResponseModel | None:
    """List quotes

     List all of your quotes

    Args:
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        customer_id (str | Unset):
        include_archived (bool | Unset):
        status (str | Unset):
        created_by (str | Unset):
        title (str | Unset):
        has_active_approval_workflow (bool | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListQuoteEndpointListQuotePaginatedResponseModel
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        before=before,
        customer_id=customer_id,
        include_archived=include_archived,
        status=status,
        created_by=created_by,
        title=title,
        has_active_approval_workflow=has_active_approval_workflow,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    title: str | Unset = UNSET,
    has_active_approval_workflow: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> Response[ErrorResponse | ListQuoteEndpointListQuotePaginatedResponseModel]:
    """List quotes

     List all of your quotes

    Args:
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        customer_id (str | Unset):
        include_archived (bool | Unset):
        status (str | Unset):
        created_by (str | Unset):
        title (str | Unset):
        has_active_approval_workflow (bool | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListQuoteEndpointListQuotePaginatedResponseModel]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        before=before,
        customer_id=customer_id,
        include_archived=include_archived,
        status=status,
        created_by=created_by,
        title=title,
        has_active_approval_workflow=has_active_approval_workflow,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    title: str | Unset = UNSET,
    has_active_approval_workflow: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> ErrorResponse | ListQuoteEndpointListQuotePaginatedResponseModel | None:
    """List quotes

     List all of your quotes

    Args:
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        customer_id (str | Unset):
        include_archived (bool | Unset):
        status (str | Unset):
        created_by (str | Unset):
        title (str | Unset):
        has_active_approval_workflow (bool | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListQuoteEndpointListQuotePaginatedResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            before=before,
            customer_id=customer_id,
            include_archived=include_archived,
            status=status,
            created_by=created_by,
            title=title,
            has_active_approval_workflow=has_active_approval_workflow,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
