"""A state machine against the served emulator: creates, reads, lists, updates and deletes through
the ids the API hands back, over every resource with a create, read, list and delete, and checks
each answer against a model of what must be there.

One emulator serves the whole run; each example tracks only the records it made, so records of
earlier examples are simply other records (lists are compared on the model's subsequence).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule

from sequence_async.testing import SequenceEmulator
from sequence_async.testing._api import load_api
from sequence_async.testing._generic import collection_name
from sequence_async.testing._resources import assign_roles
from sequence_async.testing._sample import sample

API = load_api()
ROLES = assign_roles(API)


def _resources() -> dict[str, dict[str, str]]:
    """Top-level collections with all four of create, read, list and delete: kind -> operationId."""
    found: dict[str, dict[str, str]] = {}
    for op_id, role in ROLES.items():
        if role.collection is not None and not any(s is None for s in role.collection):
            found.setdefault(collection_name(role.collection), {})[role.kind] = op_id
    return {name: ops for name, ops in found.items() if {"create", "read", "list", "delete"} <= ops.keys()}


RESOURCES = _resources()
NAMES = sorted(RESOURCES)
EMULATOR = SequenceEmulator(rate_limit=None)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with EMULATOR.serve_in_thread() as url:
        yield url


def _body(op_id: str) -> Any:
    op = API.operations[op_id]
    return None if op.body is None else sample(API.schemas, op.body)


class Lifecycle(RuleBasedStateMachine):
    """The model: each resource's live records this example made, in creation order."""

    created = Bundle("created")
    url = ""

    def __init__(self) -> None:
        super().__init__()
        self.http = httpx.Client(base_url=self.url, auth=("test-client", "test-secret"), timeout=10)
        self.live: dict[str, list[str]] = {name: [] for name in NAMES}
        self.gone: list[tuple[str, str]] = []

    def teardown(self) -> None:
        self.http.close()

    @rule(target=created, name=st.sampled_from(NAMES))
    def create(self, name: str) -> tuple[str, str]:
        response = self.http.post(name, json=_body(RESOURCES[name]["create"]))
        assert response.status_code == 201, response.text
        record_id = response.json()["id"]
        assert record_id not in self.live[name]
        self.live[name].append(record_id)
        return name, record_id

    @rule(made=created)
    def read(self, made: tuple[str, str]) -> None:
        name, record_id = made
        response = self.http.get(f"{name}/{record_id}")
        if record_id in self.live[name]:
            assert response.status_code == 200, response.text
            assert response.json()["id"] == record_id
        else:
            assert response.status_code == 404

    @rule(made=created)
    def update(self, made: tuple[str, str]) -> None:
        name, record_id = made
        update = RESOURCES[name].get("update")
        if update is None:
            return
        response = self.http.request(API.operations[update].method, f"{name}/{record_id}", json=_body(update))
        assert response.status_code == (200 if record_id in self.live[name] else 404), response.text
        if response.status_code == 200:
            assert response.json()["id"] == record_id

    @rule(made=consumes(created))
    def delete(self, made: tuple[str, str]) -> None:
        name, record_id = made
        response = self.http.delete(f"{name}/{record_id}")
        assert response.status_code == (200 if record_id in self.live[name] else 404), response.text
        if record_id in self.live[name]:
            self.live[name].remove(record_id)
            self.gone.append(made)

    @rule(name=st.sampled_from(NAMES), limit=st.integers(1, 100))
    def list_all(self, name: str, limit: int) -> None:
        """Every page, following ``after``: the model's records, in order, each once."""
        listed: list[str] = []
        params: dict[str, Any] = {"limit": limit}
        for _ in range(1000):
            page = self.http.get(name, params=params).json()
            assert len(page["items"]) <= limit
            listed += [item["id"] for item in page["items"]]
            after = (page.get("pagination") or {}).get("after")
            if after is None:
                break
            params = {"limit": limit, "after": after}
        mine = set(self.live[name])
        assert [i for i in listed if i in mine] == self.live[name]
        assert len(listed) == len(set(listed))

    @invariant()
    def deleted_records_stay_gone(self) -> None:
        if self.gone:
            name, record_id = self.gone[-1]
            assert self.http.get(f"{name}/{record_id}").status_code == 404


def test_the_resources_cover_the_document() -> None:
    assert len(RESOURCES) >= 9, sorted(RESOURCES)  # 9 in the 2026-08-21 document


@pytest.mark.slow
def test_create_read_list_update_delete_keep_their_promises(base_url: str) -> None:
    Lifecycle.url = base_url
    Lifecycle.TestCase.settings = settings(
        max_examples=15,
        stateful_step_count=25,
        derandomize=True,  # the same runs every time: make test is no lottery
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    Lifecycle.TestCase().runTest()
