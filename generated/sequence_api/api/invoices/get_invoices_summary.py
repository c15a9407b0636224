from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_summary_response import InvoiceSummaryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceSummaryResponse | None:
    if response.status_code == 200:
        response_200 = InvoiceSummaryResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InvoiceSummaryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[ErrorResponse | InvoiceSummaryResponse]:
    """Get an invoice summary

     Returns aggregate invoice totals (count and gross total) grouped by currency for the invoices
    matching the supplied filters. Totals cover the whole matching set, so accurate figures can be
    retrieved in a single request without paginating.

    Args:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceSummaryResponse]
    """

    kwargs = _get_kwargs(
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
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
) -> ErrorResponse | InvoiceSummaryResponse | None:
    """Get an invoice summary

     Returns aggregate invoice totals (count and gross total) grouped by currency for the invoices
    matching the supplied filters. Totals cover the whole matching set, so accurate figures can be
    retrieved in a single request without paginating.

    Args:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceSummaryResponse
    """

    return sync_detailed(
        client=client,
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[ErrorResponse | InvoiceSummaryResponse]:
    """Get an invoice summary

     Returns aggregate invoice totals (count and gross total) grouped by currency for the invoices
    matching the supplied filters. Totals cover the whole matching set, so accurate figures can be
    retrieved in a single request without paginating.

    Args:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceSummaryResponse]
    """

    kwargs = _get_kwargs(
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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
) -> ErrorResponse | InvoiceSummaryResponse | None:
    """Get an invoice summary

     Returns aggregate invoice totals (count and gross total) grouped by currency for the invoices
    matching the supplied filters. Totals cover the whole matching set, so accurate figures can be
    retrieved in a single request without paginating.

    Args:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceSummaryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
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
        )
    ).parsed
