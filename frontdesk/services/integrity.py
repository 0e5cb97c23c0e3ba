"""Is the database file whole? Page checks with the key, and the newest backup that passes;
then whether the audit trail's hash chain is whole (services/audit_chain.py).

`PRAGMA cipher_integrity_check` verifies every page's HMAC (a flipped byte anywhere);
`PRAGMA quick_check` verifies SQLite's structure (the start-up check), `PRAGMA
integrity_check` that and every index against its table (`full`: `frontdesk doctor`). All
only read. A wrong key fails the
HMAC of every page; a damaged file fails on some pages only, which is how the two are
told apart when the recovery file has no key fingerprint.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from frontdesk.models.database import (
    SCAN_CACHE_KIB,
    DatabaseOpenError,
    connect,
    release_free_memory,
)
from frontdesk.paths import AppPaths
from frontdesk.services import audit_chain

log = logging.getLogger(__name__)
PAGE_SIZE = 4096  # SQLCipher 4's default page size (cipher_compatibility = 4)
MAX_PROBLEMS = 20  # enough to say where; a wholly unreadable file would list every page
PLAIN_SQLITE = b"SQLite format 3\x00"  # the header of an unencrypted SQLite file
_STAMP = re.compile(r"-(\d{8}T\d{6}Z)-")


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class IntegrityReport:
    """The result of a full check; `problems` name pages and structures, never data."""

    ok: bool
    problems: tuple[str, ...] = ()
    backup: Backup | None = None  # the newest backup that opens with the key and passes
    audit: audit_chain.ChainReport | None = None  # the audit trail's chain (whole files only)

    def summary(self) -> str:
        if self.ok:
            return "The database passed its integrity check."
        where = f" ({self.problems[0]})" if self.problems else ""
        return (f"FrontDesk's database file is damaged{where}. What is still readable opens, "
                "but some records may be missing or wrong, and more may be lost if you go on.")


def restore_hint(paths: AppPaths, backup: Backup | None) -> str:
    """What to do about a damaged database file: which backup, and how to put it in place."""
    db = paths.database
    keep = (f"Keep the damaged file: quit FrontDesk and move {db.name} (and {db.name}-wal, "
            f"{db.name}-shm if there) to another folder.")
    if backup:
        return (f"The newest good backup is {backup.path} (made {backup.made:%d %b %Y %H:%M} "
                f"UTC). {keep} Then copy that backup to {db} and start FrontDesk again. "
                "Changes made after the backup are not in it.")
    return (f"No backup that passes the check was found in {paths.backups_dir}. {keep} "
            f"Then restore {db.name} from your own backup of this folder. The recovery code "
            "cannot help: the key is not the problem.")


def size_evidence(path: Path) -> str | None:
    """Why the file cannot be a whole database, judged from its size and first bytes alone
    (no key needed)."""
    if path.is_dir():
        return (f"{path.name} is a folder, not a file (was the database moved into a folder "
                "of that name?)")
    size = path.stat().st_size
    if size == 0:
        return "it is empty (0 bytes)"
    try:
        with path.open("rb") as f:
            plain = f.read(len(PLAIN_SQLITE)) == PLAIN_SQLITE
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or type(exc).__name__})"
    if plain:  # SQLCipher's first bytes are a random salt: this file was never encrypted
        return ("it is a plain SQLite file that is not encrypted, so it is not FrontDesk's "
                "database (another file was put in its place)")
    if size < PAGE_SIZE or size % PAGE_SIZE:
        return f"it has been cut short ({size} bytes is not a whole number of pages)"
    return None


def page_problems(path: Path, key: bytes, *, read_only: bool = False,
                  full: bool = False) -> list[str]:
    """Every page HMAC and the structure, checked; [] when the file is whole. Each page is
    read once, so a small page cache does as well as a big one."""
    conn = connect(path, key, read_only=read_only, cache_kib=SCAN_CACHE_KIB)
    try:
        return _checks(conn, full)
    finally:
        conn.close()
        release_free_memory()


def _checks(conn: sqlcipher.Connection, full: bool = False) -> list[str]:
    found = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchmany(
        MAX_PROBLEMS)]
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
        found += [row[0] for row in rows if row[0] != "ok"]
    except sqlcipher.DatabaseError as exc:  # a damaged page stops the walk itself
        found.append(f"structure check stopped: {exc}")
    return found[:MAX_PROBLEMS]


def hmac_failures(path: Path, key: bytes) -> tuple[int, int]:
    """(pages whose HMAC fails under this key, pages in the file), without proving the key."""
    conn = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        failed = sum(1 for _ in conn.execute("PRAGMA cipher_integrity_check"))
    except sqlcipher.DatabaseError:
        failed = -1
    finally:
        conn.close()
    return failed, path.stat().st_size // PAGE_SIZE


def backups(paths: AppPaths) -> list[Backup]:
    """The encrypted copies in backups/, newest first."""
    found = []
    for p in paths.backups_dir.glob("*.db"):
        m = _STAMP.search(p.name)
        try:
            made = (datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC) if m
                    else datetime.fromtimestamp(p.stat().st_mtime, UTC))
        except (ValueError, OSError):
            continue
        found.append(Backup(p, made))
    return sorted(found, key=lambda b: b.made, reverse=True)


def latest_good_backup(paths: AppPaths, key: bytes) -> Backup | None:
    """The newest backup that opens with this key and passes both checks."""
    for backup in backups(paths):
        try:
            if size_evidence(backup.path) is None and not page_problems(
                    backup.path, key, read_only=True):
                return backup
        except (DatabaseOpenError, sqlcipher.Error, OSError) as exc:
            log.info("Backup %s does not pass: %s", backup.name, type(exc).__name__)
    return None


def check(paths: AppPaths, key: bytes, full: bool = False) -> IntegrityReport:
    """The check of the live database (it only reads; run it off the GUI thread); `full`
    adds every index against its table."""
    started = datetime.now(UTC)
    try:
        evidence = size_evidence(paths.database)
        problems = [evidence] if evidence else page_problems(paths.database, key, full=full)
    except DatabaseOpenError as exc:
        problems = [str(exc)]
    seconds = (datetime.now(UTC) - started).total_seconds()
    if not problems:
        log.info("Integrity check passed (%.1f s, %d pages)", seconds,
                 os.path.getsize(paths.database) // PAGE_SIZE)
        return IntegrityReport(ok=True)
    backup = latest_good_backup(paths, key)
    log.error("Integrity check FAILED: %s; newest good backup: %s", problems[0],
              backup.name if backup else "none")
    return IntegrityReport(ok=False, problems=tuple(problems), backup=backup)


def check_with_chain(paths: AppPaths, key: bytes,
                     checkpoint: audit_chain.Head | None = None,
                     full: bool = False) -> IntegrityReport:
    """`check`, then, when the file is whole, the audit trail's chain (with the end recorded
    at the last check, if any). Only reads; slow on a long history: off the GUI thread."""
    report = check(paths, key, full)
    if not report.ok:
        return report
    started = datetime.now(UTC)
    try:
        conn = connect(paths.database, key, cache_kib=SCAN_CACHE_KIB)
    except (DatabaseOpenError, sqlcipher.Error) as exc:
        log.warning("Audit trail not checked: %s", type(exc).__name__)
        return report
    try:
        chain = audit_chain.verify(conn, checkpoint)
    except sqlcipher.Error as exc:
        log.warning("Audit trail not checked: %s", type(exc).__name__)
        return report
    finally:
        conn.close()
        release_free_memory()
    seconds = (datetime.now(UTC) - started).total_seconds()
    if chain.ok:
        log.info("Audit trail intact: %d entries (%.1f s)", chain.checked, seconds)
    else:
        log.error("AUDIT TRAIL ALTERED: %s", chain.problem)
    return replace(report, audit=chain)
