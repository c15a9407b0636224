"""The in-process Sequence API emulator (sequence_async.testing): contract, state, faults, serving."""

from __future__ import annotations

import asyncio
import base64
import json
import sys
import time
from collections.abc import AsyncIterator, MutableMapping
from typing import Any

import httpx
import pytest

from sequence_async.testing import (
    DEFAULT_POOL,
    Fault,
    Faults,
    RateLimit,
    RecordedRequest,
    SequenceEmulator,
    ServedEmulator,
)

from ._fixtures import ids
from ._servers import wait_until

AUTH = ("test-client", "test-secret")
BASE = "http://emulator.test"
Json = Any


@pytest.fixture
async def http(seeded_emulator: SequenceEmulator) -> AsyncIterator[httpx.AsyncClient]:
    """An authenticated plain httpx client talking to ``seeded_emulator`` in-process."""
    transport = httpx.ASGITransport(app=seeded_emulator)
    async with httpx.AsyncClient(transport=transport, base_url=BASE, auth=AUTH) as client:
        yield client


async def _walk(
    http: httpx.AsyncClient, direction: str, limit: int, start: str | None = None
) -> tuple[list[list[str]], Json]:
    """Follow ``pagination.<direction>`` until it is absent: the pages' ids in visiting order, and the last body."""
    pages: list[list[str]] = []
    cursor = start
    for _ in range(1000):  # bounded: a cursor loop fails the test instead of hanging
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params[direction] = cursor
        body = (await http.get("/customer-aliases", params=params)).json()
        pages.append(ids(body["items"]))
        cursor = body["pagination"].get(direction)
        if cursor is None:
            return pages, body
    raise AssertionError("pagination did not end")


