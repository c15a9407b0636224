"""Every ```python block of the README and of the docs site (docs/**/*.md) runs, against an
in-process emulator, and does what it says.

Each block has an expectation (found by a line only that block has): after the block ran, its
checker asserts on the block's variables, what it printed and what the emulator saw. A block
without an expectation fails, so a new README example cannot go untested.
"""

from __future__ import annotations

import asyncio
import base64
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

import sequence_async
from sequence_async import (
    ENVIRONMENTS,
    AsyncPaginator,
    Contact,
    CustomerAlias,
    NotFoundError,
    RateLimit,
    RedisRateLimit,
    RetryPolicy,
    SequenceClient,
)
from sequence_async.testing import SequenceEmulator

from ._fixtures import ids

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PAGES = [README, *sorted((ROOT / "docs").rglob("*.md"))]


def fenced(language: str) -> list[tuple[str, str]]:
    """(page, code) of every ```language block of the README and the docs pages."""
    return [
        (page.relative_to(ROOT).as_posix(), code)
        for page in PAGES
        for code in re.findall(rf"^```{language}\n(.*?)^```", page.read_text(), re.S | re.M)
    ]


PAGE_BLOCKS = fenced("python")
BLOCKS = [code for _, code in PAGE_BLOCKS]
VERSION = "2024-07-30"


def seeded() -> SequenceEmulator:
    """The records the README's examples name."""
    emulator = SequenceEmulator()
    emulator.seed(customers=3, aliases_per_customer=3, contacts_per_customer=2, seed=0)
    for customer in ("cus_123", "cus_124"):
        emulator.add_customer(id=customer)
        emulator.add_contact(customer, name="Ada", email=f"ada@{customer}.example")
    emulator.add_alias("cus_123", "crm-0001", id="ali_456", label="CRM ID")
    emulator.add_alias("cus_123", "crm-0002", id="ali_789")
    return emulator


def recording(clients: list[SequenceClient], emulator: SequenceEmulator | None) -> type[SequenceClient]:
    """A SequenceClient that records each instance and, given ``emulator``, talks to it in-process
    whatever address it is given (the credentials stay the block's own: the environment's)."""

    class RecordedClient(SequenceClient):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if emulator is not None:
                for name in ("environment", "base_url", "http_backend", "http_client"):
                    kwargs.pop(name, None)
                kwargs.update(base_url="http://sequence-emulator.test", transport=httpx.ASGITransport(app=emulator))
            super().__init__(*args, **kwargs)
            clients.append(self)

    return RecordedClient


@dataclass
class Run:
    """What one block left behind: its variables, its printed lines, its clients, the emulator."""

    emulator: SequenceEmulator
    aliases_before: list[dict[str, Any]]
    namespace: dict[str, Any]
    printed: list[str]
    clients: list[SequenceClient]

    def seen(self) -> list[tuple[str, str, int | None]]:
        return [(r.method, r.path, r.status) for r in self.emulator.requests]


# -- what each block claims --------------------------------------------------------------------------


def quickstart(run: Run) -> None:
    """Lists every alias (printing each), a customer's aliases and contacts, deletes one."""
    ns, before = run.namespace, run.aliases_before
    listed = [line.split(" ") for line in run.printed[: len(before)]]
    assert [(alias_id, value) for alias_id, value, _ in listed] == [(a["id"], a["value"]) for a in before]
    assert [datetime.fromisoformat(when) for *_, when in listed] == [
        datetime.fromisoformat(a["createdAt"]) for a in before
    ]
    aliases, contacts, deleted = ns["aliases"], ns["contacts"], ns["deleted"]
    assert all(isinstance(alias, CustomerAlias) for alias in [*aliases, deleted])
    assert all(isinstance(contact, Contact) for contact in contacts)
    assert ids(aliases) == ["ali_456", "ali_789"]
    assert ids(contacts) == ids(run.emulator.contacts_of("cus_123"))
    assert deleted.id == "ali_456"
    assert isinstance(deleted.deleted_at, datetime)
    assert run.printed[len(before) :] == [f"2 1 {deleted.deleted_at}"]
    assert "ali_456" not in ids(run.emulator.aliases)
    assert run.seen() == [
        ("GET", "/customer-aliases", 200),
        ("GET", "/customers/cus_123/aliases", 200),
        ("GET", "/customers/cus_123/contacts", 200),
        ("DELETE", "/customer-aliases/ali_456", 200),
    ]
    assert run.emulator.requests[2].query == {"includeArchived": "true"}


