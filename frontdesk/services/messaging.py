"""What the front desk sees and does with messages: timelines, resend, delivery mode."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Channel, MessageState, Step
from frontdesk.domain.changes import Changes
from frontdesk.models import Appointment, Client, OutboxMessage
from frontdesk.services import audit
from frontdesk.services.errors import NotFoundError, StateError, ValidationError
from frontdesk.services.events import ChangeEvents
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.planner import ReminderPlanner
from frontdesk.services.reminders.routing import reach
from frontdesk.services.reminders.summary import STATE_WORDS, STEP_LABELS

log = logging.getLogger(__name__)
RESENDABLE = (Step.BOOKING_CONFIRMATION, Step.CONFIRMATION_REQUEST, Step.DAY_BEFORE,
              Step.TELEHEALTH_LINK, Step.RESCHEDULE_NOTICE)


@dataclass(frozen=True)
class MessageInfo:
    """One planned or sent message on an appointment's timeline."""

    id: int
    client_id: int
    client_name: str
    step: str
    step_label: str
    channel: Channel
    state: MessageState
    state_label: str
    due_at: datetime  # practice time zone
    sent_at: datetime | None
    reason: str
    error_code: str | None


@dataclass(frozen=True)
class DeliveryMode:
    texts_live: bool  # Twilio credentials saved
    email_live: bool  # SMTP settings saved

    @property
    def banner(self) -> str:
        """What the window must say while anything is only being recorded."""
        if self.texts_live and self.email_live:
            return ""
        off = [w for w, live in (("texts", self.texts_live), ("emails", self.email_live))
               if not live]
        return (f"Messages are not being sent: {' and '.join(off)} are only recorded in the "
                "local outbox. Enter the Twilio and email settings in Practice settings → "
                "Messaging to start sending.")


class MessagingService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 planner: ReminderPlanner | None = None,
                 mode: Callable[[], DeliveryMode] | None = None,
                 events: ChangeEvents | None = None) -> None:
        self.sessions = sessions
        self.clock = clock
        self.planner = planner
        self._mode = mode or (lambda: DeliveryMode(False, False))
        self.events = events or ChangeEvents()  # told after a resend (wakes the dispatcher)

    def delivery_mode(self) -> DeliveryMode:
        return self._mode()

    def timeline(self, appointment_id: int) -> list[MessageInfo]:
        """Every message planned, sent, skipped or withdrawn for a session, in time order."""
        with self.sessions() as s:
            tz = ZoneInfo(load_settings(s).timezone)
            rows = s.scalars(select(OutboxMessage).where(
                OutboxMessage.appointment_id == appointment_id)
                .order_by(OutboxMessage.due_at, OutboxMessage.id))
            names: dict[int, str] = {}
            out = []
            for r in rows:
                client_id = r.client_id
                assert client_id is not None  # a session's messages go to its clients
                if client_id not in names:
                    c = s.get(Client, client_id)
                    assert c is not None  # clients are never deleted
                    names[client_id] = f"{c.preferred_name or c.first_name} {c.last_name}"
                out.append(MessageInfo(
                    r.id, client_id, names[client_id], r.step,
                    STEP_LABELS.get(r.step, r.step), r.channel, r.state,
                    STATE_WORDS.get(r.state, r.state.value), r.due_at.astimezone(tz),
                    r.sent_at.astimezone(tz) if r.sent_at else None, r.reason, r.error_code))
            return out

    def resend(self, appointment_id: int, client_id: int, step: Step | str, channel: Channel,
               actor: str) -> int:
        """Plan the message again, due now, on the chosen channel (audited).

        Refused when the client opted out of that channel or cannot receive it.
        """
        step = Step(step)
        if step not in RESENDABLE:
            raise ValidationError("step", "That message cannot be sent again by hand.")
        with self.sessions.begin() as s:
            a = s.get(Appointment, appointment_id,
                      options=[selectinload(Appointment.attendees)])
            if a is None:
                raise NotFoundError("That appointment no longer exists.")
            if a.cancelled_at is not None:
                raise StateError("This session was cancelled: nothing more is sent for it.")
            at = next((x for x in a.attendees if x.client_id == client_id), None)
            if at is None or at.attendance.is_cancelled:
                raise StateError("That client is no longer in this session.")
            client = s.get(Client, client_id, options=[selectinload(Client.consents)])
            if client is None:
                raise NotFoundError("That client no longer exists.")
            r = reach(client)
            if channel not in r.usable:
                raise ValidationError("channel", f"Cannot send by {channel.value}: "
                                      f"{r.why_not.get(channel, 'not usable')}.")
            now = self.clock.now()
            if now >= a.start_at and step is not Step.TELEHEALTH_LINK:
                raise StateError("The session has started; call the client instead.")
            row = OutboxMessage(appointment_id=a.id, client_id=client_id, step=step.value,
                                channel=channel, anchor_at=None, due_at=now,
                                useful_until=a.end_at, planned_at=now, updated_at=now,
                                reason=f"resent by {actor}")
            s.add(row)
            s.flush()
            audit.record(s, self.clock, actor, "resend", "appointment", a.id,
                         f"client={client_id} step={step.value} channel={channel.value}")
            row_id = row.id
        self.events.publish(Changes(clients=frozenset({client_id}), threads=True, outbox=True))
        return row_id
