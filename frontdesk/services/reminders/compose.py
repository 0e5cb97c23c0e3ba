"""Composing one outbox row into a message, at send time, from what the database says now.

The session link, address, time and names are read at this moment, so a link
pasted an hour before the session is the one that goes out.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from frontdesk.domain import REPLY_STEPS, Channel, Modality, Prefilled, Step
from frontdesk.models import Appointment, Client, Clinician, OutboxMessage, PracticeSettings
from frontdesk.services.calendar_file import session_ics
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.senders import Outgoing
from frontdesk.services.whatsapp import (
    NeedsOtherChannel,
    content_sid_for,
    template_variables,
    window_open,
)
from frontdesk.services.wording.context import MessageContext
from frontdesk.services.wording.templates import TemplateSet, build_context

ICS_STEPS = {Step.BOOKING_CONFIRMATION, Step.RESCHEDULE_NOTICE}
PREFILLED = frozenset(p.value for p in Prefilled)
ANSWERS = PREFILLED | {s.value for s in REPLY_STEPS}


def address_for(client: Client, channel: Channel) -> str | None:
    if channel is Channel.SMS:
        return client.mobile
    if channel is Channel.WHATSAPP:
        return client.whatsapp or client.mobile
    return client.email


def compose(s: Session, row: OutboxMessage, templates: TemplateSet, now: datetime) -> Outgoing:
    """The message for this row as it should read now. Raises FrontDeskError if it cannot,
    NeedsOtherChannel when WhatsApp may not carry it now."""
    a = s.get(Appointment, row.appointment_id) if row.appointment_id else None
    client = s.get(Client, row.client_id) if row.client_id else None
    practice = load_settings(s)
    if row.step == Prefilled.ONCALL_ALERT:
        if not practice.oncall_mobile:
            raise FrontDeskError("No on-call mobile number is set (Settings → Practice).")
        return Outgoing(Channel.SMS, practice.oncall_mobile, row.body)
    if client is None or (a is None and row.step not in ANSWERS):
        raise FrontDeskError("The session or the client no longer exists.")
    to = address_for(client, row.channel)
    if not to:
        raise FrontDeskError("The client has no address for this channel any more.")
    if row.step in PREFILLED:
        return _prefilled(s, row, client, to, practice, now)
    clinician = s.get(Clinician, a.clinician_id) if a else None
    telehealth = a is not None and a.modality is Modality.TELEHEALTH
    context = build_context(
        language=client.language, timezone=client.timezone or practice.timezone,
        start=a.start_at if a else now, now=now,
        client_first_name=client.preferred_name or client.first_name,
        practice_name=practice.name, practice_phone=practice.phone,
        clinician_name=clinician.display_name if clinician else "", is_telehealth=telehealth,
        address=a.location if a and telehealth else practice.address,
        session_link=a.telehealth_link if a and telehealth else "", channel=row.channel,
        minimal=client.shared_phone, neutral_sender_name=practice.neutral_sender_name,
        practice_timezone=practice.timezone)
    rendered = templates.render(row.step, row.channel, client.language, context,
                                minimal=client.shared_phone,
                                clinician_id=a.clinician_id if a else None)
    attachments: tuple[tuple[str, str, bytes], ...] = ()
    if a is not None and row.channel is Channel.EMAIL and row.step in ICS_STEPS:
        who = "" if client.shared_phone or not clinician else f" with {clinician.display_name}"
        ics = session_ics(
            uid=f"frontdesk-appointment-{a.id}", start=a.start_at, end=a.end_at,
            summary=f"Appointment{who}", location=context.address,
            url=a.telehealth_link if telehealth else "",
            organizer_name=practice.name, sequence=int(a.updated_at.timestamp()), stamp=now)
        attachments = (("appointment.ics", "text/calendar", ics),)
    if row.channel is Channel.WHATSAPP and not window_open(client, now):
        return _whatsapp_template(s, row, client, to, rendered.body, context)
    return Outgoing(row.channel, to, rendered.body, rendered.subject, attachments)


def _prefilled(s: Session, row: OutboxMessage, client: Client, to: str,
               practice: PracticeSettings, now: datetime) -> Outgoing:
    """Words fixed when planned (a staff reply, a slot offer): sent as they are."""
    if row.channel is Channel.WHATSAPP and not window_open(client, now):
        raise NeedsOtherChannel("more than 24 hours since the client's last WhatsApp message; "
                                "a typed reply can only go as SMS or email")
    if row.channel is not Channel.EMAIL:
        return Outgoing(row.channel, to, row.body)
    sender = practice.neutral_sender_name if client.shared_phone else None
    name = (sender if sender is not None else practice.name).strip()
    subject = f"A message from {name}" if name else "A message for you"
    return Outgoing(row.channel, to, row.body + (f"\n\n{name}" if name else ""), subject)


def _whatsapp_template(s: Session, row: OutboxMessage, client: Client, to: str, body: str,
                       context: MessageContext) -> Outgoing:
    """Outside the 24-hour window: the step's approved template, or NeedsOtherChannel."""
    if client.shared_phone:
        raise NeedsOtherChannel("more than 24 hours since the client's last WhatsApp message, "
                                "and an approved template cannot be kept minimal for a shared "
                                "phone")
    sid = content_sid_for(s, row.step, client.language)
    if sid is None:
        raise NeedsOtherChannel("more than 24 hours since the client's last WhatsApp message, "
                                "and no approved WhatsApp template is set for this message "
                                "(Settings → Messaging)")
    variables = tuple(template_variables(context).items())
    return Outgoing(row.channel, to, body, content_sid=sid, variables=variables)
