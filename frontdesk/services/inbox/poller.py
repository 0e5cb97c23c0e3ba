"""Client replies in from Twilio by polling, each stored once and acted on once.

Polling needs no public webhook (a reception PC has none). Each poll lists what was sent to
the practice's number (and WhatsApp sender) from a day before the last good poll's GMT date,
so the windows overlap across midnight GMT and an app restart; the message SID is unique in
the database, so nothing is stored twice. A message is first stored (RECEIVED), then acted
on in a second transaction that also marks it handled: a crash between the two leaves it
RECEIVED, and the next run acts on it then. If acting fails, it goes to staff instead:
a reply is never silently dropped.

One message never holds up the others: text that cannot be stored as it came (a
lone UTF-16 surrogate from the provider) is stored repaired and still acted on; a message
that cannot be stored at all is held for staff ("open Twilio's console"); every address's
poll health (failing since when, and why) is kept on PollState for `background_health()`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Channel, Flag, Handling, ItemKind
from frontdesk.domain.changes import Changes
from frontdesk.models import Client, InboundMessage, PollState
from frontdesk.services import triage
from frontdesk.services.channels.provider_fields import as_text
from frontdesk.services.contacts import format_phone
from frontdesk.services.desk_items import raise_item
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.events import ChangeEvents
from frontdesk.services.inbox.actions import Env
from frontdesk.services.inbox.ordering import act_in_order
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.senders import Senders

if TYPE_CHECKING:
    from frontdesk.services.schedule import ScheduleService

log = logging.getLogger(__name__)
FIRST_LOOK_BACK = timedelta(days=2)  # the first poll ever: replies of the last two days
REPAIRED = "part of the text could not be read (shown as \ufffd)"
UNREADABLE = "FrontDesk could not read this message: open Twilio's console to read it."
ITEM_KIND = {Flag.CRISIS: ItemKind.CRISIS, Flag.CLINICAL: ItemKind.CLINICAL}


def readable(text: str) -> tuple[str, bool]:
    """`text` as it can be stored, and whether it had to be repaired: surrogate pairs joined,
    a lone surrogate (half an emoji) replaced by U+FFFD."""
    try:
        text.encode("utf-8")
        return text, False
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace"), True


def _failure_reason(exc: BaseException) -> str:
    """Why a poll failed, in words with no client data (for the desk and the log)."""
    if isinstance(exc, FrontDeskError):
        return str(exc)[:300]
    return f"FrontDesk could not read the replies ({type(exc).__name__})."


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
                 senders: Callable[[], Senders], schedule: ScheduleService,
                 events: ChangeEvents | None = None) -> None:
        self.sessions, self.clock, self.senders = sessions, clock, senders
        self.env = Env(clock, schedule)
        self.events = events or ChangeEvents()  # answers go out at once; a crisis shows now

    def poll(self) -> PollReport:
        """Fetch new replies from every practice address and act on them."""
        report = PollReport()
        senders = self.senders()
        for address in senders.inbound_addresses():
            self._poll_address(senders, address, report)
        self.process_pending(report)
        if report.new:
            log.info("Replies: %s", report)
        if report.new or report.acted or report.crises:
            self.events.publish(Changes(threads=True, desk=True, crisis=bool(report.crises),
                                        outbox=bool(report.acted or report.crises)))
        return report

    def _poll_address(self, senders: Senders, address: str, report: PollReport) -> None:
        """One address: fetch, store each message on its own, then move the window on (or
        record why not, for the desk)."""
        started = self.clock.now()
        try:
            with self.sessions() as s:
                state = s.get(PollState, address)
                since = state.polled_at if state else started - FIRST_LOOK_BACK
            assert senders.twilio is not None  # inbound_addresses() are Twilio's
            found = senders.twilio.inbound(address, since)
            with self.sessions() as s:
                sids = [m.sid for m in found]
                known = set(s.scalars(select(InboundMessage.provider_id).where(
                    InboundMessage.provider_id.in_(sids)))) if sids else set()
            undated = started  # no usable date from Twilio: the fetch time stands in
            stored = [self.store(m.sid, m.from_, m.body, m.sent_at or undated, report)
                      for m in sorted(found, key=lambda m: m.sent_at or undated)
                      if m.sid not in known]
        except Exception as exc:
            reason = _failure_reason(exc)
            log.warning("Reply poll failed: %s", reason)
            report.errors += 1
            self._record(address, started, reason)
            return
        if not all(stored):  # not even held for staff: fetched again on the next poll
            report.errors += 1
            self._record(address, started, "A client's reply could not be saved in "
                                           "FrontDesk's database; it is tried again.")
            return
        self._record(address, started)

    def _record(self, address: str, started: datetime, failure: str = "") -> None:
        """A good poll moves the window on and clears the failure; a failed one keeps the
        window and notes since when (and why) polls fail."""
        try:
            with self.sessions.begin() as s:
                state = s.get(PollState, address)
                if state is None:
                    state = PollState(address=address, polled_at=started - FIRST_LOOK_BACK
                                      if failure else started, last_error="")
                    s.add(state)
                if failure:
                    state.failing_since = state.failing_since or started
                    state.last_error = failure[:300]
                else:
                    state.polled_at, state.failing_since, state.last_error = started, None, ""
        except Exception as exc:  # the database itself: the next poll tries again
            log.error("Could not record the reply poll's state: %s", type(exc).__name__)

    def store(self, sid: str, from_: str, body: str, sent_at: datetime,
              report: PollReport) -> bool:
        """Record one message (once: the SID is unique), repaired if need be; held for staff
        if it cannot be stored. False only when even that failed."""
        text, repaired = readable(as_text(body))
        address = readable(as_text(from_))[0]
        channel = Channel.WHATSAPP if address.startswith("whatsapp:") else Channel.SMS
        address = address.removeprefix("whatsapp:")
        try:
            with self.sessions.begin() as s:
                self._insert(s, InboundMessage(
                    provider_id=sid, channel=channel, from_address=address,
                    client_id=self._match(s, address, channel), body=text,
                    received_at=sent_at, stored_at=self.clock.now(),
                    outcome=REPAIRED if repaired else ""))
            if repaired:
                log.warning("A reply had characters that could not be stored; stored repaired")
            report.new += 1
            return True
        except IntegrityError:
            if self._known(sid):  # another instance stored it first
                return True
            reason = "IntegrityError"
        except Exception as exc:
            reason = type(exc).__name__
        log.error("A reply could not be stored (%s); it is held for staff", reason)
        return self._hold_for_staff(sid, address, channel, text, sent_at, report)

    def _insert(self, s: Session, row: InboundMessage) -> None:
        s.add(row)
        s.flush()

    def _known(self, sid: str) -> bool:
        with self.sessions() as s:
            return s.scalar(select(InboundMessage.id).where(
                InboundMessage.provider_id == sid)) is not None

    def _hold_for_staff(self, sid: str, address: str, channel: Channel, text: str,
                        sent_at: datetime, report: PollReport) -> bool:
        """Store the message without its text and tell staff to read it in Twilio's console.
        What it seems to say (read in memory only) decides how urgent the item is."""
        try:
            flag = triage.classify(text).flag
        except Exception:  # when in doubt: crisis
            flag = Flag.CRISIS
        now = self.clock.now()
        try:
            with self.sessions.begin() as s:
                m = InboundMessage(
                    provider_id=sid, channel=channel, from_address=address[:32],
                    client_id=self._match(s, address, channel), body="", received_at=sent_at,
                    stored_at=now, flag=flag.value, handling=Handling.NEEDS_STAFF,
                    outcome=UNREADABLE)
                s.add(m)
                s.flush()
                who = format_phone(address, load_settings(s).region) or "an unknown sender"
                raise_item(s, ITEM_KIND.get(flag, ItemKind.CLIENT_MESSAGE), now,
                           appointment_id=None, client_id=m.client_id, ref=f"inbound:{m.id}",
                           note=f"A message from {who} could not be read by FrontDesk: open "
                                "Twilio's console (Monitor → Messaging logs) to read it.")
        except IntegrityError:
            return self._known(sid)
        except Exception as exc:
            log.error("A reply could not be held for staff either: %s", type(exc).__name__)
            return False
        report.new += 1
        if flag is Flag.CRISIS:
            report.crises += 1
        else:
            report.to_staff += 1
        return True

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
        handling: Handling
        try:
            with self.sessions.begin() as s:
                m = s.get(InboundMessage, inbound_id)
                if m is None or m.handling is not Handling.RECEIVED:
                    return
                repaired = m.outcome == REPAIRED
                t = triage.classify(m.body)
                act_in_order(s, m, t, self.env)
                if repaired:  # staff see why the text shows a replacement character
                    room = 300 - len(REPAIRED) - 2
                    m.outcome = (f"{m.outcome[:room]}; " if m.outcome else "") + REPAIRED
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
            assert m is not None  # process() found it; messages are never deleted
            try:
                t = triage.classify(m.body)
            except Exception:  # the classifier itself failed: assume the worst
                t = None
            flag = t.flag if t else Flag.CRISIS
            m.intent, m.flag = (t.intent.value if t else ""), flag.value
            m.handling = Handling.NEEDS_STAFF
            m.outcome = "FrontDesk could not act on this automatically: read it and act."
            kind = ITEM_KIND.get(flag, ItemKind.CLIENT_MESSAGE)
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
