from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_note import CreditNote
from ...models.error_response import ErrorResponse
from ...models.update_credit_note_endpoint_update_credit_note_request_model import (
    UpdateCreditNoteEndpointUpdateCreditNoteRequestModel,
)
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdateCreditNoteEndpointUpdateCreditNoteRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/credit-notes/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditNote | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreditNote.from_dict(response.json())

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
) -> Response[CreditNote | ErrorResponse]:
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
    body: UpdateCreditNoteEndpointUpdateCreditNoteRequestModel,
) -> Response[CreditNote | ErrorResponse]:
    """Update a Credit Note

     Update a Credit Note

    Args:
        id (str):
        body (UpdateCreditNoteEndpointUpdateCreditNoteRequestModel):  Example:
            {'billingPeriodStart': '2022-10-01T00:00:00Z', 'billingPeriodEnd': '2022-10-30T00:00:00Z',
            'purchaseOrderNumber': 'PO123', 'customerEmails': ['customer@example.com',
            'customer.alias@example.com'], 'customerLegalCompanyName': 'Facebook',
            'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road', 'town': 'Yemen',
            'state': 'CA', 'postcode': 'YE1 2YE', 'country': 'YE'}, 'customerShippingAddress':
            {'line1': '742 Evergreen Terrace', 'town': 'Springfield', 'state': 'CA', 'postcode':
            '12345', 'country': 'US'}, 'memo': 'Thanks', 'metadata': [{'key': 'example-label',
            'value': 'label-value'}], 'customerTaxId': 'TAX123', 'settings':
            {'generateCashCreditGrant': 'ENABLED'}, 'accountingDate': '2022-09-30'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNote | ErrorResponse]
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
    body: UpdateCreditNoteEndpointUpdateCreditNoteRequestModel,
) -> CreditNote | ErrorResponse | None:
    """Update a Credit Note

     Update a Credit Note

    Args:
        id (str):
        body (UpdateCreditNoteEndpointUpdateCreditNoteRequestModel):  Example:
            {'billingPeriodStart': '2022-10-01T00:00:00Z', 'billingPeriodEnd': '2022-10-30T00:00:00Z',
            'purchaseOrderNumber': 'PO123', 'customerEmails': ['customer@example.com',
            'customer.alias@example.com'], 'customerLegalCompanyName': 'Facebook',
            'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road', 'town': 'Yemen',
            'state': 'CA', 'postcode': 'YE1 2YE', 'country': 'YE'}, 'customerShippingAddress':
            {'line1': '742 Evergreen Terrace', 'town': 'Springfield', 'state': 'CA', 'postcode':
            '12345', 'country': 'US'}, 'memo': 'Thanks', 'metadata': [{'key': 'example-label',
            'value': 'label-value'}], 'customerTaxId': 'TAX123', 'settings':
            {'generateCashCreditGrant': 'ENABLED'}, 'accountingDate': '2022-09-30'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNote | ErrorResponse
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
    body: UpdateCreditNoteEndpointUpdateCreditNoteRequestModel,
) -> Response[CreditNote | ErrorResponse]:
    """Update a Credit Note

     Update a Credit Note

    Args:
        id (str):
        body (UpdateCreditNoteEndpointUpdateCreditNoteRequestModel):  Example:
            {'billingPeriodStart': '2022-10-01T00:00:00Z', 'billingPeriodEnd': '2022-10-30T00:00:00Z',
            'purchaseOrderNumber': 'PO123', 'customerEmails': ['customer@example.com',
            'customer.alias@example.com'], 'customerLegalCompanyName': 'Facebook',
            'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road', 'town': 'Yemen',
            'state': 'CA', 'postcode': 'YE1 2YE', 'country': 'YE'}, 'customerShippingAddress':
            {'line1': '742 Evergreen Terrace', 'town': 'Springfield', 'state': 'CA', 'postcode':
            '12345', 'country': 'US'}, 'memo': 'Thanks', 'metadata': [{'key': 'example-label',
            'value': 'label-value'}], 'customerTaxId': 'TAX123', 'settings':
            {'generateCashCreditGrant': 'ENABLED'}, 'accountingDate': '2022-09-30'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNote | ErrorResponse]
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
    body: UpdateCreditNoteEndpointUpdateCreditNoteRequestModel,
) -> CreditNote | ErrorResponse | None:
    """Update a Credit Note

     Update a Credit Note

    Args:
        id (str):
        body (UpdateCreditNoteEndpointUpdateCreditNoteRequestModel):  Example:
            {'billingPeriodStart': '2022-10-01T00:00:00Z', 'billingPeriodEnd': '2022-10-30T00:00:00Z',
            'purchaseOrderNumber': 'PO123', 'customerEmails': ['customer@example.com',
            'customer.alias@example.com'], 'customerLegalCompanyName': 'Facebook',
            'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road', 'town': 'Yemen',
            'state': 'CA', 'postcode': 'YE1 2YE', 'country': 'YE'}, 'customerShippingAddress':
            {'line1': '742 Evergreen Terrace', 'town': 'Springfield', 'state': 'CA', 'postcode':
            '12345', 'country': 'US'}, 'memo': 'Thanks', 'metadata': [{'key': 'example-label',
            'value': 'label-value'}], 'customerTaxId': 'TAX123', 'settings':
            {'generateCashCreditGrant': 'ENABLED'}, 'accountingDate': '2022-09-30'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNote | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
