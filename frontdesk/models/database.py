"""Opening the encrypted SQLCipher database through SQLAlchemy.

The key is a random 32-byte value given as a raw hex key (no slow key
derivation on every connection). Every connection is set up the same way,
in order, and proves the key before it is handed out.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from frontdesk.memory import release_free_memory as release_free_memory

KEY_BYTES = 32
# How long a writer waits for another writer (the dispatcher, `serve`, a staff action)
# before "database is locked". Write transactions are short; this is a ceiling, not a wait.
BUSY_TIMEOUT_MS = 15_000
WRITE = "frontdesk_write"  # execution option: this transaction will write
# Page cache per connection, in KiB (decrypted pages kept for the next statement). Every
# pooled connection may fill its own and keeps it while it waits in the pool, so the pool's
# total is what counts: POOL_SIZE + POOL_OVERFLOW connections of POOL_CACHE_KIB at most.
# A day's rows touch a few hundred pages; a build or a check that reads the whole file
# once gains nothing from a big cache (every page is read once), it only fills it.
POOL_CACHE_KIB = 8_192
SCAN_CACHE_KIB = 2_048  # a connection that reads the file once through (integrity checks)
POOL_SIZE, POOL_OVERFLOW = 4, 4


class DatabaseOpenError(Exception):
    """The database file cannot be opened; the subclass says why."""


class DatabaseKeyError(DatabaseOpenError):
    """The key does not open this file (wrong key, or page 1 unreadable: SQLite's NOTADB)."""


class DatabaseDamagedError(DatabaseOpenError):
    """The file opens with the key but its pages are malformed (cut short, damaged)."""


class DatabaseFullError(DatabaseOpenError):
    """The disk holding the database (or its WAL) is full."""


_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_NOTADB, _SQLITE_IOERR = 11, 13, 26, 10
NEARLY_FULL_BYTES = 16 * 1024 * 1024  # an I/O error with less free space than this: disk full


def _disk_nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def classify_open_error(exc: BaseException, path: Path) -> Exception:
    """The DatabaseOpenError that says what a SQLite error on opening really means."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        code &= 0xFF  # the primary result code of an extended one
    if code == _SQLITE_FULL or (code == _SQLITE_IOERR and _disk_nearly_full(path)):
        return DatabaseFullError("the disk holding the database is full")
    if code == _SQLITE_CORRUPT:
        return DatabaseDamagedError("the database file is damaged")
    if code == _SQLITE_NOTADB:
        return DatabaseKeyError("the key does not open this database")
    return exc if isinstance(exc, Exception) else DatabaseOpenError(type(exc).__name__)


def _raw_key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, read_only: bool = False,
            cache_kib: int | None = None) -> sqlcipher.Connection:
    """One DB-API connection, keyed, tuned and proven to open the file.

    `read_only` opens a file nobody else writes (a backup copy) without changing it.
    `cache_kib`: its page cache (POOL_CACHE_KIB unless said; SCAN_CACHE_KIB for read_only).
    Failures say what went wrong: DatabaseKeyError (the key does not open page 1),
    DatabaseDamagedError (malformed pages), DatabaseFullError (no space for the WAL).
    """
    if read_only:
        conn = sqlcipher.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True,
                                 check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        conn.execute(_raw_key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if not read_only:
                conn.execute("PRAGMA journal_mode = WAL")
        except sqlcipher.DatabaseError as exc:
            raise classify_open_error(exc, path) from exc
        default_kib = SCAN_CACHE_KIB if read_only else POOL_CACHE_KIB
        conn.execute(f"PRAGMA cache_size = -{int(cache_kib or default_kib)}")
        if read_only:
            return conn
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except BaseException:
        conn.close()
        raise
    return conn


def open_engine(path: Path, key: bytes) -> Engine:
    """An engine whose every pooled connection goes through `connect`."""
    connect(path, key).close()  # fail here, clearly, rather than on first use
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, key),
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
        # The connection used last comes back first: its page cache is the warm one, and
        # the others' caches are not filled with the same pages again.
        pool_use_lifo=True,
    )

    # pysqlite's own BEGIN handling is off; start transactions ourselves.
    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A writer takes the write lock at BEGIN, where the busy timeout applies. A reader
        # that upgrades mid-way fails at once when another writer got in first (WAL's
        # SQLITE_BUSY_SNAPSHOT), whatever the timeout.
        immediate = conn.get_execution_options().get(WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        dbapi_conn.isolation_level = None

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine whose transactions begin as writers (BEGIN IMMEDIATE)."""
    return engine.execution_options(**{WRITE: True})


class Sessions(sessionmaker[Session]):
    """Session factory: `sessions()` reads, `sessions.begin()` writes.

    A `begin()` block is a write transaction that takes SQLite's write lock up front
    (BEGIN IMMEDIATE), so two writers wait for each other instead of one failing with
    "database is locked" half-way through.
    """

    def __init__(self, engine: Engine, **kw: Any) -> None:
        super().__init__(engine, expire_on_commit=False, **kw)
        self._writer = writer(engine)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        with self(bind=self._writer) as session, session.begin():
            yield session


@contextmanager
def reading_through(cursor: sqlcipher.Cursor) -> Iterator[None]:
    """A pooled connection (by one of its cursors) that reads many pages once, e.g. every
    row of a table for a first build: meanwhile its page cache is the small SCAN_CACHE_KIB
    (a page read once gains nothing from staying), then it is emptied and given back the
    size it had, so it does not keep a full cache of pages nobody else reads."""
    had = int(cursor.execute("PRAGMA cache_size").fetchone()[0])

    def back_to_pool_size() -> None:
        cursor.execute("PRAGMA shrink_memory")
        cursor.execute(f"PRAGMA cache_size = {had}")

    cursor.execute(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}")
    try:
        yield
    except BaseException:
        with suppress(sqlcipher.Error):  # the reading's own failure is the one to tell
            back_to_pool_size()
        raise
    back_to_pool_size()


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file (before copying it)."""
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def backup_copy(engine: Engine, path: Path, backups_dir: Path, label: str) -> Path:
    """An encrypted copy of the database file (same key), e.g. before a migration."""
    checkpoint(engine)
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = backups_dir / f"{path.stem}-{stamp}-{label}.db"
    shutil.copy2(path, dest)
    return dest
