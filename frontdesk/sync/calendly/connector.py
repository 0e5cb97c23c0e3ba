"""The Calendly connector: a personal access token in, a ChangeSet of the window's bookings out.

Calendly cannot list what changed since a time, so every run lists the window's events (cheap:
one request per hundred events) and compares each with the fingerprint the cursor kept. Only
an event that is new or changed has its invitees read (one request per event, the expensive
part) and is handed on; so is a past event still within the no-show horizon, whose invitees
are read again because a host marks a no-show after the session without changing the event.

The first run (no usable cursor) hands on every event in the window and is complete: a booking
FrontDesk has in the window that Calendly no longer lists was deleted. Later runs hand on only
changes, so they are not complete; an event the last run handed on that has left the listing
inside both runs' windows is listed as deleted instead. When whose events are read changes (an
admin's token lost its rights and the user's own events are read instead), nothing is taken as
deleted, since the missing events may only be out of sight.

A reschedule in Calendly cancels the old booking and makes a new event whose invitee points
back at it. For a one-on-one session the new event is handed on with `replaces` set to the old
event's id, and the old event is never handed on itself, so the services move one appointment
and text no cancellation. A new event outside the window is read by its id. For a group event
there is no `replaces`: the client leaves one group session's places and joins another's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx

from frontdesk.domain.sync import (
    ChangeSet,
    SourceAppointment,
    SourceClient,
    SourceClinician,
    SyncProblem,
)
from frontdesk.sync.calendly.api import API_BASE, CalendlyApi, Forbidden
from frontdesk.sync.calendly.cursor import Cursor, Scope, Seen, fingerprint
from frontdesk.sync.calendly.mapping import (
    Booking,
    JsonObject,
    appointment_of,
    clinician_of,
    label,
    last_segment,
    moment,
)
from frontdesk.sync.calendly.people import client_of
from frontdesk.sync.errors import SyncError
from frontdesk.sync.http import DEFAULT_RETRY, RetryPolicy, make_client

NO_SHOW_HORIZON = timedelta(days=3)
MAX_CHAIN = 5  # reschedules of one booking followed in one run


def _utc(moment_: datetime, name: str) -> datetime:
    if moment_.tzinfo is None:
        raise SyncError("config", f"The sync window's {name} has no time zone.")
    return moment_.astimezone(UTC)


def api_time(moment_: datetime) -> str:
    """A time as Calendly's list filters take it: ISO 8601 in UTC with microseconds."""
    return moment_.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class _Run:
    """What one read gathers before it becomes a ChangeSet."""

    listed: dict[str, JsonObject] = field(default_factory=dict)  # in the window, by uuid
    changed: dict[str, Booking] = field(default_factory=dict)
    marks: dict[str, Seen] = field(default_factory=dict)
    problems: list[SyncProblem] = field(default_factory=list)


