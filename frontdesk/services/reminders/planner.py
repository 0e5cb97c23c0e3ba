"""Turn an appointment into outbox rows, and keep them in step with every change.

`reconcile` runs inside the same unit of work as the change that called it
(booking, edit, reschedule, cancellation), so the plan can never disagree
with the schedule: a cancelled session has nothing pending, a moved one is
re-anchored to its new time, a member who left a group gets nothing more.

`reconcile_many` is the same for many appointments at once (a sync's changes): what the
rules read is loaded a chunk of ids at a time as plain values (plan_data.py), the rules
run in plain Python, and what they decided is written with a few Core statements
(plan_writes.py); `reconcile` is `reconcile_many` with one id, so there is one set of rules.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.clock import Clock
from frontdesk.domain import REPLY_STEPS, Channel, ItemKind, MessageState, Modality, Prefilled
from frontdesk.models import Appointment, Attendee
from frontdesk.services.desk_items import raise_item
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.plan_data import (
    Booking,
    Codec,
    Contact,
    OutboxRow,
    PlanData,
    in_chunks,
    load_plan_data,
)
from frontdesk.services.reminders.plan_writes import RowWrites
from frontdesk.services.reminders.policy import ReminderPolicy, Route, Step, StepRule
from frontdesk.services.reminders.routing import (
    TEXTS,
    Reach,
    fit_quiet_hours,
    reach_of,
    route_channels,
    shift,
)

# Answers to what the client wrote (e.g. "your appointment is cancelled"): not the plan's.
ANSWERS = frozenset({*(p.value for p in Prefilled), *(s.value for s in REPLY_STEPS)})
Key = tuple[int, str, Channel, datetime]  # client, step, channel, anchor
BOOKED_BEFORE = "booked before FrontDesk synced it"


@dataclass(frozen=True)
class Wanted:
    due_at: datetime
    useful_until: datetime
    skip_reason: str = ""  # planned as SKIPPED: shown on the timeline, never sent
    overdue: bool = False  # its moment had passed when it was first wanted


# A client's reach as a dictionary key: clients who can be reached the same way get the
# same plan for the same times.
ReachKey = tuple[frozenset[Channel], Channel, tuple[tuple[Channel, str], ...]]


class _Run:
    """What one reconcile_many call reads once: the time, the policy, the practice's zone,
    the clients; and memos of pure functions over the batch: the rules per (type, modality),
    each client's reach, due times per (start, offset, zone) and each step's channels and
    times per (reach, step, due, useful until, zone): many sessions of a sync start at the
    same hour."""

    def __init__(self, s: Session, now: datetime,
                 policy: Callable[[], ReminderPolicy]) -> None:
        self.s, self.now, self._read_policy = s, now, policy
        self.codec = Codec(s.get_bind().dialect)
        self.contacts: dict[int, Contact] = {}
        self._policy: ReminderPolicy | None = None
        self._practice_tz: ZoneInfo | None = None
        self._rules: dict[tuple[int, Modality], list[StepRule]] = {}
        self._reach: dict[int, tuple[Reach, ReachKey, ZoneInfo]] = {}
        self._reach_by_facts: dict[tuple[object, ...], tuple[Reach, ReachKey]] = {}
        self._shifts: dict[tuple[float, timedelta, ZoneInfo], datetime] = {}
        self._steps: dict[tuple[ReachKey, Step, Route, float, float, ZoneInfo],
                          tuple[tuple[Channel, Wanted], ...]] = {}

    @property
    def policy(self) -> ReminderPolicy:
        if self._policy is None:  # read when first needed, then once for the whole batch
            self._policy = self._read_policy()
        return self._policy

    def practice_tz(self) -> ZoneInfo:
        if self._practice_tz is None:  # loaded when first needed, as it always was
            self._practice_tz = _zone(load_settings(self.s).timezone)
        return self._practice_tz

    def rules_for(self, a: Booking) -> list[StepRule]:
        key = (a.type_id, a.modality)
        if key not in self._rules:
            self._rules[key] = self.policy.rules_for(*key)
        return self._rules[key]

    def reach(self, client: Contact) -> tuple[Reach, ReachKey, ZoneInfo]:
        """The client's reach, it as a key, and the zone their messages are timed in."""
        found = self._reach.get(client.id)
        if found is None:
            # All reach_of reads: which addresses there are, the number's kind, the consents.
            facts = (bool(client.mobile), client.mobile_kind, bool(client.whatsapp),
                     bool(client.email), client.preferred_channel,
                     tuple(client.consent.items()))
            if facts not in self._reach_by_facts:
                r = reach_of(client, client.consent)
                self._reach_by_facts[facts] = (
                    r, (r.usable, r.preferred, tuple(r.why_not.items())))
            tz = _zone(client.timezone) if client.timezone else self.practice_tz()
            found = self._reach[client.id] = (*self._reach_by_facts[facts], tz)
        return found

    def shift(self, start: datetime, offset: timedelta, tz: ZoneInfo) -> datetime:
        key = (start.timestamp(), offset, tz)  # the instant: equal wall times may differ
        if key not in self._shifts:
            self._shifts[key] = shift(start, offset, tz)
        return self._shifts[key]

    def step(self, r: Reach, rk: ReachKey, step: Step, route: Route, due: datetime,
             useful: datetime, tz: ZoneInfo) -> tuple[tuple[Channel, Wanted], ...]:
        """`_plan_step`, remembered: it reads nothing else (now and the policy are the
        run's); by the instants, as `shift` is."""
        key = (rk, step, route, due.timestamp(), useful.timestamp(), tz)
        found = self._steps.get(key)
        if found is None:
            found = self._steps[key] = _plan_step(self, step, route, r, due, useful, tz)
        return found


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
        self.reconcile_many(s, (appointment_id,),
                            moved_ids=(appointment_id,) if moved else frozenset())

    def reconcile_many(self, s: Session, appointment_ids: Iterable[int], *,
                       moved_ids: Collection[int] = frozenset(),
                       booked_before: Collection[int] = frozenset()) -> None:
        """`reconcile` for many appointments (a sync's changes): the same rules, with what
        they read loaded a chunk of ids at a time instead of a few queries per appointment.
        `moved_ids`: the appointments whose start time changed. `booked_before`: sessions
        the client booked before FrontDesk knew of them (a sync's first import): their
        booking confirmation is settled as SKIPPED, so no later run sends it either."""
        ids = list(dict.fromkeys(appointment_ids))
        if not ids:
            return
        moved = frozenset(moved_ids)
        settled = frozenset(booked_before)
        s.flush()  # the caller's changes, before they are read by plain statements
        run = _Run(s, self.clock.now(), lambda: self.policy)
        for part in in_chunks(ids):  # IN_CHUNK (500) appointments at a time
            data = load_plan_data(s, run.codec, part, run.now, run.contacts)
            writes = RowWrites(s, run.codec, run.now)
            for aid in part:
                a = data.appointments.get(aid)
                if a is not None:
                    self._reconcile_one(run, data, a, aid in moved, writes,
                                        settled=aid in settled)
            writes.write()

    def reconcile_client(self, s: Session, client_id: int) -> None:
        """The client's reach changed (an opt-out, a landline found by a send): re-plan
        their coming sessions, so pending messages move to a channel that still reaches
        them instead of being skipped at send time."""
        s.flush()
        upcoming = s.scalars(
            select(Attendee.appointment_id).join(Appointment)
            .where(Attendee.client_id == client_id, Appointment.cancelled_at.is_(None),
                   Appointment.start_at > self.clock.now() - timedelta(days=1)))
        self.reconcile_many(s, list(upcoming))

    def _reconcile_one(self, run: _Run, data: PlanData, a: Booking, moved: bool,
                       writes: RowWrites, *, settled: bool = False) -> None:
        now = run.now
        rows = data.rows.get(a.id, [])
        wanted = self._wanted(run, data, a, rows, moved, settled)
        if moved:
            _note_same_day_move(run, a, rows)
        matched: set[Key] = set()
        for row in rows:
            if row.anchor_at is None:  # sent again by hand: only a cancellation stops it
                if row.step in ANSWERS:  # an answer to the client (a cancel acknowledged)
                    continue
                if row.state is MessageState.PLANNED and not _still_for(a, row.client_id):
                    writes.set(row, state=MessageState.WITHDRAWN, updated_at=now,
                               reason=_withdraw_reason(a, row))
                continue
            key = (row.client_id, row.step, row.channel, row.anchor_at)
            if key in wanted:
                matched.add(key)
                if row.state is MessageState.PLANNED:
                    w = wanted[key]
                    skip = {"state": MessageState.SKIPPED, "reason": w.skip_reason} \
                        if w.skip_reason else {}
                    writes.set(row, due_at=w.due_at, useful_until=w.useful_until,
                               updated_at=now, **skip)
            elif row.state is MessageState.PLANNED:
                writes.set(row, state=MessageState.WITHDRAWN, updated_at=now,
                           reason=_withdraw_reason(a, row))
        for key, w in wanted.items():
            if key in matched:
                continue
            client_id, step, channel, anchor = key
            reason = w.skip_reason or (
                "booked after this message was due" if w.overdue else "")
            writes.add(a.id, client_id, step, channel, anchor, w.due_at, w.useful_until,
                       MessageState.SKIPPED if reason else MessageState.PLANNED, reason)

    def _wanted(self, run: _Run, data: PlanData, a: Booking, rows: list[OutboxRow],
                moved: bool, settled: bool = False) -> dict[Key, Wanted]:
        if a.cancelled_at is not None:
            return {}
        now, policy = run.now, run.policy
        # Steps that went (or were settled) for some anchor: a booking confirmation goes once.
        done_steps = {(r.client_id, r.step) for r in rows
                      if r.state not in (MessageState.PLANNED, MessageState.WITHDRAWN)}
        went_out = {r.client_id for r in rows if r.sent_at is not None}
        out: dict[Key, Wanted] = {}
        rules = run.rules_for(a)
        for at in a.attendees:
            if at.cancelled:
                continue
            client = data.clients[at.client_id]
            r, rk, tz = run.reach(client)
            for rule in rules:
                if rule.at_booking and data.not_first_of_series(a):
                    continue  # one booking confirmation for a series, not one per session
                if rule.at_booking:
                    if (client.id, rule.step.value) in done_steps:
                        # Sent already (a move is told by the reschedule notice); its other
                        # channels still pending for this time go on as planned.
                        out.update({(client.id, p.step, p.channel, a.start_at):
                                    Wanted(p.due_at, p.useful_until) for p in rows
                                    if p.state is MessageState.PLANNED
                                    and (p.client_id, p.step) == (client.id, rule.step.value)
                                    and p.anchor_at == a.start_at and p.channel in r.usable})
                        continue
                    if settled:  # booked before FrontDesk knew: nothing to confirm now
                        out[(client.id, rule.step.value, r.preferred, a.start_at)] = Wanted(
                            now, a.start_at, BOOKED_BEFORE)
                        continue
                    due, useful = now, a.start_at
                else:
                    due = run.shift(a.start_at, rule.offset, tz)
                    useful = run.shift(a.start_at, rule.useful_until, tz)
                for channel, w in run.step(r, rk, rule.step, rule.route, due, useful, tz):
                    out[(client.id, rule.step.value, channel, a.start_at)] = w
            if moved and policy.reschedule_notice and client.id in went_out and rules:
                notice = run.step(r, rk, Step.RESCHEDULE_NOTICE, rules[0].route, now,
                                  a.start_at, tz)
                for channel, w in notice:
                    out[(client.id, Step.RESCHEDULE_NOTICE.value, channel, a.start_at)] = w
        return out


