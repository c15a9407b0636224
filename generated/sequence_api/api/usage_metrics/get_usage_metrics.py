from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_usage_metric_endpoint_product_response_model import ListUsageMetricEndpointProductResponseModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    event_property: str | Unset = UNSET,
    aggregation_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params["name"] = name

    params["id"] = id

    params["eventType"] = event_type

    params["eventProperty"] = event_property

    params["aggregationType"] = aggregation_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage-metrics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListUsageMetricEndpointProductResponseModel | None:
    if response.status_code == 200:
        response_200 = ListUsageMetricEndpointProductResponseModel.from_dict(response.json())

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
) -> Response[ErrorResponse | ListUsageMetricEndpointProductResponseModel]:
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
    name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    event_property: str | Unset = UNSET,
    aggregation_type: str | Unset = UNSET,
) -> Response[ErrorResponse | ListUsageMetricEndpointProductResponseModel]:
    """List all Usage Metrics

     List all Usage Metrics

    Args:
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        name (str | Unset):
        id (str | Unset):
        event_type (str | Unset):
        event_property (str | Unset):
        aggregation_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListUsageMetricEndpointProductResponseModel]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        before=before,
        name=name,
        id=id,
        event_type=event_type,
        event_property=event_property,
        aggregation_type=aggregation_type,
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
    name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    event_property: str | Unset = UNSET,
    aggregation_type: str | Unset = UNSET,
) -> ErrorResponse | ListUsageMetricEndpointProductResponseModel | None:
    """List all Usage Metrics

     List all Usage Metrics

    Args:
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        name (str | Unset):
        id (str | Unset):
        event_type (str | Unset):
        event_property (str | Unset):
        aggregation_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListUsageMetricEndpointProductResponseModel
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        before=before,
        name=name,
        id=id,
        event_type=event_type,
        event_property=event_property,
        aggregation_type=aggregation_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    event_property: str | Unset = UNSET,
    aggregation_type: str | Unset = UNSET,
) -> Response[ErrorResponse | ListUsageMetricEndpointProductResponseModel]:
    """List all Usage Metrics

     List all Usage Metrics

    Args:
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        name (str | Unset):
        id (str | Unset):
        event_type (str | Unset):
        event_property (str | Unset):
        aggregation_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListUsageMetricEndpointProductResponseModel]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        before=before,
        name=name,
        id=id,
        event_type=event_type,
        event_property=event_property,
        aggregation_type=aggregation_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    event_property: str | Unset = UNSET,
    aggregation_type: str | Unset = UNSET,
) -> ErrorResponse | ListUsageMetricEndpointProductResponseModel | None:
    """List all Usage Metrics

     List all Usage Metrics

    Args:
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        name (str | Unset):
        id (str | Unset):
        event_type (str | Unset):
        event_property (str | Unset):
        aggregation_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListUsageMetricEndpointProductResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            before=before,
            name=name,
            id=id,
            event_type=event_type,
            event_property=event_property,
            aggregation_type=aggregation_type,
        )
    ).parsed
