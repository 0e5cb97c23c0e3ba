"""Clients: create, edit, find, and record per-channel consent."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Channel, ConsentStatus, PhoneKind
from frontdesk.models import Appointment, Attendee, ChannelConsent, Client
from frontdesk.services import audit
from frontdesk.services.contacts import parse_email, parse_phone, parse_timezone
from frontdesk.services.digits import ascii_digits
from frontdesk.services.dto import ClientDetail, ClientInput, ClientSummary, ConsentInfo
from frontdesk.services.errors import NotFoundError, ValidationError
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.planner import ReminderPlanner


def display_name(c: Client) -> str:
    return f"{c.preferred_name or c.first_name} {c.last_name}".strip()


def client_summary(c: Client) -> ClientSummary:
    return ClientSummary(c.id, display_name(c), c.first_name, c.last_name, c.preferred_name,
                         c.mobile, c.email, c.preferred_channel, c.shared_phone)


def client_detail(c: Client) -> ClientDetail:
    consents = tuple(
        ConsentInfo(k.channel, k.status, k.given_at, k.method, k.recorded_by, k.opted_out_at)
        for k in sorted(c.consents, key=lambda k: k.channel.value)
    )
    return ClientDetail(c.id, c.first_name, c.last_name, c.preferred_name, c.mobile,
                        c.mobile_kind, c.email, c.whatsapp, c.preferred_channel, c.language,
                        c.timezone, c.shared_phone, c.notes, consents)


class ClientService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 planner: ReminderPlanner | None = None) -> None:
        self.sessions = sessions
        self.clock = clock
        self.planner = planner

    def _replan(self, s: Session, client_id: int) -> None:
        """Contact points or consent changed: re-plan the client's coming sessions now."""
        if self.planner is None:
            return
        s.flush()
        upcoming = s.scalars(
            select(Attendee.appointment_id).join(Appointment)
            .where(Attendee.client_id == client_id, Appointment.cancelled_at.is_(None),
                   Appointment.start_at > self.clock.now() - timedelta(days=1)))
        for appointment_id in list(upcoming):
            self.planner.reconcile(s, appointment_id)

    def create(self, data: ClientInput, actor: str) -> ClientDetail:
        with self.sessions.begin() as s:
            c = Client(created_at=self.clock.now())
            self._apply(s, c, data)
            s.add(c)
            s.flush()
            audit.record(s, self.clock, actor, "create", "client", c.id)
            return client_detail(c)

    def update(self, client_id: int, data: ClientInput, actor: str) -> ClientDetail:
        with self.sessions.begin() as s:
            c = self._get(s, client_id)
            self._apply(s, c, data)
            audit.record(s, self.clock, actor, "update", "client", c.id)
            self._replan(s, c.id)
            return client_detail(c)

    def get(self, client_id: int) -> ClientDetail:
        with self.sessions() as s:
            return client_detail(self._get(s, client_id))

    def search(self, text: str = "", limit: int = 200) -> list[ClientSummary]:
        """Clients whose name, preferred name, email or phone digits contain `text`."""
        q = select(Client).where(Client.active.is_(True))
        words = text.split()
        for word in words:
            w = word.lower()  # contains(autoescape): a typed % or _ is matched literally
            conds = [func.lower(col).contains(w, autoescape=True) for col in (
                Client.first_name, Client.last_name, Client.preferred_name, Client.email)]
            digits = "".join(ch for ch in ascii_digits(word) if ch in "0123456789")
            if len(digits) >= 3:
                conds += [Client.mobile.like(f"%{digits}%"), Client.whatsapp.like(f"%{digits}%")]
            q = q.where(or_(*conds))
        q = q.order_by(func.lower(Client.last_name), func.lower(Client.first_name)).limit(limit)
        with self.sessions() as s:
            return [client_summary(c) for c in s.scalars(q)]

    def set_consent(self, client_id: int, channel: Channel, status: ConsentStatus,
                    method: str, actor: str) -> ClientDetail:
        """Record consent given (when, how, by whom) or an opt-out, effective at once."""
        if status is ConsentStatus.GRANTED and not method.strip():
            raise ValidationError("method", "Say how consent was given (e.g. intake form).")
        with self.sessions.begin() as s:
            c = self._get(s, client_id)
            row = next((k for k in c.consents if k.channel == channel), None)
            if row is None:
                row = ChannelConsent(channel=channel)
                c.consents.append(row)
            now = self.clock.now()
            row.status = status
            if status is ConsentStatus.GRANTED:
                row.given_at, row.method, row.recorded_by = now, method.strip(), actor
                row.opted_out_at = None
            elif status is ConsentStatus.OPTED_OUT:
                row.opted_out_at = now
            audit.record(s, self.clock, actor, f"consent_{status.value}", "client", c.id,
                         channel.value)
            self._replan(s, c.id)
            return client_detail(c)

    def apply_input(self, s: Session, c: Client, data: ClientInput) -> None:
        """Validate `data` and set it on `c` exactly as create does (the CSV import uses
        it inside its own single transaction)."""
        self._apply(s, c, data)

    def _get(self, s: Session, client_id: int) -> Client:
        c = s.get(Client, client_id, options=[selectinload(Client.consents)])
        if c is None:
            raise NotFoundError("That client no longer exists.")
        return c

    def _apply(self, s: Session, c: Client, data: ClientInput) -> None:
        first, last = data.first_name.strip(), data.last_name.strip()
        if not first:
            raise ValidationError("first_name", "The client needs a first name.")
        if not last:
            raise ValidationError("last_name", "The client needs a last name.")
        region = load_settings(s).region
        mobile = parse_phone(data.mobile, region, field="mobile")
        whatsapp = parse_phone(data.whatsapp, region, field="whatsapp")
        email = parse_email(data.email)
        tz = parse_timezone(data.timezone)
        channel = Channel(data.preferred_channel)
        reachable = {Channel.SMS: mobile, Channel.WHATSAPP: whatsapp or mobile,
                     Channel.EMAIL: email}
        if not reachable[channel]:
            label = {Channel.SMS: "text (SMS)", Channel.WHATSAPP: "WhatsApp",
                     Channel.EMAIL: "email"}[channel]
            raise ValidationError(
                "preferred_channel",
                f"The preferred channel is {label}, but there is no contact point for it.",
                hint="Add the number or address, or choose another channel.",
            )
        kind = PhoneKind.UNKNOWN
        if mobile:
            kind = mobile[1]
            if kind is PhoneKind.UNKNOWN and data.mobile_is_landline is not None:
                kind = PhoneKind.LANDLINE if data.mobile_is_landline else PhoneKind.MOBILE
            elif kind is PhoneKind.UNKNOWN and c.mobile == mobile[0] and c.mobile_kind:
                kind = c.mobile_kind  # same number, nothing said: keep what was known
        if channel is Channel.SMS and kind is PhoneKind.LANDLINE:
            raise ValidationError("preferred_channel", "A landline cannot receive texts.",
                                  hint="Choose email, or add a mobile number.")
        c.first_name, c.last_name = first, last
        c.preferred_name = data.preferred_name.strip()
        c.mobile, c.mobile_kind = (mobile[0] if mobile else None), kind
        c.whatsapp = whatsapp[0] if whatsapp else None
        c.email, c.timezone = email, tz
        c.preferred_channel, c.language = channel, data.language
        c.shared_phone, c.notes = data.shared_phone, data.notes.strip()