# -- auth, versions, request ids --------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization",
    [None, "Basic " + base64.b64encode(b"test-client:wrong").decode(), "Basic !!!", "Bearer test-secret"],
)
async def test_requests_without_valid_basic_auth_get_401(
    seeded_emulator: SequenceEmulator, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=seeded_emulator), base_url=BASE) as client:
        response = await client.get("/customer-aliases", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["type"] == "Unauthorized"
    assert response.headers["sequence-version"] == "2024-07-30"
    assert response.headers["x-request-id"].startswith("req_")


async def test_version_header_is_echoed_and_defaults_to_latest(http: httpx.AsyncClient) -> None:
    explicit = await http.get("/customer-aliases", headers={"Sequence-Version": "2024-07-30"})
    implicit = await http.get("/customer-aliases")
    assert explicit.status_code == implicit.status_code == 200
    assert explicit.headers["Sequence-Version"] == implicit.headers["Sequence-Version"] == "2024-07-30"


async def test_unknown_version_is_rejected_naming_it(
    http: httpx.AsyncClient, seeded_emulator: SequenceEmulator
) -> None:
    response = await http.get("/customer-aliases", headers={"Sequence-Version": "2099-01-01"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "UnrecognisedApiVersion"
    assert error["message"].startswith("No matching API version found.")
    assert "'2099-01-01'" in error["message"]
    assert response.headers["sequence-version"] == "2024-07-30"
    assert seeded_emulator.requests[-1].headers["sequence-version"] == "2099-01-01"


async def test_every_response_has_a_unique_request_id(
    http: httpx.AsyncClient, seeded_emulator: SequenceEmulator
) -> None:
    responses = [await http.get(path) for path in ("/customer-aliases", "/nowhere", "/customers/x/aliases")]
    request_ids = [r.headers["x-request-id"] for r in responses]
    assert len(set(request_ids)) == 3
    assert request_ids == [r.request_id for r in seeded_emulator.requests]


# -- GET /customer-aliases ----------------------------------------------------------------------


@pytest.mark.parametrize("limit", ["0", "101", "-1", "abc", "1.5", "", " 5", "1e2"])
async def test_limit_outside_1_to_100_is_a_400(http: httpx.AsyncClient, limit: str) -> None:
    response = await http.get("/customer-aliases", params={"limit": limit})
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "BadRequest"


async def test_limit_bounds_and_default(sequence_emulator: SequenceEmulator) -> None:
    sequence_emulator.seed(customers=30, aliases_per_customer=5, contacts_per_customer=0)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sequence_emulator), base_url=BASE, auth=AUTH
    ) as http:
        sizes = [len((await http.get("/customer-aliases", params=p)).json()["items"]) for p in ({}, {"limit": 1})]
        largest = (await http.get("/customer-aliases", params={"limit": 100})).json()
    assert sizes == [20, 1]
    assert len(largest["items"]) == 100
    assert largest["pagination"]["totalResultSize"] == 150


async def test_value_filter_is_an_exact_match(http: httpx.AsyncClient, seeded_emulator: SequenceEmulator) -> None:
    first, second = seeded_emulator.customers[:2]
    a = seeded_emulator.add_alias(first, "shared")
    b = seeded_emulator.add_alias(second, "shared", label="CRM ID")
    seeded_emulator.add_alias(second, "shared-not")
    body = (await http.get("/customer-aliases", params={"value": "shared"})).json()
    assert body["items"] == [a, b]
    assert body["pagination"] == {"totalResultSize": 2}
    none = (await http.get("/customer-aliases", params={"value": "absent"})).json()
    assert none == {"items": [], "pagination": {"totalResultSize": 0}}


async def test_items_use_the_documented_camel_case_fields(http: httpx.AsyncClient) -> None:
    body = (await http.get("/customer-aliases", params={"limit": 100})).json()
    required = {"id", "sequenceAccountId", "customerId", "value", "createdAt"}
    for item in body["items"]:
        assert required <= item.keys() <= required | {"label", "archivedAt", "deletedAt"}
        assert all(value is not None for value in item.values())


async def test_paging_forward_then_backward_visits_every_item_once(
    http: httpx.AsyncClient, seeded_emulator: SequenceEmulator
) -> None:
    everything = ids(seeded_emulator.aliases)  # 15 aliases: pages of 4, 4, 4, 3
    forward, last = await _walk(http, "after", 4)
    assert [len(page) for page in forward] == [4, 4, 4, 3]
    assert [i for page in forward for i in page] == everything
    assert "after" not in last["pagination"]

    backward, first = await _walk(http, "before", 4, start=last["pagination"]["before"])
    assert [len(page) for page in backward] == [4, 4, 4]
    assert [i for page in reversed(backward) for i in page] == everything[:12]  # each page ascending
    assert "before" not in first["pagination"]
    assert first["pagination"]["after"]


async def _cursor_for(http: httpx.AsyncClient, count: int) -> str:
    """The ``after`` cursor of the first page of ``count`` items."""
    body = (await http.get("/customer-aliases", params={"limit": count})).json()
    cursor = body["pagination"]["after"]
    assert isinstance(cursor, str)
    return cursor


async def test_first_page_has_no_before_and_last_page_has_no_after(http: httpx.AsyncClient) -> None:
    first = (await http.get("/customer-aliases", params={"limit": 10})).json()
    assert "before" not in first["pagination"]
    assert first["pagination"]["totalResultSize"] == 15
    rest = (await http.get("/customer-aliases", params={"limit": 10, "after": first["pagination"]["after"]})).json()
    assert len(rest["items"]) == 5
    assert set(rest["pagination"]) == {"before", "totalResultSize"}


async def test_cursor_survives_deletion_of_the_item_it_points_at(
    http: httpx.AsyncClient, seeded_emulator: SequenceEmulator
) -> None:
    everything = ids(seeded_emulator.aliases)
    page = (await http.get("/customer-aliases", params={"limit": 3})).json()
    assert (await http.delete(f"/customer-aliases/{everything[2]}")).status_code == 200
    after = (await http.get("/customer-aliases", params={"limit": 3, "after": page["pagination"]["after"]})).json()
    assert ids(after["items"]) == everything[3:6]
    assert after["pagination"]["totalResultSize"] == 14

    assert (await http.delete(f"/customer-aliases/{everything[3]}")).status_code == 200
    before = (await http.get("/customer-aliases", params={"limit": 3, "before": after["pagination"]["before"]})).json()
    assert ids(before["items"]) == everything[:2]
    assert "before" not in before["pagination"]


@pytest.mark.parametrize("param", ["after", "before"])
@pytest.mark.parametrize(
    "cursor", ["garbage!", "bm90IGpzb24", base64.urlsafe_b64encode(b'{"k":"1"}').decode(), "x" * 300]
)
async def test_garbage_cursor_is_a_400(http: httpx.AsyncClient, param: str, cursor: str) -> None:
    response = await http.get("/customer-aliases", params={param: cursor})
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "InvalidCursor"


async def test_after_and_before_together_is_a_400(http: httpx.AsyncClient) -> None:
    cursor = await _cursor_for(http, 2)
    response = await http.get("/customer-aliases", params={"after": cursor, "before": cursor})
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "BadRequest"


async def test_deep_pages_of_100_000_aliases_are_fast(sequence_emulator: SequenceEmulator) -> None:
    sequence_emulator.seed(customers=10_000, aliases_per_customer=10, contacts_per_customer=0)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sequence_emulator), base_url=BASE, auth=AUTH
    ) as http:
        cursor = (await http.get("/customer-aliases", params={"limit": 100})).json()["pagination"]["after"]
        # CPU time of this thread (the ASGI transport runs the emulator here): what other
        # processes and threads do on a loaded machine does not count against the bound.
        started = time.thread_time()
        for _ in range(50):
            body = (await http.get("/customer-aliases", params={"limit": 100, "after": cursor})).json()
            cursor = body["pagination"]["after"]
        elapsed = time.thread_time() - started
    assert body["pagination"]["totalResultSize"] == 100_000
    assert elapsed < 5.0  # bisect: ~ms per page; a linear scan would take far longer


