"""The checks made at the moment of sending, and what an outcome teaches about the client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from frontdesk.domain import (
    REPLY_STEPS,
    Attendance,
    Channel,
    Confirmation,
    ConsentStatus,
    ItemKind,
    MessageState,
    PhoneKind,
    Prefilled,
    Step,
)
from frontdesk.models import Appointment, Attendee, ChannelConsent, Client
from frontdesk.models import OutboxMessage as Row
from frontdesk.services.desk_items import raise_item
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.policy import ReminderPolicy
from frontdesk.services.reminders.routing import TEXTS, fit_quiet_hours, reach
from frontdesk.services.reminders.summary import STEP_LABELS

TEXTED = (MessageState.SENDING, MessageState.SENT, MessageState.DELIVERED,
          MessageState.UNDELIVERED)
OPTED_OUT_CODES = {"21610"}
LANDLINE_CODES = {"30006", "21614", "21635"}


@dataclass(frozen=True)
class Verdict:
    state: MessageState
    reason: str
    due_at: datetime | None = None  # set when postponed (state stays PLANNED)


GROUP = Prefilled.GROUP_MESSAGE.value
# Words fixed when planned that nobody asked for: quiet hours and the daily cap apply.
UNASKED = frozenset({GROUP, Prefilled.RE_ENGAGEMENT.value})
# Answers to the client's own message (no quiet hours, no daily cap); a group message is not.
ANSWERS = frozenset({*(p.value for p in Prefilled), *(s.value for s in REPLY_STEPS)}) - UNASKED


def send_verdict(s: Session, row: Row, policy: ReminderPolicy, now: datetime) -> Verdict | None:
    """None when the row should go now; otherwise why not, and what becomes of it."""
    if row.step in UNASKED:
        return _group_verdict(s, row, policy, now)
    if row.step in ANSWERS:
        return _answer_verdict(s, row, now)
    a = s.get(Appointment, row.appointment_id, options=[selectinload(Appointment.attendees)])
    if a is None or a.cancelled_at is not None:
        return Verdict(MessageState.WITHDRAWN, "session cancelled")
    at = next((x for x in a.attendees if x.client_id == row.client_id), None)
    if at is None or at.attendance.is_cancelled:
        return Verdict(MessageState.WITHDRAWN, "client no longer in this session")
    if row.anchor_at is not None and row.anchor_at != a.start_at:
        return Verdict(MessageState.WITHDRAWN, "session moved")
    if row.step == Step.MISSED_FOLLOW_UP and (held := _missed_verdict(row, at, now)):
        return held
    if now > row.useful_until:
        return Verdict(MessageState.SKIPPED, "too late to help by the time it could be sent")
    if row.step == Step.CONFIRMATION_REQUEST and at.confirmation is Confirmation.CONFIRMED:
        return Verdict(MessageState.SKIPPED, "already confirmed")
    client = _client_of(s, row)
    r = reach(client)
    if row.channel not in r.usable:
        return Verdict(MessageState.SKIPPED, r.why_not.get(row.channel, "channel not usable"))
    return _allowed_hours(s, row, client, policy, now)


def _group_verdict(s: Session, row: Row, policy: ReminderPolicy, now: datetime) -> Verdict | None:
    """Staff's words to each member of a group session: nobody asked for them, so quiet hours
    and the daily cap apply as to a reminder; the session may be cancelled (it may be the news)."""
    if now > row.useful_until:
        return Verdict(MessageState.SKIPPED, "too late to help by the time it could be sent")
    client = _client_of(s, row)
    r = reach(client)
    if row.channel not in r.usable:
        return Verdict(MessageState.SKIPPED, r.why_not.get(row.channel, "channel not usable"))
    return _allowed_hours(s, row, client, policy, now)


def _allowed_hours(s: Session, row: Row, client: Client, policy: ReminderPolicy,
                   now: datetime) -> Verdict | None:
    """A text waits for the recipient's allowed hours, then the daily cap applies."""
    if row.channel not in TEXTS:
        return None
    tz = ZoneInfo(client.timezone or load_settings(s).timezone)
    fitted = fit_quiet_hours(now, row.useful_until, tz, policy.quiet_start, policy.quiet_end,
                             now)
    if fitted is None:
        return Verdict(MessageState.SKIPPED, "no time left inside the recipient's allowed hours")
    if fitted != now:
        return Verdict(MessageState.PLANNED, "waiting for the recipient's allowed hours", fitted)
    return _daily_cap(s, row, client, policy, now, tz)


