"""One line per client and session for the schedule's "Last message" column."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from frontdesk.domain import MessageState
from frontdesk.models import OutboxMessage

STEP_LABELS = {
    "booking_confirmation": "Booking confirmation",
    "confirmation_request": "Confirmation request",
    "day_before": "Day-before reminder",
    "telehealth_link": "Video link",
    "missed_follow_up": "Missed-session follow-up",
    "reschedule_notice": "New-time notice",
}
STATE_WORDS = {
    MessageState.SENDING: "sending",
    MessageState.SENT: "sent",
    MessageState.DELIVERED: "delivered",
    MessageState.UNDELIVERED: "NOT delivered",
    MessageState.FAILED: "FAILED",
    MessageState.UNCERTAIN: "may not have gone",
}


def _when(row_time: datetime, tz: ZoneInfo) -> str:
    local = row_time.astimezone(tz)
    return f"{local:%a} {local:%I:%M %p}".replace(" 0", " ")


def last_messages(s: Session, appointment_ids: Iterable[int], tz: ZoneInfo
                  ) -> dict[tuple[int, int], str]:
    """{(appointment, client): "Day-before reminder sent Tue 10:00 AM (sms)" or what is next}."""
    ids = list(set(appointment_ids))
    if not ids:
        return {}
    m = OutboxMessage
    # Only the columns the line needs (not the ORM rows with their bodies): the day view
    # asks this for every session of the day.
    rows = s.execute(select(m.appointment_id, m.client_id, m.step, m.channel, m.state,
                            m.due_at, m.sent_at, m.updated_at, m.provider_id)
                     .where(m.appointment_id.in_(ids)))
    latest: dict[tuple[int, int], Row[*tuple[Any, ...]]] = {}
    upcoming: dict[tuple[int, int], Row[*tuple[Any, ...]]] = {}
    for r in rows:
        key = (r.appointment_id, r.client_id)
        if r.state in STATE_WORDS:
            best = latest.get(key)
            if best is None or r.updated_at > best.updated_at:
                latest[key] = r
        elif r.state is MessageState.PLANNED:
            nxt = upcoming.get(key)
            if nxt is None or r.due_at < nxt.due_at:
                upcoming[key] = r
    out: dict[tuple[int, int], str] = {}
    for key in latest.keys() | upcoming.keys():
        if key in latest:
            r = latest[key]
            word = STATE_WORDS[r.state]
            if (r.provider_id or "").startswith("local-"):
                word = "recorded, NOT sent"  # no credentials: the client did not get it
            out[key] = (f"{STEP_LABELS.get(r.step, r.step)} {word} "
                        f"{_when(r.sent_at or r.updated_at, tz)} ({r.channel.value})")
        else:
            r = upcoming[key]
            out[key] = f"Next: {STEP_LABELS.get(r.step, r.step).lower()} {_when(r.due_at, tz)}"
    return out
