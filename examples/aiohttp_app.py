"""An aiohttp web app using sequence-async: the client lives in ``cleanup_ctx``/app state.

Run: ``python -m aiohttp.web examples.aiohttp_app:init_app`` (credentials from the environment).
SDK errors map to HTTP responses: 404 stays 404, 429 becomes 503 with Retry-After, others 502.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Awaitable, Callable

from aiohttp import web

from sequence_async import NotFoundError, RateLimitError, SequenceClient, SequenceError
from sequence_async.errors import InvalidParameterError

SEQUENCE = web.AppKey("sequence", SequenceClient)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def create_app(make_client: Callable[[], SequenceClient] = SequenceClient) -> web.Application:
    """The app; ``make_client`` builds the one client (tests pass an emulator-backed one)."""

    async def sequence_client(app: web.Application) -> AsyncIterator[None]:
        async with make_client() as client:
            app[SEQUENCE] = client
            yield  # closed on cleanup

    app = web.Application(middlewares=[sequence_errors])
    app.cleanup_ctx.append(sequence_client)
    app.router.add_get("/customers/{customer_id}/aliases", customer_aliases)
    app.router.add_get("/customers/{customer_id}/contacts", customer_contacts)
    app.router.add_delete("/aliases/{alias_id}", delete_alias)
    return app


@web.middleware
async def sequence_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """404 stays 404, bad input is 400, a rate limit is 503 + Retry-After, anything else 502."""
    try:
        return await handler(request)
    except NotFoundError:
        return web.json_response({"detail": "not found"}, status=404)
    except InvalidParameterError as exc:
        return web.json_response({"detail": str(exc)}, status=400)
    except RateLimitError as exc:
        retry_after = str(math.ceil(exc.retry_after)) if exc.retry_after is not None else "1"
        return web.json_response({"detail": "upstream rate limit"}, status=503, headers={"Retry-After": retry_after})
    except SequenceError as exc:
        return web.json_response({"detail": f"upstream error: {type(exc).__name__}"}, status=502)


async def customer_aliases(request: web.Request) -> web.Response:
    aliases = await request.app[SEQUENCE].customer_aliases.list_for_customer(request.match_info["customer_id"])
    return web.json_response([alias.to_dict() for alias in aliases])


async def customer_contacts(request: web.Request) -> web.Response:
    include_archived = request.query.get("include_archived", "false").lower() == "true"
    client = request.app[SEQUENCE]
    contacts = await client.contacts.list(request.match_info["customer_id"], include_archived=include_archived)
    return web.json_response([contact.to_dict() for contact in contacts])


async def delete_alias(request: web.Request) -> web.Response:
    alias = await request.app[SEQUENCE].customer_aliases.delete(request.match_info["alias_id"])
    return web.json_response(alias.to_dict())


def init_app(argv: list[str] | None = None) -> web.Application:
    return create_app()
