"""What an API error tells its reader: messages, attributes, decoded bodies, request ids (httpx.MockTransport)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sequence_async import RetryPolicy, errors

from ._fixtures import ALIAS
from .test_client import AUTH, HTTPX, MOCK_BASE, SECRET, Recorder, error, ok_alias

URL = f"{MOCK_BASE}/customer-aliases/a1"
NO_RETRY = RetryPolicy(max_retries=0)


async def failed_delete(*responses: httpx.Response | Exception, **kwargs: Any) -> errors.SequenceError:
    """The error ``customer_aliases.delete("a1")`` raises against the scripted responses."""
    kwargs.setdefault("retry", NO_RETRY)
    async with HTTPX.client(Recorder(*responses), **kwargs) as client:
        with pytest.raises(errors.SequenceError) as err:
            await client.customer_aliases.delete("a1")
    return err.value


async def status_error(*responses: httpx.Response | Exception, **kwargs: Any) -> errors.APIStatusError:
    exc = await failed_delete(*responses, **kwargs)
    assert isinstance(exc, errors.APIStatusError)
    return exc


# ---------------------------------------------------------------- the message


async def test_message_names_the_request_the_status_the_documented_error_and_the_request_id() -> None:
    exc = await status_error(error(409, "Conflict", "alias taken", **{"x-request-id": "req_7"}))
    assert str(exc) == f"DELETE {URL} returned 409 after 1 attempt(s): Conflict: alias taken (request id req_7)"
    assert exc.message == str(exc)


async def test_message_counts_every_attempt() -> None:
    exc = await status_error(error(503, "Down", "later"), retry=RetryPolicy(max_retries=2))
    assert str(exc) == f"DELETE {URL} returned 503 after 3 attempt(s): Down: later"
    assert exc.attempts == 3


@pytest.mark.parametrize(
    ("body", "summary", "error_type", "error_message"),
    [
        ({"error": {"type": "Kind"}}, "Kind: None", "Kind", None),
        ({"error": {"message": "just text"}}, "None: just text", None, "just text"),
        ({"error": "flat message"}, "None: flat message", None, "flat message"),
        ({"error": {"type": 7, "message": ["x"]}}, None, None, None),
        ({"error": ["not", "an", "object"]}, None, None, None),
        ({"error": None}, None, None, None),
        ({"message": "no error key"}, None, None, None),
        ([{"error": {"type": "Kind", "message": "in a list"}}], None, None, None),
    ],
)
async def test_documented_error_fields_are_read_only_from_their_documented_shape(
    body: Any, summary: str | None, error_type: str | None, error_message: str | None
) -> None:
    text = json.dumps(body)
    exc = await status_error(httpx.Response(400, text=text))
    assert (exc.error_type, exc.error_message) == (error_type, error_message)
    assert exc.body == text
    assert str(exc).endswith(f"returned 400 after 1 attempt(s): {summary or text}")


@pytest.mark.parametrize(
    "text",
    [
        '{"error": {"type": "Kind", "message": "cut',  # not JSON
        '{"error": {"type": "Kind"}} trailing',
        "<html>502</html>",
    ],
)
async def test_an_undecodable_body_leaves_the_error_fields_empty(text: str) -> None:
    exc = await status_error(httpx.Response(400, text=text))
    assert (exc.error_type, exc.error_message) == (None, None)
    assert exc.body == text


async def test_a_documented_body_after_leading_whitespace_is_still_read() -> None:
    exc = await status_error(httpx.Response(400, text='\n  {"error": {"type": "Kind", "message": "m"}}'))
    assert (exc.error_type, exc.error_message) == ("Kind", "m")


async def test_deeply_nested_json_object_body_is_kept_as_text() -> None:
    text = '{"a":' * 10_000 + "1" + "}" * 10_000  # too deep for the decoder
    exc = await status_error(httpx.Response(500, text=text))
    assert (exc.error_type, exc.error_message) == (None, None)
    assert exc.body == text


async def test_message_quotes_at_most_200_characters_of_an_undocumented_body() -> None:
    text = "x" * 199 + "yz" + "tail"
    exc = await status_error(httpx.Response(502, text=text))
    assert str(exc) == f"DELETE {URL} returned 502 after 1 attempt(s): {'x' * 199}y"
    assert exc.body == text


async def test_message_says_no_body_when_there_is_none() -> None:
    exc = await status_error(httpx.Response(502))
    assert str(exc) == f"DELETE {URL} returned 502 after 1 attempt(s): no body"
    assert exc.body == ""
    assert exc.request_id is None


async def test_documented_error_fields_take_precedence_over_the_raw_body_in_the_message() -> None:
    exc = await status_error(error(422, "", "only a message"))
    assert str(exc).endswith("422 after 1 attempt(s): : only a message")
    exc = await status_error(error(422, "OnlyAType", ""))
    assert str(exc).endswith("422 after 1 attempt(s): OnlyAType: ")


# ---------------------------------------------------------------- body decoding


@pytest.mark.parametrize(
    ("content_type", "content", "expected"),
    [
        ("text/plain; charset=latin-1", "café".encode("latin-1"), "café"),
        ('text/plain; Charset="ISO-8859-1"', "café".encode("latin-1"), "café"),
        ("text/plain;charset='cp1252'", "€uro".encode("cp1252"), "€uro"),
        ("text/plain; format=flowed; charset=utf-16", "żółw".encode("utf-16"), "żółw"),
        ("text/plain; charset=", "żółw".encode(), "żółw"),
        ("text/plain; charset=no-such-codec", "żółw".encode(), "żółw"),
        ("text/plain; charset=base64", "żółw".encode(), "żółw"),  # a bytes codec, not a text one
        ("charset=latin-1", "żółw".encode(), "żółw"),  # the media type, not a parameter
        ("text/plain", b"bad \xff byte", "bad \ufffd byte"),
        ("text/plain; charset=ascii", b"bad \xff byte", "bad \ufffd byte"),
        ("text/plain; charset=cp1252", b"\x80 \x81", "\u20ac \ufffd"),  # undecodable bytes replaced, not the body
    ],
)
async def test_error_body_is_decoded_with_the_declared_charset_else_utf8(
    content_type: str, content: bytes, expected: str
) -> None:
    exc = await status_error(httpx.Response(500, content=content, headers={"content-type": content_type}))
    assert exc.body == expected


async def test_documented_fields_are_read_from_a_body_in_its_declared_charset() -> None:
    body = json.dumps({"error": {"type": "Ærgerlig", "message": "forkert værdi"}}, ensure_ascii=False)
    response = httpx.Response(
        400, content=body.encode("latin-1"), headers={"content-type": "application/json; charset=latin-1"}
    )
    exc = await status_error(response)
    assert (exc.error_type, exc.error_message) == ("Ærgerlig", "forkert værdi")


# ---------------------------------------------------------------- request ids and headers


@pytest.mark.parametrize("name", ["x-request-id", "Request-Id", "x-amzn-RequestId", "cf-ray"])
async def test_request_id_is_read_from_each_usual_header(name: str) -> None:
    exc = await status_error(error(500, **{name: "rid-1"}))
    assert exc.request_id == "rid-1"
    assert str(exc).endswith("(request id rid-1)")


async def test_request_id_headers_are_searched_in_order_and_empty_ones_skipped() -> None:
    exc = await status_error(error(500, **{"x-request-id": "", "request-id": "second", "cf-ray": "fourth"}))
    assert exc.request_id == "second"
    exc = await status_error(error(500, **{"cf-ray": "fourth", "x-amzn-requestid": "third"}))
    assert exc.request_id == "third"


async def test_an_empty_request_id_is_no_request_id() -> None:
    exc = await status_error(error(500, **{"x-request-id": ""}))
    assert exc.request_id is None
    assert "request id" not in str(exc)


async def test_credentials_echoed_in_the_request_id_and_headers_are_redacted() -> None:
    exc = await status_error(error(500, **{"x-request-id": f"id-{SECRET}", "x-echo": AUTH}))
    assert exc.request_id == "id-[REDACTED]"
    assert str(exc).endswith("(request id id-[REDACTED])")
    assert exc.headers["x-echo"] == "[REDACTED]"
    assert all(SECRET not in name and SECRET not in value for name, value in exc.headers.items())


async def test_credentials_echoed_in_the_error_fields_are_redacted() -> None:
    exc = await status_error(error(401, f"T{SECRET}", f"bad {SECRET}"))
    assert exc.error_type == "T[REDACTED]"
    assert exc.error_message == "bad [REDACTED]"
    assert str(exc).endswith("401 after 1 attempt(s): T[REDACTED]: bad [REDACTED]")


async def test_credentials_escaped_inside_the_json_body_are_redacted_from_the_error_fields() -> None:
    escaped = "".join(f"\\u{ord(char):04x}" for char in SECRET)
    text = '{"error": {"type": "T", "message": "key ' + escaped + '"}}'
    exc = await status_error(httpx.Response(401, text=text))
    assert exc.error_message == "key [REDACTED]"
    assert SECRET not in str(exc)


# ---------------------------------------------------------------- rate limit advice


@pytest.mark.parametrize(
    ("headers", "retry_after"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),
        ({"retry-after-ms": "-5", "retry-after": "2"}, 2.0),
        ({"retry-after-ms": "soon"}, None),
        ({}, None),
    ],
)
async def test_rate_limit_error_carries_the_servers_advice_in_seconds(
    headers: dict[str, str], retry_after: float | None
) -> None:
    exc = await status_error(error(429, **headers))
    assert isinstance(exc, errors.RateLimitError)
    assert exc.retry_after == retry_after


async def test_retry_after_ms_is_the_delay_waited_before_retrying() -> None:
    sleeps: list[float] = []

    async def sleep(delay: float) -> None:
        sleeps.append(delay)

    recorder = Recorder(error(503, **{"retry-after-ms": "1500", "retry-after": "30"}), ok_alias())
    async with HTTPX.client(recorder, sleep=sleep) as client:
        await client.customer_aliases.delete("a1")
    assert sleeps == [1.5]


@given(millis=st.integers(min_value=0, max_value=59_000))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
async def test_any_retry_after_ms_is_read_as_milliseconds(millis: int) -> None:
    exc = await status_error(error(429, **{"retry-after-ms": str(millis)}))
    assert isinstance(exc, errors.RateLimitError)
    assert exc.retry_after == millis / 1000


# ---------------------------------------------------------------- already deleted / maybe applied


async def test_a_retried_delete_that_finds_nothing_says_it_may_already_be_deleted() -> None:
    exc = await status_error(error(503), error(404, "NotFound", "no alias"), retry=RetryPolicy())
    assert type(exc) is errors.AlreadyDeletedError
    assert isinstance(exc, errors.NotFoundError)
    assert str(exc) == (
        f"DELETE {URL} returned 404 after 2 attempt(s): NotFound: no alias"
        "; an earlier attempt may already have deleted it"
    )
    assert exc.maybe_applied


async def test_a_delete_that_finds_nothing_at_once_is_plainly_not_found() -> None:
    exc = await status_error(error(404, "NotFound", "no alias"))
    assert type(exc) is errors.NotFoundError
    assert "already" not in str(exc)
    assert not exc.maybe_applied


async def test_a_404_after_a_rejected_attempt_is_plainly_not_found() -> None:
    """A 429 or a refused connection changed nothing on the server: the 404 is the truth."""
    exc = await status_error(error(429), httpx.ConnectError("refused"), error(404), retry=RetryPolicy(max_retries=3))
    assert type(exc) is errors.NotFoundError
    assert exc.attempts == 3
    assert not exc.maybe_applied


async def test_a_4xx_after_a_server_error_may_have_been_applied() -> None:
    exc = await status_error(error(500), error(409), retry=RetryPolicy())
    assert type(exc) is errors.ConflictError
    assert exc.maybe_applied


async def test_a_dropped_connection_after_sending_may_have_been_applied() -> None:
    exc = await failed_delete(httpx.RemoteProtocolError("peer closed"), retry=RetryPolicy(max_retries=0))
    assert isinstance(exc, errors.APIConnectionError)
    assert type(exc) is errors.APIConnectionError
    assert exc.maybe_applied
    exc = await failed_delete(httpx.ConnectError("refused"), retry=RetryPolicy(max_retries=0))
    assert isinstance(exc, errors.APIConnectionError)
    assert not exc.maybe_applied


# ---------------------------------------------------------------- transport failures


async def test_transport_failure_messages_name_the_request_the_attempts_and_the_cause() -> None:
    exc = await failed_delete(httpx.ConnectError(f"refused {SECRET}"), retry=RetryPolicy(max_retries=1))
    assert type(exc) is errors.APIConnectionError
    assert str(exc) == f"DELETE {URL} failed after 2 attempt(s): ConnectError: refused [REDACTED]"
    assert (exc.method, exc.url, exc.attempts) == ("DELETE", URL, 2)
    exc = await failed_delete(httpx.ReadTimeout("slow"))
    assert type(exc) is errors.APITimeoutError
    assert str(exc) == f"DELETE {URL} timed out after 1 attempt(s): ReadTimeout: slow"


# ---------------------------------------------------------------- bad success bodies


async def test_response_validation_error_names_the_request_and_keeps_the_redacted_body() -> None:
    text = json.dumps({**ALIAS, "id": None, "note": SECRET})
    response = httpx.Response(200, text=text, headers={"request-id": f"r-{SECRET}"})
    async with HTTPX.client(Recorder(error(503), response), retry=RetryPolicy()) as client:
        with pytest.raises(errors.ResponseValidationError) as err:
            await client.customer_aliases.delete("a1")
    exc = err.value
    assert str(exc).startswith(f"DELETE {URL} returned 200 with a body that does not match the API contract: ")
    assert "id: expected str, got null" in str(exc)
    assert (exc.method, exc.url, exc.attempts, exc.status_code) == ("DELETE", URL, 2, 200)
    assert exc.body == text.replace(SECRET, "[REDACTED]")
    assert exc.request_id == "r-[REDACTED]"


async def test_response_validation_error_without_request_id() -> None:
    async with HTTPX.client(Recorder(httpx.Response(201, text="nope"))) as client:
        with pytest.raises(errors.ResponseValidationError) as err:
            await client.customer_aliases.delete("a1")
    assert str(err.value) == (
        f"DELETE {URL} returned 201 with a body that does not match the API contract: body is not JSON"
    )
    assert err.value.request_id is None
    assert err.value.body == "nope"


@pytest.mark.parametrize(
    ("raised", "problem"),
    [(KeyError(), "KeyError"), (RecursionError(), "RecursionError"), (ValueError(f"bad {SECRET}"), "bad [REDACTED]")],
)
async def test_whatever_the_parser_raises_is_a_response_validation_error(raised: Exception, problem: str) -> None:
    def parse(data: Any) -> Any:
        raise raised

    async with HTTPX.client(Recorder(ok_alias())) as client:
        with pytest.raises(errors.ResponseValidationError) as err:
            await client._pipeline.call("GET", "/customer-aliases/a1", parse)
    assert str(err.value) == f"GET {URL} returned 200 with a body that does not match the API contract: {problem}"
    assert err.value.__context__ is None


@pytest.mark.parametrize("status", [200, 201, 226, 299])
async def test_every_2xx_is_a_success(status: int) -> None:
    async with HTTPX.client(Recorder(httpx.Response(status, json=ALIAS))) as client:
        alias = await client.customer_aliases.delete("a1")
    assert alias.id == "a1"


@pytest.mark.parametrize("status", [199, 300, 304, 399])
async def test_a_status_outside_2xx_is_an_error_even_with_a_valid_body(status: int) -> None:
    exc = await status_error(httpx.Response(status, json=ALIAS))
    assert type(exc) is errors.APIStatusError
    assert exc.status_code == status


def _loads_outcome(decode: Any, content: bytes) -> object:
    try:
        return ("ok", decode(content))
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError both
        return ("error", type(exc))


@given(
    st.one_of(
        st.binary(max_size=12),
        st.binary(max_size=10).map(lambda tail: b"{" + tail),
        st.text(max_size=6).map(lambda text: ('{"a": "' + text + '"}').encode("utf-8", "surrogatepass")),
        st.sampled_from([b"{\x00", b"{\x00\x00\x00", '{"a":1}'.encode("utf-16-le"), b'{"a":"\xed\xa0\x80"}']),
    )
)
def test_body_decoding_is_json_loads(content: bytes) -> None:
    """The pipeline's fast path for bodies that start ``{`` decodes exactly as ``json.loads``."""
    from sequence_async._pipeline import _json

    assert _loads_outcome(_json, content) == _loads_outcome(json.loads, content)
