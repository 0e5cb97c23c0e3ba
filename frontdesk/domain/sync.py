"""What a calendar source says, in FrontDesk's words: the records every sync connector returns.

A connector (an EHR's FHIR API, Calendly, an iCalendar feed, a CSV file) reads its source and
hands back a `ChangeSet`: clinicians, clients and appointments as the source has them now,
each keyed by the source's own id, plus the ids the source deleted and an opaque cursor to ask
from next time. The services match these to FrontDesk's records and plan reminders; the
connector never touches the database. Times are aware datetimes in UTC.

A source owns an appointment's time, clinician and existence; FrontDesk owns confirmation
state, messages, replies and flags.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from frontdesk.domain.clients import Language
from frontdesk.domain.schedule import Modality


class SourceStatus(StrEnum):
    """Where the source says an appointment stands (FHIR's statuses, folded)."""

    BOOKED = "booked"  # booked, pending, proposed, checked-in, waitlist: still to happen
    ARRIVED = "arrived"  # arrived or fulfilled
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    ERROR = "entered_in_error"  # never real: treated as deleted


@dataclass(frozen=True)
class SourceClinician:
    external_id: str
    name: str  # as the source writes it ("Dr. Adam Careful")


@dataclass(frozen=True)
class SourceClient:
    """A person the source books. `mobile` is E.164 when it parsed as a mobile-capable number;
    `phone_problem` says in words why a number the source gave was not used."""

    external_id: str
    first_name: str
    last_name: str
    preferred_name: str = ""
    mobile: str | None = None
    email: str | None = None
    language: Language | None = None
    phone_problem: str = ""


@dataclass(frozen=True)
class SourceAppointment:
    external_id: str
    start: datetime
    end: datetime
    status: SourceStatus
    clinician_id: str | None  # SourceClinician.external_id
    client_ids: tuple[str, ...]  # SourceClient.external_id, one per client place
    type_name: str = ""  # the service or appointment type, as the source names it
    modality: Modality | None = None  # None: the source does not say
    telehealth_link: str = ""  # the session's own video link, if the source has one
    location: str = ""
    cancel_reason: str = ""
    version: str = ""  # the source's version of this record (FHIR versionId / ETag)
    updated_at: datetime | None = None
    replaces: str | None = None  # the external id this one moves (a Calendly reschedule)


@dataclass(frozen=True)
class SyncProblem:
    """A record the connector skipped, and why, in words for IT (no client data)."""

    resource: str  # "Appointment/123", "line 14", "VEVENT 7f3a…@example.org"
    reason: str


@dataclass(frozen=True)
class ChangeSet:
    """One read of a source. Applying it and storing `cursor` happen in one transaction."""

    cursor: str
    clinicians: tuple[SourceClinician, ...] = ()
    clients: tuple[SourceClient, ...] = ()
    appointments: tuple[SourceAppointment, ...] = ()
    deleted: tuple[str, ...] = ()  # appointment external ids the source removed
    # Clients the source changed with no appointment of theirs changing (a new mobile): they
    # update the clients already linked to them, and never add one.
    client_updates: tuple[SourceClient, ...] = ()
    problems: tuple[SyncProblem, ...] = field(default=())
    complete: bool = True  # False: a window read; appointments absent from it were not deleted


class WriteOutcome(StrEnum):
    WRITTEN = "written"
    CONFLICT = "conflict"  # the source changed meanwhile and re-applying was not safe
    NOT_ALLOWED = "not_allowed"  # the source does not accept this change
    FAILED = "failed"  # network, authentication or server error (retry later)


@dataclass(frozen=True)
class WriteResult:
    outcome: WriteOutcome
    detail: str = ""  # in words, for staff and IT (no client data)
    version: str = ""  # the source's new version when written
