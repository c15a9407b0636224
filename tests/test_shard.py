"""shard_of: every id belongs to exactly one worker, the same one in every process."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sequence_async import InvalidParameterError, shard_of


def test_a_lone_surrogate_still_has_a_shard() -> None:
    assert 0 <= shard_of("ali_\ud800", 3) < 3


@given(st.lists(st.text(), unique=True, max_size=50), st.integers(min_value=1, max_value=64))
def test_every_key_has_one_shard_in_range(keys: list[str], shards: int) -> None:
    owners = {key: shard_of(key, shards) for key in keys}
    assert all(0 <= owner < shards for owner in owners.values())
    assert owners == {key: shard_of(key, shards) for key in reversed(keys)}  # order does not matter


def test_one_shard_owns_everything_and_shards_share_the_work() -> None:
    keys = [f"ali_{n:05d}" for n in range(4000)]
    assert {shard_of(key, 1) for key in keys} == {0}
    sizes = [sum(shard_of(key, 4) == shard for key in keys) for shard in range(4)]
    assert sum(sizes) == 4000
    assert min(sizes) > 800  # ~1,000 each: a stable hash spreads ids evenly


def test_the_shard_is_the_same_in_another_process() -> None:
    """Python salts hash() per process; a worker on another machine must agree with this one."""
    keys = ["ali_456", "ali_789", "cus_123", "é/x"]
    code = "import sys; from sequence_async import shard_of; print([shard_of(k, 7) for k in sys.argv[1:]])"
    other = subprocess.run([sys.executable, "-c", code, *keys], capture_output=True, text=True, timeout=60, check=True)
    assert other.stdout.strip() == str([shard_of(key, 7) for key in keys])


PINNED = [6, 9, 6, 0, 5, 0, 2, 9]


def test_the_values_are_pinned_across_releases() -> None:
    # Changing the hash would move ids between workers with checkpoints already written.
    assert [shard_of(f"ali_{n}", 10) for n in range(8)] == PINNED


@pytest.mark.parametrize(
    ("key", "shards", "message"),
    [
        (3, 2, "key must be a str, got int"),
        ("ali_1", 0, "shards must be an int between 1"),
        ("ali_1", True, "shards must be an int between 1"),
        ("ali_1", 2.0, "shards must be an int between 1"),
    ],
)
def test_bad_arguments_are_refused_naming_them(key: object, shards: object, message: str) -> None:
    with pytest.raises(InvalidParameterError, match=message):
        shard_of(key, shards)  # type: ignore[arg-type]
