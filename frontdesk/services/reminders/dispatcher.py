"""Sends due outbox rows exactly once: never twice, never lost.

Each send is two transactions around the provider call. The first re-checks
that the message still makes sense, composes it from what the database says
now, and commits the row as SENDING. Only then is the provider called. The
second records the outcome. A crash between the two leaves a SENDING row that
the next run reconciles with the provider's own record (Twilio's message list)
instead of resending blind (`reconcile.py`); an email in that state goes to staff as
UNCERTAIN. A provider asking to slow down is not a failed try: the row waits (`backoff.py`)
for as long as the message is still useful.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Channel, MessageState
from frontdesk.models import OutboxMessage
from frontdesk.services.channels.base import Outcome, SendResult
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.backoff import (
    backoff,
    throttle_wait,
    throttled_note,
    throttled_out,
)
from frontdesk.services.reminders.compose import compose
from frontdesk.services.reminders.planner import ReminderPlanner
from frontdesk.services.reminders.policy import ReminderPolicy
from frontdesk.services.reminders.reconcile import InFlight, mark_sent, uncertain
from frontdesk.services.reminders.rules import (
    apply_outcome_to_client,
    delivery_problem_item,
    missed_session_item,
    send_verdict,
    substitute,
)
from frontdesk.services.reminders.senders import Outgoing, Senders
from frontdesk.services.whatsapp import NeedsOtherChannel
from frontdesk.services.wording.templates import TemplateSet

log = logging.getLogger(__name__)
TEXT_PACE_SECONDS = 1.0  # about one message a second per long-code number (Twilio's rate)


@dataclass
class DispatchReport:
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    withdrawn: int = 0
    postponed: int = 0
    retrying: int = 0
    uncertain: int = 0
    reconciled: int = 0

    def __str__(self) -> str:
        return ", ".join(f"{k} {v}" for k, v in vars(self).items() if v) or "nothing due"


class Pacer:
    """Keeps texts at least `interval` seconds apart (real time, injectable for tests)."""

    def __init__(self, interval: float = TEXT_PACE_SECONDS,
                 sleep: Callable[[float], None] = time.sleep,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.interval, self.sleep, self.monotonic = interval, sleep, monotonic
        self._last: float | None = None

    def wait(self, channel: Channel) -> None:
        if channel is Channel.EMAIL:
            return
        if self._last is not None:
            gap = self.interval - (self.monotonic() - self._last)
            if gap > 0:
                self.sleep(gap)
        self._last = self.monotonic()


def wire_address(out: Outgoing) -> str:
    """The exact To of an attempt: "whatsapp:+1…" for WhatsApp, else the number or email."""
    if out.channel is Channel.WHATSAPP and not out.to.startswith("whatsapp:"):
        return f"whatsapp:{out.to}"
    return out.to


class Dispatcher:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 senders: Senders | Callable[[], Senders], *,
                 templates: TemplateSet | Callable[[], TemplateSet] | None = None,
                 policy: ReminderPolicy | Callable[[], ReminderPolicy] | None = None,
                 pacer: Pacer | None = None, max_attempts: int = 4,
                 reconcile_after: timedelta = timedelta(minutes=2), batch: int = 500) -> None:
        self.sessions, self.clock = sessions, clock
        # A Senders, or a function giving the current one (settings can change while running).
        self._senders = senders
        self._templates = templates or TemplateSet()  # or a function: edits apply at once
        self._policy = policy or ReminderPolicy()
        self.pacer = pacer or Pacer()
        self.max_attempts, self.reconcile_after, self.batch = max_attempts, reconcile_after, batch
        self.in_flight = InFlight(sessions, clock, lambda: self.senders, reconcile_after)

    @property
    def policy(self) -> ReminderPolicy:
        """The practice's policy as saved now (settings can change while running)."""
        return self._policy if isinstance(self._policy, ReminderPolicy) else self._policy()

    @property
    def templates(self) -> TemplateSet:
        """The practice's message templates as saved now."""
        t = self._templates
        return t if isinstance(t, TemplateSet) else t()

    @templates.setter
    def templates(self, templates: TemplateSet | Callable[[], TemplateSet]) -> None:
        self._templates = templates

    @property
    def senders(self) -> Senders:
        return self._senders if isinstance(self._senders, Senders) else self._senders()

    def run_once(self, should_stop: Callable[[], bool] = lambda: False) -> DispatchReport:
        """Reconcile what a crash left in flight, then send everything that is due
        (checking `should_stop` between messages, so closing the app is prompt)."""
        report = DispatchReport()
        self.recover_in_flight(report)
        with self.sessions() as s:
            now = self.clock.now()
            due = list(s.scalars(
                select(OutboxMessage.id)
                .where(OutboxMessage.state == MessageState.PLANNED, OutboxMessage.due_at <= now)
                .where((OutboxMessage.next_attempt_at.is_(None))
                       | (OutboxMessage.next_attempt_at <= now))
                .order_by(OutboxMessage.due_at, OutboxMessage.id).limit(self.batch)))
        for row_id in due:
            if should_stop():
                break
            self.dispatch(row_id, report)
        if due:
            log.info("Dispatch: %s", report)
        return report

    def next_due(self) -> datetime | None:
        with self.sessions() as s:
            return s.scalar(select(OutboxMessage.due_at).where(
                OutboxMessage.state == MessageState.PLANNED).order_by(OutboxMessage.due_at))

    # ---- one row -----------------------------------------------------------------------
    def dispatch(self, row_id: int, report: DispatchReport) -> None:
        claimed = self._claim(row_id, report)
        if isinstance(claimed, int):  # WhatsApp could not carry it: its substitute goes now
            return self.dispatch(claimed, report)
        if claimed is None:
            return
        out, message_id = claimed
        senders = self.senders
        if senders.is_live(out.channel):
            self.pacer.wait(out.channel)  # a real carrier: about one text a second
        try:
            result = senders.send(out, row_uid=message_id)
        except Exception as exc:  # a bug or an unforeseen error: the row must not be lost
            log.error("Send raised %s; treating the outcome as unknown", type(exc).__name__)
            result = SendResult(Outcome.AMBIGUOUS, reason="the send stopped unexpectedly")
        with self.sessions.begin() as s:
            row = s.get(OutboxMessage, row_id)
            assert row is not None  # claimed above; a SENDING row is never deleted
            self._record(s, row, out, result, report)
        if result.outcome is Outcome.AMBIGUOUS and senders.can_reconcile(out.channel):
            self.in_flight.settle(row_id, report)  # ask, never resend blind

    def _claim(self, row_id: int, report: DispatchReport) -> tuple[Outgoing, str] | int | None:
        """Re-check, compose and commit SENDING; None when the row should not go now, or the
        id of a substitute row on another channel."""
        with self.sessions.begin() as s:
            row = s.get(OutboxMessage, row_id)
            if row is None or row.state is not MessageState.PLANNED:
                return None
            now = self.clock.now()
            missed_session_item(s, row, now)
            verdict = send_verdict(s, row, self.policy, now)
            if verdict is not None:
                row.state, row.reason, row.updated_at = verdict.state, verdict.reason, now
                if verdict.due_at is not None:
                    row.due_at = verdict.due_at
                    report.postponed += 1
                elif verdict.state is MessageState.WITHDRAWN:
                    report.withdrawn += 1
                else:
                    report.skipped += 1
                return None
            try:
                out = compose(s, row, self.templates, now)
            except NeedsOtherChannel as err:
                new_id = substitute(s, row, err.message, now)
                # substitute() changed the state mypy still takes to be the one checked above
                if row.state is MessageState.FAILED:  # type: ignore[comparison-overlap]
                    report.failed += 1
                else:
                    report.skipped += 1
                return new_id
            except FrontDeskError as err:
                row.state, row.reason, row.updated_at = MessageState.FAILED, err.message, now
                delivery_problem_item(s, row, now)
                report.failed += 1
                return None
            row.state, row.body, row.sending_at = MessageState.SENDING, out.body, now
            row.content_sid, row.sent_to = out.content_sid, wire_address(out)
            row.attempts += 1
            row.updated_at = now
            return out, row.uid

    def _record(self, s: Session, row: OutboxMessage, out: Outgoing, result: SendResult,
                report: DispatchReport) -> None:
        now = self.clock.now()
        row.updated_at, row.error_code = now, str(result.code) if result.code else None
        if result.outcome is Outcome.ACCEPTED:
            mark_sent(s, row, result.provider_id, result.reason, now)
            report.sent += 1
        elif result.outcome is Outcome.PERMANENT:
            row.state, row.reason = MessageState.FAILED, result.reason
            # STOP, not a mobile (True only for a client's message)
            if apply_outcome_to_client(s, row, result.code, now) and row.client_id is not None:
                ReminderPlanner(self.clock, lambda: self.policy).reconcile_client(
                    s, row.client_id)
            delivery_problem_item(s, row, now)
            report.failed += 1
        elif result.throttled:
            self._throttled(s, row, result, now, report)
        elif result.outcome is Outcome.TRANSIENT:
            if row.attempts >= self.max_attempts:
                row.state = MessageState.FAILED
                row.reason = f"gave up after {row.attempts} tries: {result.reason}"
                delivery_problem_item(s, row, now)
                report.failed += 1
            else:
                row.state, row.reason = MessageState.PLANNED, f"will retry: {result.reason}"
                row.next_attempt_at = now + backoff(row.attempts, result.retry_after)
                report.retrying += 1
        elif self.senders.can_reconcile(row.channel):
            row.reason = "checking with the provider"  # AMBIGUOUS: settled after this commit
        else:
            reason = (result.reason or "the send was interrupted").rstrip(".")
            uncertain(s, row, f"{reason}; it may have gone. Check before sending it again.",
                      now)
            report.uncertain += 1

    def _throttled(self, s: Session, row: OutboxMessage, result: SendResult, now: datetime,
                   report: DispatchReport) -> None:
        """The provider asked to slow down: nothing went and it was no try. Wait (capped,
        honouring Retry-After) while the message can still help; then it expires, saying so."""
        row.attempts = max(row.attempts - 1, 0)
        tz = ZoneInfo(load_settings(s).timezone)
        next_at = now + throttle_wait(now, row.due_at, result.retry_after)
        if next_at > row.useful_until:
            row.state = MessageState.FAILED
            row.reason = throttled_out(row.due_at, row.useful_until, tz)
            row.next_attempt_at = None
            delivery_problem_item(s, row, now)
            report.failed += 1
        else:
            row.state, row.next_attempt_at = MessageState.PLANNED, next_at
            row.reason = throttled_note(next_at, tz)
            report.retrying += 1

    # ---- what a crash or a timeout left behind ----------------------------------------
    def recover_in_flight(self, report: DispatchReport) -> None:
        """Settle the rows a crash left SENDING (reconcile.py)."""
        self.in_flight.recover(report)
