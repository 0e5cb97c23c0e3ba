"""Turn an appointment into outbox rows, and keep them in step with every change.

`reconcile` runs inside the same unit of work as the change that called it
(booking, edit, reschedule, cancellation), so the plan can never disagree
with the schedule: a cancelled session has nothing pending, a moved one is
re-anchored to its new time, a member who left a group gets nothing more.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from frontdesk.clock import Clock
from frontdesk.models import (
    Appointment,
    Attendee,
    Client,
    ItemKind,
    MessageState,
    OutboxMessage,
)
from frontdesk.models.enums import Channel
from frontdesk.services.desk_items import raise_item
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.policy import ReminderPolicy, Step
from frontdesk.services.reminders.routing import (
    TEXTS,
    fit_quiet_hours,
    reach,
    route_channels,
    shift,
)

Key = tuple[int, str, Channel, datetime]  # client, step, channel, anchor


@dataclass(frozen=True)
class Wanted:
    due_at: datetime
    useful_until: datetime
    skip_reason: str = ""  # planned as SKIPPED: shown on the timeline, never sent
    overdue: bool = False  # its moment had passed when it was first wanted


class ReminderPlanner:
    def __init__(self, clock: Clock,
                 policy: ReminderPolicy | Callable[[], ReminderPolicy] | None = None) -> None:
        self.clock = clock
        self._policy = policy or ReminderPolicy()

    @property
    def policy(self) -> ReminderPolicy:
        return self._policy if isinstance(self._policy, ReminderPolicy) else self._policy()

    def reconcile(self, s: Session, appointment_id: int, *, moved: bool = False) -> None:
        """Make the appointment's outbox rows match what should happen now."""
        a = s.get(Appointment, appointment_id, options=[selectinload(Appointment.attendees)])
        if a is None:
            return
        now = self.clock.now()
        rows = list(s.scalars(select(OutboxMessage).where(
            OutboxMessage.appointment_id == a.id)))
        wanted = self._wanted(s, a, rows, now, moved)
        if moved:
            self._note_same_day_move(s, a, rows, now)
        matched: set[Key] = set()
        for row in rows:
            if row.anchor_at is None:  # sent again by hand: only a cancellation stops it
                if row.state is MessageState.PLANNED and not _still_for(a, row.client_id):
                    row.state, row.updated_at = MessageState.WITHDRAWN, now
                    row.reason = _withdraw_reason(a, row)
                continue
            key = (row.client_id, row.step, row.channel, row.anchor_at)
            if key in wanted:
                matched.add(key)
                if row.state is MessageState.PLANNED:
                    w = wanted[key]
                    row.due_at, row.useful_until, row.updated_at = w.due_at, w.useful_until, now
                    if w.skip_reason:
                        row.state, row.reason = MessageState.SKIPPED, w.skip_reason
            elif row.state is MessageState.PLANNED:
                row.state, row.updated_at = MessageState.WITHDRAWN, now
                row.reason = _withdraw_reason(a, row)
        for key, w in wanted.items():
            if key in matched:
                continue
            client_id, step, channel, anchor = key
            reason = w.skip_reason or (
                "booked after this message was due" if w.overdue else "")
            s.add(OutboxMessage(
                appointment_id=a.id, client_id=client_id, step=step, channel=channel,
                anchor_at=anchor, due_at=w.due_at, useful_until=w.useful_until,
                state=MessageState.SKIPPED if reason else MessageState.PLANNED,
                reason=reason, planned_at=now, updated_at=now))

    def reconcile_client(self, s: Session, client_id: int) -> None:
        """The client's reach changed (an opt-out, a landline found by a send): re-plan
        their coming sessions, so pending messages move to a channel that still reaches
        them instead of being skipped at send time."""
        s.flush()
        upcoming = s.scalars(
            select(Attendee.appointment_id).join(Appointment)
            .where(Attendee.client_id == client_id, Appointment.cancelled_at.is_(None),
                   Appointment.start_at > self.clock.now() - timedelta(days=1)))
        for appointment_id in list(upcoming):
            self.reconcile(s, appointment_id)

    def _wanted(self, s: Session, a: Appointment, rows: list[OutboxMessage], now: datetime,
                moved: bool) -> dict[Key, Wanted]:
        if a.cancelled_at is not None:
            return {}
        practice_tz = ZoneInfo(load_settings(s).timezone)
        # Steps that went (or were settled) for some anchor: a booking confirmation goes once.
        done_steps = {(r.client_id, r.step) for r in rows
                      if r.state not in (MessageState.PLANNED, MessageState.WITHDRAWN)}
        went_out = {r.client_id for r in rows if r.sent_at is not None}
        out: dict[Key, Wanted] = {}
        for at in a.attendees:
            if at.attendance.is_cancelled:
                continue
            client = s.get(Client, at.client_id, options=[selectinload(Client.consents)])
            tz = ZoneInfo(client.timezone) if client.timezone else practice_tz
            r = reach(client)
            rules = self.policy.rules_for(a.type_id, a.modality)
            for rule in rules:
                if rule.at_booking and _not_first_of_series(s, a, now):
                    continue  # one booking confirmation for a series, not one per session
                if rule.at_booking:
                    if (client.id, rule.step.value) in done_steps:
                        # Sent already (a move is told by the reschedule notice); its other
                        # channels still pending for this time go on as planned.
                        out.update({(p.client_id, p.step, p.channel, p.anchor_at):
                                    Wanted(p.due_at, p.useful_until) for p in rows
                                    if p.state is MessageState.PLANNED
                                    and (p.client_id, p.step) == (client.id, rule.step.value)
                                    and p.anchor_at == a.start_at and p.channel in r.usable})
                        continue
                    due, useful = now, a.start_at
                else:
                    due = shift(a.start_at, rule.offset, tz)
                    useful = shift(a.start_at, rule.useful_until, tz)
                self._add(out, client.id, rule.step, rule.route, r, a.start_at, due, useful,
                          now, tz)
            if moved and self.policy.reschedule_notice and client.id in went_out:
                rule_route = rules[0].route if rules else None
                if rule_route is not None:
                    self._add(out, client.id, Step.RESCHEDULE_NOTICE, rule_route, r,
                              a.start_at, now, a.start_at, now, tz)
        return out

    def _add(self, out, client_id, step, route, r, anchor, due, useful, now, tz) -> None:
        channels, why = route_channels(route, r)
        if not channels:
            out[(client_id, step.value, r.preferred, anchor)] = Wanted(due, useful,
                                                                       why or "no channel")
            return
        overdue = due < now and step is not Step.BOOKING_CONFIRMATION \
            and step is not Step.RESCHEDULE_NOTICE
        for channel in channels:
            when, skip = max(due, now), ""
            if when > useful:
                skip = "booked too late for this message"
            elif channel in TEXTS:
                fitted = fit_quiet_hours(when, useful, tz, self.policy.quiet_start,
                                         self.policy.quiet_end, now)
                if fitted is None:
                    skip = "no time inside the recipient's quiet hours"
                else:
                    when = fitted
            out[(client_id, step.value, channel, anchor)] = Wanted(when, useful, skip, overdue)


    @staticmethod
    def _note_same_day_move(s: Session, a: Appointment, rows: list[OutboxMessage],
                            now: datetime) -> None:
        """Moved on the day itself after reminders went out: tell the clinician, since the
        client may still come at the old time."""
        tz = ZoneInfo(load_settings(s).timezone)
        today = now.astimezone(tz).date()
        old = {r.anchor_at for r in rows if r.sent_at is not None and r.anchor_at is not None
               and r.anchor_at != a.start_at}
        same_day = [t for t in old if today in (t.astimezone(tz).date(),
                                                 a.start_at.astimezone(tz).date())]
        if not same_day:
            return
        was = max(same_day).astimezone(tz)
        now_at = a.start_at.astimezone(tz)
        raise_item(s, ItemKind.CLINICIAN_NOTE, now, appointment_id=a.id, client_id=None,
                   ref=f"moved:{int(a.start_at.timestamp())}",
                   note=(f"Moved today from {was:%a %I:%M %p} to {now_at:%a %I:%M %p} after "
                         "reminders went out: the client may still come at the old time."))


def _not_first_of_series(s: Session, a: Appointment, now: datetime) -> bool:
    """True when an earlier, still coming session of the same series exists."""
    if a.series_id is None:
        return False
    earlier = s.scalar(select(Appointment.id).where(
        Appointment.series_id == a.series_id, Appointment.id != a.id,
        Appointment.cancelled_at.is_(None), Appointment.start_at > now,
        Appointment.start_at < a.start_at).limit(1))
    return earlier is not None


def _still_for(a: Appointment, client_id: int) -> bool:
    at = next((x for x in a.attendees if x.client_id == client_id), None)
    return a.cancelled_at is None and at is not None and not at.attendance.is_cancelled


def _withdraw_reason(a: Appointment, row: OutboxMessage) -> str:
    if a.cancelled_at is not None:
        return "session cancelled"
    if row.anchor_at is not None and row.anchor_at != a.start_at:
        return "session moved"
    at = next((x for x in a.attendees if x.client_id == row.client_id), None)
    if at is None or at.attendance.is_cancelled:
        return "client no longer in this session"
    return "no longer planned (preferences or policy changed)"
