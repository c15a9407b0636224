"""`make release-check`: rehearse a release without uploading anything.

1. The version: ``pyproject.toml``'s equals ``sequence_async.__version__`` and is at least the
   bump the spec report suggests since the newest ``v*`` tag (no tag yet: a first release); with
   ``--tag`` (the release workflow) the tag must be ``v<version>``.
2. ``CHANGELOG.md`` has an entry ``## [<version>]``; its text becomes ``build/release-notes.md``
   (the GitHub release's notes; ``--out`` moves it and ``dist/``).
3. The sdist and the wheel build, pass ``twine check``, and the wheel holds both packages'
   ``py.typed`` and no tests.
4. The wheel, installed into a fresh virtual environment, runs the quickstart against the
   emulator in-process (no network: the dependencies the wheel declares, and only those, come
   from this environment).

Each failed condition prints one ``release-check: <what> failed: <why>`` line; exit 1 if any.
"""

from __future__ import annotations

import argparse
import email
import importlib.metadata
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import venv
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, TypeVar

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from spectools.errors import ReportError
from spectools.git import export_tree, is_shallow, previous_release
from spectools.layout import CHANGELOG, ROOT
from spectools.report import make_report
from spectools.version import read_version

T = TypeVar("T")
PACKAGE = "sequence-async"
STEP_TIMEOUT = 300  # seconds: building, installing or running the quickstart
QUICKSTART = """
import asyncio, sequence_async, sequence_api
from sequence_async.testing import SequenceEmulator

async def main() -> None:
    emulator = SequenceEmulator()
    emulator.seed(customers=2, aliases_per_customer=3, contacts_per_customer=1, seed=0)
    customer = emulator.customers[0]
    async with emulator.client() as client:
        aliases = [alias async for alias in client.customer_aliases.list(limit=2)]
        contacts = await client.contacts.list(customer)
        deleted = await client.customer_aliases.delete(aliases[0].id)
    assert len(aliases) == 6 and len(contacts) == 1 and deleted.deleted_at, (aliases, contacts, deleted)
    print("ok", sequence_async.__version__, sequence_api.__name__, sequence_async.__file__)

asyncio.run(main())
"""


class CheckFailed(Exception):
    """One release condition is not met (the message says which and why)."""


def check_version(root: Path, version: str, tag: str | None) -> str:
    """``version`` (pyproject.toml's) matches the package's ``__version__`` and the tag."""
    declared = re.search(r'^__version__ = "([^"]+)"', (root / "sequence_async/_version.py").read_text(), re.M)
    if declared is None or declared.group(1) != version:
        raise CheckFailed(
            f"sequence_async/_version.py says {declared and declared.group(1)!r}, pyproject.toml {version}"
        )
    if tag is not None and tag != f"v{version}":
        raise CheckFailed(f"the tag {tag!r} does not name version {version} (expected v{version})")
    return version


def required_version(root: Path, version: str) -> str:
    """What the spec report asks of ``version`` since the previous release (a sentence).

    The previous release is the highest ``v*`` version tag behind HEAD (see
    :func:`~spectools.git.previous_release`). After a pre-release of X.Y.Z, X.Y.Z itself (or a
    later pre-release of it) is enough: nothing of X.Y.Z has shipped as final yet.
    """
    if is_shallow(root):
        raise CheckFailed("this is a shallow clone: earlier tags may be missing (fetch with fetch-depth: 0)")
    base = previous_release(root)
    if base is None:
        return "no earlier v* tag: a first release, any version"
    mine = _pep440(version, "pyproject.toml's version")
    with tempfile.TemporaryDirectory(prefix="release-check-") as tmp:
        try:
            export_tree(root, base, Path(tmp))
            bump = make_report(Path(tmp), root, f"`{base}`").bump
        except ReportError as exc:
            raise CheckFailed(f"the spec report against {base}: {exc}") from None
    base_version = _pep440(bump.base, f"the version of {base}")
    wanted, reason = _pep440(bump.suggested, "the suggested version"), f"{bump.level}: {bump.reason}"
    if base_version.is_prerelease or base_version.is_devrelease:
        wanted, reason = Version(base_version.base_version), f"{base} is a pre-release of it"
    if Version(mine.base_version) < wanted:
        raise CheckFailed(
            f"pyproject.toml says {version}, but the changes since {base} call for at least {wanted} "
            f"({reason}); see `make spec-report`"
        )
    if mine <= base_version:
        raise CheckFailed(f"version {version} is not above {bump.base}, the version of {base}")
    return f"since {base}: at least {wanted} ({reason})"


def _pep440(text: str, what: str) -> Version:
    try:
        return Version(text)
    except InvalidVersion:
        raise CheckFailed(f"{what}, {text!r}, is not a PEP 440 version") from None


