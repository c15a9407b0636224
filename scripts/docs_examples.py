"""An mkdocs hook: the example apps of ``examples/`` become pages of the site, their source as is.

``examples/fastapi_app.py`` is the app the testing guide's recipe tests; a page per example lets
the guide link to it from the site (opened from disk too) without a copy that could drift.
The examples are run by their own tests (``tests/test_example_apps.py``), not by the docs tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = {"examples/fastapi_app.py": "examples/fastapi_app.md"}  # source -> page (as mkdocs.yml's nav names it)


def page_of(source: str) -> str:
    """The markdown of an example's page: its path as the title, then its source."""
    code = (ROOT / source).read_text()
    return f"# {source}\n\n```python\n{code}```\n"


def on_files(files: Files, config: Any) -> Files:
    for source, page in EXAMPLES.items():
        files.append(File.generated(config, page, content=page_of(source)))
    return files
