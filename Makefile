# sequence-async. Every target bootstraps .venv first, so a fresh machine needs only python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: install spec generate check-generated spec-report update-spec replay-upstream lint test fuzz mutate demo bench import docs docs-serve release-check

install: $(STAMP)

# `make demo` needs only the SDK, the emulator, aiohttp and rich (extra `demo`, ~25 packages), not
# the developer toolchain of `make install` (~150 packages: the linters, mkdocs, mutmut...).
DEMO_STAMP := $(VENV)/.demo-installed
$(DEMO_STAMP): pyproject.toml constraints.txt
	@echo "make demo: installing sequence-async with the emulator, aiohttp and rich into $(VENV) (first run only)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[demo]'
	@touch $(DEMO_STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

spec: install  ## merge openapi/sources/ into openapi/sequence.yaml (and the model names, openapi/names.yaml)
	$(PY) scripts/merge_spec.py

generate: install  ## regenerate generated/sequence_api from openapi/sequence.yaml
	$(PY) scripts/generate.py generate

check-generated: install  ## fail if openapi/sequence.yaml or generated/ differ from a fresh build
	$(PY) scripts/generate.py check

spec-report: install  ## what the spec changes do to users vs BASE (default: newest v* tag, else HEAD)
	$(PY) scripts/spec_report.py $(if $(BASE),--base $(BASE))

# make turns any failing recipe into its own exit 2: for the documented codes (0/1/2/3) run the
# script, e.g. `.venv/bin/python scripts/update_spec.py` (CI and the spec-watch workflow do).
update-spec: install  ## follow Sequence's official schema (openapi/upstream.yaml): take settled changes, regenerate, report
	$(PY) scripts/update_spec.py $(if $(SCHEMA_REPO),--schema-repo $(SCHEMA_REPO)) $(if $(SCHEMA_URL),--schema-url $(SCHEMA_URL)) $(ARGS)

replay-upstream: install  ## replay the schema's history through the watch (SCHEMA_REPO=local copy, ARGS="--since 2026-01-01")
	@test -n "$(SCHEMA_REPO)" || { echo "usage: make replay-upstream SCHEMA_REPO=<local copy of SequenceHQ/openapi-schema> [ARGS=...]"; exit 2; }
	$(PY) scripts/replay_upstream.py --schema-repo $(SCHEMA_REPO) $(ARGS)

import: install  ## split the official schema file (SRC=2024-07-30.product.json), or copy a page or one-operation file, into openapi/sources/
	@test -n "$(SRC)" || { echo "usage: make import SRC=<file or dir>"; exit 2; }
	$(PY) scripts/import_spec.py $(SRC) $(ARGS)

lint: install
	$(BIN)/ruff check sequence_async scripts tests examples benchmarks
	$(BIN)/ruff format --check sequence_async scripts tests examples benchmarks
	$(BIN)/mypy sequence_async scripts tests examples benchmarks generated/sequence_api
	$(BIN)/lint-imports  # the import directions: [tool.importlinter] in pyproject.toml
	$(BIN)/actionlint -shellcheck=$(BIN)/shellcheck -pyflakes= .github/workflows/*.yml
	$(BIN)/zizmor --offline --no-progress --quiet .github/workflows  # offline: no GitHub API needed
	$(MAKE) --no-print-directory docs

docs: install  ## the documentation site (mkdocs, strict: a broken link or an undocumented public name fails) in build/site
	$(PY) scripts/docs_resources.py --check  # the resources' pages are current (make generate writes them)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict  # never -q: it hides the warnings that strict mode counts

docs-serve: install  ## the documentation site on http://127.0.0.1:8000/, rebuilt as you edit (PORT=8000)
	$(PY) scripts/docs_resources.py --check
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:$(or $(PORT),8000)

release-check: install  ## rehearse a release: version vs the spec report, CHANGELOG, sdist + wheel, fresh-venv quickstart (uploads nothing)
	$(PY) scripts/release_check.py $(ARGS)

# pytest-xdist: a worker per core, at most 2 (every machine here has 2; the suite's timing bounds
# are checked at 2 workers sharing them), each taking whole files ([tool.pytest.ini_options]).
test: install
	$(BIN)/pytest -n auto --maxprocesses=2

fuzz: install  ## long fuzz runs: hostile servers (EXAMPLES=10000 per backend) and the emulator's conformance (CONFORMANCE=100 per operation, + the document's examples); make test runs short ones
	HOSTILE_FUZZ_EXAMPLES=$(or $(EXAMPLES),10000) $(BIN)/pytest tests/test_hostile_fuzz.py -q
	CONFORMANCE_EXAMPLES=$(or $(CONFORMANCE),100) $(BIN)/pytest tests/test_emulator_conformance.py -q -p no:randomly

mutate: install  ## mutation testing of the core (mutmut): a score per module and the surviving mutants
	$(PY) scripts/mutation_report.py $(ARGS)

demo: $(DEMO_STAMP)  ## the main batch job against the emulator on loopback (see examples/batch_job.py)
	$(PY) examples/batch_job.py $(ARGS)

bench: install  ## benchmarks against the emulator in a separate process (ARGS=--quick or --skip-slow)
	$(PY) benchmarks/bench.py $(ARGS)
