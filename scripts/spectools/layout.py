"""Where the spec pipeline's files live, relative to the repository root (one list for every tool)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = Path(__file__).resolve().parents[1]  # the commands, and spec_report_discover.py
SOURCES = "openapi/sources"
RULES = "openapi/normalise.yaml"
NAMES = "openapi/names.yaml"  # the registry of model names, next to the rules (written by `make spec`)
UNEXPOSED = "openapi/unexposed.yaml"
UPSTREAM = "openapi/upstream.yaml"
PUBLISHED = "openapi/published"
GENERATED_NAME = "sequence_api"
# Every path `make generate` owns: `make check-generated`, `make spec-report` and `make update-spec` use this list.
GENERATED_PATHS = ("openapi/sequence.yaml", f"generated/{GENERATED_NAME}", "sequence_async/resources")
SPEC = GENERATED_PATHS[0]  # the committed merged document
GENERATED_PACKAGE = Path(GENERATED_PATHS[1])  # generated/sequence_api: imported as sequence_api
RESOURCES = GENERATED_PATHS[2]  # the SDK's generated resource layer (openapi/surface.yaml names it)
SURFACE = "openapi/surface.yaml"
SDK_PACKAGE = "sequence_async"
# What a BASE checkout needs for the spec report: the spec inputs, every generated path, the SDK, the version.
BASE_PATHS = (SOURCES, RULES, NAMES, *GENERATED_PATHS, SDK_PACKAGE, "pyproject.toml")
CHANGELOG = "CHANGELOG.md"
REPORT_FILE = "build/spec-report.md"
