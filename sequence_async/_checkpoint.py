"""Checkpoint stores: where a batch job's progress lives, so a killed job resumes where it stopped.

A store keeps, per *step* (one batch or one listing of a job), the last recorded state of each
item key and a saved position. Every method's effect is durable when its await returns. States:

- ``"started"``: recorded before the item's call is sent; after a kill it was in flight and may
  have been applied (a resumed DELETE that then answers 404 counts as already deleted);
- ``"pending"``: its call was answered 429 and nothing was applied: it is sent again as if new;
- ``"succeeded"``, ``"already_deleted"``: done, not sent again;
- ``"failed"``: failed, and no attempt may have changed the server;
- ``"failed_maybe_applied"``: failed after an attempt that may have been applied (a 5xx, a lost
  connection), so a resumed DELETE that answers 404 counts as already deleted;
- ``"write_sent"``: recorded before the item sends a write that nothing makes safe to resend (a
  POST or PATCH without an ``Idempotency-Key`` or a superseding id); after a kill it may have been
  applied, so it is not sent again unless the caller says so (``resend_maybe_applied=True``);
- ``"write_maybe_applied"``: such a write failed after an attempt that may have been applied.

:class:`SQLiteCheckpoint` is the embedded default; :class:`MemoryCheckpoint` is for tests. Any
object with the methods of :class:`CheckpointStore` (e.g. over Redis or Postgres) can be used.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .errors import CheckpointError, InvalidParameterError

if TYPE_CHECKING:
    import sqlite3  # imported where a store is used: ~2 ms off `import sequence_async`

__all__ = [
    "DONE",
    "FAILED",
    "STATES",
    "TOUCHED",
    "UNSAFE",
    "CheckpointStore",
    "MemoryCheckpoint",
    "SQLiteCheckpoint",
    "checked_states",
    "checked_step",
    "checked_store",
    "fingerprint",
]

STATES = frozenset(
    {"started", "pending", "succeeded", "already_deleted", "failed", "failed_maybe_applied"}
    | {"write_sent", "write_maybe_applied"}
)
DONE = frozenset({"succeeded", "already_deleted"})  # not sent again
FAILED = frozenset({"failed", "failed_maybe_applied"})  # sent again only with retry_failed
# A write nothing makes safe to resend may have been applied: sent again only if the caller says so.
UNSAFE = frozenset({"write_sent", "write_maybe_applied"})
TOUCHED = frozenset({"started", "failed_maybe_applied"}) | UNSAFE  # an earlier call may have been applied
STREAM = "stream"  # the fingerprint of a source that is not sized: its keys are not known up front
_FORMAT = "sequence-async-checkpoint"
_VERSION = "2"  # 2: keys and positions are BLOBs (UTF-8, surrogatepass); six states
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SCHEMA = (
    "CREATE TABLE checkpoint_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE checkpoint_steps (step TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)",
    # A key is any str: stored as UTF-8 with surrogates passed through, so a lone surrogate
    # (e.g. an id decoded with surrogateescape) round-trips and fails alone like any bad id.
    "CREATE TABLE checkpoint_items (step TEXT NOT NULL, key BLOB NOT NULL, state TEXT NOT NULL,"
    " PRIMARY KEY (step, key)) WITHOUT ROWID",
    "CREATE TABLE checkpoint_positions (step TEXT PRIMARY KEY, position BLOB NOT NULL)",
)


@runtime_checkable
class CheckpointStore(Protocol):
    """Where a job's progress lives. Every method's effect is durable when its await returns."""

    async def open_step(self, step: str, fingerprint: str) -> dict[str, str]:
        """Begin or resume ``step``; returns key -> last recorded state (one of :data:`STATES`).

        Raises :class:`~sequence_async.errors.CheckpointError` if ``step`` was begun with
        another ``fingerprint`` (a different list of items). ``"stream"`` (an unsized source,
        whose keys are not known up front) matches any fingerprint: it cannot be checked.
        """
        ...

    async def record(self, step: str, key: str, state: str) -> None:
        """Record ``key``'s ``state`` in ``step`` (a later record for the same key replaces it)."""
        ...

    async def load_position(self, step: str) -> str | None:
        """The position last saved for ``step``, or None."""
        ...

    async def save_position(self, step: str, position: str) -> None:
        """Save ``step``'s position (replacing the previous one)."""
        ...

    async def aclose(self) -> None:
        """Release the store's resources."""
        ...


