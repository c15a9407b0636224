from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_notification_policy_request import CreateNotificationPolicyRequest
from ...models.database_errors import DatabaseErrors
from ...models.error_response import ErrorResponse
from ...models.notification_policy import NotificationPolicy
from ...types import Response


def _get_kwargs(
    *,
    body: CreateNotificationPolicyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notifications/policies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatabaseErrors | ErrorResponse | NotificationPolicy | None:
    if response.status_code == 201:
        response_201 = NotificationPolicy.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = DatabaseErrors.from_dict(response.json())

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
) -> Response[DatabaseErrors | ErrorResponse | NotificationPolicy]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNotificationPolicyRequest,
) -> Response[DatabaseErrors | ErrorResponse | NotificationPolicy]:
    """Create Notification policy

     Create a new Notification Policy, which will send matching notifications to the recipients you
    specify.

    Args:
        body (CreateNotificationPolicyRequest):  Example: {'name': 'Dev team integration
            webhooks', 'notificationTypes': ['CUSTOMER_CREATED'], 'recipients':
            ['https://api.company.com/webhooks'], 'channel': 'WEBHOOK', 'webhookSecret':
            'whsec_UserSubmittedSecret1234567890abc'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseErrors | ErrorResponse | NotificationPolicy]
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
    body: CreateNotificationPolicyRequest,
) -> DatabaseErrors | ErrorResponse | NotificationPolicy | None:
    """Create Notification policy

     Create a new Notification Policy, which will send matching notifications to the recipients you
    specify.

    Args:
        body (CreateNotificationPolicyRequest):  Example: {'name': 'Dev team integration
            webhooks', 'notificationTypes': ['CUSTOMER_CREATED'], 'recipients':
            ['https://api.company.com/webhooks'], 'channel': 'WEBHOOK', 'webhookSecret':
            'whsec_UserSubmittedSecret1234567890abc'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseErrors | ErrorResponse | NotificationPolicy
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNotificationPolicyRequest,
) -> Response[DatabaseErrors | ErrorResponse | NotificationPolicy]:
    """Create Notification policy

     Create a new Notification Policy, which will send matching notifications to the recipients you
    specify.

    Args:
        body (CreateNotificationPolicyRequest):  Example: {'name': 'Dev team integration
            webhooks', 'notificationTypes': ['CUSTOMER_CREATED'], 'recipients':
            ['https://api.company.com/webhooks'], 'channel': 'WEBHOOK', 'webhookSecret':
            'whsec_UserSubmittedSecret1234567890abc'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseErrors | ErrorResponse | NotificationPolicy]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNotificationPolicyRequest,
) -> DatabaseErrors | ErrorResponse | NotificationPolicy | None:
    """Create Notification policy

     Create a new Notification Policy, which will send matching notifications to the recipients you
    specify.

    Args:
        body (CreateNotificationPolicyRequest):  Example: {'name': 'Dev team integration
            webhooks', 'notificationTypes': ['CUSTOMER_CREATED'], 'recipients':
            ['https://api.company.com/webhooks'], 'channel': 'WEBHOOK', 'webhookSecret':
            'whsec_UserSubmittedSecret1234567890abc'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseErrors | ErrorResponse | NotificationPolicy
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
