"""How long to wait before trying a text again: after a failed try, and when the provider
asks FrontDesk to slow down (throttling is not failure: it has no try limit, only the
message's useful-until time)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from frontdesk.domain import Language
from frontdesk.services.wording.datetext import format_date, format_time

THROTTLE_FIRST = timedelta(seconds=30)
THROTTLE_CAP = timedelta(minutes=5)  # our own wait never grows past this; Retry-After may


def backoff(attempt: int, retry_after: float | None) -> timedelta:
    """After a failed try: 30 s, 2 min, 8 min…, or what the provider asked for if longer."""
    wait = 30 * 4 ** max(attempt - 1, 0)
    return timedelta(seconds=max(wait, retry_after or 0))


def throttle_wait(now: datetime, due_at: datetime, retry_after: float | None) -> timedelta:
    """After a throttle: as long again as the message has already waited since it was due
    (so the waits double: 30 s, 30 s, 1 min, 2 min, 4 min), between 30 s and 5 minutes,
    and never less than the provider's Retry-After."""
    waited = min(max(now - due_at, THROTTLE_FIRST), THROTTLE_CAP)
    return max(waited, timedelta(seconds=retry_after or 0))


def throttled_out(due_at: datetime, useful_until: datetime, tz: ZoneInfo) -> str:
    """The reason of a message the provider's slow-down requests outlasted."""
    due, until = due_at.astimezone(tz), useful_until.astimezone(tz)

    def when(moment: datetime) -> str:
        time = format_time(moment, Language.ENGLISH)
        if due.date() == until.date():
            return time
        return f"{format_date(moment.date(), Language.ENGLISH)} {time}"

    return ("Twilio kept asking FrontDesk to slow down until this message was no longer "
            f"useful (due {when(due)}, useful until {when(until)}).")


def throttled_note(next_at: datetime, tz: ZoneInfo) -> str:
    """The reason of a message waiting after a slow-down request."""
    return ("Twilio asked FrontDesk to slow down (too many requests); trying again at "
            f"{format_time(next_at.astimezone(tz), Language.ENGLISH)}.")
