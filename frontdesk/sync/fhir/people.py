"""FHIR Patients and Practitioners as FrontDesk's clients and clinicians.

A client's name is the official one (else the usual one, else the first that is not old or
maiden): first given name and family. A `usual` name or nickname whose given name differs
becomes the preferred name. The mobile is a phone the record marks `mobile`, else any other
current phone whose numbering plan says mobile (or "fixed line or mobile", as in the US), in
E.164; when none fits, `phone_problem` says why in words. Language: the preferred
communication first, then the others; English and Spanish are recognised by code or name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontdesk.domain import Language
from frontdesk.domain.sync import SourceClient, SourceClinician, SyncProblem
from frontdesk.sync.fhir.mapping import label, parse

if TYPE_CHECKING:
    from fhir.resources.R4B.contactpoint import ContactPoint
    from fhir.resources.R4B.humanname import HumanName
    from fhir.resources.R4B.patient import Patient

LANGUAGE_NAMES = {"english": Language.ENGLISH, "inglés": Language.ENGLISH,
                  "ingles": Language.ENGLISH, "spanish": Language.SPANISH,
                  "español": Language.SPANISH, "espanol": Language.SPANISH,
                  "castellano": Language.SPANISH}
PAST_USES = {"old", "maiden", "temp"}


def _main_name(names: list[HumanName]) -> HumanName | None:
    current = [n for n in names if str(n.use or "") not in PAST_USES] or names
    for use in ("official", "usual"):
        for name in current:
            if name.use == use:
                return name
    return current[0] if current else None


def _given_and_family(name: HumanName) -> tuple[str, str]:
    given = [str(g).strip() for g in name.given or [] if str(g).strip()]
    family = str(name.family or "").strip()
    if given or family:
        return (given[0] if given else ""), family
    words = str(name.text or "").split()
    if not words:
        return "", ""
    return words[0], " ".join(words[1:])


def _preferred(names: list[HumanName], main: HumanName, first: str) -> str:
    for name in names:
        if name is main or str(name.use or "") not in ("usual", "nickname"):
            continue
        given, _ = _given_and_family(name)
        if given and given != first:
            return given
    return ""


def _current(point: ContactPoint) -> bool:
    return str(point.use or "") != "old" and not (point.period and point.period.end)


def _ranked(points: list[ContactPoint]) -> list[ContactPoint]:
    return sorted(points, key=lambda p: int(p.rank) if p.rank is not None else 1_000_000)


def mobile_number(points: list[ContactPoint], region: str) -> tuple[str | None, str]:
    """(E.164 mobile, "") or (None, why no number was used), from a Patient's telecom."""
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberType

    phones = [p for p in _ranked(points)
              if p.system == "phone" and p.value and _current(p)]
    if not phones:
        return None, "the EHR has no current phone number for this client"
    marked = [p for p in phones if p.use == "mobile"]
    others = [p for p in phones if p.use != "mobile"]
    unreadable = landline = False
    for point, trusted in [*((p, True) for p in marked), *((p, False) for p in others)]:
        try:
            number = phonenumbers.parse(str(point.value), region)
        except NumberParseException:
            unreadable = True
            continue
        if not phonenumbers.is_valid_number(number):
            unreadable = True
            continue
        kind = phonenumbers.number_type(number)
        mobile_kinds = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
        if kind in mobile_kinds or (trusted and kind != PhoneNumberType.FIXED_LINE):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), ""
        landline = True
    if landline and not unreadable:
        return None, "the EHR's phone numbers for this client are landlines, not mobiles"
    if landline:
        return None, ("the EHR's phone numbers for this client are landlines or could not be "
                      f"read as numbers (default region {region})")
    return None, (f"the EHR's phone number for this client could not be read as a number "
                  f"(default region {region}); it may lack its country code")


def email_address(points: list[ContactPoint]) -> str | None:
    """The first current email the validator accepts, normalised."""
    from email_validator import EmailNotValidError, validate_email

    for point in _ranked(points):
        if point.system != "email" or not point.value or not _current(point):
            continue
        try:
            return str(validate_email(str(point.value), check_deliverability=False).normalized)
        except EmailNotValidError:
            continue
    return None


def language(patient: Patient) -> Language | None:
    """English or Spanish from `communication`, the preferred language first."""
    entries = sorted(patient.communication or [], key=lambda c: not c.preferred)
    for entry in entries:
        concept = entry.language
        for coding in concept.coding or []:
            code = str(coding.code or "").lower().split("-")[0]
            if code in ("en", "es"):
                return Language(code)
        for text in [concept.text, *(c.display for c in concept.coding or [])]:
            found = LANGUAGE_NAMES.get(str(text or "").strip().lower())
            if found is not None:
                return found
    return None


def client_record(raw: Any, region: str = "US") -> SourceClient | SyncProblem:
    """A Patient as a SourceClient; `region` reads numbers written without a country code."""
    from fhir.resources.R4B.patient import Patient

    parsed = parse(Patient, "Patient", raw)
    if isinstance(parsed, SyncProblem):
        return parsed
    patient: Patient = parsed
    where = label("Patient", raw)
    if not patient.id:
        return SyncProblem(where, "has no id")
    names = list(patient.name or [])
    main = _main_name(names)
    first, last = _given_and_family(main) if main else ("", "")
    if not (first or last):
        return SyncProblem(where, "has no name")
    telecom = list(patient.telecom or [])
    mobile, problem = mobile_number(telecom, region)
    return SourceClient(
        external_id=str(patient.id),
        first_name=first,
        last_name=last,
        preferred_name=_preferred(names, main, first) if main else "",
        mobile=mobile,
        email=email_address(telecom),
        language=language(patient),
        phone_problem=problem,
    )


def clinician_record(raw: Any) -> SourceClinician | SyncProblem:
    """A Practitioner as a SourceClinician: the name's text, else prefix, given and family."""
    from fhir.resources.R4B.practitioner import Practitioner

    parsed = parse(Practitioner, "Practitioner", raw)
    if isinstance(parsed, SyncProblem):
        return parsed
    practitioner: Practitioner = parsed
    where = label("Practitioner", raw)
    if not practitioner.id:
        return SyncProblem(where, "has no id")
    name = _main_name(list(practitioner.name or []))
    if name is None:
        return SyncProblem(where, "has no name")
    written = str(name.text or "").strip()
    if not written:
        parts = [*(name.prefix or []), *(name.given or []), name.family or ""]
        written = " ".join(str(p).strip() for p in parts if str(p).strip())
    if not written:
        return SyncProblem(where, "has no name")
    return SourceClinician(external_id=str(practitioner.id), name=written)
