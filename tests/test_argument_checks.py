"""Call arguments are checked before anything is sent, with a message naming the argument and
what was wrong with it; the largest accepted values are sent as given."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sequence_async import InvalidParameterError, SequenceClient

from ._fixtures import ALIAS

LONGEST = 2048  # bytes of UTF-8 in one argument


class Recorder:
    def __init__(self) -> None:
        self.urls: list[httpx.URL] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(request.url)
        if request.method == "DELETE":
            return httpx.Response(200, json=ALIAS)
        if request.url.path.endswith("/customer-aliases"):
            return httpx.Response(200, json={"items": [], "pagination": {}})
        return httpx.Response(200, json={"items": []})


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> SequenceClient:
    return SequenceClient("id", "secret", base_url="http://api.test", transport=httpx.MockTransport(recorder))


@pytest.mark.parametrize(
    ("alias_id", "message"),
    [
        (7, "alias_id must be a str, got int"),
        (None, "alias_id must be a str, got NoneType"),
        ("", "alias_id must not be empty or whitespace"),
        (" \t", "alias_id must not be empty or whitespace"),
        (".", "alias_id must not be '.' (it would change the requested path)"),
        ("..", "alias_id must not be '..' (it would change the requested path)"),
        ("x" * (LONGEST + 1), f"alias_id is too long: {LONGEST + 1} bytes in UTF-8, at most {LONGEST}"),
        ("\u00e9" * (LONGEST // 2 + 1), f"alias_id is too long: {LONGEST + 2} bytes in UTF-8, at most {LONGEST}"),
        ("a\ud800", "alias_id is not valid Unicode (it contains a lone surrogate)"),
    ],
)
async def test_a_bad_path_id_is_refused_with_its_reason(
    client: SequenceClient, recorder: Recorder, alias_id: Any, message: str
) -> None:
    async with client:
        with pytest.raises(InvalidParameterError) as caught:
            await client.customer_aliases.delete(alias_id)
    assert str(caught.value) == message
    assert recorder.urls == []


async def test_the_longest_ids_are_sent(client: SequenceClient, recorder: Recorder) -> None:
    longest = "x" * LONGEST
    async with client:
        await client.customer_aliases.delete(longest)
        await client.customer_aliases.list_for_customer("\u00e9" * (LONGEST // 2))
        await client.contacts.list("...", include_archived=True)
    assert [url.path for url in recorder.urls] == [
        f"/customer-aliases/{longest}",
        "/customers/" + "\u00e9" * (LONGEST // 2) + "/aliases",
        "/customers/.../contacts",
    ]
    assert recorder.urls[2].params["includeArchived"] == "true"


@pytest.mark.parametrize(
    ("customer_id", "message"),
    [(b"c", "customer_id must be a str, got bytes"), ("  ", "customer_id must not be empty or whitespace")],
)
async def test_customer_ids_are_checked_under_their_own_name(
    client: SequenceClient, recorder: Recorder, customer_id: Any, message: str
) -> None:
    async with client:
        for call in (client.customer_aliases.list_for_customer, client.contacts.list):
            with pytest.raises(InvalidParameterError) as caught:
                await call(customer_id)
            assert str(caught.value) == message
    assert recorder.urls == []


@pytest.mark.parametrize(
    ("flag", "message"),
    [
        ("yes", "include_archived must be a bool, got str"),
        (1, "include_archived must be a bool, got int"),
        (None, "include_archived must be a bool, got NoneType"),
    ],
)
async def test_include_archived_must_be_a_bool(
    client: SequenceClient, recorder: Recorder, flag: Any, message: str
) -> None:
    async with client:
        with pytest.raises(InvalidParameterError) as caught:
            await client.contacts.list("c", include_archived=flag)
        assert str(caught.value) == message
        assert recorder.urls == []
        await client.contacts.list("c", include_archived=False)
    assert recorder.urls[0].params["includeArchived"] == "false"


@settings(max_examples=60, deadline=None)
@given(limit=st.integers(-5, 110) | st.integers() | st.booleans() | st.floats() | st.text(max_size=2) | st.none())
def test_limit_is_an_int_from_1_to_100(limit: Any) -> None:
    client = SequenceClient("id", "secret", base_url="http://api.test", transport=httpx.MockTransport(Recorder()))
    if isinstance(limit, bool) or not isinstance(limit, int | None):
        with pytest.raises(InvalidParameterError) as caught:
            client.customer_aliases.list(limit=limit)
        assert str(caught.value) == f"limit must be an int between 1 and 100, got {type(limit).__name__}"
    elif limit is not None and not 1 <= limit <= 100:
        with pytest.raises(InvalidParameterError) as caught:
            client.customer_aliases.list(limit=limit)
        assert str(caught.value) == f"limit must be between 1 and 100, got {limit}"
    else:
        client.customer_aliases.list(limit=limit)


@pytest.mark.parametrize(("limit", "sent"), [(None, "100"), (1, "1"), (100, "100")])
async def test_the_page_size_asked_for(
    client: SequenceClient, recorder: Recorder, limit: int | None, sent: str
) -> None:
    async with client:
        await client.customer_aliases.list(limit=limit).first_page()
    assert recorder.urls[0].params["limit"] == sent


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"value": 5}, "value must be a str or None, got int"),
        ({"value": "v" * (LONGEST + 1)}, f"value is too long: {LONGEST + 1} bytes in UTF-8, at most {LONGEST}"),
        ({"value": "\udfff"}, "value is not valid Unicode (it contains a lone surrogate)"),
        ({"after": ""}, "after must not be empty"),
        ({"before": " "}, "before must not be empty"),
        ({"after": 3}, "after must be a str or None, got int"),
        ({"before": ["c"]}, "before must be a str or None, got list"),
        ({"after": "c" * (LONGEST + 1)}, f"after is too long: {LONGEST + 1} bytes in UTF-8, at most {LONGEST}"),
    ],
)
def test_list_filters_and_cursors_are_checked_when_listing_starts(kwargs: dict[str, Any], message: str) -> None:
    client = SequenceClient("id", "secret", base_url="http://api.test", transport=httpx.MockTransport(Recorder()))
    with pytest.raises(InvalidParameterError) as caught:
        client.customer_aliases.list(**kwargs)
    assert str(caught.value) == message


async def test_list_sends_the_filter_and_cursor_as_given(client: SequenceClient, recorder: Recorder) -> None:
    value, cursor = "v" * LONGEST, " c "
    async with client:
        await client.customer_aliases.list(value=value, after=cursor).first_page()
        await client.customer_aliases.list(before=cursor).first_page()
    first, second = (dict(url.params) for url in recorder.urls)
    assert first == {"limit": "100", "value": value, "after": cursor}
    assert second == {"limit": "100", "before": cursor}


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        ("abc", "ids must be an iterable of ids, not a single str (wrap one id in a list)"),
        (b"abc", "ids must be an iterable of ids, not a single bytes (wrap one id in a list)"),
        (5, "ids must be an iterable of str, got int"),
        (["a", 5], "ids[1] must be a str, got int"),
        (("a", "b", None), "ids[2] must be a str, got NoneType"),
    ],
)
async def test_delete_many_refuses_ids_that_are_not_strings(
    client: SequenceClient, recorder: Recorder, ids: Any, message: str
) -> None:
    async with client:
        with pytest.raises(InvalidParameterError) as caught:
            await client.customer_aliases.delete_many(ids)
    assert str(caught.value) == message
    assert recorder.urls == []


async def test_delete_many_keeps_the_first_occurrence_order(client: SequenceClient, recorder: Recorder) -> None:
    async with client:
        result = await client.customer_aliases.delete_many(["b", "a", "b", "c", "a"], concurrency=1)
    assert list(result.succeeded) == ["b", "a", "c"]
    assert [url.path for url in recorder.urls] == ["/customer-aliases/b", "/customer-aliases/a", "/customer-aliases/c"]


class AsyncProgress:
    async def __call__(self, done: int, total: int | None) -> None:
        pass


async def _async_progress(done: int, total: int | None) -> None:
    pass


@pytest.mark.parametrize("on_progress", [_async_progress, AsyncProgress()])
async def test_an_async_on_progress_is_refused_before_anything_is_sent(
    client: SequenceClient, recorder: Recorder, on_progress: Any
) -> None:
    async with client:
        with pytest.raises(InvalidParameterError, match="on_progress must be a plain function"):
            await client.customer_aliases.delete_many(["a"], on_progress=on_progress)
    assert recorder.urls == []


@pytest.mark.parametrize("ordered", ["x", None, 1])
async def test_concurrent_map_refuses_an_ordered_that_is_not_a_bool(ordered: Any) -> None:
    from sequence_async import concurrent_map

    async def work(item: int) -> int:
        return item

    with pytest.raises(InvalidParameterError, match="ordered must be a bool"):
        async for _ in concurrent_map(work, [1], ordered=ordered):
            pass
