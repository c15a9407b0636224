"""Generate ``generated/sequence_api`` from ``openapi/sequence.yaml``, or check it is current.

``generate``: run the pinned openapi-python-client (config ``openapi/generator.yaml``, custom
templates ``openapi/templates``, ``--fail-on-warning``, ruff as post hook) into ``generated/``.
``check``: rebuild the merged spec and the package in a temporary directory and fail, naming
the command to run, if anything differs from what is committed.

Usage: python scripts/generate.py {generate,check} [--root DIR]
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from spectools.errors import SpecError
from spectools.layout import GENERATED_NAME, GENERATED_PATHS, NAMES, RESOURCES, ROOT, RULES, SOURCES
from spectools.merge import build_all
from spectools.surface_code import generate as generate_resources

SPEC_JSON = "openapi.json"  # in the generated package: sequence_api/openapi.json
FIX_COMMAND = "make spec generate"
DOCS_SCRIPT = "scripts/docs_resources.py"  # writes the reference pages of sequence_async/resources


def run_generator(spec: Path, out_dir: Path, root: Path) -> None:
    """Write the generated package for ``spec`` to ``out_dir`` (replacing it)."""
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    cmd = [
        str(bindir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(root / "openapi" / "generator.yaml"),
        "--custom-template-path",
        str(root / "openapi" / "templates"),
        "--meta",
        "none",
        "--output-path",
        str(out_dir),
        "--overwrite",
        "--fail-on-warning",
    ]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0 or "Warning" in result.stdout + result.stderr:
        raise SystemExit(f"openapi-python-client failed:\n{result.stdout}\n{result.stderr}")
    # `--meta none` writes no PEP 561 marker; the package ships typed, so add it here.
    (out_dir / "py.typed").write_text("")
    # The merged document travels with the package: the emulator (sequence_async.testing) answers
    # every operation from it, and an installed wheel has no openapi/ directory. JSON, so reading
    # it needs no YAML parser at run time (json.loads: 16 ms for its 1.1 MB).
    document = yaml.load(spec.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    text = json.dumps(document, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    (out_dir / SPEC_JSON).write_text(text + "\n", encoding="utf-8")


def _tree(directory: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """Human-readable differences between two files or trees (empty when identical)."""
    if expected.is_file() or actual.is_file():
        if actual.is_file() and expected.is_file() and filecmp.cmp(expected, actual, shallow=False):
            return []
        old = actual.read_text().splitlines() if actual.is_file() else []
        new = expected.read_text().splitlines() if expected.is_file() else []
        return list(difflib.unified_diff(old, new, str(actual), "regenerated", lineterm="", n=1))[:40]
    want, have = _tree(expected), _tree(actual) if actual.is_dir() else {}
    out = [f"missing: {actual / name}" for name in sorted(set(want) - set(have))]
    out += [f"not generated (remove it): {actual / name}" for name in sorted(set(have) - set(want))]
    out += [f"differs: {actual / name}" for name in sorted(set(want) & set(have)) if want[name] != have[name]]
    return out


def _has_docs(root: Path) -> bool:
    """A project with the docs site (a copy of the spec pipeline alone has none)."""
    return (root / DOCS_SCRIPT).is_file() and (root / "mkdocs.yml").is_file()


def check(root: Path) -> int:
    """0 when the committed spec and package are what the generator makes now, else 1."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh_spec, fresh_names = Path(tmp) / "sequence.yaml", Path(tmp) / "names.yaml"
        try:
            built = build_all(root / SOURCES, root / RULES)
        except SpecError as exc:
            print(f"check-generated: spec merge failed: {exc}", file=sys.stderr)
            return 1
        fresh_spec.write_text(built.spec)
        fresh_names.write_text(built.names)
        run_generator(fresh_spec, Path(tmp) / GENERATED_NAME, root)
        fresh_resources = Path(tmp) / "resources"
        generate_resources(root, fresh_spec, Path(tmp) / GENERATED_NAME / "models" / "__init__.py", fresh_resources)
        problems = differences(fresh_spec, root / GENERATED_PATHS[0])
        problems += differences(fresh_names, root / NAMES)
        problems += differences(Path(tmp) / GENERATED_NAME, root / GENERATED_PATHS[1])
        problems += differences(fresh_resources, root / RESOURCES)
    if _has_docs(root):
        docs = subprocess.run([sys.executable, str(root / DOCS_SCRIPT), "--check"], capture_output=True, text=True)
        if docs.returncode != 0:
            problems.append(docs.stderr.strip() or docs.stdout.strip())
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(
            f"\ncheck-generated: the committed {', '.join((*GENERATED_PATHS, NAMES))} are stale or were edited by hand."
            f"\nRun `{FIX_COMMAND}` and commit the result (never edit generated/ by hand).",
            file=sys.stderr,
        )
        return 1
    print("check-generated: generated code is up to date")
    return 0


def generate(root: Path) -> int:
    """Regenerate ``generated/sequence_api`` from the committed ``openapi/sequence.yaml``."""
    target = root / GENERATED_PATHS[1]
    with tempfile.TemporaryDirectory() as tmp:
        run_generator(root / GENERATED_PATHS[0], Path(tmp) / GENERATED_NAME, root)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(Path(tmp) / GENERATED_NAME, target)
    generate_resources(root, root / GENERATED_PATHS[0], target / "models" / "__init__.py", root / RESOURCES)
    if _has_docs(root):
        subprocess.run([sys.executable, str(root / DOCS_SCRIPT)], check=True)  # the resources' reference pages
    print(f"generated {target} and {RESOURCES}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["generate", "check"])
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    return check(root) if args.command == "check" else generate(root)
