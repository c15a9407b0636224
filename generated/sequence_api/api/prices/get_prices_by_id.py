from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.fixed_price_response import FixedPriceResponse
from ...models.graduated_price_response import GraduatedPriceResponse
from ...models.linear_price_response import LinearPriceResponse
from ...models.one_time_price_response import OneTimePriceResponse
from ...models.package_price_response import PackagePriceResponse
from ...models.seat_based_price_response import SeatBasedPriceResponse
from ...models.volume_price_response import VolumePriceResponse
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/prices/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | FixedPriceResponse
    | GraduatedPriceResponse
    | LinearPriceResponse
    | OneTimePriceResponse
    | PackagePriceResponse
    | SeatBasedPriceResponse
    | VolumePriceResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            FixedPriceResponse
            | GraduatedPriceResponse
            | LinearPriceResponse
            | OneTimePriceResponse
            | PackagePriceResponse
            | SeatBasedPriceResponse
            | VolumePriceResponse
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = OneTimePriceResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = FixedPriceResponse.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = LinearPriceResponse.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_3 = PackagePriceResponse.from_dict(data)

                return response_200_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_4 = SeatBasedPriceResponse.from_dict(data)

                return response_200_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_5 = GraduatedPriceResponse.from_dict(data)

                return response_200_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_6 = VolumePriceResponse.from_dict(data)

            return response_200_type_6

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    ErrorResponse
    | FixedPriceResponse
    | GraduatedPriceResponse
    | LinearPriceResponse
    | OneTimePriceResponse
    | PackagePriceResponse
    | SeatBasedPriceResponse
    | VolumePriceResponse
]:
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
) -> Response[
    ErrorResponse
    | FixedPriceResponse
    | GraduatedPriceResponse
    | LinearPriceResponse
    | OneTimePriceResponse
    | PackagePriceResponse
    | SeatBasedPriceResponse
    | VolumePriceResponse
]:
    """Get a Price by ID

     Get a Price by ID

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FixedPriceResponse | GraduatedPriceResponse | LinearPriceResponse | OneTimePriceResponse | PackagePriceResponse | SeatBasedPriceResponse | VolumePriceResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ErrorResponse
    | FixedPriceResponse
    | GraduatedPriceResponse
    | LinearPriceResponse
    | OneTimePriceResponse
    | PackagePriceResponse
    | SeatBasedPriceResponse
    | VolumePriceResponse
    | None
):
    """Get a Price by ID

     Get a Price by ID

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FixedPriceResponse | GraduatedPriceResponse | LinearPriceResponse | OneTimePriceResponse | PackagePriceResponse | SeatBasedPriceResponse | VolumePriceResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ErrorResponse
    | FixedPriceResponse
    | GraduatedPriceResponse
    | LinearPriceResponse
    | OneTimePriceResponse
    | PackagePriceResponse
    | SeatBasedPriceResponse
    | VolumePriceResponse
]:
    """Get a Price by ID

     Get a Price by ID

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FixedPriceResponse | GraduatedPriceResponse | LinearPriceResponse | OneTimePriceResponse | PackagePriceResponse | SeatBasedPriceResponse | VolumePriceResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ErrorResponse
    | FixedPriceResponse
    | GraduatedPriceResponse
    | LinearPriceResponse
    | OneTimePriceResponse
    | PackagePriceResponse
    | SeatBasedPriceResponse
    | VolumePriceResponse
    | None
):
    """Get a Price by ID

     Get a Price by ID

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FixedPriceResponse | GraduatedPriceResponse | LinearPriceResponse | OneTimePriceResponse | PackagePriceResponse | SeatBasedPriceResponse | VolumePriceResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
