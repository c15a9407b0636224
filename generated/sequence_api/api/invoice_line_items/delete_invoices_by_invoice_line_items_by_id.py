from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stable_20240101_line_item_response import Stable20240101LineItemResponse
from ...types import Response


def _get_kwargs(
    invoice: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/invoices/{invoice}/line-items/{id}".format(
            invoice=quote(str(invoice), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Stable20240101LineItemResponse | None:
    if response.status_code == 200:
        response_200 = Stable20240101LineItemResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | Stable20240101LineItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Stable20240101LineItemResponse]:
    """Deletes a Line Item

     Deletes a Line Item

    Args:
        invoice (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Stable20240101LineItemResponse]
    """

    kwargs = _get_kwargs(
        invoice=invoice,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Stable20240101LineItemResponse | None:
    """Deletes a Line Item

     Deletes a Line Item

    Args:
        invoice (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Stable20240101LineItemResponse
    """

    return sync_detailed(
        invoice=invoice,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    invoice: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Stable20240101LineItemResponse]:
    """Deletes a Line Item

     Deletes a Line Item

    Args:
        invoice (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Stable20240101LineItemResponse]
    """

    kwargs = _get_kwargs(
        invoice=invoice,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Stable20240101LineItemResponse | None:
    """Deletes a Line Item

     Deletes a Line Item

    Args:
        invoice (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Stable20240101LineItemResponse
    """

    return (
        await asyncio_detailed(
            invoice=invoice,
            id=id,
            client=client,
        )
    ).parsed
