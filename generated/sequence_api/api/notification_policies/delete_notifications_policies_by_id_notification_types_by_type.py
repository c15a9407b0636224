from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_errors import DatabaseErrors
from ...models.delete_notifications_policies_by_id_notification_types_by_type_type import (
    DeleteNotificationsPoliciesByIdNotificationTypesByTypeType,
)
from ...models.error_response import ErrorResponse
from ...models.notification_policy import NotificationPolicy
from ...types import Response


def _get_kwargs(
    id: str,
    type_: DeleteNotificationsPoliciesByIdNotificationTypesByTypeType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/notifications/policies/{id}/notification-types/{type_}".format(
            id=quote(str(id), safe=""),
            type_=quote(str(type_), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatabaseErrors | ErrorResponse | NotificationPolicy | None:
    if response.status_code == 200:
        response_200 = NotificationPolicy.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DatabaseErrors.from_dict(response.json())

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
) -> Response[DatabaseErrors | ErrorResponse | NotificationPolicy]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    type_: DeleteNotificationsPoliciesByIdNotificationTypesByTypeType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DatabaseErrors | ErrorResponse | NotificationPolicy]:
    """Remove a notification type from a policy

     Remove a notification type from an existing Notification Policy.

    Args:
        id (str):
        type_ (DeleteNotificationsPoliciesByIdNotificationTypesByTypeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseErrors | ErrorResponse | NotificationPolicy]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    type_: DeleteNotificationsPoliciesByIdNotificationTypesByTypeType,
    *,
    client: AuthenticatedClient | Client,
) -> DatabaseErrors | ErrorResponse | NotificationPolicy | None:
    """Remove a notification type from a policy

     Remove a notification type from an existing Notification Policy.

    Args:
        id (str):
        type_ (DeleteNotificationsPoliciesByIdNotificationTypesByTypeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseErrors | ErrorResponse | NotificationPolicy
    """

    return sync_detailed(
        id=id,
        type_=type_,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    type_: DeleteNotificationsPoliciesByIdNotificationTypesByTypeType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DatabaseErrors | ErrorResponse | NotificationPolicy]:
    """Remove a notification type from a policy

     Remove a notification type from an existing Notification Policy.

    Args:
        id (str):
        type_ (DeleteNotificationsPoliciesByIdNotificationTypesByTypeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseErrors | ErrorResponse | NotificationPolicy]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    type_: DeleteNotificationsPoliciesByIdNotificationTypesByTypeType,
    *,
    client: AuthenticatedClient | Client,
) -> DatabaseErrors | ErrorResponse | NotificationPolicy | None:
    """Remove a notification type from a policy

     Remove a notification type from an existing Notification Policy.

    Args:
        id (str):
        type_ (DeleteNotificationsPoliciesByIdNotificationTypesByTypeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseErrors | ErrorResponse | NotificationPolicy
    """

    return (
        await asyncio_detailed(
            id=id,
            type_=type_,
            client=client,
        )
    ).parsed
