from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_billing_schedules_response import ListBillingSchedulesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_id: str | Unset = UNSET,
    billing_schedule_status: str | Unset = UNSET,
    auto_send_invoices: str | Unset = UNSET,
    label: str | Unset = UNSET,
    include_archived_schedules: str | Unset = UNSET,
    starting_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    ending_after: str | Unset = UNSET,
    include_open_ended_schedules: str | Unset = UNSET,
    recurrence_day_of_month: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customerId"] = customer_id

    params["billingScheduleStatus"] = billing_schedule_status

    params["autoSendInvoices"] = auto_send_invoices

    params["label"] = label

    params["includeArchivedSchedules"] = include_archived_schedules

    params["startingBefore"] = starting_before

    params["startingAfter"] = starting_after

    params["endingBefore"] = ending_before

    params["endingAfter"] = ending_after

    params["includeOpenEndedSchedules"] = include_open_ended_schedules

    params["recurrenceDayOfMonth"] = recurrence_day_of_month

    params["sortBy"] = sort_by

    params["before"] = before

    params["after"] = after

    params["limit"] = limit

    params["sortOrder"] = sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing-schedules",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListBillingSchedulesResponse | None:
    if response.status_code == 200:
        response_200 = ListBillingSchedulesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListBillingSchedulesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    billing_schedule_status: str | Unset = UNSET,
    auto_send_invoices: str | Unset = UNSET,
    label: str | Unset = UNSET,
    include_archived_schedules: str | Unset = UNSET,
    starting_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    ending_after: str | Unset = UNSET,
    include_open_ended_schedules: str | Unset = UNSET,
    recurrence_day_of_month: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> Response[ErrorResponse | ListBillingSchedulesResponse]:
    """List all Billing Schedules

     List all Billing Schedules.

    Args:
        customer_id (str | Unset):
        billing_schedule_status (str | Unset):
        auto_send_invoices (str | Unset):
        label (str | Unset):
        include_archived_schedules (str | Unset):
        starting_before (str | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        ending_after (str | Unset):
        include_open_ended_schedules (str | Unset):
        recurrence_day_of_month (str | Unset):
        sort_by (str | Unset):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListBillingSchedulesResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        billing_schedule_status=billing_schedule_status,
        auto_send_invoices=auto_send_invoices,
        label=label,
        include_archived_schedules=include_archived_schedules,
        starting_before=starting_before,
        starting_after=starting_after,
        ending_before=ending_before,
        ending_after=ending_after,
        include_open_ended_schedules=include_open_ended_schedules,
        recurrence_day_of_month=recurrence_day_of_month,
        sort_by=sort_by,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    billing_schedule_status: str | Unset = UNSET,
    auto_send_invoices: str | Unset = UNSET,
    label: str | Unset = UNSET,
    include_archived_schedules: str | Unset = UNSET,
    starting_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    ending_after: str | Unset = UNSET,
    include_open_ended_schedules: str | Unset = UNSET,
    recurrence_day_of_month: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> ErrorResponse | ListBillingSchedulesResponse | None:
    """List all Billing Schedules

     List all Billing Schedules.

    Args:
        customer_id (str | Unset):
        billing_schedule_status (str | Unset):
        auto_send_invoices (str | Unset):
        label (str | Unset):
        include_archived_schedules (str | Unset):
        starting_before (str | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        ending_after (str | Unset):
        include_open_ended_schedules (str | Unset):
        recurrence_day_of_month (str | Unset):
        sort_by (str | Unset):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListBillingSchedulesResponse
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        billing_schedule_status=billing_schedule_status,
        auto_send_invoices=auto_send_invoices,
        label=label,
        include_archived_schedules=include_archived_schedules,
        starting_before=starting_before,
        starting_after=starting_after,
        ending_before=ending_before,
        ending_after=ending_after,
        include_open_ended_schedules=include_open_ended_schedules,
        recurrence_day_of_month=recurrence_day_of_month,
        sort_by=sort_by,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    billing_schedule_status: str | Unset = UNSET,
    auto_send_invoices: str | Unset = UNSET,
    label: str | Unset = UNSET,
    include_archived_schedules: str | Unset = UNSET,
    starting_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    ending_after: str | Unset = UNSET,
    include_open_ended_schedules: str | Unset = UNSET,
    recurrence_day_of_month: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> Response[ErrorResponse | ListBillingSchedulesResponse]:
    """List all Billing Schedules

     List all Billing Schedules.

    Args:
        customer_id (str | Unset):
        billing_schedule_status (str | Unset):
        auto_send_invoices (str | Unset):
        label (str | Unset):
        include_archived_schedules (str | Unset):
        starting_before (str | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        ending_after (str | Unset):
        include_open_ended_schedules (str | Unset):
        recurrence_day_of_month (str | Unset):
        sort_by (str | Unset):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListBillingSchedulesResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        billing_schedule_status=billing_schedule_status,
        auto_send_invoices=auto_send_invoices,
        label=label,
        include_archived_schedules=include_archived_schedules,
        starting_before=starting_before,
        starting_after=starting_after,
        ending_before=ending_before,
        ending_after=ending_after,
        include_open_ended_schedules=include_open_ended_schedules,
        recurrence_day_of_month=recurrence_day_of_month,
        sort_by=sort_by,
        before=before,
        after=after,
        limit=limit,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    billing_schedule_status: str | Unset = UNSET,
    auto_send_invoices: str | Unset = UNSET,
    label: str | Unset = UNSET,
    include_archived_schedules: str | Unset = UNSET,
    starting_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    ending_after: str | Unset = UNSET,
    include_open_ended_schedules: str | Unset = UNSET,
    recurrence_day_of_month: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> ErrorResponse | ListBillingSchedulesResponse | None:
    """List all Billing Schedules

     List all Billing Schedules.

    Args:
        customer_id (str | Unset):
        billing_schedule_status (str | Unset):
        auto_send_invoices (str | Unset):
        label (str | Unset):
        include_archived_schedules (str | Unset):
        starting_before (str | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        ending_after (str | Unset):
        include_open_ended_schedules (str | Unset):
        recurrence_day_of_month (str | Unset):
        sort_by (str | Unset):
        before (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListBillingSchedulesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            billing_schedule_status=billing_schedule_status,
            auto_send_invoices=auto_send_invoices,
            label=label,
            include_archived_schedules=include_archived_schedules,
            starting_before=starting_before,
            starting_after=starting_after,
            ending_before=ending_before,
            ending_after=ending_after,
            include_open_ended_schedules=include_open_ended_schedules,
            recurrence_day_of_month=recurrence_day_of_month,
            sort_by=sort_by,
            before=before,
            after=after,
            limit=limit,
            sort_order=sort_order,
        )
    ).parsed
