"""Reading a FHIR server's appointments as a ChangeSet: a window on the first run, then what
changed since the cursor, with deletions from `_history` where the server keeps it.

The cursor. It holds an instant on the server's own clock (never this computer's): the newest
of the first page's `Bundle.meta.lastUpdated` and every `meta.lastUpdated` seen. The next run
asks for `_lastUpdated=ge` that instant minus OVERLAP, so a record stamped just before the
cursor but committed after the search (a slow transaction, a tie at the same instant, a
second-precision clock) is still found. What the overlap brings back again is filtered out by
the (id, version) pairs the cursor remembers from inside the overlap, so a run returns only
records that changed. A first (window) run also asks `_lastUpdated=ge` the new cursor minus
OVERLAP once, only to mark the records outside the window that the next run would bring back.
A server that stamps nothing leaves this computer's clock as the last resort. A cursor that
cannot be read starts a window read again; applying the same records twice changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from frontdesk.domain.sync import (
    ChangeSet,
    SourceAppointment,
    SourceClient,
    SourceClinician,
    SyncProblem,
)
from frontdesk.sync.errors import SyncError
from frontdesk.sync.fhir.client import FhirClient, JsonObject, split_reference
from frontdesk.sync.fhir.mapping import appointment_record
from frontdesk.sync.fhir.people import client_record, clinician_record

OVERLAP = timedelta(minutes=5)
INCLUDES = ("Appointment:patient", "Appointment:practitioner")


def instant(moment: datetime) -> str:
    """A FHIR instant in UTC with milliseconds, as search parameters take it."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse_instant(text: Any) -> datetime | None:
    if not isinstance(text, str) or "T" not in text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else None


@dataclass
class Cursor:
    """Where the last run stopped: a server instant and the versions seen just before it."""

    since: datetime
    seen: dict[str, datetime] = field(default_factory=dict)  # "id@version" → lastUpdated

    def dump(self) -> str:
        return json.dumps({"v": 1, "since": instant(self.since),
                           "seen": {k: instant(v) for k, v in sorted(self.seen.items())}},
                          separators=(",", ":"))

    @classmethod
    def load(cls, text: str | None) -> Cursor | None:
        if not text:
            return None
        try:
            data = json.loads(text)
            since = _parse_instant(data["since"])
            seen = {str(k): _parse_instant(v) for k, v in dict(data.get("seen", {})).items()}
        except (ValueError, KeyError, TypeError, AttributeError):
            return None
        if since is None or data.get("v") != 1:
            return None
        return cls(since, {k: v for k, v in seen.items() if v is not None})


@dataclass
class _Run:
    """What one read gathers before it becomes a ChangeSet."""

    appointments: dict[str, SourceAppointment] = field(default_factory=dict)
    included: dict[tuple[str, str], JsonObject] = field(default_factory=dict)
    problems: list[SyncProblem] = field(default_factory=list)
    stamps: dict[str, datetime] = field(default_factory=dict)  # "id@version" → lastUpdated
    server_now: datetime | None = None