def changelog_entry(root: Path, version: str, *, missing_ok: bool = False) -> str:
    """The text of the ``## [<version>]`` entry of CHANGELOG.md, without its heading.

    Headings inside fenced code do not count; ``Unreleased`` matches in any case, with or
    without brackets. An entry of headings and comments only counts as empty ("" if
    ``missing_ok``, else a failure), as does a missing one.
    """
    entries = changelog_entries((root / CHANGELOG).read_text(encoding="utf-8"))
    bodies = [body for name, body in entries if name == version.lower()]
    if len(bodies) > 1:
        raise CheckFailed(f"{CHANGELOG} has {len(bodies)} entries for [{version}]: keep one")
    if not bodies and not missing_ok:
        raise CheckFailed(f"{CHANGELOG} has no entry '## [{version}]' (move the Unreleased items under it)")
    body = bodies[0].strip() if bodies else ""
    if not _has_content(body):
        if missing_ok:
            return ""
        raise CheckFailed(f"the {CHANGELOG} entry for {version} is empty")
    return body + "\n"


def changelog_entries(text: str) -> list[tuple[str, str]]:
    """(name, body) of each ``## `` section outside fenced code; the name lowercased, unbracketed."""
    entries: list[tuple[str, list[str]]] = []
    fence = ""
    for line in text.splitlines():
        marker = re.match(r"\s*(`{3,}|~{3,})", line)
        if marker and (not fence or marker.group(1).startswith(fence)):
            fence = "" if fence else marker.group(1)
        heading = None if fence else re.match(r"##\s+\[?([^\]\s]+)\]?", line)
        if heading and not line.startswith("###"):
            entries.append((heading.group(1).lower(), []))
        elif entries:
            entries[-1][1].append(line)
    return [(name, "\n".join(lines)) for name, lines in entries]


def _has_content(body: str) -> bool:
    without_comments = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    return any(line.strip() and not line.lstrip().startswith("#") for line in without_comments.splitlines())


def _run(what: str, command: list[str], cwd: str | None = None) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=STEP_TIMEOUT, check=False, cwd=cwd)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CheckFailed(f"{what}: {exc}") from None
    if done.returncode != 0:
        raise CheckFailed(f"{what} exited {done.returncode}:\n{done.stdout}{done.stderr}".rstrip())
    return str(done.stdout)


class Built(NamedTuple):
    """The two distributions of a release."""

    sdist: Path
    wheel: Path

    def __str__(self) -> str:
        return f"{self.sdist.name} and {self.wheel.name}"


def build_dists(root: Path, dist: Path, version: str) -> Built:
    """Build the sdist and the wheel into ``dist`` (offline: no build isolation) and check them."""
    for old in dist.glob("sequence_async-*"):
        old.unlink()
    _run("building", [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(root)])
    sdists, wheels = (
        sorted(dist.glob(f"sequence_async-{version}.tar.gz")),
        sorted(dist.glob(f"sequence_async-{version}-*.whl")),
    )
    if len(sdists) != 1 or len(wheels) != 1:
        raise CheckFailed(f"building gave {[p.name for p in dist.iterdir()]}, not one sdist and one wheel of {version}")
    _run("twine check", [sys.executable, "-m", "twine", "check", "--strict", str(sdists[0]), str(wheels[0])])
    check_wheel_files(set(zipfile.ZipFile(wheels[0]).namelist()), set(packaged_sources(root)))
    for built in (sdists[0], wheels[0]):
        check_metadata_version(built)
    return Built(sdists[0], wheels[0])


ALWAYS_SHIPPED = {"sequence_async/py.typed", "sequence_api/py.typed"}  # PEP 561: the types are the API


def check_wheel_files(names: set[str], tracked: set[str]) -> None:
    """The wheel holds every tracked file of both packages, ``py.typed``, and nothing else."""
    missing = sorted((tracked | ALWAYS_SHIPPED) - names)
    if missing:
        raise CheckFailed(f"the wheel lacks {len(missing)} file(s) of the packages: {', '.join(missing[:10])}")
    stray = sorted(name for name in names - tracked if ".dist-info/" not in name)
    if stray:
        raise CheckFailed(
            f"the wheel holds {len(stray)} file(s) git does not track (stray or secret?): {', '.join(stray[:10])}"
        )


# Where each package's tracked sources go in the wheel ([tool.hatch.build.targets.wheel]).
PACKAGE_ROOTS = {"sequence_async/": "sequence_async/", "generated/sequence_api/": "sequence_api/"}


