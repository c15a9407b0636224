from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_customer_settings_endpoint_create_customer_settings_request_model import (
    CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel,
)
from ...models.create_customer_settings_endpoint_product_create_customer_settings_response_model import (
    CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/settings/customers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel.from_dict(
            response.json()
        )

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
) -> Response[CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel,
) -> Response[CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel | ErrorResponse]:
    """Create customer payment settings

     Create payment settings for customers. Invoices for customers with payment settings contain payment
    links. If payment details are on file with Stripe or other payment providers, then payments are
    automatically collected when you finalise and send an invoice. You can override customer payment
    settings with billing schedule payment settings and invoice payment settings.

    Args:
        body (CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel):  Example:
            {'customerId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'paymentProvider': 'STRIPE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel | ErrorResponse]
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
    body: CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel,
) -> CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel | ErrorResponse | None:
    """Create customer payment settings

     Create payment settings for customers. Invoices for customers with payment settings contain payment
    links. If payment details are on file with Stripe or other payment providers, then payments are
    automatically collected when you finalise and send an invoice. You can override customer payment
    settings with billing schedule payment settings and invoice payment settings.

    Args:
        body (CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel):  Example:
            {'customerId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'paymentProvider': 'STRIPE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel,
) -> Response[CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel | ErrorResponse]:
    """Create customer payment settings

     Create payment settings for customers. Invoices for customers with payment settings contain payment
    links. If payment details are on file with Stripe or other payment providers, then payments are
    automatically collected when you finalise and send an invoice. You can override customer payment
    settings with billing schedule payment settings and invoice payment settings.

    Args:
        body (CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel):  Example:
            {'customerId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'paymentProvider': 'STRIPE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel,
) -> CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel | ErrorResponse | None:
    """Create customer payment settings

     Create payment settings for customers. Invoices for customers with payment settings contain payment
    links. If payment details are on file with Stripe or other payment providers, then payments are
    automatically collected when you finalise and send an invoice. You can override customer payment
    settings with billing schedule payment settings and invoice payment settings.

    Args:
        body (CreateCustomerSettingsEndpointCreateCustomerSettingsRequestModel):  Example:
            {'customerId': 'bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730', 'paymentProvider': 'STRIPE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomerSettingsEndpointProductCreateCustomerSettingsResponseModel | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
