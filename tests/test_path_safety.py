"""A path parameter can never change which path is requested."""

from __future__ import annotations

import httpx
import pytest

from sequence_async import InvalidParameterError, SequenceClient

ALIAS = {"id": "x", "sequenceAccountId": "a", "customerId": "c", "value": "v", "createdAt": "2022-10-01T00:00:00Z"}


class PathRecorder:
    def __init__(self) -> None:
        self.raw_paths: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.raw_paths.append(request.url.raw_path)
        if request.method == "DELETE":
            return httpx.Response(200, json=ALIAS)
        return httpx.Response(200, json={"items": []})


def client_for(recorder: PathRecorder) -> SequenceClient:
    return SequenceClient("id", "secret", base_url="http://api.test/api", transport=httpx.MockTransport(recorder))


@pytest.mark.parametrize("bad", ["", " ", "\t\n", ".", ".."])
async def test_ids_that_would_change_the_path_are_refused_before_sending(bad: str) -> None:
    recorder = PathRecorder()
    async with client_for(recorder) as client:
        with pytest.raises(InvalidParameterError):
            await client.customer_aliases.delete(bad)
        with pytest.raises(InvalidParameterError):
            await client.customer_aliases.list_for_customer(bad)
        with pytest.raises(InvalidParameterError):
            await client.contacts.list(bad)
    assert recorder.raw_paths == []


@pytest.mark.parametrize("bad", [None, 5, b"id", ["a"]])
async def test_non_string_ids_are_refused(bad: object) -> None:
    async with client_for(PathRecorder()) as client:
        with pytest.raises(InvalidParameterError, match="must be a str"):
            await client.customer_aliases.delete(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("alias_id", "segment"),
    [
        ("a/b", b"a%2Fb"),
        ("?x", b"%3Fx"),
        ("#frag", b"%23frag"),
        ("%2F", b"%252F"),
        ("../x", b"..%2Fx"),
        ("...", b"..."),
        ("caf\u00e9", b"caf%C3%A9"),
        ("a\r\nInjected: 1", b"a%0D%0AInjected%3A%201"),
        (" padded ", b"%20padded%20"),
    ],
)
async def test_everything_else_is_one_encoded_segment(alias_id: str, segment: bytes) -> None:
    recorder = PathRecorder()
    async with client_for(recorder) as client:
        await client.customer_aliases.delete(alias_id)
        await client.customer_aliases.list_for_customer(alias_id)
        await client.contacts.list(alias_id)
    assert recorder.raw_paths == [
        b"/api/customer-aliases/" + segment,
        b"/api/customers/" + segment + b"/aliases",
        b"/api/customers/" + segment + b"/contacts?includeArchived=false",
    ]


async def test_delete_many_deletes_a_repeated_id_once() -> None:
    recorder = PathRecorder()
    async with client_for(recorder) as client:
        result = await client.customer_aliases.delete_many(["a", "b", "a", "a"])
    assert sorted(result.succeeded) == ["a", "b"]
    assert not result.failed
    assert sorted(recorder.raw_paths) == [b"/api/customer-aliases/a", b"/api/customer-aliases/b"]


class Disguised(str):
    """A str subclass whose methods lie about its text."""

    def __str__(self) -> str:
        return ".."

    def strip(self, chars: str | None = None) -> str:
        return "x"

    def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        return b"x"


async def test_a_str_subclass_is_checked_and_sent_as_its_own_text() -> None:
    recorder = PathRecorder()
    async with client_for(recorder) as client:
        await client.customer_aliases.delete(Disguised("ali_1"))
        await client.customer_aliases.list_for_customer(Disguised("cus_1"))
        result = await client.customer_aliases.delete_many([Disguised("ali_2")])
        with pytest.raises(InvalidParameterError):
            await client.customer_aliases.delete(Disguised(".."))
        with pytest.raises(InvalidParameterError, match="too long"):
            await client.customer_aliases.delete(Disguised("a" * 5000))
    assert recorder.raw_paths == [
        b"/api/customer-aliases/ali_1",
        b"/api/customers/cus_1/aliases",
        b"/api/customer-aliases/ali_2",
    ]
    assert [type(key) for key in result.succeeded] == [str]
