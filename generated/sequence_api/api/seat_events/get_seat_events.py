from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_seat_events_endpoint_endpoint_response_model import ListSeatEventsEndpointEndpointResponseModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    customer_alias: str | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
    seat_type: str | Unset = UNSET,
    customer_event_id: str | Unset = UNSET,
    event_timestamp_before: str | Unset = UNSET,
    event_timestamp_after: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["before"] = before

    params["after"] = after

    params["limit"] = limit

    params["sortOrder"] = sort_order

    params["customerAlias"] = customer_alias

    params["customerIds"] = customer_ids

    params["seatType"] = seat_type

    params["customerEventId"] = customer_event_id

    params["eventTimestampBefore"] = event_timestamp_before

    params["eventTimestampAfter"] = event_timestamp_after

    params["sortBy"] = sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/seat-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListSeatEventsEndpointEndpointResponseModel | None:
    if response.status_code == 200:
        response_200 = ListSeatEventsEndpointEndpointResponseModel.from_dict(response.json())

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
) -> Response[ErrorResponse | ListSeatEventsEndpointEndpointResponseModel]:
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
    customer_alias: str | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
    seat_type: str | Unset = UNSET,
    customer_event_id: str | Unset = UNSET,
    event_timestamp_before: str | Unset = UNSET,
    event_timestamp_after: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[ErrorResponse | ListSeatEventsEndpointEndpointResponseModel]:
    """List all seat events

     Retrieve a paginated list of all your submitted seat events.

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        customer_alias (str | Unset):
        customer_ids (str | Unset):
        seat_type (str | Unset):
        customer_event_id (str | Unset):
        event_timestamp_before (str | Unset):
        event_timestamp_after (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListSeatEventsEndpointEndpointResponseModel]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        customer_alias=customer_alias,
        customer_ids=customer_ids,
        seat_type=seat_type,
        customer_event_id=customer_event_id,
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
    customer_alias: str | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
    seat_type: str | Unset = UNSET,
    customer_event_id: str | Unset = UNSET,
    event_timestamp_before: str | Unset = UNSET,
    event_timestamp_after: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> ErrorResponse | ListSeatEventsEndpointEndpointResponseModel | None:
    """List all seat events

     Retrieve a paginated list of all your submitted seat events.

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        customer_alias (str | Unset):
        customer_ids (str | Unset):
        seat_type (str | Unset):
        customer_event_id (str | Unset):
        event_timestamp_before (str | Unset):
        event_timestamp_after (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListSeatEventsEndpointEndpointResponseModel
    """

    return sync_detailed(
        client=client,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        customer_alias=customer_alias,
        customer_ids=customer_ids,
        seat_type=seat_type,
        customer_event_id=customer_event_id,
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
    customer_alias: str | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
    seat_type: str | Unset = UNSET,
    customer_event_id: str | Unset = UNSET,
    event_timestamp_before: str | Unset = UNSET,
    event_timestamp_after: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[ErrorResponse | ListSeatEventsEndpointEndpointResponseModel]:
    """List all seat events

     Retrieve a paginated list of all your submitted seat events.

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        customer_alias (str | Unset):
        customer_ids (str | Unset):
        seat_type (str | Unset):
        customer_event_id (str | Unset):
        event_timestamp_before (str | Unset):
        event_timestamp_after (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListSeatEventsEndpointEndpointResponseModel]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        customer_alias=customer_alias,
        customer_ids=customer_ids,
        seat_type=seat_type,
        customer_event_id=customer_event_id,
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
    customer_alias: str | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
    seat_type: str | Unset = UNSET,
    customer_event_id: str | Unset = UNSET,
    event_timestamp_before: str | Unset = UNSET,
    event_timestamp_after: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> ErrorResponse | ListSeatEventsEndpointEndpointResponseModel | None:
    """List all seat events

     Retrieve a paginated list of all your submitted seat events.

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):
        customer_alias (str | Unset):
        customer_ids (str | Unset):
        seat_type (str | Unset):
        customer_event_id (str | Unset):
        event_timestamp_before (str | Unset):
        event_timestamp_after (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListSeatEventsEndpointEndpointResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            before=before,
            after=after,
            limit=limit,
            sort_order=sort_order,
            customer_alias=customer_alias,
            customer_ids=customer_ids,
            seat_type=seat_type,
            customer_event_id=customer_event_id,
            event_timestamp_before=event_timestamp_before,
            event_timestamp_after=event_timestamp_after,
            sort_by=sort_by,
        )
    ).parsed
