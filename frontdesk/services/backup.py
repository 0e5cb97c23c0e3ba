"""Backups the practice controls: a daily encrypted backup to the folder IT chose (a USB disk,
a network share; by default the data folder's own backups/), kept by rotation (7 daily, 4
weekly, 12 monthly), one on demand, what the desk is told when they stop, and restore.

The files: services/backup_files.py. The restore: services/restore.py. The folder and the
last runs' outcome are kept in the database (models/backup_state.py), so the health banner
reads them without touching a folder that may hang (a network share that went away).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain.changes import Changes
from frontdesk.models import BackupState, PracticeSettings, migrate
from frontdesk.paths import AppPaths
from frontdesk.services import audit, restore
from frontdesk.services.audit_checkpoint import engine_database
from frontdesk.services.backup_dto import (
    BackupCheck,
    BackupError,
    BackupFile,
    BackupStatus,
    RestoreResult,
)
from frontdesk.services.backup_files import (
    folder_problem,
    list_in,
    parse_name,
    prune,
    recovery_beside,
    write_backup,
)
from frontdesk.services.errors import SecretStoreError, ValidationError
from frontdesk.services.events import ChangeEvents
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault

log = logging.getLogger(__name__)
DUE_AFTER = timedelta(hours=23)  # daily, checked hourly: a backup does not drift later
STALE_AFTER = timedelta(days=2)  # the desk is told when the last good backup is older
SCHEDULER = "scheduler"
WHERE_TO_FIX = "Plug in the disk or choose another folder in Help → Backups."
DEFAULT_TZ = "America/New_York"
# The scheduler (services/background.py) runs `daily_backup` on a lane of its own, one thread:
# copying to a slow USB disk or network share never holds a thread the safety work could
# need, nor waits behind a sync. A minute after start-up (so at start when the last good
# backup is older than a day), then hourly: each run backs up only when a day has passed.
LANE = "backup"
LOOK_MINUTES = 60
FIRST_LOOK = timedelta(minutes=1)


def _when(moment: datetime, tz: ZoneInfo) -> str:
    local = moment.astimezone(tz)
    return f"{local:%a %b %d}, {local:%I:%M %p}".replace(" 0", " ")


def health_problem(row: BackupState | None, now: datetime, tz: ZoneInfo) -> str:
    """What the desk must know about backups ("" : nothing), from the recorded state only:
    the folder not reachable at the last look, or no good backup for two days."""
    if row is None:
        return ""  # not looked after yet: the first run comes a minute after start-up
    last = (f"The last good backup is from {_when(row.last_ok_at, tz)}" if row.last_ok_at
            else "No backup of the practice's data has been made yet")
    if row.folder_problem:
        return f"{last}; {row.folder_problem}. {WHERE_TO_FIX}"
    since = row.last_ok_at or row.created_at
    if now - since < STALE_AFTER:
        return ""
    why = (f": {row.last_error.rstrip('.')}" if row.last_error else
           ": backups are made once a day while FrontDesk runs")
    return f"{last}{why}. {WHERE_TO_FIX}"


class BackupService:
    """The practice's backups over one open database. `secrets`: the keyring holding its
    key (None: the demo practice, which keeps no backups)."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, engine: Engine,
                 secrets: SecretStore | None, events: ChangeEvents | None = None, *,
                 checkpoint: bool = True) -> None:
        self.sessions, self.clock, self.engine = sessions, clock, engine
        self.secrets, self.events, self.checkpoint = secrets, events, checkpoint
        self._paths: AppPaths | None = None
        self._one_at_a_time = threading.Lock()  # Back up now while the daily one runs

    # ---- where -----------------------------------------------------------------------------
    @property
    def paths(self) -> AppPaths:
        """The data folder of the open database."""
        if self._paths is None:
            database = engine_database(self.engine)
            if database is None:
                raise BackupError(BackupError.UNAVAILABLE, "This database has no file to "
                                  "back up.")
            self._paths = AppPaths(database.parent)
        return self._paths

    def folder(self) -> Path:
        """The folder backups go to: the one IT chose, else the data folder's backups/."""
        with self.sessions() as s:
            row = s.get(BackupState, 1)
            chosen = row.folder if row is not None else ""
        return Path(chosen) if chosen else self.paths.backups_dir

    def set_folder(self, folder: str, actor: str) -> BackupStatus:
        """Back up to `folder` from now on ("" : the data folder's own backups/). It must be
        a folder FrontDesk can write now."""
        chosen = folder.strip()
        if chosen:
            path = Path(chosen).expanduser()
            if not path.is_absolute():
                raise ValidationError("folder", "Give the backup folder's full path.",
                                      hint="For example /media/usb/FrontDesk or "
                                           r"\\server\share\FrontDesk.")
            problem = folder_problem(path)
            if problem:
                raise ValidationError("folder", f"Backups cannot go there: {problem}.",
                                      hint="Plug in the disk or choose another folder.")
            chosen = str(path)
        with self.sessions.begin() as s:
            row = self._row(s)
            row.folder, row.folder_problem = chosen, ""
            audit.record(s, self.clock, actor, "backup_folder_changed", "backup", None,
                         chosen or "the data folder's backups/")
        log.info("Backup folder set (%s)", "chosen by IT" if chosen else "the data folder's")
        self._publish()
        return self.status()

    # ---- what happened ---------------------------------------------------------------------
    def status(self) -> BackupStatus:
        """The folder, the last good backup and the problems in words (reads the database
        only: the folder itself is looked at by `run_due` and `back_up_now`)."""
        if self.secrets is None:
            return BackupStatus("", False, "", None, "", None, "", (), available=False)
        with self.sessions() as s:
            row = s.get(BackupState, 1)
            tz = self._tz(s)
            problem = health_problem(row, self.clock.now(), tz)
            problems = (problem,) if problem else ()
            if row is None:
                return BackupStatus(str(self.paths.backups_dir), False, "", None, "", None,
                                    "", problems, timezone=tz.key)
            return BackupStatus(
                row.folder or str(self.paths.backups_dir), bool(row.folder),
                row.folder_problem, row.last_ok_at, row.last_ok_file, row.last_try_at,
                row.last_error, problems, timezone=tz.key)

    def list_backups(self) -> list[BackupFile]:
        """The backups in the folder, newest first (by name; `verify` opens one)."""
        return list_in(self.folder())

    # ---- making them -----------------------------------------------------------------------
    def back_up_now(self, actor: str, to: str | None = None) -> BackupFile:
        """One backup now, to the chosen folder (or `to`), checked, then the rotation.
        Raises BackupError in words; the outcome is recorded for the health banner."""
        with self._one_at_a_time:
            return self._back_up(actor, to)

    def _back_up(self, actor: str, to: str | None) -> BackupFile:
        key = self._key()
        folder = Path(to).expanduser() if to else self.folder()
        made = self.clock.now()
        revision = migrate.current_revision(self.engine) or "none"
        try:
            path = write_backup(self.paths.database, key, folder, made, revision,
                                self._recovery_blob())
        except BackupError as err:
            log.warning("Backup failed: %s", err.message)
            self._record(made, None, str(err.message), folder_problem(folder) if to is None
                         else None)
            raise
        with self.sessions() as s:
            tz = self._tz(s)
        deleted = prune(folder, lambda t: t.astimezone(tz))
        detail = path.name + (f"; {len(deleted)} older removed by the rotation" if deleted
                              else "")
        self._record(made, path.name, "", "" if to is None else None, actor=actor,
                     detail=detail)
        log.info("Backup made (%s)%s", path.name,
                 f"; {len(deleted)} older removed by the rotation" if deleted else "")
        parsed = parse_name(path.name)
        return BackupFile(str(path), path.name, parsed[0] if parsed else made, revision,
                          path.stat().st_size, recovery_beside(path).exists())

    def due(self) -> bool:
        """No good backup in the last day (or none yet)."""
        with self.sessions() as s:
            row = s.get(BackupState, 1)
            last = row.last_ok_at if row is not None else None
        return last is None or self.clock.now() - last >= DUE_AFTER

    def run_due(self) -> BackupFile | None:
        """The daily backup when it is due; otherwise a look at the folder (a disk unplugged
        is told on the banner). Never raises: what failed is recorded and logged."""
        if self.secrets is None:
            return None
        try:
            if self.due():
                return self.back_up_now(SCHEDULER)
            self._look_at_folder()
        except BackupError:
            pass  # recorded by back_up_now
        except Exception as exc:  # the scheduler goes on; the banner says backups stopped
            log.error("Backup failed: %s", type(exc).__name__)
            self._record(self.clock.now(), None, f"the backup failed ({type(exc).__name__})",
                         None)
        return None

    # ---- restore ---------------------------------------------------------------------------
    def verify(self, file: str, code: str | None = None) -> BackupCheck:
        """Open a backup with its key and check it, replacing nothing."""
        return restore.verify(self.paths, self._store(), file, code)

    def restore(self, file: str, code: str | None = None, actor: str = "") -> RestoreResult:
        """Put a checked backup in place of the database (FrontDesk must not be using it:
        the window calls this once it has closed everything). See services/restore.py."""
        return restore.restore(self.paths, self._store(), self.clock, file, code, actor,
                               checkpoint=self.checkpoint)

    # ---- helpers ---------------------------------------------------------------------------
    def _store(self) -> SecretStore:
        if self.secrets is None:
            raise BackupError(BackupError.UNAVAILABLE, "The demo practice keeps no backups.")
        return self.secrets

    def _key(self) -> bytes:
        store = self._store()
        try:
            stored = store.get(Vault(self.paths, store).key_name)
            key = bytes.fromhex(stored or "")
        except (SecretStoreError, ValueError):
            key = b""
        if len(key) != 32:
            raise BackupError(BackupError.FAILED, "No backup was made: the database key is "
                              "not in this computer's keyring.", hint="Restart FrontDesk; if "
                              "it asks for the recovery code, enter it.")
        return key

    def _recovery_blob(self) -> dict[str, Any] | None:
        blob = restore.read_recovery(self.paths.recovery_file)
        if blob is None:
            log.warning("No recovery file beside the database: the backup restores only with "
                        "this keyring's key")
            return None
        return {**blob, restore.KEY_ENTRY: Vault(self.paths, self._store()).key_name}

    def _look_at_folder(self) -> None:
        problem = folder_problem(self.folder())
        with self.sessions() as s:
            row = s.get(BackupState, 1)
            unchanged = row is not None and row.folder_problem == problem
        if not unchanged:
            self._record(None, None, None, problem)

    def _record(self, tried: datetime | None, ok_file: str | None, error: str | None,
                problem: str | None, actor: str = "", detail: str = "") -> None:
        """Store what happened (None: leave that field as it is) and tell the banner."""
        with self.sessions.begin() as s:
            row = self._row(s)
            if tried is not None:
                row.last_try_at = tried
            if ok_file is not None:
                row.last_ok_at, row.last_ok_file = tried, ok_file
            if error is not None:
                row.last_error = error
            if problem is not None:
                row.folder_problem = problem
            if actor:
                audit.record(s, self.clock, actor, "backup_made", "backup", None, detail)
        self._publish()

    def _row(self, s: Session) -> BackupState:
        row = s.get(BackupState, 1)
        if row is None:
            row = BackupState(id=1, folder="", created_at=self.clock.now(), last_ok_file="",
                              last_error="", folder_problem="")
            s.add(row)
            s.flush()
        return row

    @staticmethod
    def _tz(s: Session) -> ZoneInfo:
        settings = s.get(PracticeSettings, 1)
        try:
            return ZoneInfo(settings.timezone if settings else DEFAULT_TZ)
        except (KeyError, ValueError):
            return ZoneInfo(DEFAULT_TZ)

    def _publish(self) -> None:
        if self.events is not None:
            self.events.publish(Changes(health=True))


def daily_backup(svc: Any) -> None:
    """The scheduler's job: the daily backup when due; a missing folder is recorded, never
    raised (`svc`: the Services)."""
    svc.backups.run_due()