# -- the other operations -------------------------------------------------------------------------


async def test_delete_removes_the_alias_from_every_listing(
    http: httpx.AsyncClient, seeded_emulator: SequenceEmulator
) -> None:
    alias = seeded_emulator.aliases[4]
    response = await http.delete(f"/customer-aliases/{alias['id']}")
    assert response.status_code == 200
    deleted = response.json()
    assert deleted["id"] == alias["id"]
    assert isinstance(deleted["deletedAt"], str)
    assert alias["id"] not in ids(seeded_emulator.aliases)
    listed = (await http.get("/customer-aliases", params={"limit": 100})).json()
    assert alias["id"] not in ids(listed["items"])
    assert listed["pagination"]["totalResultSize"] == 14
    of_customer = (await http.get(f"/customers/{alias['customerId']}/aliases")).json()
    assert alias["id"] not in ids(of_customer["items"])
    again = await http.delete(f"/customer-aliases/{alias['id']}")
    assert again.status_code == 404
    assert again.json()["error"]["type"] == "NotFound"


async def test_customer_aliases_lists_that_customer_only(
    http: httpx.AsyncClient, seeded_emulator: SequenceEmulator
) -> None:
    customer = seeded_emulator.customers[1]
    body = (await http.get(f"/customers/{customer}/aliases")).json()
    assert body == {"items": seeded_emulator.aliases_of(customer)}
    assert len(body["items"]) == 3
    assert {item["customerId"] for item in body["items"]} == {customer}
    missing = await http.get("/customers/no-such-customer/aliases")
    assert missing.status_code == 404
    assert missing.json()["error"]["type"] == "NotFound"


