"""Read-only listings for IT and scripts: a day's places and the outbox, as plain records.

No message text and no contact details: what a script needs to check that the schedule and
the reminders are right (which place, which step, when, in what state), nothing a log or a
terminal should keep about a client beyond the name the desk sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.domain import Attendance, Channel, Confirmation, MessageState, Modality
from frontdesk.models import Appointment, OutboxMessage
from frontdesk.services.practice import load_settings
from frontdesk.services.schedule_day import read_day


@dataclass(frozen=True)
class PlaceListing:
    """One client's place in one session."""

    start: datetime  # aware, the practice's time zone
    end: datetime
    appointment_id: int
    client_id: int
    client_name: str  # as the desk sees it (the preferred name first)
    clinician: str
    type_name: str
    modality: Modality
    confirmation: Confirmation
    attendance: Attendance
    source: str | None  # None: made in FrontDesk
    external_id: str | None


@dataclass(frozen=True)
class OutboxListing:
    """One planned or sent message (never its text)."""

    id: int
    appointment_id: int | None
    client_id: int | None
    step: str
    channel: Channel
    due_at: datetime  # aware, the practice's time zone
    state: MessageState
    sent_at: datetime | None
    reason: str  # why skipped or withdrawn, in words (never client data)


def day_places(sessions: sessionmaker[Session], day: date) -> list[PlaceListing]:
    """Every place that day in start order, with where each appointment comes from."""
    rows = read_day(sessions, day, None, "")
    with sessions() as s:
        origin = _origins(s, {r.appointment_id for r in rows})
    return [PlaceListing(r.start, r.end, r.appointment_id, r.client_id, r.client_name,
                         r.clinician_name, r.type_name, r.modality, r.confirmation,
                         r.attendance, *origin.get(r.appointment_id, (None, None)))
            for r in rows]


def outbox_between(sessions: sessionmaker[Session], start: datetime | None = None,
                   end: datetime | None = None) -> list[OutboxListing]:
    """Outbox rows due in [start, end) (either bound optional), in due order."""
    with sessions() as s:
        tz = ZoneInfo(load_settings(s).timezone)
        q = select(OutboxMessage.id, OutboxMessage.appointment_id, OutboxMessage.client_id,
                   OutboxMessage.step, OutboxMessage.channel, OutboxMessage.due_at,
                   OutboxMessage.state, OutboxMessage.sent_at, OutboxMessage.reason)
        if start is not None:
            q = q.where(OutboxMessage.due_at >= start)
        if end is not None:
            q = q.where(OutboxMessage.due_at < end)
        rows = s.execute(q.order_by(OutboxMessage.due_at, OutboxMessage.id)).all()
    return [OutboxListing(r.id, r.appointment_id, r.client_id, r.step, r.channel,
                          r.due_at.astimezone(tz), r.state,
                          r.sent_at.astimezone(tz) if r.sent_at else None, r.reason)
            for r in rows]


def _origins(s: Session, ids: set[int]) -> dict[int, tuple[str | None, str | None]]:
    """appointment id -> (source, external id), for appointments a sync brought in."""
    if not ids:
        return {}
    found = s.execute(select(Appointment.id, Appointment.source, Appointment.external_id)
                      .where(Appointment.id.in_(ids), Appointment.source.is_not(None)))
    return {aid: (source, external) for aid, source, external in found}
