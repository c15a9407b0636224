"""The spec-driven emulator: every operation of openapi/sequence.yaml, stateful, validated.

In-process (httpx over ASGI): each test builds a fresh emulator, so the order never matters.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from sequence_async.testing import SequenceEmulator
from sequence_async.testing._api import Operation, load_api
from sequence_async.testing._generic import collection_name
from sequence_async.testing._resources import assign_roles
from sequence_async.testing._sample import sample
from tests._existing import existing_ids

API = load_api()
ROLES = assign_roles(API)
COLLECTIONS = sorted(
    {
        collection_name(role.collection)
        for role in ROLES.values()
        if role.collection is not None and role.kind == "create"
    }
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def emulator(clock: Clock) -> SequenceEmulator:
    emulator = SequenceEmulator(rate_limit=None, clock=clock)
    emulator.seed(customers=2, aliases_per_customer=2, contacts_per_customer=1)
    return emulator


@pytest.fixture
async def http(emulator: SequenceEmulator) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=emulator)
    auth = (emulator.client_id, emulator.client_secret)
    async with httpx.AsyncClient(transport=transport, base_url=emulator.BASE_URL, auth=auth) as client:
        yield client


def _request(emulator: SequenceEmulator, op: Operation) -> tuple[str, dict[str, Any], Any]:
    """A valid request of ``op`` against existing records."""
    path = op.template
    for param, value in zip(op.path_params, existing_ids(emulator, op.id), strict=True):
        if param.kind != "string" or param.schema.get("enum"):
            value = sample(API.schemas, param.schema)
        path = path.replace("{" + param.name + "}", httpx.URL("/" + str(value)).raw_path.decode()[1:])
    query = {p.name: sample(API.schemas, p.schema) for p in op.query.values() if p.required}
    query = {k: str(v).lower() if isinstance(v, bool) else v for k, v in query.items()}
    body = sample(API.schemas, op.body) if op.body is not None else None
    if isinstance(body, dict) and "customerId" in body:
        body["customerId"] = emulator.customers[0]
    return path, query, body


@pytest.mark.parametrize("op_id", sorted(API.operations))
async def test_every_operation_answers_with_its_documented_success(
    http: httpx.AsyncClient, emulator: SequenceEmulator, op_id: str
) -> None:
    op = API.operations[op_id]
    path, query, body = _request(emulator, op)
    response = await http.request(op.method, path, params=query, json=body)
    assert response.status_code == op.status, response.text
    if op.response is not None:
        assert API.schemas.first_error(op.response, response.json()) is None
    assert response.headers["sequence-version"] == "2024-07-30"


def test_every_operation_has_a_role_and_the_document_all_173() -> None:
    assert len(API.operations) == 173
    assert {role.kind for role in ROLES.values()} == {
        "create", "list", "read", "update", "delete", "archive", "action", "generated"
    }  # fmt: skip
    assert len(COLLECTIONS) >= 20


@pytest.mark.parametrize("collection", COLLECTIONS)
async def test_a_created_record_reads_back_lists_updates_and_deletes(
    http: httpx.AsyncClient, emulator: SequenceEmulator, collection: str
) -> None:
    ops = {role.kind: API.operations[op_id] for op_id, role in ROLES.items() if role.collection is not None
           and collection_name(role.collection) == collection}  # fmt: skip
    create = ops["create"]
    path, _, body = _request(emulator, create)
    created = await http.post(path, json=body)
    assert created.status_code == 201, created.text
    record_id = created.json()["id"]
    if collection == "/customer-aliases":
        assert created.json()["value"] == body["value"]
    if "read" in ops:
        read = await http.get(f"{path}/{record_id}")
        assert read.status_code == 200, read.text
        assert read.json()["id"] == record_id
    if "list" in ops:
        listed = await http.get(path, params={"limit": 100} if "limit" in ops["list"].query else {})
        assert record_id in [item["id"] for item in listed.json()["items"]]
    if "delete" in ops:
        deleted = await http.delete(f"{path}/{record_id}")
        assert deleted.status_code == 200, deleted.text
        assert (await http.delete(f"{path}/{record_id}")).status_code == 404
        if "read" in ops:
            assert (await http.get(f"{path}/{record_id}")).status_code == 404


async def test_an_update_is_read_back(http: httpx.AsyncClient) -> None:
    created = (await http.post("/products", json=_valid_body("postProducts"))).json()
    changed = {**_valid_body("putProductsById"), "name": "Renamed"}
    assert (await http.put(f"/products/{created['id']}", json=changed)).json()["name"] == "Renamed"
    assert (await http.get(f"/products/{created['id']}")).json()["name"] == "Renamed"


def _valid_body(op_id: str) -> Any:
    body = sample(API.schemas, API.operations[op_id].body)
    assert API.schemas.first_error(API.operations[op_id].body or {}, body) is None
    return body


async def test_archive_hides_a_record_from_lists_unless_asked(
    http: httpx.AsyncClient, emulator: SequenceEmulator
) -> None:
    created = (await http.post("/list-prices", json=_valid_body("postListPrices"))).json()
    archived = await http.post(f"/list-prices/{created['id']}/archive")
    assert archived.status_code == 200
    stored = emulator.records("/list-prices")[-1]
    await http.post(f"/list-prices/{created['id']}/archive")  # archiving again keeps the first time
    assert emulator.records("/list-prices")[-1]["archivedAt"] == stored["archivedAt"]
    listed = (await http.get("/list-prices")).json()["items"]
    assert created["id"] not in [p["id"] for p in listed]
    listed = (await http.get("/list-prices", params={"includeArchived": "true"})).json()["items"]
    assert created["id"] in [p["id"] for p in listed]


async def test_lists_page_with_cursors_and_honour_limit(http: httpx.AsyncClient) -> None:
    made = [(await http.post("/products", json=_valid_body("postProducts"))).json()["id"] for _ in range(5)]
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 2}
    for _ in range(5):
        page = (await http.get("/products", params=params)).json()
        assert len(page["items"]) <= 2
        seen += [item["id"] for item in page["items"]]
        if "after" not in page["pagination"]:
            break
        params = {"limit": 2, "after": page["pagination"]["after"]}
    assert seen == made
    # The last cursor followed points after the fourth record: the two before it are the 2nd and 3rd.
    back = (await http.get("/products", params={"limit": 2, "before": params["after"]})).json()
    assert [item["id"] for item in back["items"]] == made[1:3]


async def test_sub_collections_belong_to_their_parent(http: httpx.AsyncClient) -> None:
    first, second = [(await http.post("/invoices", json=_valid_body("postInvoices"))).json()["id"] for _ in range(2)]
    item = await http.post(f"/invoices/{first}/line-items", json=_valid_body("postInvoicesByInvoiceLineItems"))
    assert item.status_code == 201
    item_id = item.json()["id"]
    assert [i["id"] for i in (await http.get(f"/invoices/{first}/line-items")).json()["items"]] == [item_id]
    assert (await http.get(f"/invoices/{second}/line-items")).json()["items"] == []
    assert (await http.delete(f"/invoices/{second}/line-items/{item_id}")).status_code == 404
    missing = await http.get("/invoices/no-such-invoice/line-items")
    assert missing.status_code == 404
    assert missing.json()["error"]["type"] == "NotFound"


# -- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"customerId": 5, "value": "v"}, "customerId"),
        ({"value": "v"}, "customerId"),
        ({"customerId": "c", "value": ["v"]}, "value"),
        ([], "$"),
    ],
)
async def test_an_invalid_body_is_a_400_naming_the_field(http: httpx.AsyncClient, body: Any, named: str) -> None:
    response = await http.post("/customer-aliases", json=body)
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "BadRequest"
    assert named in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("content", "headers", "message"),
    [
        (b"", {}, "body is required"),
        (b"{not json", {"content-type": "application/json"}, "not valid JSON"),
        (b'{"customerId": "c", "value": "v"}', {"content-type": "text/plain"}, "Content-Type"),
    ],
)
async def test_a_missing_or_unreadable_body_is_a_400(
    http: httpx.AsyncClient, content: bytes, headers: dict[str, str], message: str
) -> None:
    response = await http.post("/customer-aliases", content=content, headers=headers)
    assert response.status_code == 400
    assert message in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("path", "params", "named"),
    [
        ("/customer-aliases", {"limit": "0"}, "limit"),
        ("/customer-aliases", {"limit": "101"}, "limit"),
        ("/customer-aliases", {"limit": "ten"}, "limit"),
        ("/customer-aliases", {"colour": "red"}, "colour"),
        ("/products", {"limit": "1.5"}, "limit"),
        ("/notifications/policies", {"notificationType": "NOT_A_TYPE"}, "notificationType"),
        ("/customers/c/contacts", {"includeArchived": "yes"}, "includeArchived"),
        ("/usage-metrics/m/calculate", {}, "customerAliases"),
    ],
)
async def test_an_invalid_query_is_a_400_naming_the_parameter(
    http: httpx.AsyncClient, path: str, params: dict[str, str], named: str
) -> None:
    response = await http.get(path, params=params)
    assert response.status_code == 400, response.text
    assert f"'{named}'" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"offset": "1133111246119542325248"}, 200),  # no format: any integer (found by make fuzz)
        ({"offset": "-5"}, 200),
        ({"limit": "99999999999"}, 400),  # int32, 1..100
        ({"offset": "1" * 5000}, 400),
    ],
)
async def test_integers_are_bounded_by_their_schema_only(
    http: httpx.AsyncClient, params: dict[str, str], status: int
) -> None:
    assert (await http.get("/usage-events", params=params)).status_code == status


async def test_unknown_credentials_and_versions_are_refused(http: httpx.AsyncClient) -> None:
    assert (await http.get("/invoices", auth=("test-client", "wrong"))).status_code == 401
    refused = await http.get("/invoices", headers={"Sequence-Version": "2099-01-01"})
    assert refused.status_code == 400
    assert refused.json()["error"]["type"] == "UnrecognisedApiVersion"
    assert refused.headers["sequence-version"] == "2024-07-30"


async def test_the_rate_limit_answers_429_with_retry_after(clock: Clock) -> None:
    from sequence_async.testing import RateLimit

    emulator = SequenceEmulator(rate_limit=RateLimit(3, 60), clock=clock)
    transport = httpx.ASGITransport(app=emulator)
    async with httpx.AsyncClient(
        transport=transport, base_url=emulator.BASE_URL, auth=("test-client", "test-secret")
    ) as http:
        statuses = [(await http.get("/invoices")).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        assert (await http.get("/products")).headers["retry-after"] == "60"
        clock.now += 60
        assert (await http.get("/products")).status_code == 200


# -- documented behaviour ------------------------------------------------------------------


async def test_alias_values_are_unique_among_live_aliases(http: httpx.AsyncClient, emulator: SequenceEmulator) -> None:
    customer = emulator.customers[0]
    first = await http.post("/customer-aliases", json={"customerId": customer, "value": "crm-1"})
    assert first.status_code == 201
    again = await http.post("/customer-aliases", json={"customerId": emulator.customers[1], "value": "crm-1"})
    assert again.status_code == 400
    assert "already exists" in again.json()["error"]["message"]
    assert (await http.delete(f"/customer-aliases/{first.json()['id']}")).status_code == 200
    assert (await http.post("/customer-aliases", json={"customerId": customer, "value": "crm-1"})).status_code == 201


async def test_an_alias_for_an_unknown_customer_is_a_400(http: httpx.AsyncClient) -> None:
    response = await http.post("/customer-aliases", json={"customerId": "nobody", "value": "v"})
    assert response.status_code == 400
    assert "nobody" in response.json()["error"]["message"]


async def test_an_idempotency_key_replays_the_first_answer_for_24_hours(
    http: httpx.AsyncClient, emulator: SequenceEmulator, clock: Clock
) -> None:
    body = {"customerId": emulator.customers[0], "value": "once"}
    key = {"Idempotency-Key": "k-1"}
    answers = [await http.post("/customer-aliases", json=body, headers=key) for _ in range(3)]
    assert {a.status_code for a in answers} == {201}
    assert len({a.json()["id"] for a in answers}) == 1
    assert [a["value"] for a in emulator.aliases].count("once") == 1
    other = await http.post("/customer-aliases", json={**body, "value": "twice"}, headers=key)
    assert other.status_code == 400
    assert "Idempotency-Key" in other.json()["error"]["message"]
    await http.delete(f"/customer-aliases/{answers[0].json()['id']}")
    clock.now += 24 * 3600 - 1
    assert (await http.post("/customer-aliases", json=body, headers=key)).json()["id"] == answers[0].json()["id"]
    clock.now += 2
    fresh = await http.post("/customer-aliases", json=body, headers=key)
    assert fresh.status_code == 201
    assert fresh.json()["id"] != answers[0].json()["id"]


async def test_an_idempotency_key_is_per_api_key_and_bounded(
    http: httpx.AsyncClient, emulator: SequenceEmulator
) -> None:
    body = {"customerId": emulator.customers[0], "value": "k"}
    too_long = await http.post("/customer-aliases", json=body, headers={"Idempotency-Key": "k" * 256})
    assert too_long.status_code == 400
    assert not [a for a in emulator.aliases if a["value"] == "k"]


async def test_a_usage_event_with_an_earlier_customer_event_id_supersedes_it(http: httpx.AsyncClient) -> None:
    event = {"customerAlias": "alias-1", "eventType": "message-sent", "customerEventId": "e-1"}
    first = (await http.post("/usage-events", json={**event, "eventProperties": {"n": 1}})).json()
    other = (await http.post("/usage-events", json={**event, "customerEventId": "e-2"})).json()
    later = (await http.post("/usage-events", json={**event, "eventProperties": {"n": 2}})).json()
    listed = (await http.get("/usage-events", params={"limit": 100})).json()["items"]
    assert [e["id"] for e in listed] == [other["id"], later["id"]]
    assert first["id"] not in [e["id"] for e in listed]
    only = (await http.get("/usage-events", params={"customerAlias": "alias-1", "limit": 100})).json()["items"]
    assert len(only) == 2


async def test_a_customer_is_found_by_its_alias_and_created_with_aliases_and_contacts(
    http: httpx.AsyncClient, emulator: SequenceEmulator
) -> None:
    body = _valid_body("postCustomers")
    body["customerAliases"] = ["from-body"]
    created = await http.post("/customers", json=body)
    assert created.status_code == 201
    customer = created.json()["id"]
    assert [a["value"] for a in emulator.aliases_of(customer)] == ["from-body"]
    assert len(emulator.contacts_of(customer)) == len(body["contacts"])
    found = await http.get("/customers/by-alias/from-body")
    assert found.json()["id"] == customer
    read = (await http.get(f"/customers/{customer}")).json()
    assert [c["email"] for c in read["contacts"]] == [c["email"] for c in body["contacts"]]
    assert (await http.get("/customers/by-alias/nobody")).status_code == 404


async def test_the_account_of_the_api_key_is_there(http: httpx.AsyncClient, emulator: SequenceEmulator) -> None:
    response = await http.get(f"/sequence-accounts/{emulator.account_id}")
    assert response.status_code == 200
    assert response.json()["id"] == emulator.account_id


def test_add_record_names_the_collections_when_it_is_given_another(emulator: SequenceEmulator) -> None:
    with pytest.raises(KeyError, match="/invoices"):
        emulator.add_record("/invoice")
    record = emulator.add_record("/invoices", {"currency": "EUR"})
    assert emulator.records("/invoices")[-1] == record
    assert record["currency"] == "EUR"


def test_ids_are_unique_across_resources(emulator: SequenceEmulator) -> None:
    made = [emulator.add_record(name)["id"] for name, _ in itertools.product(COLLECTIONS[:5], range(20))]
    assert len(set(made)) == len(made)


async def test_seeded_usage_events_supersede_like_posted_ones(
    http: httpx.AsyncClient, emulator: SequenceEmulator
) -> None:
    first = emulator.add_usage_event("alias-1", "sent", customer_event_id="e-1", properties={"n": 1})
    later = emulator.add_usage_event("alias-1", "sent", customer_event_id="e-1", properties={"n": 2})
    listed = (await http.get("/usage-events")).json()["items"]
    assert [e["id"] for e in listed] == [later["id"]]
    assert first["id"] != later["id"]
    assert listed[0]["eventProperties"] == {"n": 2}


# -- found by review: hostile input and state ------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'{"customerId": "c", "value": "x\\ud800"}',
        b'{"customerId": "c\\udfff", "value": "x"}',
        b'{"customerId": "c", "value": "x", "label": NaN}',
        b'{"customerId": "c", "value": "x", "label": 1e999}',
        b'{"customerId": "c", "value": "x", "label": -Infinity}',
    ],
)
async def test_a_body_that_is_not_strict_json_is_a_400_and_stores_nothing(
    http: httpx.AsyncClient, emulator: SequenceEmulator, content: bytes
) -> None:
    before = emulator.aliases
    response = await http.post("/customer-aliases", content=content, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert emulator.aliases == before
    assert (await http.get("/customer-aliases")).status_code == 200


@pytest.mark.parametrize("depth", [400, 969, 973, 2000, 100_000])
async def test_any_nesting_depth_is_stored_and_sent_back_or_refused(http: httpx.AsyncClient, depth: int) -> None:
    properties = "[" * depth + "]" * depth
    content = b'{"customerAlias": "a", "eventType": "t", "eventProperties": {"p": ' + properties.encode() + b"}}"
    response = await http.post("/usage-events", content=content, headers={"content-type": "application/json"})
    assert response.status_code in (201, 400)
    assert (await http.get("/usage-events")).status_code == 200


@pytest.mark.parametrize("token", ["Basic \u00e9\u00e9", "Basic dGVzdC1jbGllbnQ6dGVzdC1zZWNyZXQ=\u00a0"])
async def test_an_authorization_header_that_is_not_base64_is_a_401(emulator: SequenceEmulator, token: str) -> None:
    transport = httpx.ASGITransport(app=emulator)
    async with httpx.AsyncClient(transport=transport, base_url=emulator.BASE_URL) as http:
        response = await http.get("/invoices", headers=[(b"authorization", token.encode("latin-1"))])
    assert response.status_code == 401


async def test_only_an_event_with_the_same_customer_event_id_supersedes(http: httpx.AsyncClient) -> None:
    event = {"customerAlias": "a", "eventType": "t"}
    plain = [(await http.post("/usage-events", json=event)).json() for _ in range(2)]
    assert len({e["customerEventId"] for e in plain} | {"string"}) == 3  # fresh ones, never the sample
    await http.post("/usage-events", json={**event, "customerEventId": "string"})
    await http.post("/usage-events", json={**event, "customerEventId": None})
    assert (await http.get("/usage-events")).json()["pagination"]["totalResultSize"] == 4


async def test_an_include_archived_flag_with_a_string_schema_works(http: httpx.AsyncClient) -> None:
    created = (await http.post("/billing-schedules", json=_valid_body("postBillingSchedules"))).json()
    assert (await http.post(f"/billing-schedules/{created['id']}/archive")).status_code == 200
    assert (await http.get("/billing-schedules")).json()["items"] == []
    shown = (await http.get("/billing-schedules", params={"includeArchivedSchedules": "true"})).json()["items"]
    assert [s["id"] for s in shown] == [created["id"]]


async def test_a_customer_added_as_a_record_is_a_customer_everywhere(
    http: httpx.AsyncClient, emulator: SequenceEmulator
) -> None:
    customer = emulator.add_record("/customers", {"legalName": "Acme"})["id"]
    alias = await http.post("/customer-aliases", json={"customerId": customer, "value": "acme"})
    assert alias.status_code == 201
    assert (await http.get(f"/customers/{customer}/aliases")).json()["items"][0]["value"] == "acme"
    assert (await http.get(f"/customers/{customer}")).json()["legalName"] == "Acme"
    with pytest.raises(ValueError, match="add_alias"):
        emulator.add_record("/customer-aliases", {"value": "v"})
    with pytest.raises(ValueError, match="add_contact"):
        emulator.add_record("/customers/{}/contacts", {}, parent=customer)


async def test_a_created_customer_answers_with_the_contacts_it_made(http: httpx.AsyncClient) -> None:
    body = _valid_body("postCustomers")
    created = (await http.post("/customers", json=body)).json()
    assert [c["email"] for c in created["contacts"]] == [c["email"] for c in body["contacts"]]
    assert all(c["id"] != "string" for c in created["contacts"])
    read = (await http.get(f"/customers/{created['id']}")).json()
    assert read["contacts"] == created["contacts"]


async def test_a_cursor_is_valid_in_its_own_collection_only(http: httpx.AsyncClient) -> None:
    for _ in range(3):
        await http.post("/products", json=_valid_body("postProducts"))
        await http.post("/invoices", json=_valid_body("postInvoices"))
    after = (await http.get("/products", params={"limit": 1})).json()["pagination"]["after"]
    assert (await http.get("/products", params={"after": after})).status_code == 200
    for elsewhere in ("/invoices", "/customer-aliases"):
        refused = await http.get(elsewhere, params={"after": after})
        assert refused.status_code == 400
        assert refused.json()["error"]["type"] == "InvalidCursor"


async def test_a_deleted_record_takes_its_sub_collections_with_it(
    http: httpx.AsyncClient, emulator: SequenceEmulator
) -> None:
    invoice = (await http.post("/invoices", json=_valid_body("postInvoices"))).json()["id"]
    await http.post(f"/invoices/{invoice}/line-items", json=_valid_body("postInvoicesByInvoiceLineItems"))
    assert (await http.delete(f"/invoices/{invoice}")).status_code == 200
    emulator.add_record("/invoices", {"id": invoice})
    assert (await http.get(f"/invoices/{invoice}/line-items")).json()["items"] == []


async def test_a_page_of_records_that_fit_their_schema_keeps_every_record(http: httpx.AsyncClient) -> None:
    """Each item is fitted alone: one record another shape stored does not replace the page."""
    made = [(await http.post("/invoices", json=_valid_body("postInvoices"))).json()["id"] for _ in range(3)]
    listed = (await http.get("/invoices", params={"limit": 100})).json()["items"]
    assert [i["id"] for i in listed] == made


async def test_a_posted_event_supersedes_one_added_with_add_record(
    http: httpx.AsyncClient, emulator: SequenceEmulator
) -> None:
    emulator.add_record("/usage-events", {"customerAlias": "a", "eventType": "t", "customerEventId": "e-1"})
    emulator.add_record("/usage-events", {"customerAlias": "a", "eventType": "t", "customerEventId": "e-2"})
    posted = await http.post("/usage-events", json={"customerAlias": "a", "eventType": "t", "customerEventId": "e-1"})
    listed = (await http.get("/usage-events")).json()["items"]
    assert [(e["customerEventId"], e["id"]) for e in listed][-1] == ("e-1", posted.json()["id"])
    assert sorted(e["customerEventId"] for e in listed) == ["e-1", "e-2"]