async def test_contacts_hide_archived_unless_asked(http: httpx.AsyncClient, seeded_emulator: SequenceEmulator) -> None:
    customer = seeded_emulator.add_customer()
    live = seeded_emulator.add_contact(customer, name="A", email="a@example.com", billing_preference="PRIMARY")
    gone = seeded_emulator.add_contact(customer, name="B", email="b@example.com", archived=True)
    odd = seeded_emulator.add_contact(customer, name="C", email="c@example.com", billing_preference="SOMETIMES")
    path = f"/customers/{customer}/contacts"
    assert (await http.get(path)).json() == {"items": [live, odd]}
    assert (await http.get(path, params={"includeArchived": "false"})).json() == {"items": [live, odd]}
    assert (await http.get(path, params={"includeArchived": "true"})).json() == {"items": [live, gone, odd]}
    assert "archivedAt" in gone
    assert "archivedAt" not in live
    assert seeded_emulator.contacts_of(customer) == [live, gone, odd]
    bad = await http.get(path, params={"includeArchived": "yes"})
    assert bad.status_code == 400
    assert bad.json()["error"]["type"] == "BadRequest"
    assert (await http.get("/customers/nobody/contacts")).status_code == 404


async def test_encoded_ids_are_single_path_segments(http: httpx.AsyncClient, seeded_emulator: SequenceEmulator) -> None:
    customer = seeded_emulator.add_customer("a/b")
    alias = seeded_emulator.add_alias(customer, "v", id="x/y ü")
    seeded_emulator.add_customer("a")
    assert (await http.get("/customers/a%2Fb/aliases")).json() == {"items": [alias]}
    assert (await http.get("/customers/a/b/aliases")).status_code == 404
    deleted = await http.delete("/customer-aliases/x%2Fy%20%C3%BC")
    assert deleted.status_code == 200
    assert deleted.json()["id"] == "x/y ü"
    assert seeded_emulator.requests[-1].path == "/customer-aliases/x%2Fy%20%C3%BC"


@pytest.mark.parametrize(
    ("method", "path", "status", "allow"),
    [
        ("GET", "/", 404, None),
        ("GET", "/customer-aliases/", 404, None),
        ("GET", "/customers//aliases", 404, None),
        ("GET", "/customers/c/aliases/extra", 404, None),
        ("GET", "/api/customer-aliases", 404, None),
        ("PATCH", "/customer-aliases", 405, "GET, POST"),
        ("GET", "/customer-aliases/some-id", 405, "PUT, DELETE"),
        ("DELETE", "/customers/c/contacts", 405, "GET, POST"),
    ],
)
async def test_unknown_paths_404_and_wrong_methods_405(
    http: httpx.AsyncClient, method: str, path: str, status: int, allow: str | None
) -> None:
    response = await http.request(method, path)
    assert response.status_code == status
    assert response.json()["error"]["type"] == {404: "NotFound", 405: "MethodNotAllowed"}[status]
    assert response.headers.get("allow") == allow  # every method the document gives the path


async def test_raw_asgi_path_with_a_query_string_and_lifespan(seeded_emulator: SequenceEmulator) -> None:
    """Some servers leave the query on ``raw_path``; lifespan events are acknowledged."""
    sent: list[MutableMapping[str, Any]] = []
    auth = b"Basic " + base64.b64encode(b"test-client:test-secret")

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "GET",
        "path": "/customer-aliases",
        "raw_path": b"/customer-aliases?limit=2",
        "query_string": b"limit=2",
        "headers": [(b"authorization", auth)],
    }
    await seeded_emulator(scope, receive, send)
    assert sent[0]["status"] == 200
    assert len(json.loads(sent[1]["body"])["items"]) == 2
    assert seeded_emulator.requests[-1].path == "/customer-aliases"

    events = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent.clear()

    async def lifespan_receive() -> dict[str, Any]:
        return next(events)

    await seeded_emulator({"type": "lifespan"}, lifespan_receive, send)
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


# -- request log --------------------------------------------------------------------------------


