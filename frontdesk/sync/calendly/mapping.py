"""Calendly scheduled events in FrontDesk's words.

An event is one appointment, keyed by its UUID (the last segment of its `uri`); its active
invitees are the appointment's clients, so a group event is one appointment with several
places. The event's `name` is the event type's name. A cancellation's reason is never copied
(it is the canceller's own words), and neither are answers to booking questions nor an
"ask the invitee" location.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from frontdesk.domain.schedule import Modality
from frontdesk.domain.sync import SourceAppointment, SourceClinician, SourceStatus, SyncProblem
from frontdesk.sync.calendly.people import valid_email

JsonObject = dict[str, Any]

# Location types whose session is a video call; the link is in `join_url` once the video
# service has made it.
VIDEO_TYPES = {"zoom", "zoom_conference", "google_conference", "microsoft_teams_conference",
               "webex_conference", "gotomeeting", "gotomeeting_conference"}
PHONE_TYPES = {"outbound_call", "inbound_call"}
HOST_WRITTEN = {"physical", "custom"}  # location texts the practice wrote, safe to show


def label(uuid: str) -> str:
    """How problems name an event (the services look for the event id in it)."""
    return f"Calendly event {uuid[:120]}"


def last_segment(uri: Any) -> str | None:
    """The id at the end of a Calendly resource URI ("…/scheduled_events/AAAA" → "AAAA")."""
    if not isinstance(uri, str):
        return None
    parts = [p for p in urlsplit(uri.strip()).path.split("/") if p]
    return parts[-1] if parts else None


def event_of_invitee(uri: Any) -> str | None:
    """The event UUID in an invitee's URI (…/scheduled_events/{event}/invitees/{invitee})."""
    if not isinstance(uri, str):
        return None
    parts = [p for p in urlsplit(uri.strip()).path.split("/") if p]
    if len(parts) >= 4 and parts[-2] == "invitees" and parts[-4] == "scheduled_events":
        return parts[-3]
    return None


def moment(text: Any) -> datetime | None:
    """An ISO 8601 time with its offset, in UTC; None when absent, unreadable or naive."""
    if not isinstance(text, str) or "T" not in text:
        return None
    try:
        parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo is not None else None


def _object(value: Any) -> JsonObject:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


@dataclass(frozen=True)
class Booking:
    """One scheduled event and its invitees, as Calendly gave them."""

    uuid: str
    event: JsonObject
    invitees: tuple[JsonObject, ...]

    @property
    def start(self) -> datetime | None:
        return moment(self.event.get("start_time"))

    @property
    def canceled(self) -> bool:
        return self.event.get("status") == "canceled"

    @property
    def active(self) -> tuple[JsonObject, ...]:
        return tuple(i for i in self.invitees if i.get("status") != "canceled")

    @property
    def one_on_one(self) -> bool:
        """A session for one client: the event type takes one invitee and one booked it."""
        limit = _object(self.event.get("invitees_counter")).get("limit")
        return (not isinstance(limit, int) or limit <= 1) and len(self.invitees) <= 1

    def moved_to(self) -> str | None:
        """The event this one-on-one booking was rescheduled to, if it was."""
        if not self.one_on_one or (self.active and not self.canceled):
            return None
        for invitee in self.invitees:
            if invitee.get("rescheduled") is True:
                return event_of_invitee(invitee.get("new_invitee"))
        return None

    def moved_from(self) -> str | None:
        """The event this one-on-one booking was rescheduled from, if it was."""
        if not self.one_on_one:
            return None
        for invitee in self.active:
            found = event_of_invitee(invitee.get("old_invitee"))
            if found is not None and found != self.uuid:
                return found
        return None

    def came_from(self) -> str | None:
        """The event any of this booking's invitees was rescheduled from, live or not."""
        for invitee in self.invitees:
            found = event_of_invitee(invitee.get("old_invitee"))
            if found is not None and found != self.uuid:
                return found
        return None


def clinician_of(event: JsonObject) -> SourceClinician | None:
    """The event's first host, keyed by the host's user URI."""
    memberships = event.get("event_memberships")
    first = _object(memberships[0]) if isinstance(memberships, list) and memberships else {}
    uri = first.get("user")
    if not isinstance(uri, str) or not uri.strip():
        return None
    name = _text(first.get("user_name")) or (valid_email(first.get("user_email")) or "")
    return SourceClinician(external_id=uri.strip(),
                           name=name or f"Calendly user {last_segment(uri) or ''}".strip())


def place_of(location: Any) -> tuple[Modality | None, str, str]:
    """(modality, video link, location text) from an event's `location`."""
    found = _object(location)
    kind = _text(found.get("type")).lower()
    link = _text(found.get("join_url"))
    if link and urlsplit(link).scheme.lower() == "https":
        return Modality.TELEHEALTH, link, ""
    if kind in VIDEO_TYPES or kind in PHONE_TYPES:
        return Modality.TELEHEALTH, "", ""  # a phone call's number is not copied
    if kind == "physical":
        return Modality.IN_PERSON, "", _text(found.get("location"))
    if kind in HOST_WRITTEN:
        return None, "", _text(found.get("location"))
    return None, "", ""


def _cancel_reason(event: JsonObject) -> str:
    canceler = _object(event.get("cancellation")).get("canceler_type")
    if canceler == "host":
        return "cancelled in Calendly by the practice"
    if canceler == "invitee":
        return "cancelled in Calendly by the client"
    return "cancelled in Calendly"


def _status(booking: Booking) -> tuple[SourceStatus, str]:
    if booking.canceled:
        return SourceStatus.CANCELLED, _cancel_reason(booking.event)
    live = booking.active
    if booking.invitees and not live:
        return SourceStatus.CANCELLED, "every invitee cancelled in Calendly"
    if live and all(invitee.get("no_show") for invitee in live):
        return SourceStatus.NO_SHOW, ""
    return SourceStatus.BOOKED, ""


def _updated_at(booking: Booking) -> datetime | None:
    stamps = [moment(booking.event.get("updated_at"))]
    stamps += [moment(i.get("updated_at")) for i in booking.invitees]
    known = [s for s in stamps if s is not None]
    return max(known) if known else None


def appointment_of(booking: Booking, version: str,
                   replaces: str | None = None) -> SourceAppointment | SyncProblem:
    """The booking as a SourceAppointment, or why it cannot be one."""
    event = booking.event
    start, end = booking.start, moment(event.get("end_time"))
    if start is None or end is None:
        return SyncProblem(label(booking.uuid), "it has no readable start or end time")
    if end < start:
        return SyncProblem(label(booking.uuid), "it ends before it starts")
    status, reason = _status(booking)
    people = booking.invitees if status is SourceStatus.CANCELLED else booking.active
    emails = [valid_email(i.get("email")) for i in people if i.get("rescheduled") is not True]
    modality, link, place = place_of(event.get("location"))
    clinician = clinician_of(event)
    return SourceAppointment(
        external_id=booking.uuid,
        start=start,
        end=end,
        status=status,
        clinician_id=clinician.external_id if clinician else None,
        client_ids=tuple(dict.fromkeys(e for e in emails if e)),
        type_name=_text(event.get("name")),
        modality=modality,
        telehealth_link=link,
        location=place,
        cancel_reason=reason,
        version=version,
        updated_at=_updated_at(booking),
        replaces=replaces,
    )
