"""Schemathesis against the emulator on loopback: its responses must match openapi/sequence.yaml."""

from __future__ import annotations

import base64
import itertools
import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from sequence_async.testing import SequenceEmulator, ServedEmulator
from sequence_async.testing._cursor import encode_cursor
from sequence_async.testing._generic import collection_name
from tests._existing import API, ROLES, existing_ids

SPEC_JSON = Path(__file__).resolve().parent.parent / "generated" / "sequence_api" / "openapi.json"
AUTHORIZATION = "Basic " + base64.b64encode(b"test-client:test-secret").decode()
# Ids used by the document's examples, so the examples phase reaches real records.
EXAMPLE_CUSTOMERS = ("01849e70-703e-705a-b59a-d3fd575587e0", "0185a142-54ff-7ce5-846a-fc188432da6e")
EXAMPLE_ALIASES = ("01849e70-0a0f-72ca-ba07-5557dd734d43", "0185a140-194a-7e9d-9fae-6a034fd4a725")


# A few generated cases per operation in `make test` (bounded: ~15 s for the 173); `make fuzz`
# runs many, drawn from the document's own examples too.
EXAMPLES = int(os.environ.get("CONFORMANCE_EXAMPLES", "3"))
FUZZ = bool(os.environ.get("CONFORMANCE_EXAMPLES"))


def _build() -> SequenceEmulator:
    emulator = SequenceEmulator(rate_limit=None)
    emulator.seed(customers=30, aliases_per_customer=3, contacts_per_customer=3, seed=1)
    for customer, alias in zip(EXAMPLE_CUSTOMERS, EXAMPLE_ALIASES, strict=True):
        emulator.add_customer(customer)
        emulator.add_alias(customer, "external-customer-alias-123", label="CRM ID", id=alias)
        emulator.add_contact(customer, name="John Smith", email="john.smith@example.com", billing_preference="PRIMARY")
        emulator.add_contact(customer, name="Old", email="old@example.com", archived=True)
    return emulator


EMULATOR = _build()
# The packaged JSON copy: the same document, parsed in 20 ms rather than 20 s of YAML.
schema = schemathesis.openapi.from_dict(json.loads(SPEC_JSON.read_text(encoding="utf-8")))
# Path parameters that name records, chosen once per operation (the run then reads, updates and
# deletes real ones). Deletes are steered to records made for the purpose, so reads keep theirs.
_EXISTING: dict[str, list[str]] = {}
_UNIQUE = itertools.count()
_CALLS: dict[str, int] = {}


@schema.hook
def map_case(context: schemathesis.HookContext, case: schemathesis.Case[Any]) -> schemathesis.Case[Any]:
    """Steer schema-valid cases to existing records and issued cursors, so most of them reach a 2xx.

    Random ids would almost always 404 and random cursors 400; negative cases are left alone.
    """
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return case
    op_id = case.operation.definition.raw["operationId"]
    params = case.path_parameters or {}
    calls = _CALLS[op_id] = _CALLS.get(op_id, 0) + 1
    if params and calls % 3:  # two cases in three name existing records; the third keeps its ids
        names = [p.name for p in API.operations[op_id].path_params]
        if case.method == "DELETE":
            ids = existing_ids(EMULATOR, op_id, fresh=True)
        else:
            ids = _EXISTING.setdefault(op_id, existing_ids(EMULATOR, op_id))
        for name, value in zip(names, ids, strict=True):
            if name in params and value != "x":
                params[name] = value
    if op_id == "postCustomerAliases" and isinstance(case.body, dict):  # valid in state: a known
        customers = EMULATOR.customers  # customer and a value no live alias has
        case.body["customerId"] = customers[zlib.crc32(repr(case.body).encode()) % len(customers)]
        case.body["value"] = f"u{next(_UNIQUE)}:{case.body.get('value')}"  # unique even if steered twice
    query = case.query or {}
    if "after" in query and "before" in query:
        del query["before"]
    for name in ("after", "before"):
        if name in query:
            query[name] = encode_cursor(zlib.crc32(repr(query[name]).encode()) % 200, _cursor_scope(op_id, params))
    return case


def _cursor_scope(op_id: str, params: dict[str, Any]) -> str | None:
    """The collection a list's cursors belong to (the alias list's cursors have none)."""
    role = ROLES[op_id]
    if op_id == "getCustomerAliases" or role.collection is None:
        return None
    names = [p.name for p in API.operations[op_id].path_params]
    parent = str(params.get(names[-1], "")) if names else ""
    return f"{collection_name(role.collection)}/{parent}"


