"""Hypothesis fuzz of the SDK against a hostile server: random responses, random inputs, fixed guarantees.

For every example, on both transports: only ``SequenceError`` escapes (or a typed result comes
back); no exception shows a credential in any form; ``client.stats["requests"]`` equals the
requests that arrived; a call sends at most ``1 + max_retries`` requests per id; bad input
sends nothing. ``HOSTILE_FUZZ_EXAMPLES`` (default 60) sets the examples per transport (a long
run: 10000); ``HOSTILE_FUZZ_SEED=<int>`` explores other examples than the fixed, derandomized
ones; ``HOSTILE_FUZZ_SHRINK=1`` shrinks a failure (slow). A failure prints its scenario.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import pytest
from hypothesis import HealthCheck, Phase, given, note, seed, settings
from hypothesis import strategies as st

from sequence_async import (
    AttemptDetails,
    BatchResult,
    CallDetails,
    ConfigurationError,
    CustomerAlias,
    Hooks,
    InvalidParameterError,
    LimiterWaitDetails,
    Page,
    RetryDetails,
    RetryPolicy,
    SequenceClient,
    SequenceError,
)

from ._fixtures import BACKENDS, Backend
from ._hostile import (
    ESCAPES,
    Close,
    Conn,
    Credentials,
    Handler,
    HostileServer,
    JsonStyle,
    Reply,
    Request,
    Reset,
    Script,
    error_body,
    escaped,
    exception_leaks,
    json_text,
    leaks,
)
from ._otel import Telemetry

pytestmark = pytest.mark.slow

# Every example also runs with tracing, metrics and hooks on: none of them may show a credential.
TELEMETRY = Telemetry()
told: list[AttemptDetails | RetryDetails | LimiterWaitDetails | CallDetails] = []
HOOKS = Hooks(on_attempt=told.append, on_retry=told.append, on_limiter_wait=told.append, on_call_end=told.append)

EXAMPLES = int(os.environ.get("HOSTILE_FUZZ_EXAMPLES", "300"))  # make test: ~4 s per backend
SEED = os.environ.get("HOSTILE_FUZZ_SEED")
# Shrinking a failure replays it hundreds of times (minutes for a transport-level race): opt in.
SHRINK = os.environ.get("HOSTILE_FUZZ_SHRINK") == "1"
MAX_RETRIES = 2
BATCH_REQUEUES = 3  # run_batch's rate_limit_requeues
# Retry-After above max_retry_after stops at once, so a junk "Retry-After: 1e9" never sleeps.
POLICY = RetryPolicy(max_retries=MAX_RETRIES, initial_backoff=0.001, max_backoff=0.005, max_retry_after=0.05)
TIMEOUT = 2.0  # bounds a scenario the server never finishes (none should need it)
ARRIVAL_GRACE = 0.5  # how long a request the client counted may still be on its way to the server

F = TypeVar("F", bound=Callable[..., Any])


def fuzz_settings(test: F) -> F:
    """Bounded examples, reproducible by default; HOSTILE_FUZZ_SEED=<int> explores another part of the space."""
    configured: F = settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=SEED is None,
        database=None,
        print_blob=True,
        phases=[Phase.explicit, Phase.reuse, Phase.generate, *([Phase.shrink] if SHRINK else [])],
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )(test)
    return seed(int(SEED))(configured) if SEED is not None else configured


# -- inputs ---------------------------------------------------------------------------------------

CREDENTIALS = [
    Credentials("id", 'sé/cr"et<&>+ %'),
    Credentials("client-42", "p@ss/wörd+=&?#"),
    Credentials("k", "x\\y</script>é"),
]
# Refused at construction (ConfigurationError): empty, outer whitespace, control characters, lone surrogates, not a str.
JUNK_SECRETS: list[object] = ["", " lead", "trail ", "ctl\x01x", "nl\nx", "a\ud800b", 5]

texts = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=12).filter(
    lambda text: bool(text.strip()) and text not in (".", "..")
)
bad_texts = st.sampled_from(["", " ", "\t", ".", "..", "a\ud800", "\udfff"])
junk_types = st.sampled_from([None, 1, 2.5, b"id", ["x"], True])
ids = st.one_of(texts, texts, texts, bad_texts, junk_types)
optional_texts = st.one_of(st.none(), st.none(), texts, texts, st.sampled_from(["a\ud800", 7, b"v"]))
limits = st.one_of(st.none(), st.integers(-2, 102), st.sampled_from([1, 100, True, "10", 1.5]))
flags = st.one_of(st.booleans(), st.sampled_from([None, "yes", 1]))


def is_bad_id(value: object) -> bool:
    """Refused before sending: not a str, blank, "." or "..", or not encodable (a lone surrogate)."""
    return not isinstance(value, str) or not value.strip() or value in (".", "..") or _unencodable(value)


def is_bad_text(value: object, *, blank_ok: bool) -> bool:
    if value is None:
        return False
    if not isinstance(value, str):
        return True
    return _unencodable(value) or (not blank_ok and not value.strip())


def is_bad_limit(value: object) -> bool:
    if value is None:
        return False
    return isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100


def _unencodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


@dataclass(frozen=True)
class Call:
    """One SDK call and its arguments (``args`` as the call takes them)."""

    op: Literal["list", "list_for_customer", "delete", "contacts", "delete_many"]
    args: tuple[Any, ...]

    @property
    def bad_input(self) -> bool:
        """Arguments the SDK must refuse with InvalidParameterError before sending anything."""
        if self.op == "list":
            value, limit, after = self.args
            return is_bad_text(value, blank_ok=True) or is_bad_limit(limit) or is_bad_text(after, blank_ok=False)
        if self.op == "contacts":
            customer_id, include_archived = self.args
            return is_bad_id(customer_id) or not isinstance(include_archived, bool)
        if self.op == "delete_many":
            return any(not isinstance(alias_id, str) for alias_id in self.args[0])
        return is_bad_id(self.args[0])

    @property
    def good_ids(self) -> set[str]:
        """For delete_many: the ids a request may be sent for (a bad str id may fail alone, unsent)."""
        return {alias_id for alias_id in self.args[0] if not is_bad_id(alias_id)}


calls = st.one_of(
    st.builds(lambda v, n, a: Call("list", (v, n, a)), optional_texts, limits, optional_texts),
    st.builds(lambda c: Call("list_for_customer", (c,)), ids),
    st.builds(lambda a: Call("delete", (a,)), ids),
    st.builds(lambda c, f: Call("contacts", (c, f)), ids, flags),
    st.builds(lambda many: Call("delete_many", (many,)), st.lists(ids, min_size=1, max_size=3)),
)


async def perform(client: SequenceClient, call: Call) -> object:
    aliases = client.customer_aliases
    if call.op == "list":
        value, limit, after = call.args
        return await aliases.list(value=value, limit=limit, after=after).first_page()
    if call.op == "list_for_customer":
        return await aliases.list_for_customer(call.args[0])
    if call.op == "delete":
        return await aliases.delete(call.args[0])
    if call.op == "contacts":
        return await client.contacts.list(call.args[0], include_archived=call.args[1])
    return await aliases.delete_many(call.args[0], concurrency=2)


RESULT_TYPES: dict[str, type] = {
    "list": Page,
    "list_for_customer": list,
    "delete": CustomerAlias,
    "contacts": list,
    "delete_many": BatchResult,
}


# -- responses ------------------------------------------------------------------------------------


def _alias(alias_id: str, **changes: Any) -> dict[str, Any]:
    data = {
        "id": alias_id,
        "sequenceAccountId": "acc_1",
        "customerId": "cus_1",
        "value": "crm-1",
        "createdAt": "2024-01-01T00:00:00Z",
    }
    return {**data, **changes}


def _contact(**changes: Any) -> dict[str, Any]:
    data = {
        "id": "con_1",
        "name": "Ann",
        "email": "ann@example.com",
        "billingPreference": "PRIMARY",
        "createdAt": "2024-01-01T00:00:00Z",
        "updatedAt": "2024-01-01T00:00:00Z",
    }
    return {**data, **changes}


def valid_payload(request: Request, **changes: Any) -> Any:
    """What the API would answer to this request (``changes`` go into the first item)."""
    if request.method == "DELETE":
        return _alias(request.last_segment, **changes)
    if request.path.endswith("/contacts"):
        return {"items": [_contact(**changes)]}
    if request.path.endswith("/aliases"):
        return {"items": [_alias("ali_1", **changes)]}
    return {"items": [_alias("ali_1", **changes)], "pagination": {"after": "Y3Vyc29y", "totalResultSize": 2}}


def echoed_secrets(request: Request) -> tuple[str, ...]:
    """The credentials, recovered from the request's Authorization header as a server could."""
    authorization = request.headers.get("authorization", "")
    token = authorization.removeprefix("Basic ")
    try:
        secret = base64.b64decode(token).decode().partition(":")[2]
    except ValueError:
        secret = ""
    return (secret, authorization, token)