def configuration(run: Run) -> None:
    """Every option lands where it says; the copy shares the pool; closing closes both; nothing is sent."""
    client, fast = run.namespace["client"], run.namespace["fast"]
    assert client.base_url == ENVIRONMENTS["sandbox"]
    assert client.version == fast.version == VERSION
    assert client.timeout == httpx.Timeout(10.0, connect=5.0)
    assert client.retry == RetryPolicy(max_retries=3, deadline=20.0)
    assert fast.timeout == httpx.Timeout(2.0)
    assert fast.retry == RetryPolicy(max_retries=0)
    assert fast._shared is client._shared  # "cheap copy, same pool"
    assert client.is_closed
    assert fast.is_closed  # "closes the pool for the copies too"
    assert "my-client-id" in repr(client)
    assert "my-client-secret" not in repr(client)
    assert client.stats["requests"] == 0


def paging(run: Run) -> None:
    """Every item over pages, one page with its metadata, resuming after and before a saved cursor, a filter."""
    ns, everything = run.namespace, ids(run.aliases_before)
    assert isinstance(ns["aliases"], AsyncPaginator)
    page, saved = ns["page"], ns["saved"]
    assert ids(page.items) == everything[:2]
    assert saved is not None
    assert saved == page.after
    assert run.printed == [f"2 {len(everything)} {saved} {VERSION}"]
    assert ids(ns["rest"]) == everything[2:]
    assert [ids(back.items) for back in ns["back"]] == [everything[:1]]
    assert ids(ns["only"]) == ["ali_456"]
    queries = [r.query for r in run.emulator.requests]
    assert queries[:2] == [{"limit": "100"}, {"limit": "2"}]  # limit=None: 100 per page
    assert {"limit": "2", "after": saved} in queries
    assert {"limit": "2", "before": saved} in queries
    assert [q["value"] for q in queries if "value" in q] == ["crm-0001"]
    assert {status for *_, status in run.seen()} == {200}


def retries(run: Run) -> None:
    """The policy and the budget are the client's; the copy has no retries and shares the budget."""
    ns = run.namespace
    client, no_retries = ns["client"], ns["no_retries"]
    assert client.retry == ns["policy"]
    expected = RetryPolicy(max_retries=2, initial_backoff=0.5, max_backoff=8.0, max_retry_after=60.0, deadline=30.0)
    assert ns["policy"] == expected
    budget = client.retry_budget
    assert (budget.capacity, budget.retry_cost, budget.timeout_cost) == (100, 5, 10)
    assert no_retries.retry == RetryPolicy(max_retries=0)
    assert no_retries.retry_budget is budget
    assert client.base_url == ENVIRONMENTS["production"]  # the default environment
    assert client.is_closed
    assert no_retries.is_closed
    assert client.stats["requests"] == 0


def error_handling(run: Run) -> None:
    """The 404 is caught by the NotFoundError branch (the other branches print other things)."""
    [request] = run.emulator.requests
    assert (request.method, request.path, request.status) == ("DELETE", "/customer-aliases/no-such-alias", 404)
    assert run.printed == [f"404 NotFound Customer alias 'no-such-alias' not found {request.request_id} 1"]


def rate_limits(run: Run) -> None:
    """Each client got the limiter it was given; building them contacts nothing."""
    paced, shared = run.namespace["paced"], run.namespace["shared"]
    limiter = paced._shared.limiter
    assert isinstance(limiter, RateLimit)
    assert (limiter.requests, limiter.per, limiter.burst) == (1500, 60.0, 25)
    redis = shared._shared.limiter
    assert isinstance(redis, RedisRateLimit)
    assert (redis.key, redis.requests, redis.per) == ("sequence:my-api-key", 1500, 60.0)  # the documented limit
    assert paced.is_closed
    assert shared.is_closed
    assert paced.stats["requests"] == shared.stats["requests"] == 0


