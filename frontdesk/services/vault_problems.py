"""What to tell the user when the database is elsewhere, damaged, or its disk is full.

Each message says what happened and what to do; none suggests the recovery code unless
the key is really the problem, and none ever offers to create a new practice over the data.
"""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from frontdesk.models.database import (
    DatabaseDamagedError,
    DatabaseFullError,
    DatabaseOpenError,
    classify_open_error,
)
from frontdesk.paths import AppPaths
from frontdesk.services import integrity
from frontdesk.services.errors import VaultError

log = logging.getLogger(__name__)


def drive_of(path: Path) -> str:
    """The drive (Windows) or mounted file system (elsewhere) a path is on, for a message."""
    path = path.resolve()
    if path.drive:
        return path.drive
    while not os.path.ismount(path) and path.parent != path:
        path = path.parent
    return str(path)


def as_open_error(exc: BaseException, db: Path) -> DatabaseOpenError | None:
    """A database error met after the first connection (migrations, backup copy), named."""
    if isinstance(exc, DatabaseOpenError):
        return exc
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        named = classify_open_error(exc.orig, db)
        return named if isinstance(named, DatabaseOpenError) else None
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DatabaseFullError("no space left on the disk")
    return None


class OpenProblems:
    """Builds the VaultError for each way opening can fail other than a missing key."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths

    def data_missing(self, has_key: bool, has_recovery: bool) -> VaultError:
        held = " and ".join(x for x, present in (
            ("this computer's keyring holds its key", has_key),
            (f"its recovery file ({self.paths.recovery_file.name}) is here", has_recovery))
            if present)
        return VaultError(
            VaultError.DATA_MISSING,
            f"FrontDesk's database ({self.paths.database.name}) is not where it was, in "
            f"{self.paths.data_dir}, but {held}. The data is somewhere else: the file may "
            "have been moved or renamed, or it is on a drive that is not connected.",
            hint="Reconnect the drive or put the file back, then try again. FrontDesk will "
                 "not create a new practice over it: that would lock the real data out for "
                 "good. (To start a separate practice, use another data folder.)")

    def disk_full(self) -> VaultError:
        drive = drive_of(self.paths.data_dir)
        return VaultError(
            VaultError.DISK_FULL,
            f"The disk that holds FrontDesk's data ({drive}) is full, so the database "
            "cannot be opened.",
            hint=f"Free some space on {drive} (move or delete large files you no longer "
                 "need), then try again. Your data has not been changed.")

    def wrong_key(self) -> VaultError:
        from frontdesk.services.vault import RECOVERY_HINT

        return VaultError(
            VaultError.WRONG_KEY,
            "The key in the keyring does not open this practice's database.",
            hint=RECOVERY_HINT)

    def damaged(self, what: str, key: bytes | None) -> VaultError:
        backup = integrity.latest_good_backup(self.paths, key) if key else None
        hint = integrity.restore_hint(self.paths, backup)
        return VaultError(VaultError.DAMAGED,
                          f"FrontDesk's database file is damaged: {what}.", hint=hint)

    def named(self, exc: DatabaseOpenError, key: bytes) -> VaultError:
        """A full disk or a malformed file (not a key problem)."""
        if isinstance(exc, DatabaseFullError):
            return self.disk_full()
        if isinstance(exc, DatabaseDamagedError):
            return self.damaged("some of its pages cannot be read", key)
        return self.wrong_key()

    def key_refused(self, key: bytes, key_is_right: bool | None) -> VaultError:
        """Page 1 did not decrypt: a wrong key, or a right key and a damaged first page."""
        if key_is_right is None:  # an old recovery file: ask the pages themselves
            failed, pages = integrity.hmac_failures(self.paths.database, key)
            key_is_right = 0 < failed < pages
        if key_is_right:
            return self.damaged("its first page cannot be read (the key is right)", key)
        return self.wrong_key()