MARK_RECHECK = timedelta(minutes=15)  # how often a held missed-session note looks again


def _missed_verdict(row: Row, at: Attendee, now: datetime) -> Verdict | None:
    """A missed-session note goes only for a session a person marked a no-show: not for one
    nobody marked (the PC may have slept through it, the client may have come), and not for
    an arrival. Unmarked, it waits for the mark while it can still help."""
    if at.attendance is Attendance.ARRIVED:
        return Verdict(MessageState.SKIPPED, "the client arrived")
    if at.attendance is Attendance.NO_SHOW:
        return None
    if now > row.useful_until:
        return Verdict(MessageState.SKIPPED, "nobody marked the session a no-show while a "
                       "note could still help, so none was sent")
    return Verdict(MessageState.PLANNED, "waiting for the session to be marked a no-show",
                   min(now + MARK_RECHECK, row.useful_until))


def _answer_verdict(s: Session, row: Row, now: datetime) -> Verdict | None:
    """An answer to the client's own message (or the on-call alert about it) goes at once:
    no quiet hours, no daily cap; it still needs a channel that reaches the client."""
    if now > row.useful_until:
        return Verdict(MessageState.SKIPPED, "too late to help by the time it could be sent")
    if row.step in (Prefilled.ONCALL_ALERT, Step.OPT_OUT_CONFIRMATION):
        return None  # to staff; or the one confirmation an opt-out allows
    client = _client_of(s, row)
    r = reach(client)
    if row.channel not in r.usable:
        return Verdict(MessageState.SKIPPED, r.why_not.get(row.channel, "channel not usable"))
    return None


def _client_of(s: Session, row: Row) -> Client:
    """The client a message goes to, consents loaded (staff messages never get here)."""
    client = s.get(Client, row.client_id, options=[selectinload(Client.consents)])
    assert client is not None, "a client message without its client"
    return client


def _daily_cap(s: Session, row: Row, client: Client, policy: ReminderPolicy, now: datetime,
               tz: ZoneInfo) -> Verdict | None:
    local = now.astimezone(tz)
    day_start = datetime.combine(local.date(), datetime.min.time(), tzinfo=tz)
    texted = s.scalar(select(func.count()).select_from(Row).where(
        Row.client_id == client.id, Row.channel.in_(TEXTS), Row.state.in_(TEXTED),
        Row.sending_at >= day_start, Row.id != row.id, Row.step.not_in(ANSWERS)))
    if (texted or 0) < policy.texts_per_day:
        return None
    tomorrow = datetime.combine(local.date() + timedelta(days=1), policy.quiet_start, tzinfo=tz)
    if tomorrow <= row.useful_until:
        return Verdict(MessageState.PLANNED, "daily text limit reached: tomorrow", tomorrow)
    return Verdict(MessageState.SKIPPED,
                   f"the client already had {texted} texts today (daily limit)")


