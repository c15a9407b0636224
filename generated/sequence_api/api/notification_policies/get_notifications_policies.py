from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_notifications_policies_notification_type import GetNotificationsPoliciesNotificationType
from ...models.notification_policies import NotificationPolicies
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    notification_type: GetNotificationsPoliciesNotificationType | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_notification_type: str | Unset = UNSET
    if not isinstance(notification_type, Unset):
        json_notification_type = notification_type.value

    params["notificationType"] = json_notification_type

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/policies",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NotificationPolicies | None:
    if response.status_code == 200:
        response_200 = NotificationPolicies.from_dict(response.json())

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
) -> Response[ErrorResponse | NotificationPolicies]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    notification_type: GetNotificationsPoliciesNotificationType | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | NotificationPolicies]:
    """List All Notification Policies

     List All Notification Policies

    Args:
        notification_type (GetNotificationsPoliciesNotificationType | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NotificationPolicies]
    """

    kwargs = _get_kwargs(
        notification_type=notification_type,
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    notification_type: GetNotificationsPoliciesNotificationType | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | NotificationPolicies | None:
    """List All Notification Policies

     List All Notification Policies

    Args:
        notification_type (GetNotificationsPoliciesNotificationType | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NotificationPolicies
    """

    return sync_detailed(
        client=client,
        notification_type=notification_type,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    notification_type: GetNotificationsPoliciesNotificationType | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | NotificationPolicies]:
    """List All Notification Policies

     List All Notification Policies

    Args:
        notification_type (GetNotificationsPoliciesNotificationType | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NotificationPolicies]
    """

    kwargs = _get_kwargs(
        notification_type=notification_type,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    notification_type: GetNotificationsPoliciesNotificationType | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | NotificationPolicies | None:
    """List All Notification Policies

     List All Notification Policies

    Args:
        notification_type (GetNotificationsPoliciesNotificationType | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NotificationPolicies
    """

    return (
        await asyncio_detailed(
            client=client,
            notification_type=notification_type,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
