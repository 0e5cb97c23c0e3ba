"""FHIR R4 Appointments as FrontDesk records, and validation failures as SyncProblems.

Resources are checked with the `fhir.resources.R4B` models (the package's default models are
R5 and reject R4 Appointments). A resource that fails is reported by its id and the failing
field's path, never by its values.

The session's video link. R4 has no `virtualService`, so the link is looked for, in order:
1. an extension whose url names a virtual service or telehealth (the R5 cross-version
   extension `extension-Appointment.virtualService` among them), at any depth, holding an
   https address;
2. `supportingInformation[].display`, then `comment`, `description` and `patientInstruction`:
   the first https address there whose host is a known video service (VIDEO_HOSTS).
Free text is never searched for other addresses: a link to a form or a map is not a session.
An appointment with a link is telehealth; one whose service or appointment type says
telehealth, video or virtual is telehealth without a link; otherwise the modality is left
unsaid (None).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from frontdesk.domain import Modality
from frontdesk.domain.sync import SourceAppointment, SourceStatus, SyncProblem
from frontdesk.sync.fhir.client import split_reference

if TYPE_CHECKING:
    from fhir.resources.R4B.appointment import Appointment
    from fhir.resources.R4B.codeableconcept import CodeableConcept
    from fhir.resources.R4B.extension import Extension
    from fhir.resources.R4B.resource import Resource

STATUSES = {
    "proposed": SourceStatus.BOOKED,
    "pending": SourceStatus.BOOKED,
    "booked": SourceStatus.BOOKED,
    "checked-in": SourceStatus.BOOKED,
    "waitlist": SourceStatus.BOOKED,
    "arrived": SourceStatus.ARRIVED,
    "fulfilled": SourceStatus.ARRIVED,
    "noshow": SourceStatus.NO_SHOW,
    "cancelled": SourceStatus.CANCELLED,
    "entered-in-error": SourceStatus.ERROR,
}
VIDEO_HOSTS = ("zoom.us", "meet.google.com", "teams.microsoft.com", "teams.live.com",
               "webex.com", "doxy.me", "whereby.com", "vsee.me", "vsee.com",
               "video.simplepractice.com", "meet.jit.si", "gotomeeting.com", "chime.aws")
VIRTUAL_EXTENSION_WORDS = ("virtualservice", "virtual-service", "telehealth", "telemedicine",
                           "videoconference", "video-link", "meeting-url")
TELEHEALTH_TYPE_WORDS = ("telehealth", "telemedicine", "video", "virtual", "telepsych",
                         "telesalud", "videollamada")
ATTENDING = {"ATND", "PPRF", "SPRF", "PART"}
URL_PATTERN = re.compile(r"https://[^\s<>\"')\]]+")


def label(resource_type: str, raw: Any) -> str:
    """"Appointment/77", or the type alone when the resource has no usable id."""
    rid = raw.get("id") if isinstance(raw, dict) else None
    return f"{resource_type}/{rid}" if isinstance(rid, str) and rid else f"{resource_type} (no id)"


def _field_path(location: Iterable[int | str]) -> str:
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "the resource"


def validation_problem(where: str, error: ValidationError) -> SyncProblem:
    """The failing fields by path, with the validator's words minus anything it quoted."""
    details = []
    for item in error.errors()[:3]:
        words = str(item.get("msg", "is not valid")).removeprefix("Value error, ")
        quoted = item.get("input")
        if isinstance(quoted, str) and quoted and quoted in words:
            words = "has a value that is not valid"
        if "'" in words or '"' in words or "“" in words:
            words = f"is not valid ({item.get('type', 'value')})"
        details.append(f"{_field_path(item.get('loc', ()))}: {words}")
    more = len(error.errors()) - len(details)
    suffix = f" (and {more} more)" if more > 0 else ""
    return SyncProblem(where, "not valid FHIR R4: " + "; ".join(details) + suffix)


def parse(model: type[Resource], resource_type: str, raw: Any) -> Any:
    """The validated model, or a SyncProblem saying which field failed."""
    where = label(resource_type, raw)
    if not isinstance(raw, dict) or raw.get("resourceType") != resource_type:
        return SyncProblem(where, f"not a {resource_type} resource")
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        return validation_problem(where, error)