class FhirConnector:
    """Appointments, their patients and practitioners from one FHIR R4 server.

    `region` reads phone numbers written without a country code (ISO 3166 code, "US")."""

    def __init__(self, client: FhirClient, *, page_size: int = 100, region: str = "US",
                 overlap: timedelta = OVERLAP) -> None:
        self.client = client
        self.page_size = page_size
        self.region = region
        self.overlap = overlap

    def changes(self, cursor: str | None, window_start: datetime,
                window_end: datetime) -> ChangeSet:
        """A window read when there is no usable cursor, else the changes since it."""
        previous = Cursor.load(cursor)
        run = _Run()
        paging = {"_include": list(INCLUDES), "_count": str(self.page_size)}
        if previous is None:
            window = (window_start, window_end)
            self._search({"date": [f"ge{instant(window_start)}", f"lt{instant(window_end)}"],
                          **paging}, run, None)
            # What the next run's overlap will bring back from outside the window is marked
            # seen now, so that run returns only real changes.
            since = self._next_cursor(None, run).since - self.overlap
            self._search({"_lastUpdated": f"ge{instant(since)}", **paging}, run, None, window)
        else:
            since = previous.since - self.overlap
            self._search({"_lastUpdated": f"ge{instant(since)}", **paging}, run, previous)
        deleted = self._deleted(previous, run) if previous is not None else []
        clinicians, clients = self._people(run)
        updates = (self._patients_changed(since, run, previous, {c.external_id for c in clients})
                   if previous is not None else [])
        return ChangeSet(
            cursor=self._next_cursor(previous, run).dump(),
            clinicians=tuple(clinicians),
            clients=tuple(clients),
            appointments=tuple(run.appointments.values()),
            deleted=tuple(deleted),
            client_updates=tuple(updates),
            problems=tuple(run.problems),
            complete=False,  # neither a window nor a delta says anything of absent records
        )

    # ---- reading ------------------------------------------------------------------------

    def _search(self, params: dict[str, Any], run: _Run, previous: Cursor | None,
                window: tuple[datetime, datetime] | None = None) -> None:
        """Take in each page's appointments and included people. With `window`, appointments
        outside it that this run has not delivered are only marked seen."""
        for number, bundle in enumerate(self.client.pages("Appointment", params)):
            if number == 0 and run.server_now is None:
                run.server_now = _parse_instant((bundle.get("meta") or {}).get("lastUpdated"))
            for entry in bundle.get("entry") or []:
                resource = entry.get("resource") if isinstance(entry, dict) else None
                if not isinstance(resource, dict):
                    continue
                kind = resource.get("resourceType")
                if kind == "Appointment":
                    self._take_appointment(resource, run, previous, window)
                elif kind in ("Patient", "Practitioner") and isinstance(resource.get("id"), str):
                    run.included[(str(kind), resource["id"])] = resource

    def _take_appointment(self, resource: JsonObject, run: _Run, previous: Cursor | None,
                          window: tuple[datetime, datetime] | None) -> None:
        meta = _object(resource.get("meta"))
        stamp = _parse_instant(meta.get("lastUpdated"))
        key = f"{resource.get('id')}@{meta.get('versionId', '')}"
        if stamp is not None:
            run.stamps[key] = stamp
        if previous is not None and key in previous.seen:
            return  # delivered by the last run, brought back by the overlap
        record = appointment_record(resource, self.client.base_url)
        if isinstance(record, SyncProblem):
            start = _parse_instant(resource.get("start"))
            inside = window is None or (start is not None and window[0] <= start < window[1])
            if inside and record not in run.problems:
                run.problems.append(record)
            return
        outside = window is not None and not window[0] <= record.start < window[1]
        if outside and record.external_id not in run.appointments:
            return
        run.appointments[record.external_id] = record

    def _deleted(self, previous: Cursor, run: _Run) -> list[str]:
        """Appointment ids deleted since the cursor, when the server keeps a history."""
        if not self.client.capabilities().supports("Appointment", "history-type"):
            return []
        since = {"_since": instant(previous.since - self.overlap),
                 "_count": str(self.page_size)}
        gone: list[str] = []
        for bundle in self.client.pages("Appointment/_history", since):
            for entry in bundle.get("entry") or []:
                rid = _deleted_id(entry, self.client.base_url)
                key = f"{rid}@deleted"
                if rid is None or rid in run.appointments or rid in gone:
                    continue
                stamp = _parse_instant(_object(entry.get("response")).get("lastModified"))
                run.stamps[key] = stamp or previous.since
                if key not in previous.seen:
                    gone.append(rid)
        return gone

    def _people(self, run: _Run) -> tuple[list[SourceClinician], list[SourceClient]]:
        """Each participant once: from the bundle's includes, else read by reference."""
        wanted: list[tuple[str, str]] = []
        for appointment in run.appointments.values():
            if appointment.clinician_id:
                wanted.append(("Practitioner", appointment.clinician_id))
            wanted.extend(("Patient", cid) for cid in appointment.client_ids)
        clinicians: list[SourceClinician] = []
        clients: list[SourceClient] = []
        for kind, rid in dict.fromkeys(wanted):
            raw = run.included.get((kind, rid))
            if raw is None:
                raw = self.client.read(kind, rid)
            if raw is None:
                run.problems.append(SyncProblem(
                    f"{kind}/{rid}", "an appointment names this record but the server has "
                    "none by that id (deleted, or not visible to FrontDesk's scopes)"))
                continue
            record = clinician_record(raw) if kind == "Practitioner" else client_record(
                raw, self.region)
            if isinstance(record, SyncProblem):
                run.problems.append(record)
            elif isinstance(record, SourceClinician):
                clinicians.append(record)
            else:
                clients.append(record)
        return clinicians, clients

    def _patients_changed(self, since: datetime, run: _Run, previous: Cursor,
                          delivered: set[str]) -> list[SourceClient]:
        """Patients changed since the cursor whose appointments did not change (a new mobile
        number must reach the reminders all the same). A server that does not let FrontDesk
        search patients says so as a problem; the appointments still sync."""
        found: list[SourceClient] = []
        params = {"_lastUpdated": f"ge{instant(since)}", "_count": str(self.page_size)}
        try:
            for bundle in self.client.pages("Patient", params):
                for entry in bundle.get("entry") or []:
                    resource = entry.get("resource") if isinstance(entry, dict) else None
                    if not isinstance(resource, dict) or resource.get("resourceType") != \
                            "Patient" or not isinstance(resource.get("id"), str):
                        continue
                    meta = _object(resource.get("meta"))
                    key = f"Patient/{resource['id']}@{meta.get('versionId', '')}"
                    stamp = _parse_instant(meta.get("lastUpdated"))
                    if stamp is not None:
                        run.stamps[key] = stamp
                    if key in previous.seen or resource["id"] in delivered:
                        continue
                    record = client_record(resource, self.region)
                    if isinstance(record, SourceClient):
                        found.append(record)
        except SyncError as error:
            if error.kind not in ("auth", "not_found", "malformed"):
                raise  # the network or the server: the whole run is tried again
            run.problems.append(SyncProblem(
                "Patient", "changes to patients' own details could not be read "
                f"({error.kind}): a new mobile or email there reaches FrontDesk with the "
                "patient's next appointment change"))
        return found

    # ---- the next cursor -----------------------------------------------------------------

    def _next_cursor(self, previous: Cursor | None, run: _Run) -> Cursor:
        candidates = [*run.stamps.values(), *([run.server_now] if run.server_now else [])]
        if previous is not None:
            candidates.append(previous.since)
        since = max(candidates) if candidates else datetime.now(UTC) - self.overlap
        floor = since - self.overlap
        seen = dict(previous.seen) if previous else {}
        seen.update(run.stamps)
        return Cursor(since, {k: v for k, v in seen.items() if v >= floor})


def _deleted_id(entry: Any, base_url: str) -> str | None:
    """The Appointment id a history entry deletes, or None when it is not a deletion."""
    if not isinstance(entry, dict):
        return None
    request, response = _object(entry.get("request")), _object(entry.get("response"))
    is_delete = request.get("method") == "DELETE" or (
        entry.get("resource") is None and str(response.get("status", "")).startswith("410"))
    if not is_delete:
        return None
    for text in _strings([request.get("url"), entry.get("fullUrl")]):
        target = split_reference(text.split("?")[0], base_url)
        if target is not None and target[0] == "Appointment":
            return target[1]
    return None


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _strings(values: Iterable[Any]) -> Iterable[str]:
    return (v for v in values if isinstance(v, str) and v)