async def test_request_log_records_what_was_sent(http: httpx.AsyncClient, seeded_emulator: SequenceEmulator) -> None:
    await http.get(
        "/customer-aliases", params={"limit": "2", "value": "a b"}, headers={"Sequence-Version": "2024-07-30"}
    )
    await http.delete("/customer-aliases/nope")
    first, second = seeded_emulator.requests
    assert first == RecordedRequest(
        method="GET",
        path="/customer-aliases",
        query={"limit": "2", "value": "a b"},
        headers=first.headers,
        status=200,
        fault=None,
        request_id="req_000001",
    )
    assert first.headers["authorization"] == "Basic " + base64.b64encode(b"test-client:test-secret").decode()
    assert first.headers["sequence-version"] == "2024-07-30"
    assert (second.method, second.path, second.status) == ("DELETE", "/customer-aliases/nope", 404)
    assert seeded_emulator.stats.requests == 2
    assert seeded_emulator.stats.by_status == {200: 1, 404: 1}
    seeded_emulator.reset_log()
    assert seeded_emulator.requests == []
    assert seeded_emulator.stats.requests == 0


# -- faults, in-process -----------------------------------------------------------------------------


async def test_status_faults(http: httpx.AsyncClient, seeded_emulator: SequenceEmulator) -> None:
    date = "Wed, 21 Oct 2015 07:28:00 GMT"
    seeded_emulator.faults = Faults(
        [
            Fault.status(503, retry_after=7),
            Fault.status(429, retry_after=date),
            Fault.status(520, body="<html>origin error</html>"),
            Fault.status(499),
            Fault.status(500, body={"error": {"type": "Custom", "message": "m"}}),
        ]
    )
    r503, r429, r520, r499, r500 = [await http.get("/customer-aliases") for _ in range(5)]
    assert (r503.status_code, r503.headers["retry-after"], r503.json()["error"]["type"]) == (
        503,
        "7",
        "ServiceUnavailable",
    )
    assert (r429.status_code, r429.headers["retry-after"], r429.json()["error"]["type"]) == (
        429,
        date,
        "RateLimitExceeded",
    )
    assert (r520.status_code, r520.text, "retry-after" in r520.headers) == (520, "<html>origin error</html>", False)
    assert r499.status_code == 499
    assert r500.json() == {"error": {"type": "Custom", "message": "m"}}
    assert all(r.headers["x-request-id"] and r.headers["sequence-version"] for r in (r503, r520))
    assert [r.fault for r in seeded_emulator.requests] == [
        "status:503",
        "status:429",
        "status:520",
        "status:499",
        "status:500",
    ]
    assert seeded_emulator.stats.faults == 5
    assert (await http.get("/customer-aliases")).status_code == 200  # script used up


async def test_status_fault_happens_before_auth_and_without_side_effects(
    seeded_emulator: SequenceEmulator,
) -> None:
    alias_id = seeded_emulator.aliases[0]["id"]
    seeded_emulator.faults = Faults([Fault.status(502)])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=seeded_emulator), base_url=BASE) as anonymous:
        assert (await anonymous.delete(f"/customer-aliases/{alias_id}")).status_code == 502
    assert alias_id in ids(seeded_emulator.aliases)


async def test_drop_surfaces_as_a_transport_error_without_side_effects(
    http: httpx.AsyncClient, seeded_emulator: SequenceEmulator
) -> None:
    alias_id = seeded_emulator.aliases[0]["id"]
    seeded_emulator.faults = Faults([Fault.drop()])
    with pytest.raises(httpx.RemoteProtocolError):
        await http.delete(f"/customer-aliases/{alias_id}")
    assert alias_id in ids(seeded_emulator.aliases)
    record = seeded_emulator.requests[-1]
    assert (record.status, record.fault) == (None, "drop")
    assert seeded_emulator.stats.dropped == 1
    assert (await http.delete(f"/customer-aliases/{alias_id}")).status_code == 200


async def test_slow_fault_can_be_cancelled_by_a_client_deadline(
    http: httpx.AsyncClient, seeded_emulator: SequenceEmulator
) -> None:
    seeded_emulator.faults = Faults([Fault.slow(60), Fault.slow(0)])
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.05):  # httpx timeouts do not apply to ASGITransport
            await http.get("/customer-aliases")
    assert (seeded_emulator.requests[-1].status, seeded_emulator.requests[-1].fault) == (None, "slow:60")
    response = await http.get("/customer-aliases")
    assert response.status_code == 200
    assert seeded_emulator.requests[-1].fault == "slow:0"


