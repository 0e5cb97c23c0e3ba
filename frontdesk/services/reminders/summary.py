"""One line per client and session for the schedule's "Last message" column.

Which message a place shows is kept on the attendee row (models/place_message.py); this
turns it into words.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from frontdesk.domain import Channel, MessageState

STEP_LABELS = {
    "booking_confirmation": "Booking confirmation",
    "confirmation_request": "Confirmation request",
    "day_before": "Day-before reminder",
    "telehealth_link": "Video link",
    "missed_follow_up": "Missed-session follow-up",
    "reschedule_notice": "New-time notice",
    "group_message": "Group message",
    "re_engagement": "Check-in",
}
STATE_WORDS = {
    MessageState.SENDING: "sending",
    MessageState.SENT: "sent",
    MessageState.DELIVERED: "delivered",
    MessageState.UNDELIVERED: "NOT delivered",
    MessageState.FAILED: "FAILED",
    MessageState.UNCERTAIN: "may not have gone",
}


@lru_cache(maxsize=8192)
def minute_words(zone: str, minute: str) -> str:
    """"Tue 10:00 AM" for a stored UTC time cut to the minute ("2026-03-06 15:00"), in the
    zone: kept between calls, as the day view redraws the same day after every change."""
    local = datetime.fromisoformat(minute).replace(tzinfo=UTC).astimezone(ZoneInfo(zone))
    return local.strftime("%a %I:%M %p").replace(" 0", " ")


def message_line(state: MessageState, step: str, channel: Channel | None, when: str,
                 recorded_only: bool) -> str:
    """A place's line from its kept summary (the attendee's msg_* columns), `when` in words:
    "Day-before reminder sent Tue 10:00 AM (sms)", or what is next."""
    label = STEP_LABELS.get(step, step)
    if state is MessageState.PLANNED:
        return f"Next: {label.lower()} {when}"
    word = "recorded, NOT sent" if recorded_only else STATE_WORDS.get(state, state.value)
    return f"{label} {word} {when} ({channel.value if channel else ''})"
