"""The API reference of the docs site covers every public name, each with a docstring
(`scripts/docs_check.py`, the hook that makes `make docs` fail otherwise)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import docs_check
import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"


def documented() -> set[str]:
    return docs_check.documented_identifiers(DOCS)


def test_every_public_name_is_in_the_reference_with_a_docstring() -> None:
    assert docs_check.api_problems(documented()) == []


def test_a_public_name_missing_from_the_reference_is_reported() -> None:
    left_out = {"sequence_async.RetryBudget", "sequence_async.testing.Fault", "sequence_async.types.ErrorDetail"}
    problems = docs_check.api_problems(documented() - left_out)
    missing = "is public but on no page of docs/reference/"
    assert problems == [
        f"sequence_async.RetryBudget {missing} (add '::: sequence_async.RetryBudget')",
        f"sequence_async.types.ErrorDetail {missing} (add '::: sequence_async.types.ErrorDetail')",
        f"sequence_async.testing.Fault {missing} (add '::: sequence_async.testing.Fault')",
    ]


def test_every_guide_page_is_in_the_navigation() -> None:
    nav = (DOCS.parent / "mkdocs.yml").read_text()
    for page in DOCS.rglob("*.md"):
        assert page.relative_to(DOCS).as_posix() in nav, page


def _copy_site_sources(to: Path) -> Path:
    root = DOCS.parent
    for name in ("mkdocs.yml", "README.md", "CHANGELOG.md"):
        shutil.copy(root / name, to / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("docs", "sequence_async", "generated", "examples"):
        shutil.copytree(root / name, to / name, ignore=ignore)
    (to / "scripts").mkdir()
    for hook in ("docs_check.py", "docs_roles.py", "docs_examples.py", "docs_public.py"):
        shutil.copy(root / "scripts" / hook, to / "scripts" / hook)
    shutil.copytree(root / "scripts" / "docs_templates", to / "scripts" / "docs_templates")
    return to


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1))


def _no_docstring(site: Path) -> None:
    retry = site / "sequence_async" / "_retry.py"
    _replace(retry, '    """Client-wide token bucket', '    _doc = """Client-wide token bucket')  # a statement now


def _property_without_docstring(site: Path) -> None:
    client = site / "sequence_async" / "_client.py"
    _replace(client, '        """True once the client that made the connection pool', '        _doc = """True once')


def _inherited_without_docstring(site: Path) -> None:
    errors = site / "sequence_async" / "errors.py"
    _replace(
        errors,
        "\n\nclass APIConnectionError(_RequestError):",
        "\n    def describe(self) -> str:\n        return ''\n\n\nclass APIConnectionError(_RequestError):",
    )


def _directive_in_a_comment_and_a_fence(site: Path) -> None:
    page = site / "docs" / "reference" / "testing.md"
    _replace(page, "::: sequence_async.testing.EmulatorStats", "<!--\n::: sequence_async.testing.EmulatorStats\n-->")
    _replace(
        page, "::: sequence_async.testing.RecordedRequest", "```text\n::: sequence_async.testing.RecordedRequest\n```"
    )


def _role_of_an_unsupported_form(site: Path) -> None:
    _replace(site / "sequence_async" / "_batch.py", ":class:`BatchResult`", ":class:`the result <BatchResult>`")


def _broken_role(site: Path) -> None:
    _replace(site / "sequence_async" / "_batch.py", ":func:`concurrent_map`", ":func:`no_such_function`")


def _broken_link(site: Path) -> None:
    _replace(site / "docs" / "errors.md", "\n", "\nSee [the missing page](no-such-page.md).\n")


def _broken_reference(site: Path) -> None:
    _replace(site / "docs" / "errors.md", "\n", "\nSee [the policy][sequence_async.NoSuchPolicy].\n")


def _broken_anchor(site: Path) -> None:
    _replace(site / "docs" / "errors.md", "\n", "\nSee [retries](retries.md#no-such-section).\n")


BREAKAGES: list[tuple[Callable[[Path], None], str]] = [
    (_no_docstring, "sequence_async.RetryBudget has no docstring"),
    (_property_without_docstring, "sequence_async.SequenceClient.is_closed has no docstring"),
    (_inherited_without_docstring, "sequence_async.APIConnectionError.describe has no docstring"),
    (_directive_in_a_comment_and_a_fence, "sequence_async.testing.EmulatorStats is public but on no page"),
    (_directive_in_a_comment_and_a_fence, "sequence_async.testing.RecordedRequest is public but on no page"),
    (_role_of_an_unsupported_form, "has :class:`the result <BatchResult>`: write :"),
    (_broken_role, "refers to :func:`no_such_function`, which does not resolve"),
    (_broken_link, "no-such-page.md"),
    (_broken_reference, "sequence_async.NoSuchPolicy"),
    (_broken_anchor, "no-such-section"),
]


def _build_copy(tmp_path: Path, plants: list[Callable[[Path], None]]) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """`make docs`' own command (read from the Makefile) on a copy of the site's sources."""
    site = _copy_site_sources(tmp_path)
    (site / ".venv").symlink_to(DOCS.parent / ".venv")
    for plant in plants:
        plant(site)
    build = subprocess.run(
        _make_docs_command(), shell=True, cwd=site, capture_output=True, text=True, timeout=300, check=False
    )
    return site, build


@pytest.mark.slow
def test_the_site_builds_strict_as_it_is(tmp_path: Path) -> None:
    site, build = _build_copy(tmp_path, [])
    assert build.returncode == 0, build.stderr
    assert (site / "build" / "site" / "reference" / "client.html").is_file()  # use_directory_urls: false
    assert "WARNING" not in build.stderr
    client = _text_of(site / "build" / "site" / "reference" / "client.html")
    assert 'version: str = "2024-07-30"' in client  # the signatures show public defaults ...
    assert "rate_limit: RateLimiter | NotGiven | None = NOT_GIVEN" in client
    assert "timeout: float | Timeout | None = DEFAULT_TIMEOUT" in client
    for private in ("_UNSET", "_config."):  # ... and no private name
        assert private not in client
    # No page of the reference names a private object: no private base (a private base's public
    # bases instead), no `= _attrs_field(...)`; PartialBatchResult's type variables are the exception.
    reference = sorted((site / "build" / "site" / "reference").rglob("*.html"))
    named = {name for page in reference for name in re.findall(r"(?<![\w.])_[A-Za-z]\w*", _text_of(page))}
    assert named == {"_K", "_R"}
    errors = _text_of(site / "build" / "site" / "reference" / "errors.html")
    assert re.search(r"APIConnectionError\(.*?\)\s+Bases: SequenceError\s", errors, re.S)
    assert re.search(r"NotFoundError\(.*?\)\s+Bases: APIStatusError\s", errors, re.S)


def _text_of(page: Path) -> str:
    """A built page's text, as a reader sees it (no markup, no scripts)."""
    import html

    markup = re.sub(r"<script.*?</script>", "", page.read_text(), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


@pytest.mark.slow
def test_the_strict_build_fails_with_a_warning_naming_each_broken_thing(tmp_path: Path) -> None:
    """Each breakage is a WARNING line (strict mode fails on any one of them), all in one build."""
    _, build = _build_copy(tmp_path, list(dict.fromkeys(plant for plant, _ in BREAKAGES)))
    assert build.returncode != 0
    warnings = [line for line in build.stderr.splitlines() if line.startswith("WARNING")]
    for _, named in BREAKAGES:
        assert [line for line in warnings if named in line], (named, build.stderr)
    assert f"Aborted with {len(warnings)} warnings in strict mode!" in build.stdout + build.stderr


def _make_docs_command() -> str:
    dry_run = subprocess.run(
        ["make", "-n", "--no-print-directory", "docs"],
        cwd=DOCS.parent,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    [command] = [line for line in dry_run.stdout.splitlines() if "mkdocs build" in line]
    return command
