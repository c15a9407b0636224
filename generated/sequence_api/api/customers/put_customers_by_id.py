from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_or_update_customer_request import CreateOrUpdateCustomerRequest
from ...models.customer import Customer
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: CreateOrUpdateCustomerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/customers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Customer | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Customer.from_dict(response.json())

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
) -> Response[Customer | ErrorResponse]:
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
    body: CreateOrUpdateCustomerRequest,
) -> Response[Customer | ErrorResponse]:
    """Update customer

     Update the details of one of your [customers](/customers/overview).

    Args:
        id (str):
        body (CreateOrUpdateCustomerRequest):  Example: {'legalName': 'John Doe', 'address':
            {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York', 'state': 'NY',
            'postcode': 'AB1 2EF', 'country': 'US'}, 'url': 'https://example.com/', 'label': 'Example
            customer', 'taxStatus': 'TAXED', 'customerAliases':
            ['b1c87177-088a-40ec-8917-9809343f3f9c'], 'integrationIds': [{'service': 'Xero', 'id':
            '123456789'}, {'service': 'Stripe', 'id': 'cus_OCtCxqQDgu1uX9'}, {'service': 'HubSpot',
            'id': '123456789'}], 'parentId': '50af5191-05a3-42a5-802a-6b59091157af', 'contacts':
            [{'name': 'John Smith', 'email': 'john.smith@example.com', 'billingPreference':
            'PRIMARY'}, {'name': 'Anna Smith', 'email': 'anna.smith@example.com', 'billingPreference':
            'STANDARD'}, {'name': 'Penny Smith', 'email': 'penny.smith@example.com',
            'billingPreference': 'NONE'}], 'pushToIntegrations': ['Xero'], 'status': 'ACTIVE',
            'customProperties': {'region': 'EU', 'tier': 'gold'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
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
    body: CreateOrUpdateCustomerRequest,
) -> Customer | ErrorResponse | None:
    """Update customer

     Update the details of one of your [customers](/customers/overview).

    Args:
        id (str):
        body (CreateOrUpdateCustomerRequest):  Example: {'legalName': 'John Doe', 'address':
            {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York', 'state': 'NY',
            'postcode': 'AB1 2EF', 'country': 'US'}, 'url': 'https://example.com/', 'label': 'Example
            customer', 'taxStatus': 'TAXED', 'customerAliases':
            ['b1c87177-088a-40ec-8917-9809343f3f9c'], 'integrationIds': [{'service': 'Xero', 'id':
            '123456789'}, {'service': 'Stripe', 'id': 'cus_OCtCxqQDgu1uX9'}, {'service': 'HubSpot',
            'id': '123456789'}], 'parentId': '50af5191-05a3-42a5-802a-6b59091157af', 'contacts':
            [{'name': 'John Smith', 'email': 'john.smith@example.com', 'billingPreference':
            'PRIMARY'}, {'name': 'Anna Smith', 'email': 'anna.smith@example.com', 'billingPreference':
            'STANDARD'}, {'name': 'Penny Smith', 'email': 'penny.smith@example.com',
            'billingPreference': 'NONE'}], 'pushToIntegrations': ['Xero'], 'status': 'ACTIVE',
            'customProperties': {'region': 'EU', 'tier': 'gold'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
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
    body: CreateOrUpdateCustomerRequest,
) -> Response[Customer | ErrorResponse]:
    """Update customer

     Update the details of one of your [customers](/customers/overview).

    Args:
        id (str):
        body (CreateOrUpdateCustomerRequest):  Example: {'legalName': 'John Doe', 'address':
            {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York', 'state': 'NY',
            'postcode': 'AB1 2EF', 'country': 'US'}, 'url': 'https://example.com/', 'label': 'Example
            customer', 'taxStatus': 'TAXED', 'customerAliases':
            ['b1c87177-088a-40ec-8917-9809343f3f9c'], 'integrationIds': [{'service': 'Xero', 'id':
            '123456789'}, {'service': 'Stripe', 'id': 'cus_OCtCxqQDgu1uX9'}, {'service': 'HubSpot',
            'id': '123456789'}], 'parentId': '50af5191-05a3-42a5-802a-6b59091157af', 'contacts':
            [{'name': 'John Smith', 'email': 'john.smith@example.com', 'billingPreference':
            'PRIMARY'}, {'name': 'Anna Smith', 'email': 'anna.smith@example.com', 'billingPreference':
            'STANDARD'}, {'name': 'Penny Smith', 'email': 'penny.smith@example.com',
            'billingPreference': 'NONE'}], 'pushToIntegrations': ['Xero'], 'status': 'ACTIVE',
            'customProperties': {'region': 'EU', 'tier': 'gold'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
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
    body: CreateOrUpdateCustomerRequest,
) -> Customer | ErrorResponse | None:
    """Update customer

     Update the details of one of your [customers](/customers/overview).

    Args:
        id (str):
        body (CreateOrUpdateCustomerRequest):  Example: {'legalName': 'John Doe', 'address':
            {'line1': 'Flat 1', 'line2': '123 Fake Street', 'town': 'New York', 'state': 'NY',
            'postcode': 'AB1 2EF', 'country': 'US'}, 'url': 'https://example.com/', 'label': 'Example
            customer', 'taxStatus': 'TAXED', 'customerAliases':
            ['b1c87177-088a-40ec-8917-9809343f3f9c'], 'integrationIds': [{'service': 'Xero', 'id':
            '123456789'}, {'service': 'Stripe', 'id': 'cus_OCtCxqQDgu1uX9'}, {'service': 'HubSpot',
            'id': '123456789'}], 'parentId': '50af5191-05a3-42a5-802a-6b59091157af', 'contacts':
            [{'name': 'John Smith', 'email': 'john.smith@example.com', 'billingPreference':
            'PRIMARY'}, {'name': 'Anna Smith', 'email': 'anna.smith@example.com', 'billingPreference':
            'STANDARD'}, {'name': 'Penny Smith', 'email': 'penny.smith@example.com',
            'billingPreference': 'NONE'}], 'pushToIntegrations': ['Xero'], 'status': 'ACTIVE',
            'customProperties': {'region': 'EU', 'tier': 'gold'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
