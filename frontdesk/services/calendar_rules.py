"""Time arithmetic for the schedule: practice-local days, series dates, clashes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Attendance
from frontdesk.models import Appointment, Attendee, Clinician
from frontdesk.services.dto import Clash
from frontdesk.services.errors import ClashError, ValidationError


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants where the practice's local day starts and ends (DST-safe)."""
    start = datetime.combine(day, time.min, tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz).astimezone(UTC)
    return start, end


def series_starts(first: datetime, every_days: int, count: int, tz: ZoneInfo) -> list[datetime]:
    """Repeat at the same local wall-clock time, so a DST change does not shift sessions."""
    local = first.astimezone(tz)
    wall = local.replace(tzinfo=None)
    return [
        (wall + timedelta(days=every_days * i)).replace(tzinfo=tz).astimezone(UTC)
        for i in range(count)
    ]


def find_clashes(
    s: Session, start: datetime, end: datetime, *, clinician_id: int,
    client_ids: tuple[int, ...] = (), exclude_id: int | None = None,
) -> list[Clash]:
    """Live sessions overlapping [start, end) for the clinician or any of the clients."""
    overlap = (Appointment.start_at < end) & (Appointment.end_at > start) & (
        Appointment.cancelled_at.is_(None)
    )
    if exclude_id is not None:
        overlap &= Appointment.id != exclude_id
    q = (
        select(Appointment.id, Appointment.start_at, Appointment.end_at, Clinician.display_name)
        .join(Clinician, Clinician.id == Appointment.clinician_id)
        .where(overlap)
    )
    by_clinician = q.where(Appointment.clinician_id == clinician_id)
    rows = list(s.execute(by_clinician))
    if client_ids:
        live = Attendee.attendance.not_in([Attendance.CANCELLED, Attendance.LATE_CANCELLED])
        by_client = q.join(Attendee, Attendee.appointment_id == Appointment.id).where(
            Attendee.client_id.in_(client_ids), live
        )
        rows += list(s.execute(by_client))
    seen: dict[int, Clash] = {}
    for appt_id, a_start, a_end, name in rows:
        seen.setdefault(appt_id, Clash(appt_id, a_start, a_end, name))
    return sorted(seen.values(), key=lambda c: c.start)


def refuse_clashes(
    s: Session, spans: Iterable[tuple[datetime, datetime]], tz: ZoneInfo, *, what: str,
    clinician_id: int, client_ids: tuple[int, ...] = (), exclude_id: int | None = None,
) -> None:
    """Raise ClashError ("<what> clashes with another session: …") when any [start, end) span
    overlaps a live session of the clinician or of one of the clients."""
    clashes = [clash for start, end in spans for clash in find_clashes(
        s, start, end, clinician_id=clinician_id, client_ids=client_ids, exclude_id=exclude_id)]
    if clashes:
        raise ClashError(f"{what} clashes with another session: "
                         + describe_clashes(clashes, tz) + ".", clashes)


def describe_clashes(clashes: list[Clash], tz: ZoneInfo, limit: int = 3) -> str:
    """ "Thu 5 Mar 9:00 AM–9:50 AM (Dr. Okafor); …", the first few in the practice's zone."""
    parts = [
        f"{_day(c.start.astimezone(tz))} {_hm(c.start.astimezone(tz))}–"
        f"{_hm(c.end.astimezone(tz))} ({c.clinician_name})"
        for c in clashes[:limit]
    ]
    more = f" and {len(clashes) - limit} more" if len(clashes) > limit else ""
    return "; ".join(parts) + more


def _day(t: datetime) -> str:
    return f"{t:%a} {t.day} {t:%b}"  # "Thu 5 Mar"


def _hm(t: datetime) -> str:
    return f"{t:%I:%M %p}".lstrip("0")  # "9:50 AM", not "09:50 AM"


def check_link(link: str) -> str:
    """A telehealth link, trimmed: empty, or an https address."""
    link = link.strip()
    if not link:
        return ""
    parsed = urlparse(link)
    if parsed.scheme != "https" or not parsed.netloc:
        raise ValidationError("telehealth_link", "The session link must start with https://.",
                              hint="Paste the full link from the video platform.")
    return link
