"""Acting on one classified reply, inside the transaction that marks it handled.

Routine answers are acted on without staff (confirm, cancel, a numbered slot choice, opt
out/in, HELP); the rest goes to a person. A crisis gets no scheduling action at all: the
crisis-resources reply (not repeated within the practice's window), an alert that stays until
someone acknowledges it, and an SMS to the on-call clinician that never carries the words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from frontdesk.clock import Clock
from frontdesk.domain import (
    Attendance,
    Channel,
    Confirmation,
    ConsentStatus,
    Flag,
    Handling,
    Intent,
    ItemKind,
    MessageState,
    Prefilled,
    Step,
)
from frontdesk.models import (
    Appointment,
    Attendee,
    ChannelConsent,
    Client,
    Clinician,
    InboundMessage,
    OutboxMessage,
    SlotOffer,
)
from frontdesk.services.desk_items import raise_item
from frontdesk.services.digits import numbered_choice
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.inbox import barriers
from frontdesk.services.inbox.slots import OFFER_LIFE, offer_text, open_slots
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.routing import reach
from frontdesk.services.triage import Triage

if TYPE_CHECKING:
    from frontdesk.services.schedule import ScheduleService

ACTOR = "FrontDesk (client's reply)"
REPLY_LIFE = timedelta(hours=2)  # an automatic answer later than this would confuse
SAYS_MORE_WORDS = 10  # an acted-on reply longer than this is also read by a person
# Twilio itself opts a number out on these and answers them for SMS (its reserved keywords).
TWILIO_STOP = {"stop", "stopall", "unsubscribe", "end", "quit", "revoke", "optout", "cancel"}
TWILIO_START = {"start", "unstop", "yes"}
ONCALL_TEXT = ("FrontDesk: an urgent client message needs review now. Open FrontDesk to read "
               "it. (No details are sent by text.)")


@dataclass
class Env:
    clock: Clock
    schedule: ScheduleService  # cancel / reschedule / set_confirmation with session=


def _keyword(body: str) -> str:
    return "".join(ch for ch in body.lower() if ch.isalnum())


def act(s: Session, message: InboundMessage, triage: Triage, env: Env) -> None:
    """Do what the message asks (or hand it to staff); sets its handling and outcome."""
    now = env.clock.now()
    message.intent, message.flag = triage.intent.value, triage.flag.value
    message.reasons = "\n".join(triage.reasons)
    client = s.get(Client, message.client_id, options=[selectinload(Client.consents)]) \
        if message.client_id else None
    last = client.whatsapp_inbound_at if client is not None else None
    if client is not None and message.channel is Channel.WHATSAPP and (
            last is None or last < message.received_at):
        client.whatsapp_inbound_at = message.received_at  # opens WhatsApp's 24-hour window
    if triage.flag is Flag.CRISIS:
        return _crisis(s, message, client, now)
    if client is None:
        return _unmatched(s, message, triage, now)
    done = _routine(s, message, triage, client, env, now)
    if triage.flag is Flag.CLINICAL:
        appointment = _next_place(s, client.id, now)
        clinician = s.get(Clinician, appointment.clinician_id) if appointment else None
        who = f" for {clinician.display_name}" if clinician else ""
        raise_item(s, ItemKind.CLINICAL, now, appointment_id=None, client_id=client.id,
                   ref=f"inbound:{message.id}", note=f"Clinical content{who}: read the message.")
        message.handling = Handling.NEEDS_STAFF
        message.outcome = ((message.outcome + "; " if message.outcome else "")
                           + f"to the clinician's queue{who}")
    elif not done:
        message.handling = Handling.NEEDS_STAFF
    elif len(message.body.split()) > SAYS_MORE_WORDS:
        # Acted on, but a long message may say more than its intent (the classifier can miss
        # distress in new words): a person reads it too.
        _to_staff(s, message, client, "FrontDesk acted on this, but the message says more: read "
                  "it.", now)


# ---- crisis and unknown numbers ------------------------------------------------------------
def _crisis(s: Session, message: InboundMessage, client: Client | None, now: datetime) -> None:
    settings = load_settings(s)
    said = []
    if client is not None:
        window = timedelta(hours=max(settings.crisis_reply_hours, 0))
        recent = s.scalar(select(OutboxMessage.id).where(
            OutboxMessage.client_id == client.id, OutboxMessage.step == Step.CRISIS_REPLY,
            OutboxMessage.planned_at > now - window).limit(1))
        if recent is not None:
            said.append("crisis resources already sent recently: not repeated")
        else:
            channel = _reply_channel(client, message.channel)
            if channel is None:
                said.append("no channel reaches the client for the crisis-resources reply")
            else:
                _plan(s, client.id, Step.CRISIS_REPLY.value, channel, now, message)
                said.append(f"crisis resources sent by {channel.value}")
    else:
        said.append("unknown number: no automatic reply")
    if settings.oncall_mobile:
        _plan(s, client.id if client else None, Prefilled.ONCALL_ALERT.value, Channel.SMS, now,
              message, body=ONCALL_TEXT)
        said.append("on-call clinician alerted by SMS (no details)")
    raise_item(s, ItemKind.CRISIS, now, appointment_id=None,
               client_id=client.id if client else None, ref=f"inbound:{message.id}",
               note="; ".join(said) or "crisis")
    message.handling, message.outcome = Handling.NEEDS_STAFF, "CRISIS: " + "; ".join(said)


def _unmatched(s: Session, message: InboundMessage, triage: Triage, now: datetime) -> None:
    raise_item(s, ItemKind.UNMATCHED, now, appointment_id=None, client_id=None,
               ref=f"number:{message.from_address}",
               note="A number that is no client's (or more than one client's): link it to "
                    "a client or call it.")
    if triage.flag is Flag.CLINICAL:
        raise_item(s, ItemKind.CLINICAL, now, appointment_id=None, client_id=None,
                   ref=f"inbound:{message.id}", note="Clinical content from an unknown number.")
    message.handling, message.outcome = Handling.NEEDS_STAFF, "unknown number: waiting to be linked"


# ---- routine intents -----------------------------------------------------------------------
def _routine(s: Session, message: InboundMessage, triage: Triage, client: Client, env: Env,
             now: datetime) -> bool:
    """True when FrontDesk fully handled it (no person needed, unless clinical)."""
    choice = numbered_choice(message.body)  # "2", "２", "²", "2️⃣", "٢": never int("²") raising
    if choice is not None and (offer := _open_offer(s, client.id, now)) is not None:
        return _take_offer(s, message, offer, choice, env, now)
    if (answer := barriers.barrier_answer(s, message, triage)) is not None:
        barriers.record(s, message, answer, now)
        # A person offers the new time: the client's next session (if any) is left as it is,
        # since saying what got in the way is not asking to move it.
        _to_staff(s, message, client, f"Said what got in the way of the missed session "
                  f"({answer.barrier.label.lower()}): offer a new time.", now)
        message.outcome = f"what got in the way: {answer.barrier.value}; for staff to offer " \
                          "a new time"
        return False
    match triage.intent:
        case Intent.CONFIRM:
            return _confirm(s, message, client, env, now)
        case Intent.CANCEL:
            return _cancel(s, message, client, env, now)
        case Intent.RESCHEDULE:
            return _offer(s, message, client, now)
        case Intent.LATE:
            return _late(s, message, client, now)
        case Intent.OPT_OUT | Intent.OPT_IN:
            return _consent(s, message, client, triage.intent is Intent.OPT_OUT, now)
        case Intent.HELP:
            channel = _reply_channel(client, message.channel)
            if channel is not None:
                _plan(s, client.id, Step.HELP_REPLY.value, channel, now, message)
            message.handling = Handling.ACTED
            message.outcome = "HELP: the practice's contact details sent" if channel else \
                "HELP: no channel reaches the client"
            return True
    _to_staff(s, message, client, "A question to answer." if triage.intent is Intent.QUESTION
              else "A message FrontDesk could not act on: read it.", now)
    return False


def _next_place(s: Session, client_id: int, now: datetime,
                unconfirmed: bool = False) -> Appointment | None:
    query = (select(Appointment).join(Attendee).where(
        Attendee.client_id == client_id, Appointment.cancelled_at.is_(None),
        Attendee.attendance == Attendance.BOOKED, Appointment.start_at > now)
        .order_by(Appointment.start_at).limit(1))
    if unconfirmed:
        query = query.where(Attendee.confirmation != Confirmation.CONFIRMED)
    return s.scalar(query)


def _confirm(s: Session, message: InboundMessage, client: Client, env: Env,
             now: datetime) -> bool:
    appointment = _next_place(s, client.id, now, unconfirmed=True)
    if appointment is None:
        already = _next_place(s, client.id, now)
        message.handling = Handling.ACTED if already else Handling.NEEDS_STAFF
        message.outcome = "already confirmed" if already else "no coming appointment to confirm"
        if not already:
            _to_staff(s, message, client, "Confirmed, but has no coming appointment.", now)
        return already is not None
    env.schedule.set_confirmation(appointment.id, client.id, Confirmation.CONFIRMED, ACTOR,
                                  session=s)
    message.appointment_id, message.handling = appointment.id, Handling.ACTED
    message.outcome = f"confirmed the appointment on {_when(s, appointment)}"
    return True


def _cancel(s: Session, message: InboundMessage, client: Client, env: Env,
            now: datetime) -> bool:
    appointment = _next_place(s, client.id, now)
    if appointment is None:
        _to_staff(s, message, client, "Asked to cancel, but has no coming appointment.", now)
        message.outcome = "no coming appointment to cancel"
        return False
    outcome = env.schedule.cancel(appointment.id, ACTOR, client_id=client.id, by_client=True,
                                  reason="by text", session=s, client_reply=True)
    message.appointment_id, message.handling = appointment.id, Handling.ACTED
    late = " (late cancellation)" if outcome is Attendance.LATE_CANCELLED else ""
    message.outcome = f"cancelled the appointment on {_when(s, appointment)}{late}"
    channel = _reply_channel(client, message.channel)
    if message.channel is Channel.SMS and _keyword(message.body) in TWILIO_STOP:
        _set_consent(s, client, Channel.SMS, False, now)
        raise_item(s, ItemKind.OPTED_OUT, now, appointment_id=None, client_id=client.id,
                   ref=f"inbound:{message.id}",
                   note="Texted a bare CANCEL: the appointment is cancelled, and Twilio now "
                        "blocks all texts to them until they text START. Call to check.")
        message.outcome += "; Twilio opted them out of texts (bare CANCEL)"
        channel = _reply_channel(client, Channel.EMAIL)
    if channel is not None:
        _plan(s, client.id, Step.CANCEL_ACK.value, channel, now, message,
              appointment_id=appointment.id)
    return True


def _offer(s: Session, message: InboundMessage, client: Client, now: datetime) -> bool:
    appointment = _next_place(s, client.id, now)
    channel = _reply_channel(client, message.channel)
    if appointment is None or channel is None or channel is Channel.EMAIL:
        _to_staff(s, message, client, "Asked to reschedule: call to find a time." if appointment
                  else "Asked for a time (no coming session): call to book one.", now)
        message.outcome = "asked to reschedule: for staff"
        return False
    settings = load_settings(s)
    tz = ZoneInfo(client.timezone or settings.timezone)
    slots = open_slots(s, appointment, client.id, now, ZoneInfo(settings.timezone),
                       settings.day_start_hour, settings.day_end_hour)
    if not slots:
        _to_staff(s, message, client, "Asked to reschedule; no open time found in 3 weeks.", now)
        message.outcome = "asked to reschedule: no open time to offer"
        return False
    for old in s.scalars(select(SlotOffer).where(SlotOffer.client_id == client.id,
                                                 SlotOffer.closed_at.is_(None))):
        old.closed_at = now
    s.add(SlotOffer(client_id=client.id, appointment_id=appointment.id, offered_at=now,
                    expires_at=now + OFFER_LIFE,
                    slots="\n".join(slot.isoformat() for slot in slots)))
    att = s.scalar(select(Attendee).where(Attendee.appointment_id == appointment.id,
                                          Attendee.client_id == client.id))
    assert att is not None  # _next_place found the client's place there
    att.confirmation = Confirmation.RESCHEDULE_REQUESTED
    name = settings.neutral_sender_name if client.shared_phone and \
        settings.neutral_sender_name is not None else settings.name
    _plan(s, client.id, Prefilled.SLOT_OFFER.value, channel, now, message,
          appointment_id=appointment.id,
          body=offer_text(name.strip(), slots, tz, now, client.language))
    message.appointment_id, message.handling = appointment.id, Handling.ACTED
    message.outcome = f"offered {len(slots)} new times by {channel.value}"
    return True


def _open_offer(s: Session, client_id: int, now: datetime) -> SlotOffer | None:
    return s.scalar(select(SlotOffer).where(
        SlotOffer.client_id == client_id, SlotOffer.closed_at.is_(None),
        SlotOffer.expires_at > now).order_by(SlotOffer.offered_at.desc()).limit(1))


def _take_offer(s: Session, message: InboundMessage, offer: SlotOffer, number: int, env: Env,
                now: datetime) -> bool:
    client = s.get(Client, offer.client_id)
    assert client is not None  # clients are never deleted
    slots = [datetime.fromisoformat(line) for line in offer.slots.splitlines() if line]
    if not 1 <= number <= len(slots):
        _to_staff(s, message, client, f"Replied {number} to a slot offer of {len(slots)}.", now)
        message.outcome = "a number that was not offered: for staff"
        return False
    try:
        with s.begin_nested():
            env.schedule.reschedule(offer.appointment_id, slots[number - 1], ACTOR, session=s)
    except FrontDeskError as err:
        _to_staff(s, message, client, f"Chose time {number}, but it could not be booked: "
                  f"{err.message} Call to find another time.", now)
        message.outcome = "the chosen time was taken meanwhile: for staff"
        offer.closed_at = now
        return False
    offer.taken, offer.closed_at = number, now
    appointment = s.get(Appointment, offer.appointment_id)
    att = s.scalar(select(Attendee).where(Attendee.appointment_id == offer.appointment_id,
                                          Attendee.client_id == client.id))
    assert appointment is not None and att is not None  # just rescheduled, with the client
    att.confirmation = Confirmation.CONFIRMED  # they chose it themselves
    message.appointment_id, message.handling = appointment.id, Handling.ACTED
    message.outcome = f"moved the appointment to {_when(s, appointment)} (choice {number})"
    return True


def _late(s: Session, message: InboundMessage, client: Client, now: datetime) -> bool:
    settings = load_settings(s)
    tz = ZoneInfo(settings.timezone)
    appointment = _next_place(s, client.id, now - timedelta(hours=1))
    today = now.astimezone(tz).date()
    if appointment is None or appointment.start_at.astimezone(tz).date() != today:
        _to_staff(s, message, client, "Says they will be late, but has no appointment today.", now)
        message.outcome = "running late, but no appointment today: for staff"
        return False
    raise_item(s, ItemKind.RUNNING_LATE, now, appointment_id=appointment.id, client_id=client.id,
               ref=f"inbound:{message.id}", note=f"Running late: “{message.body.strip()[:120]}”")
    message.appointment_id, message.handling = appointment.id, Handling.ACTED
    message.outcome = f"noted on today's schedule ({_when(s, appointment)})"
    return True


def _consent(s: Session, message: InboundMessage, client: Client, stop: bool,
             now: datetime) -> bool:
    channel = message.channel
    _set_consent(s, client, channel, not stop, now)
    twilio_answered = channel is Channel.SMS and _keyword(message.body) in (
        TWILIO_STOP if stop else TWILIO_START)
    if not twilio_answered:  # Twilio answers its own keywords on SMS; we answer the rest
        step = Step.OPT_OUT_CONFIRMATION if stop else Step.OPT_IN_CONFIRMATION
        _plan(s, client.id, step.value, channel, now, message)
    if stop:
        raise_item(s, ItemKind.OPTED_OUT, now, appointment_id=None, client_id=client.id,
                   ref=f"optout:{channel.value}:{message.id}",
                   note=f"Opted out of {channel.value} messages by text.")
        for row in s.scalars(select(OutboxMessage).where(
                OutboxMessage.client_id == client.id, OutboxMessage.channel == channel,
                OutboxMessage.state == MessageState.PLANNED,
                OutboxMessage.step != Step.OPT_OUT_CONFIRMATION)):
            row.state, row.reason, row.updated_at = MessageState.WITHDRAWN, "client opted " \
                "out", now
    message.handling = Handling.ACTED
    message.outcome = f"{'opted out of' if stop else 'opted back in to'} {channel.value} messages"
    return True


# ---- helpers -------------------------------------------------------------------------------
def _set_consent(s: Session, client: Client, channel: Channel, granted: bool,
                 now: datetime) -> None:
    consent = next((known for known in client.consents if known.channel is channel), None)
    if consent is None:
        consent = ChannelConsent(client_id=client.id, channel=channel)
        client.consents.append(consent)
    if granted:
        consent.status, consent.given_at = ConsentStatus.GRANTED, now
        consent.method, consent.recorded_by, consent.opted_out_at = "texted START", ACTOR, None
    else:
        consent.status, consent.opted_out_at = ConsentStatus.OPTED_OUT, now


def _reply_channel(client: Client, preferred: Channel) -> Channel | None:
    """Answer on the channel the client wrote on, when it still reaches them."""
    usable = reach(client).usable
    for channel in (preferred, client.preferred_channel, Channel.SMS, Channel.WHATSAPP,
                    Channel.EMAIL):
        if channel in usable:
            return channel
    return None


def _plan(s: Session, client_id: int | None, step: str, channel: Channel, now: datetime,
          message: InboundMessage, *, appointment_id: int | None = None, body: str = "") -> None:
    s.add(OutboxMessage(client_id=client_id, appointment_id=appointment_id, step=step,
                        channel=channel, anchor_at=None, due_at=now,
                        useful_until=now + REPLY_LIFE, state=MessageState.PLANNED, body=body,
                        reason=f"answer to message {message.id}", planned_at=now, updated_at=now))


def _to_staff(s: Session, message: InboundMessage, client: Client, note: str,
              now: datetime) -> None:
    raise_item(s, ItemKind.CLIENT_MESSAGE, now, appointment_id=None, client_id=client.id,
               ref=f"inbound:{message.id}", note=note)
    message.handling = Handling.NEEDS_STAFF


def _when(s: Session, appointment: Appointment) -> str:
    tz = ZoneInfo(load_settings(s).timezone)
    return f"{appointment.start_at.astimezone(tz):%a %b %d at %I:%M %p}".replace(" 0", " ")
