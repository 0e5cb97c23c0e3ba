"""How dates and times read at the front desk ("9:00 AM", "Tuesday 3 March")."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta


def time_text(t: datetime | time) -> str:
    return f"{t:%I:%M %p}".lstrip("0")


def time_range(start: datetime, end: datetime) -> str:
    return f"{time_text(start)}–{time_text(end)}"


def day_long(d: date) -> str:
    """'Tuesday 3 March' (the year only when it isn't this year's context)."""
    return f"{d:%A} {d.day} {d:%B}"


def day_short(d: date) -> str:
    """'Tue 3 Mar 2026'."""
    return f"{d:%a} {d.day} {d:%b %Y}"


def when(start: datetime, end: datetime) -> str:
    """'Wed 4 Mar 2026, 10:00 AM–10:50 AM'."""
    return f"{day_short(start.date())}, {time_range(start, end)}"


def duration_text(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 0:
        return "already started"
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours, rest = divmod(minutes, 60)
    text = f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{text} {rest} min" if rest and hours < 12 else text
