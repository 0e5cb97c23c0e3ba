"""Client replies in from Twilio by polling, each stored once and acted on once.

No public webhook is needed on a reception PC (GUIDE §3). Each poll lists what was sent to
the practice's number (and WhatsApp sender) from a day before the last good poll's GMT date,
so the windows overlap across midnight GMT and an app restart; the message SID is unique in
the database, so nothing is stored twice. A message is first stored (RECEIVED), then acted
on in a second transaction that also marks it handled: a crash between the two leaves it
RECEIVED, and the next run acts on it then. If acting fails, it goes to staff instead:
a reply is never silently dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.models import Client, InboundMessage, ItemKind, PollState
from frontdesk.models.enums import Channel
from frontdesk.models.inbox import Handling
from frontdesk.services.desk_items import raise_item
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.inbox.actions import Env, act
from frontdesk.services.reminders.senders import Senders
from frontdesk.services.triage import Flag, classify

log = logging.getLogger(__name__)
FIRST_LOOK_BACK = timedelta(days=2)  # the first poll ever: replies of the last two days


@dataclass
class PollReport:
    new: int = 0
    acted: int = 0
    to_staff: int = 0
    crises: int = 0
    errors: int = 0

    def __str__(self) -> str:
        return ", ".join(f"{k} {v}" for k, v in vars(self).items() if v) or "nothing new"


class InboxPoller:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 senders: Callable[[], Senders], schedule,
                 on_planned: Callable[[], None] | None = None) -> None:
        self.sessions, self.clock, self.senders = sessions, clock, senders
        self.env = Env(clock, schedule)
        self.on_planned = on_planned  # wake the dispatcher: answers go out at once
        self.on_crisis: Callable[[], None] | None = None  # e.g. tell the window now

    def poll(self) -> PollReport:
        """Fetch new replies from every practice address and act on them."""
        report = PollReport()
        senders = self.senders()
        for address in senders.inbound_addresses():
            started = self.clock.now()
            with self.sessions() as s:
                state = s.get(PollState, address)
                since = state.polled_at if state else started - FIRST_LOOK_BACK
            try:
                found = senders.twilio.inbound(address, since)
            except FrontDeskError as err:
                log.warning("Reply poll failed: %s", err.message)
                report.errors += 1
                continue
            with self.sessions() as s:
                sids = [m.sid for m in found]
                known = set(s.scalars(select(InboundMessage.provider_id).where(
                    InboundMessage.provider_id.in_(sids)))) if sids else set()
            for m in sorted(found, key=lambda m: m.sent_at):
                if m.sid not in known:
                    self.store(m.sid, m.from_, m.body, m.sent_at, report)
            with self.sessions.begin() as s:
                state = s.get(PollState, address)
                if state is None:
                    s.add(PollState(address=address, polled_at=started))
                else:
                    state.polled_at = started
        self.process_pending(report)
        if report.new:
            log.info("Replies: %s", report)
        if (report.acted or report.crises) and self.on_planned:
            self.on_planned()
        if report.crises and self.on_crisis:
            self.on_crisis()
        return report

    def store(self, sid: str, from_: str, body: str, sent_at, report: PollReport) -> None:
        """Record one message (once: the SID is unique)."""
        channel = Channel.WHATSAPP if from_.startswith("whatsapp:") else Channel.SMS
        address = from_.removeprefix("whatsapp:")
        try:
            with self.sessions.begin() as s:
                s.add(InboundMessage(
                    provider_id=sid, channel=channel, from_address=address,
                    client_id=self._match(s, address, channel), body=body,
                    received_at=sent_at, stored_at=self.clock.now()))
            report.new += 1
        except IntegrityError:  # another instance stored it first
            pass

    def process_pending(self, report: PollReport | None = None) -> None:
        """Act on every stored message not yet acted on (oldest first)."""
        report = report or PollReport()
        with self.sessions() as s:
            pending = list(s.scalars(select(InboundMessage.id).where(
                InboundMessage.handling == Handling.RECEIVED)
                .order_by(InboundMessage.received_at, InboundMessage.id)))
        for inbound_id in pending:
            self.process(inbound_id, report)

    def process(self, inbound_id: int, report: PollReport) -> None:
        try:
            with self.sessions.begin() as s:
                m = s.get(InboundMessage, inbound_id)
                if m is None or m.handling is not Handling.RECEIVED:
                    return
                t = classify(m.body)
                act(s, m, t, self.env)
                flag, handling = t.flag, m.handling
        except Exception as exc:  # never drop a reply: a person reads it instead
            log.error("Acting on a reply failed (%s); it goes to staff", type(exc).__name__)
            flag, handling = self._to_staff_after_error(inbound_id), Handling.NEEDS_STAFF
        if flag is Flag.CRISIS:
            report.crises += 1
        elif handling is Handling.ACTED:
            report.acted += 1
        else:
            report.to_staff += 1

    def _to_staff_after_error(self, inbound_id: int) -> Flag:
        t = None
        with self.sessions.begin() as s:
            m = s.get(InboundMessage, inbound_id)
            try:
                t = classify(m.body)
            except Exception:  # the classifier itself failed: assume the worst
                t = None
            flag = t.flag if t else Flag.CRISIS
            m.intent, m.flag = (t.intent.value if t else ""), flag.value
            m.handling = Handling.NEEDS_STAFF
            m.outcome = "FrontDesk could not act on this automatically: read it and act."
            kind = {Flag.CRISIS: ItemKind.CRISIS, Flag.CLINICAL: ItemKind.CLINICAL}.get(
                flag, ItemKind.CLIENT_MESSAGE)
            raise_item(s, kind, self.clock.now(), appointment_id=None, client_id=m.client_id,
                       ref=f"inbound:{m.id}", note=m.outcome)
            return flag

    @staticmethod
    def _match(s: Session, address: str, channel: Channel) -> int | None:
        """The one client with this number; None when nobody or several have it."""
        column = Client.whatsapp if channel is Channel.WHATSAPP else Client.mobile
        ids = list(s.scalars(select(Client.id).where(column == address, Client.active)))
        if not ids and channel is Channel.WHATSAPP:
            ids = list(s.scalars(select(Client.id).where(Client.mobile == address,
                                                         Client.active)))
        return ids[0] if len(ids) == 1 else None
