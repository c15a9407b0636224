from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_credit_note_application_endpoint_create_credit_note_application_request_model import (
    CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel,
)
from ...models.credit_note_application_response import CreditNoteApplicationResponse
from ...models.error_response import ErrorResponse
from ...models.version_conflict_response import VersionConflictResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credit-note-applications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreditNoteApplicationResponse | ErrorResponse | VersionConflictResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 201:
        response_201 = CreditNoteApplicationResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = VersionConflictResponse.from_dict(response.json())

        return response_409

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
) -> Response[Any | CreditNoteApplicationResponse | ErrorResponse | VersionConflictResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel,
) -> Response[Any | CreditNoteApplicationResponse | ErrorResponse | VersionConflictResponse]:
    """Apply a Credit Note to an Invoice

     Allocates an amount from a Credit Note's balance to an Invoice's balance.

    Args:
        body (CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel):
            Example: {'creditNoteId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'invoiceId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'amount': 50, 'currency': 'USD',
            'creditNoteBalanceVersion': 3, 'invoiceBalanceVersion': 7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreditNoteApplicationResponse | ErrorResponse | VersionConflictResponse]
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
    body: CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel,
) -> Any | CreditNoteApplicationResponse | ErrorResponse | VersionConflictResponse | None:
    """Apply a Credit Note to an Invoice

     Allocates an amount from a Credit Note's balance to an Invoice's balance.

    Args:
        body (CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel):
            Example: {'creditNoteId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'invoiceId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'amount': 50, 'currency': 'USD',
            'creditNoteBalanceVersion': 3, 'invoiceBalanceVersion': 7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreditNoteApplicationResponse | ErrorResponse | VersionConflictResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel,
) -> Response[Any | CreditNoteApplicationResponse | ErrorResponse | VersionConflictResponse]:
    """Apply a Credit Note to an Invoice

     Allocates an amount from a Credit Note's balance to an Invoice's balance.

    Args:
        body (CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel):
            Example: {'creditNoteId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'invoiceId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'amount': 50, 'currency': 'USD',
            'creditNoteBalanceVersion': 3, 'invoiceBalanceVersion': 7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreditNoteApplicationResponse | ErrorResponse | VersionConflictResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel,
) -> Any | CreditNoteApplicationResponse | ErrorResponse | VersionConflictResponse | None:
    """Apply a Credit Note to an Invoice

     Allocates an amount from a Credit Note's balance to an Invoice's balance.

    Args:
        body (CreateCreditNoteApplicationEndpointCreateCreditNoteApplicationRequestModel):
            Example: {'creditNoteId': 'af60cab3-812d-4250-a051-0fb7133a00c7', 'invoiceId':
            '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'amount': 50, 'currency': 'USD',
            'creditNoteBalanceVersion': 3, 'invoiceBalanceVersion': 7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreditNoteApplicationResponse | ErrorResponse | VersionConflictResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
