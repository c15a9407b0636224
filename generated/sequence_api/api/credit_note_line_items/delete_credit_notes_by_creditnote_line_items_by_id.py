from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_credit_note_line_item_endpoint_product_delete_credit_note_line_item_response_model import (
    DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    creditnote: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/credit-notes/{creditnote}/line-items/{id}".format(
            creditnote=quote(str(creditnote), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel.from_dict(
            response.json()
        )

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
) -> Response[DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    creditnote: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel | ErrorResponse]:
    """Delete a Credit Note Line Item

     Delete a Credit Note Line Item

    Args:
        creditnote (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel | ErrorResponse]
    """

    kwargs = _get_kwargs(
        creditnote=creditnote,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    creditnote: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel | ErrorResponse | None:
    """Delete a Credit Note Line Item

     Delete a Credit Note Line Item

    Args:
        creditnote (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel | ErrorResponse
    """

    return sync_detailed(
        creditnote=creditnote,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    creditnote: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel | ErrorResponse]:
    """Delete a Credit Note Line Item

     Delete a Credit Note Line Item

    Args:
        creditnote (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel | ErrorResponse]
    """

    kwargs = _get_kwargs(
        creditnote=creditnote,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    creditnote: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel | ErrorResponse | None:
    """Delete a Credit Note Line Item

     Delete a Credit Note Line Item

    Args:
        creditnote (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCreditNoteLineItemEndpointProductDeleteCreditNoteLineItemResponseModel | ErrorResponse
    """

    return (
        await asyncio_detailed(
            creditnote=creditnote,
            id=id,
            client=client,
        )
    ).parsed
