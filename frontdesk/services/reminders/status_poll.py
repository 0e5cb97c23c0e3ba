"""Asking the provider what became of sent texts, so undelivered ones surface."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import MessageState
from frontdesk.models import OutboxMessage
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.reminders.planner import ReminderPlanner
from frontdesk.services.reminders.policy_store import PolicyService
from frontdesk.services.reminders.rules import apply_outcome_to_client, delivery_problem_item
from frontdesk.services.reminders.senders import TEXT_CHANNELS, Senders

log = logging.getLogger(__name__)
WATCH_FOR = timedelta(days=3)  # after that a text's status no longer changes
FINAL = {"delivered": MessageState.DELIVERED, "undelivered": MessageState.UNDELIVERED,
         "failed": MessageState.UNDELIVERED, "read": MessageState.DELIVERED}


def poll_statuses(sessions: sessionmaker[Session], clock: Clock,
                  senders: Callable[[], Senders]) -> int:
    """Update SENT texts from the provider; returns how many changed state."""
    now = clock.now()
    with sessions() as s:
        ids = list(s.scalars(select(OutboxMessage.id).where(
            OutboxMessage.state == MessageState.SENT,
            OutboxMessage.channel.in_(TEXT_CHANNELS),
            OutboxMessage.sent_at >= now - WATCH_FOR)))
    changed = 0
    for row_id in ids:
        with sessions() as s:  # read what to ask; the provider is asked outside any transaction
            row = s.get(OutboxMessage, row_id)
            if row is None or not row.provider_id or row.state is not MessageState.SENT:
                continue
            channel, provider_id = row.channel, row.provider_id
        try:
            status = senders().delivery_status(channel, provider_id)
        except FrontDeskError:
            log.info("Delivery status not available now; will ask again")
            return changed
        if status is None or status.state not in FINAL:
            continue
        with sessions.begin() as s:
            row = s.get(OutboxMessage, row_id)
            if row is None or row.state is not MessageState.SENT or row.provider_id != provider_id:
                continue  # changed meanwhile
            row.state, row.updated_at = FINAL[status.state], now
            if row.state is MessageState.DELIVERED:
                row.delivered_at = now
            else:
                row.error_code = str(status.code) if status.code else None
                row.reason = status.reason or "the carrier could not deliver it"
                if apply_outcome_to_client(s, row, status.code, now) \
                        and row.client_id is not None:  # e.g. a landline
                    ReminderPlanner(clock, PolicyService(sessions, clock).policy) \
                        .reconcile_client(s, row.client_id)
                delivery_problem_item(s, row, now)
            changed += 1
    if changed:
        log.info("Delivery status: %d texts updated", changed)
    return changed
