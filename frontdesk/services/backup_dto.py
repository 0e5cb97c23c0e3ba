"""What the backup service hands the screens and the command line: plain frozen values (no
key, no client data), and the one error it raises, in words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from frontdesk.services.errors import FrontDeskError


class BackupError(FrontDeskError):
    """A backup or a restore that cannot be done; `reason` says why, for the caller to
    branch on (ask for the recovery code, exit status)."""

    FOLDER = "folder"  # the backup folder cannot be reached or written
    FAILED = "failed"  # the copy was made but did not pass its check, or could not be made
    REFUSED = "refused"  # the file is not a backup that can be restored (damaged, newer…)
    NEEDS_CODE = "needs_code"  # no key here opens it: the recovery code is needed
    BAD_CODE = "bad_code"  # the recovery code given does not open it
    RUNNING = "running"  # FrontDesk is using the database: quit it first
    UNAVAILABLE = "unavailable"  # this practice keeps no backups (the demo)

    def __init__(self, reason: str, message: str, *, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.reason = reason


@dataclass(frozen=True)
class BackupFile:
    """One backup in the folder, as its name and size say (not checked: `verify` does)."""

    path: str
    name: str
    made: datetime  # UTC, from the file's name
    revision: str  # the schema revision it was made at
    size: int  # bytes
    has_recovery: bool  # the recovery file is beside it (restores with the code alone)


@dataclass(frozen=True)
class BackupStatus:
    """Where backups go and how the last ones went; `problems` in words for the desk."""

    folder: str  # the folder in use
    chosen: bool  # False: no folder chosen, the data folder's own backups/ is used
    folder_problem: str  # why the folder could not be used at the last look ("": it could)
    last_ok_at: datetime | None  # the last backup that was made and passed its check
    last_ok_file: str
    last_try_at: datetime | None
    last_error: str  # why the last try failed ("": it worked)
    problems: tuple[str, ...] = ()
    available: bool = True  # False: the demo practice, which keeps no backups
    timezone: str = "UTC"  # the practice's, for showing the times

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class BackupCheck:
    """A backup file that opened with its key and passed every check."""

    path: str
    name: str
    made: datetime  # UTC
    revision: str
    head: str  # this FrontDesk's schema revision
    size: int
    key_from: str  # "keyring" or "recovery code"

    @property
    def older(self) -> bool:
        """Made by an earlier FrontDesk: its schema is brought up to date after the restore."""
        return self.revision != self.head


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    backup: str  # the file restored from
    made: datetime  # UTC
    database: str  # the database now in place
    replaced: str  # where the database it replaced was kept ("": there was none)
    migrated: bool  # its schema was brought up to date
    notes: tuple[str, ...] = ()  # anything IT should still do, in words
