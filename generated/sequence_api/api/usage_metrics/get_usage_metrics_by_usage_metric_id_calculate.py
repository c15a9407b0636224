from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.usage_metric_calculation_response import UsageMetricCalculationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    usage_metric_id: str,
    *,
    customer_aliases: str,
    period_start: str,
    period_end: str,
    custom_parameters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customerAliases"] = customer_aliases

    params["periodStart"] = period_start

    params["periodEnd"] = period_end

    params["customParameters"] = custom_parameters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage-metrics/{usage_metric_id}/calculate".format(
            usage_metric_id=quote(str(usage_metric_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UsageMetricCalculationResponse | None:
    if response.status_code == 200:
        response_200 = UsageMetricCalculationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UsageMetricCalculationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    usage_metric_id: str,
    *,
    client: AuthenticatedClient | Client,
    customer_aliases: str,
    period_start: str,
    period_end: str,
    custom_parameters: str | Unset = UNSET,
) -> Response[ErrorResponse | UsageMetricCalculationResponse]:
    """Calculate usage metric for customer and timeframe

     Calculate usage metric for customer and timeframe

    Args:
        usage_metric_id (str):
        customer_aliases (str):
        period_start (str):
        period_end (str):
        custom_parameters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsageMetricCalculationResponse]
    """

    kwargs = _get_kwargs(
        usage_metric_id=usage_metric_id,
        customer_aliases=customer_aliases,
        period_start=period_start,
        period_end=period_end,
        custom_parameters=custom_parameters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    usage_metric_id: str,
    *,
    client: AuthenticatedClient | Client,
    customer_aliases: str,
    period_start: str,
    period_end: str,
    custom_parameters: str | Unset = UNSET,
) -> ErrorResponse | UsageMetricCalculationResponse | None:
    """Calculate usage metric for customer and timeframe

     Calculate usage metric for customer and timeframe

    Args:
        usage_metric_id (str):
        customer_aliases (str):
        period_start (str):
        period_end (str):
        custom_parameters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsageMetricCalculationResponse
    """

    return sync_detailed(
        usage_metric_id=usage_metric_id,
        client=client,
        customer_aliases=customer_aliases,
        period_start=period_start,
        period_end=period_end,
        custom_parameters=custom_parameters,
    ).parsed


async def asyncio_detailed(
    usage_metric_id: str,
    *,
    client: AuthenticatedClient | Client,
    customer_aliases: str,
    period_start: str,
    period_end: str,
    custom_parameters: str | Unset = UNSET,
) -> Response[ErrorResponse | UsageMetricCalculationResponse]:
    """Calculate usage metric for customer and timeframe

     Calculate usage metric for customer and timeframe

    Args:
        usage_metric_id (str):
        customer_aliases (str):
        period_start (str):
        period_end (str):
        custom_parameters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsageMetricCalculationResponse]
    """

    kwargs = _get_kwargs(
        usage_metric_id=usage_metric_id,
        customer_aliases=customer_aliases,
        period_start=period_start,
        period_end=period_end,
        custom_parameters=custom_parameters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    usage_metric_id: str,
    *,
    client: AuthenticatedClient | Client,
    customer_aliases: str,
    period_start: str,
    period_end: str,
    custom_parameters: str | Unset = UNSET,
) -> ErrorResponse | UsageMetricCalculationResponse | None:
    """Calculate usage metric for customer and timeframe

     Calculate usage metric for customer and timeframe

    Args:
        usage_metric_id (str):
        customer_aliases (str):
        period_start (str):
        period_end (str):
        custom_parameters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsageMetricCalculationResponse
    """

    return (
        await asyncio_detailed(
            usage_metric_id=usage_metric_id,
            client=client,
            customer_aliases=customer_aliases,
            period_start=period_start,
            period_end=period_end,
            custom_parameters=custom_parameters,
        )
    ).parsed