def concept_name(concepts: Iterable[CodeableConcept | None]) -> str:
    """The first text, else the first coding display, else the first code."""
    present = [c for c in concepts if c is not None]
    for concept in present:
        if concept.text:
            return str(concept.text)
    for concept in present:
        for coding in concept.coding or []:
            if coding.display:
                return str(coding.display)
    for concept in present:
        for coding in concept.coding or []:
            if coding.code:
                return str(coding.code)
    return ""


def _video_address(text: str | None) -> str:
    for match in URL_PATTERN.finditer(text or ""):
        url = match.group(0).rstrip(".,;:")
        host = url.removeprefix("https://").split("/", 1)[0].split(":", 1)[0].lower()
        if any(host == h or host.endswith("." + h) for h in VIDEO_HOSTS):
            return url
    return ""


def _extensions(extensions: Iterable[Extension] | None) -> Iterator[Extension]:
    for extension in extensions or []:
        yield extension
        yield from _extensions(extension.extension)


def _extension_address(appointment: Appointment) -> str:
    for outer in appointment.extension or []:
        if not any(w in str(outer.url or "").lower() for w in VIRTUAL_EXTENSION_WORDS):
            continue
        for extension in _extensions([outer]):
            for value in (extension.valueUrl, extension.valueUri, extension.valueString):
                if isinstance(value, str) and value.startswith("https://"):
                    return value.strip()
    return ""


def telehealth_link(appointment: Appointment) -> str:
    """The session's own video link, by the rule in this module's docstring."""
    found = _extension_address(appointment)
    if found:
        return found
    texts = [ref.display for ref in appointment.supportingInformation or []]
    texts += [appointment.comment, appointment.description, appointment.patientInstruction]
    for text in texts:
        found = _video_address(text)
        if found:
            return found
    return ""


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:  # the models refuse instants without an offset; kept as a guard
        raise ValueError("a time without an offset")
    return moment.astimezone(UTC)


def appointment_record(raw: Any, base_url: str = "") -> SourceAppointment | SyncProblem:
    """One Appointment as a SourceAppointment, or the reason it was skipped."""
    from fhir.resources.R4B.appointment import Appointment

    parsed = parse(Appointment, "Appointment", raw)
    if isinstance(parsed, SyncProblem):
        return parsed
    appointment: Appointment = parsed
    where = label("Appointment", raw)
    if not appointment.id:
        return SyncProblem(where, "has no id, so it could not be kept apart from others")
    status = STATUSES.get(str(appointment.status or ""))
    if status is None:
        return SyncProblem(where, "status is missing or not an R4 appointment status")
    if appointment.start is None or appointment.end is None:
        return SyncProblem(where, "has no start or end time (a request not yet scheduled)")
    start, end = _utc(appointment.start), _utc(appointment.end)
    if end < start:
        return SyncProblem(where, "ends before it starts")

    clients: list[str] = []
    clinicians: list[tuple[bool, str]] = []
    location = ""
    for participant in appointment.participant or []:
        actor = participant.actor
        target = split_reference(str(actor.reference or ""), base_url) if actor else None
        if actor is None or target is None:
            continue
        kind, rid = target
        if kind == "Patient" and rid not in clients:
            clients.append(rid)
        elif kind == "Practitioner":
            roles = {str(c.code) for t in participant.type or [] for c in t.coding or []}
            clinicians.append((bool(roles & ATTENDING), rid))
        elif kind == "Location" and not location:
            location = str(actor.display or "")
    attending = [rid for lead, rid in clinicians if lead] or [rid for _, rid in clinicians]

    type_name = concept_name([*(appointment.serviceType or []), appointment.appointmentType])
    link = telehealth_link(appointment)
    modality: Modality | None = None
    if link or any(w in type_name.lower() for w in TELEHEALTH_TYPE_WORDS):
        modality = Modality.TELEHEALTH
    meta = appointment.meta
    return SourceAppointment(
        external_id=str(appointment.id),
        start=start,
        end=end,
        status=status,
        clinician_id=attending[0] if attending else None,
        client_ids=tuple(clients),
        type_name=type_name,
        modality=modality,
        telehealth_link=link,
        location=location,
        cancel_reason=concept_name([appointment.cancelationReason]),
        version=str(meta.versionId) if meta and meta.versionId else "",
        updated_at=_utc(meta.lastUpdated) if meta and meta.lastUpdated else None,
    )
