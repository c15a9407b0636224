from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_credit_note_endpoint_create_credit_note_request_model import (
    CreateCreditNoteEndpointCreateCreditNoteRequestModel,
)
from ...models.credit_note import CreditNote
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCreditNoteEndpointCreateCreditNoteRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credit-notes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditNote | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreditNote.from_dict(response.json())

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
) -> Response[CreditNote | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCreditNoteEndpointCreateCreditNoteRequestModel,
) -> Response[CreditNote | ErrorResponse]:
    """Create a new Credit Note

     Create a new Credit Note

    Args:
        body (CreateCreditNoteEndpointCreateCreditNoteRequestModel):  Example: {'invoiceId':
            'af60cab3-812d-4250-a051-0fb7133a00c7', 'currency': 'GBP', 'billingPeriodStart':
            '2022-10-01T00:00:00Z', 'billingPeriodEnd': '2022-10-30T00:00:00Z', 'purchaseOrderNumber':
            'PO123', 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'customerEmails':
            ['customer@example.com', 'customer.alias@example.com'], 'customerLegalCompanyName':
            'Facebook', 'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road',
            'town': 'Yemen', 'state': 'CA', 'postcode': 'YE1 2YE', 'country': 'YE'},
            'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town': 'Springfield',
            'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks', 'metadata':
            [{'key': 'example-label', 'value': 'label-value'}], 'customerTaxId': 'TAX123',
            'accountingDate': '2025-08-29'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNote | ErrorResponse]
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
    body: CreateCreditNoteEndpointCreateCreditNoteRequestModel,
) -> CreditNote | ErrorResponse | None:
    """Create a new Credit Note

     Create a new Credit Note

    Args:
        body (CreateCreditNoteEndpointCreateCreditNoteRequestModel):  Example: {'invoiceId':
            'af60cab3-812d-4250-a051-0fb7133a00c7', 'currency': 'GBP', 'billingPeriodStart':
            '2022-10-01T00:00:00Z', 'billingPeriodEnd': '2022-10-30T00:00:00Z', 'purchaseOrderNumber':
            'PO123', 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'customerEmails':
            ['customer@example.com', 'customer.alias@example.com'], 'customerLegalCompanyName':
            'Facebook', 'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road',
            'town': 'Yemen', 'state': 'CA', 'postcode': 'YE1 2YE', 'country': 'YE'},
            'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town': 'Springfield',
            'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks', 'metadata':
            [{'key': 'example-label', 'value': 'label-value'}], 'customerTaxId': 'TAX123',
            'accountingDate': '2025-08-29'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNote | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCreditNoteEndpointCreateCreditNoteRequestModel,
) -> Response[CreditNote | ErrorResponse]:
    """Create a new Credit Note

     Create a new Credit Note

    Args:
        body (CreateCreditNoteEndpointCreateCreditNoteRequestModel):  Example: {'invoiceId':
            'af60cab3-812d-4250-a051-0fb7133a00c7', 'currency': 'GBP', 'billingPeriodStart':
            '2022-10-01T00:00:00Z', 'billingPeriodEnd': '2022-10-30T00:00:00Z', 'purchaseOrderNumber':
            'PO123', 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'customerEmails':
            ['customer@example.com', 'customer.alias@example.com'], 'customerLegalCompanyName':
            'Facebook', 'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road',
            'town': 'Yemen', 'state': 'CA', 'postcode': 'YE1 2YE', 'country': 'YE'},
            'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town': 'Springfield',
            'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks', 'metadata':
            [{'key': 'example-label', 'value': 'label-value'}], 'customerTaxId': 'TAX123',
            'accountingDate': '2025-08-29'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNote | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCreditNoteEndpointCreateCreditNoteRequestModel,
) -> CreditNote | ErrorResponse | None:
    """Create a new Credit Note

     Create a new Credit Note

    Args:
        body (CreateCreditNoteEndpointCreateCreditNoteRequestModel):  Example: {'invoiceId':
            'af60cab3-812d-4250-a051-0fb7133a00c7', 'currency': 'GBP', 'billingPeriodStart':
            '2022-10-01T00:00:00Z', 'billingPeriodEnd': '2022-10-30T00:00:00Z', 'purchaseOrderNumber':
            'PO123', 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47', 'customerEmails':
            ['customer@example.com', 'customer.alias@example.com'], 'customerLegalCompanyName':
            'Facebook', 'customerBillingAddress': {'line1': 'Flat 1', 'line2': '15 Yemen Road',
            'town': 'Yemen', 'state': 'CA', 'postcode': 'YE1 2YE', 'country': 'YE'},
            'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town': 'Springfield',
            'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks', 'metadata':
            [{'key': 'example-label', 'value': 'label-value'}], 'customerTaxId': 'TAX123',
            'accountingDate': '2025-08-29'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNote | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
