from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_invoices_sort_order import GetInvoicesSortOrder
from ...models.list_invoice_endpoint_list_invoice_paginated_response_model import (
    ListInvoiceEndpointListInvoicePaginatedResponseModel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    invoice_status: str | Unset = UNSET,
    invoice_payment_status: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    billing_schedule_id: str | Unset = UNSET,
    due_before: str | Unset = UNSET,
    due_after: str | Unset = UNSET,
    sent_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    invoice_before: str | Unset = UNSET,
    invoice_after: str | Unset = UNSET,
    exclude_zero_quantity: bool | Unset = UNSET,
    invoice_currency: str | Unset = UNSET,
    search: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    net_total: float | Unset = UNSET,
    exclude_invoice_status: str | Unset = UNSET,
    exclude_invoice_payment_status: str | Unset = UNSET,
    exclude_customer_id: str | Unset = UNSET,
    exclude_billing_schedule_id: str | Unset = UNSET,
    exclude_invoice_currency: str | Unset = UNSET,
    exclude_invoice_number: str | Unset = UNSET,
    exclude_net_total: float | Unset = UNSET,
    exclude_search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["before"] = before

    params["after"] = after

    params["limit"] = limit

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["sortBy"] = sort_by

    params["invoiceStatus"] = invoice_status

    params["invoicePaymentStatus"] = invoice_payment_status

    params["customerId"] = customer_id

    params["billingScheduleId"] = billing_schedule_id

    params["dueBefore"] = due_before

    params["dueAfter"] = due_after

    params["sentBefore"] = sent_before

    params["sentAfter"] = sent_after

    params["invoiceBefore"] = invoice_before

    params["invoiceAfter"] = invoice_after

    params["excludeZeroQuantity"] = exclude_zero_quantity

    params["invoiceCurrency"] = invoice_currency

    params["search"] = search

    params["invoiceNumber"] = invoice_number

    params["netTotal"] = net_total

    params["excludeInvoiceStatus"] = exclude_invoice_status

    params["excludeInvoicePaymentStatus"] = exclude_invoice_payment_status

    params["excludeCustomerId"] = exclude_customer_id

    params["excludeBillingScheduleId"] = exclude_billing_schedule_id

    params["excludeInvoiceCurrency"] = exclude_invoice_currency

    params["excludeInvoiceNumber"] = exclude_invoice_number

    params["excludeNetTotal"] = exclude_net_total

    params["excludeSearch"] = exclude_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListInvoiceEndpointListInvoicePaginatedResponseModel | None:
    if response.status_code == 200:
        response_200 = ListInvoiceEndpointListInvoicePaginatedResponseModel.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | ListInvoiceEndpointListInvoicePaginatedResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    invoice_status: str | Unset = UNSET,
    invoice_payment_status: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    billing_schedule_id: str | Unset = UNSET,
    due_before: str | Unset = UNSET,
    due_after: str | Unset = UNSET,
    sent_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    invoice_before: str | Unset = UNSET,
    invoice_after: str | Unset = UNSET,
    exclude_zero_quantity: bool | Unset = UNSET,
    invoice_currency: str | Unset = UNSET,
    search: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    net_total: float | Unset = UNSET,
    exclude_invoice_status: str | Unset = UNSET,
    exclude_invoice_payment_status: str | Unset = UNSET,
    exclude_customer_id: str | Unset = UNSET,
    exclude_billing_schedule_id: str | Unset = UNSET,
    exclude_invoice_currency: str | Unset = UNSET,
    exclude_invoice_number: str | Unset = UNSET,
    exclude_net_total: float | Unset = UNSET,
    exclude_search: str | Unset = UNSET,
) -> Response[ErrorResponse | ListInvoiceEndpointListInvoicePaginatedResponseModel]:
    """List all Invoices

     List all Invoices

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetInvoicesSortOrder | Unset):
        sort_by (str | Unset):
        invoice_status (str | Unset):
        invoice_payment_status (str | Unset):
        customer_id (str | Unset):
        billing_schedule_id (str | Unset):
        due_before (str | Unset):
        due_after (str | Unset):
        sent_before (str | Unset):
        sent_after (str | Unset):
        invoice_before (str | Unset):
        invoice_after (str | Unset):
        exclude_zero_quantity (bool | Unset):
        invoice_currency (str | Unset):
        search (str | Unset):
        invoice_number (str | Unset):
        net_total (float | Unset):
        exclude_invoice_status (str | Unset):
        exclude_invoice_payment_status (str | Unset):
        exclude_customer_id (str | Unset):
        exclude_billing_schedule_id (str | Unset):
        exclude_invoice_currency (str | Unset):
        exclude_invoice_number (str | Unset):
        exclude_net_total (float | Unset):
        exclude_search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListInvoiceEndpointListInvoicePaginatedResponseModel]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        invoice_status=invoice_status,
        invoice_payment_status=invoice_payment_status,
        customer_id=customer_id,
        billing_schedule_id=billing_schedule_id,
        due_before=due_before,
        due_after=due_after,
        sent_before=sent_before,
        sent_after=sent_after,
        invoice_before=invoice_before,
        invoice_after=invoice_after,
        exclude_zero_quantity=exclude_zero_quantity,
        invoice_currency=invoice_currency,
        search=search,
        invoice_number=invoice_number,
        net_total=net_total,
        exclude_invoice_status=exclude_invoice_status,
        exclude_invoice_payment_status=exclude_invoice_payment_status,
        exclude_customer_id=exclude_customer_id,
        exclude_billing_schedule_id=exclude_billing_schedule_id,
        exclude_invoice_currency=exclude_invoice_currency,
        exclude_invoice_number=exclude_invoice_number,
        exclude_net_total=exclude_net_total,
        exclude_search=exclude_search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    invoice_status: str | Unset = UNSET,
    invoice_payment_status: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    billing_schedule_id: str | Unset = UNSET,
    due_before: str | Unset = UNSET,
    due_after: str | Unset = UNSET,
    sent_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    invoice_before: str | Unset = UNSET,
    invoice_after: str | Unset = UNSET,
    exclude_zero_quantity: bool | Unset = UNSET,
    invoice_currency: str | Unset = UNSET,
    search: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    net_total: float | Unset = UNSET,
    exclude_invoice_status: str | Unset = UNSET,
    exclude_invoice_payment_status: str | Unset = UNSET,
    exclude_customer_id: str | Unset = UNSET,
    exclude_billing_schedule_id: str | Unset = UNSET,
    exclude_invoice_currency: str | Unset = UNSET,
    exclude_invoice_number: str | Unset = UNSET,
    exclude_net_total: float | Unset = UNSET,
    exclude_search: str | Unset = UNSET,
) -> ErrorResponse | ListInvoiceEndpointListInvoicePaginatedResponseModel | None:
    """List all Invoices

     List all Invoices

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetInvoicesSortOrder | Unset):
        sort_by (str | Unset):
        invoice_status (str | Unset):
        invoice_payment_status (str | Unset):
        customer_id (str | Unset):
        billing_schedule_id (str | Unset):
        due_before (str | Unset):
        due_after (str | Unset):
        sent_before (str | Unset):
        sent_after (str | Unset):
        invoice_before (str | Unset):
        invoice_after (str | Unset):
        exclude_zero_quantity (bool | Unset):
        invoice_currency (str | Unset):
        search (str | Unset):
        invoice_number (str | Unset):
        net_total (float | Unset):
        exclude_invoice_status (str | Unset):
        exclude_invoice_payment_status (str | Unset):
        exclude_customer_id (str | Unset):
        exclude_billing_schedule_id (str | Unset):
        exclude_invoice_currency (str | Unset):
        exclude_invoice_number (str | Unset):
        exclude_net_total (float | Unset):
        exclude_search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListInvoiceEndpointListInvoicePaginatedResponseModel
    """

    return sync_detailed(
        client=client,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        invoice_status=invoice_status,
        invoice_payment_status=invoice_payment_status,
        customer_id=customer_id,
        billing_schedule_id=billing_schedule_id,
        due_before=due_before,
        due_after=due_after,
        sent_before=sent_before,
        sent_after=sent_after,
        invoice_before=invoice_before,
        invoice_after=invoice_after,
        exclude_zero_quantity=exclude_zero_quantity,
        invoice_currency=invoice_currency,
        search=search,
        invoice_number=invoice_number,
        net_total=net_total,
        exclude_invoice_status=exclude_invoice_status,
        exclude_invoice_payment_status=exclude_invoice_payment_status,
        exclude_customer_id=exclude_customer_id,
        exclude_billing_schedule_id=exclude_billing_schedule_id,
        exclude_invoice_currency=exclude_invoice_currency,
        exclude_invoice_number=exclude_invoice_number,
        exclude_net_total=exclude_net_total,
        exclude_search=exclude_search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    invoice_status: str | Unset = UNSET,
    invoice_payment_status: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    billing_schedule_id: str | Unset = UNSET,
    due_before: str | Unset = UNSET,
    due_after: str | Unset = UNSET,
    sent_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    invoice_before: str | Unset = UNSET,
    invoice_after: str | Unset = UNSET,
    exclude_zero_quantity: bool | Unset = UNSET,
    invoice_currency: str | Unset = UNSET,
    search: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    net_total: float | Unset = UNSET,
    exclude_invoice_status: str | Unset = UNSET,
    exclude_invoice_payment_status: str | Unset = UNSET,
    exclude_customer_id: str | Unset = UNSET,
    exclude_billing_schedule_id: str | Unset = UNSET,
    exclude_invoice_currency: str | Unset = UNSET,
    exclude_invoice_number: str | Unset = UNSET,
    exclude_net_total: float | Unset = UNSET,
    exclude_search: str | Unset = UNSET,
) -> Response[ErrorResponse | ListInvoiceEndpointListInvoicePaginatedResponseModel]:
    """List all Invoices

     List all Invoices

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetInvoicesSortOrder | Unset):
        sort_by (str | Unset):
        invoice_status (str | Unset):
        invoice_payment_status (str | Unset):
        customer_id (str | Unset):
        billing_schedule_id (str | Unset):
        due_before (str | Unset):
        due_after (str | Unset):
        sent_before (str | Unset):
        sent_after (str | Unset):
        invoice_before (str | Unset):
        invoice_after (str | Unset):
        exclude_zero_quantity (bool | Unset):
        invoice_currency (str | Unset):
        search (str | Unset):
        invoice_number (str | Unset):
        net_total (float | Unset):
        exclude_invoice_status (str | Unset):
        exclude_invoice_payment_status (str | Unset):
        exclude_customer_id (str | Unset):
        exclude_billing_schedule_id (str | Unset):
        exclude_invoice_currency (str | Unset):
        exclude_invoice_number (str | Unset):
        exclude_net_total (float | Unset):
        exclude_search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListInvoiceEndpointListInvoicePaginatedResponseModel]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        invoice_status=invoice_status,
        invoice_payment_status=invoice_payment_status,
        customer_id=customer_id,
        billing_schedule_id=billing_schedule_id,
        due_before=due_before,
        due_after=due_after,
        sent_before=sent_before,
        sent_after=sent_after,
        invoice_before=invoice_before,
        invoice_after=invoice_after,
        exclude_zero_quantity=exclude_zero_quantity,
        invoice_currency=invoice_currency,
        search=search,
        invoice_number=invoice_number,
        net_total=net_total,
        exclude_invoice_status=exclude_invoice_status,
        exclude_invoice_payment_status=exclude_invoice_payment_status,
        exclude_customer_id=exclude_customer_id,
        exclude_billing_schedule_id=exclude_billing_schedule_id,
        exclude_invoice_currency=exclude_invoice_currency,
        exclude_invoice_number=exclude_invoice_number,
        exclude_net_total=exclude_net_total,
        exclude_search=exclude_search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    invoice_status: str | Unset = UNSET,
    invoice_payment_status: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    billing_schedule_id: str | Unset = UNSET,
    due_before: str | Unset = UNSET,
    due_after: str | Unset = UNSET,
    sent_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    invoice_before: str | Unset = UNSET,
    invoice_after: str | Unset = UNSET,
    exclude_zero_quantity: bool | Unset = UNSET,
    invoice_currency: str | Unset = UNSET,
    search: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    net_total: float | Unset = UNSET,
    exclude_invoice_status: str | Unset = UNSET,
    exclude_invoice_payment_status: str | Unset = UNSET,
    exclude_customer_id: str | Unset = UNSET,
    exclude_billing_schedule_id: str | Unset = UNSET,
    exclude_invoice_currency: str | Unset = UNSET,
    exclude_invoice_number: str | Unset = UNSET,
    exclude_net_total: float | Unset = UNSET,
    exclude_search: str | Unset = UNSET,
) -> ErrorResponse | ListInvoiceEndpointListInvoicePaginatedResponseModel | None:
    """List all Invoices

     List all Invoices

    Args:
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (GetInvoicesSortOrder | Unset):
        sort_by (str | Unset):
        invoice_status (str | Unset):
        invoice_payment_status (str | Unset):
        customer_id (str | Unset):
        billing_schedule_id (str | Unset):
        due_before (str | Unset):
        due_after (str | Unset):
        sent_before (str | Unset):
        sent_after (str | Unset):
        invoice_before (str | Unset):
        invoice_after (str | Unset):
        exclude_zero_quantity (bool | Unset):
        invoice_currency (str | Unset):
        search (str | Unset):
        invoice_number (str | Unset):
        net_total (float | Unset):
        exclude_invoice_status (str | Unset):
        exclude_invoice_payment_status (str | Unset):
        exclude_customer_id (str | Unset):
        exclude_billing_schedule_id (str | Unset):
        exclude_invoice_currency (str | Unset):
        exclude_invoice_number (str | Unset):
        exclude_net_total (float | Unset):
        exclude_search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListInvoiceEndpointListInvoicePaginatedResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            before=before,
            after=after,
            limit=limit,
            sort_order=sort_order,
            sort_by=sort_by,
            invoice_status=invoice_status,
            invoice_payment_status=invoice_payment_status,
            customer_id=customer_id,
            billing_schedule_id=billing_schedule_id,
            due_before=due_before,
            due_after=due_after,
            sent_before=sent_before,
            sent_after=sent_after,
            invoice_before=invoice_before,
            invoice_after=invoice_after,
            exclude_zero_quantity=exclude_zero_quantity,
            invoice_currency=invoice_currency,
            search=search,
            invoice_number=invoice_number,
            net_total=net_total,
            exclude_invoice_status=exclude_invoice_status,
            exclude_invoice_payment_status=exclude_invoice_payment_status,
            exclude_customer_id=exclude_customer_id,
            exclude_billing_schedule_id=exclude_billing_schedule_id,
            exclude_invoice_currency=exclude_invoice_currency,
            exclude_invoice_number=exclude_invoice_number,
            exclude_net_total=exclude_net_total,
            exclude_search=exclude_search,
        )
    ).parsed
