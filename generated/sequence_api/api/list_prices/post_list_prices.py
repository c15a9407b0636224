from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.fixed_list_price_request import FixedListPriceRequest
from ...models.fixed_list_price_response import FixedListPriceResponse
from ...models.graduated_list_price_request import GraduatedListPriceRequest
from ...models.graduated_list_price_response import GraduatedListPriceResponse
from ...models.linear_list_price_request import LinearListPriceRequest
from ...models.linear_list_price_response import LinearListPriceResponse
from ...models.one_time_list_price_request import OneTimeListPriceRequest
from ...models.one_time_list_price_response import OneTimeListPriceResponse
from ...models.package_list_price_request import PackageListPriceRequest
from ...models.package_list_price_response import PackageListPriceResponse
from ...models.seat_based_list_price_request import SeatBasedListPriceRequest
from ...models.seat_based_list_price_response import SeatBasedListPriceResponse
from ...models.volume_list_price_request import VolumeListPriceRequest
from ...models.volume_list_price_response import VolumeListPriceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: FixedListPriceRequest
    | GraduatedListPriceRequest
    | LinearListPriceRequest
    | OneTimeListPriceRequest
    | PackageListPriceRequest
    | SeatBasedListPriceRequest
    | VolumeListPriceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/list-prices",
    }

    if isinstance(body, OneTimeListPriceRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, FixedListPriceRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, LinearListPriceRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PackageListPriceRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SeatBasedListPriceRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GraduatedListPriceRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | FixedListPriceResponse
    | GraduatedListPriceResponse
    | LinearListPriceResponse
    | OneTimeListPriceResponse
    | PackageListPriceResponse
    | SeatBasedListPriceResponse
    | VolumeListPriceResponse
    | None
):
    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> (
            FixedListPriceResponse
            | GraduatedListPriceResponse
            | LinearListPriceResponse
            | OneTimeListPriceResponse
            | PackageListPriceResponse
            | SeatBasedListPriceResponse
            | VolumeListPriceResponse
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = OneTimeListPriceResponse.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_1 = FixedListPriceResponse.from_dict(data)

                return response_201_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_2 = LinearListPriceResponse.from_dict(data)

                return response_201_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_3 = PackageListPriceResponse.from_dict(data)

                return response_201_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_4 = SeatBasedListPriceResponse.from_dict(data)

                return response_201_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_5 = GraduatedListPriceResponse.from_dict(data)

                return response_201_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_6 = VolumeListPriceResponse.from_dict(data)

            return response_201_type_6

        response_201 = _parse_response_201(response.json())

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
) -> Response[
    ErrorResponse
    | FixedListPriceResponse
    | GraduatedListPriceResponse
    | LinearListPriceResponse
    | OneTimeListPriceResponse
    | PackageListPriceResponse
    | SeatBasedListPriceResponse
    | VolumeListPriceResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FixedListPriceRequest
    | GraduatedListPriceRequest
    | LinearListPriceRequest
    | OneTimeListPriceRequest
    | PackageListPriceRequest
    | SeatBasedListPriceRequest
    | VolumeListPriceRequest,
) -> Response[
    ErrorResponse
    | FixedListPriceResponse
    | GraduatedListPriceResponse
    | LinearListPriceResponse
    | OneTimeListPriceResponse
    | PackageListPriceResponse
    | SeatBasedListPriceResponse
    | VolumeListPriceResponse
]:
    """Create a list price

     Create a new list price

    Args:
        body (FixedListPriceRequest | GraduatedListPriceRequest | LinearListPriceRequest |
            OneTimeListPriceRequest | PackageListPriceRequest | SeatBasedListPriceRequest |
            VolumeListPriceRequest):  Example: {'productId': 'd07037d5-3e31-4c3a-a360-e58555e2bf44',
            'name': 'Sample product', 'currency': 'GBP', 'structure': {'tiers': [{'upperBound': '200',
            'price': '1.00', 'fee': '50.00', 'isPricePercentage': False}, {'upperBound': '400',
            'price': '0.75', 'fee': '25.00', 'isPricePercentage': False}, {'price': '0.50', 'fee':
            '0.00', 'isPricePercentage': False}], 'usageMetricId':
            '04c62961-04ba-48e6-b985-758bb7d3e712', 'usageCalculationMode': 'BILLING_PERIOD',
            'pricingType': 'GRADUATED'}, 'billingFrequency': 'MONTHLY', 'billingType': 'IN_ARREARS',
            'integrationIds': [{'service': 'Xero', 'id': '123'}], 'customMetricParameters':
            [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b', 'value': '10'}],
            'usageCalculationPeriod': {'frequency': 'QUARTERLY', 'interval': 1}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FixedListPriceResponse | GraduatedListPriceResponse | LinearListPriceResponse | OneTimeListPriceResponse | PackageListPriceResponse | SeatBasedListPriceResponse | VolumeListPriceResponse]
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
    body: FixedListPriceRequest
    | GraduatedListPriceRequest
    | LinearListPriceRequest
    | OneTimeListPriceRequest
    | PackageListPriceRequest
    | SeatBasedListPriceRequest
    | VolumeListPriceRequest,
) -> (
    ErrorResponse
    | FixedListPriceResponse
    | GraduatedListPriceResponse
    | LinearListPriceResponse
    | OneTimeListPriceResponse
    | PackageListPriceResponse
    | SeatBasedListPriceResponse
    | VolumeListPriceResponse
    | None
):
    """Create a list price

     Create a new list price

    Args:
        body (FixedListPriceRequest | GraduatedListPriceRequest | LinearListPriceRequest |
            OneTimeListPriceRequest | PackageListPriceRequest | SeatBasedListPriceRequest |
            VolumeListPriceRequest):  Example: {'productId': 'd07037d5-3e31-4c3a-a360-e58555e2bf44',
            'name': 'Sample product', 'currency': 'GBP', 'structure': {'tiers': [{'upperBound': '200',
            'price': '1.00', 'fee': '50.00', 'isPricePercentage': False}, {'upperBound': '400',
            'price': '0.75', 'fee': '25.00', 'isPricePercentage': False}, {'price': '0.50', 'fee':
            '0.00', 'isPricePercentage': False}], 'usageMetricId':
            '04c62961-04ba-48e6-b985-758bb7d3e712', 'usageCalculationMode': 'BILLING_PERIOD',
            'pricingType': 'GRADUATED'}, 'billingFrequency': 'MONTHLY', 'billingType': 'IN_ARREARS',
            'integrationIds': [{'service': 'Xero', 'id': '123'}], 'customMetricParameters':
            [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b', 'value': '10'}],
            'usageCalculationPeriod': {'frequency': 'QUARTERLY', 'interval': 1}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FixedListPriceResponse | GraduatedListPriceResponse | LinearListPriceResponse | OneTimeListPriceResponse | PackageListPriceResponse | SeatBasedListPriceResponse | VolumeListPriceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FixedListPriceRequest
    | GraduatedListPriceRequest
    | LinearListPriceRequest
    | OneTimeListPriceRequest
    | PackageListPriceRequest
    | SeatBasedListPriceRequest
    | VolumeListPriceRequest,
) -> Response[
    ErrorResponse
    | FixedListPriceResponse
    | GraduatedListPriceResponse
    | LinearListPriceResponse
    | OneTimeListPriceResponse
    | PackageListPriceResponse
    | SeatBasedListPriceResponse
    | VolumeListPriceResponse
]:
    """Create a list price

     Create a new list price

    Args:
        body (FixedListPriceRequest | GraduatedListPriceRequest | LinearListPriceRequest |
            OneTimeListPriceRequest | PackageListPriceRequest | SeatBasedListPriceRequest |
            VolumeListPriceRequest):  Example: {'productId': 'd07037d5-3e31-4c3a-a360-e58555e2bf44',
            'name': 'Sample product', 'currency': 'GBP', 'structure': {'tiers': [{'upperBound': '200',
            'price': '1.00', 'fee': '50.00', 'isPricePercentage': False}, {'upperBound': '400',
            'price': '0.75', 'fee': '25.00', 'isPricePercentage': False}, {'price': '0.50', 'fee':
            '0.00', 'isPricePercentage': False}], 'usageMetricId':
            '04c62961-04ba-48e6-b985-758bb7d3e712', 'usageCalculationMode': 'BILLING_PERIOD',
            'pricingType': 'GRADUATED'}, 'billingFrequency': 'MONTHLY', 'billingType': 'IN_ARREARS',
            'integrationIds': [{'service': 'Xero', 'id': '123'}], 'customMetricParameters':
            [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b', 'value': '10'}],
            'usageCalculationPeriod': {'frequency': 'QUARTERLY', 'interval': 1}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FixedListPriceResponse | GraduatedListPriceResponse | LinearListPriceResponse | OneTimeListPriceResponse | PackageListPriceResponse | SeatBasedListPriceResponse | VolumeListPriceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FixedListPriceRequest
    | GraduatedListPriceRequest
    | LinearListPriceRequest
    | OneTimeListPriceRequest
    | PackageListPriceRequest
    | SeatBasedListPriceRequest
    | VolumeListPriceRequest,
) -> (
    ErrorResponse
    | FixedListPriceResponse
    | GraduatedListPriceResponse
    | LinearListPriceResponse
    | OneTimeListPriceResponse
    | PackageListPriceResponse
    | SeatBasedListPriceResponse
    | VolumeListPriceResponse
    | None
):
    """Create a list price

     Create a new list price

    Args:
        body (FixedListPriceRequest | GraduatedListPriceRequest | LinearListPriceRequest |
            OneTimeListPriceRequest | PackageListPriceRequest | SeatBasedListPriceRequest |
            VolumeListPriceRequest):  Example: {'productId': 'd07037d5-3e31-4c3a-a360-e58555e2bf44',
            'name': 'Sample product', 'currency': 'GBP', 'structure': {'tiers': [{'upperBound': '200',
            'price': '1.00', 'fee': '50.00', 'isPricePercentage': False}, {'upperBound': '400',
            'price': '0.75', 'fee': '25.00', 'isPricePercentage': False}, {'price': '0.50', 'fee':
            '0.00', 'isPricePercentage': False}], 'usageMetricId':
            '04c62961-04ba-48e6-b985-758bb7d3e712', 'usageCalculationMode': 'BILLING_PERIOD',
            'pricingType': 'GRADUATED'}, 'billingFrequency': 'MONTHLY', 'billingType': 'IN_ARREARS',
            'integrationIds': [{'service': 'Xero', 'id': '123'}], 'customMetricParameters':
            [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b', 'value': '10'}],
            'usageCalculationPeriod': {'frequency': 'QUARTERLY', 'interval': 1}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FixedListPriceResponse | GraduatedListPriceResponse | LinearListPriceResponse | OneTimeListPriceResponse | PackageListPriceResponse | SeatBasedListPriceResponse | VolumeListPriceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
