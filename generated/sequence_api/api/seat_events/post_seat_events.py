from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_seat_event_endpoint_create_seat_event_request_model import (
    CreateSeatEventEndpointCreateSeatEventRequestModel,
)
from ...models.create_seat_event_endpoint_product_create_seat_event_response_model import (
    CreateSeatEventEndpointProductCreateSeatEventResponseModel,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSeatEventEndpointCreateSeatEventRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/seat-events",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateSeatEventEndpointProductCreateSeatEventResponseModel | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateSeatEventEndpointProductCreateSeatEventResponseModel.from_dict(response.json())

        return response_201

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
) -> Response[CreateSeatEventEndpointProductCreateSeatEventResponseModel | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSeatEventEndpointCreateSeatEventRequestModel,
) -> Response[CreateSeatEventEndpointProductCreateSeatEventResponseModel | ErrorResponse]:
    """Create a seat event

     Create a new seat event. Seat events are used for calculating charges.

    Args:
        body (CreateSeatEventEndpointCreateSeatEventRequestModel):  Example: {'customerEventId':
            'event-id-H4twuTWpYx1rkd8OMTki2hTUcZ', 'customerAlias': 'customer-
            id-2H4u5BBwBWsS5V2sroRFqJfTXpW', 'seatType': 'admin', 'eventTimestamp':
            '2022-10-01T00:00:00Z', 'total': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSeatEventEndpointProductCreateSeatEventResponseModel | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSeatEventEndpointCreateSeatEventRequestModel,
) -> CreateSeatEventEndpointProductCreateSeatEventResponseModel | ErrorResponse | None:
    """Create a seat event

     Create a new seat event. Seat events are used for calculating charges.

    Args:
        body (CreateSeatEventEndpointCreateSeatEventRequestModel):  Example: {'customerEventId':
            'event-id-H4twuTWpYx1rkd8OMTki2hTUcZ', 'customerAlias': 'customer-
            id-2H4u5BBwBWsS5V2sroRFqJfTXpW', 'seatType': 'admin', 'eventTimestamp':
            '2022-10-01T00:00:00Z', 'total': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSeatEventEndpointProductCreateSeatEventResponseModel | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSeatEventEndpointCreateSeatEventRequestModel,
) -> Response[CreateSeatEventEndpointProductCreateSeatEventResponseModel | ErrorResponse]:
    """Create a seat event

     Create a new seat event. Seat events are used for calculating charges.

    Args:
        body (CreateSeatEventEndpointCreateSeatEventRequestModel):  Example: {'customerEventId':
            'event-id-H4twuTWpYx1rkd8OMTki2hTUcZ', 'customerAlias': 'customer-
            id-2H4u5BBwBWsS5V2sroRFqJfTXpW', 'seatType': 'admin', 'eventTimestamp':
            '2022-10-01T00:00:00Z', 'total': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSeatEventEndpointProductCreateSeatEventResponseModel | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSeatEventEndpointCreateSeatEventRequestModel,
) -> CreateSeatEventEndpointProductCreateSeatEventResponseModel | ErrorResponse | None:
    """Create a seat event

     Create a new seat event. Seat events are used for calculating charges.

    Args:
        body (CreateSeatEventEndpointCreateSeatEventRequestModel):  Example: {'customerEventId':
            'event-id-H4twuTWpYx1rkd8OMTki2hTUcZ', 'customerAlias': 'customer-
            id-2H4u5BBwBWsS5V2sroRFqJfTXpW', 'seatType': 'admin', 'eventTimestamp':
            '2022-10-01T00:00:00Z', 'total': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSeatEventEndpointProductCreateSeatEventResponseModel | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