def packaged_sources(root: Path) -> list[str]:
    """The wheel paths of every git-tracked file of both packages (modules, ``py.typed``, templates)."""
    listing = _run("git ls-files", ["git", "-C", str(root), "ls-files", "-z", "--", *PACKAGE_ROOTS])
    paths = []
    for tracked in filter(None, listing.split("\0")):
        for source, target in PACKAGE_ROOTS.items():
            if tracked.startswith(source):
                paths.append(target + tracked.removeprefix(source))
    if not paths:
        raise CheckFailed(f"git lists no files under {', '.join(PACKAGE_ROOTS)} in {root}")
    return paths


# The newest core metadata the pinned publish action's twine accepts: pypa/gh-action-pypi-publish
# v1.14.2 bundles twine 7.0.0 (2.5). An older pin failed real uploads of hatchling's 2.5 wheels.
PUBLISH_ACTION = "v1.14.2"
PUBLISH_ACTION_METADATA = (2, 5)


def check_metadata_version(built: Path) -> None:
    """The distribution's ``Metadata-Version`` is one the publish action can upload."""
    if built.suffix == ".whl":
        with zipfile.ZipFile(built) as archive:
            [name] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
            head = archive.read(name)
    else:
        with tarfile.open(built) as archive:
            member = archive.extractfile(f"{built.name.removesuffix('.tar.gz')}/PKG-INFO")
            head = member.read() if member else b""
    declared = email.message_from_bytes(head).get("Metadata-Version", "")
    parts = tuple(int(part) for part in declared.split(".") if part.isdigit())
    if not parts or parts > PUBLISH_ACTION_METADATA:
        newest = ".".join(map(str, PUBLISH_ACTION_METADATA))
        raise CheckFailed(
            f"{built.name} declares Metadata-Version {declared or '(none)'}; the publish action pinned in "
            f"release.yml ({PUBLISH_ACTION}) uploads up to {newest}: update the pin and PUBLISH_ACTION_METADATA"
        )


QUICKSTART_EXTRAS = frozenset({"testing"})  # the quickstart runs the emulator
CORE_IMPORT = "import sequence_async, sequence_async.errors, sequence_async.types, sequence_api"


def wheel_requirements(wheel: Path) -> list[Requirement]:
    """Every ``Requires-Dist`` of the wheel's metadata."""
    with zipfile.ZipFile(wheel) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = email.message_from_bytes(archive.read(name))
    return [Requirement(line) for line in metadata.get_all("Requires-Dist") or []]


def _applicable(requirements: list[Requirement], extras: frozenset[str]) -> list[Requirement]:
    def applies(requirement: Requirement) -> bool:
        marker = requirement.marker
        return marker is None or any(marker.evaluate({"extra": extra}) for extra in extras | {""})

    return [r for r in requirements if applies(r)]


