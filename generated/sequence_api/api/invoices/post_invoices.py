from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_response import InvoiceResponse
from ...models.stable_20240101_create_invoice_request import Stable20240101CreateInvoiceRequest
from ...types import Response


def _get_kwargs(
    *,
    body: Stable20240101CreateInvoiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceResponse | None:
    if response.status_code == 201:
        response_201 = InvoiceResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InvoiceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240101CreateInvoiceRequest,
) -> Response[ErrorResponse | InvoiceResponse]:
    """Create an invoice

     Create a new invoice

    Args:
        body (Stable20240101CreateInvoiceRequest):  Example: {'billingScheduleId':
            'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'currency': 'GBP', 'dueDate': '2022-09-30',
            'purchaseOrderNumber': 'PO123', 'reference': 'ref', 'customerEmails':
            ['customer.user.a@example.com', 'customer.user.b@example.com'],
            'customerLegalCompanyName': 'Facebook', 'customerBillingAddress': {'line1': 'Flat 1',
            'line2': '15 Yemen Road', 'town': 'Yemen', 'state': 'CA', 'postcode': 'YE1 2YE',
            'country': 'YE'}, 'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town':
            'Springfield', 'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks',
            'paymentOptions': ['BANK_TRANSFER'], 'billingPeriod': {'start': '2022-10-01',
            'endInclusive': '2022-10-30'}, 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47',
            'metadata': [{'key': 'example-label', 'value': 'label-value'}], 'creditBalances':
            'Verification 2 credit balance: 7/7 (expiring on 4 May 2023)', 'billingRunId':
            '53ff21c8-4872-46c4-83bf-517d54876945', 'accountingDate': '2022-09-30',
            'attachmentAssetIds': ['99874519-25ce-46ff-8823-093115aa7222']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceResponse]
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
    body: Stable20240101CreateInvoiceRequest,
) -> ErrorResponse | InvoiceResponse | None:
    """Create an invoice

     Create a new invoice

    Args:
        body (Stable20240101CreateInvoiceRequest):  Example: {'billingScheduleId':
            'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'currency': 'GBP', 'dueDate': '2022-09-30',
            'purchaseOrderNumber': 'PO123', 'reference': 'ref', 'customerEmails':
            ['customer.user.a@example.com', 'customer.user.b@example.com'],
            'customerLegalCompanyName': 'Facebook', 'customerBillingAddress': {'line1': 'Flat 1',
            'line2': '15 Yemen Road', 'town': 'Yemen', 'state': 'CA', 'postcode': 'YE1 2YE',
            'country': 'YE'}, 'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town':
            'Springfield', 'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks',
            'paymentOptions': ['BANK_TRANSFER'], 'billingPeriod': {'start': '2022-10-01',
            'endInclusive': '2022-10-30'}, 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47',
            'metadata': [{'key': 'example-label', 'value': 'label-value'}], 'creditBalances':
            'Verification 2 credit balance: 7/7 (expiring on 4 May 2023)', 'billingRunId':
            '53ff21c8-4872-46c4-83bf-517d54876945', 'accountingDate': '2022-09-30',
            'attachmentAssetIds': ['99874519-25ce-46ff-8823-093115aa7222']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240101CreateInvoiceRequest,
) -> Response[ErrorResponse | InvoiceResponse]:
    """Create an invoice

     Create a new invoice

    Args:
        body (Stable20240101CreateInvoiceRequest):  Example: {'billingScheduleId':
            'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'currency': 'GBP', 'dueDate': '2022-09-30',
            'purchaseOrderNumber': 'PO123', 'reference': 'ref', 'customerEmails':
            ['customer.user.a@example.com', 'customer.user.b@example.com'],
            'customerLegalCompanyName': 'Facebook', 'customerBillingAddress': {'line1': 'Flat 1',
            'line2': '15 Yemen Road', 'town': 'Yemen', 'state': 'CA', 'postcode': 'YE1 2YE',
            'country': 'YE'}, 'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town':
            'Springfield', 'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks',
            'paymentOptions': ['BANK_TRANSFER'], 'billingPeriod': {'start': '2022-10-01',
            'endInclusive': '2022-10-30'}, 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47',
            'metadata': [{'key': 'example-label', 'value': 'label-value'}], 'creditBalances':
            'Verification 2 credit balance: 7/7 (expiring on 4 May 2023)', 'billingRunId':
            '53ff21c8-4872-46c4-83bf-517d54876945', 'accountingDate': '2022-09-30',
            'attachmentAssetIds': ['99874519-25ce-46ff-8823-093115aa7222']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Stable20240101CreateInvoiceRequest,
) -> ErrorResponse | InvoiceResponse | None:
    """Create an invoice

     Create a new invoice

    Args:
        body (Stable20240101CreateInvoiceRequest):  Example: {'billingScheduleId':
            'fe2fcd0b-4c53-45c7-b2ae-b6c1a7d21e95', 'currency': 'GBP', 'dueDate': '2022-09-30',
            'purchaseOrderNumber': 'PO123', 'reference': 'ref', 'customerEmails':
            ['customer.user.a@example.com', 'customer.user.b@example.com'],
            'customerLegalCompanyName': 'Facebook', 'customerBillingAddress': {'line1': 'Flat 1',
            'line2': '15 Yemen Road', 'town': 'Yemen', 'state': 'CA', 'postcode': 'YE1 2YE',
            'country': 'YE'}, 'customerShippingAddress': {'line1': '742 Evergreen Terrace', 'town':
            'Springfield', 'state': 'CA', 'postcode': '12345', 'country': 'US'}, 'memo': 'Thanks',
            'paymentOptions': ['BANK_TRANSFER'], 'billingPeriod': {'start': '2022-10-01',
            'endInclusive': '2022-10-30'}, 'customerId': '61b083e0-1faa-47ca-9aeb-6205da8f6c47',
            'metadata': [{'key': 'example-label', 'value': 'label-value'}], 'creditBalances':
            'Verification 2 credit balance: 7/7 (expiring on 4 May 2023)', 'billingRunId':
            '53ff21c8-4872-46c4-83bf-517d54876945', 'accountingDate': '2022-09-30',
            'attachmentAssetIds': ['99874519-25ce-46ff-8823-093115aa7222']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