def batches(run: Run) -> None:
    """delete_many deletes two, reports the unknown one, with progress; concurrent_map lists both customers."""
    result = run.namespace["result"]
    assert sorted(result.succeeded) == ["ali_456", "ali_789"]
    assert list(result.failed) == ["no-such-alias"]
    assert isinstance(result.failed["no-such-alias"], NotFoundError)
    assert run.printed[:4] == ["1/3", "2/3", "3/3", "['ali_456', 'ali_789'] {'no-such-alias': 'NotFoundError'}"]
    assert sorted(run.printed[4:]) == ["cus_123 1 None", "cus_124 1 None"]  # ordered=False: any order
    assert not {"ali_456", "ali_789"} & set(ids(run.emulator.aliases))
    assert sorted(run.seen()) == [
        ("DELETE", "/customer-aliases/ali_456", 200),
        ("DELETE", "/customer-aliases/ali_789", 200),
        ("DELETE", "/customer-aliases/no-such-alias", 404),
        ("GET", "/customers/cus_123/contacts", 200),
        ("GET", "/customers/cus_124/contacts", 200),
    ]


def batch_writes(run: Run) -> None:
    """send_many stores one event per id; create_many creates both aliases, each for its customer."""
    assert run.printed == ["2 0 0", "['acme-prod', 'globex-eu'] {}"]
    stored = run.emulator.records("/usage-events")
    assert sorted(event["customerEventId"] for event in stored) == ["orders-db:row-8812", "orders-db:row-8813"]
    assert [alias["value"] for alias in run.emulator.aliases_of("cus_123")].count("acme-prod") == 1
    assert [alias["value"] for alias in run.emulator.aliases_of("cus_124")].count("globex-eu") == 1
    posts = [(method, path) for method, path, _ in run.seen() if method == "POST"]
    assert sorted(posts) == [("POST", "/customer-aliases")] * 2 + [("POST", "/usage-events")] * 2


def unsafe_writes(run: Run) -> None:
    """run_batch over an unkeyed create: both customers created once, none unsure."""
    assert run.printed == ["['crm-77', 'crm-78'] []"]
    posts = [(method, path, status) for method, path, status in run.seen() if method == "POST"]
    assert posts == [("POST", "/customers", 201)] * 2


def emulator_example(run: Run) -> None:
    """The block's own emulator: faults in order, then every alias; then a loopback URL is printed."""
    own = run.namespace["emulator"]
    assert own is not run.emulator
    assert run.emulator.requests == []
    assert len(run.namespace["aliases"]) == 30
    assert [(r.path, r.status, r.fault) for r in own.requests] == [
        ("/customer-aliases", 503, "status:503"),
        ("/customer-aliases", None, "drop"),
        ("/customer-aliases", 200, None),
    ]
    assert run.printed == [run.namespace["base_url"]]
    assert run.namespace["base_url"].startswith("http://127.0.0.1:")


def checkpoints(run: Run) -> None:
    """The rerun sends only the failed id again; what succeeded comes from the checkpoint."""
    assert run.printed == [
        "['ali_456', 'ali_789'] ['no-such-alias']",
        "{'ali_456': 'succeeded', 'ali_789': 'succeeded'} ['no-such-alias']",
    ]
    assert sorted(run.seen()) == [
        ("DELETE", "/customer-aliases/ali_456", 200),
        ("DELETE", "/customer-aliases/ali_789", 200),
        ("DELETE", "/customer-aliases/no-such-alias", 404),
        ("DELETE", "/customer-aliases/no-such-alias", 404),
    ]
    assert Path("cleanup.ckpt").is_file()  # in the test's own directory


def progress_bar(run: Run) -> None:
    """Both deleted; the bar's task saw every item (rich's Progress keeps its tasks after stopping)."""
    assert sorted(run.namespace["progressed"].succeeded) == ["ali_456", "ali_789"]
    [task] = run.namespace["bar"].tasks
    assert (task.completed, task.total) == (2, 2)


