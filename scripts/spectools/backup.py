"""All or nothing for the spec watch: copies of every path a run may write, put back if a step fails.

:func:`terminate_as_exit` makes ``SIGTERM`` and ``SIGHUP`` (a cancelled CI job, a closed terminal)
exceptions too, so the ``except BaseException: backup.restore()`` of a run restores for them as
it does for ``SIGINT`` (``KeyboardInterrupt``).
"""

from __future__ import annotations

import shutil
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType

from spectools.errors import UpdateError
from spectools.layout import CHANGELOG, GENERATED_PATHS, NAMES, PUBLISHED, REPORT_FILE, SOURCES, SPEC, UPSTREAM

# Everything a run may write; backed up first and restored if any step fails.
WRITTEN = (SOURCES, PUBLISHED, UPSTREAM, SPEC, NAMES, *GENERATED_PATHS[1:], CHANGELOG, REPORT_FILE)
TERMINATING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


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
        """Put every path back as it was. A path already missing is no error, and one path that cannot
        be restored does not stop the others: the failures are reported together at the end."""
        failed: list[str] = []
        for rel in WRITTEN:
            try:
                _remove(self.root / rel)
                if rel in self.present:
                    _copy(self.where / rel, self.root / rel)
            except OSError as exc:
                failed.append(f"{rel} ({exc.strerror or exc})")
        for directory in self.new_dirs:  # e.g. build/, made by the report; left alone unless empty
            with suppress(OSError):
                directory.rmdir()
        if failed:
            raise UpdateError(f"could not restore {', '.join(failed)}: restore them from git")


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.is_dir():
        shutil.rmtree(path, ignore_errors=True)  # entries that vanish meanwhile are no error...
        if path.exists():
            shutil.rmtree(path)  # ...but what is left is: this raises the reason


def _copy(backup: Path, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if backup.is_dir():
        shutil.copytree(backup, path)
    else:
        shutil.copy2(backup, path)


@contextmanager
def terminate_as_exit() -> Iterator[None]:
    """Within the block, ``SIGTERM`` and ``SIGHUP`` raise ``SystemExit(128 + signum)`` in the main
    thread, so ``except BaseException`` handlers (a restore) run; the process then exits with the
    shell's status for that signal. Later signals are ignored, so a second ``SIGTERM`` cannot
    interrupt the restore the first one started. The previous handlers are restored on exit."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("terminate_as_exit() works in the main thread only (signals are delivered there)")
    raised = False

    def exit_once(signum: int, frame: FrameType | None) -> None:
        nonlocal raised
        if not raised:
            raised = True
            raise SystemExit(128 + signum)

    previous = {signum: signal.signal(signum, exit_once) for signum in TERMINATING}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)  # None: set outside Python