async def test_malformed_faults(http: httpx.AsyncClient, seeded_emulator: SequenceEmulator) -> None:
    kinds = ["not_json", "truncated", "wrong_shape", "null_required", "null_required"]
    seeded_emulator.faults = Faults([Fault.malformed(kind) for kind in kinds])  # type: ignore[arg-type]
    not_json, truncated, wrong_shape, null_items = [await http.get("/customer-aliases") for _ in range(4)]
    alias_id = seeded_emulator.aliases[0]["id"]
    null_deleted = await http.delete(f"/customer-aliases/{alias_id}")
    responses = (not_json, truncated, wrong_shape, null_items, null_deleted)
    assert all(r.status_code == 200 for r in responses)
    for broken in (not_json, truncated):
        with pytest.raises(json.JSONDecodeError):
            broken.json()
    assert isinstance(wrong_shape.json(), list)
    assert null_items.json()["items"][0]["id"] is None
    assert null_deleted.json()["id"] is None
    assert alias_id not in ids(seeded_emulator.aliases)  # malformed faults mangle a handled request
    assert [r.fault for r in seeded_emulator.requests] == [f"malformed:{kind}" for kind in kinds]


async def test_fault_match_limits_which_requests_consume_the_script(
    http: httpx.AsyncClient, seeded_emulator: SequenceEmulator
) -> None:
    faults = Faults([Fault.status(500)], match=lambda method, path: method == "DELETE")
    seeded_emulator.faults = faults
    assert (await http.get("/customer-aliases")).status_code == 200
    assert faults.remaining == 1
    assert (await http.delete("/customer-aliases/x")).status_code == 500
    assert faults.remaining == 0


def test_random_faults_are_deterministic_for_a_seed() -> None:
    def draws(seed: int) -> list[str | None]:
        faults = Faults([None, Fault.drop()], probability=0.5, seed=seed)
        return [None if (f := faults.next_fault("GET", "/")) is None else f.label for _ in range(40)]

    assert draws(7) == draws(7)
    assert draws(7) != draws(8)
    assert draws(7)[:2] == [None, "drop"]
    drawn = [label for label in draws(7)[2:] if label]
    assert 5 < len(drawn) < 33
    assert set(drawn) <= {fault.label for fault in DEFAULT_POOL}
    always = Faults(probability=1.0, pool=[Fault.status(504)])
    assert all(always.next_fault("GET", "/") == Fault.status(504) for _ in range(10))


def test_fault_constructors_validate() -> None:
    with pytest.raises(ValueError, match="3 digits"):
        Fault.status(42)
    with pytest.raises(ValueError, match="malformed"):
        Fault.malformed("sideways")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="probability"):
        Faults(probability=1.5)


# -- rate limit -------------------------------------------------------------------------------------


async def test_rate_limit_answers_429_with_retry_after_on_a_fake_clock(sequence_emulator: SequenceEmulator) -> None:
    now = [100.0]
    emulator = SequenceEmulator(rate_limit=RateLimit(requests=3, per=10.0), clock=lambda: now[0])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emulator), base_url=BASE, auth=AUTH) as http:
        assert [(await http.get("/customer-aliases")).status_code for _ in range(3)] == [200, 200, 200]
        limited = await http.get("/customer-aliases")
        assert limited.status_code == 429
        assert limited.headers["retry-after"] == "10"
        assert limited.json()["error"]["type"] == "RateLimitExceeded"
        now[0] = 104.5
        assert (await http.get("/customer-aliases")).headers["retry-after"] == "6"
        now[0] = 109.9
        assert (await http.get("/customer-aliases")).headers["retry-after"] == "1"
        now[0] = 110.0
        assert (await http.get("/customer-aliases")).status_code == 200
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emulator), base_url=BASE) as anonymous:
            assert (await anonymous.get("/customer-aliases")).status_code == 401  # not counted, not limited
    assert emulator.stats.rate_limited == 3
    assert emulator.stats.by_status[429] == 3
    assert sequence_emulator.rate_limit == RateLimit(1500, 60.0)  # the documented limit by default


