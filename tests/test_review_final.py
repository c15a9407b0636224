"""Final review of the models' new __setattr__/from_dict, the shadowing check and pacing: each test is a defect found.

Loopback only, every wait bounded, no network.
"""

from __future__ import annotations

import asyncio
import datetime
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import attrs

from sequence_async._advertised import AdvertisedRateLimit
from sequence_async.models import CustomerAlias

ROOT = Path(__file__).resolve().parent.parent
CREATED = datetime.datetime(2022, 10, 1, tzinfo=datetime.UTC)


# -- MEDIUM: a subclass of a model can no longer have attributes of its own ------------------------------


def test_a_subclass_of_a_model_keeps_attributes_of_its_own() -> None:
    """An app's ``class Row(CustomerAlias)`` that stores one more attribute (a note, a cache) worked with
    the slotted models (a subclass without __slots__ has a __dict__) and with every plain class; the new
    __setattr__ checks the generated class's _ATTRIBUTES for every subclass too, so the subclass's own
    ``self.note = note`` raises AttributeError. The misspelling guard is for the generated class's
    fields, not for a user's subclass."""

    class Row(CustomerAlias):
        def __init__(self, *args: object, note: str = "", **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self.note = note

    row = Row(id="i", sequence_account_id="s", customer_id="c", value="v", created_at=CREATED, note="vip")
    assert row.note == "vip"
    assert row.fields_set == frozenset()


# -- LOW: an attrs subclass of a model cannot be built without every optional field --------------------------


def test_an_attrs_subclass_of_a_model_leaves_its_optional_fields_out() -> None:
    """The optional fields are attrs fields without a default now (the generated __init__ defaults them
    to ABSENT, attrs does not know): ``@attrs.define class Mine(CustomerAlias): note: str = ""`` gets an
    attrs __init__ that requires ``deleted_at``, ``label`` and ``archived_at``, and never sets
    ``_given_bits``, so its ``fields_set`` and ``to_dict()`` raise KeyError. Before #33 the optional
    fields defaulted to UNSET and such a subclass worked."""

    @attrs.define
    class Mine(CustomerAlias):
        note: str = ""

    mine = Mine(id="i", sequence_account_id="s", customer_id="c", value="v", created_at=CREATED)
    assert mine.fields_set == frozenset()
    assert "label" not in mine.to_dict()


# -- LOW/MEDIUM: the shadowing check refuses the SDK imported from a zip (zipapp, a zip on sys.path) -------


def test_the_sdk_imports_from_a_zip_archive(tmp_path: Path) -> None:
    """``check_generated_package`` takes the generated package for a shadow unless ``openapi.json`` is a
    file on disk next to its __init__: from a zip (``python -m zipapp``, a wheel or bundle put on
    sys.path) that path is inside the archive, so ``import sequence_async`` raises "... is not it: a
    module or package of that name earlier on sys.path shadows the one installed" although it is the
    SDK's own package and nothing else needs the file (with the check skipped, the SDK imports and
    parses models from the zip). PyInstaller bundles, which collect no package data by default, fail
    alike. Fix: ask the loader (``importlib.resources.files(spec.name)``), or mark the package with a
    module-level constant instead of a 1 MB data file's presence."""
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for top in (ROOT / "sequence_async", ROOT / "generated" / "sequence_api"):
            for path in top.rglob("*"):
                if path.is_file() and "__pycache__" not in path.parts:
                    bundle.write(path, str(Path(top.name) / path.relative_to(top)))
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import sequence_async, sequence_api\n"
        "assert sequence_api.__file__.startswith(sys.argv[1]), sequence_api.__file__\n"
        "print('ok')\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COV_CORE_SOURCE")}
    done = subprocess.run(
        [sys.executable, "-c", code, str(archive)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-600:]


# -- MEDIUM: a change of advertised policy while callers queue doubles the pace ------------------------------


async def test_a_changed_policy_still_paces_the_callers_already_queued() -> None:
    """100 callers queue on a learned 50-per-0.5 s pace (their slots reserved over the next second);
    then a response states the same 100/s another way (``q=100;w=1``: a second backend, a quota being
    reworded). ``learn`` builds a fresh RateLimit that carries over the starts so far, but not the
    reservations of the callers still asleep in the old one: those keep their slots while the new
    callers are paced by the new limiter alone, so ~185 requests start within one second against a
    server allowing 100. (test_review_pacing covers flip-flops with one request at a time only.)
    Fix: have the new limit start after the old one's last reservation (carry the old schedule's
    ``origin``/``count`` over, or keep one RateLimit and change its rate in place)."""
    limiter = AdvertisedRateLimit()
    limiter.learn('"a";q=50;w=0.5')
    starts: list[float] = []

    async def one() -> None:
        await limiter.acquire()
        starts.append(time.monotonic())

    first = [asyncio.create_task(one()) for _ in range(100)]
    await asyncio.sleep(0.05)
    limiter.learn('"a";q=100;w=1')  # the same 100 a second
    second = [asyncio.create_task(one()) for _ in range(100)]
    await asyncio.wait_for(asyncio.gather(*first, *second), 10)
    most = max(sum(1 for later in starts if start <= later < start + 1.0) for start in starts)
    assert most <= 110, f"{most} starts within one second under a 100/s policy"
