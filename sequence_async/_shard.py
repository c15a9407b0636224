"""Deterministic sharding: split one batch job across workers so no two touch the same id."""

from __future__ import annotations

import hashlib

from ._checks import integer
from ._params import id_str
from .errors import InvalidParameterError


def shard_of(key: str, shards: int) -> int:
    """The shard (``0 <= shard < shards``) that owns ``key``, the same in every process and release.

    A stable hash (blake2b of the UTF-8 key), not :func:`hash`, which Python salts per process.
    Give worker ``i`` of ``n`` the ids with ``shard_of(id, n) == i`` and its own checkpoint: each
    id is then deleted by exactly one worker, and a rerun of worker ``i`` resumes only its share.
    """
    key = id_str(key, "key")
    integer(shards, "shards", minimum=1, error=InvalidParameterError)
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % shards