# POST /customer-aliases refuses a schema-valid alias whose value a live alias has, whose customer
# does not exist, or whose Idempotency-Key came with another body (docs/testing.md). The steering
# above makes the first two rare, but a case schemathesis sends twice (a replay) meets its own
# first alias, and generated keys repeat ("0"): those 400s are the rules, not bugs.
STATE_RULES = ("already exists", "not found")


def _stateful_write(case: schemathesis.Case[Any]) -> bool:
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    return positive and case.operation.definition.raw["operationId"] == "postCustomerAliases"


def _unreliable_checks(case: schemathesis.Case[Any]) -> list[Any]:
    """``negative_data_rejection`` only where the negated part is the JSON body.

    A negated path, query or header value travels as text, and the text is often valid after all
    (``null`` becomes ``customerAliases=``, an empty string; an extra header is no violation):
    schemathesis' own known false positives (its issues #2312, #2900, #4600, #4762), which made
    a long run fail on GET /seat-balances. The emulator's query and path validation is tested
    directly in test_emulator_api.py.
    """
    meta = case.meta
    if _stateful_write(case):
        return [positive_data_acceptance]  # checked against the documented rules instead
    if meta is None or not meta.generation.mode.is_negative:
        return []
    negative = {location for location, component in meta.components.items() if component.mode.is_negative}
    return [] if ParameterLocation.BODY in negative else [negative_data_rejection]


OPERATIONS = len(API.operations)  # a full run calls each
exercised: set[str] = set()  # operations the conformance run called in this session


@pytest.fixture(scope="module")
def served() -> Iterator[ServedEmulator]:
    """The emulator on loopback; once every operation's run is done, checks they reached 200s.

    A module fixture's teardown runs after the module's last test in any order (pytest-randomly),
    so this guard cannot run too early, and it never skips.
    """
    with EMULATOR.serve_in_thread() as base_url:
        yield ServedEmulator(EMULATOR, base_url)
    if len(exercised) == OPERATIONS:
        assert_reached_successful_responses(EMULATOR)


def succeeded(emulator: SequenceEmulator) -> set[str]:
    """The operations the emulator answered with their documented success status."""
    done: set[str] = set()
    for request in emulator.requests:
        found = API.match(request.path)
        op = None if found is None else found[0].get(request.method)
        if op is not None and request.status == op.status:
            done.add(op.id)
    return done


def assert_reached_successful_responses(emulator: SequenceEmulator) -> None:
    """Guards the steering above: the run must have validated real success bodies of nearly every
    operation (a few examples cannot always make a valid write), and of every method."""
    done = succeeded(emulator)
    assert len(done) >= 0.9 * OPERATIONS, f"no successful response validated for {sorted(set(API.operations) - done)}"
    assert {API.operations[op_id].method for op_id in done} == {"GET", "POST", "PUT", "PATCH", "DELETE"}


SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=not FUZZ,  # make test: the same cases every run; make fuzz: new ones each time
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)


# One pytest item per operation, parametrized here rather than by `schema.parametrize()`: under
# pytest-xdist (make test) that decorator collapsed the 173 into one item that ran none of them.
@pytest.mark.slow
@pytest.mark.parametrize("op_id", sorted(API.operations))
def test_emulator_conforms_to_the_openapi_document(op_id: str, served: ServedEmulator) -> None:
    operation = schema.find_operation_by_id(op_id)
    strategy = operation.as_strategy()
    if FUZZ:  # the document's own examples too
        strategy = st.one_of(strategy, *operation.get_strategies_from_examples())

    @SETTINGS
    @given(case=strategy)
    def conforms(case: schemathesis.Case[Any]) -> None:
        response = case.call_and_validate(
            base_url=served.base_url,
            headers={"Authorization": AUTHORIZATION},
            timeout=10,
            excluded_checks=_unreliable_checks(case),
        )
        if _stateful_write(case) and response.status_code == 400:  # only the documented rules refuse it
            error = response.json()["error"]
            assert error["type"] == "IdempotencyKeyReused" or error["message"].endswith(STATE_RULES), response.text

    conforms()
    exercised.add(op_id)


def test_the_guard_fails_without_successful_responses() -> None:
    """The guard can fail: an emulator that answered no 200 does not pass it."""
    with pytest.raises(AssertionError, match="no successful response"):
        assert_reached_successful_responses(SequenceEmulator())
