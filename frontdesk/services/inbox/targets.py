"""Response-time targets for the triage queue: crisis within minutes, clinical within one
business day, everything else the same day (by the end of the practice's day)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from frontdesk.domain import ItemKind
from frontdesk.models import PracticeSettings

CRISIS_MINUTES = 15


def _next_business_day(day: date, count: int = 1) -> date:
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def due_by(kind: ItemKind, created: datetime, settings: PracticeSettings) -> datetime:
    """When the item should have been dealt with."""
    if kind is ItemKind.CRISIS:
        return created + timedelta(minutes=CRISIS_MINUTES)
    tz = ZoneInfo(settings.timezone)
    local = created.astimezone(tz)
    end_hour = min(max(settings.day_end_hour, 1), 24)
    if kind is ItemKind.CLINICAL:
        day = _next_business_day(local.date())
    else:  # admin: same day, or the next business day when it came after hours
        late = local.hour >= end_hour or local.weekday() >= 5
        day = _next_business_day(local.date()) if late else local.date()
    end = datetime.combine(day, datetime.min.time(), tzinfo=tz) + timedelta(hours=end_hour)
    return end
