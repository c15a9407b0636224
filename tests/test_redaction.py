"""The redactor's fast path: a text with no escape character is only searched as it is."""

from __future__ import annotations

import base64
import contextlib
import urllib.parse
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sequence_async._secrets import _DECODERS, _ESCAPE_CHARACTERS, MAX_TEXT, REDACTED, Redactor

SECRET = "s3cr3t-Key_value"
plain_texts = st.text(st.characters(blacklist_characters=sorted(_ESCAPE_CHARACTERS), blacklist_categories=["Cs"]))


@given(plain_texts)
def test_no_decoder_changes_a_text_without_escape_characters(text: str) -> None:
    # If a decoder is added that needs another character, the fast path would skip it: add it to
    # _ESCAPE_CHARACTERS.
    for decode in _DECODERS:
        assert decode(text) == text


@given(plain_texts, plain_texts)
def test_a_plain_secret_is_redacted_on_the_fast_path(before: str, after: str) -> None:
    redacted = Redactor([SECRET]).redact(before + SECRET + after)
    assert SECRET.casefold() not in redacted.casefold()


@given(plain_texts)
def test_an_encoded_secret_still_takes_the_slow_path(prefix: str) -> None:
    encoded = "".join(f"%{byte:02X}" for byte in SECRET.encode())  # fully percent-encoded
    text = f"https://api.test/customers/{urllib.parse.quote(prefix, safe='')}{encoded}"
    redacted = Redactor([SECRET]).redact(text)
    assert SECRET.casefold() not in urllib.parse.unquote(redacted).casefold()
    assert REDACTED in redacted or redacted.startswith("[")


@given(st.integers(min_value=1, max_value=len(SECRET) - 1))
def test_a_secret_across_the_cut_is_not_shown_in_part(inside: int) -> None:
    text = "A" * (MAX_TEXT - inside) + SECRET + "B" * 10
    kept = Redactor([SECRET]).redact(text).split("... [")[0]
    assert len(kept) <= MAX_TEXT
    assert not kept.endswith(SECRET[:inside])


@given(st.integers(min_value=1, max_value=3 * len(SECRET) - 1))
def test_an_encoded_secret_across_the_cut_is_not_shown_in_part(inside: int) -> None:
    encoded = "".join(f"%{byte:02X}" for byte in SECRET.encode())
    text = "A" * (MAX_TEXT - inside) + encoded + "B" * 10
    kept = Redactor([SECRET]).redact(text).split("... [")[0]
    shown = urllib.parse.unquote(kept)
    assert not any(shown.endswith(SECRET[:length]) for length in range(3, len(SECRET)))


def test_a_step_name_cut_for_an_error_shows_no_part_of_a_live_secret() -> None:
    from sequence_async import MemoryCheckpoint, SequenceClient
    from sequence_async._pagination import Position

    client = SequenceClient("client-id", SECRET, base_url="http://127.0.0.1:9")
    step = "s" * 195 + SECRET  # the secret starts 5 characters before the cut at 200
    shown = Position(MemoryCheckpoint(), step, "after").shown
    assert SECRET[:5] not in shown
    del client


@given(st.sampled_from(["sécret-Ü-42", "päss-ß-∑", SECRET]))
def test_a_secret_read_in_the_wrong_encoding_is_redacted(secret: str) -> None:
    redactor = Redactor([secret])
    shown = [
        secret.encode("utf-8").decode("latin-1"),  # httpx headers once one is not UTF-8
        secret.encode("utf-16-le").decode("utf-8", "replace"),  # a UTF-16 body without a charset
    ]
    with contextlib.suppress(UnicodeEncodeError):
        shown.append(secret.encode("latin-1").decode("utf-8", "surrogateescape"))  # aiohttp headers
    for text in shown:
        assert redactor.redact(f"request id {text}.") == f"request id {REDACTED}."


