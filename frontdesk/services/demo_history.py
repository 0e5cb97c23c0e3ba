"""A year of past sessions for the demo practice, so the Trends page has something to show.

The demo's own bookings (frontdesk.services.demo) go back only a few weeks; this adds the
months before them: former clients (fictional, marked inactive, so the Clients list and
today's schedule are unchanged) seen in weekly or fortnightly slots by the demo's
clinicians, each course of sessions starting with an intake, and a weekly skills group.
Outcomes follow what a front desk sees: more no-shows on Mondays and Fridays, early and
late in the day, at a first visit, for sessions booked far ahead, with one clinician more
than the others, and far more when the client never confirmed. Reminder messages
(frontdesk.domain.messages) exist from the month the practice "switched them on"
(ten weeks in): mostly delivered, so most clients confirm; a few clients' numbers never
take a text, so they seldom confirm and miss more. A few sessions were moved (a
`reschedule` audit entry) and then attended.

Everything is written in one transaction with bulk inserts (a fraction of a second), with
the same column types the app's mapped classes use; the audit entries are chained
(services/audit.py `link`). Nothing is sent anywhere.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from frontdesk.domain import Attendance, Channel, Confirmation, Language, Modality, Step
from frontdesk.domain import MessageState as S
from frontdesk.models import Appointment, Attendee, AuditEntry, Client, OutboxMessage
from frontdesk.models.database import writer
from frontdesk.services import audit
from frontdesk.services.container import Services
from frontdesk.services.dto import AppointmentTypeInfo

ACTOR = "demo"
REMINDERS_AFTER_WEEKS = 10  # the practice switched reminders on this far into the history
FIRST = ["Adele", "Bruno", "Carla", "Dmitri", "Esme", "Farid", "Gemma", "Hugo", "Ines", "Jasper",
         "Kira", "Luca", "Marta", "Nico", "Odile", "Pablo", "Rhea", "Silas", "Tamsin", "Umar",
         "Vera", "Wren", "Xavi", "Yusuf", "Zara", "Arlo", "Bea", "Cyrus", "Delia", "Emil"]
LAST = ["Ashford", "Bartos", "Cardenas", "Delacroix", "Eklund", "Ferreira", "Gallo", "Hale",
        "Ishikawa", "Jovanovic", "Karlsson", "Lombardi", "Marsh", "Nilsen", "Oyelaran",
        "Pereira", "Quintero", "Rasmussen", "Sorensen", "Tanaka", "Underwood", "Valdez"]
# What moves the chance of a no-show (multiplied together).
BASE_NO_SHOW = 0.05
CLINICIAN_F = (0.8, 1.5, 0.9, 1.0, 1.2)
WEEKDAY_F = {0: 1.35, 1: 0.9, 2: 0.8, 3: 0.95, 4: 1.4, 5: 1.1}
HOUR_F = {8: 1.5, 9: 1.1, 10: 0.9, 11: 0.85, 12: 0.9, 13: 0.9, 14: 0.9, 15: 1.0, 16: 1.1,
          17: 1.4, 18: 1.6}
LEAD_F = ((2, 0.9), (8, 0.9), (15, 1.0), (31, 1.3), (10_000, 1.8))  # (days below, factor)
FIRST_VISIT_F, TELEHEALTH_F, CONFIRMED_F, UNCONFIRMED_F = 2.0, 0.85, 0.45, 2.4
# Reminder states of a message that went out: reachable clients, and the few never reached.
REACHED = {Channel.SMS: ((S.DELIVERED, 0.94), (S.SENT, 0.02), (S.UNDELIVERED, 0.03),
                         (S.FAILED, 0.01)),
           Channel.WHATSAPP: ((S.DELIVERED, 0.96), (S.SENT, 0.02), (S.UNDELIVERED, 0.02)),
           Channel.EMAIL: ((S.SENT, 0.97), (S.FAILED, 0.03))}
UNREACHED = ((S.UNDELIVERED, 0.55), (S.FAILED, 0.3), (S.SENT, 0.15))


@dataclass
class Person:
    id: int
    channel: Channel | None  # None: no consent to messages
    reached: bool = True
    seen: bool = False  # had a place already (the next one is not a first visit)


@dataclass
class History:
    rng: random.Random
    tz: ZoneInfo
    now: datetime
    reminders_from: date
    next_appt: int
    next_client: int
    clients: list[dict[str, Any]] = field(default_factory=list)  # rows to insert
    appointments: list[dict[str, Any]] = field(default_factory=list)
    attendees: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)

    def person(self, start: datetime) -> Person:
        rng, n = self.rng, len(self.clients)
        roll = rng.random()
        channel = (None if roll < 0.05 else Channel.EMAIL if roll < 0.2 else
                   Channel.WHATSAPP if roll < 0.33 else Channel.SMS)
        p = Person(self.next_client, channel, reached=rng.random() > 0.08)
        self.next_client += 1
        self.clients.append(dict(
            id=p.id, first_name=FIRST[n % len(FIRST)], last_name=LAST[(n * 7) % len(LAST)],
            preferred_channel=channel or Channel.SMS, language=Language.ENGLISH,
            active=False, created_at=start - timedelta(days=rng.randint(3, 20))))
        return p

    # ---- one session ---------------------------------------------------------------------
    def session(self, clinician: int, ci: int, type_id: int, modality: Modality,
                start: datetime, minutes: int, people: list[Person], lead: timedelta
                ) -> list[Attendance]:
        rng = self.rng
        aid = self.next_appt
        self.next_appt += 1
        moved = rng.random() < 0.04
        outcomes: list[Attendance] = []
        for p in people:
            booked = start - lead - timedelta(minutes=rng.randint(0, 600))
            first, p.seen = not p.seen, True
            confirmed, reached_any = self._reminders(aid, p, start, booked, modality)
            att, cancelled = self._outcome(ci, start, booked, first, confirmed, moved,
                                           modality, reached_any)
            self.attendees.append(dict(
                appointment_id=aid, client_id=p.id, attendance=att, booked_at=booked,
                confirmation=Confirmation.CONFIRMED if confirmed else rng.choice(
                    (Confirmation.UNCONFIRMED, Confirmation.REQUESTED)),
                cancelled_at=cancelled, arrived_at=start + timedelta(minutes=rng.randint(
                    -10, 5)) if att is Attendance.ARRIVED else None,
                cancel_reason=rng.choice(("unwell", "work", "travel", "")) if cancelled else ""))
            self._withdraw(aid, p.id, cancelled)
            if att is Attendance.NO_SHOW and p.channel and start.date() >= self.reminders_from:
                self._message(aid, p, Step.MISSED_FOLLOW_UP, p.channel, start,
                              start + timedelta(minutes=20))
            outcomes.append(att)
        all_cancelled = all(a.is_cancelled for a in outcomes)
        self.appointments.append(dict(
            id=aid, clinician_id=clinician, type_id=type_id, start_at=start,
            end_at=start + timedelta(minutes=minutes), modality=modality,
            telehealth_link="https://video.example.org/s/demo"
            if modality is Modality.TELEHEALTH else "",
            cancelled_at=min(a["cancelled_at"] for a in self.attendees[-len(people):])
            if all_cancelled else None,
            created_at=min(a["booked_at"] for a in self.attendees[-len(people):]),
            updated_at=start))
        if moved and not all_cancelled:
            old = start - timedelta(days=rng.choice((1, 2, 7)))
            self.audit.append(dict(at=old - timedelta(days=2), actor=ACTOR, action="reschedule",
                                   entity="appointment", entity_id=aid,
                                   detail=f"from={old.isoformat()} to={start.isoformat()}"))
        return outcomes

    def _outcome(self, ci: int, start: datetime, booked: datetime, first: bool, confirmed: bool,
                 moved: bool, modality: Modality, reached: bool
                 ) -> tuple[Attendance, datetime | None]:
        rng = self.rng
        local = start.astimezone(self.tz)
        lead_days = (start - booked).days
        roll = rng.random()
        if roll < 0.06:  # cancelled: in good time unless it was booked at short notice
            at = booked + (start - booked) * rng.uniform(0.2, 0.8)
            late = start - at < timedelta(hours=24)
            return (Attendance.LATE_CANCELLED if late else Attendance.CANCELLED), at
        if roll < 0.06 + 0.03 * (1.0 if confirmed else 1.6):
            at = max(start - timedelta(hours=rng.randint(1, 20)), booked + (start - booked) / 2)
            return Attendance.LATE_CANCELLED, at
        p = (BASE_NO_SHOW * CLINICIAN_F[ci % len(CLINICIAN_F)]
             * WEEKDAY_F.get(local.weekday(), 1.0) * HOUR_F.get(local.hour, 1.0)
             * next(f for days, f in LEAD_F if lead_days < days)
             * (FIRST_VISIT_F if first else 1.0)
             * (TELEHEALTH_F if modality is Modality.TELEHEALTH else 1.0)
             * (CONFIRMED_F if confirmed else UNCONFIRMED_F)
             * (0.8 if reached else 1.0) * (0.4 if moved else 1.0))
        if rng.random() < p:
            return Attendance.NO_SHOW, None
        if rng.random() < 0.004:
            return Attendance.BOOKED, None  # nobody marked it
        return Attendance.ARRIVED, None

    # ---- reminders -----------------------------------------------------------------------
    def _reminders(self, aid: int, p: Person, start: datetime, booked: datetime,
                   modality: Modality) -> tuple[bool, bool]:
        """The reminder rows of one place; (confirmed, any reminder reached the client)."""
        rng = self.rng
        if p.channel is None or start.date() < self.reminders_from:
            return rng.random() < 0.3, False  # the front desk phoned some of them
        states = []
        if rng.random() < 0.35:
            states.append(self._message(aid, p, Step.BOOKING_CONFIRMATION, p.channel, start,
                                        booked + timedelta(seconds=30)))
        asked = booked < start - timedelta(hours=48)
        if asked:
            states.append(self._message(aid, p, Step.CONFIRMATION_REQUEST, p.channel, start,
                                        start - timedelta(hours=48)))
        if booked < start - timedelta(hours=24):
            states.append(self._message(aid, p, Step.DAY_BEFORE, p.channel, start,
                                        start - timedelta(hours=24)))
        if modality is Modality.TELEHEALTH and p.channel is not Channel.EMAIL:
            states.append(self._message(aid, p, Step.TELEHEALTH_LINK, p.channel, start,
                                        start - timedelta(minutes=30)))
        reached = any(s in (S.DELIVERED, S.SENT) for s in states) and p.reached
        chance = (0.8 if asked else 0.5) if reached else 0.12
        return rng.random() < chance, reached

    def _message(self, aid: int, p: Person, step: Step, channel: Channel, start: datetime,
                 due: datetime) -> S:
        rng = self.rng
        table = REACHED[channel] if p.reached else UNREACHED
        x, state = rng.random(), table[-1][0]
        for s, w in table:
            x -= w
            if x < 0:
                state = s
                break
        sending = due + timedelta(seconds=rng.randint(1, 60))
        sent = sending + timedelta(seconds=1) if state is not S.FAILED else None
        delivered = sent + timedelta(seconds=rng.randint(2, 40)) \
            if state is S.DELIVERED and sent else None
        self.messages.append(dict(
            appointment_id=aid, client_id=p.id, step=str(step), channel=channel,
            anchor_at=start, due_at=due, useful_until=start, state=state, attempts=1,
            planned_at=due, sending_at=sending, sent_at=sent, delivered_at=delivered,
            reason="the carrier refused the number" if state in (S.FAILED, S.UNDELIVERED)
            else "", updated_at=delivered or sent or sending))
        return state

    def _withdraw(self, aid: int, client_id: int, cancelled: datetime | None) -> None:
        """Reminders due after the place was cancelled never went: withdrawn."""
        if cancelled is None:
            return
        for m in self.messages[-5:]:
            if m["appointment_id"] == aid and m["client_id"] == client_id \
                    and m["due_at"] > cancelled:
                m.update(state=S.WITHDRAWN, sending_at=None, sent_at=None, delivered_at=None,
                         attempts=0, reason="the place was cancelled", updated_at=cancelled)


def _lead(rng: random.Random, every: int) -> timedelta:
    roll = rng.random()
    if roll < 0.55:
        return timedelta(days=every)  # booked at the session before
    if roll < 0.85:
        return timedelta(days=rng.randint(15, 50))  # a block booked ahead
    return timedelta(days=rng.randint(0, 6), hours=rng.randint(1, 20))  # short notice


def seed_history(svc: Services, rng: random.Random | None = None) -> int:
    """Add about a year of past sessions before the demo's first booking; returns how many
    appointments were added."""
    rng = rng or random.Random(11)
    tz = svc.schedule.timezone()
    today = svc.schedule.today()
    clinicians = [c.id for c in svc.practice.clinicians()]
    types = {t.name: t for t in svc.practice.appointment_types()}
    if not clinicians or not {"Intake", "Individual session"} <= types.keys():
        return 0
    with writer(svc.engine).begin() as conn:
        first_start = conn.scalar(select(func.min(Appointment.start_at)))
        h = History(rng, tz, svc.clock.now(), date.min,
                    (conn.scalar(select(func.max(Appointment.id))) or 0) + 1,
                    (conn.scalar(select(func.max(Client.id))) or 0) + 1)
        end = min(first_start.astimezone(tz).date() if first_start else today, today)
        begin = date(today.year - 1, today.month, 1)
        begin -= timedelta(days=begin.weekday())  # a Monday
        h.reminders_from = begin + timedelta(weeks=REMINDERS_AFTER_WEEKS)
        for ci, clinician in enumerate(clinicians):
            _clinician_year(h, ci, clinician, types, begin, end)
        if "Skills group" in types and len(clinicians) > 2:
            _group(h, clinicians[2], types["Skills group"], begin, end)
        audit.link(conn, h.audit)  # the entries' ids and hashes, after the chain's end
        for table, rows in ((Client, h.clients), (Appointment, h.appointments),
                            (Attendee, h.attendees), (OutboxMessage, h.messages),
                            (AuditEntry, h.audit)):
            if rows:
                conn.execute(insert(table), rows)
    return len(h.appointments)


def _clinician_year(h: History, ci: int, clinician: int,
                    types: dict[str, AppointmentTypeInfo], begin: date,
                    end: date) -> None:
    """Weekly slots, each filled by one course of sessions after another."""
    rng = h.rng
    days_off = ci % 5  # each clinician works four weekdays
    hours = [8 + ci % 2, 10, 11, 13, 14, 16, 17 + (ci == 1)]
    slots = [(d, hr) for d in range(5) if d != days_off for hr in rng.sample(hours, 4)]
    tele, individual, intake = (types.get("Telehealth session"), types["Individual session"],
                                types["Intake"])
    couples = types.get("Couples session")
    weeks = (end - begin).days // 7 + 1
    for weekday, hour in slots:
        week = -rng.randint(0, 10)  # the first course started before the history does
        while week < weeks:
            every = 1 if rng.random() < 0.7 else 2
            kind = (tele if rng.random() < 0.25 and tele else couples
                    if rng.random() < 0.1 and couples else individual)
            n = rng.randint(4, 22)
            person = None
            misses = 0
            for i in range(n):
                day = begin + timedelta(weeks=week + i * every, days=weekday)
                if day >= end:
                    break
                if day < begin or rng.random() < 0.04:  # before the history; a holiday
                    continue
                start = datetime.combine(day, time(hour, 0), tzinfo=h.tz)
                person = person or h.person(start)
                first = not person.seen and week >= 0
                t = intake if first and i == 0 else kind
                lead = timedelta(days=rng.randint(3, 20)) if first else _lead(rng, 7 * every)
                out = h.session(clinician, ci, t.id, t.default_modality, start,
                                t.duration_minutes, [person], lead)
                misses += Attendance.NO_SHOW in out
                if misses >= 2 and rng.random() < 0.5:
                    break  # dropped out
            week += n * every + rng.randint(0, 2)


def _group(h: History, clinician: int, kind: AppointmentTypeInfo, begin: date,
           end: date) -> None:
    """A weekly Tuesday-evening skills group of five to seven, members coming and going."""
    rng = h.rng
    members: list[tuple[Person, int]] = []
    day = begin + timedelta(days=1)
    while day < end:
        start = datetime.combine(day, time(18, 30), tzinfo=h.tz)
        members = [(p, left) for p, left in members if left > 0]
        while len(members) < rng.randint(5, 7):
            members.append((h.person(start), rng.randint(6, 12)))
        h.session(clinician, 2, kind.id, kind.default_modality, start, kind.duration_minutes,
                  [p for p, _ in members], timedelta(days=7))
        members = [(p, left - 1) for p, left in members]
        day += timedelta(weeks=1)
