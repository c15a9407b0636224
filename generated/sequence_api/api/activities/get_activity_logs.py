from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_log_list_response import ActivityLogListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    activity_log_object_id: str | Unset = UNSET,
    activity_log_object_entity_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["before"] = before

    params["after"] = after

    params["limit"] = limit

    params["sortOrder"] = sort_order

    params["activityLogObjectId"] = activity_log_object_id

    params["activityLogObjectEntityId"] = activity_log_object_entity_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity-logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityLogListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ActivityLogListResponse.from_dict(response.json())

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
) -> Response[ActivityLogListResponse | ErrorResponse]:
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
    activity_log_object_id: str | Unset = UNSET,
    activity_log_object_entity_id: str | Unset = UNSET,
) -> Response[ActivityLogListResponse | ErrorResponse]:
    """List all Activity Logs

     List all Activity Logs

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        activity_log_object_id (str | Unset):
        activity_log_object_entity_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityLogListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        activity_log_object_id=activity_log_object_id,
        activity_log_object_entity_id=activity_log_object_entity_id,
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
    activity_log_object_id: str | Unset = UNSET,
    activity_log_object_entity_id: str | Unset = UNSET,
) -> ActivityLogListResponse | ErrorResponse | None:
    """List all Activity Logs

     List all Activity Logs

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        activity_log_object_id (str | Unset):
        activity_log_object_entity_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityLogListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        activity_log_object_id=activity_log_object_id,
        activity_log_object_entity_id=activity_log_object_entity_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    activity_log_object_id: str | Unset = UNSET,
    activity_log_object_entity_id: str | Unset = UNSET,
) -> Response[ActivityLogListResponse | ErrorResponse]:
    """List all Activity Logs

     List all Activity Logs

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        activity_log_object_id (str | Unset):
        activity_log_object_entity_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityLogListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        activity_log_object_id=activity_log_object_id,
        activity_log_object_entity_id=activity_log_object_entity_id,
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
    activity_log_object_id: str | Unset = UNSET,
    activity_log_object_entity_id: str | Unset = UNSET,
) -> ActivityLogListResponse | ErrorResponse | None:
    """List all Activity Logs

     List all Activity Logs

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        activity_log_object_id (str | Unset):
        activity_log_object_entity_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityLogListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            before=before,
            after=after,
            limit=limit,
            sort_order=sort_order,
            activity_log_object_id=activity_log_object_id,
            activity_log_object_entity_id=activity_log_object_entity_id,
        )
    ).parsed
