from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_customer_alias_request_model import CreateCustomerAliasRequestModel
from ...models.customer_alias import CustomerAlias
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateCustomerAliasRequestModel,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customer-aliases",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerAlias | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CustomerAlias.from_dict(response.json())

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
) -> Response[CustomerAlias | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerAliasRequestModel,
    idempotency_key: str | Unset = UNSET,
) -> Response[CustomerAlias | ErrorResponse]:
    """Create a new Customer Alias

     Create a new Customer Alias

    Args:
        idempotency_key (str | Unset):
        body (CreateCustomerAliasRequestModel):  Example: {'customerId':
            '01849e70-703e-705a-b59a-d3fd575587e0', 'value': 'external-customer-alias-123', 'label':
            'CRM ID'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerAlias | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerAliasRequestModel,
    idempotency_key: str | Unset = UNSET,
) -> CustomerAlias | ErrorResponse | None:
    """Create a new Customer Alias

     Create a new Customer Alias

    Args:
        idempotency_key (str | Unset):
        body (CreateCustomerAliasRequestModel):  Example: {'customerId':
            '01849e70-703e-705a-b59a-d3fd575587e0', 'value': 'external-customer-alias-123', 'label':
            'CRM ID'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerAlias | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerAliasRequestModel,
    idempotency_key: str | Unset = UNSET,
) -> Response[CustomerAlias | ErrorResponse]:
    """Create a new Customer Alias

     Create a new Customer Alias

    Args:
        idempotency_key (str | Unset):
        body (CreateCustomerAliasRequestModel):  Example: {'customerId':
            '01849e70-703e-705a-b59a-d3fd575587e0', 'value': 'external-customer-alias-123', 'label':
            'CRM ID'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerAlias | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerAliasRequestModel,
    idempotency_key: str | Unset = UNSET,
) -> CustomerAlias | ErrorResponse | None:
    """Create a new Customer Alias

     Create a new Customer Alias

    Args:
        idempotency_key (str | Unset):
        body (CreateCustomerAliasRequestModel):  Example: {'customerId':
            '01849e70-703e-705a-b59a-d3fd575587e0', 'value': 'external-customer-alias-123', 'label':
            'CRM ID'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerAlias | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