BodyKind = Literal[
    "valid",
    "valid_extra",
    "empty",
    "not_json",
    "wrong_shape",
    "null_required",
    "deep",
    "huge_int",
    "nan",
    "non_utf8",
    "date_echo",
    "error_echo",
    "text_echo",
]


@dataclass(frozen=True)
class Body:
    """A response body, rendered per request (valid for its route, or broken, or echoing credentials)."""

    kind: BodyKind
    style: JsonStyle = "ascii"
    escape: str = "raw"
    encoding: Literal["utf-8", "utf-16", "latin-1"] = "utf-8"

    def __call__(self, request: Request) -> bytes:
        return self.text(request).encode(self.encoding, "replace")

    def text(self, request: Request) -> str:
        echo = " ".join(escaped(secret, self.escape) for secret in echoed_secrets(request) if secret)
        kind = self.kind
        if kind == "valid":
            return json_text(valid_payload(request), self.style)
        if kind == "valid_extra":
            return json_text(valid_payload(request, unknownField={"x": [1]}, billingPreference="TERTIARY"), self.style)
        if kind == "empty":
            return ""
        if kind == "not_json":
            return "<html><body>Bad Gateway</body></html>"
        if kind == "wrong_shape":
            return '{"items": 5, "pagination": []}'
        if kind == "null_required":
            return json_text(valid_payload(request, id=None, createdAt=None), self.style)
        if kind == "deep":
            return "[" * 50_000 + "]" * 50_000
        if kind == "huge_int":
            return '{"items": [], "pagination": {"totalResultSize": 1' + "9" * 5000 + "}}"
        if kind == "nan":
            return '{"items": [NaN], "pagination": {"totalResultSize": Infinity}}'
        if kind == "non_utf8":
            return "\udcff\udcfe{"  # encoded with "replace": bytes that are not UTF-8
        if kind == "date_echo":
            return json_text(valid_payload(request, createdAt=echo, value=echo), self.style)
        if kind == "error_echo":
            return error_body("rejected: " + echo, self.style)
        return "error: " + echo


