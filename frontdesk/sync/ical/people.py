"""Who an event books: the organizer as the clinician, the other attendees as clients, each
keyed by e-mail address in lower case."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from email_validator import EmailNotValidError, validate_email

from frontdesk.domain.sync import SourceClient, SourceClinician

# Attendees that are never clients: the meeting's chair, observers, rooms and equipment.
_NOT_CLIENT_ROLES = {"CHAIR", "NON-PARTICIPANT"}
_NOT_PEOPLE = {"ROOM", "RESOURCE", "GROUP"}


@dataclass(frozen=True)
class EventPeople:
    clinician: SourceClinician | None
    clients: tuple[SourceClient, ...]
    problems: tuple[str, ...]  # why an attendee was dropped, in words without the address


def _address(value: Any) -> str:
    """The e-mail part of a calendar address ("mailto:a@b.org" or a bare "a@b.org")."""
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:"):]
    return text.strip()


def _param(value: Any, name: str) -> str:
    params = getattr(value, "params", None)
    if params is None:
        return ""
    found = params.get(name)
    return str(found).strip() if found is not None else ""


def valid_email(text: str) -> str | None:
    """The address in lower case if it is a well-formed e-mail address, else None."""
    if not text:
        return None
    try:
        checked = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return None
    return checked.normalized.lower()


def split_name(common_name: str) -> tuple[str, str]:
    """First and last name from a display name: "Jane Q. Doe", "Doe, Jane"; a name that is
    really an address, or none, gives empty names."""
    name = " ".join(common_name.split())
    if not name or "@" in name:
        return "", ""
    if "," in name:
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    first, _, last = name.partition(" ")
    return first, last


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def people_of(event: Any) -> EventPeople:
    """The clinician and clients of one event (an icalendar VEVENT)."""
    problems: list[str] = []
    clinician = None
    organizer = event.get("ORGANIZER")
    organizer_email = valid_email(_address(organizer)) if organizer is not None else None
    if organizer is not None and organizer_email is None:
        problems.append("the organizer has no valid e-mail address, so no clinician was set")
    if organizer_email is not None:
        clinician = SourceClinician(
            external_id=organizer_email,
            name=" ".join(_param(organizer, "CN").split()) or organizer_email,
        )
    clients: dict[str, SourceClient] = {}
    for position, attendee in enumerate(_as_list(event.get("ATTENDEE")), start=1):
        if _param(attendee, "CUTYPE").upper() in _NOT_PEOPLE:
            continue
        if _param(attendee, "ROLE").upper() in _NOT_CLIENT_ROLES:
            continue
        email = valid_email(_address(attendee))
        if email is None:
            problems.append(
                f"attendee {position} has no valid e-mail address and was left out"
            )
            continue
        if email == organizer_email or email in clients:
            continue
        first, last = split_name(_param(attendee, "CN"))
        clients[email] = SourceClient(
            external_id=email, first_name=first, last_name=last, email=email
        )
    return EventPeople(clinician, tuple(clients.values()), tuple(problems))
