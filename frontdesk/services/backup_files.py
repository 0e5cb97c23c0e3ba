"""Backup files: their names, making one, checking one, and which to keep.

A backup is SQLite's online backup of the encrypted database into a file keyed with the same
key: every page is decrypted and encrypted again in memory, so no plaintext ever reaches a
disk, and writers go on meanwhile (WAL: the copy reads one snapshot). It is written under a
temporary name in the backup folder, opened again with the key and checked
(`cipher_integrity_check`, `integrity_check`, the schema revision), and only then given its
name. Beside it goes a copy of the recovery file (the key wrapped by the recovery code: safe
to copy), so the backup restores on a PC that has only the recovery code. Names carry the
time (UTC) and the schema revision: frontdesk-backup-20261203T183000Z-8e685ec48775.db.
"""

from __future__ import annotations

import errno
import json
import os
import re
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from frontdesk.models.database import (
    KEY_BYTES,
    SCAN_CACHE_KIB,
    DatabaseKeyError,
    DatabaseOpenError,
    connect,
    release_free_memory,
)
from frontdesk.services.backup_dto import BackupError, BackupFile
from frontdesk.services.integrity import size_evidence

PREFIX = "frontdesk-backup-"
_NAME = re.compile(r"^frontdesk-backup-(\d{8}T\d{6}Z)-([0-9a-z]+)(?:-(\d+))?\.db$")
_STAMP = "%Y%m%dT%H%M%SZ"
RECOVERY_SUFFIX = ".recovery.json"
PART = ".part"
STALE_PART_SECONDS = 3600  # a temporary file older than this was left by a run that died
MAX_PROBLEMS = 20
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


def backup_name(made: datetime, revision: str, n: int = 1) -> str:
    suffix = f"-{n}" if n > 1 else ""
    return f"{PREFIX}{made.astimezone(UTC):{_STAMP}}-{revision}{suffix}.db"


def parse_name(name: str) -> tuple[datetime, str] | None:
    """(when it was made, UTC; its schema revision) of a backup's file name, else None."""
    m = _NAME.match(name)
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1), _STAMP).replace(tzinfo=UTC), m.group(2)
    except ValueError:
        return None


def recovery_beside(backup: Path) -> Path:
    return backup.with_name(backup.name.removesuffix(".db") + RECOVERY_SUFFIX)


# ---- which to keep -------------------------------------------------------------------------
def _day(t: datetime) -> tuple[int, ...]:
    return (t.year, t.month, t.day)


def _week(t: datetime) -> tuple[int, ...]:
    iso = t.isocalendar()
    return (iso.year, iso.week)


def _month(t: datetime) -> tuple[int, ...]:
    return (t.year, t.month)