def console_telemetry(run: Run) -> None:
    """One line per span as each ends, attempts inside calls; then the metrics as JSON."""
    assert run.printed[:4] == [
        "CLIENT   GET /customers/{id}/aliases 200",
        "INTERNAL CustomerAliases.list_for_customer ",
        "CLIENT   DELETE /customer-aliases/{id} 200",
        "INTERNAL CustomerAliases.delete ",
    ]
    metrics = "\n".join(run.printed[4:])
    for name in ("http.client.request.duration", "sequence.client.operation.duration"):
        assert f'"name": "{name}"' in metrics
    assert run.seen() == [("GET", "/customers/cus_123/aliases", 200), ("DELETE", "/customer-aliases/ali_456", 200)]


def fastapi_telemetry(run: Run) -> None:
    """The SDK's call and attempt are under the incoming request's SERVER span."""
    assert run.namespace["response"].status_code == 200
    assert run.namespace["response"].json() == {"deleted": "ali_789"}
    assert run.printed == [
        "CLIENT   DELETE /customer-aliases/{id}  <- CustomerAliases.delete",
        "INTERNAL CustomerAliases.delete  <- DELETE /aliases/{alias_id}",
        "SERVER   DELETE /aliases/{alias_id}  <- the incoming request",
    ]
    assert run.seen() == [("DELETE", "/customer-aliases/ali_789", 200)]


def hooks(run: Run) -> None:
    """The call-end hook printed; nothing was retried."""
    assert run.printed == ["Contacts.list ok after 1 attempt(s)"]
    assert run.namespace["retries"] == {}
    assert run.seen() == [("GET", "/customers/cus_123/contacts", 200)]


def injected_sleep(run: Run) -> None:
    """The 503's Retry-After was slept through the injected sleep: recorded, not waited."""
    assert run.namespace["slept"] == [7.0]
    assert [(r.status, r.fault) for r in run.namespace["paused"].requests] == [(503, "status:503"), (200, None)]
    assert run.emulator.requests == []


def dry_run_pacing(run: Run) -> None:
    """The emulator's client pacing at its advertised limit; rate_limit=None: none; no long wait."""
    own = run.namespace["dry_run"]
    assert run.emulator.requests == []
    assert len(run.namespace["listed"]) == 6
    assert [(r.method, r.path, r.status) for r in own.requests] == [("GET", "/customer-aliases", 200)]
    paced = run.namespace["client"]._shared.limiter
    assert paced.limit is not None
    assert (paced.limit.requests, paced.limit.per) == (1500, 60.0)
    assert run.namespace["unpaced"]._shared.limiter is None
    assert run.printed == []


def optional_fields(run: Run) -> None:
    """Absent reads as None, fields_set tells it from a null, to_dict writes what was given."""
    assert run.printed == ["CRM ID ['label']", "None []", "False", "None ['label']"]
    assert run.seen() == [("GET", "/customers/cus_123/aliases", 200)]


@dataclass(frozen=True)
class Expectation:
    marker: str  # a line only this block has
    check: Callable[[Run], None]
    routed: bool = True  # its clients talk to the README emulator; False: it makes no request, or brings its own


EXPECTATIONS = (
    Expectation('deleted = await client.customer_aliases.delete("ali_456")', quickstart),
    Expectation('environment="sandbox"', configuration, routed=False),
    Expectation("saved = page.after", paging),
    Expectation("retry_budget=RetryBudget(", retries, routed=False),
    Expectation("except errors.NotFoundError as exc:", error_handling),
    Expectation("RedisRateLimit(", rate_limits, routed=False),
    Expectation("dry_run = SequenceEmulator()", dry_run_pacing, routed=False),
    Expectation("result = await client.customer_aliases.delete_many(", batches),
    Expectation("emulator = SequenceEmulator()", emulator_example, routed=False),
    Expectation('SQLiteCheckpoint("cleanup.ckpt"', checkpoints),
    Expectation("with Progress(transient=True) as bar:", progress_bar),
    Expectation("sent = await client.usage_events.send_many(", batch_writes),
    Expectation('SQLiteCheckpoint("import.ckpt"', unsafe_writes),
    Expectation("ConsoleSpanExporter(out=sys.stdout, formatter=one_line)", console_telemetry),
    Expectation("FastAPIInstrumentor.instrument_app(app", fastapi_telemetry),
    Expectation("hooks=Hooks(on_retry=count_retry", hooks),
    Expectation("async def record_sleep(", injected_sleep, routed=False),
    Expectation('first, second = await client.customer_aliases.list_for_customer("cus_123")', optional_fields),
)


