"""Applying one ChangeSet from a source to FrontDesk's schedule, in the caller's transaction.

Each source appointment is found by (source, external id); a new one is created with its
places, a changed one updated (a new start is a move), a cancelled or deleted one cancelled
with every place. An unchanged record writes nothing, so the same ChangeSet applied twice
changes nothing and plans nothing new. Reminders for everything touched are planned in the
same transaction by one batch call to the planner.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from frontdesk.clock import Clock
from frontdesk.domain import Attendance, Confirmation, MessageState
from frontdesk.domain.sync import ChangeSet, SourceAppointment, SourceStatus
from frontdesk.models import Appointment, Attendee, OutboxMessage, SyncSource
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.planner import ReminderPlanner
from frontdesk.services.sync.people import People, in_chunks
from frontdesk.services.sync.summary import SyncSummary

GONE = (SourceStatus.CANCELLED, SourceStatus.ERROR)
# A record last changed at the source this long before the previous good run was booked
# before then: it is new to FrontDesk only because the window moved on (slack for clocks).
OLD_BOOKING_SLACK = timedelta(hours=1)


def cancel_reason(source: str) -> str:
    return f"cancelled in {source}"[:200]


def apply_changes(s: Session, clock: Clock, source: SyncSource, changes: ChangeSet, *,
                  first_import: bool, planner: ReminderPlanner | None = None,
                  window: tuple[datetime, datetime] | None = None) -> SyncSummary:
    """Apply `changes` and plan their reminders. `first_import`: the practice's existing
    calendar (no booking confirmations). `window`: what a complete ChangeSet covered; its
    appointments absent from it are cancelled as deleted at the source."""
    run = _Apply(s, clock.now(), source, changes, first_import)
    run.people.add_clinicians(changes.clinicians)
    run.people.add_clients(changes.clients)
    run.people.update_linked(changes.client_updates)
    run.appointments()
    if changes.complete and window is not None:
        run.absent(*window)
    run.flush_new()
    if planner is not None:
        run.plan(planner)
    return run.summary


class _Apply:
    def __init__(self, s: Session, now: datetime, source: SyncSource, changes: ChangeSet,
                 first_import: bool) -> None:
        self.s, self.now, self.source, self.changes = s, now, source, changes
        self.first_import = first_import
        self.summary = SyncSummary(skipped=len(changes.problems))
        self.summary.problems.extend(f"{p.resource}: {p.reason}" for p in changes.problems)
        self.people = People(s, now, source.name, load_settings(s).region, self.summary)
        self.reason = cancel_reason(source.name)
        self.held: dict[str, Appointment] = {}
        self.seen: set[str] = set()
        self.new: list[_New] = []  # written together at the end, in one statement each
        self.creating: set[str] = set()
        self.starts: dict[int, datetime] = {}  # of the new appointments, by id
        self.confirming: set[int] = set()  # clients given a booking confirmation this run

    # ---- appointments -------------------------------------------------------------------
    def appointments(self) -> None:
        records = self.changes.appointments
        replaced = {r.replaces for r in records if r.replaces}
        self._load([r.external_id for r in records] + [*replaced, *self.changes.deleted])
        for r in records:  # a reschedule pair first: the old session takes the new id
            if r.replaces and r.replaces in self.held and r.external_id not in self.held:
                moving = self.held.pop(r.replaces)
                moving.external_id = r.external_id
                self.held[r.external_id] = moving
        self.seen = {r.external_id for r in records} | replaced
        for r in sorted(records, key=lambda r: (r.start, r.external_id)):
            if r.external_id in replaced and r.external_id not in self.held:
                continue  # the old half of a reschedule pair, already moved
            if r.external_id in self.creating:
                continue  # listed twice
            a = self.held.get(r.external_id)
            if a is None:
                self._create(r)
            else:
                self._update(a, r)
        for ext in self.changes.deleted:
            a = self.held.get(ext)
            if a is not None:
                self._cancel(a)

    def absent(self, start: datetime, end: datetime) -> None:
        """A complete read of [start, end): this source's live sessions starting in it that
        it no longer has were deleted there. A record the connector could not read is not
        taken as deleted."""
        unread = [p.resource for p in self.changes.problems]
        ids = [aid for aid, ext in self.s.execute(
            select(Appointment.id, Appointment.external_id).where(
                Appointment.source == self.source.name, Appointment.cancelled_at.is_(None),
                Appointment.start_at >= start, Appointment.start_at < end))
            if ext not in self.seen and not any(
                (ext or "").split("/")[0][:120] in text for text in unread)]
        for a in self._by_id(ids):
            self._cancel(a)

    def _create(self, r: SourceAppointment) -> None:
        if r.status in GONE:
            return  # cancelled before FrontDesk ever saw it: nothing to do
        clinician = self.people.clinician_for(r.clinician_id)
        clients = [cid for cid in dict.fromkeys(
            self.people.client_for(x) for x in r.client_ids) if cid is not None]
        if clinician is None or not clients or r.end <= r.start:
            self._skip(r, "no clinician" if clinician is None else
                       "no client" if not clients else "it ends before it starts")
            return
        kind = self.people.type_for(r.type_name, r.modality, len(clients) > 1)
        self.new.append(_New(r.external_id, r.start, {
            "clinician_id": clinician, "type_id": kind.id, "start_at": r.start,
            "end_at": r.end, "modality": r.modality or kind.default_modality,
            "telehealth_link": r.telehealth_link.strip()[:500],
            "location": r.location.strip()[:200], "notes": "", "series_id": None,
            "cancelled_at": None, "created_at": self.now, "updated_at": self.now,
            "source": self.source.name, "external_id": r.external_id,
            "external_version": r.version or None}, clients, _attendance(r.status),
            self._booked_before(r, clients)))
        self.creating.add(r.external_id)
        self.summary.new += 1

    def _booked_before(self, r: SourceAppointment, clients: list[int]) -> bool:
        """True when this session needs no booking confirmation: the practice's existing
        calendar, a past session, one booked before the last good run (the window moved),
        or a second new session of the same client in one run (a series: one confirmation)."""
        last_ok = self.source.last_ok_at
        if self.first_import or r.start <= self.now or (
                r.updated_at is not None and last_ok is not None
                and r.updated_at < last_ok - OLD_BOOKING_SLACK):
            return True
        if self.confirming.intersection(clients):
            return True
        self.confirming.update(clients)
        return False

    def _update(self, a: Appointment, r: SourceAppointment) -> None:
        if r.status in GONE:
            self._cancel(a)
            return
        clinician = self.people.clinician_for(r.clinician_id)
        if clinician is None or r.end <= r.start:
            self._skip(r, "no clinician" if clinician is None else "it ends before it starts")
            return
        changed = self._revive(a)
        moved = a.start_at != r.start
        if moved:
            for at in a.attendees:
                if not at.attendance.is_cancelled:
                    at.confirmation = Confirmation.UNCONFIRMED  # the new time needs it
        values = {"start_at": r.start, "end_at": r.end, "clinician_id": clinician,
                  "telehealth_link": r.telehealth_link.strip()[:500],
                  "location": r.location.strip()[:200]}
        if r.modality is not None:
            values["modality"] = r.modality
        if r.type_name.strip():
            live = sum(1 for at in a.attendees if not at.attendance.is_cancelled)
            values["type_id"] = self.people.type_for(r.type_name, r.modality, live > 1).id
        for name, value in values.items():
            if getattr(a, name) != value:
                setattr(a, name, value)
                changed = True
        changed |= self._places(a, r)
        if (r.version or None) != a.external_version:
            a.external_version = r.version or None
        if changed:
            a.updated_at = self.now
            self.summary.touched_ids.add(a.id)
            if moved:
                self.summary.moved += 1
                self.summary.moved_ids.add(a.id)
            else:
                self.summary.changed += 1

    def _places(self, a: Appointment, r: SourceAppointment) -> bool:
        """The source's clients join or leave; its attendance fills what FrontDesk has not
        recorded. Nobody is removed while one of the source's clients is unknown."""
        wanted = [self.people.client_for(x) for x in r.client_ids]
        known = [cid for cid in wanted if cid is not None]
        changed = False
        by_client = {at.client_id: at for at in a.attendees}
        for cid in dict.fromkeys(known):
            at = by_client.get(cid)
            if at is None:
                a.attendees.append(Attendee(client_id=cid, booked_at=self.now,
                                            confirmation=Confirmation.UNCONFIRMED,
                                            attendance=Attendance.BOOKED))
                changed = True
            elif at.attendance.is_cancelled and at.cancel_reason == self.reason:
                at.attendance, at.cancelled_at, at.cancel_reason = Attendance.BOOKED, None, ""
                changed = True
        if len(known) == len(wanted):
            for at in a.attendees:
                if at.client_id not in known and not at.attendance.is_cancelled \
                        and at.attendance is Attendance.BOOKED:
                    at.attendance, at.cancelled_at = Attendance.CANCELLED, self.now
                    at.cancel_reason = self.reason
                    changed = True
        state = _attendance(r.status)
        if state is not Attendance.BOOKED:
            for at in a.attendees:
                if at.attendance is Attendance.BOOKED and at.client_id in known:
                    at.attendance = state
                    at.arrived_at = r.start if state is Attendance.ARRIVED else None
                    changed = True
        return changed

    def _revive(self, a: Appointment) -> bool:
        """Booked again at the source after the source cancelled it: live again. A session
        cancelled in FrontDesk (a client's reply) stays cancelled."""
        if a.cancelled_at is None:
            return False
        cancelled = [at for at in a.attendees if at.attendance.is_cancelled]
        if not cancelled or any(at.cancel_reason != self.reason for at in cancelled):
            return False
        for at in cancelled:
            at.attendance, at.cancelled_at, at.cancel_reason = Attendance.BOOKED, None, ""
        a.cancelled_at = None
        return True

    def _cancel(self, a: Appointment) -> None:
        if a.cancelled_at is not None:
            return
        for at in a.attendees:
            if at.attendance is Attendance.BOOKED:
                at.attendance, at.cancelled_at = Attendance.CANCELLED, self.now
                at.cancel_reason = self.reason
        a.cancelled_at = a.updated_at = self.now
        self.summary.cancelled += 1
        self.summary.touched_ids.add(a.id)

    def _skip(self, r: SourceAppointment, why: str) -> None:
        self.summary.skipped += 1
        self.summary.problems.append(f"appointment {r.external_id[:120]}: {why}")

    # ---- planning -----------------------------------------------------------------------
    def flush_new(self) -> None:
        """The new appointments and their places, a few statements for thousands."""
        self.s.flush()
        if not self.new:
            return
        ids = list(self.s.scalars(
            insert(Appointment).returning(Appointment.id, sort_by_parameter_order=True),
            [n.values for n in self.new]))
        places = []
        for aid, n in zip(ids, self.new, strict=True):
            places += [{"appointment_id": aid, "client_id": cid, "booked_at": self.now,
                        "confirmation": Confirmation.UNCONFIRMED, "attendance": n.attendance,
                        "cancelled_at": None, "cancel_reason": "",
                        "arrived_at": n.start if n.attendance is Attendance.ARRIVED
                        else None} for cid in n.clients]
            self.starts[aid] = n.start
            if n.start > self.now:  # a past session gets no message at all
                self.summary.touched_ids.add(aid)
            if n.booked_before:
                self.summary.booked_before_ids.add(aid)
        self.s.execute(insert(Attendee), places)

    def plan(self, planner: ReminderPlanner) -> None:
        """One batch re-plan of everything touched: coming sessions, and past ones that
        still have something pending (to withdraw it)."""
        touched = self.summary.touched_ids
        touched |= self._coming_sessions_of(self.people.reach_changed)
        coming = {aid for aid in touched if self._start(aid) > self.now}
        past = _with_pending(self.s, touched - coming)
        planner.reconcile_many(self.s, sorted(coming | past),
                               moved_ids=self.summary.moved_ids,
                               booked_before=self.summary.booked_before_ids)

    def _start(self, aid: int) -> datetime:
        if aid in self.starts:
            return self.starts[aid]
        a = self.s.get(Appointment, aid)
        return a.start_at if a is not None else self.now

    def _coming_sessions_of(self, client_ids: Collection[int]) -> set[int]:
        out: set[int] = set()
        for part in in_chunks(sorted(client_ids)):
            out.update(self.s.scalars(
                select(Attendee.appointment_id).join(Appointment).where(
                    Attendee.client_id.in_(part), Appointment.cancelled_at.is_(None),
                    Appointment.start_at > self.now)))
        return out

    # ---- loading ------------------------------------------------------------------------
    def _load(self, external_ids: Iterable[str]) -> None:
        for part in in_chunks(sorted(set(external_ids))):
            for a in self.s.scalars(
                    select(Appointment).options(selectinload(Appointment.attendees)).where(
                        Appointment.source == self.source.name,
                        Appointment.external_id.in_(part))):
                assert a.external_id is not None  # chosen by it
                self.held[a.external_id] = a

    def _by_id(self, ids: list[int]) -> list[Appointment]:
        out: list[Appointment] = []
        for part in in_chunks(sorted(ids)):
            out.extend(self.s.scalars(select(Appointment).options(
                selectinload(Appointment.attendees)).where(Appointment.id.in_(part))))
        return out


@dataclass(frozen=True, slots=True)
class _New:
    """An appointment to create: its columns, its clients, and how to plan it."""

    external_id: str
    start: datetime
    values: dict[str, Any]
    clients: list[int]
    attendance: Attendance
    booked_before: bool


def _attendance(status: SourceStatus) -> Attendance:
    return {SourceStatus.ARRIVED: Attendance.ARRIVED,
            SourceStatus.NO_SHOW: Attendance.NO_SHOW}.get(status, Attendance.BOOKED)


def _with_pending(s: Session, ids: Collection[int]) -> set[int]:
    out: set[int] = set()
    for part in in_chunks(sorted(ids)):
        out.update(aid for aid in s.scalars(
            select(OutboxMessage.appointment_id).distinct().where(
                OutboxMessage.appointment_id.in_(part),
                OutboxMessage.state == MessageState.PLANNED)) if aid is not None)
    return out
