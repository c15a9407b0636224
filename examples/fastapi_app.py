"""A FastAPI app using sequence-async: one SequenceClient per app, created in the lifespan.

Run: ``uvicorn examples.fastapi_app:app`` (credentials from SEQUENCE_CLIENT_ID/SECRET).
SDK errors map to HTTP responses: 404 stays 404, 429 becomes 503 with Retry-After, others 502.
Endpoints return the SDK's attrs models and declare ``response_model=response_model(Model)``
(``sequence_async.pydantic``), so the app's OpenAPI document has their schemas; with
``response_model_exclude_unset=True`` the JSON is the model's ``to_dict()``.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse

from sequence_async import NotFoundError, RateLimitError, SequenceClient, SequenceError
from sequence_async.errors import InvalidParameterError
from sequence_async.models import Customer, InvoiceResponse
from sequence_async.pydantic import response_model
from sequence_async.types import Contact, CustomerAlias


def sequence_client(request: Request) -> SequenceClient:
    """Dependency: the app's one client."""
    client: SequenceClient = request.app.state.sequence
    return client


Sequence = Annotated[SequenceClient, Depends(sequence_client)]


def create_app(make_client: Callable[[], SequenceClient] = SequenceClient) -> FastAPI:
    """The app; ``make_client`` builds the one client (tests pass an emulator-backed one)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with make_client() as client:
            app.state.sequence = client
            yield  # the client (and its connection pool) is closed on shutdown

    app = FastAPI(lifespan=lifespan)

    @app.exception_handler(SequenceError)
    async def sequence_error(request: Request, exc: SequenceError) -> JSONResponse:
        return error_response(exc)

    # An attrs model is no response model: each route names the pydantic mirror of what it returns.
    @app.get("/customers/{customer_id}", response_model=response_model(Customer), response_model_exclude_unset=True)
    async def customer(customer_id: str, client: Sequence) -> Customer:
        return await client.customers.get(customer_id)

    @app.get(
        "/customers/{customer_id}/aliases",
        response_model=list[response_model(CustomerAlias)],  # type: ignore[misc]
        response_model_exclude_unset=True,
    )
    async def customer_aliases(customer_id: str, client: Sequence) -> list[CustomerAlias]:
        return await client.customer_aliases.list_for_customer(customer_id)

    @app.get(
        "/customers/{customer_id}/contacts",
        response_model=list[response_model(Contact)],  # type: ignore[misc]
        response_model_exclude_unset=True,
    )
    async def customer_contacts(customer_id: str, client: Sequence, include_archived: bool = False) -> list[Contact]:
        return await client.contacts.list(customer_id, include_archived=include_archived)

    @app.get(
        "/invoices/{invoice_id}", response_model=response_model(InvoiceResponse), response_model_exclude_unset=True
    )
    async def invoice(invoice_id: str, client: Sequence) -> InvoiceResponse:
        return await client.invoices.get(invoice_id)

    @app.delete("/aliases/{alias_id}", response_model=response_model(CustomerAlias), response_model_exclude_unset=True)
    async def delete_alias(alias_id: str, client: Sequence) -> CustomerAlias:
        return await client.customer_aliases.delete(alias_id)

    return app


def error_response(exc: SequenceError) -> JSONResponse:
    """404 stays 404, bad input is 400, a rate limit is 503 + Retry-After, anything else 502."""
    if isinstance(exc, NotFoundError):
        return JSONResponse({"detail": "not found"}, status_code=404)
    if isinstance(exc, InvalidParameterError):
        return JSONResponse({"detail": str(exc)}, status_code=400)
    if isinstance(exc, RateLimitError):
        retry_after = str(math.ceil(exc.retry_after)) if exc.retry_after is not None else "1"
        return JSONResponse({"detail": "upstream rate limit"}, status_code=503, headers={"Retry-After": retry_after})
    return JSONResponse({"detail": f"upstream error: {type(exc).__name__}"}, status_code=502)


app = create_app()