def apply_outcome_to_client(s: Session, row: Row, code: object, now: datetime) -> bool:
    """Learn from a send: STOP means opted out, some codes mean a landline; a sent
    confirmation request moves the schedule's confirmation column. True when the client
    can no longer be reached on that channel (their coming messages need re-planning)."""
    code = str(code) if code is not None else None
    if row.client_id is None:  # a message to staff
        return False
    if code in OPTED_OUT_CODES:
        consent = s.scalar(select(ChannelConsent).where(
            ChannelConsent.client_id == row.client_id, ChannelConsent.channel == row.channel))
        if consent is None:
            consent = ChannelConsent(client_id=row.client_id, channel=row.channel)
            s.add(consent)
        consent.status, consent.opted_out_at = ConsentStatus.OPTED_OUT, now
        return True
    if code in LANDLINE_CODES and row.channel is Channel.SMS:
        client = s.get(Client, row.client_id)
        assert client is not None, "a client message without its client"
        client.mobile_kind = PhoneKind.LANDLINE
        return True
    if code is None and row.step == Step.CONFIRMATION_REQUEST:
        at = s.scalar(select(Attendee).where(Attendee.appointment_id == row.appointment_id,
                                             Attendee.client_id == row.client_id))
        if at is not None and at.confirmation is Confirmation.UNCONFIRMED:
            at.confirmation = Confirmation.REQUESTED
    return False


def delivery_problem_item(s: Session, row: Row, now: datetime) -> None:
    """A message that failed for good, or may not have gone, is a job for a person."""
    label = STEP_LABELS.get(row.step, row.step)
    raise_item(s, ItemKind.DELIVERY_PROBLEM, now, appointment_id=row.appointment_id,
               client_id=row.client_id, ref=f"outbox:{row.id}",
               note=f"{label} by {row.channel.value}: {row.reason}")


def missed_session_item(s: Session, row: Row, now: datetime) -> None:
    """When the missed-session follow-up comes due and the client is not marked arrived,
    the front desk gets an item too (the text alone is not enough)."""
    if row.step != Step.MISSED_FOLLOW_UP:
        return
    at = s.scalar(select(Attendee).where(Attendee.appointment_id == row.appointment_id,
                                         Attendee.client_id == row.client_id))
    if at is None or at.attendance not in (Attendance.BOOKED, Attendance.NO_SHOW):
        return
    a = s.get(Appointment, row.appointment_id)
    if a is None or a.cancelled_at is not None:
        return
    raise_item(s, ItemKind.MISSED_SESSION, now, appointment_id=row.appointment_id,
               client_id=row.client_id,
               note="Not marked arrived: check in, mark a no-show, or offer a new time.")


PREFILLED = frozenset(p.value for p in Prefilled)
SETTLED = (MessageState.SKIPPED, MessageState.WITHDRAWN, MessageState.FAILED)


def substitute(s: Session, row: Row, why: str, now: datetime) -> int | None:
    """WhatsApp cannot carry this row now: skip it and plan the same message, due now, by SMS
    or else email, and return the new row's id. None when that channel already has this
    message (the WhatsApp row is only skipped) or when neither reaches the client (the row
    failed, an item for staff)."""
    client = _client_of(s, row)
    usable = reach(client).usable
    other = next((c for c in (Channel.SMS, Channel.EMAIL) if c in usable), None)
    row.updated_at = now
    if other is None:
        row.state, row.reason = MessageState.FAILED, f"{why}; no SMS or email reaches the client"
        delivery_problem_item(s, row, now)
        return None
    row.state, row.reason = MessageState.SKIPPED, f"{why}: it goes by {other.value} instead"
    twin = s.scalar(select(Row.id).where(
        Row.appointment_id == row.appointment_id, Row.client_id == row.client_id,
        Row.step == row.step, Row.channel == other, Row.state.not_in(SETTLED),
        (Row.anchor_at == row.anchor_at) | Row.anchor_at.is_(None)))
    if twin is not None:
        row.reason = f"{why}; it goes by {other.value} as well"
        return None
    new = Row(appointment_id=row.appointment_id, client_id=row.client_id, step=row.step,
              channel=other, anchor_at=None, due_at=now, useful_until=row.useful_until,
              state=MessageState.PLANNED, reason="instead of WhatsApp", planned_at=now,
              updated_at=now, body=row.body if row.step in PREFILLED else "")
    s.add(new)
    s.flush()
    return new.id
