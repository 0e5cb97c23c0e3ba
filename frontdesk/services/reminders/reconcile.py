"""What a crash or an ambiguous send left in flight: ask the provider, never resend blind.

A row is SENDING from the moment its attempt is committed until the outcome is recorded. If
the process died in between, or the provider's answer was lost, the provider's own record
(Twilio's message list) says whether the attempt went: it is looked for at the address the
attempt went to (`sent_to`), never at the client's current one, which staff may have edited
since. An email in that state, or a match Twilio cannot settle, goes to staff as UNCERTAIN.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Channel, MessageState, Prefilled
from frontdesk.models import Client, OutboxMessage
from frontdesk.services.channels.base import SeveralMatches
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.compose import address_for
from frontdesk.services.reminders.rules import apply_outcome_to_client, delivery_problem_item
from frontdesk.services.reminders.senders import Outgoing, Senders

if TYPE_CHECKING:
    from frontdesk.services.reminders.dispatcher import DispatchReport

INTERRUPTED = ("FrontDesk stopped while this was being sent; it may have gone. Check before "
               "sending it again.")
CONFIRMED = "confirmed with the provider after an interruption"


def as_sent(s: Session, row: OutboxMessage) -> Outgoing:
    """The in-flight attempt as it went: its words, to the address recorded with SENDING."""
    if row.sent_to:
        to = row.sent_to
        if row.channel is Channel.WHATSAPP:
            to = to.removeprefix("whatsapp:")  # Senders.find_sent adds it back
    elif row.client_id is None or row.step == Prefilled.ONCALL_ALERT:
        to = load_settings(s).oncall_mobile or ""
    else:
        # Left SENDING by a version before `sent_to` was recorded: all there is to go on is
        # the client's address now (what those versions asked about; wrong only if staff
        # edited it in between).
        client = s.get(Client, row.client_id)
        assert client is not None, "a client message without its client"
        to = address_for(client, row.channel) or ""
    return Outgoing(row.channel, to, row.body, content_sid=row.content_sid)


def mark_sent(s: Session, row: OutboxMessage, provider_id: str | None, note: str,
              now: datetime) -> None:
    row.state, row.provider_id, row.sent_at = MessageState.SENT, provider_id, now
    row.reason, row.next_attempt_at = note, None
    apply_outcome_to_client(s, row, None, now)


def uncertain(s: Session, row: OutboxMessage, reason: str, now: datetime) -> None:
    """A person has to check: the message may have gone."""
    row.state, row.reason, row.updated_at = MessageState.UNCERTAIN, reason, now
    delivery_problem_item(s, row, now)


@dataclass(frozen=True)
class Question:
    """What to ask the provider about one in-flight attempt (read in a short transaction)."""

    outgoing: Outgoing
    sending_at: datetime
    taken: frozenset[str]


class InFlight:
    """Settles SENDING rows with the provider's record.

    The provider is asked between two short transactions, never inside one: a slow
    provider must not hold the store's write lock while staff and the poller wait for it.
    The second transaction applies the answer only if the row is still the same attempt.
    """

    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 senders: Callable[[], Senders], reconcile_after: timedelta) -> None:
        self.sessions, self.clock, self.senders = sessions, clock, senders
        self.reconcile_after = reconcile_after

    def recover(self, report: DispatchReport) -> None:
        """Every row a crash left SENDING."""
        with self.sessions() as s:
            stuck = list(s.scalars(select(OutboxMessage.id).where(
                OutboxMessage.state == MessageState.SENDING)))
        for row_id in stuck:
            self.settle(row_id, report)

    def settle(self, row_id: int, report: DispatchReport) -> None:
        """Ask the provider whether this row's attempt went, and record the answer: SENT
        when it did; sent again when it has no record once the grace period is over;
        SENDING while it cannot be asked; UNCERTAIN for staff where it cannot tell."""
        with self.sessions() as s:
            row = s.get(OutboxMessage, row_id)
            if row is None or row.state is not MessageState.SENDING:
                return
            can_ask = self.senders().can_reconcile(row.channel)
            question = self._question(s, row) if can_ask else None
        if question is None:
            with self.sessions.begin() as s:
                row = s.get(OutboxMessage, row_id)
                if row is not None and row.state is MessageState.SENDING:
                    uncertain(s, row, INTERRUPTED, self.clock.now())
                    report.uncertain += 1
            return
        try:  # outside any transaction
            answer: str | BaseException | None = self.senders().find_sent(
                question.outgoing, question.sending_at, set(question.taken),
                now=self.clock.now())
        except (SeveralMatches, FrontDeskError) as exc:
            answer = exc
        with self.sessions.begin() as s:
            row = s.get(OutboxMessage, row_id)
            if (row is None or row.state is not MessageState.SENDING
                    or row.sending_at != question.sending_at):
                return  # settled meanwhile (another run, or a new attempt)
            self._apply(s, row, answer, report)

    @staticmethod
    def _question(s: Session, row: OutboxMessage) -> Question:
        same_recipient = (OutboxMessage.client_id == row.client_id if row.client_id is not None
                          else OutboxMessage.client_id.is_(None))
        taken = frozenset(pid for pid in s.scalars(select(OutboxMessage.provider_id).where(
            same_recipient, OutboxMessage.provider_id.is_not(None))) if pid is not None)
        return Question(as_sent(s, row), row.sending_at or row.updated_at, taken)

    def _apply(self, s: Session, row: OutboxMessage, answer: str | BaseException | None,
               report: DispatchReport) -> None:
        now = self.clock.now()
        if isinstance(answer, SeveralMatches):
            uncertain(s, row, f"Twilio has more than one message that could be this one "
                      f"({answer.count}); it may have gone. Check before sending it again.", now)
            report.uncertain += 1
        elif isinstance(answer, BaseException):
            row.reason = "checking with the provider"  # cannot ask now: asked again next run
        elif answer:
            mark_sent(s, row, answer, CONFIRMED, now)
            report.reconciled += 1
        elif now - (row.sending_at or now) >= self.reconcile_after:
            row.state, row.next_attempt_at = MessageState.PLANNED, now
            row.reason = "the provider has no record of it: sending again"
            report.retrying += 1
        else:
            row.reason = "checking with the provider"