def fingerprint(keys: Iterable[str]) -> str:
    """The identity of a list of item keys: a resumed step must be given the same keys.

    The keys are sorted and deduplicated first: their order does not change which item has
    which state, and a set of str iterates in a different order in each process.
    """
    digest = hashlib.blake2b(digest_size=16)
    for key in sorted(set(keys)):
        encoded = key.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "big"))
        digest.update(encoded)
    return "keys:" + digest.hexdigest()


class MemoryCheckpoint:
    """A :class:`CheckpointStore` in memory (for tests): durable only as long as the object lives."""

    def __init__(self) -> None:
        self.fingerprints: dict[str, str] = {}
        self.states: dict[str, dict[str, str]] = {}
        self.positions: dict[str, str] = {}

    async def open_step(self, step: str, fingerprint: str) -> dict[str, str]:
        """Begin or resume ``step`` (see :meth:`CheckpointStore.open_step`)."""
        known = self.fingerprints.setdefault(step, fingerprint)
        if known != fingerprint and STREAM not in (known, fingerprint):
            raise CheckpointError(_mismatch(step), path=None)
        if known == STREAM:  # the first sized list of keys is the one checked from now on
            self.fingerprints[step] = fingerprint
        return dict(self.states.get(step, {}))

    async def record(self, step: str, key: str, state: str) -> None:
        """Record ``key``'s ``state`` in ``step``."""
        self.states.setdefault(step, {})[_key(key)] = _state(state)

    async def load_position(self, step: str) -> str | None:
        """The position last saved for ``step``, or None."""
        return self.positions.get(step)

    async def save_position(self, step: str, position: str) -> None:
        """Save ``step``'s position."""
        self.positions[step] = position

    async def aclose(self) -> None:
        """Release the store's resources."""
        return None