def test_rate_limit_parse() -> None:
    assert RateLimit.parse("1500/60") == RateLimit(1500, 60.0)
    with pytest.raises(ValueError, match="N/SECONDS"):
        RateLimit.parse("lots")


# -- seeding ----------------------------------------------------------------------------------------


def test_seed_is_deterministic_and_ids_sort_in_creation_order() -> None:
    one, two, other = SequenceEmulator(), SequenceEmulator(), SequenceEmulator()
    for emulator, seed in ((one, 3), (two, 3), (other, 4)):
        emulator.seed(customers=20, aliases_per_customer=4, contacts_per_customer=3, seed=seed)
    assert one.customers == two.customers
    assert one.aliases == two.aliases
    assert [one.contacts_of(c) for c in one.customers] == [two.contacts_of(c) for c in two.customers]
    assert one.customers != other.customers
    alias_ids = ids(one.aliases)
    assert alias_ids == sorted(alias_ids)
    assert len(set(alias_ids)) == 80
    assert {c["billingPreference"] for c in one.contacts_of(one.customers[0])} <= {"PRIMARY", "STANDARD", "NONE"}
    later = one.add_alias(one.customers[0], "new")
    assert later["id"] > alias_ids[-1]


def test_seeding_2000_customers_with_10_aliases_is_fast(sequence_emulator: SequenceEmulator) -> None:
    started = time.thread_time()  # CPU time of this thread: a loaded machine does not count
    sequence_emulator.seed(customers=2_000, aliases_per_customer=10, contacts_per_customer=2)
    assert time.thread_time() - started < 2.0  # typically ~0.25 s
    assert len(sequence_emulator.aliases) == 20_000


def test_plugin_fixtures(sequence_emulator: SequenceEmulator, seeded_emulator: SequenceEmulator) -> None:
    assert sequence_emulator.customers == []
    assert sequence_emulator.aliases == []
    assert len(seeded_emulator.customers) == 5
    assert len(seeded_emulator.aliases) == 15
    assert all(len(seeded_emulator.contacts_of(c)) == 2 for c in seeded_emulator.customers)


def test_add_rejects_duplicates_and_unknown_customers(sequence_emulator: SequenceEmulator) -> None:
    customer = sequence_emulator.add_customer("c1")
    with pytest.raises(ValueError, match="already exists"):
        sequence_emulator.add_customer("c1")
    sequence_emulator.add_alias(customer, "v", id="a1")
    with pytest.raises(ValueError, match="already exists"):
        sequence_emulator.add_alias(customer, "v", id="a1")
    with pytest.raises(KeyError):
        sequence_emulator.add_alias("nobody", "v")


# -- the SDK client, in-process --------------------------------------------------------------------


async def test_client_talks_to_the_emulator_in_process(seeded_emulator: SequenceEmulator) -> None:
    """httpx only: in-process means an ``httpx.ASGITransport`` (loopback: tests/test_integration_*.py)."""
    client = seeded_emulator.client()
    customer = seeded_emulator.customers[0]
    async with client:
        aliases = await client.customer_aliases.list_for_customer(customer)
    assert [alias.id for alias in aliases] == ids(seeded_emulator.aliases_of(customer))
    assert seeded_emulator.requests[-1].headers["authorization"].startswith("Basic ")


# -- over real loopback sockets ---------------------------------------------------------------------


