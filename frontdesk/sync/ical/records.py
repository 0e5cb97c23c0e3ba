"""An occurrence in FrontDesk's words. SUMMARY and DESCRIPTION are never copied: calendars
often carry the client's name or notes there. The description is only searched for a video
link."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from frontdesk.domain.schedule import Modality
from frontdesk.domain.sync import SourceAppointment, SourceStatus
from frontdesk.sync.ical.links import is_web_address, session_link
from frontdesk.sync.ical.occurrences import Occurrence
from frontdesk.sync.ical.people import EventPeople


def _text(event: Any, name: str) -> str:
    value = event.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(str(item) for item in value)
    return str(value)


def _texts(event: Any, name: str) -> list[str]:
    value = event.get(name)
    if value is None:
        return []
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def type_name(event: Any) -> str:
    """The first category, the only place a calendar names the kind of session."""
    found = event.get("CATEGORIES")
    entries = found if isinstance(found, list) else [found] if found is not None else []
    for entry in entries:
        for category in getattr(entry, "cats", []):
            if str(category).strip():
                return str(category).strip()
    return ""


def _updated_at(event: Any) -> datetime | None:
    value = event.get("LAST-MODIFIED")
    moment = getattr(value, "dt", None)
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return None


def appointment_of(occurrence: Occurrence, people: EventPeople) -> SourceAppointment:
    event = occurrence.event
    location = " ".join(_text(event, "LOCATION").split())
    link = session_link(
        conference=_texts(event, "CONFERENCE") + _texts(event, "X-GOOGLE-CONFERENCE"),
        location=location,
        url=_text(event, "URL"),
        description=_text(event, "DESCRIPTION"),
    )
    modality: Modality | None = None
    if link:
        modality = Modality.TELEHEALTH
        if is_web_address(location):
            location = ""
    elif location:
        modality = Modality.IN_PERSON
    cancelled = _text(event, "STATUS").strip().upper() == "CANCELLED"
    return SourceAppointment(
        external_id=occurrence.external_id,
        start=occurrence.start,
        end=occurrence.end,
        status=SourceStatus.CANCELLED if cancelled else SourceStatus.BOOKED,
        clinician_id=people.clinician.external_id if people.clinician else None,
        client_ids=tuple(client.external_id for client in people.clients),
        type_name=type_name(event),
        modality=modality,
        telehealth_link=link,
        location=location,
        version="" if occurrence.sequence is None else str(occurrence.sequence),
        updated_at=_updated_at(event),
    )