class SQLiteCheckpoint:
    """A :class:`CheckpointStore` in one SQLite file holding one job (stdlib ``sqlite3``, WAL mode).

    Durability: each write is its own committed transaction in WAL mode with
    ``synchronous=NORMAL``, so it survives the process being killed (SIGKILL, OOM): the WAL is
    in the OS's page cache and is recovered by the next open. It is not fsynced per write, so an
    OS crash or power loss may lose the last writes (those items are then sent again).

    Closing folds the WAL into the main file, so a closed checkpoint is one file. After a kill
    the last records may be in the ``-wal`` file next to it: it and ``-shm`` are then part of the
    checkpoint (copy them together, or open and close it once). SQLite cannot detect a truncated
    WAL: the records lost with it are sent again.

    The file is locked while open (SQLite's exclusive locking mode): a second process opening
    the same file gets :class:`CheckpointError`. A file that is not a checkpoint, is corrupt or
    truncated, or was written for another ``job`` is refused with :class:`CheckpointError`
    naming it, and left byte-for-byte as it was. A new file is built aside and linked into place,
    so a kill while creating it never leaves a half-made checkpoint.
    """

    def __init__(self, path: str | os.PathLike[str], *, job: str) -> None:
        if not isinstance(path, str | os.PathLike):
            raise InvalidParameterError(f"path must be a str or path, got {type(path).__name__}")
        if not isinstance(job, str) or not job:
            raise InvalidParameterError("job must be a non-empty str")
        _valid_text(job, "job")
        try:
            os.fsencode(path)  # a path the OS cannot take fails here, not inside sqlite
        except (UnicodeError, TypeError) as exc:
            raise InvalidParameterError("path cannot be encoded for the file system") from exc
        if "\0" in os.fsdecode(path):
            raise InvalidParameterError("path must not contain a NUL character")
        self.path = Path(path)
        self.job = job
        if not self.path.exists():
            self._create()
        self._validate()
        self._db: sqlite3.Connection | None = self._connect()

    def __repr__(self) -> str:
        return f"SQLiteCheckpoint({str(self.path)!r}, job={self.job!r})"

    async def __aenter__(self) -> SQLiteCheckpoint:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # Each write is a sqlite call on the event loop's thread: ~12 us per record, measured as
    # 82,000 records/s in `make bench` row 7d (20,000 records) (2-vCPU VM, ext4, WAL +
    # synchronous=NORMAL, wal_autocheckpoint=10000), less than handing it to a thread would cost
    # and never the bottleneck against an API allowing 25 calls/s (the target is >= 20,000/s).
    async def open_step(self, step: str, fingerprint: str) -> dict[str, str]:
        """Begin or resume ``step`` (see :meth:`CheckpointStore.open_step`)."""
        db = self._open_db()
        _valid_text(step, "step")
        _valid_text(fingerprint, "fingerprint")
        with self._errors("open a step in"):
            row = db.execute("SELECT fingerprint FROM checkpoint_steps WHERE step = ?", (step,)).fetchone()
            if row is None:
                db.execute("INSERT INTO checkpoint_steps VALUES (?, ?)", (step, fingerprint))
                return {}
            known = self._text(row[0], "a step's fingerprint")
            if known != fingerprint and STREAM not in (known, fingerprint):
                raise CheckpointError(f"{self.path}: {_mismatch(step)}", path=str(self.path))
            if known == STREAM and fingerprint != STREAM:  # the first sized list is checked from now on
                db.execute("UPDATE checkpoint_steps SET fingerprint = ? WHERE step = ?", (fingerprint, step))
            rows = db.execute("SELECT key, state FROM checkpoint_items WHERE step = ?", (step,)).fetchall()
        states: dict[str, str] = {}
        for key, state in rows:
            states[self._key_of(key)] = self._state_of(state)
        return states

    async def record(self, step: str, key: str, state: str) -> None:
        """Record ``key``'s ``state`` in ``step``."""
        db = self._open_db()
        _valid_text(step, "step")
        blob = _key(key).encode("utf-8", "surrogatepass")
        state = _state(state)
        with self._errors("record in"):
            db.execute(
                "INSERT INTO checkpoint_items VALUES (?, ?, ?)"
                " ON CONFLICT (step, key) DO UPDATE SET state = excluded.state",
                (step, blob, state),
            )

    async def load_position(self, step: str) -> str | None:
        """The position last saved for ``step``, or None."""
        db = self._open_db()
        _valid_text(step, "step")
        with self._errors("read"):
            row = db.execute("SELECT position FROM checkpoint_positions WHERE step = ?", (step,)).fetchone()
        if row is None:
            return None
        if not isinstance(row[0], bytes):
            raise self._altered("a saved position")
        try:
            return row[0].decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:  # never echo it: a position is server data (it may hold a credential)
            raise self._altered("a saved position") from None

    async def save_position(self, step: str, position: str) -> None:
        """Save ``step``'s position."""
        db = self._open_db()
        _valid_text(step, "step")
        if not isinstance(position, str):
            raise InvalidParameterError(f"position must be a str, got {type(position).__name__}")
        with self._errors("save a position in"):
            db.execute(
                "INSERT INTO checkpoint_positions VALUES (?, ?)"
                " ON CONFLICT (step) DO UPDATE SET position = excluded.position",
                (step, position.encode("utf-8", "surrogatepass")),
            )

    async def aclose(self) -> None:
        """Close the file, folding the WAL into it first: a closed checkpoint is one file."""
        db, self._db = self._db, None
        if db is not None:
            try:
                with self._errors("close"):
                    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                db.close()

    def _text(self, value: object, what: str) -> str:
        """A stored TEXT value (read as bytes: a decoding error must not echo stored data)."""
        if isinstance(value, bytes):
            with contextlib.suppress(UnicodeDecodeError):
                return value.decode("utf-8")
        raise self._altered(what)

    def _key_of(self, value: object) -> str:
        if isinstance(value, bytes):
            with contextlib.suppress(UnicodeDecodeError):
                return value.decode("utf-8", "surrogatepass")
        raise self._altered("an item's key")

    def _state_of(self, value: object) -> str:
        state = self._text(value, "an item's state")
        if state not in STATES:
            raise self._altered("an item's state")
        return state

    def _altered(self, what: str) -> CheckpointError:
        return CheckpointError(
            f"{self.path}: {what} in the checkpoint is not one this SDK wrote (altered or corrupt); nothing was sent",
            path=str(self.path),
        )

    def _open_db(self) -> sqlite3.Connection:
        if self._db is None:
            raise CheckpointError(f"{self.path}: the checkpoint is closed", path=str(self.path))
        return self._db

    @contextlib.contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        import sqlite3

        try:
            yield
        except sqlite3.Error as exc:  # typed, naming the file
            raise CheckpointError(f"{self.path}: could not {doing} the checkpoint: {exc}", path=str(self.path)) from exc

    def _refuse(self, why: str, cause: BaseException | None = None) -> CheckpointError:
        error = CheckpointError(f"{self.path}: {why}; the file was left as it was", path=str(self.path))
        error.__cause__ = cause
        return error

    def _create(self) -> None:
        """Build a new checkpoint aside, then link it into place (never over an existing file)."""
        import sqlite3

        aside = self.path.with_name(f".{self.path.name}.{os.getpid()}.{time.monotonic_ns()}.new")
        try:
            db = sqlite3.connect(aside, isolation_level=None)
            try:
                db.execute("PRAGMA journal_mode=WAL")  # recorded in the file: every later open is WAL
                db.execute("BEGIN")
                for statement in _SCHEMA:
                    db.execute(statement)
                meta = [("format", _FORMAT), ("version", _VERSION), ("job", self.job)]
                db.executemany("INSERT INTO checkpoint_meta VALUES (?, ?)", meta)
                db.execute("COMMIT")
            finally:
                db.close()
            with contextlib.suppress(FileExistsError):  # another run made it first: validated next
                os.link(aside, self.path)
        except (OSError, sqlite3.Error) as exc:
            raise CheckpointError(f"{self.path}: could not create the checkpoint: {exc}", path=str(self.path)) from exc
        finally:
            for leftover in (aside, aside.with_name(aside.name + "-wal"), aside.with_name(aside.name + "-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def _validate(self) -> None:
        """Refuse a file that is not this job's checkpoint, reading it only (never writing it)."""
        try:
            with self.path.open("rb") as file:
                header = file.read(100)
                size = file.seek(0, os.SEEK_END)
        except OSError as exc:
            raise self._refuse(f"cannot read the checkpoint ({exc.strerror})", exc) from exc
        if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
            raise self._refuse("not a sequence-async checkpoint file")
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if page_size < 512 or page_size & (page_size - 1):  # SQLite's are powers of two, 512 to 65,536
            raise self._refuse("not a sequence-async checkpoint, or a corrupt one (bad page size)")
        pages = int.from_bytes(header[28:32], "big")
        if size < pages * page_size or size % page_size:
            raise self._refuse(f"the checkpoint file is truncated ({size} bytes, {pages} pages of {page_size})")
        job = self._read_meta()
        if job != self.job:
            raise self._refuse(f"this checkpoint belongs to job {job!r}, not {self.job!r}")

    def _read_meta(self) -> str:
        """The file's job name, read over a read-only connection (which never checkpoints the WAL)."""
        import sqlite3

        uri = self.path.resolve().as_uri() + "?mode=ro"
        try:
            db = sqlite3.connect(uri, uri=True)
        except sqlite3.Error as exc:
            raise self._refuse(f"cannot open the checkpoint ({exc})", exc) from exc
        try:
            check = db.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise self._refuse(f"the checkpoint file is corrupt ({check[0][0]})")
            db.text_factory = bytes  # decoded below: a decoding error must not echo stored data
            rows = db.execute("SELECT name, value FROM checkpoint_meta").fetchall()
            meta = {_decoded(name): _decoded(value) for name, value in rows}
        except sqlite3.Error as exc:
            if "locked" in str(exc):  # another process has it open (see _connect)
                raise CheckpointError(
                    f"{self.path}: the checkpoint is in use by another process", path=str(self.path)
                ) from exc
            if not os.access(self.path.parent, os.W_OK) or not os.access(self.path, os.W_OK):
                # SQLite cannot read a WAL database it may not write (its -shm): say so, not "corrupt"
                raise self._refuse("cannot write the checkpoint file or its directory", exc) from exc
            raise self._refuse(f"not a sequence-async checkpoint, or a corrupt one ({exc})", exc) from exc
        finally:
            db.close()
        if meta.get("format") != _FORMAT:
            raise self._refuse("not a sequence-async checkpoint file")
        if meta.get("version") != _VERSION:
            raise self._refuse(f"checkpoint format version {meta.get('version')!r} is not supported (want {_VERSION})")
        return str(meta.get("job"))

    def _connect(self) -> sqlite3.Connection:
        import sqlite3

        try:
            db = sqlite3.connect(self.path, isolation_level=None)  # autocommit: each write commits
            db.text_factory = bytes  # stored text is decoded by the methods (never echoed in an error)
            try:
                db.execute("PRAGMA locking_mode=EXCLUSIVE")  # one run at a time per file
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")  # durable against a kill; see the class docstring
                # Each record commits one WAL frame, so the default (a checkpoint, with its fsync,
                # every 1,000 frames) ran one fsync per 1,000 records: ~30,000 records/s. Every
                # 10,000 frames (a WAL of up to ~40 MB) measured ~60,000/s.
                db.execute("PRAGMA wal_autocheckpoint=10000")
                db.execute("BEGIN IMMEDIATE")  # take the lock now, not at the first record
                db.execute("COMMIT")
            except BaseException:
                db.close()
                raise
        except sqlite3.OperationalError as exc:
            message = "in use by another process" if "locked" in str(exc) else str(exc)
            if "readonly" in message or "read-only" in message:
                message = "cannot write the checkpoint file or its directory"
            raise CheckpointError(f"{self.path}: cannot open the checkpoint: {message}", path=str(self.path)) from exc
        except sqlite3.Error as exc:
            raise CheckpointError(f"{self.path}: cannot open the checkpoint: {exc}", path=str(self.path)) from exc
        return db


def checked_store(checkpoint: object, methods: tuple[str, ...]) -> None:
    """Refuse a ``checkpoint`` that is not a store instance with these ``async`` methods."""
    if isinstance(checkpoint, type):
        raise InvalidParameterError(f"checkpoint must be a store instance, got the class {checkpoint.__name__}")
    for name in methods:
        method = getattr(checkpoint, name, None)
        if not callable(method):
            raise InvalidParameterError(
                f"checkpoint must have {' and '.join(methods)} methods, got {type(checkpoint).__name__}"
            )
        if not inspect.iscoroutinefunction(method):
            raise InvalidParameterError(f"checkpoint.{name} must be an async method (async def), got a synchronous one")


def checked_step(step: object) -> str:
    """A step name given with a checkpoint: a non-blank str of valid Unicode."""
    if not isinstance(step, str):
        raise InvalidParameterError(f"step must be a str with a checkpoint, got {type(step).__name__}")
    try:
        step.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError("step is not valid Unicode (it contains a lone surrogate)") from None
    if not step.strip():
        raise InvalidParameterError("step must not be empty or whitespace")
    return step


def checked_states(states: object) -> dict[str, str]:
    """What a store's ``open_step`` returned, checked: a dict of str key -> known state."""
    if not isinstance(states, dict):
        raise CheckpointError(f"the checkpoint's open_step returned a {type(states).__name__}, not a dict")
    for key, state in states.items():
        if not isinstance(key, str):
            raise CheckpointError(
                f"the checkpoint's open_step returned a key that is a {type(key).__name__}, not a str"
            )
        if state not in STATES:
            raise CheckpointError(f"the checkpoint's open_step returned a state that is not one of {sorted(STATES)}")
    return states


def _valid_text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidParameterError(f"{name} must be a str, got {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError(f"{name} is not valid Unicode (it contains a lone surrogate)") from None
    return value


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise InvalidParameterError(f"key must be a str, got {type(key).__name__}")
    return key


def _decoded(value: object) -> str:
    """Stored meta text; anything that is not UTF-8 reads as "" (then refused as not a checkpoint)."""
    if isinstance(value, bytes):
        with contextlib.suppress(UnicodeDecodeError):
            return value.decode("utf-8")
    return value if isinstance(value, str) else ""


def _state(state: str) -> str:
    if state not in STATES:
        raise InvalidParameterError(f"state must be one of {sorted(STATES)}, got {state!r}")
    return state


def _mismatch(step: str) -> str:
    return f"step {step!r} was begun with a different list of items (another operation or id list)"
