"""The redactor's fast path: a text with no escape character is only searched as it is."""

from __future__ import annotations

import urllib.parse

from hypothesis import given
from hypothesis import strategies as st

from sequence_async._secrets import _DECODERS, _ESCAPE_CHARACTERS, REDACTED, Redactor

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
