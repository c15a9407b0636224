from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_customers_billing_status import GetCustomersBillingStatus
from ...models.get_customers_sort_order import GetCustomersSortOrder
from ...models.list_customer_response import ListCustomerResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort_by: str | Unset = UNSET,
    legal_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    label: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    billing_status: GetCustomersBillingStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_order: GetCustomersSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sortBy"] = sort_by

    params["legalName"] = legal_name

    params["email"] = email

    params["alias"] = alias

    params["label"] = label

    params["includeArchived"] = include_archived

    json_billing_status: str | Unset = UNSET
    if not isinstance(billing_status, Unset):
        json_billing_status = billing_status.value

    params["billingStatus"] = json_billing_status

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCustomerResponse | None:
    if response.status_code == 200:
        response_200 = ListCustomerResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ErrorResponse | ListCustomerResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: str | Unset = UNSET,
    legal_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    label: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    billing_status: GetCustomersBillingStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_order: GetCustomersSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | ListCustomerResponse]:
    """List customers

     List all [customers](/customers/overview).

    Args:
        sort_by (str | Unset):
        legal_name (str | Unset):
        email (str | Unset):
        alias (str | Unset):
        label (str | Unset):
        include_archived (bool | Unset):
        billing_status (GetCustomersBillingStatus | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        sort_order (GetCustomersSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCustomerResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        legal_name=legal_name,
        email=email,
        alias=alias,
        label=label,
        include_archived=include_archived,
        billing_status=billing_status,
        limit=limit,
        after=after,
        before=before,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort_by: str | Unset = UNSET,
    legal_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    label: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    billing_status: GetCustomersBillingStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_order: GetCustomersSortOrder | Unset = UNSET,
) -> ErrorResponse | ListCustomerResponse | None:
    """List customers

     List all [customers](/customers/overview).

    Args:
        sort_by (str | Unset):
        legal_name (str | Unset):
        email (str | Unset):
        alias (str | Unset):
        label (str | Unset):
        include_archived (bool | Unset):
        billing_status (GetCustomersBillingStatus | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        sort_order (GetCustomersSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCustomerResponse
    """

    return sync_detailed(
        client=client,
        sort_by=sort_by,
        legal_name=legal_name,
        email=email,
        alias=alias,
        label=label,
        include_archived=include_archived,
        billing_status=billing_status,
        limit=limit,
        after=after,
        before=before,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: str | Unset = UNSET,
    legal_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    label: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    billing_status: GetCustomersBillingStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_order: GetCustomersSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | ListCustomerResponse]:
    """List customers

     List all [customers](/customers/overview).

    Args:
        sort_by (str | Unset):
        legal_name (str | Unset):
        email (str | Unset):
        alias (str | Unset):
        label (str | Unset):
        include_archived (bool | Unset):
        billing_status (GetCustomersBillingStatus | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        sort_order (GetCustomersSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCustomerResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        legal_name=legal_name,
        email=email,
        alias=alias,
        label=label,
        include_archived=include_archived,
        billing_status=billing_status,
        limit=limit,
        after=after,
        before=before,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_by: str | Unset = UNSET,
    legal_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    label: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    billing_status: GetCustomersBillingStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_order: GetCustomersSortOrder | Unset = UNSET,
) -> ErrorResponse | ListCustomerResponse | None:
    """List customers

     List all [customers](/customers/overview).

    Args:
        sort_by (str | Unset):
        legal_name (str | Unset):
        email (str | Unset):
        alias (str | Unset):
        label (str | Unset):
        include_archived (bool | Unset):
        billing_status (GetCustomersBillingStatus | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        sort_order (GetCustomersSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCustomerResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by=sort_by,
            legal_name=legal_name,
            email=email,
            alias=alias,
            label=label,
            include_archived=include_archived,
            billing_status=billing_status,
            limit=limit,
            after=after,
            before=before,
            sort_order=sort_order,
        )
    ).parsed
