"""``openapi/upstream.yaml``: Sequence's official schema, the one upstream of every source."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from spectools.errors import UpdateError
from spectools.layout import UPSTREAM
from spectools.untrusted import one_line


@dataclass(frozen=True)
class Settle:
    """When an upstream change is taken (see ``openapi/upstream.yaml``)."""

    revisions: int
    hours: float
    removal_hours: float
    lookback: int


@dataclass(frozen=True)
class Upstream:
    """``openapi/upstream.yaml``."""

    repository: str
    file: str
    ref: str
    url: str
    settle: Settle
    ignore: dict[str, str]  # operationId -> why it is not imported


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise UpdateError(f"{UPSTREAM}: {what}")


def load_upstream(path: Path) -> Upstream:
    """Read and check the committed description of the upstream."""
    try:
        return parse_upstream(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UpdateError(one_line(f"{UPSTREAM}: cannot be read: {exc}")) from None


def _settle(data: object) -> Settle:
    _require(isinstance(data, dict), "settle: a mapping (revisions, hours, removal_hours, lookback)")
    assert isinstance(data, dict)
    values = {k: data.get(k) for k in ("revisions", "hours", "removal_hours", "lookback")}
    numbers = {k: float(v) for k, v in values.items() if isinstance(v, int | float) and not isinstance(v, bool)}
    fine = len(numbers) == len(values) and all(0 <= v < 1e6 for v in numbers.values())
    _require(fine, "settle: revisions, hours, removal_hours and lookback are numbers >= 0")
    settle = Settle(int(numbers["revisions"]), numbers["hours"], numbers["removal_hours"], int(numbers["lookback"]))
    _require(1 <= settle.revisions <= settle.lookback <= 500, "settle: 1 <= revisions <= lookback <= 500")
    return settle


def parse_upstream(text: str) -> Upstream:
    """Check the text of ``openapi/upstream.yaml``."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UpdateError(one_line(f"{UPSTREAM}: not valid YAML: {exc}")) from None
    _require(isinstance(data, dict), "expected a mapping")
    strings = {k: data.get(k) for k in ("repository", "file", "ref", "url")}
    _require(all(isinstance(v, str) and v for v in strings.values()), "repository, file, ref and url: strings")
    _require(urlsplit(str(strings["url"])).scheme in ("http", "https"), "url: an http(s) URL")
    ignore = data.get("ignore") or {}
    reasons_given = isinstance(ignore, dict) and all(isinstance(v, str) and v.strip() for v in ignore.values())
    _require(reasons_given, "ignore: operationId -> a reason")
    return Upstream(
        str(strings["repository"]),
        str(strings["file"]),
        str(strings["ref"]),
        str(strings["url"]),
        _settle(data.get("settle")),
        {str(k): str(v) for k, v in ignore.items()},
    )
