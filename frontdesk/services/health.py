"""Whether the work behind the window is happening: replies fetched, the sending lock usable,
the background scheduler running, the practice's calendars synced, its data backed up.
Problems are plain words with no client data, for the window's banner and for `frontdesk
serve`'s log."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.models import PollState, SyncSource
from frontdesk.services.practice import load_settings
from frontdesk.services.schedule import SYNC_MINUTES

FAILING_FOR = timedelta(minutes=5)  # polls failing longer than this: the desk is told
SYNC_FAILING_FOR = timedelta(minutes=30)  # a calendar not read for this long (at least three
SYNC_RUNS_MISSED = 3  # of its runs): the desk is told, since its new bookings get no reminders


@dataclass(frozen=True)
class BackgroundHealth:
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def text(self) -> str:
        return "\n".join(self.problems)


def _interval(settings: str) -> timedelta:
    try:
        minutes = json.loads(settings or "{}").get("interval_minutes", SYNC_MINUTES)
    except (ValueError, AttributeError):
        minutes = SYNC_MINUTES
    ok = isinstance(minutes, int) and not isinstance(minutes, bool) and minutes > 0
    return timedelta(minutes=minutes if ok else SYNC_MINUTES)


def _when(moment: datetime, now: datetime, tz: ZoneInfo) -> str:
    local = moment.astimezone(tz)
    clock = f"{local:%I:%M %p}".lstrip("0")
    return clock if local.date() == now.astimezone(tz).date() else f"{local:%a %b %d}, {clock}"


class HealthService:
    """Reads poll health from the database; BackgroundWork reports the rest as it happens."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions, self.clock = sessions, clock
        self.lock_problem = ""  # why the sending lock cannot be used ("" when it can)
        self.work_problem = ""  # why background work did not start ("" when it did)
        self._running: Callable[[], bool] | None = None  # set while background work is on

    def work_started(self, running: Callable[[], bool], lock_problem: str = "") -> None:
        self._running, self.work_problem, self.lock_problem = running, "", lock_problem

    def work_failed(self, why: str) -> None:
        self._running, self.work_problem = None, why

    def work_stopped(self) -> None:
        self._running = None

    @property
    def running(self) -> bool | None:
        """This process's background work: on, stopped, or None when it runs none."""
        return None if self._running is None else self._running()

    def background_health(self) -> BackgroundHealth:
        problems = []
        if self.work_problem:
            problems.append(self.work_problem)
        elif self._running is not None and not self._running():
            problems.append("Background work has stopped: reminders are not sent and replies "
                            "are not fetched. Restart FrontDesk.")
        if self.lock_problem:
            problems.append(self.lock_problem)
        if polling := self._polling_problem():
            problems.append(polling)
        problems.extend(self._sync_problems())
        if backup := self._backup_problem():
            problems.append(backup)
        return BackgroundHealth(tuple(problems))

    def _backup_problem(self) -> str:
        """The backup folder not reachable, or no good backup for two days (from what the
        last runs recorded: the folder itself is not touched here)."""
        from frontdesk.models import BackupState
        from frontdesk.services.backup import health_problem

        with self.sessions() as s:
            row = s.get(BackupState, 1)
            if row is None:
                return ""
            return health_problem(row, self.clock.now(), ZoneInfo(load_settings(s).timezone))

    def _sync_problems(self) -> list[str]:
        """Calendars whose sync has kept failing: one line each, the cause in the source's
        own words (written for staff, no client data)."""
        now, found = self.clock.now(), []
        with self.sessions() as s:
            failing = s.scalars(select(SyncSource).where(
                SyncSource.enabled.is_(True), SyncSource.kind != "csv",
                SyncSource.last_error != "").order_by(SyncSource.name)).all()
            if not failing:
                return []
            tz = ZoneInfo(load_settings(s).timezone)
            for source in failing:
                since = source.last_ok_at or source.created_at
                if now - since < max(SYNC_FAILING_FOR,
                                     SYNC_RUNS_MISSED * _interval(source.settings)):
                    continue
                worked = (f"has not worked since {_when(since, now, tz)}"
                          if source.last_ok_at else "has not worked yet")
                cause = source.last_error.removeprefix(f"{source.name}: ")
                found.append(
                    f"Calendar sync from {source.name} {worked}: {cause.rstrip('.')}. New "
                    "bookings and changes there are not on this schedule and get no reminders "
                    "until it works. See Practice settings → Calendar sync.")
        return found

    def _polling_problem(self) -> str:
        now = self.clock.now()
        with self.sessions() as s:
            failing = s.scalars(select(PollState).where(
                PollState.failing_since.is_not(None),
                PollState.failing_since <= now - FAILING_FOR)
                .order_by(PollState.failing_since)).first()
            if failing is None:
                return ""
            tz = ZoneInfo(load_settings(s).timezone)
            since, why = failing.failing_since, failing.last_error
            assert since is not None  # chosen for having one
        return (f"Client replies have not been fetched since {_when(since, now, tz)}, so a "
                f"reply (even an urgent one) may not be seen. {why} FrontDesk keeps trying."
                ).replace("  ", " ").strip()