ECHO = "@echo"  # a header value replaced by the request's Authorization value (escaped)
header_names = st.sampled_from(
    ["Retry-After", "Retry-After-Ms", "X-Request-Id", "Request-Id", "Sequence-Version", "X-Junk", "Set-Cookie"]
)
header_values = st.one_of(
    st.sampled_from(
        [
            "0",
            "0.01",
            "-1",
            "1e308",
            "inf",
            "nan",
            "",
            "   ",
            "Wed, 21 Oct 2015 07:28:00 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "soon",
            "99999999999999999999",
            "0x10",
            ECHO,
        ]
    ),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=16),
)
content_types = st.sampled_from(
    [
        None,
        "application/json",
        "application/json; charset=utf-8",
        "application/json; charset=latin-1",
        "application/json; charset=utf-16",
        "application/json; charset=bogus",
        "text/html",
    ]
)
content_encodings = st.sampled_from([None, None, "gzip", "gzip-bogus", "deflate", "br", "identity", "x-bogus"])
statuses = st.one_of(
    st.sampled_from([200, 200, 200, 201, 299, 400, 401, 403, 404, 409, 422, 429, 500, 501, 502, 503, 504, 505, 520]),
    st.integers(200, 999).filter(lambda status: status != 304),
)


@dataclass(frozen=True)
class Response:
    """One scripted answer; ``handler()`` turns it into a server action."""

    action: Literal["reply", "reset", "close", "garbage"]
    status: int
    body: Body
    headers: tuple[tuple[str, str], ...]
    content_type: str | None
    content_encoding: str | None
    informational: int | None  # a 1xx sent before the final response
    reason: str | None
    truncate: int  # declared Content-Length minus actual (then the connection closes)
    then: Literal["keep", "close", "reset"]
    delay: float

    def handler(self) -> Handler:
        if self.action == "reset":
            return Reset(self.delay)
        if self.action == "close":
            return Close(self.delay)
        if self.action == "garbage":
            return _Garbage(self)
        return _Answer(self)


