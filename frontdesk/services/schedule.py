"""The day's schedule and the front desk's actions on it."""

from __future__ import annotations

import json
from contextlib import AbstractContextManager, nullcontext, suppress
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import event, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Attendance, Confirmation, Modality
from frontdesk.domain.changes import Changes
from frontdesk.models import (
    Appointment,
    AppointmentType,
    Attendee,
    Client,
    Clinician,
    Series,
    SyncSource,
)
from frontdesk.services import audit
from frontdesk.services.calendar_rules import (
    check_link,
    refuse_clashes,
    series_starts,
)
from frontdesk.services.clients import display_name
from frontdesk.services.dto import (
    AppointmentDetail,
    AppointmentEdit,
    AttendeeInfo,
    BookingRequest,
    ScheduleRow,
)
from frontdesk.services.errors import NotFoundError, StateError, ValidationError
from frontdesk.services.events import ChangeEvents
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.planner import ReminderPlanner
from frontdesk.services.schedule_day import read_day
from frontdesk.services.writeback_queue import queue_cancel, queue_confirm

MAX_OCCURRENCES = 52
SYNC_MINUTES = 15  # how often a source is read when its settings do not say
ARRIVAL_WINDOW = timedelta(hours=3)  # how early a client may be marked as arrived


class ScheduleService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 planner: ReminderPlanner | None = None,
                 events: ChangeEvents | None = None) -> None:
        self.sessions = sessions
        self.clock = clock
        self.planner = planner
        self.events = events or ChangeEvents()  # told after each commit (days, clients)

    def _touched(self, s: Session, a: Appointment, *more_days: date) -> Changes:
        """A change to `a`: its day (and `more_days`), its clients, their messages."""
        tz = ZoneInfo(load_settings(s).timezone)
        return Changes(days=frozenset((a.start_at.astimezone(tz).date(), *more_days)),
                       clients=frozenset(at.client_id for at in a.attendees), desk=True,
                       outbox=True)

    def _publish(self, changes: Changes, session: Session | None = None) -> None:
        if session is None:  # ours has committed; else when the caller's transaction commits
            self.events.publish(changes)
        else:
            event.listen(session, "after_commit", lambda _: self.events.publish(changes), once=True)

    def _replan(self, s: Session, appointment_id: int, *, moved: bool = False) -> None:
        """Bring the appointment's planned messages in line, in the same transaction."""
        if self.planner is not None:
            s.flush()
            self.planner.reconcile(s, appointment_id, moved=moved)

    # ---- reading ---------------------------------------------------------
    def timezone(self) -> ZoneInfo:
        with self.sessions() as s:
            return ZoneInfo(load_settings(s).timezone)

    def today(self) -> date:
        return self.clock.now().astimezone(self.timezone()).date()

    def day(
        self, day: date, clinician_id: int | None = None, search: str = ""
    ) -> list[ScheduleRow]:
        """Every client's place in every session that day, in start order."""
        return read_day(self.sessions, day, clinician_id, search)

    def appointment(self, appointment_id: int) -> AppointmentDetail:
        with self.sessions() as s:
            tz = ZoneInfo(load_settings(s).timezone)
            a = self._get(s, appointment_id)
            people = tuple(
                AttendeeInfo(at.client_id, display_name(s.get_one(Client, at.client_id)),
                             at.confirmation, at.attendance)
                for at in a.attendees
            )
            return AppointmentDetail(a.id, a.clinician_id, a.type_id, a.start_at.astimezone(tz),
                                     a.end_at.astimezone(tz), a.modality, a.telehealth_link,
                                     a.location, a.notes, a.series_id, people,
                                     a.cancelled_at is not None)

    # ---- booking ---------------------------------------------------------
    def book(self, req: BookingRequest, actor: str) -> list[int]:
        """Book one session or a weekly/fortnightly series; all or nothing."""
        if req.start.tzinfo is None:
            raise ValidationError("start", "The start time has no time zone.")
        if not req.client_ids:
            raise ValidationError("clients", "Choose at least one client.")
        count = req.occurrences if req.repeat else 1
        if not 1 <= count <= MAX_OCCURRENCES:
            raise ValidationError("occurrences",
                                  f"A series has between 1 and {MAX_OCCURRENCES} sessions.")
        with self.sessions.begin() as s:
            tz = ZoneInfo(load_settings(s).timezone)
            kind = self._type(s, req.type_id)
            self._clinician(s, req.clinician_id)
            clients = tuple(dict.fromkeys(req.client_ids))
            for cid in clients:
                if s.get(Client, cid) is None:
                    raise NotFoundError("One of the chosen clients no longer exists.")
            if len(clients) > 1 and not kind.is_group:
                raise ValidationError("clients", f"“{kind.name}” is for one client.",
                                      hint="Choose a group appointment type for several clients.")
            modality = Modality(req.modality or kind.default_modality)
            link = check_link(req.telehealth_link)
            length = timedelta(minutes=req.duration_minutes or kind.duration_minutes)
            every = req.repeat.days if req.repeat else 7
            starts = series_starts(req.start, every, count, tz)
            refuse_clashes(s, ((st, st + length) for st in starts), tz, what="That time",
                           clinician_id=req.clinician_id, client_ids=clients)
            now = self.clock.now()
            series = None
            if req.repeat and count > 1:
                series = Series(frequency=req.repeat, occurrences=count, created_at=now)
                s.add(series)
                s.flush()
            ids = []
            for st in starts:
                a = Appointment(clinician_id=req.clinician_id, type_id=req.type_id, start_at=st,
                                end_at=st + length, modality=modality, telehealth_link=link,
                                location=req.location.strip(), notes=req.notes.strip(),
                                series_id=series.id if series else None, created_at=now,
                                updated_at=now)
                a.attendees = [Attendee(client_id=c, booked_at=now) for c in clients]
                s.add(a)
                s.flush()
                audit.record(s, self.clock, actor, "book", "appointment", a.id,
                             f"start={st.isoformat()}")
                self._replan(s, a.id)
                ids.append(a.id)
        self._publish(Changes(days=frozenset(st.astimezone(tz).date() for st in starts),
                              clients=frozenset(clients), outbox=True))  # confirmation due now
        return ids

    def edit(self, appointment_id: int, change: AppointmentEdit, actor: str) -> None:
        with self.sessions.begin() as s:
            tz = ZoneInfo(load_settings(s).timezone)
            a = self._get(s, appointment_id)
            self._require_live(a)
            if change.clinician_id not in (None, a.clinician_id) \
                    or change.duration_minutes is not None \
                    or change.add_client_ids or change.remove_client_ids:
                _refuse_synced(s, a, "change its clinician, length or clients there")
            if change.type_id is not None:
                self._type(s, change.type_id)
                a.type_id = change.type_id
            if change.clinician_id is not None:
                self._clinician(s, change.clinician_id)
                a.clinician_id = change.clinician_id
            if change.duration_minutes is not None:
                if not 5 <= change.duration_minutes <= 480:
                    raise ValidationError("duration", "A session lasts 5 minutes to 8 hours.")
                a.end_at = a.start_at + timedelta(minutes=change.duration_minutes)
            if change.modality is not None:
                a.modality = Modality(change.modality)
            if change.telehealth_link is not None:
                a.telehealth_link = check_link(change.telehealth_link)
            if change.location is not None:
                a.location = change.location.strip()
            if change.notes is not None:
                a.notes = change.notes.strip()
            now = self.clock.now()
            for cid in change.add_client_ids:
                if s.get(Client, cid) is None:
                    raise NotFoundError("One of the chosen clients no longer exists.")
                place = next((at for at in a.attendees if at.client_id == cid), None)
                if place is None:  # explicit states: column defaults only apply at flush
                    a.attendees.append(Attendee(client_id=cid, booked_at=now,
                                                attendance=Attendance.BOOKED,
                                                confirmation=Confirmation.UNCONFIRMED))
                elif place.attendance.is_cancelled:  # booked back in after cancelling
                    place.attendance = Attendance.BOOKED
                    place.confirmation = Confirmation.UNCONFIRMED
                    place.cancelled_at, place.cancel_reason, place.booked_at = None, "", now
            for at in a.attendees:
                if at.client_id in change.remove_client_ids and not at.attendance.is_cancelled:
                    at.attendance, at.cancelled_at = Attendance.CANCELLED, now
                    at.cancel_reason = "removed from session"
            live_ids = tuple(at.client_id for at in a.attendees if not at.attendance.is_cancelled)
            if len(live_ids) > 1 and not self._type(s, a.type_id).is_group:
                raise ValidationError("clients", "This appointment type is for one client.")
            refuse_clashes(s, [(a.start_at, a.end_at)], tz, what="That change",
                           clinician_id=a.clinician_id, client_ids=live_ids, exclude_id=a.id)
            if not live_ids:
                a.cancelled_at = now
            a.updated_at = now
            audit.record(s, self.clock, actor, "edit", "appointment", a.id)
            self._replan(s, a.id)
            touched = self._touched(s, a)
        self._publish(touched)

    def _unit(self, session: Session | None) -> AbstractContextManager[Session]:
        """The caller's transaction (a reply acted on with the message it came in), or a new
        one of our own."""
        return nullcontext(session) if session is not None else self.sessions.begin()

    def reschedule(self, appointment_id: int, new_start: datetime, actor: str,
                   clinician_id: int | None = None, *, session: Session | None = None) -> None:
        """Move a session (keeping its length); refused with a clear message on a clash."""
        if new_start.tzinfo is None:
            raise ValidationError("start", "The new time has no time zone.")
        with self._unit(session) as s:
            tz = ZoneInfo(load_settings(s).timezone)
            a = self._get(s, appointment_id)
            self._require_live(a)
            _refuse_synced(s, a, "change its time there")
            if any(at.attendance in (Attendance.ARRIVED, Attendance.NO_SHOW) for at in a.attendees):
                raise StateError("This session already happened; book a new one instead.")
            target = clinician_id or a.clinician_id
            self._clinician(s, target)
            length = a.end_at - a.start_at
            start = new_start.astimezone(UTC)
            live = tuple(at.client_id for at in a.attendees if not at.attendance.is_cancelled)
            refuse_clashes(s, [(start, start + length)], tz, what="The new time",
                           clinician_id=target, client_ids=live, exclude_id=a.id)
            old = a.start_at
            a.start_at, a.end_at, a.clinician_id = start, start + length, target
            a.updated_at = self.clock.now()
            for at in a.attendees:
                if not at.attendance.is_cancelled:
                    at.confirmation = Confirmation.UNCONFIRMED  # the new time needs confirming
            audit.record(s, self.clock, actor, "reschedule", "appointment", a.id,
                         f"from={old.isoformat()} to={start.isoformat()}")
            self._replan(s, a.id, moved=start != old)
            touched = self._touched(s, a, old.astimezone(tz).date())
        self._publish(touched, session)

    # ---- cancelling and attendance --------------------------------------
    def cancel(self, appointment_id: int, actor: str, *, client_id: int | None = None,
               by_client: bool = True, reason: str = "",
               session: Session | None = None, client_reply: bool = False) -> Attendance:
        """Cancel one client's place (or everyone's). Late inside the practice's window.

        A synced session is cancelled at its source, not here; except by the client's own
        reply (`client_reply`): it stops their reminders at once.
        Returns the attendance recorded: CANCELLED or LATE_CANCELLED.
        """
        with self._unit(session) as s:
            window = timedelta(hours=load_settings(s).late_cancel_hours)
            a = self._get(s, appointment_id)
            self._require_live(a)
            if not client_reply:
                _refuse_synced(s, a, "cancel it there")
            now = self.clock.now()
            late = by_client and a.start_at - now < window
            outcome = Attendance.LATE_CANCELLED if late else Attendance.CANCELLED
            targets = [at for at in a.attendees if client_id in (None, at.client_id)]
            if not targets:
                raise NotFoundError("That client is not booked in this session.")
            if all(at.attendance.is_cancelled for at in targets):
                raise StateError("This place is already cancelled.")
            for at in targets:
                if at.attendance in (Attendance.ARRIVED, Attendance.NO_SHOW):
                    raise StateError("This client's attendance is already recorded; "
                                     "undo it first if it was a mistake.")
                if at.attendance.is_cancelled:
                    continue
                at.attendance, at.cancelled_at, at.cancel_reason = outcome, now, reason.strip()
                if client_reply:  # the source hears of it too (a synced session)
                    queue_cancel(s, now, a, at.client_id)
            if all(at.attendance.is_cancelled for at in a.attendees):
                a.cancelled_at = now  # the slot is free again
            a.updated_at = now
            audit.record(s, self.clock, actor, outcome.value, "appointment", a.id,
                         f"client={client_id or 'all'} by_client={by_client}")
            self._replan(s, a.id)
            touched = self._touched(s, a)
        self._publish(touched, session)
        return outcome

    def mark_arrived(self, appointment_id: int, client_id: int, actor: str) -> None:
        self._set_attendance(appointment_id, client_id, Attendance.ARRIVED, actor)

    def mark_no_show(self, appointment_id: int, client_id: int, actor: str) -> None:
        self._set_attendance(appointment_id, client_id, Attendance.NO_SHOW, actor)

    def undo_attendance(self, appointment_id: int, client_id: int, actor: str) -> None:
        self._set_attendance(appointment_id, client_id, Attendance.BOOKED, actor)

    def set_confirmation(self, appointment_id: int, client_id: int, state: Confirmation,
                         actor: str, *, session: Session | None = None) -> None:
        """Record a confirmation staff took by phone or in person (or a client's reply)."""
        with self._unit(session) as s:
            at = self._attendee(s, appointment_id, client_id)
            if at.attendance.is_cancelled:
                raise StateError("This client's place was cancelled.")
            was, at.confirmation = at.confirmation, Confirmation(state)
            if at.confirmation is Confirmation.CONFIRMED and was is not Confirmation.CONFIRMED:
                queue_confirm(s, self.clock.now(), at.appointment, client_id)  # to its source
            audit.record(s, self.clock, actor, f"confirmation_{state.value}", "appointment",
                         appointment_id, f"client={client_id}")
            touched = self._touched(s, at.appointment)
        self._publish(touched, session)

    def _set_attendance(self, appointment_id: int, client_id: int, state: Attendance,
                        actor: str) -> None:
        with self.sessions.begin() as s:
            at = self._attendee(s, appointment_id, client_id)
            if at.attendance.is_cancelled:
                raise StateError("This client's place was cancelled.")
            now = self.clock.now()
            if state is Attendance.NO_SHOW and now < at.appointment.start_at:
                raise StateError("The session has not started yet, so it cannot be a no-show.")
            if state is Attendance.ARRIVED and now < at.appointment.start_at - ARRIVAL_WINDOW:
                raise StateError("This session is on a later day; the client cannot have "
                                 "arrived yet.")
            at.attendance = state
            at.arrived_at = now if state is Attendance.ARRIVED else None
            audit.record(s, self.clock, actor, f"attendance_{state.value}", "appointment",
                         appointment_id, f"client={client_id}")
            touched = self._touched(s, at.appointment)
        self._publish(touched)

    # ---- lookups ---------------------------------------------------------
    def _get(self, s: Session, appointment_id: int) -> Appointment:
        a = s.get(Appointment, appointment_id, options=[selectinload(Appointment.attendees)])
        if a is None:
            raise NotFoundError("That appointment no longer exists.")
        return a

    def _attendee(self, s: Session, appointment_id: int, client_id: int) -> Attendee:
        at = s.scalar(select(Attendee).where(Attendee.appointment_id == appointment_id,
                                             Attendee.client_id == client_id))
        if at is None:
            raise NotFoundError("That client is not booked in this session.")
        return at

    @staticmethod
    def _require_live(a: Appointment) -> None:
        if a.cancelled_at is not None:
            raise StateError("This session was cancelled.")

    @staticmethod
    def _type(s: Session, type_id: int) -> AppointmentType:
        t = s.get(AppointmentType, type_id)
        if t is None:
            raise NotFoundError("That appointment type no longer exists.")
        return t

    @staticmethod
    def _clinician(s: Session, clinician_id: int) -> Clinician:
        c = s.get(Clinician, clinician_id)
        if c is None or not c.active:
            raise ValidationError("clinician", "Choose an active clinician.")
        return c


def _refuse_synced(s: Session, a: Appointment, what: str) -> None:
    """A synced session's time, clinician and existence belong to its source while the
    practice follows that source; once the source is removed, the session is the practice's
    own (adding a source of the same name again takes it back)."""
    if a.source is None:
        return
    source = s.execute(select(SyncSource.settings, SyncSource.enabled)
                       .where(SyncSource.name == a.source)).first()
    if source is None:
        return
    minutes = SYNC_MINUTES
    with suppress(ValueError, TypeError, AttributeError):
        minutes = int(json.loads(source.settings or "{}").get("interval_minutes",
                                                               SYNC_MINUTES))
    follows = (f"FrontDesk follows within {minutes} minutes." if source.enabled else
               "Its sync is turned off: turn it on in Practice settings → Calendar sync, or "
               "remove the source there to manage its sessions in FrontDesk.")
    raise ValidationError(
        "source", f"This session comes from {a.source}: {what}; {follows}",
        hint="Confirmation, attendance and messages stay FrontDesk's.")