def _plan_step(run: _Run, step: Step, route: Route, r: Reach, due: datetime,
               useful: datetime, tz: ZoneInfo) -> tuple[tuple[Channel, Wanted], ...]:
    """The channels one step goes on for a client, each with its time or why it is skipped
    (the client's preferred channel and the reason when none can reach them)."""
    channels, why = route_channels(route, r)
    now, policy = run.now, run.policy
    if not channels:
        return ((r.preferred, Wanted(due, useful, why or "no channel")),)
    out: list[tuple[Channel, Wanted]] = []
    overdue = due < now and step is not Step.BOOKING_CONFIRMATION \
        and step is not Step.RESCHEDULE_NOTICE
    for channel in channels:
        when, skip = max(due, now), ""
        if when > useful:
            skip = "booked too late for this message"
        elif channel in TEXTS:
            fitted = fit_quiet_hours(when, useful, tz, policy.quiet_start,
                                     policy.quiet_end, now)
            if fitted is None:
                skip = "no time inside the recipient's quiet hours"
            else:
                when = fitted
        out.append((channel, Wanted(when, useful, skip, overdue)))
    return tuple(out)


def _note_same_day_move(run: _Run, a: Booking, rows: list[OutboxRow]) -> None:
    """Moved on the day itself after reminders went out: tell the clinician, since the
    client may still come at the old time."""
    tz, now = run.practice_tz(), run.now
    today = now.astimezone(tz).date()
    old = {r.anchor_at for r in rows if r.sent_at is not None and r.anchor_at is not None
           and r.anchor_at != a.start_at}
    same_day = [t for t in old if today in (t.astimezone(tz).date(),
                                             a.start_at.astimezone(tz).date())]
    if not same_day:
        return
    was = max(same_day).astimezone(tz)
    now_at = a.start_at.astimezone(tz)
    raise_item(run.s, ItemKind.CLINICIAN_NOTE, now, appointment_id=a.id, client_id=None,
               ref=f"moved:{int(a.start_at.timestamp())}",
               note=(f"Moved today from {was:%a %I:%M %p} to {now_at:%a %I:%M %p} after "
                     "reminders went out: the client may still come at the old time."))


@lru_cache(maxsize=64)
def _zone(key: str) -> ZoneInfo:
    return ZoneInfo(key)


def _still_for(a: Booking, client_id: int | None) -> bool:
    at = next((x for x in a.attendees if x.client_id == client_id), None)
    return a.cancelled_at is None and at is not None and not at.cancelled


def _withdraw_reason(a: Booking, row: OutboxRow) -> str:
    if a.cancelled_at is not None:
        return "session cancelled"
    if row.anchor_at is not None and row.anchor_at != a.start_at:
        return "session moved"
    at = next((x for x in a.attendees if x.client_id == row.client_id), None)
    if at is None or at.cancelled:
        return "client no longer in this session"
    return "no longer planned (preferences or policy changed)"