@dataclass(frozen=True)
class PytestFile:
    """A block that is a whole pytest file: written to a directory of its own and run by pytest in a
    subprocess (importing the repository's ``examples``), where each of ``passes`` must pass."""

    marker: str  # a line only this block has
    name: str  # the file's name, as the block's first line gives it
    passes: tuple[str, ...]  # every test of the file


TEST_FILES = (
    PytestFile(
        "create_app(make_client=seeded_emulator.client)",
        "test_app.py",
        (
            "test_lists_a_customers_aliases",
            "test_deletes_an_alias_once",
            "test_a_503_is_retried_unseen",
            "test_a_long_rate_limit_becomes_a_503",
            "test_a_dropped_connection_becomes_a_502",
        ),
    ),
)


def expectations_of(code: str) -> list[Expectation | PytestFile]:
    return [expectation for expectation in (*EXPECTATIONS, *TEST_FILES) if expectation.marker in code]


def is_test_file(code: str) -> bool:
    return any(isinstance(expectation, PytestFile) for expectation in expectations_of(code))


def test_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 7


def test_every_block_has_exactly_one_expectation_and_every_expectation_a_block() -> None:
    assert [len(expectations_of(code)) for code in BLOCKS] == [1] * len(BLOCKS)
    every = (*EXPECTATIONS, *TEST_FILES)
    assert sorted(len([code for code in BLOCKS if e.marker in code]) for e in every) == [1] * len(every)


def _block_ids(test_files: bool) -> list[Any]:
    return [
        pytest.param(code, id=f"{page}:{i}")
        for i, (page, code) in enumerate(PAGE_BLOCKS)
        if is_test_file(code) == test_files
    ]


