"""All or nothing for the spec watch: copies of every path a run may write, put back if a step fails."""

from __future__ import annotations

import shutil
from pathlib import Path

from spectools.layout import CHANGELOG, GENERATED_PATHS, PUBLISHED, REPORT_FILE, SOURCES, SPEC, UPSTREAM

# Everything a run may write; backed up first and restored if any step fails.
WRITTEN = (SOURCES, PUBLISHED, UPSTREAM, SPEC, GENERATED_PATHS[1], CHANGELOG, REPORT_FILE)


class Backup:
    """Copies of every path a run may write, to put back if a step fails."""

    def __init__(self, root: Path, where: Path) -> None:
        self.root, self.where = root, where
        self.present: list[str] = []
        self.new_dirs = [d for d in {(root / rel).parent for rel in WRITTEN} if not d.exists()]
        for rel in WRITTEN:
            path = root / rel
            if path.is_dir():
                shutil.copytree(path, where / rel)
            elif path.is_file():
                (where / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, where / rel)
            else:
                continue
            self.present.append(rel)

    def restore(self) -> None:
        for rel in WRITTEN:
            path = self.root / rel
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
            if rel in self.present:
                if (self.where / rel).is_dir():
                    shutil.copytree(self.where / rel, path)
                else:
                    shutil.copy2(self.where / rel, path)
        for directory in self.new_dirs:  # e.g. build/, made by the report
            if directory.is_dir() and not any(directory.iterdir()):
                directory.rmdir()