@dataclass(frozen=True)
class _Answer:
    response: Response

    async def __call__(self, request: Request, conn: Conn) -> None:
        r = self.response
        body = b"" if r.status in (204, 304) else r.body(request)
        headers = [(name, _echo(value, request)) for name, value in r.headers]
        if r.content_type is not None:
            headers.append(("Content-Type", r.content_type))
        if r.content_encoding == "gzip":
            body = gzip.compress(body)
            headers.append(("Content-Encoding", "gzip"))
        elif r.content_encoding is not None:
            headers.append(("Content-Encoding", r.content_encoding.removesuffix("-bogus")))
        then = "close" if r.truncate else r.then
        if then != "keep":
            # Said out loud, so a client never reuses a connection the server is closing (a race, not a bug).
            headers.append(("Connection", "close"))
        if r.informational is not None:
            await conn.send(f"HTTP/1.1 {r.informational} Informational\r\n\r\n".encode())
        reply = Reply(r.status, body, headers, reason=r.reason, content_length=len(body) + r.truncate, then=then)
        await reply(request, conn)


@dataclass(frozen=True)
class _Garbage:
    response: Response

    async def __call__(self, request: Request, conn: Conn) -> None:
        await conn.send(b"HTTP/1.1 " + str(self.response.status).encode() + b"x OK\r\n\r\n")
        await conn.close()


def _echo(value: str, request: Request) -> str:
    if value != ECHO:
        return value
    return request.headers.get("authorization", "")


bodies = st.builds(
    Body,
    kind=st.sampled_from(list(BodyKind.__args__)),  # type: ignore[attr-defined]
    style=st.sampled_from(["plain", "ascii", "slash", "html_safe"]),
    escape=st.sampled_from(list(ESCAPES)),
    encoding=st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-16", "latin-1"]),
)
responses = st.builds(
    Response,
    action=st.sampled_from(["reply"] * 7 + ["reset", "close", "garbage"]),
    status=statuses,
    body=bodies,
    headers=st.lists(st.tuples(header_names, header_values), max_size=3).map(tuple),
    content_type=content_types,
    content_encoding=content_encodings,
    informational=st.one_of(st.none(), st.none(), st.none(), st.sampled_from([100, 102, 103, 199])),
    reason=st.sampled_from([None, "", "OK", "Whatever", "Ünïcödé"]),
    truncate=st.sampled_from([0, 0, 0, 0, 1, 100]),
    then=st.sampled_from(["keep", "keep", "close", "reset"]),
    delay=st.sampled_from([0.0, 0.0, 0.0, 0.005, 0.05]),
)


@dataclass(frozen=True)
class Scenario:
    credentials: Credentials
    junk_secret: object | None  # when set, the client is built with it and must refuse it
    call: Call
    script: tuple[Response, ...]


scenarios = st.builds(
    Scenario,
    credentials=st.sampled_from(CREDENTIALS),
    junk_secret=st.one_of(*[st.none()] * 9, st.sampled_from(JUNK_SECRETS)),
    call=calls,
    script=st.lists(responses, min_size=1, max_size=4).map(tuple),
)


# -- the test -------------------------------------------------------------------------------------


@pytest.fixture
async def hostile() -> AsyncIterator[HostileServer]:
    """One server for all of a test's examples; each example installs its own script."""
    async with HostileServer(Reset()) as server:
        yield server


