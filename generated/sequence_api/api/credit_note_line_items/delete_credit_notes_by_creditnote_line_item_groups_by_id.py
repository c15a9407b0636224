from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_credit_note_line_item_group_endpoint_product_create_credit_note_line_item_group_response_model import (
    CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    creditnote: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/credit-notes/{creditnote}/line-item-groups/{id}".format(
            creditnote=quote(str(creditnote), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel.from_dict(
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
) -> Response[CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel | ErrorResponse]:
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
) -> Response[CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel | ErrorResponse]:
    """Delete a Credit Note Line Item Group

     Delete a Credit Note Line Item Group

    Args:
        creditnote (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel | ErrorResponse]
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
) -> CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel | ErrorResponse | None:
    """Delete a Credit Note Line Item Group

     Delete a Credit Note Line Item Group

    Args:
        creditnote (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel | ErrorResponse
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
) -> Response[CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel | ErrorResponse]:
    """Delete a Credit Note Line Item Group

     Delete a Credit Note Line Item Group

    Args:
        creditnote (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel | ErrorResponse]
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
) -> CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel | ErrorResponse | None:
    """Delete a Credit Note Line Item Group

     Delete a Credit Note Line Item Group

    Args:
        creditnote (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCreditNoteLineItemGroupEndpointProductCreateCreditNoteLineItemGroupResponseModel | ErrorResponse
    """

    return (
        await asyncio_detailed(
            creditnote=creditnote,
            id=id,
            client=client,
        )
    ).parsed
