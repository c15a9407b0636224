"""The spec watch (``make update-spec``, scripts/update_spec.py) against a documentation site on loopback.

The site serves an llms.txt index and the four published pages (``openapi/published/``) at the
paths of ``openapi/upstream.yaml``, plus altered copies. Every run works on a throwaway git copy
of the repository, so the real checkout is never touched.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from spectools import update
from spectools.changelog import insert_changelog
from spectools.errors import UpdateError
from spectools.import_sources import load_source
from spectools.layout import SOURCES, UPSTREAM
from spectools.site_index import index_paths, slug
from spectools.upstream import Page, check_listed, load_upstream, parse_upstream, updated_upstream_text

from tests._spec_site import Site, serve

ROOT = Path(__file__).resolve().parent.parent

PARTS = ("openapi", "scripts", "generated", "sequence_async", "pyproject.toml", "CHANGELOG.md", ".gitignore")
SITE = "https://docs.sequencehq.com"
CONTACTS, DELETE = "getCustomersByCustomerContacts", "deleteCustomerAliasesById"
NEW_OP, NEW_PAGE = "getCustomerAliasesById", "/reference/latest/customer/get-a-customer-alias.md"
OTHER_PAGE = "/reference/latest/customer/get-a-customer.md"  # the Customers API, another resource
OVERVIEW = "/reference/latest/customer/overview.md"  # under the prefix, no OpenAPI block

# A new optional response field (additive) and a dropped required one (breaking), as text edits
# of the published contacts page.
BEFORE_BILLING_PREFERENCE = "          example: '2023-06-28T16:47:00Z'\n    ContactBillingPreference:\n"
PHONE = """\
          example: '2023-06-28T16:47:00Z'
        phone:
          type: string
          description: Phone number of this contact
          example: '+44 20 7946 0000'
    ContactBillingPreference:
"""
EMAIL_FIELD = """\
        email:
          type: string
          description: Email address of this contact
          example: john.smith@example.com
