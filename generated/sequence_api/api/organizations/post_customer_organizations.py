from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_organization import CustomerOrganization
from ...models.customer_organization_request import CustomerOrganizationRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CustomerOrganizationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customer-organizations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerOrganization | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CustomerOrganization.from_dict(response.json())

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
) -> Response[CustomerOrganization | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerOrganizationRequest,
) -> Response[CustomerOrganization | ErrorResponse]:
    """Create a customer organization

     Create a customer organization to manage parent-child relationships for your
    [customers](/customers/overview).

    Args:
        body (CustomerOrganizationRequest):  Example: {'ownerId':
            '50af5191-05a3-42a5-802a-6b59091157af', 'memberIds':
            ['e309e948-088e-4d77-b654-cd85498f1555', '50af5191-05a3-42a5-802a-6b59091157af']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOrganization | ErrorResponse]
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
    body: CustomerOrganizationRequest,
) -> CustomerOrganization | ErrorResponse | None:
    """Create a customer organization

     Create a customer organization to manage parent-child relationships for your
    [customers](/customers/overview).

    Args:
        body (CustomerOrganizationRequest):  Example: {'ownerId':
            '50af5191-05a3-42a5-802a-6b59091157af', 'memberIds':
            ['e309e948-088e-4d77-b654-cd85498f1555', '50af5191-05a3-42a5-802a-6b59091157af']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOrganization | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerOrganizationRequest,
) -> Response[CustomerOrganization | ErrorResponse]:
    """Create a customer organization

     Create a customer organization to manage parent-child relationships for your
    [customers](/customers/overview).

    Args:
        body (CustomerOrganizationRequest):  Example: {'ownerId':
            '50af5191-05a3-42a5-802a-6b59091157af', 'memberIds':
            ['e309e948-088e-4d77-b654-cd85498f1555', '50af5191-05a3-42a5-802a-6b59091157af']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOrganization | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerOrganizationRequest,
) -> CustomerOrganization | ErrorResponse | None:
    """Create a customer organization

     Create a customer organization to manage parent-child relationships for your
    [customers](/customers/overview).

    Args:
        body (CustomerOrganizationRequest):  Example: {'ownerId':
            '50af5191-05a3-42a5-802a-6b59091157af', 'memberIds':
            ['e309e948-088e-4d77-b654-cd85498f1555', '50af5191-05a3-42a5-802a-6b59091157af']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOrganization | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
