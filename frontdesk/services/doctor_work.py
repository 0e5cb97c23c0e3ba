"""The installation check's lines about the practice's work: the time zone, the last backup,
the last calendar sync and whether background work (reminders, replies) is running. Each
reads the database through the services; none names a client."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from frontdesk.models import PollState
from frontdesk.services.doctor_lines import Check, not_checked, ok, problem, warning
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.health import SYNC_FAILING_FOR, SYNC_RUNS_MISSED
from frontdesk.services.instance_lock import InstanceLock, LockUnavailable
from frontdesk.services.schedule import SYNC_MINUTES

if TYPE_CHECKING:
    from frontdesk.services.container import Services

log = logging.getLogger(__name__)
ZONE, BACKUPS, SYNC, WORK = "Time zone", "Backups", "Calendar sync", "Background work"
REPLIES_LATE = timedelta(minutes=10)  # replies are fetched every minute while FrontDesk runs
HALF_YEAR = timedelta(days=182)
BACKUP_HELP = "Help → Backups…"
Offset = Callable[[datetime], timedelta | None]


def system_offset(moment: datetime) -> timedelta | None:
    return moment.astimezone().utcoffset()


def _utc(offset: timedelta | None) -> str:
    if offset is None:
        return "UTC?"
    minutes = int(offset.total_seconds() // 60)
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_line(practice_zone: str, now: datetime, local_offset: Offset = system_offset) -> Check:
    """The practice's time zone against this computer's, now and in six months (so a zone
    without daylight saving is told from one with it)."""
    try:
        zone = ZoneInfo(practice_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return problem(ZONE, f"The practice's time zone “{practice_zone}” is not one FrontDesk "
                       "knows.", "Practice settings → Practice: choose the time zone again.")
    moments = (now, now + HALF_YEAR)
    theirs = [m.astimezone(zone).utcoffset() for m in moments]
    ours = [local_offset(m) for m in moments]
    if theirs == ours:
        return ok(ZONE, f"This computer keeps the practice's time ({practice_zone}, "
                  f"{_utc(theirs[0])} now).")
    name = now.astimezone().tzname() or ""
    mine = f"{_utc(ours[0])}{f' ({name})' if name and not name.startswith(('+', '-')) else ''}"
    when = "now" if theirs[0] != ours[0] else "in six months (daylight saving differs)"
    return warning(ZONE, f"This computer's time zone differs from the practice's {when}: the "
                   f"computer is on {mine}, the practice on {practice_zone} ({_utc(theirs[0])}"
                   "). FrontDesk books and sends in the practice's time; the computer's own "
                   "clock shows other times.", "Set the computer's time zone to the "
                   f"practice's ({practice_zone}), or correct it in Practice settings → "
                   "Practice.")


def _local(moment: datetime | None, tz: ZoneInfo) -> str:
    if moment is None:
        return "never"
    return f"{moment.astimezone(tz):%a %d %b %Y %H:%M}"


def backup_line(services: Services, tz: ZoneInfo, demo: bool = False) -> Check:
    """From the backup service's status (services/backup.py) when this version has one."""
    try:
        backups: Any = services.backups
    except (AttributeError, ImportError):  # a version without scheduled backups
        return warning(BACKUPS, "Backups are not set up: this version of FrontDesk makes no "
                       "scheduled backups.", "Keep a copy of the data folder yourself "
                       "(frontdesk.db and frontdesk.recovery.json), or update FrontDesk.")
    try:
        status = backups.status()
    except FrontDeskError as err:
        return warning(BACKUPS, f"Backup status not read: {err.message}", err.hint)
    if not getattr(status, "available", True):
        if demo:
            return ok(BACKUPS, "The demo practice keeps no backups.")
        return warning(BACKUPS, "Backups are not available: this FrontDesk has no keyring "
                       "entry to keep their key with.", "Start FrontDesk normally (not the "
                       "demo), then Help → Backups….")
    last, folder = getattr(status, "last_ok_at", None), getattr(status, "folder", "")
    problems = tuple(getattr(status, "problems", ()))
    if problems:
        return warning(BACKUPS, " ".join(problems), f"{BACKUP_HELP}: plug in the disk or "
                       "choose another folder, then Back up now.")
    chosen = getattr(status, "chosen", True)
    same_disk = "" if chosen else (", on the same disk as the data (a failing disk takes "
                                   "both)")
    if last is None:
        first = "" if chosen else "choose a folder on a USB disk or a network share, then "
        return warning(BACKUPS, f"No good backup yet; they go to {folder}{same_disk}.",
                       f"{BACKUP_HELP}: {first}Back up now.")
    if not chosen:
        return warning(BACKUPS, f"Last good backup: {_local(last, tz)}, in {folder}"
                       f"{same_disk}.", f"{BACKUP_HELP}: choose a folder on a USB disk or a "
                       "network share.")
    failed = getattr(status, "last_error", "")
    if failed:
        return warning(BACKUPS, f"Last good backup: {_local(last, tz)}, in {folder}; the "
                       f"last try failed: {failed}", f"{BACKUP_HELP}: Back up now, and read "
                       "what it says.")
    return ok(BACKUPS, f"Last good backup: {_local(last, tz)}, in {folder}.")


