"""Routes a composed message to the channel that carries it (or to the local outbox)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from frontdesk.domain import Channel
from frontdesk.services.channels.base import DeliveryStatus, SendResult
from frontdesk.services.channels.email_smtp import outbox_message_id
from frontdesk.services.channels.local_outbox import LocalOutboxChannel

if TYPE_CHECKING:
    from frontdesk.services.channels.email_smtp import EmailChannel
    from frontdesk.services.channels.twilio_channel import TwilioChannel

TEXT_CHANNELS = (Channel.SMS, Channel.WHATSAPP)


@dataclass(frozen=True)
class Outgoing:
    """One message ready to go: composed at send time from the database."""

    channel: Channel
    to: str
    body: str
    subject: str = ""
    attachments: tuple[tuple[str, str, bytes], ...] = ()
    content_sid: str | None = None  # WhatsApp outside its 24 h window: an approved template
    variables: tuple[tuple[str, str], ...] = ()  # the template's {{n}} values


class Senders:
    """The practice's channels: Twilio for texts, SMTP for email, else the local outbox."""

    def __init__(self, twilio: TwilioChannel | None = None,
                 email: EmailChannel | None = None) -> None:
        self.twilio = twilio
        self.email = email
        self.local = LocalOutboxChannel()

    def is_live(self, channel: Channel) -> bool:
        return (self.email if channel is Channel.EMAIL else self.twilio) is not None

    @property
    def all_live(self) -> bool:
        return self.twilio is not None and self.email is not None

    def send(self, msg: Outgoing, *, row_uid: str) -> SendResult:
        """Send through the right channel; an email's Message-ID is derived from the row."""
        if not self.is_live(msg.channel):
            return self.local.send()
        if msg.channel is not Channel.EMAIL:
            assert self.twilio is not None  # is_live
            if msg.channel is Channel.SMS:
                return self.twilio.send_sms(msg.to, msg.body)
            if msg.content_sid:
                return self.twilio.send_whatsapp(msg.to, content_sid=msg.content_sid,
                                                 variables=dict(msg.variables))
            return self.twilio.send_whatsapp(msg.to, msg.body)
        assert self.email is not None  # is_live
        message_id = outbox_message_id(row_uid, self.email.settings.sender_address)
        return self.email.send(msg.to, msg.subject, msg.body, attachments=list(msg.attachments),
                               message_id=message_id)

    def can_reconcile(self, channel: Channel) -> bool:
        """Whether the provider can tell us if an uncertain send went out (Twilio can)."""
        return channel is not Channel.EMAIL and self.twilio is not None

    def find_sent(self, msg: Outgoing, since: datetime, exclude: set[str],
                  now: datetime | None = None) -> str | None:
        """`now` (the clock `since` is on) lets the provider's own clock set the window."""
        to = f"whatsapp:{msg.to}" if msg.channel is Channel.WHATSAPP else msg.to
        body = None if msg.content_sid else msg.body  # Twilio words a template itself
        assert self.twilio is not None, "find_sent without can_reconcile"
        return self.twilio.find_sent(
to, body, since, exclude=exclude, now=now)

    def inbound_addresses(self) -> list[str]:
        """The practice's addresses clients write to (empty when texts are not set up)."""
        if self.twilio is None:
            return []
        out = [self.twilio.from_number]
        if self.twilio.whatsapp_from:
            wa = self.twilio.whatsapp_from
            out.append(wa if wa.startswith("whatsapp:") else f"whatsapp:{wa}")
        return out

    def delivery_status(self, channel: Channel, provider_id: str) -> DeliveryStatus | None:
        if provider_id.startswith("local-") or channel is Channel.EMAIL or not self.twilio:
            return None
        return self.twilio.delivery_status(provider_id)
