from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.line_item_group_response_model import LineItemGroupResponseModel
from ...types import Response


def _get_kwargs(
    invoice: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/invoices/{invoice}/line-item-groups/{id}".format(
            invoice=quote(str(invoice), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LineItemGroupResponseModel | None:
    if response.status_code == 200:
        response_200 = LineItemGroupResponseModel.from_dict(response.json())

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
) -> Response[ErrorResponse | LineItemGroupResponseModel]:
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
) -> Response[ErrorResponse | LineItemGroupResponseModel]:
    """Delete a Line Item Group

     Delete a Line Item Group

    Args:
        invoice (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LineItemGroupResponseModel]
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
) -> ErrorResponse | LineItemGroupResponseModel | None:
    """Delete a Line Item Group

     Delete a Line Item Group

    Args:
        invoice (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LineItemGroupResponseModel
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
) -> Response[ErrorResponse | LineItemGroupResponseModel]:
    """Delete a Line Item Group

     Delete a Line Item Group

    Args:
        invoice (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LineItemGroupResponseModel]
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
) -> ErrorResponse | LineItemGroupResponseModel | None:
    """Delete a Line Item Group

     Delete a Line Item Group

    Args:
        invoice (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LineItemGroupResponseModel
    """

    return (
        await asyncio_detailed(
            invoice=invoice,
            id=id,
            client=client,
        )
    ).parsed
