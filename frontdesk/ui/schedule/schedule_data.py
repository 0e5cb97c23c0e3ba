"""What the schedule page loads in the background, and the day summary it shows.

The loaders take `Services` and run on the task runner's worker, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from frontdesk.domain import Attendance, Confirmation
from frontdesk.services.container import Services
from frontdesk.services.dto import (
    AppointmentTypeInfo,
    ClinicianInfo,
    PracticeInfo,
    ScheduleRow,
)
from frontdesk.services.errors import PermissionDenied


@dataclass(frozen=True)
class ScheduleContext:
    """Practice facts the page and its dialogs need (loaded once, reloaded on settings change)."""

    practice: PracticeInfo
    today: date
    clinicians: tuple[ClinicianInfo, ...]
    types: tuple[AppointmentTypeInfo, ...]

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.practice.timezone)

    def clinician_name(self, clinician_id: int) -> str:
        return next((c.display_name for c in self.clinicians if c.id == clinician_id), "")

    def type_by_id(self, type_id: int) -> AppointmentTypeInfo | None:
        return next((t for t in self.types if t.id == type_id), None)


@dataclass(frozen=True)
class DayData:
    day: date
    rows: tuple[ScheduleRow, ...]
    now: datetime  # when the rows were read (for "past and not marked")


def load_context(services: Services) -> ScheduleContext:
    return ScheduleContext(
        practice=services.practice.settings(),
        today=services.schedule.today(),
        clinicians=tuple(services.practice.clinicians()),
        types=tuple(services.practice.appointment_types()),
    )


def load_opening(services: Services) -> tuple[ScheduleContext, DayData]:
    """What the schedule shows first, in one task: nothing queued before the day's rows."""
    ctx = load_context(services)
    return ctx, load_day(services, ctx.today, None, "")


def load_day(services: Services, day: date, clinician_id: int | None, search: str) -> DayData:
    rows = services.schedule.day(day, clinician_id, search)
    return DayData(day, tuple(rows), services.clock.now())


def load_risk(services: Services, rows: Sequence[ScheduleRow], now: datetime) -> dict:
    """The no-show risk of the day's upcoming, still-booked places ((appointment, client) ->
    RiskScore), asked for after the rows are shown: the day's own query never waits for it.
    Empty for a role that does not see it (a clinician, IT) and when there is no model."""
    ids = [r.appointment_id for r in rows if r.attendance is Attendance.BOOKED and r.start > now]
    if not ids:
        return {}
    try:
        return services.risk.scores(ids)
    except PermissionDenied:
        return {}


def is_overdue(row: ScheduleRow, now: datetime) -> bool:
    """Past its start and nobody recorded whether the client came."""
    return row.attendance is Attendance.BOOKED and row.start <= now


def summary_text(rows: Sequence[ScheduleRow], now: datetime) -> str:
    """'14 sessions · 9 confirmed · 3 awaiting reply · 1 cancelled' (non-zero parts only).

    Sessions count live appointments (a group is one session); the states count client
    places, since each client confirms and attends for themselves.
    """
    live = [r for r in rows if not r.attendance.is_cancelled]
    sessions = len({r.appointment_id for r in live})
    parts = [f"{sessions} session{'s' if sessions != 1 else ''}"]

    def count(n: int, text: str) -> None:
        if n:
            parts.append(f"{n} {text}")

    by_conf = {c: sum(1 for r in live if r.confirmation is c) for c in Confirmation}
    count(by_conf[Confirmation.CONFIRMED], "confirmed")
    count(by_conf[Confirmation.REQUESTED], "awaiting reply")
    count(by_conf[Confirmation.UNCONFIRMED], "unconfirmed")
    count(by_conf[Confirmation.RESCHEDULE_REQUESTED], "to reschedule")
    count(by_conf[Confirmation.DECLINED], "declined")
    count(sum(1 for r in live if r.attendance is Attendance.ARRIVED), "arrived")
    no_shows = sum(1 for r in live if r.attendance is Attendance.NO_SHOW)
    count(no_shows, "no-show" if no_shows == 1 else "no-shows")
    count(sum(1 for r in live if is_overdue(r, now)), "not marked")
    count(sum(1 for r in rows if r.attendance.is_cancelled), "cancelled")
    return " · ".join(parts)
