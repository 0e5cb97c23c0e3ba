"""Sort a calendar's events into series by UID and set aside the broken ones before expansion.

One broken component takes its whole series with it: expanding the rest would show a moved or
cancelled occurrence at its old time, as booked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from icalendar import Calendar, Event

from frontdesk.domain.sync import SyncProblem

# Properties whose damage changes when, whether or with whom a session happens.
_VITAL = {
    "UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID",
    "STATUS", "SEQUENCE", "ORGANIZER", "ATTENDEE",
}
_ZONED = ("DTSTART", "DTEND", "RECURRENCE-ID")
_ZONED_LISTS = ("EXDATE", "RDATE")


@dataclass(frozen=True)
class Series:
    """The components sharing one UID: a single event, or a master with its overridden
    occurrences. `recurring` series give each occurrence its own id."""

    uid: str
    components: tuple[Event, ...]
    recurring: bool
    sequences: Mapping[str | None, int]  # occurrence key (None: the master) -> SEQUENCE


def prop(component: Event, name: str) -> Any:
    """A property as icalendar holds it (untyped: its value types are a wide union)."""
    return component.get(name)


def moment(component: Event, name: str) -> Any:
    """A date, time or duration property's value, or None when absent."""
    return getattr(component.get(name), "dt", None)


def as_utc(value: datetime, zone: tzinfo) -> datetime:
    """An aware UTC time; a floating (naive) time is read in `zone`."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def occurrence_key(value: datetime, zone: tzinfo) -> str:
    """The id suffix of an occurrence: its RECURRENCE-ID in UTC, like 20260309T140000Z."""
    return as_utc(value, zone).strftime("%Y%m%dT%H%M%SZ")


def _dates_of(component: Event, name: str) -> Iterator[tuple[Any, Mapping[str, Any]]]:
    """Each value of a date-list property (EXDATE, RDATE) with its parameters."""
    found = prop(component, name)
    for entry in found if isinstance(found, list) else [found] if found is not None else []:
        params = getattr(entry, "params", {})
        for item in getattr(entry, "dts", []):
            yield getattr(item, "dt", None), params


def _unknown_zone(component: Event) -> str | None:
    """The property whose TZID named a zone neither the file nor the zone database knows."""
    for name in _ZONED:
        found = prop(component, name)
        if found is None:
            continue
        value = getattr(found, "dt", None)
        if found.params.get("TZID") and isinstance(value, datetime) and value.tzinfo is None:
            return name
    for name in _ZONED_LISTS:
        for value, params in _dates_of(component, name):
            if params.get("TZID") and isinstance(value, datetime) and value.tzinfo is None:
                return name
    return None


def _damage(component: Event) -> str | None:
    for prop_name, _message in component.errors:
        if prop_name is None:
            return "a line in the event could not be read"
        if prop_name.upper() in _VITAL:
            return f"{prop_name.upper()} could not be read"
    return None


def _end_problem(component: Event, start: datetime, zone: tzinfo) -> str | None:
    if "DTEND" in component:
        end = moment(component, "DTEND")
        if not isinstance(end, datetime):
            return "DTEND is a date while DTSTART is a time"
        if as_utc(end, zone) <= as_utc(start, zone):
            return "DTEND is not after DTSTART"
        return None
    if "DURATION" in component:
        length = moment(component, "DURATION")
        if not isinstance(length, timedelta) or length <= timedelta(0):
            return "DURATION is not a positive length of time"
        return None
    return "no DTEND or DURATION"


def problem_of(component: Event, zone: tzinfo) -> str | None:
    """Why this component cannot be synced, in words without its text; None if it can."""
    damage = _damage(component)
    if damage:
        return damage
    if "DTSTART" not in component:
        return "no DTSTART"
    start = moment(component, "DTSTART")
    if not isinstance(start, date):
        return "DTSTART could not be read"
    unknown = _unknown_zone(component)
    if unknown:
        zoned = prop(component, unknown) if unknown in _ZONED else None
        tzid = str(zoned.params.get("TZID", ""))[:60] if zoned is not None else ""
        named = f" {tzid!r}" if tzid else ""
        return f"{unknown} names a time zone{named} that is not known"
    if not isinstance(start, datetime):
        return None  # all day: decided by the caller
    recurrence_id = moment(component, "RECURRENCE-ID")
    if recurrence_id is not None and not isinstance(recurrence_id, datetime):
        return "RECURRENCE-ID is a date while DTSTART is a time"
    return _end_problem(component, start, zone)


def _is_all_day(component: Event) -> bool:
    value = moment(component, "DTSTART")
    return isinstance(value, date) and not isinstance(value, datetime)


def sort_series(
    calendar: Calendar, zone: tzinfo
) -> tuple[list[Series], list[SyncProblem]]:
    """The calendar's series that can be expanded, and a problem for each one that cannot.

    All-day events are left out without a problem: they are holidays, leave and reminders in
    a clinician's calendar, not sessions, and would fill IT's list on every run.
    """
    groups: dict[str, list[Event]] = {}
    problems: list[SyncProblem] = []
    for position, component in enumerate(calendar.events, start=1):
        uid = str(component.get("UID", "")).strip()
        if not uid:
            problems.append(SyncProblem(f"VEVENT #{position}", "no UID, so it cannot be tracked"))
            continue
        groups.setdefault(uid, []).append(component)
    series: list[Series] = []
    for uid, components in groups.items():
        if any(_is_all_day(component) for component in components):
            continue
        reasons = [reason for c in components if (reason := problem_of(c, zone)) is not None]
        recurring = any(
            name in component for component in components
            for name in ("RRULE", "RDATE", "RECURRENCE-ID")
        )
        if reasons:
            whole = " (the whole series was left out)" if recurring else ""
            problems.append(SyncProblem(f"VEVENT {uid[:120]}", reasons[0] + whole))
            continue
        sequences: dict[str | None, int] = {}
        for component in components:
            key = (
                occurrence_key(moment(component, "RECURRENCE-ID"), zone)
                if "RECURRENCE-ID" in component else None
            )
            sequences[key] = int(component.get("SEQUENCE", 0))
        series.append(Series(uid, tuple(components), recurring, sequences))
    return series, problems
