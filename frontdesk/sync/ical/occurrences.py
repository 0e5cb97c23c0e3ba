"""Expand a series into the occurrences that start in a window, each with a stable id.

Expansion (RRULE, RDATE, EXDATE, overridden instances by RECURRENCE-ID, Google's X-WR-TIMEZONE)
is done by the recurring-ical-events library: the RFC 5545 rules around overrides, time zones
and DST are many and easy to get subtly wrong by hand, and it is well kept and tested against
real calendars.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

import recurring_ical_events
from icalendar import Calendar, Event

from frontdesk.sync.ical.screen import Series, as_utc, moment, occurrence_key

# The library compares floating times to the window's wall clock, so the query is widened by
# more than any UTC offset and the window applied here, on UTC start times.
_MARGIN = timedelta(days=1)


@dataclass(frozen=True)
class Occurrence:
    external_id: str  # the UID, or UID/<RECURRENCE-ID in UTC> for an occurrence of a series
    start: datetime  # UTC
    end: datetime  # UTC
    event: Event  # the occurrence's properties (an override's own, where it has one)
    sequence: int | None  # SEQUENCE of the component it came from


class ExpansionError(Exception):
    """The library could not expand a series (a rule it cannot follow)."""


def _occurrence_end(event: Event, start: datetime) -> datetime:
    end = moment(event, "DTEND")
    if isinstance(end, datetime):
        return end
    length = moment(event, "DURATION")
    if isinstance(length, timedelta):
        return start + length
    return start


def expand(
    series: Series,
    x_wr_timezone: str | None,
    window_start: datetime,
    window_end: datetime,
    zone: tzinfo,
) -> list[Occurrence]:
    """The series' occurrences whose start falls in [window_start, window_end), by start."""
    calendar = Calendar()
    if x_wr_timezone:
        calendar.add("X-WR-TIMEZONE", x_wr_timezone)
    for component in series.components:
        calendar.add_component(component)
    try:
        found = recurring_ical_events.of(calendar).between(
            window_start - _MARGIN, window_end + _MARGIN
        )
    except Exception as error:  # the library's errors are many and not one family
        raise ExpansionError(type(error).__name__) from None
    occurrences: dict[str, Occurrence] = {}
    for event in found:
        raw_start = moment(event, "DTSTART")
        if not isinstance(raw_start, datetime):
            continue
        start = as_utc(raw_start, zone)
        if not window_start <= start < window_end:
            continue
        end = as_utc(_occurrence_end(event, raw_start), zone)
        key = None
        external_id = series.uid
        if series.recurring:
            recurrence_id = moment(event, "RECURRENCE-ID")
            original = recurrence_id if isinstance(recurrence_id, datetime) else raw_start
            key = occurrence_key(original, zone)
            external_id = f"{series.uid}/{key}"
        sequence = series.sequences.get(key, series.sequences.get(None))
        occurrences.setdefault(
            external_id, Occurrence(external_id, start, end, event, sequence)
        )
    return sorted(occurrences.values(), key=lambda o: (o.start, o.external_id))


def window_check(window_start: datetime, window_end: datetime) -> tuple[datetime, datetime]:
    """The window in UTC; both ends must be aware and in order."""
    if window_start.tzinfo is None or window_end.tzinfo is None:
        raise ValueError("the sync window needs aware datetimes")
    if window_end <= window_start:
        raise ValueError("the sync window ends before it starts")
    return window_start.astimezone(UTC), window_end.astimezone(UTC)