"""
EMAIL_REQUIRED = "        - email\n"

DROPPED_ENV = {"http_proxy", "https_proxy", "all_proxy", "no_proxy", update.BASE_URL_ENV.lower()}


def edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def run(repo: Path, *args: str) -> Result:
    """Run update_spec on the repository copy (in this process: its steps still run as subprocesses
    of the copy's scripts), with short timeouts and backoff."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = update.main(["--root", str(repo), "--timeout", "5", "--retries", "1", "--backoff", "0.01", *args])
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never let an outer git, a proxy or the caller's override redirect the throwaway runs."""
    for key in os.environ:
        if key.startswith("GIT_") or key.lower() in DROPPED_ENV:
            monkeypatch.delenv(key)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")  # the report imports the copy's packages


def git(repo: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    cmd = ["git", "-c", "user.name=watch", "-c", "user.email=watch@example.com", "-c", "commit.gpgsign=false"]
    done = subprocess.run([*cmd, *args], cwd=repo, env=env, capture_output=True, text=True, check=True, timeout=30)
    return done.stdout


def snapshot(repo: Path) -> dict[str, bytes]:
    """Every file of the working tree (not .git), by path."""
    return {
        str(p.relative_to(repo)): p.read_bytes()
        for p in sorted(repo.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(repo).parts
    }


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template") / "repo"
    for part in PARTS:
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / part, root / part)
    return root


@pytest.fixture
def repo(template: Path, tmp_path: Path) -> Path:
    """A committed copy of the repository's spec pipeline."""
    root = tmp_path / "repo"
    shutil.copytree(template, root)
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    return root


class Docs:
    """The published site as the repository copy knows it: pages by path, and the index."""

    def __init__(self, repo: Path) -> None:
        self.upstream = load_upstream(repo / UPSTREAM)
        self.pages = {page.url: (repo / page.published).read_text() for page in self.upstream.pages.values()}
        self.by_op = {op_id: page.url for op_id, page in self.upstream.pages.items()}
        self.extra_links: list[str] = []

    def page(self, op_id: str) -> str:
        return self.pages[self.by_op[op_id]]

    def set_page(self, op_id: str, text: str) -> None:
        self.pages[self.by_op[op_id]] = text

    def index(self) -> str:
        """An llms.txt as Mintlify writes it: every page in both versions, guides, other APIs."""
        links = []
        for path in [*self.pages, *self.extra_links]:
            page = path.split("/", 3)[3]  # after /reference/<version>/
            links += [f"/reference/{version}/{page}" for version in ("latest", "2024-07-30")]
        links += ["/guides/getting-started.md", "/reference/latest/invoices/list-invoices.md"]
        lines = ["# Sequence", "", "> Billing for B2B companies.", "", "## Docs", ""]
        lines += [f"- [{slug(p)}]({SITE}{p}): a page" for p in dict.fromkeys(links)]
        lines += ["- [Status](https://status.sequencehq.com/): another site", ""]
        return "\n".join(lines)

    def site(self) -> Site:
        site = Site()
        site.add("/llms.txt", self.index())
        for path, text in self.pages.items():
            site.add(path, text)
        return site


def new_operation_page(delete_page: str) -> str:
    """A new published page: GET /customer-aliases/{id}, made from the delete page."""
    text = delete_page.replace("Delete a Customer Alias", "Get a Customer Alias")
    text = edit(text, "DELETE /customer-aliases/{id}", "GET /customer-aliases/{id}")
    text = edit(text, "    delete:\n", "    get:\n")
    return edit(text, f"operationId: {DELETE}", f"operationId: {NEW_OP}")


def other_resource_page(delete_page: str) -> str:
    text = edit(delete_page, "        - Customer Aliases\n", "        - Customers\n")
    return edit(text, f"operationId: {DELETE}", "operationId: getCustomersById")


@pytest.fixture
def docs(repo: Path) -> Docs:
    return Docs(repo)


@pytest.fixture
def served(docs: Docs) -> Iterator[tuple[Site, str]]:
    """Serve the docs as they are when the fixture is first used (tests edit ``docs`` first)."""
    site = docs.site()
    with serve(site) as base_url:
        yield site, base_url


# --------------------------------------------------------------------------- the committed list


def test_committed_list_names_a_published_page_for_every_source() -> None:
    upstream = load_upstream(ROOT / UPSTREAM)
    check_listed(upstream, ROOT)
    assert upstream.base_url == SITE
    assert upstream.index == "/llms.txt"
    for op_id, page in upstream.pages.items():
        assert page.url.endswith(".md")
        assert any(page.url.startswith(prefix) for prefix in upstream.prefixes)
        published = ROOT / page.published
        pointer = f"> ## Documentation Index\n> Fetch the complete documentation index at: {SITE}/llms.txt\n"
        assert published.read_text().startswith(pointer)
        source = load_source(published)
        assert source.operation_id == op_id
        assert (ROOT / SOURCES / f"{op_id}.yaml").read_text() == source.text
    assert len({p.published for p in upstream.pages.values()}) == len(upstream.pages)


def test_index_links_are_read_as_site_paths() -> None:
    index = (
        "- [A](https://docs.sequencehq.com/reference/latest/customer/a.md): x\n"
        "- [B](/reference/latest/customer/b.md)\n"
        "- [C](http://127.0.0.1:9/mirror/reference/latest/customer/c.md?x=1#y)\n"
        "- [D](https://elsewhere.example/reference/latest/customer/d.md)\n"
        "- [A again](https://docs.sequencehq.com/reference/latest/customer/a.md)\n"
    )
    paths = index_paths(index, "http://127.0.0.1:9/mirror/llms.txt", (SITE, "http://127.0.0.1:9/mirror"))
    assert paths == [
        "/reference/latest/customer/a.md",
        "/reference/latest/customer/b.md",  # root-relative: a path of the site
        "/reference/latest/customer/c.md",
    ]


def test_the_list_is_edited_as_text_keeping_its_comments() -> None:
    text = (ROOT / UPSTREAM).read_text()
    page = Page("/reference/latest/customer/x.md", "openapi/published/009_abc.txt")
    edited = updated_upstream_text(text, {DELETE: "deleteAlias"}, {"newOp": page})
    assert edited.startswith(text[: text.index("pages:")])  # comments and other sections unchanged
    pages = parse_upstream(edited).pages
    assert "deleteAlias" in pages
    assert DELETE not in pages
    assert list(pages)[-1] == "newOp"
    assert pages["newOp"] == page
    with pytest.raises(UpdateError, match="cannot find `nope:`"):
        updated_upstream_text(text, {"nope": "x"}, {})


def test_changelog_draft_goes_above_the_first_release() -> None:
    changelog = "# Changelog\n\nIntro.\n\n## [0.1.0] - 2026-11-23\n\n### Added\n\n- x\n"
    entry = "## [0.2.0] - Unreleased\n\n### Added\n\n- y"
    assert insert_changelog(changelog, entry) == (
        "# Changelog\n\nIntro.\n\n## [0.2.0] - Unreleased\n\n### Added\n\n- y\n\n"
        "## [0.1.0] - 2026-11-23\n\n### Added\n\n- x\n"
    )


def test_changelog_draft_joins_an_unreleased_section() -> None:
    changelog = "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- a\n  more\n\n## [0.1.0] - 2026-11-23\n\n- x\n"
    entry = "## [0.2.0] - Unreleased\n\n### Added\n\n- y\n\n### Removed\n\n- **BREAKING** z"
    assert insert_changelog(changelog, entry) == (
        "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- a\n  more\n- y\n\n### Removed\n\n- **BREAKING** z\n\n"
        "## [0.1.0] - 2026-11-23\n\n- x\n"
    )
    with_changed = "# C\n\n## [Unreleased]\n\n### Added\n\n- a\n\n### Changed\n\n- b\n"
    assert insert_changelog(with_changed, "## [0.2.0] - Unreleased\n\n### Added\n\n- y") == (
        "# C\n\n## [Unreleased]\n\n### Added\n\n- a\n- y\n\n### Changed\n\n- b\n"
    )


# --------------------------------------------------------------------------- no change


@pytest.mark.slow
def test_unchanged_site_is_no_change_and_writes_nothing(
    repo: Path, docs: Docs, served: tuple[Site, str], tmp_path: Path
) -> None:
    site, base_url = served
    site.routes[docs.by_op[DELETE]].failures = 1  # a 503 first: retried
    before = snapshot(repo)
    outputs = tmp_path / "outputs"
    result = run(repo, "--base-url", base_url, "--outputs", str(outputs), "--pr-body", str(repo / "build" / "pr.md"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "update-spec: no change; nothing written" in result.stdout
    assert snapshot(repo) == before
    assert outputs.read_text() == "changed=false\nstatus=0\nbreaking=false\n"
    requested = site.paths_requested()
    assert requested.count(docs.by_op[DELETE]) == 2
    assert requested[0] == "/llms.txt"
    assert set(requested) == {"/llms.txt", *docs.pages}  # no twin in the other version, no guide, no other API
    assert all(agent.startswith("sequence-async-spec-watch/0.") for _, agent in site.requests)


# --------------------------------------------------------------------------- changes


@pytest.mark.slow
def test_additive_change_is_written_regenerated_and_reported_then_no_change(
    repo: Path, docs: Docs, tmp_path: Path
) -> None:
    contacts = docs.by_op[CONTACTS]
    docs.set_page(CONTACTS, edit(docs.page(CONTACTS), BEFORE_BILLING_PREFERENCE, PHONE))
    site = docs.site()
    outputs = tmp_path / "outputs"
    with serve(site) as base_url:
        result = run(
            repo,
            "--base-url",
            base_url,
            "--changelog",
            "--pr-body",
            str(repo / "build" / "pr.md"),
            "--outputs",
            str(outputs),
        )
        assert result.returncode == 2, result.stdout + result.stderr
        changed = git(repo, "status", "--porcelain", "--untracked-files=all").splitlines()
        assert sorted(line[3:] for line in changed) == [
            "CHANGELOG.md",
            "generated/sequence_api/models/contact.py",
            "openapi/published/003_a57ddd82d446cb21.txt",
            "openapi/sequence.yaml",
            f"openapi/sources/{CONTACTS}.yaml",
        ]
        assert (repo / "openapi" / "published" / "003_a57ddd82d446cb21.txt").read_text() == docs.page(CONTACTS)
        assert "phone:" in (repo / "openapi" / "sources" / f"{CONTACTS}.yaml").read_text()
        assert "phone" in (repo / "generated" / "sequence_api" / "models" / "contact.py").read_text()
        body = (repo / "build" / "pr.md").read_text()
        assert (
            f"| `{CONTACTS}` | [list-all-contacts-for-a-customer]({base_url}{contacts}) | OpenAPI block changed |"
            in body
        )
        assert "Verdict: **not breaking**." in body
        assert "- Added optional response field `Contact.phone`" in body
        assert (
            "**Result: 0 breaking spec changes, 0 breaking Python API changes, 0 uncovered operations: passes.**"
            in (body)
        )
        assert body.endswith((repo / "build" / "spec-report.md").read_text())
        changelog = (repo / "CHANGELOG.md").read_text()
        first_release = re.search(r"^## \[\d", changelog, re.M)
        assert first_release is not None
        assert changelog.index("- Optional response field `Contact.phone`") < first_release.start()
        assert outputs.read_text().splitlines() == [
            "changed=true",
            "status=2",
            "breaking=false",
            "labels=spec-watch",
            "title=Spec watch: Sequence API reference changed (additive)",
        ]

        # Right after the update, the site and the tree agree.
        after = snapshot(repo)
        again = run(repo, "--base-url", base_url)
        assert again.returncode == 0, again.stdout + again.stderr
        assert "no change" in again.stdout
        assert snapshot(repo) == after


@pytest.mark.slow
def test_new_page_is_reported_and_nothing_written_without_import_new(repo: Path, docs: Docs) -> None:
    docs.extra_links += [NEW_PAGE, OTHER_PAGE, OVERVIEW]
    site = docs.site()
    site.add(NEW_PAGE, new_operation_page(docs.page(DELETE)))
    site.add(OTHER_PAGE, other_resource_page(docs.page(DELETE)))
    site.add(OVERVIEW, "# Customers\n\nCustomers are the companies you bill.\n")
    before = snapshot(repo)
    with serve(site) as base_url:
        result = run(repo, "--base-url", base_url)
    assert result.returncode == 2, result.stdout + result.stderr
    assert (
        f"update-spec: new operation {NEW_OP} [Customer Aliases]: not imported (--import-new imports it) "
        f"({base_url}{NEW_PAGE})" in result.stdout
    )
    assert f"update-spec: not watched getCustomersById [Customers] ({base_url}{OTHER_PAGE})" in result.stdout
    assert f"update-spec: note: skipped {base_url}{OVERVIEW}: no OpenAPI block" in result.stdout
    assert "update-spec: new operations found, not imported; nothing written" in result.stdout
    assert snapshot(repo) == before
    twin = NEW_PAGE.replace("/latest/", "/2024-07-30/")
    assert twin not in site.paths_requested()  # one version of a page is enough


@pytest.mark.slow
def test_breaking_change_and_imported_operation(repo: Path, docs: Docs, tmp_path: Path) -> None:
    text = edit(docs.page(CONTACTS), EMAIL_FIELD, "")
    docs.set_page(CONTACTS, edit(text, EMAIL_REQUIRED, ""))
    docs.extra_links.append(NEW_PAGE)
    site = docs.site()
    site.add(NEW_PAGE, new_operation_page(docs.page(DELETE)))
    outputs = tmp_path / "outputs"
    with serve(site) as base_url:
        result = run(
            repo,
            "--base-url",
            base_url,
            "--import-new",
            "--pr-body",
            str(repo / "build" / "pr.md"),
            "--outputs",
            str(outputs),
        )
        assert result.returncode == 3, result.stdout + result.stderr
        assert (repo / "openapi" / "sources" / f"{NEW_OP}.yaml").read_text() == load_source(
            _page_file(tmp_path, new_operation_page(docs.page(DELETE)))
        ).text
        upstream = load_upstream(repo / UPSTREAM)
        assert upstream.pages[NEW_OP].url == NEW_PAGE
        published = repo / upstream.pages[NEW_OP].published
        assert published.name.startswith("004_")
        assert published.read_text() == new_operation_page(docs.page(DELETE))
        assert (
            (repo / UPSTREAM).read_text().startswith((ROOT / UPSTREAM).read_text())
        )  # comments kept, the page appended
        body = (repo / "build" / "pr.md").read_text()
        assert f"| `{NEW_OP}` | [get-a-customer-alias]({base_url}{NEW_PAGE}) | new operation, imported |" in body
        assert "Verdict: **breaking**, with uncovered operations." in body
        assert "- **BREAKING** Removed response field `Contact.email`" in body
        assert f"- Added operation `{NEW_OP}` (`GET /customer-aliases/{{id}}`)" in body
        assert f"- `{NEW_OP}` (`GET /customer-aliases/{{id}}`): decorate the resource method" in body
        lines = outputs.read_text().splitlines()
        assert lines[:4] == ["changed=true", "status=3", "breaking=true", "labels=spec-watch,breaking"]
        assert list((repo / "generated" / "sequence_api" / "api").rglob("get_customer_aliases_by_id.py"))

        # The imported page is now listed: a second run fetches it and finds nothing new.
        after = snapshot(repo)
        again = run(repo, "--base-url", base_url, "--import-new")
        assert again.returncode == 0, again.stdout + again.stderr
        assert snapshot(repo) == after


def _page_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.md"
    path.write_text(text)
    return path


# --------------------------------------------------------------------------- failures


FAILURES = {
    "404": "HTTP 404 Not Found",
    "timeout": "timed out after 0.5 s (tried 2 times)",
    "no OpenAPI block": "no fenced yaml OpenAPI block found",
    "truncated": "response cut short",
}


@pytest.mark.slow
@pytest.mark.parametrize("failure", list(FAILURES))
def test_a_failing_page_is_a_clear_error_and_nothing_is_written(
    repo: Path, docs: Docs, failure: str, tmp_path: Path
) -> None:
    # Another page changed: were the update not all or nothing, it would be written.
    docs.set_page(CONTACTS, edit(docs.page(CONTACTS), BEFORE_BILLING_PREFERENCE, PHONE))
    site = docs.site()
    route = site.routes[docs.by_op[DELETE]]
    if failure == "404":
        route.status = 404
    elif failure == "timeout":
        route.hang = True
    elif failure == "no OpenAPI block":
        route.body = "# Delete a Customer Alias\n\nMoved to the new API reference.\n"
    else:
        route.truncate = True
    before = snapshot(repo)
    outputs = tmp_path / "outputs"
    with serve(site) as base_url:
        result = run(repo, "--base-url", base_url, "--timeout", "0.5", "--outputs", str(outputs), "--changelog")
    assert result.returncode == 1, result.stdout + result.stderr
    url = f"{base_url}{docs.by_op[DELETE]}"
    assert result.stderr.startswith(f"update-spec: error: {url}: "), result.stderr
    assert FAILURES[failure] in result.stderr
    assert result.stderr.rstrip().endswith("update-spec: nothing written")
    assert snapshot(repo) == before
    assert outputs.read_text() == "changed=false\nstatus=1\nbreaking=false\n"


@pytest.mark.slow
def test_an_unreachable_index_is_a_clear_error(repo: Path, tmp_path: Path) -> None:
    site = Site()  # serves nothing: the index is a 404
    before = snapshot(repo)
    with serve(site) as base_url:
        result = run(repo, "--base-url", base_url)
    assert result.returncode == 1
    assert result.stderr.startswith(f"update-spec: error: {base_url}/llms.txt: HTTP 404 Not Found"), result.stderr
    assert snapshot(repo) == before


@pytest.mark.slow
def test_failed_generation_restores_every_file(repo: Path, docs: Docs) -> None:
    # A generator configuration that openapi-python-client refuses: the merge passes, generation fails.
    (repo / "openapi" / "generator.yaml").write_text("post_hooks: 12\n")
    git(repo, "commit", "-q", "-am", "broken generator config")
    docs.set_page(CONTACTS, edit(docs.page(CONTACTS), BEFORE_BILLING_PREFERENCE, PHONE))
    before = snapshot(repo)
    with serve(docs.site()) as base_url:
        result = run(repo, "--base-url", base_url, "--changelog", "--import-new")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "update-spec: error: make generate failed" in result.stderr
    assert snapshot(repo) == before


@pytest.mark.slow
def test_a_page_that_no_longer_merges_is_refused(repo: Path, docs: Docs) -> None:
    # The contacts page now defines a `CustomerAliasResponseModel` unlike the alias pages' one.
    clash = "    Contact:\n      required:\n"
    model = (
        "    CustomerAliasResponseModel:\n      type: object\n      properties:\n        id:\n          type: integer\n"
    )
    docs.set_page(CONTACTS, edit(docs.page(CONTACTS), clash, model + clash))
    before = snapshot(repo)
    with serve(docs.site()) as base_url:
        result = run(repo, "--base-url", base_url)
    assert result.returncode == 1
    assert "the fetched sources would not merge (nothing written)" in result.stderr
    assert "CustomerAliasResponseModel" in result.stderr
    assert snapshot(repo) == before


def test_the_list_must_cover_every_source(repo: Path) -> None:
    (repo / "openapi" / "sources" / "extra.yaml").write_text("openapi: 3.0.0\n")
    result = run(repo, "--base-url", "http://127.0.0.1:9")
    assert result.returncode == 1
    assert "openapi/sources/extra.yaml: no published page in openapi/upstream.yaml" in result.stderr


def test_pages_is_the_last_section_of_the_list() -> None:
    data = yaml.safe_load((ROOT / UPSTREAM).read_text())
    assert list(data)[-1] == "pages"  # `--import-new` appends to the last section


# --------------------------------------------------------------------------- the workflows


def test_every_action_is_pinned_to_a_commit_with_its_tag() -> None:
    # zizmor (make lint) requires the SHA; the tag comment is what Dependabot and readers use.
    uses = [
        line.strip()
        for workflow in sorted((ROOT / ".github" / "workflows").glob("*.yml"))
        for line in workflow.read_text().splitlines()
        if line.strip().removeprefix("- ").startswith("uses:")
    ]
    assert uses
    for line in uses:
        assert re.fullmatch(r"(- )?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40}  # v\d+\.\d+\.\d+", line), line


def test_the_watch_workflow_runs_the_script_for_its_exit_status() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "spec-watch.yml").read_text())
    assert workflow["permissions"] == {}
    assert set(workflow[True]) == {"schedule", "workflow_dispatch"}  # YAML 1.1 reads `on` as true
    job = workflow["jobs"]["update"]
    assert job["permissions"] == {"contents": "write", "pull-requests": "write"}
    script = "\n".join(step.get("run", "") for step in job["steps"])
    assert ".venv/bin/python scripts/update_spec.py" in script
    assert "make update-spec" not in script.replace("`make update-spec`", "")
