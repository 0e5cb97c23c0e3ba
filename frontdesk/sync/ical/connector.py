"""The iCalendar connector: an .ics address or file in, a ChangeSet out.

A feed is the whole calendar every time, so its ChangeSet is complete for the window (absent
occurrences were removed) and `deleted` stays empty. Only a feed that is cut short, or one that
has not changed since the cursor, gives an incomplete one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

import httpx
from icalendar import Calendar
from icalendar.timezone import tzp

from frontdesk.domain.sync import (
    ChangeSet,
    SourceAppointment,
    SourceClient,
    SourceClinician,
    SyncProblem,
)
from frontdesk.sync.errors import SyncError
from frontdesk.sync.http import DEFAULT_RETRY, RetryPolicy, make_client
from frontdesk.sync.ical.feed import (
    FEED,
    FILE,
    FeedCursor,
    Fetched,
    content_hash,
    feed_address,
    fetch,
    read_file,
)
from frontdesk.sync.ical.occurrences import ExpansionError, expand, window_check
from frontdesk.sync.ical.parse import parse_feed
from frontdesk.sync.ical.people import people_of
from frontdesk.sync.ical.records import appointment_of
from frontdesk.sync.ical.screen import sort_series


def calendar_zone(
    calendar: Calendar, default_tz: tzinfo
) -> tuple[str | None, tzinfo, list[SyncProblem]]:
    """The calendar's own zone (Google's X-WR-TIMEZONE) as an IANA name, and the zone floating
    times are read in: that one, else `default_tz`."""
    named = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    if not named:
        return None, default_tz, []
    zone = tzp.timezone(named)
    if isinstance(zone, ZoneInfo):
        return zone.key, zone, []
    return None, default_tz, [
        SyncProblem(
            "VCALENDAR",
            f"X-WR-TIMEZONE {named[:60]!r} is not a known time zone; times without a zone "
            "were read in the practice's time zone",
        )
    ]


def _merge_client(known: SourceClient | None, new: SourceClient) -> SourceClient:
    """The first record of a client, unless it had no name and this one has."""
    if known is None or (not known.first_name and not known.last_name and new.first_name):
        return new
    return known


def read_changes(
    data: bytes,
    cursor: str,
    window_start: datetime,
    window_end: datetime,
    default_tz: tzinfo,
    what: str = FEED,
) -> ChangeSet:
    """The ChangeSet for a feed's bytes: occurrences starting in [window_start, window_end)."""
    parsed = parse_feed(data, what)
    x_wr_timezone, zone, problems = calendar_zone(parsed.calendar, default_tz)
    problems = list(parsed.problems) + problems
    all_series, screened = sort_series(parsed.calendar, zone)
    problems.extend(screened)
    appointments: list[SourceAppointment] = []
    clinicians: dict[str, SourceClinician] = {}
    clients: dict[str, SourceClient] = {}
    seen_problems: set[tuple[str, str]] = set()
    for series in sorted(all_series, key=lambda s: s.uid):
        label = f"VEVENT {series.uid[:120]}"
        try:
            occurrences = expand(series, x_wr_timezone, window_start, window_end, zone)
        except ExpansionError as error:
            problems.append(
                SyncProblem(label, f"its repetition rule could not be expanded ({error})")
            )
            continue
        for occurrence in occurrences:
            people = people_of(occurrence.event)
            for reason in people.problems:
                if (label, reason) not in seen_problems:
                    seen_problems.add((label, reason))
                    problems.append(SyncProblem(label, reason))
            if people.clinician is not None:
                clinicians.setdefault(people.clinician.external_id, people.clinician)
            for client in people.clients:
                clients[client.external_id] = _merge_client(
                    clients.get(client.external_id), client
                )
            appointments.append(appointment_of(occurrence, people))
    appointments.sort(key=lambda a: (a.start, a.external_id))
    return ChangeSet(
        cursor=cursor,
        clinicians=tuple(clinicians[key] for key in sorted(clinicians)),
        clients=tuple(clients[key] for key in sorted(clients)),
        appointments=tuple(appointments),
        deleted=(),
        problems=tuple(problems),
        complete=not parsed.cut_short,
    )


class IcsConnector:
    """Reads one iCalendar source: an http(s) or webcal:// address, or a local file path.

    `default_tz` is the practice's zone, for times the file gives without one. `ca_bundle`
    adds a private CA to the verified trust store. `client`, `sleep` and `policy` are for
    callers that share a client and for tests.
    """

    def __init__(
        self,
        location: str,
        *,
        default_tz: tzinfo,
        ca_bundle: str | None = None,
        client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        policy: RetryPolicy = DEFAULT_RETRY,
    ) -> None:
        self._location = location
        self._url = feed_address(location)
        self._default_tz = default_tz
        self._ca_bundle = ca_bundle
        self._client = client
        self._sleep = sleep
        self._policy = policy

    def _fetch(self, previous: FeedCursor | None) -> Fetched:
        assert self._url is not None
        if self._client is not None:
            return fetch(self._client, self._url, previous, sleep=self._sleep,
                         policy=self._policy)
        with make_client(self._ca_bundle) as client:
            return fetch(client, self._url, previous, sleep=self._sleep, policy=self._policy)

    def changes(
        self, cursor: str | None, window_start: datetime, window_end: datetime
    ) -> ChangeSet:
        """The source's sessions starting in [window_start, window_end), and a new cursor."""
        start, end = window_check(window_start, window_end)
        window = f"{start.isoformat()}/{end.isoformat()}"
        previous = FeedCursor.from_json(cursor)
        same_window = previous if previous is not None and previous.window == window else None
        if self._url is None:
            data = read_file(self._location)
            fetched = Fetched(data)
            what = FILE
        else:
            fetched = self._fetch(same_window)
            what = FEED
            if fetched.data is None:
                if same_window is None or cursor is None:
                    raise SyncError(
                        "server",
                        f"{FEED} answered 'not modified' to a request that was not "
                        "conditional. Check that the address is the calendar's feed.",
                    )
                return ChangeSet(cursor=cursor, complete=False)
            data = fetched.data
        digest = content_hash(data)
        new_cursor = FeedCursor(digest, window, fetched.etag, fetched.last_modified).to_json()
        if same_window is not None and same_window.sha256 == digest:
            return ChangeSet(cursor=new_cursor, complete=False)
        return read_changes(data, new_cursor, start, end, self._default_tz, what)