@pytest.mark.parametrize("code", _block_ids(test_files=False))
async def test_readme_block_runs(
    code: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    found = expectations_of(code)
    if len(found) != 1:
        pytest.fail(f"a README block needs exactly one expectation (has {len(found)}):\n{code}")
    [expectation] = found
    assert isinstance(expectation, Expectation)
    emulator = seeded()
    aliases_before = emulator.aliases
    clients: list[SequenceClient] = []
    monkeypatch.setattr(sequence_async, "SequenceClient", recording(clients, emulator if expectation.routed else None))
    monkeypatch.setenv("SEQUENCE_CLIENT_ID", emulator.client_id)
    monkeypatch.setenv("SEQUENCE_CLIENT_SECRET", emulator.client_secret)
    monkeypatch.chdir(tmp_path)  # files a block writes (a checkpoint) stay out of the checkout
    namespace: dict[str, Any] = {}
    capsys.readouterr()
    source = f"async def _readme_block():\n{textwrap.indent(code, '    ')}\n    return locals()"
    # dont_inherit: not this module's `from __future__ import annotations` (FastAPI reads annotations)
    exec(compile(source, "README.md", "exec", dont_inherit=True), namespace)
    block_locals = await asyncio.wait_for(namespace["_readme_block"](), 60)
    printed = capsys.readouterr().out.splitlines()
    run = Run(emulator, aliases_before, block_locals, printed, clients)
    expectation.check(run)
    # Every block closes what it opens (``async with`` or ``aclose``) ...
    assert clients
    assert all(client.is_closed for client in clients)
    # ... and a block talking to the README's emulator authenticated from the environment.
    credentials = base64.b64encode(f"{emulator.client_id}:{emulator.client_secret}".encode()).decode()
    assert {r.headers["authorization"] for r in emulator.requests} <= {f"Basic {credentials}"}
    assert bool(emulator.requests) == expectation.routed


PLUGINS_OFF = ["-p", "no:randomly", "-p", "no:cacheprovider"]  # the file's own order; nothing written beside it


@pytest.mark.parametrize("code", _block_ids(test_files=True))
def test_test_file_block_passes_under_pytest(code: str, tmp_path: Path) -> None:
    """The block, saved under the name it gives itself, passes under pytest: every test it should have."""
    import os
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    [expectation] = expectations_of(code)
    assert isinstance(expectation, PytestFile)
    assert code.startswith(f"# tests/{expectation.name}\n")
    (tmp_path / expectation.name).write_text(code)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", expectation.name, "-q", "--junitxml=report.xml", *PLUGINS_OFF],
        cwd=tmp_path,  # no configuration of this repository applies: the block stands alone
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    cases = ET.parse(tmp_path / "report.xml").getroot().iter("testcase")
    outcomes = {case.get("name"): [child.tag for child in case] for case in cases}
    assert outcomes == {name: [] for name in expectation.passes}, run.stdout  # every one ran, none failed or skipped


SHELL_LINES = [line.split("#")[0].strip() for _, block in fenced("bash") for line in block.splitlines()]
SHELL_LINES = [line for line in SHELL_LINES if line]


def test_every_shell_line_of_the_readme_is_checked() -> None:
    assert SHELL_LINES
    assert all(line.startswith(("make ", "pip install ")) for line in SHELL_LINES), SHELL_LINES


@pytest.mark.parametrize("line", [line for line in SHELL_LINES if line.startswith("make ")])
def test_readme_make_commands_exist(line: str) -> None:
    """Each `make ...` line of the README resolves in the Makefile (a dry run: nothing executes)."""
    import shlex
    import subprocess

    result = subprocess.run(
        ["make", "-n", *shlex.split(line)[1:]],
        cwd=README.parent,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "No rule to make target" not in result.stderr


@pytest.mark.parametrize("line", [line for line in SHELL_LINES if line.startswith("pip install ")])
def test_readme_install_extras_exist(line: str) -> None:
    import tomllib

    project = tomllib.loads((README.parent / "pyproject.toml").read_text())["project"]
    requirement = line.removeprefix("pip install ").strip("'\"")
    name, _, extras = requirement.partition("[")
    assert name == project["name"]
    for extra in filter(None, extras.rstrip("]").split(",")):
        assert extra in project["optional-dependencies"], extra


def opening_fences(text: str) -> list[tuple[int, str]]:
    """(line number, the opening line) of every fenced block (``` or ~~~, any indentation)."""
    openings, closing = [], None
    for number, line in enumerate(text.splitlines(), 1):
        match = re.match(r"^[\s>]*(`{3,}|~{3,})(.*)$", line)  # in a blockquote too
        if match is None:
            continue
        if closing is None:
            openings.append((number, line))
            closing = match.group(1)
        elif match.group(1).startswith(closing) and not match.group(2).strip():
            closing = None
    return openings


COLLECTED_OR_NOT_CODE = {"```python", "```bash", "```text"}


def test_every_fenced_block_is_one_the_tests_run_or_plain_text() -> None:
    """A ```py, ```pycon, indented or attributed fence would be skipped silently: refused here."""
    for page in PAGES:
        for number, line in opening_fences(page.read_text()):
            assert line in COLLECTED_OR_NOT_CODE, f"{page.relative_to(ROOT)}:{number}: {line!r}"


def test_the_fence_scanner_sees_what_the_collector_would_miss() -> None:
    text = "```py\nx\n```\n\n!!! note\n    ```python\n    y\n    ```\n"
    text += '~~~python\nz\n~~~\n```python title="a"\nw\n```\n> ```py\n> v\n> ```\n'

    assert [line for _, line in opening_fences(text)] == [
        "```py",
        "    ```python",
        "~~~python",
        '```python title="a"',
        "> ```py",
    ]


def test_pages_include_only_the_readme() -> None:
    """A snippet include (--8<--) of another file would bring blocks these tests never see."""
    for page in PAGES:
        for line in page.read_text().splitlines():
            if "--8<--" in line and not re.fullmatch(r"<!-- --8<-- \[(start|end):\w+\] -->", line.strip()):
                assert re.fullmatch(r'--8<-- "README\.md(:\w+)?"', line.strip()), (page, line)  # only README sections