def test_batch_results_and_outcomes_show_no_live_secret() -> None:
    from sequence_async import BatchResult, SequenceClient
    from sequence_async._batch import Outcome

    client = SequenceClient("client-id", SECRET, base_url="http://127.0.0.1:9")
    result: BatchResult[str, object] = BatchResult()
    result.add(SECRET, Outcome(0, SECRET, result={"value": SECRET}))  # a careless caller's id; echoed data
    result.add("ok", Outcome(1, "ok", result=1))
    for shown in (repr(result), str(result), repr(Outcome(2, SECRET, error=ValueError(SECRET)))):
        assert SECRET not in shown
        assert REDACTED in shown
    assert "'ok': 1" in repr(result)
    del client


LONG_SECRET = "k3Y-9fQx2LmZ7tRw4VbN8pHs6JdC1gUe"  # 32 characters: runs of 10 or more are redacted
filler = st.text(alphabet=" .,;:!?()[]{}<>=/\n", max_size=20)


@given(filler, filler, st.integers(0, len(LONG_SECRET) - 10), st.integers(10, len(LONG_SECRET)))
def test_any_run_of_a_third_of_the_secret_is_redacted(before: str, after: str, start: int, length: int) -> None:
    from sequence_async._secrets import piece_length

    assert piece_length(LONG_SECRET) == 10
    run = LONG_SECRET[start : start + length]
    shown = Redactor([LONG_SECRET]).redact(before + run + after)
    windows = {LONG_SECRET[i : i + 10].casefold() for i in range(len(LONG_SECRET) - 9)}
    assert not any(window in shown.casefold() for window in windows)
    assert shown.startswith(before)
    assert shown.endswith(after)


def test_text_sharing_a_few_characters_with_the_secret_is_left_alone() -> None:
    text = f"order {LONG_SECRET[:9]} and {LONG_SECRET[-9:]} shipped"  # 9 < 10: not a leak
    assert Redactor([LONG_SECRET]).redact(text) == text


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: base64.b64encode(s.encode()).decode(),
        lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("="),
        lambda s: s.encode().hex(),
        lambda s: s.encode().hex().upper(),
    ],
    ids=["base64", "base64url", "hex", "HEX"],
)
def test_a_secret_encoded_alone_is_redacted(encode: Any) -> None:
    assert Redactor([LONG_SECRET]).redact(f"echo: {encode(LONG_SECRET)}!") == f"echo: {REDACTED}!"


def test_a_run_of_the_secret_is_redacted_in_its_escaped_forms_too() -> None:
    prefix = LONG_SECRET[:16]  # over a third: a leak in any form
    redactor = Redactor([LONG_SECRET])
    for shown in (
        "".join(f"%{byte:02X}" for byte in prefix.encode()),  # percent-encoded
        "".join(f"&#{ord(char)};" for char in prefix),  # HTML entities
        "".join(f"\\u{ord(char):04x}" for char in prefix),  # JSON escapes
    ):
        out = redactor.redact(f"echo: {shown} end")
        assert prefix[:10] not in urllib.parse.unquote(out)
        assert out != f"echo: {shown} end"


def test_one_redaction_decodes_within_one_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    import sequence_async._secrets as secrets

    calls = []

    def counting(decode: Any) -> Any:
        def run(text: str) -> str:
            calls.append(len(text))
            return str(decode(text))

        return run

    monkeypatch.setattr(secrets, "_DECODERS", tuple(counting(decode) for decode in secrets._DECODERS))
    nested = "".join(f"%25{byte:02X}" for byte in LONG_SECRET.encode())  # found after two rounds
    hostile = ("&amp;%41+\\u0041 " * 5000) + nested
    Redactor([LONG_SECRET]).redact(hostile)
    assert len(calls) <= secrets.MAX_DECODES  # all rounds together
    assert sum(calls) <= secrets.MAX_DECODED + len(hostile)


def test_loggers_httpcore_makes_later_are_filtered_too() -> None:
    import logging

    from sequence_async import SequenceClient
    from sequence_async._secrets import _FILTER

    client = SequenceClient("client-id", LONG_SECRET, base_url="http://127.0.0.1:9", http_backend="aiohttp")
    for name in ("httpcore.connection", "httpcore.http11", "httpcore.proxy"):
        assert _FILTER in logging.getLogger(name).filters
    del client
