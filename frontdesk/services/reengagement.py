"""Re-engagement: one gentle check-in for a client whose sessions stopped.

A clinician may set "check in after N weeks without a session" (off by default). A client
whose last attended-or-booked session ended N weeks ago or more (N: that session's
clinician's setting), with no coming session with anyone, who is active (not discharged),
reachable with consent and not opted out, and who has no open crisis or clinical item,
gets one check-in, planned into the outbox as a Prefilled RE_ENGAGEMENT row: the dispatcher
re-checks consent and opt-out when sending, and quiet hours and the daily cap apply as to a
reminder (reminders/rules.py). Once per gap: the row's anchor_at is the end of the last
session, and a row for that client and anchor (in any state) means the gap is done. Only
for WINDOW weeks after the gap reaches N: a client who stopped years ago is not texted.

Runs with the schedule check (background.py), so often; each run is cheap and idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Attendance, ItemKind, Language, MessageState, Prefilled
from frontdesk.models import Appointment, Attendee, Client, Clinician, DeskItem, OutboxMessage
from frontdesk.services.contacts import format_phone
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.policy import Route
from frontdesk.services.reminders.routing import TEXTS, fit_quiet_hours, reach, route_channels

STEP = Prefilled.RE_ENGAGEMENT.value
# Only while the gap is between N and N + WINDOW weeks: turning the setting on must not text
# every client who ever stopped coming, years ago (the sweep runs every 10 minutes, so a
# PC switched off for a while still catches each gap inside the window).
WINDOW = timedelta(weeks=4)
USEFUL = timedelta(days=7)  # the daily cap or quiet hours may hold it a while; no longer
MAX_WEEKS = timedelta(weeks=104)  # the longest setting (Practice settings → Clinicians)
FLAGGED = (ItemKind.CRISIS, ItemKind.CLINICAL)  # open items that mean: a person decides
COUNTED = (Attendance.BOOKED, Attendance.ARRIVED)  # attended, or booked and not marked


@dataclass(frozen=True)
class Gap:
    """A client due a check-in: their last session ended at `last_end`."""

    client_id: int
    last_end: datetime


def check_in_text(first_name: str, practice_name: str, practice_phone: str,
                  language: Language) -> str:
    """The check-in's words (GSM-7, no kind of care named); names left out when empty."""
    prefix = f"{practice_name}: " if practice_name else ""
    if language is Language.SPANISH:
        hello = f"Hola {first_name}" if first_name else "Hola"
        call = f"llamenos al {practice_phone} o " if practice_phone else ""
        return (f"{prefix}{hello}, hace tiempo que no nos vemos. Si desea reservar una hora, "
                f"{call}responda R y le contactaremos. Responda STOP para no recibir mensajes.")
    hello = f"Hi {first_name}" if first_name else "Hi"
    call = f"call us at {practice_phone} or " if practice_phone else ""
    return (f"{prefix}{hello}, it's been a while. We're here if you'd like to book a time: "
            f"{call}reply R and we'll be in touch. Reply STOP to opt out.")


def due_gaps(s: Session, now: datetime) -> list[Gap]:
    """Clients whose last session's clinician asks for a check-in and whose gap is long
    enough (and not yet older than WINDOW past it), with no coming session and no open
    crisis or clinical item (reach and the once-per-gap check come after, per client)."""
    if not s.scalar(select(func.count()).select_from(Clinician)
                    .where(Clinician.reengage_weeks > 0)):
        return []  # off everywhere (the default): nothing to read
    ends = (select(Attendee.client_id, Appointment.end_at, Appointment.clinician_id,
                   func.row_number().over(partition_by=Attendee.client_id,
                                          order_by=Appointment.end_at.desc()).label("n"))
            .join(Appointment, Appointment.id == Attendee.appointment_id)
            .where(Appointment.cancelled_at.is_(None), Attendee.attendance.in_(COUNTED),
                   Appointment.start_at <= now)
            .subquery())
    coming = (select(Attendee.client_id).join(Appointment)
              .where(Appointment.cancelled_at.is_(None), Appointment.start_at > now,
                     Attendee.attendance == Attendance.BOOKED))
    flagged = select(DeskItem.client_id).where(DeskItem.done_at.is_(None),
                                               DeskItem.kind.in_(FLAGGED),
                                               DeskItem.client_id.is_not(None))
    rows = s.execute(
        select(ends.c.client_id, ends.c.end_at, Clinician.reengage_weeks)
        .join(Clinician, Clinician.id == ends.c.clinician_id)
        .join(Client, Client.id == ends.c.client_id)
        .where(ends.c.n == 1, Clinician.reengage_weeks > 0, Client.active.is_(True),
               ends.c.end_at <= now, ends.c.end_at > now - MAX_WEEKS - WINDOW,
               ends.c.client_id.not_in(coming), ends.c.client_id.not_in(flagged))).all()
    return [Gap(client_id, end) for client_id, end, weeks in rows
            if now - timedelta(weeks=weeks) - WINDOW < end <= now - timedelta(weeks=weeks)]


def plan_check_ins(s: Session, now: datetime) -> list[int]:
    """Plan one check-in for each client due one and not yet checked in with for this gap;
    the outbox ids planned."""
    gaps = due_gaps(s, now)
    if not gaps:
        return []
    done = {(client_id, anchor) for client_id, anchor in s.execute(
        select(OutboxMessage.client_id, OutboxMessage.anchor_at)
        .where(OutboxMessage.step == STEP,
               OutboxMessage.client_id.in_([g.client_id for g in gaps])))}
    settings = load_settings(s)
    phone = format_phone(settings.phone, settings.region)
    quiet = (_minute(settings.quiet_start_minute), _minute(settings.quiet_end_minute))
    planned: list[OutboxMessage] = []
    for gap in gaps:
        if (gap.client_id, gap.last_end) in done:
            continue
        client = s.get(Client, gap.client_id, options=[selectinload(Client.consents)])
        assert client is not None  # just found by its sessions; clients are never deleted
        channels, _ = route_channels(Route.PREFERRED, reach(client))
        if not channels:
            continue  # opted out or no consent on every channel: nothing at all
        channel = channels[0]
        tz = ZoneInfo(client.timezone or settings.timezone)
        due = (fit_quiet_hours(now, now + USEFUL, tz, *quiet, now) or now) \
            if channel in TEXTS else now
        name = settings.neutral_sender_name if client.shared_phone and \
            settings.neutral_sender_name is not None else settings.name
        first = "" if client.shared_phone else (client.preferred_name or client.first_name)
        row = OutboxMessage(
            client_id=client.id, appointment_id=None, step=STEP, channel=channel,
            anchor_at=gap.last_end, due_at=due, useful_until=now + USEFUL,
            state=MessageState.PLANNED, reason="check-in after weeks without a session",
            body=check_in_text(first, name.strip(), phone, client.language),
            planned_at=now, updated_at=now)
        s.add(row)
        planned.append(row)
    s.flush()
    return [row.id for row in planned]


def sweep(sessions: sessionmaker[Session], clock: Clock) -> int:
    """One run of the check-in sweep in its own transaction; how many were planned."""
    with sessions.begin() as s:
        return len(plan_check_ins(s, clock.now()))


def _minute(minutes: int) -> time:
    return time(minutes // 60 % 24, minutes % 60)