class CalendlyConnector:
    """Scheduled events of one Calendly account, read with a personal access token.

    `region` reads phone numbers written without a country code (ISO 3166 code, "US").
    `ca_bundle` adds a private CA to the verified trust store. `client`, `sleep`, `policy`
    and `now` are for callers that share a client and for tests.
    """

    def __init__(self, token: str, *, region: str = "US", base_url: str = API_BASE,
                 ca_bundle: str | None = None, client: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 policy: RetryPolicy = DEFAULT_RETRY,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 no_show_horizon: timedelta = NO_SHOW_HORIZON, page_size: int = 100) -> None:
        self._token = token
        self.region = region
        self.base_url = base_url
        self._ca_bundle = ca_bundle
        self._client = client
        self._sleep = sleep
        self._policy = policy
        self._now = now
        self.no_show_horizon = no_show_horizon
        self.page_size = min(max(page_size, 1), 100)  # Calendly takes at most 100

    def changes(self, cursor: str | None, window_start: datetime,
                window_end: datetime) -> ChangeSet:
        """The bookings starting in [window_start, window_end) that changed since `cursor`."""
        start, end = _utc(window_start, "start"), _utc(window_end, "end")
        if end <= start:
            raise SyncError("config", "The sync window ends before it starts.")
        if self._client is not None:
            return self._read(self._client, Cursor.load(cursor), start, end)
        with make_client(self._ca_bundle) as client:
            return self._read(client, Cursor.load(cursor), start, end)

    # ---- one read -----------------------------------------------------------------------

    def _read(self, client: httpx.Client, previous: Cursor | None, start: datetime,
              end: datetime) -> ChangeSet:
        api = CalendlyApi(client, self._token, base_url=self.base_url, sleep=self._sleep,
                          policy=self._policy)
        run = _Run()
        who = self._list(api, previous, start, end, run)
        same_sight = previous is not None and (previous.scope, previous.user,
                                               previous.organization) == (
            who.scope, who.user, who.organization)
        for uuid, event in sorted(run.listed.items(),
                                  key=lambda kv: (moment(kv[1].get("start_time")), kv[0])):
            self._take(api, previous, uuid, event, run)
        self._follow_moves(api, previous, run)
        appointments = self._emit(api, previous, run)
        deleted = self._deleted(previous, run, start, end) if same_sight else []
        who.window = (start, end)
        # Events past the window's end stay remembered (a reschedule's new event read by its
        # id); those inside it are remembered again only if still listed.
        kept = {} if previous is None else {
            k: v for k, v in previous.events.items() if v.start >= end}
        who.events = {**kept, **run.marks}
        clinicians: dict[str, SourceClinician] = {}
        clients: dict[str, SourceClient] = {}
        for appointment in appointments:
            self._people(run.changed[appointment.external_id], appointment, clinicians,
                         clients, run)
        return ChangeSet(
            cursor=who.dump(),
            clinicians=tuple(clinicians[k] for k in sorted(clinicians)),
            clients=tuple(clients[k] for k in sorted(clients)),
            appointments=tuple(sorted(appointments, key=lambda a: (a.start, a.external_id))),
            deleted=tuple(sorted(deleted)),
            problems=tuple(run.problems),
            complete=previous is None,
        )

    def _list(self, api: CalendlyApi, previous: Cursor | None, start: datetime,
              end: datetime, run: _Run) -> Cursor:
        """List the window's events by organization (an admin's token) or else by user; the
        URIs and the scope that worked are kept in the cursor, and learnt again on a 403."""
        if previous is not None:
            try:
                self._list_by(api, previous.scope, previous, start, end, run)
                return Cursor(previous.user, previous.organization, previous.scope)
            except Forbidden:
                run.listed.clear()
                run.problems.clear()
        user, organization = api.me()
        who = Cursor(user, organization, "organization")
        try:
            self._list_by(api, "organization", who, start, end, run)
        except Forbidden:
            run.listed.clear()
            run.problems.clear()
            who.scope = "user"
            self._list_by(api, "user", who, start, end, run)
        return who

    def _list_by(self, api: CalendlyApi, scope: Scope, who: Cursor, start: datetime,
                 end: datetime, run: _Run) -> None:
        params = {scope: who.organization if scope == "organization" else who.user,
                  "min_start_time": api_time(start), "max_start_time": api_time(end),
                  "sort": "start_time:asc", "count": str(self.page_size)}
        for page in api.pages("scheduled_events", params):
            for position, event in enumerate(page, start=1):
                uuid = last_segment(event.get("uri"))
                begins = moment(event.get("start_time"))
                if uuid is None:
                    run.problems.append(SyncProblem(
                        "Calendly event list", f"an event (number {position} on its page) "
                        "has no address (`uri`) and was left out"))
                elif begins is None:
                    run.problems.append(SyncProblem(label(uuid), "it has no readable start "
                                                    "time and was left out"))
                elif start <= begins < end:
                    run.listed[uuid] = event

    def _invitees(self, api: CalendlyApi, uuid: str) -> tuple[JsonObject, ...]:
        found: list[JsonObject] = []
        for page in api.pages(f"scheduled_events/{uuid}/invitees",
                              {"count": str(self.page_size)}):
            found.extend(page)
        return tuple(found)

    def _take(self, api: CalendlyApi, previous: Cursor | None, uuid: str, event: JsonObject,
              run: _Run) -> None:
        """Read the invitees of an event that is new, changed or in the no-show horizon, and
        keep it when anything changed; otherwise carry its mark forward."""
        mark = previous.events.get(uuid) if previous is not None else None
        event_print = fingerprint(event)
        if mark is not None and mark.event == event_print and not self._recent(event):
            run.marks[uuid] = mark
            return
        invitees = self._invitees(api, uuid)
        invitees_print = fingerprint(list(invitees))
        if mark is not None and (mark.event, mark.invitees) == (event_print, invitees_print):
            run.marks[uuid] = mark
            return
        run.changed[uuid] = Booking(uuid, event, invitees)

    def _recent(self, event: JsonObject) -> bool:
        """Started, and ended no longer than the no-show horizon ago."""
        now = self._now()
        begins, ends = moment(event.get("start_time")), moment(event.get("end_time"))
        return (begins is not None and ends is not None and begins <= now
                and ends >= now - self.no_show_horizon)

    def _fetch(self, api: CalendlyApi, uuid: str) -> Booking | None:
        """An event outside the window, by id; None when Calendly does not show it."""
        try:
            body = api.get(f"scheduled_events/{uuid}", missing_ok=True)
        except Forbidden:
            return None
        resource = body.get("resource") if body is not None else None
        if not isinstance(resource, dict):
            return None
        return Booking(uuid, resource, self._invitees(api, uuid))

    def _follow_moves(self, api: CalendlyApi, previous: Cursor | None, run: _Run) -> None:
        """Read the new event of each booking rescheduled away when the window missed it."""
        pending = [b for b in run.changed.values() if b.moved_to()]
        for _ in range(MAX_CHAIN):
            found: list[Booking] = []
            for old in pending:
                new = old.moved_to()
                if new is None or new in run.listed or new in run.changed:
                    continue
                booking = self._fetch(api, new)
                if booking is None:
                    run.problems.append(SyncProblem(label(old.uuid), "it was rescheduled to a "
                                                    "booking Calendly does not show FrontDesk, "
                                                    "so it was taken as cancelled"))
                    continue
                mark = previous.events.get(new) if previous is not None else None
                if mark is not None and (mark.event, mark.invitees) == (
                        fingerprint(booking.event), fingerprint(list(booking.invitees))):
                    continue  # handed on before, unchanged since
                run.changed[new] = booking
                found.append(booking)
            pending = [b for b in found if b.moved_to()]
            if not pending:
                return

    def _known(self, api: CalendlyApi, previous: Cursor | None, run: _Run,
               booking: Booking) -> str | None:
        """The id the services know a rescheduled booking by: the nearest earlier booking in
        its chain that was handed on before, else the one it was moved from."""
        first = booking.moved_from()
        if first is None or previous is None:
            return first
        itself = previous.events.get(booking.uuid)
        if itself is not None and itself.emitted:
            return first  # the services know it by its own id already
        current: str | None = first
        for _ in range(MAX_CHAIN):
            if current is None:
                break
            mark = previous.events.get(current)
            if mark is not None and mark.emitted:
                return current
            older = run.changed.get(current)
            if older is None:
                older = self._fetch(api, current)
            current = older.came_from() if older is not None else None
        return first

    def _emit(self, api: CalendlyApi, previous: Cursor | None,
              run: _Run) -> list[SourceAppointment]:
        out: list[SourceAppointment] = []
        for uuid, booking in run.changed.items():
            prints = (fingerprint(booking.event), fingerprint(list(booking.invitees)))
            start = booking.start or datetime.min.replace(tzinfo=UTC)
            moved_to = booking.moved_to()
            if moved_to is not None and not self._lost(run, uuid):
                run.marks[uuid] = Seen(start, *prints, emitted=False)
                continue  # only ever the `replaces` of the booking it moved to
            record = appointment_of(booking, f"{prints[0][:10]}{prints[1][:10]}",
                                    self._known(api, previous, run, booking))
            if isinstance(record, SyncProblem):
                run.problems.append(record)
                continue
            out.append(record)
            run.marks[uuid] = Seen(record.start, *prints, emitted=True)
        return out

    @staticmethod
    def _lost(run: _Run, uuid: str) -> bool:
        return any(p.resource == label(uuid) and "rescheduled" in p.reason
                   for p in run.problems)

    def _deleted(self, previous: Cursor | None, run: _Run, start: datetime,
                 end: datetime) -> list[str]:
        """Events handed on before, inside both windows, that Calendly no longer lists."""
        if previous is None or previous.window is None:
            return []
        low, high = max(start, previous.window[0]), min(end, previous.window[1])
        unread = {p.resource for p in run.problems}
        return [uuid for uuid, mark in previous.events.items()
                if mark.emitted and low <= mark.start < high and uuid not in run.listed
                and uuid not in run.changed and label(uuid) not in unread]

    def _people(self, booking: Booking, appointment: SourceAppointment,
                clinicians: dict[str, SourceClinician], clients: dict[str, SourceClient],
                run: _Run) -> None:
        clinician = clinician_of(booking.event)
        if clinician is not None:
            clinicians.setdefault(clinician.external_id, clinician)
        wanted = set(appointment.client_ids)
        for position, invitee in enumerate(booking.invitees, start=1):
            client = client_of(invitee, self.region)
            if client is None:
                if invitee.get("status") != "canceled":
                    run.problems.append(SyncProblem(label(booking.uuid), f"invitee {position} "
                                                    "has no valid e-mail address and was left "
                                                    "out"))
                continue
            if client.external_id not in wanted:
                continue
            known = clients.get(client.external_id)
            if known is None or (known.mobile is None and client.mobile is not None):
                clients[client.external_id] = client