def dependency_closure(own: list[Requirement], extras: frozenset[str]) -> list[importlib.metadata.Distribution]:
    """The installed distributions a package needs with ``extras``, transitively.

    ``own`` is the package's ``Requires-Dist``; a self-reference (``pkg[other-extra]``) adds that
    extra's requirements. A distribution this environment lacks fails the check.
    """
    found: dict[str, importlib.metadata.Distribution] = {}
    queue = _applicable(own, extras)
    while queue:
        requirement = queue.pop()
        key = canonicalize_name(requirement.name)
        if key == PACKAGE:
            queue.extend(_applicable(own, frozenset(requirement.extras)))
            continue
        if key in found:
            continue
        try:
            dist = importlib.metadata.distribution(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            raise CheckFailed(f"the wheel needs {requirement}, which this environment lacks (make install)") from None
        if not requirement.specifier.contains(dist.version, prereleases=True):
            raise CheckFailed(f"the wheel needs {requirement}, but no release satisfies it here ({dist.version})")
        found[key] = dist
        queue.extend(_applicable([Requirement(line) for line in dist.requires or []], frozenset(requirement.extras)))
    return list(found.values())


def _top_level_paths(dist: importlib.metadata.Distribution) -> set[Path]:
    """What ``dist`` installed at the top of its site directory (packages, modules, extensions)."""
    paths = set()
    for file in dist.files or []:
        top = file.parts[0]
        if top.endswith((".dist-info", ".pth")) or top in ("..", "__pycache__"):
            continue
        paths.add(Path(str(dist.locate_file(top))))
    return paths


def dependency_directory(wheel: Path, target: Path, extras: frozenset[str]) -> list[str]:
    """Link into ``target`` the installed code of exactly what the wheel declares it needs.

    The fresh venv then finds nothing else: a dependency missing from the wheel's metadata fails
    to import there, as it would for a user.
    """
    dists = dependency_closure(wheel_requirements(wheel), extras)
    target.mkdir()
    for dist in dists:
        for path in _top_level_paths(dist):
            if path.exists() and not (target / path.name).exists():
                (target / path.name).symlink_to(path)
    return sorted(canonicalize_name(dist.metadata["Name"]) for dist in dists)


def run_quickstart(wheel: Path, version: str) -> str:
    """Install ``wheel`` alone into a fresh venv and run the quickstart there; its ``ok`` line."""
    with tempfile.TemporaryDirectory(prefix="release-venv-") as tmp:
        env_dir = Path(tmp) / "venv"
        venv.create(env_dir, with_pip=False)
        python = env_dir / "bin" / "python"
        site = _run("the fresh venv", [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
        site_dir = Path(site.strip())
        _run(
            "installing the wheel",
            [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", str(site_dir), str(wheel)],
        )
        # Dependencies from this environment (no network), but only those the wheel declares:
        # each is linked into one directory, which a .pth adds to the fresh venv's path. First
        # the core alone (`pip install sequence-async`), then with the extra the quickstart needs.
        dependency_directory(wheel, Path(tmp) / "core", frozenset())
        (site_dir / "deps.pth").write_text(str(Path(tmp) / "core") + "\n")
        _run("importing the SDK with its core dependencies only", [str(python), "-I", "-c", CORE_IMPORT], cwd=tmp)
        names = dependency_directory(wheel, Path(tmp) / "deps", QUICKSTART_EXTRAS)
        (site_dir / "deps.pth").write_text(str(Path(tmp) / "deps") + "\n")
        out = _run("the quickstart in the fresh venv", [str(python), "-I", "-c", QUICKSTART], cwd=tmp).strip()
        expected = f"ok {version} sequence_api {site_dir / 'sequence_async' / '__init__.py'}"
        if out != expected:
            raise CheckFailed(f"the quickstart printed {out!r}, expected {expected!r} (the SDK from the wheel)")
        return f"{out}; dependencies: {', '.join(names)}"


class Steps:
    """Runs the checks in order, printing one line each; remembers the failures."""

    def __init__(self) -> None:
        self.failures: list[str] = []

    def run(self, what: str, check: Callable[[], T]) -> T | None:
        try:
            result = check()
        except CheckFailed as exc:
            self.failures.append(f"release-check: {what} failed: {exc}")
            print(self.failures[-1], file=sys.stderr)
            return None
        except Exception as exc:  # a check that broke is a failed check; the others still run
            self.failures.append(f"release-check: {what} failed: {type(exc).__name__}: {exc}")
            print(self.failures[-1], file=sys.stderr)
            return None
        print(f"release-check: {what}: ok ({result})")
        return result


def rehearse(root: Path, out: Path, tag: str | None, *, build: bool) -> list[str]:
    """Every check that applies, each run even if another failed; the failures (empty: go ahead)."""
    steps = Steps()
    version = read_version(root / "pyproject.toml")
    if version is None:
        steps.run("version", lambda: _fail("pyproject.toml has no [project] version"))
        return steps.failures
    steps.run("version", lambda: check_version(root, version, tag))
    steps.run("version bump", lambda: required_version(root, version))
    releasing = tag is not None
    steps.run("CHANGELOG entry", lambda: _write_notes(root, out / "release-notes.md", version, releasing=releasing))
    if build:
        built = steps.run("sdist and wheel", lambda: build_dists(root, out / "dist", version))
        if built is not None:
            steps.run("fresh-venv quickstart", lambda: run_quickstart(built.wheel, version))
    return steps.failures


def _fail(reason: str) -> str:
    raise CheckFailed(reason)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
    parser.add_argument("--out", type=Path, help="where dist/ and release-notes.md go (default: ROOT/build)")
    parser.add_argument(
        "--tag",
        default=os.environ.get("RELEASE_TAG") or None,
        help="the tag being released, must be v<version> (default: $RELEASE_TAG, set by the release workflow)",
    )
    parser.add_argument("--skip-build", action="store_true", help="only the version and CHANGELOG checks")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    failures = rehearse(root, (args.out or root / "build").resolve(), args.tag, build=not args.skip_build)
    print("release-check: " + ("FAILED" if failures else "passed (nothing was uploaded)"))
    return 1 if failures else 0


def _write_notes(root: Path, notes: Path, version: str, *, releasing: bool) -> str:
    entry = changelog_entry(root, version)
    unreleased = changelog_entry(root, "unreleased", missing_ok=True)
    if releasing and unreleased:
        raise CheckFailed(
            f"{CHANGELOG}'s [Unreleased] section still lists changes: they would ship without release notes "
            f"(move them under [{version}])"
        )
    notes.parent.mkdir(parents=True, exist_ok=True)
    notes.write_text(entry, encoding="utf-8")
    pending = " ([Unreleased] lists changes: move them under the next version when releasing)" if unreleased else ""
    return f"the release notes: {notes}{pending}"
