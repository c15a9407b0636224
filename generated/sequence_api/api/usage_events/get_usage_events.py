from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_usage_event_endpoint_endpoint_response_model import ListUsageEventEndpointEndpointResponseModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    customer_alias: list[str] | Unset = UNSET,
    unmapped_aliases_only: bool | Unset = UNSET,
    event_type: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    event_timestamp_before: str | Unset = UNSET,
    event_timestamp_after: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["before"] = before

    params["after"] = after

    params["limit"] = limit

    params["sortOrder"] = sort_order

    params["offset"] = offset

    json_customer_alias: list[str] | Unset = UNSET
    if not isinstance(customer_alias, Unset):
        json_customer_alias = customer_alias

    params["customerAlias"] = json_customer_alias

    params["unmappedAliasesOnly"] = unmapped_aliases_only

    params["eventType"] = event_type

    params["eventId"] = event_id

    params["eventTimestampBefore"] = event_timestamp_before

    params["eventTimestampAfter"] = event_timestamp_after

    params["sortBy"] = sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListUsageEventEndpointEndpointResponseModel | None:
    if response.status_code == 200:
        response_200 = ListUsageEventEndpointEndpointResponseModel.from_dict(response.json())

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
) -> Response[ErrorResponse | ListUsageEventEndpointEndpointResponseModel]:
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
    sort_order: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    customer_alias: list[str] | Unset = UNSET,
    unmapped_aliases_only: bool | Unset = UNSET,
    event_type: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    event_timestamp_before: str | Unset = UNSET,
    event_timestamp_after: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[ErrorResponse | ListUsageEventEndpointEndpointResponseModel]:
    """List all Usage Events

     List all Usage Events

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        offset (int | Unset):
        customer_alias (list[str] | Unset):
        unmapped_aliases_only (bool | Unset):
        event_type (str | Unset):
        event_id (str | Unset):
        event_timestamp_before (str | Unset):
        event_timestamp_after (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListUsageEventEndpointEndpointResponseModel]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        offset=offset,
        customer_alias=customer_alias,
        unmapped_aliases_only=unmapped_aliases_only,
        event_type=event_type,
        event_id=event_id,
        event_timestamp_before=event_timestamp_before,
        event_timestamp_after=event_timestamp_after,
        sort_by=sort_by,
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
    sort_order: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    customer_alias: list[str] | Unset = UNSET,
    unmapped_aliases_only: bool | Unset = UNSET,
    event_type: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    event_timestamp_before: str | Unset = UNSET,
    event_timestamp_after: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> ErrorResponse | ListUsageEventEndpointEndpointResponseModel | None:
    """List all Usage Events

     List all Usage Events

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        offset (int | Unset):
        customer_alias (list[str] | Unset):
        unmapped_aliases_only (bool | Unset):
        event_type (str | Unset):
        event_id (str | Unset):
        event_timestamp_before (str | Unset):
        event_timestamp_after (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListUsageEventEndpointEndpointResponseModel
    """

    return sync_detailed(
        client=client,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        offset=offset,
        customer_alias=customer_alias,
        unmapped_aliases_only=unmapped_aliases_only,
        event_type=event_type,
        event_id=event_id,
        event_timestamp_before=event_timestamp_before,
        event_timestamp_after=event_timestamp_after,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    customer_alias: list[str] | Unset = UNSET,
    unmapped_aliases_only: bool | Unset = UNSET,
    event_type: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    event_timestamp_before: str | Unset = UNSET,
    event_timestamp_after: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[ErrorResponse | ListUsageEventEndpointEndpointResponseModel]:
    """List all Usage Events

     List all Usage Events

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        offset (int | Unset):
        customer_alias (list[str] | Unset):
        unmapped_aliases_only (bool | Unset):
        event_type (str | Unset):
        event_id (str | Unset):
        event_timestamp_before (str | Unset):
        event_timestamp_after (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListUsageEventEndpointEndpointResponseModel]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        offset=offset,
        customer_alias=customer_alias,
        unmapped_aliases_only=unmapped_aliases_only,
        event_type=event_type,
        event_id=event_id,
        event_timestamp_before=event_timestamp_before,
        event_timestamp_after=event_timestamp_after,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    customer_alias: list[str] | Unset = UNSET,
    unmapped_aliases_only: bool | Unset = UNSET,
    event_type: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    event_timestamp_before: str | Unset = UNSET,
    event_timestamp_after: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> ErrorResponse | ListUsageEventEndpointEndpointResponseModel | None:
    """List all Usage Events

     List all Usage Events

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        offset (int | Unset):
        customer_alias (list[str] | Unset):
        unmapped_aliases_only (bool | Unset):
        event_type (str | Unset):
        event_id (str | Unset):
        event_timestamp_before (str | Unset):
        event_timestamp_after (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListUsageEventEndpointEndpointResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            before=before,
            after=after,
            limit=limit,
            sort_order=sort_order,
            offset=offset,
            customer_alias=customer_alias,
            unmapped_aliases_only=unmapped_aliases_only,
            event_type=event_type,
            event_id=event_id,
            event_timestamp_before=event_timestamp_before,
            event_timestamp_after=event_timestamp_after,
            sort_by=sort_by,
        )
    ).parsed
