"""SEQUENCE_ENVIRONMENT and SEQUENCE_BASE_URL choose the server when the code does not, as
SEQUENCE_CLIENT_ID/SEQUENCE_CLIENT_SECRET give the credentials."""

from __future__ import annotations

import pytest

from sequence_async import ENVIRONMENTS, ConfigurationError, SequenceClient

ID, SECRET = "id", "secret"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SEQUENCE_ENVIRONMENT", raising=False)
    monkeypatch.delenv("SEQUENCE_BASE_URL", raising=False)


async def test_without_either_variable_the_client_talks_to_production() -> None:
    async with SequenceClient(ID, SECRET) as client:
        assert client.base_url == ENVIRONMENTS["production"]


@pytest.mark.parametrize("name", ["sandbox", "SANDBOX", "dev"])
async def test_sequence_environment_chooses_the_environment(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("SEQUENCE_ENVIRONMENT", name)
    async with SequenceClient(ID, SECRET) as client:
        assert client.base_url == ENVIRONMENTS[name.lower()]


async def test_sequence_base_url_chooses_the_server_and_is_not_paced_as_sequence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SEQUENCE_BASE_URL", "http://127.0.0.1:8123/")
    async with SequenceClient(ID, SECRET) as client:
        assert client.base_url == "http://127.0.0.1:8123"


@pytest.mark.parametrize("given", [{"environment": "dev"}, {"base_url": "http://127.0.0.1:9/"}])
async def test_an_argument_wins_over_the_variables(monkeypatch: pytest.MonkeyPatch, given: dict[str, str]) -> None:
    monkeypatch.setenv("SEQUENCE_ENVIRONMENT", "sandbox")
    async with SequenceClient(ID, SECRET, **given) as client:  # type: ignore[arg-type]
        assert client.base_url == ENVIRONMENTS.get(given.get("environment", ""), "http://127.0.0.1:9")


def test_both_variables_are_refused_naming_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEQUENCE_ENVIRONMENT", "sandbox")
    monkeypatch.setenv("SEQUENCE_BASE_URL", "http://127.0.0.1:9")
    with pytest.raises(ConfigurationError, match="SEQUENCE_ENVIRONMENT or SEQUENCE_BASE_URL, not both"):
        SequenceClient(ID, SECRET)


def test_an_unknown_environment_names_the_variable_and_the_choices_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEQUENCE_ENVIRONMENT", "staging" + "x" * 5000)
    with pytest.raises(
        ConfigurationError, match=r"^SEQUENCE_ENVIRONMENT='stagingx+\.\.\.' is not an environment"
    ) as error:
        SequenceClient(ID, SECRET)
    assert len(str(error.value)) < 200
    assert "production" in str(error.value)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com", "absolute http"),
        ("https://user:hunter2@example.com", "must not contain credentials"),
        ("https://example.com/?q=1", "query or fragment"),
    ],
)
def test_a_bad_base_url_names_the_variable_and_never_echoes_it(
    monkeypatch: pytest.MonkeyPatch, url: str, message: str
) -> None:
    monkeypatch.setenv("SEQUENCE_BASE_URL", url)
    with pytest.raises(ConfigurationError, match=f"^SEQUENCE_BASE_URL: .*{message}") as error:
        SequenceClient(ID, SECRET)
    assert "hunter2" not in str(error.value)


async def test_empty_variables_count_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEQUENCE_ENVIRONMENT", "")
    monkeypatch.setenv("SEQUENCE_BASE_URL", "")
    async with SequenceClient(ID, SECRET) as client:
        assert client.base_url == ENVIRONMENTS["production"]