def to_keep(made: Sequence[datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
            monthly: int = KEEP_MONTHLY) -> set[int]:
    """The indexes of the backups to keep, from when each was made (local times: a day is
    the practice's day). As `borg prune` does: the newest backup of each of the `daily` most
    recent days that have one, then of the `weekly` most recent weeks, then of the `monthly`
    most recent months; a backup kept by an earlier rule does not count for a later one, so
    the weeks reach back past the days and the months past the weeks."""
    newest_first = sorted(range(len(made)), key=lambda i: made[i], reverse=True)
    kept: set[int] = set()
    rules: tuple[tuple[int, Callable[[datetime], tuple[int, ...]]], ...] = (
        (daily, _day), (weekly, _week), (monthly, _month))
    for count, period in rules:
        taken, last = 0, None
        for i in newest_first:
            if taken >= count:
                break
            key = period(made[i])
            if key == last:
                continue
            last = key
            if i not in kept:
                kept.add(i)
                taken += 1
    return kept


# ---- the folder ----------------------------------------------------------------------------
def os_words(exc: OSError) -> str:
    """An OS error in words (no client data: paths are FrontDesk's own)."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return "FrontDesk is not allowed to write there"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if isinstance(exc, FileNotFoundError):
        return "it is not there"
    return exc.strerror or type(exc).__name__


def folder_problem(folder: Path) -> str:
    """Why backups cannot be written to `folder` ("" when they can): it is tried, not
    guessed (a network share may say it is writable and refuse the write)."""
    try:
        if not folder.is_dir():
            return (f"the backup folder {folder} is not reachable (a USB disk not plugged in, "
                    "or a network share not connected)") if not folder.exists() else \
                f"{folder} is a file, not a folder"
    except OSError as exc:
        return f"the backup folder {folder} cannot be used: {os_words(exc)}"
    probe = folder / f".frontdesk-probe-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return f"the backup folder {folder} cannot be written: {os_words(exc)}"
    return ""


def list_in(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first (by name: not opened)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        parsed = parse_name(path.name)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupFile(str(path), path.name, parsed[0], parsed[1], size,
                                recovery_beside(path).exists()))
    return sorted(found, key=lambda b: (b.made, b.name), reverse=True)


def prune(folder: Path, local: Callable[[datetime], datetime]) -> list[str]:
    """Delete the backups the rotation does not keep (and their recovery files); `local`
    turns a UTC time into the practice's. Returns the names deleted."""
    backups = list_in(folder)
    keep = to_keep([local(b.made) for b in backups])
    deleted = []
    for i, backup in enumerate(backups):
        if i in keep:
            continue
        path = Path(backup.path)
        with suppress(OSError):
            path.unlink()
            recovery_beside(path).unlink(missing_ok=True)
            deleted.append(backup.name)
    return deleted


def remove_stale_parts(folder: Path, now: float | None = None) -> None:
    """Temporary files left by a backup that was cut off (the PC went off mid-copy)."""
    now = time.time() if now is None else now
    with suppress(OSError):
        for path in folder.glob(f".{PREFIX}*{PART}"):
            with suppress(OSError):
                if now - path.stat().st_mtime > STALE_PART_SECONDS:
                    path.unlink()


# ---- making one ----------------------------------------------------------------------------
def _keyed(path: Path, key: bytes) -> sqlcipher.Connection:
    """A connection to a new backup file with the database's key (rollback journal, not
    WAL: a network share may not support WAL's shared memory)."""
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    conn = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def write_backup(database: Path, key: bytes, folder: Path, made: datetime, revision: str,
                 recovery: dict[str, Any] | None) -> Path:
    """Make, check and name one backup of `database` in `folder`; returns its path. Raises
    BackupError (FOLDER or FAILED) in words; leaves no temporary file behind."""
    problem = folder_problem(folder)
    if problem:
        raise BackupError(BackupError.FOLDER, f"No backup was made: {problem}.",
                          hint="Plug in the disk or choose another folder in Help → Backups.")
    remove_stale_parts(folder)
    n = 1
    while (folder / backup_name(made, revision, n)).exists():
        n += 1
    final = folder / backup_name(made, revision, n)
    part = folder / f".{final.name}{PART}"
    recovery_part = folder / f".{recovery_beside(final).name}{PART}"
    try:
        _copy(database, key, part)
        found = _checked_copy(part, key)
        if found != revision:
            raise BackupError(BackupError.FAILED, "The backup copy was made at another schema "
                              "revision than the database's: it was not kept.",
                              hint="Try again; if it happens again, ask IT.")
        if recovery is not None:
            recovery_part.write_text(json.dumps(recovery, indent=2))
            os.replace(recovery_part, recovery_beside(final))
        os.replace(part, final)
    except OSError as exc:
        raise BackupError(BackupError.FOLDER if exc.errno != errno.ENOSPC else
                          BackupError.FAILED,
                          f"No backup was made: writing to {folder} failed ({os_words(exc)}).",
                          hint="Free some space or choose another folder in Help → Backups.")\
            from None
    finally:
        for leftover in (part, recovery_part, part.with_name(part.name + "-journal")):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
    return final


def _checked_copy(part: Path, key: bytes) -> str:
    try:
        return check_file(part, key)
    except (BackupError, DatabaseKeyError) as exc:
        why = exc.message if isinstance(exc, BackupError) else "the key does not open it"
        raise BackupError(BackupError.FAILED, f"The backup copy did not pass its check ({why}); "
                          "it was not kept.", hint="Try again. If it happens again, the "
                          "database itself may be damaged: run `frontdesk doctor`.") from None


def _copy(database: Path, key: bytes, dest: Path) -> None:
    source = connect(database, key, cache_kib=SCAN_CACHE_KIB)
    try:
        target = _keyed(dest, key)
        try:
            source.backup(target)  # one step: one consistent snapshot; writers go on (WAL)
        finally:
            target.close()
    except sqlcipher.Error as exc:
        full = "full" in str(exc).lower()
        raise BackupError(BackupError.FAILED, "No backup was made: "
                          + ("the disk holding the backup folder is full." if full else
                             f"copying the database failed ({type(exc).__name__})."),
                          hint="Free some space or choose another folder in Help → Backups."
                          if full else "Try again; if it happens again, ask IT.") from None
    finally:
        source.close()
        release_free_memory()


# ---- checking one --------------------------------------------------------------------------
def check_file(path: Path, key: bytes) -> str:
    """Open a backup with `key` and check every page and the structure; returns its schema
    revision. Raises DatabaseKeyError when the key does not open it, BackupError(REFUSED)
    saying what is wrong with it otherwise. Only reads."""
    try:
        evidence = size_evidence(path)
    except OSError as exc:
        evidence = f"it cannot be read ({os_words(exc)})"
    if evidence:
        raise BackupError(BackupError.REFUSED, f"{path.name} is not a backup that can be "
                          f"restored: {evidence}.", hint="Choose another backup.")
    try:
        conn = connect(path, key, read_only=True, cache_kib=SCAN_CACHE_KIB)
    except DatabaseKeyError:
        raise
    except (DatabaseOpenError, sqlcipher.Error) as exc:
        raise _damaged(path, str(exc)) from None
    try:
        problems = [row[0] for row in conn.execute(
            "PRAGMA cipher_integrity_check").fetchmany(MAX_PROBLEMS)]
        if not problems:
            rows = conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
            problems = [row[0] for row in rows if row[0] != "ok"]
        if problems:
            raise _damaged(path, problems[0])
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlcipher.OperationalError:
            row = None
        if not row or not row[0]:
            raise BackupError(BackupError.REFUSED, f"{path.name} is not a FrontDesk backup "
                              "(it has no schema revision).", hint="Choose another backup.")
        return str(row[0])
    except sqlcipher.DatabaseError as exc:
        raise _damaged(path, str(exc)) from None
    finally:
        conn.close()
        release_free_memory()


def _damaged(path: Path, first: str) -> BackupError:
    return BackupError(BackupError.REFUSED, f"{path.name} is damaged ({first}): it cannot be "
                       "restored.", hint="Choose an older backup. Nothing was replaced.")