@pytest.mark.timeout(120 + EXAMPLES // 2)  # a long run (HOSTILE_FUZZ_EXAMPLES=10000) is not a hang
@pytest.mark.parametrize("backend", BACKENDS)
@fuzz_settings
@given(scenario=scenarios)
async def test_hostile_world_keeps_sdk_guarantees(hostile: HostileServer, backend: Backend, scenario: Scenario) -> None:
    note(f"scenario: {scenario!r}")
    await check_scenario(hostile, backend, scenario)


async def check_scenario(hostile: HostileServer, backend: Backend, scenario: Scenario) -> None:
    """Play one scenario against the server and assert every guarantee (all broken ones in one message)."""
    hostile.reset_log()
    hostile.handler = Script(*(response.handler() for response in scenario.script))
    TELEMETRY.exporter.clear()
    told.clear()
    client = build_client(scenario, hostile.base_url, backend)
    if isinstance(client, Exception):
        assert scenario.junk_secret is not None, f"a valid configuration was refused: {client!r}"
        assert isinstance(client, ConfigurationError), f"a junk secret gave a foreign exception: {client!r}"
        return
    assert scenario.junk_secret is None, f"the client accepted the secret {scenario.junk_secret!r}"

    outcome: object = None
    error: BaseException | None = None
    async with client:
        try:
            outcome = await perform(client, scenario.call)
        except Exception as exc:
            error = exc
        sent = client.stats["requests"]
    await _settle(hostile, sent)
    problems = broken_guarantees(scenario, outcome, error, sent, hostile)
    problems.extend(telemetry_leaks(scenario.credentials))
    assert not problems, "\n".join(problems)


def telemetry_leaks(credentials: Credentials) -> list[str]:
    """Credentials shown by a span, span event, metric point or what a hook was told."""
    texts = [*TELEMETRY.texts(), *(repr(details) for details in told)]
    found = {leak for text in texts for leak in leaks(text, credentials)}
    errors = [
        error for details in told if (error := getattr(details, "error", None)) is not None
    ]  # also of attempts never raised
    found.update(leak for error in errors for leak in exception_leaks(error, credentials))
    return [f"credential shown in telemetry: {leak}" for leak in sorted(found)]


def broken_guarantees(
    scenario: Scenario, outcome: object, error: BaseException | None, sent: int, server: HostileServer
) -> list[str]:
    call, credentials, arrived = scenario.call, scenario.credentials, server.requests
    problems = [f"server script failed: {exc!r}" for exc in server.errors]
    if error is not None and not isinstance(error, SequenceError):
        problems.append(f"foreign exception: {error!r}")
    if error is not None:
        problems.extend(f"credential shown: {leak}" for leak in exception_leaks(error, credentials)[:3])
    elif not isinstance(outcome, RESULT_TYPES[call.op]):
        problems.append(f"unexpected result: {outcome!r}")
    if sent != len(arrived):
        problems.append(f"request count: the client counted {sent}, {len(arrived)} arrived")
    if call.bad_input and not isinstance(error, InvalidParameterError):
        problems.append(f"bad input accepted: {call.args!r} gave {error!r}")
    if call.bad_input and arrived:
        problems.append(f"bad input sent: {len(arrived)} requests")
    if call.op != "delete_many":
        if len(arrived) > 1 + MAX_RETRIES:
            problems.append(f"too many requests: {len(arrived)}")
        return problems
    targets = [request.last_segment for request in arrived]
    if any(alias_id not in call.good_ids for alias_id in targets):
        problems.append(f"bad input sent: a refused id was sent: {targets}")
    # delete_many requeues an id answered 429 (after the policy's own retries) up to
    # BATCH_REQUEUES times: a documented, decided resend, and the only one.
    per_id = (1 + MAX_RETRIES) * (1 + BATCH_REQUEUES)
    problems.extend(
        f"too many requests: {alias_id!r} sent {targets.count(alias_id)} times"
        for alias_id in call.good_ids
        if targets.count(alias_id) > per_id
        or (targets.count(alias_id) > 1 + MAX_RETRIES and not _rate_limited(scenario))
    )
    if isinstance(outcome, BatchResult):
        for alias_id, failure in outcome.failed.items():
            if not isinstance(failure, SequenceError):
                problems.append(f"foreign exception: {alias_id!r} failed with {failure!r}")
            problems.extend(
                f"credential shown: {alias_id!r}: {leak}" for leak in exception_leaks(failure, credentials)[:3]
            )
    return problems


def _rate_limited(scenario: Scenario) -> bool:
    return any(response.action == "reply" and response.status == 429 for response in scenario.script)


def build_client(scenario: Scenario, base_url: str, backend: Backend) -> SequenceClient | Exception:
    """The scenario's client, or the error refusing its configuration."""
    junk = scenario.junk_secret
    secret: Any = junk if junk is not None else scenario.credentials.client_secret
    try:
        return SequenceClient(
            client_id=scenario.credentials.client_id,
            client_secret=secret,
            base_url=base_url,
            http_backend=backend,
            retry=POLICY,
            rate_limit=None,
            timeout=TIMEOUT,
            hooks=HOOKS,
            **TELEMETRY.providers,
        )
    except Exception as exc:
        return exc


async def _settle(server: HostileServer, sent: int) -> None:
    """Give requests the client counted a moment to arrive (a missing one then fails the count check)."""
    with contextlib.suppress(AssertionError):
        await server.wait_for_requests(sent, within=ARRIVAL_GRACE)