@pytest.mark.slow
async def test_faults_over_loopback(seeded_emulator: SequenceEmulator) -> None:
    seeded_emulator.faults = Faults(
        [Fault.status(503, retry_after=2), Fault.drop(), Fault.malformed("truncated"), Fault.slow(60)]
    )
    async with (
        seeded_emulator.serve() as base_url,
        httpx.AsyncClient(base_url=base_url, auth=AUTH, timeout=httpx.Timeout(5.0, read=0.3)) as http,
    ):
        assert base_url.startswith("http://127.0.0.1:")
        unavailable = await http.get("/customer-aliases")
        assert (unavailable.status_code, unavailable.headers["retry-after"]) == (503, "2")
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/customer-aliases")
        truncated = await http.get("/customer-aliases")
        with pytest.raises(json.JSONDecodeError):
            truncated.json()
        with pytest.raises(httpx.ReadTimeout):
            await http.get("/customer-aliases")
        ok = await http.get("/customers/" + seeded_emulator.customers[0] + "/aliases")
        assert ok.status_code == 200
        assert ok.headers["x-request-id"]
        assert ok.headers["sequence-version"] == "2024-07-30"
    assert [r.fault for r in seeded_emulator.requests] == [
        "status:503",
        "drop",
        "malformed:truncated",
        "slow:60",
        None,
    ]


@pytest.mark.slow
def test_served_emulator_fixture_over_a_sync_client(served_emulator: ServedEmulator) -> None:
    customer = served_emulator.emulator.add_customer("a/b")
    served_emulator.emulator.add_alias(customer, "from-test")
    with httpx.Client(base_url=served_emulator.base_url, auth=served_emulator.auth) as http:
        listed = http.get("/customers/a%2Fb/aliases")
        wrong = http.get("/customer-aliases", auth=("test-client", "nope"))
    assert [item["value"] for item in listed.json()["items"]] == ["from-test"]
    assert wrong.status_code == 401
    assert served_emulator.emulator.requests[0].path == "/customers/a%2Fb/aliases"


@pytest.mark.slow
async def test_runs_as_a_process() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "sequence_async.testing",
        "--port",
        "0",
        "--seed-customers",
        "3",
        "--aliases-per-customer",
        "2",
        "--client-id",
        "cli-id",
        "--client-secret",
        "cli-secret",
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        base_url = (await asyncio.wait_for(process.stdout.readline(), timeout=30)).decode().strip()
        assert base_url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=base_url, auth=("cli-id", "cli-secret"), timeout=10) as http:
            body = (await http.get("/customer-aliases")).json()
        assert body["pagination"]["totalResultSize"] == 6
    finally:
        process.terminate()
        await asyncio.wait_for(process.wait(), timeout=15)


async def test_request_log_can_be_turned_off_for_long_running_servers() -> None:
    emulator = SequenceEmulator(log_requests=False)
    emulator.seed(customers=1)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emulator), base_url=BASE, auth=AUTH) as http:
        assert (await http.get("/customer-aliases")).status_code == 200
    assert emulator.requests == []
    assert emulator.stats.requests == 1
    assert emulator.stats.by_status[200] == 1


@pytest.mark.slow
async def test_the_process_prints_its_url_only_once_it_accepts_connections() -> None:
    # A script that connects the moment it has read the URL must never be refused. Before the fix
    # the URL came out between bind and listen: 5 of 5 such connects were refused.
    for _ in range(3):
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "sequence_async.testing", "--port", "0", stdout=asyncio.subprocess.PIPE
        )
        try:
            assert process.stdout is not None
            base_url = (await asyncio.wait_for(process.stdout.readline(), timeout=30)).decode().strip()
            host, port = base_url.removeprefix("http://").rsplit(":", 1)
            _, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)), timeout=5)
            writer.close()
            await writer.wait_closed()
        finally:
            process.terminate()
            await asyncio.wait_for(process.wait(), timeout=15)


async def test_in_flight_counts_requests_until_they_are_logged(
    http: httpx.AsyncClient, seeded_emulator: SequenceEmulator
) -> None:
    seeded_emulator.faults = Faults([Fault.slow(60)])
    assert seeded_emulator.in_flight == 0
    request = asyncio.create_task(http.get("/customer-aliases"))
    await wait_until(lambda: seeded_emulator.in_flight == 1, "the slow request is in flight")
    assert seeded_emulator.requests == []
    request.cancel()
    with pytest.raises(asyncio.CancelledError):
        await request
    assert seeded_emulator.in_flight == 0
    assert [r.fault for r in seeded_emulator.requests] == ["slow:60"]  # logged before it stopped counting
