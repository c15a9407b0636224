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
import stat
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
    "Touched",
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
_VERSION = "3"  # 3: every row sealed (see SQLiteCheckpoint); 2: keys and positions are BLOBs, six states
_UPGRADABLE = "2"  # upgraded in place when opened
_SQLITE_MAGIC = b"SQLite format 3\x00"
# Every table is WITHOUT ROWID: one b-tree each, no second index that quick_check does not hold
# against it (a corrupt index could hide a row from a lookup while a scan finds it sealed).
# Rows are read by scans (`WHERE +step = ?`: no index), the way _verify checks them.
_SCHEMA = (
    "CREATE TABLE checkpoint_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE checkpoint_steps (step TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, seal BLOB NOT NULL)"
    " WITHOUT ROWID",
    # A key is any str: stored as UTF-8 with surrogates passed through, so a lone surrogate
    # (e.g. an id decoded with surrogateescape) round-trips and fails alone like any bad id.
    "CREATE TABLE checkpoint_items (step TEXT NOT NULL, key BLOB NOT NULL, state TEXT NOT NULL,"
    " seal BLOB NOT NULL, PRIMARY KEY (step, key)) WITHOUT ROWID",
    "CREATE TABLE checkpoint_positions (step TEXT PRIMARY KEY, position BLOB NOT NULL, seal BLOB NOT NULL)"
    " WITHOUT ROWID",
)
_SALT_SIZE = 16
_SEAL_SIZE = 16
# Per sealed table: its tag in the seal, what a message calls a row, a query for every row's
# fields, seal and the fields' types (a type changed by corruption would hide a row from
# `WHERE step = ?` with its seal still matching), and the types the SDK writes.
_SEALED = (
    (
        b"step",
        "a step's record",
        "SELECT step, fingerprint, seal, typeof(step) || ',' || typeof(fingerprint) FROM checkpoint_steps",
        b"text,text",
    ),
    (
        b"item",
        "an item's record",
        "SELECT step, key, state, seal, typeof(step) || ',' || typeof(key) || ',' || typeof(state)"
        " FROM checkpoint_items",
        b"text,blob,text",
    ),
    (
        b"position",
        "a saved position",
        "SELECT step, position, seal, typeof(step) || ',' || typeof(position) FROM checkpoint_positions",
        b"text,blob",
    ),
)
_UPGRADE = {
    b"step": "UPDATE checkpoint_steps SET seal = ? WHERE step = ?",
    b"item": "UPDATE checkpoint_items SET seal = ? WHERE step = ? AND key = ?",
    b"position": "UPDATE checkpoint_positions SET seal = ? WHERE step = ?",
}
_STATE_BYTES = {state: state.encode("ascii") for state in STATES}
_SHOWN = 80  # at most this many characters of a name (job, step) or other text echoed in a message
_SHOWN_PATH = 160  # and of a path


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

    Closing folds the WAL into the main file, so a closed checkpoint is one file. After a kill,
    or a full disk, the last records may be in the ``-wal`` file next to it (and the main file
    may be shorter than its header says, if the kill came while SQLite was folding the WAL in):
    the ``-wal`` is then part of the checkpoint, recovered by SQLite on the next open (copy it
    together with the file, or open and close it once). SQLite cannot detect a truncated WAL:
    the records lost with it are sent again. A write that fails (a full disk) raises
    :class:`CheckpointError`; the records written before it stay, and the file opens again.

    The file is locked while open (SQLite's exclusive locking mode): a second opener, in this
    process or another, gets :class:`CheckpointError` at once (it does not wait). A path that
    is not a regular file (a directory, a FIFO, a device), cannot be looked up, or is a file
    that is not a checkpoint, is corrupt or truncated, or was written for another ``job`` is
    refused with :class:`CheckpointError` naming it, and left byte-for-byte as it was.

    Integrity: SQLite's ``quick_check`` runs on every open, and every row carries a seal (a
    keyed BLAKE2b of its fields under a random salt kept in the file), checked when the first
    step is opened or position loaded: a row corrupted on disk or edited without the SDK
    (e.g. a state set to ``succeeded`` by hand) is refused. This detects corruption and edits,
    not a forger who recomputes the seal with the salt from the file, nor a deleted row or a
    whole file replaced by an older copy of itself. A file of format version 2 (before seals)
    is upgraded in place when opened: its rows are sealed as they are.

    A new file is built aside and linked into place, so a kill while creating it never leaves
    a half-made checkpoint. Every name or path echoed in a message is escaped and shortened.
    """

    def __init__(self, path: str | os.PathLike[str], *, job: str) -> None:
        if not isinstance(path, str | os.PathLike):
            raise InvalidParameterError(f"path must be a str or path, got {type(path).__name__}")
        if not isinstance(job, str) or not job:
            raise InvalidParameterError("job must be a non-empty str")
        _valid_text(job, "job")
        try:
            name = os.fspath(path)
            os.fsencode(name)  # a path the OS cannot take fails here, not inside sqlite
        except (UnicodeError, TypeError) as exc:
            raise InvalidParameterError("path cannot be encoded for the file system") from exc
        if not isinstance(name, str):
            raise InvalidParameterError(f"path must be a str or path, got a path of {type(name).__name__}")
        if "\0" in name:
            raise InvalidParameterError("path must not contain a NUL character")
        self.path = Path(name)
        self.job = job
        self._where = _shown(name, _SHOWN_PATH)  # the file as named in messages: bounded, escaped
        self._mac = hashlib.blake2b(digest_size=_SEAL_SIZE)  # keyed with the file's salt by _start
        self._verified = False  # every row's seal checked (once: the file is locked while open)
        if not self._exists():
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
    # Its seal (a keyed BLAKE2b of ~50 bytes) adds ~1 us and no query.
    async def open_step(self, step: str, fingerprint: str) -> dict[str, str]:
        """Begin or resume ``step`` (see :meth:`CheckpointStore.open_step`)."""
        db = self._open_db()
        _valid_text(step, "step")
        _valid_text(fingerprint, "fingerprint")
        name, sized = step.encode("utf-8"), fingerprint.encode("utf-8")
        with self._errors("open a step in"):
            self._verify(db)
            row = db.execute("SELECT fingerprint FROM checkpoint_steps WHERE +step = ?", (step,)).fetchone()
            if row is None:
                db.execute(
                    "INSERT INTO checkpoint_steps (step, fingerprint, seal) VALUES (?, ?, ?)",
                    (step, fingerprint, self._seal(b"step", name, sized)),
                )
                return {}
            known = self._text(row[0], "a step's fingerprint")
            if known != fingerprint and STREAM not in (known, fingerprint):
                raise CheckpointError(f"{self._where}: {_mismatch(step)}", path=str(self.path))
            if known == STREAM and fingerprint != STREAM:  # the first sized list is checked from now on
                db.execute(
                    "UPDATE checkpoint_steps SET fingerprint = ?, seal = ? WHERE step = ?",
                    (fingerprint, self._seal(b"step", name, sized), step),
                )
            rows = db.execute("SELECT key, state FROM checkpoint_items WHERE +step = ?", (step,)).fetchall()
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
        seal = self._seal(b"item", step.encode("utf-8"), blob, _STATE_BYTES[state])
        with self._errors("record in"):
            db.execute(
                "INSERT INTO checkpoint_items (step, key, state, seal) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (step, key) DO UPDATE SET state = excluded.state, seal = excluded.seal",
                (step, blob, state, seal),
            )

    async def load_position(self, step: str) -> str | None:
        """The position last saved for ``step``, or None."""
        db = self._open_db()
        _valid_text(step, "step")
        with self._errors("read"):
            self._verify(db)
            row = db.execute("SELECT position FROM checkpoint_positions WHERE +step = ?", (step,)).fetchone()
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
        blob = position.encode("utf-8", "surrogatepass")
        with self._errors("save a position in"):
            db.execute(
                "INSERT INTO checkpoint_positions (step, position, seal) VALUES (?, ?, ?)"
                " ON CONFLICT (step) DO UPDATE SET position = excluded.position, seal = excluded.seal",
                (step, blob, self._seal(b"position", step.encode("utf-8"), blob)),
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

    def _seal(self, *fields: bytes) -> bytes:
        """A row's seal: the file's keyed BLAKE2b over its table's tag and its fields, each length-prefixed."""
        mac = self._mac.copy()
        for field in fields:
            mac.update(len(field).to_bytes(4, "big"))
            mac.update(field)
        return mac.digest()

    def _verify(self, db: sqlite3.Connection) -> None:
        """Refuse the file if any row's seal does not match its fields (once: the file is locked while open)."""
        if self._verified:
            return
        for tag, what, query, types in _SEALED:
            for *fields, seal, typed in db.execute(query):
                if typed != types or seal != self._seal(tag, *fields):  # (a type changed: not found by step)
                    raise self._altered(what)
        self._verified = True

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
            f"{self._where}: {what} in the checkpoint is not one this SDK wrote (altered or corrupt); nothing was sent",
            path=str(self.path),
        )

    def _open_db(self) -> sqlite3.Connection:
        if self._db is None:
            raise CheckpointError(f"{self._where}: the checkpoint is closed", path=str(self.path))
        return self._db

    @contextlib.contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        import sqlite3

        try:
            yield
        except (sqlite3.Error, UnicodeDecodeError) as exc:  # typed, naming the file (a corrupt file's
            # message may quote its bytes: Python then fails to decode the message itself)
            raise CheckpointError(
                f"{self._where}: could not {doing} the checkpoint: {_shown(str(exc))}", path=str(self.path)
            ) from exc

    def _refuse(self, why: str, cause: BaseException | None = None) -> CheckpointError:
        error = CheckpointError(f"{self._where}: {why}; the file was left as it was", path=str(self.path))
        error.__cause__ = cause
        return error

    def _exists(self) -> bool:
        """Whether something is at the path (a path that cannot be looked up is refused, typed)."""
        try:
            os.stat(self.path)
        except FileNotFoundError:  # (a dangling symlink too: refused when read, not created through)
            return False
        except OSError as exc:  # a name too long, a directory not searchable, a symlink loop, a file as parent
            raise self._refuse(f"cannot use this path ({exc.strerror or exc})", exc) from exc
        return True

    def _create(self) -> None:
        """Build a new checkpoint aside, then link it into place (never over an existing file)."""
        import sqlite3

        # (the name is cut: a name near the 255-byte limit must not make the aside name too long)
        aside = self.path.with_name(f".{self.path.name[:64]}.{os.getpid()}.{time.monotonic_ns()}.new")
        try:
            os.close(os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # an OSError says why
            db = sqlite3.connect(aside.resolve().as_uri(), uri=True, isolation_level=None, timeout=0)
            try:
                db.execute("PRAGMA journal_mode=WAL")  # recorded in the file: every later open is WAL
                db.execute("BEGIN")
                for statement in _SCHEMA:
                    db.execute(statement)
                salt = os.urandom(_SALT_SIZE).hex()
                meta = [("format", _FORMAT), ("version", _VERSION), ("job", self.job), ("salt", salt)]
                db.executemany("INSERT INTO checkpoint_meta VALUES (?, ?)", meta)
                db.execute("COMMIT")
            finally:
                db.close()
            with contextlib.suppress(FileExistsError):  # another run made it first: validated next
                os.link(aside, self.path)
        except FileNotFoundError as exc:
            raise CheckpointError(
                f"{self._where}: could not create the checkpoint (its directory does not exist)", path=str(self.path)
            ) from exc
        except OSError as exc:
            raise CheckpointError(
                f"{self._where}: could not create the checkpoint ({exc.strerror or exc})", path=str(self.path)
            ) from exc
        except sqlite3.Error as exc:
            raise CheckpointError(
                f"{self._where}: could not create the checkpoint: {_shown(str(exc))}", path=str(self.path)
            ) from exc
        finally:
            for leftover in (aside, aside.with_name(aside.name + "-wal"), aside.with_name(aside.name + "-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def _header(self) -> tuple[bytes, int]:
        """The file's first 100 bytes and its size, read without blocking (a FIFO is refused unopened for reading)."""
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        try:
            fd = os.open(self.path, flags)
        except OSError as exc:
            raise self._refuse(f"cannot read the checkpoint ({exc.strerror or exc})", exc) from exc
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise self._refuse("not a regular file (a directory, a FIFO or a device), so not a checkpoint")
            return os.read(fd, 100), info.st_size
        except OSError as exc:
            raise self._refuse(f"cannot read the checkpoint ({exc.strerror or exc})", exc) from exc
        finally:
            os.close(fd)

    def _validate(self) -> None:
        """Refuse a file that is not this job's checkpoint, reading it only (never writing it)."""
        header, size = self._header()
        if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
            raise self._refuse("not a sequence-async checkpoint file")
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if page_size < 512 or page_size & (page_size - 1):  # SQLite's are powers of two, 512 to 65,536
            raise self._refuse("not a sequence-async checkpoint, or a corrupt one (bad page size)")
        # The header's page count is the file's size only without a WAL: with one, the WAL holds
        # the newest pages and a kill (or a full disk) while SQLite folds it into the file leaves
        # the file shorter than its header says. SQLite recovers that: quick_check (in
        # _read_meta, over a connection that sees the WAL) then judges the pages it reads.
        pages = int.from_bytes(header[28:32], "big")
        counted = header[92:96] == header[24:28]  # SQLite trusts the count only if written with the header
        if not self._has_wal() and (size % page_size or (counted and size < pages * page_size)):
            raise self._refuse(f"the checkpoint file is truncated ({size} bytes, {pages} pages of {page_size})")
        job = self._read_meta()
        if job != self.job:
            raise self._refuse(f"this checkpoint belongs to job '{_shown(job)}', not '{_shown(self.job)}'")

    def _has_wal(self) -> bool:
        """Whether the file has a WAL with frames in it (``<file>-wal``, next to the file a symlink names)."""
        try:
            return os.stat(os.path.realpath(self.path) + "-wal").st_size > 0
        except (OSError, ValueError):
            return False

    def _read_meta(self) -> str:
        """The file's job name, read over a read-only connection (which never checkpoints the WAL)."""
        import sqlite3

        try:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            db = sqlite3.connect(uri, uri=True, timeout=0)  # timeout=0: a file in use is refused at once
        except (OSError, RuntimeError, ValueError, sqlite3.Error) as exc:  # (ValueError: UnicodeDecodeError too)
            raise self._refuse(f"cannot open the checkpoint ({_shown(str(exc))})", exc) from exc
        try:
            check = db.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise self._refuse(f"the checkpoint file is corrupt ({_shown(str(check[0][0]))})")
            db.text_factory = bytes  # decoded below: a decoding error must not echo stored data
            rows = db.execute("SELECT name, value FROM checkpoint_meta").fetchall()
            meta = {_decoded(name): _decoded(value) for name, value in rows}
        except (sqlite3.Error, UnicodeDecodeError) as exc:  # (a message quoting a corrupt file's bytes)
            raise self._unreadable(exc) from exc
        finally:
            db.close()
        if meta.get("format") != _FORMAT:
            raise self._refuse("not a sequence-async checkpoint file")
        if meta.get("version") not in (_VERSION, _UPGRADABLE):
            version = _shown(str(meta.get("version")))
            raise self._refuse(f"checkpoint format version '{version}' is not supported (want {_VERSION})")
        return str(meta.get("job"))

    def _unreadable(self, exc: BaseException) -> CheckpointError:
        """Why the read-only look at the file failed."""
        if "locked" in str(exc):  # another connection has it open (see _connect)
            return CheckpointError(f"{self._where}: the checkpoint is in use by another process", path=str(self.path))
        if not os.access(self.path.parent, os.W_OK) or not os.access(self.path, os.W_OK):
            # SQLite cannot read a WAL database it may not write (its -shm): say so, not "corrupt"
            return self._refuse("cannot write the checkpoint file or its directory", exc)
        return self._refuse(f"not a sequence-async checkpoint, or a corrupt one ({_shown(str(exc))})", exc)

    def _connect(self) -> sqlite3.Connection:
        import sqlite3

        try:
            # autocommit: each write commits; timeout=0: a file in use is refused at once, not in 5 s
            # By absolute URI, as _read_meta opens it: a relative name such as "file:other.ckpt"
            # would be read by SQLite as a URI naming another file.
            db = sqlite3.connect(self.path.resolve().as_uri(), uri=True, isolation_level=None, timeout=0)
            db.text_factory = bytes  # stored text is decoded by the methods (never echoed in an error)
            try:
                db.execute("PRAGMA locking_mode=EXCLUSIVE")  # one run at a time per file
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")  # durable against a kill; see the class docstring
                # Each record commits one WAL frame, so the default (a checkpoint, with its fsync,
                # every 1,000 frames) ran one fsync per 1,000 records: ~30,000 records/s. Every
                # 10,000 frames (a WAL of up to ~40 MB) measured ~60,000/s.
                db.execute("PRAGMA wal_autocheckpoint=10000")
                self._start(db)
            except BaseException:
                db.close()
                raise
        except sqlite3.OperationalError as exc:
            message = "in use by another process" if "locked" in str(exc) else _shown(str(exc))
            if "readonly" in message or "read-only" in message:
                message = "cannot write the checkpoint file or its directory"
            raise CheckpointError(f"{self._where}: cannot open the checkpoint: {message}", path=str(self.path)) from exc
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise CheckpointError(
                f"{self._where}: cannot open the checkpoint: {_shown(str(exc))}", path=str(self.path)
            ) from exc
        return db

    def _start(self, db: sqlite3.Connection) -> None:
        """Take the file's lock, upgrade a version-2 file in place, and key the seals with its salt."""
        db.execute("BEGIN IMMEDIATE")  # take the lock now, not at the first record
        row = db.execute("SELECT value FROM checkpoint_meta WHERE +name = 'version'").fetchone()
        if row == (_UPGRADABLE.encode(),):  # read again under the lock: another run may have upgraded it
            self._upgrade(db)
        row = db.execute("SELECT value FROM checkpoint_meta WHERE +name = 'salt'").fetchone()
        try:
            salt = bytes.fromhex(row[0].decode("ascii"))
        except (TypeError, AttributeError, ValueError):  # (no row, not text, not hex)
            raise self._altered("the file's salt") from None
        if not 16 <= len(salt) <= 64:
            raise self._altered("the file's salt")
        db.execute("COMMIT")
        self._mac = hashlib.blake2b(key=salt, digest_size=_SEAL_SIZE)

    def _upgrade(self, db: sqlite3.Connection) -> None:
        """Seal a version-2 file's rows as they are (in the caller's transaction); rows whose
        fields are not what the SDK stores keep an empty seal, so are refused when read."""
        salt = os.urandom(_SALT_SIZE)
        self._mac = hashlib.blake2b(key=salt, digest_size=_SEAL_SIZE)
        for table in ("checkpoint_steps", "checkpoint_items", "checkpoint_positions"):
            db.execute(f"ALTER TABLE {table} ADD COLUMN seal BLOB NOT NULL DEFAULT x''")
        db.execute("INSERT INTO checkpoint_meta VALUES ('salt', ?)", (salt.hex(),))
        db.execute("UPDATE checkpoint_meta SET value = ? WHERE name = 'version'", (_VERSION,))
        for tag, _, query, types in _SEALED:
            rows = []
            for *fields, _, typed in db.execute(query).fetchall():
                if typed == types:  # (so every field is bytes)
                    with contextlib.suppress(UnicodeDecodeError):
                        keyed = fields[1:2] if tag == b"item" else []  # an item's key: BLOB, as stored
                        rows.append((self._seal(tag, *fields), fields[0].decode("utf-8"), *keyed))
            db.executemany(_UPGRADE[tag], rows)


class Touched:
    """A batch's view of a store through ``open_step``: collects the keys an earlier run may have
    applied (``touched``: "started" at a kill, or failed after an attempt that may have reached
    the API) and those it saw refused with no effect (``refused``: "failed"); ``identity``, if
    given, stands for a sized step's fingerprint (what the step's items are, beyond their keys)."""

    def __init__(
        self, store: CheckpointStore, touched: set[str], refused: set[str] | None = None, identity: str | None = None
    ) -> None:
        self._store = store
        self.wrapped = store  # its steps are claimed (one running batch per step)
        self._touched = touched
        self._refused = refused
        self._identity = identity
        # The store's own methods, not wrappers: only open_step needs to see what is passed.
        self.record = store.record
        self.load_position = store.load_position
        self.save_position = store.save_position
        self.aclose = store.aclose

    async def open_step(self, step: str, fingerprint: str) -> dict[str, str]:
        if fingerprint != STREAM and self._identity is not None:
            fingerprint = self._identity
        states = checked_states(await self._store.open_step(step, fingerprint))
        self._touched.update(key for key, state in states.items() if state in TOUCHED)
        if self._refused is not None:
            self._refused.update(key for key, state in states.items() if state == "failed")
        return states


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
    if not isinstance(state, str) or state not in STATES:
        raise InvalidParameterError(f"state must be one of {sorted(STATES)}, got {_shown(repr(state))}")
    return state


def _mismatch(step: str) -> str:
    return f"step '{_shown(step)}' was begun with a different list of items (another operation or id list)"


def _shown(text: str, limit: int = _SHOWN) -> str:
    """``text`` as echoed in a message: unprintable characters escaped (as ``repr`` does), at
    most ``limit`` characters, a longer one cut in the middle at an ellipsis (it keeps both the
    start of a name and the end of a path: its file name)."""
    head = _escaped(text[:limit])
    if len(text) <= limit and sum(map(len, head)) <= limit:
        return "".join(head)
    kept = "".join(_fitting(head, (limit - 1) // 2))
    tail = _fitting(_escaped(text[-limit:])[::-1], limit - 1 - len(kept))
    return kept + "…" + "".join(reversed(tail))


def _escaped(text: str) -> list[str]:
    return [char if char.isprintable() else repr(char)[1:-1] for char in text]


def _fitting(pieces: list[str], budget: int) -> list[str]:
    """The first of ``pieces`` (each one character, maybe escaped) that fit in ``budget`` characters."""
    kept: list[str] = []
    for piece in pieces:
        budget -= len(piece)
        if budget < 0:
            break
        kept.append(piece)
    return kept
