from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_usage_metric_endpoint_product_create_usage_metric_response_model import (
    CreateUsageMetricEndpointProductCreateUsageMetricResponseModel,
)
from ...models.error_response import ErrorResponse
from ...models.update_usage_metric_endpoint_update_usage_metric_request_model import (
    UpdateUsageMetricEndpointUpdateUsageMetricRequestModel,
)
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdateUsageMetricEndpointUpdateUsageMetricRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/usage-metrics/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUsageMetricEndpointProductCreateUsageMetricResponseModel | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateUsageMetricEndpointProductCreateUsageMetricResponseModel.from_dict(response.json())

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
) -> Response[CreateUsageMetricEndpointProductCreateUsageMetricResponseModel | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUsageMetricEndpointUpdateUsageMetricRequestModel,
) -> Response[CreateUsageMetricEndpointProductCreateUsageMetricResponseModel | ErrorResponse]:
    """Update a Usage Metric

     Update a Usage Metric

    Args:
        id (str):
        body (UpdateUsageMetricEndpointUpdateUsageMetricRequestModel):  Example: {'name': 'Total
            length of sent messages.', 'description': 'Total length of sent messages.', 'metricType':
            'GROUPED', 'eventType': 'message_sent', 'aggregationType': 'COUNT', 'aggregationProperty':
            'message_length', 'groupingProperty': 'channel', 'unit': 'bytes', 'propertyFilters':
            {'channels': ['text', 'email']}, 'caseSensitive': True, 'propertiesToNegate':
            ['channels']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUsageMetricEndpointProductCreateUsageMetricResponseModel | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUsageMetricEndpointUpdateUsageMetricRequestModel,
) -> CreateUsageMetricEndpointProductCreateUsageMetricResponseModel | ErrorResponse | None:
    """Update a Usage Metric

     Update a Usage Metric

    Args:
        id (str):
        body (UpdateUsageMetricEndpointUpdateUsageMetricRequestModel):  Example: {'name': 'Total
            length of sent messages.', 'description': 'Total length of sent messages.', 'metricType':
            'GROUPED', 'eventType': 'message_sent', 'aggregationType': 'COUNT', 'aggregationProperty':
            'message_length', 'groupingProperty': 'channel', 'unit': 'bytes', 'propertyFilters':
            {'channels': ['text', 'email']}, 'caseSensitive': True, 'propertiesToNegate':
            ['channels']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUsageMetricEndpointProductCreateUsageMetricResponseModel | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUsageMetricEndpointUpdateUsageMetricRequestModel,
) -> Response[CreateUsageMetricEndpointProductCreateUsageMetricResponseModel | ErrorResponse]:
    """Update a Usage Metric

     Update a Usage Metric

    Args:
        id (str):
        body (UpdateUsageMetricEndpointUpdateUsageMetricRequestModel):  Example: {'name': 'Total
            length of sent messages.', 'description': 'Total length of sent messages.', 'metricType':
            'GROUPED', 'eventType': 'message_sent', 'aggregationType': 'COUNT', 'aggregationProperty':
            'message_length', 'groupingProperty': 'channel', 'unit': 'bytes', 'propertyFilters':
            {'channels': ['text', 'email']}, 'caseSensitive': True, 'propertiesToNegate':
            ['channels']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUsageMetricEndpointProductCreateUsageMetricResponseModel | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUsageMetricEndpointUpdateUsageMetricRequestModel,
) -> CreateUsageMetricEndpointProductCreateUsageMetricResponseModel | ErrorResponse | None:
    """Update a Usage Metric

     Update a Usage Metric

    Args:
        id (str):
        body (UpdateUsageMetricEndpointUpdateUsageMetricRequestModel):  Example: {'name': 'Total
            length of sent messages.', 'description': 'Total length of sent messages.', 'metricType':
            'GROUPED', 'eventType': 'message_sent', 'aggregationType': 'COUNT', 'aggregationProperty':
            'message_length', 'groupingProperty': 'channel', 'unit': 'bytes', 'propertyFilters':
            {'channels': ['text', 'email']}, 'caseSensitive': True, 'propertiesToNegate':
            ['channels']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUsageMetricEndpointProductCreateUsageMetricResponseModel | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