def sync_line(services: Services, now: datetime, tz: ZoneInfo) -> Check:
    """Each calendar source (not CSV imports) read within its interval, else in words."""
    sources = [s for s in services.sync.sources() if s.enabled and s.kind != "csv"]
    if not sources:
        return ok(SYNC, "No calendar sync is set up (bookings are made in FrontDesk).")
    late = []
    for s in sources:
        since = s.last_ok_at
        allowed = max(SYNC_FAILING_FOR, SYNC_RUNS_MISSED * _interval(s.settings))
        if since is None or now - since > allowed:
            why = f": {s.last_error.removeprefix(f'{s.name}: ').rstrip('.')}" \
                if s.last_error else ""
            late.append(f"{s.name} last read without error {_local(since, tz)}{why}.")
    if late:
        return warning(SYNC, " ".join(late) + " Its new bookings are not on this schedule and "
                       "get no reminders.", "Practice settings → Calendar sync: check the "
                       "source, then Sync now (or `frontdesk sync --list`).")
    newest = max(s.last_ok_at for s in sources if s.last_ok_at is not None)
    return ok(SYNC, f"{len(sources)} source{'s' if len(sources) != 1 else ''}, each read "
              f"within its interval; the last read {_local(newest, tz)}.")


def _interval(settings: Mapping[str, object]) -> timedelta:
    minutes = settings.get("interval_minutes", SYNC_MINUTES)
    if isinstance(minutes, int) and not isinstance(minutes, bool) and minutes > 0:
        return timedelta(minutes=minutes)
    return timedelta(minutes=SYNC_MINUTES)


def work_line(services: Services | None, lock_path: Path, now: datetime,
              tz: ZoneInfo | None) -> Check:
    """Background work in this process (the window's), else whether another FrontDesk holds
    the sending lock; and when replies were last fetched."""
    health = services.health if services is not None else None
    running = health.running if health is not None else None
    if health is not None and health.work_problem:
        return problem(WORK, health.work_problem, "Restart FrontDesk; if it happens again, send "
                       "the support information.")
    if running is False:
        return problem(WORK, "Background work has stopped in this FrontDesk: reminders are not "
                       "sent and replies are not fetched.", "Restart FrontDesk.")
    if health is not None and health.lock_problem:
        return problem(WORK, health.lock_problem, "Make the sending lock file an ordinary file "
                       "FrontDesk can write, then restart FrontDesk.")
    if running:
        words = "Running in this FrontDesk: reminders and replies are handled every minute."
    else:
        held = _lock_held(lock_path)
        if isinstance(held, Check):
            return held
        if not held:
            return warning(WORK, "No FrontDesk is running for this practice, so no reminders "
                           "are sent and no replies are fetched.", "Start FrontDesk (it keeps "
                           "running in the system tray), or run `frontdesk serve` on a "
                           "computer without a screen.")
        words = "A FrontDesk is running for this practice and holds the sending lock."
    replies = _replies_late(services, now, tz) if services is not None and tz else ""
    if replies:
        return warning(WORK, f"{words} {replies}", "Check the Texts line above and the "
                       "banner in FrontDesk's window; it keeps trying.")
    return ok(WORK, words)


def _lock_held(lock_path: Path) -> bool | Check:
    """Whether another FrontDesk holds the sending lock (taken and let go at once if not)."""
    if not lock_path.parent.is_dir():
        return False
    lock = InstanceLock(lock_path)
    try:
        free = lock.acquire()
    except LockUnavailable as err:
        return problem(WORK, err.message, err.hint)
    finally:
        lock.release()
    return not free


def _replies_late(services: Services, now: datetime, tz: ZoneInfo) -> str:
    with services.sessions() as s:
        last, failing = s.execute(select(func.max(PollState.polled_at),
                                         func.min(PollState.failing_since))).one()
    if last is None:  # never polled: texts not set up (the Texts line says so)
        return ""
    if failing is not None and now - failing > REPLIES_LATE:
        return f"Fetching replies has failed since {_local(failing, tz)}."
    if now - last > REPLIES_LATE:
        return f"Replies were last fetched {_local(last, tz)}."
    return ""


def unchecked_work_lines(why: str) -> list[Check]:
    return [not_checked(ZONE, why), not_checked(BACKUPS, why), not_checked(SYNC, why)]


def work_lines(services: Services, now: datetime, local_offset: Offset,
               lock_path: Path, demo: bool = False) -> list[Check]:
    """Time zone, Backups, Calendar sync and Background work."""
    zone = services.practice.settings().timezone
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")
    lines = [zone_line(zone, now, local_offset)]
    parts: tuple[tuple[str, Callable[[], Check]], ...] = (
        (BACKUPS, lambda: backup_line(services, tz, demo)),
        (SYNC, lambda: sync_line(services, now, tz)))
    for name, read in parts:
        try:
            lines.append(read())
        except Exception as exc:  # one unreadable part must not hide the others
            log.warning("Installation check: %s not read (%s)", name, type(exc).__name__)
            lines.append(not_checked(name, f"it could not be read ({type(exc).__name__})"))
    lines.append(work_line(services, lock_path, now, tz))
    return lines
