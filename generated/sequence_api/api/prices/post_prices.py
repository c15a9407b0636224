from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.fixed_price_request import FixedPriceRequest
from ...models.fixed_price_response import FixedPriceResponse
from ...models.graduated_price_request import GraduatedPriceRequest
from ...models.graduated_price_response import GraduatedPriceResponse
from ...models.linear_price_request import LinearPriceRequest
from ...models.linear_price_response import LinearPriceResponse
from ...models.one_time_price_request import OneTimePriceRequest
from ...models.one_time_price_response import OneTimePriceResponse
from ...models.package_price_request import PackagePriceRequest
from ...models.package_price_response import PackagePriceResponse
from ...models.seat_based_price_request import SeatBasedPriceRequest
from ...models.seat_based_price_response import SeatBasedPriceResponse
from ...models.volume_price_request import VolumePriceRequest
from ...models.volume_price_response import VolumePriceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: FixedPriceRequest
    | GraduatedPriceRequest
    | LinearPriceRequest
    | OneTimePriceRequest
    | PackagePriceRequest
    | SeatBasedPriceRequest
    | VolumePriceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/prices",
    }

    if isinstance(body, OneTimePriceRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, FixedPriceRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, LinearPriceRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PackagePriceRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SeatBasedPriceRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GraduatedPriceRequest):
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
    | FixedPriceResponse
    | GraduatedPriceResponse
    | LinearPriceResponse
    | OneTimePriceResponse
    | PackagePriceResponse
    | SeatBasedPriceResponse
    | VolumePriceResponse
    | None
):
    if response.status_code == 201:

        def _parse_response_201(
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
                response_201_type_0 = OneTimePriceResponse.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_1 = FixedPriceResponse.from_dict(data)

                return response_201_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_2 = LinearPriceResponse.from_dict(data)

                return response_201_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_3 = PackagePriceResponse.from_dict(data)

                return response_201_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_4 = SeatBasedPriceResponse.from_dict(data)

                return response_201_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_5 = GraduatedPriceResponse.from_dict(data)

                return response_201_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_6 = VolumePriceResponse.from_dict(data)

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
    *,
    client: AuthenticatedClient | Client,
    body: FixedPriceRequest
    | GraduatedPriceRequest
    | LinearPriceRequest
    | OneTimePriceRequest
    | PackagePriceRequest
    | SeatBasedPriceRequest
    | VolumePriceRequest,
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
    """Create a new Price

     Create a new Price

    Args:
        body (FixedPriceRequest | GraduatedPriceRequest | LinearPriceRequest | OneTimePriceRequest
            | PackagePriceRequest | SeatBasedPriceRequest | VolumePriceRequest):  Example:
            {'productId': 'd07037d5-3e31-4c3a-a360-e58555e2bf44', 'name': 'Demo Product', 'currency':
            'GBP', 'structure': {'tiers': [{'upperBound': '200', 'price': '1.00', 'fee': '50.00',
            'isPricePercentage': False}, {'upperBound': '400', 'price': '0.75', 'fee': '25.00',
            'isPricePercentage': False}, {'price': '0.50', 'fee': '0.00', 'isPricePercentage':
            False}], 'usageMetricId': '04c62961-04ba-48e6-b985-758bb7d3e712', 'usageCalculationMode':
            'BILLING_PERIOD', 'pricingType': 'GRADUATED'}, 'billingFrequency': 'MONTHLY',
            'billingType': 'IN_ARREARS', 'integrationIds': [{'service': 'Xero', 'id': '123'}],
            'customMetricParameters': [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b',
            'value': '10'}], 'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100',
            'usageCalculationPeriod': {'frequency': 'MONTHLY', 'interval': 1}, 'status': 'ACTIVE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FixedPriceResponse | GraduatedPriceResponse | LinearPriceResponse | OneTimePriceResponse | PackagePriceResponse | SeatBasedPriceResponse | VolumePriceResponse]
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
    body: FixedPriceRequest
    | GraduatedPriceRequest
    | LinearPriceRequest
    | OneTimePriceRequest
    | PackagePriceRequest
    | SeatBasedPriceRequest
    | VolumePriceRequest,
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
    """Create a new Price

     Create a new Price

    Args:
        body (FixedPriceRequest | GraduatedPriceRequest | LinearPriceRequest | OneTimePriceRequest
            | PackagePriceRequest | SeatBasedPriceRequest | VolumePriceRequest):  Example:
            {'productId': 'd07037d5-3e31-4c3a-a360-e58555e2bf44', 'name': 'Demo Product', 'currency':
            'GBP', 'structure': {'tiers': [{'upperBound': '200', 'price': '1.00', 'fee': '50.00',
            'isPricePercentage': False}, {'upperBound': '400', 'price': '0.75', 'fee': '25.00',
            'isPricePercentage': False}, {'price': '0.50', 'fee': '0.00', 'isPricePercentage':
            False}], 'usageMetricId': '04c62961-04ba-48e6-b985-758bb7d3e712', 'usageCalculationMode':
            'BILLING_PERIOD', 'pricingType': 'GRADUATED'}, 'billingFrequency': 'MONTHLY',
            'billingType': 'IN_ARREARS', 'integrationIds': [{'service': 'Xero', 'id': '123'}],
            'customMetricParameters': [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b',
            'value': '10'}], 'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100',
            'usageCalculationPeriod': {'frequency': 'MONTHLY', 'interval': 1}, 'status': 'ACTIVE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FixedPriceResponse | GraduatedPriceResponse | LinearPriceResponse | OneTimePriceResponse | PackagePriceResponse | SeatBasedPriceResponse | VolumePriceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FixedPriceRequest
    | GraduatedPriceRequest
    | LinearPriceRequest
    | OneTimePriceRequest
    | PackagePriceRequest
    | SeatBasedPriceRequest
    | VolumePriceRequest,
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
    """Create a new Price

     Create a new Price

    Args:
        body (FixedPriceRequest | GraduatedPriceRequest | LinearPriceRequest | OneTimePriceRequest
            | PackagePriceRequest | SeatBasedPriceRequest | VolumePriceRequest):  Example:
            {'productId': 'd07037d5-3e31-4c3a-a360-e58555e2bf44', 'name': 'Demo Product', 'currency':
            'GBP', 'structure': {'tiers': [{'upperBound': '200', 'price': '1.00', 'fee': '50.00',
            'isPricePercentage': False}, {'upperBound': '400', 'price': '0.75', 'fee': '25.00',
            'isPricePercentage': False}, {'price': '0.50', 'fee': '0.00', 'isPricePercentage':
            False}], 'usageMetricId': '04c62961-04ba-48e6-b985-758bb7d3e712', 'usageCalculationMode':
            'BILLING_PERIOD', 'pricingType': 'GRADUATED'}, 'billingFrequency': 'MONTHLY',
            'billingType': 'IN_ARREARS', 'integrationIds': [{'service': 'Xero', 'id': '123'}],
            'customMetricParameters': [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b',
            'value': '10'}], 'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100',
            'usageCalculationPeriod': {'frequency': 'MONTHLY', 'interval': 1}, 'status': 'ACTIVE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FixedPriceResponse | GraduatedPriceResponse | LinearPriceResponse | OneTimePriceResponse | PackagePriceResponse | SeatBasedPriceResponse | VolumePriceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FixedPriceRequest
    | GraduatedPriceRequest
    | LinearPriceRequest
    | OneTimePriceRequest
    | PackagePriceRequest
    | SeatBasedPriceRequest
    | VolumePriceRequest,
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
    """Create a new Price

     Create a new Price

    Args:
        body (FixedPriceRequest | GraduatedPriceRequest | LinearPriceRequest | OneTimePriceRequest
            | PackagePriceRequest | SeatBasedPriceRequest | VolumePriceRequest):  Example:
            {'productId': 'd07037d5-3e31-4c3a-a360-e58555e2bf44', 'name': 'Demo Product', 'currency':
            'GBP', 'structure': {'tiers': [{'upperBound': '200', 'price': '1.00', 'fee': '50.00',
            'isPricePercentage': False}, {'upperBound': '400', 'price': '0.75', 'fee': '25.00',
            'isPricePercentage': False}, {'price': '0.50', 'fee': '0.00', 'isPricePercentage':
            False}], 'usageMetricId': '04c62961-04ba-48e6-b985-758bb7d3e712', 'usageCalculationMode':
            'BILLING_PERIOD', 'pricingType': 'GRADUATED'}, 'billingFrequency': 'MONTHLY',
            'billingType': 'IN_ARREARS', 'integrationIds': [{'service': 'Xero', 'id': '123'}],
            'customMetricParameters': [{'parameterId': '94703530-1293-479b-bd37-ccad42fd9c8b',
            'value': '10'}], 'listPriceId': 'b4d7e884-e007-4183-8355-4771865c5100',
            'usageCalculationPeriod': {'frequency': 'MONTHLY', 'interval': 1}, 'status': 'ACTIVE'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FixedPriceResponse | GraduatedPriceResponse | LinearPriceResponse | OneTimePriceResponse | PackagePriceResponse | SeatBasedPriceResponse | VolumePriceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
