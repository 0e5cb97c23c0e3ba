"""Reading one cell: dates (ISO, US month-first, UK day-first, month names), times (24-hour,
AM/PM, "p. m."), statuses and modalities in English and Spanish."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time

from frontdesk.domain.schedule import Modality
from frontdesk.domain.sync import SourceStatus

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$")
_NAMED = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%d-%b-%Y", "%a, %b %d, %Y",
          "%A, %B %d, %Y")
_CLOCK = re.compile(r"^(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?(am|pm)?$")
_DATE_AND_TIME = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
                            r"(?:T|\s+)(\d{1,2}(?::\d{2})?.*)$")

STATUS_WORDS: dict[SourceStatus, set[str]] = {
    SourceStatus.BOOKED: {"", "booked", "scheduled", "confirmed", "pending", "unconfirmed",
                          "rescheduled", "programada", "programado", "confirmada",
                          "confirmado", "reservada", "agendada", "pendiente"},
    SourceStatus.CANCELLED: {"cancelled", "canceled", "late canceled", "late cancelled",
                             "late cancel", "clinician canceled", "clinician cancelled",
                             "cancelada", "cancelado", "anulada", "cancelación tardía",
                             "cancelacion tardia"},
    SourceStatus.NO_SHOW: {"no show", "no-show", "noshow", "did not attend", "dna",
                           "missed", "no asistió", "no asistio", "no se presentó",
                           "no se presento", "ausente", "falta"},
    SourceStatus.ARRIVED: {"arrived", "show", "showed", "attended", "checked in",
                           "checked-in", "completed", "complete", "fulfilled", "seen",
                           "asistió", "asistio", "llegó", "llego", "atendida", "atendido",
                           "completada"},
}
STATUS_NAMES = {"booked": SourceStatus.BOOKED, "cancelled": SourceStatus.CANCELLED,
                "no-show": SourceStatus.NO_SHOW, "arrived": SourceStatus.ARRIVED}
MODALITY_WORDS: dict[Modality, set[str]] = {
    Modality.TELEHEALTH: {"telehealth", "video", "virtual", "online", "remote",
                          "tele", "telemedicine", "telemedicina", "videollamada", "en línea",
                          "en linea", "telesalud", "zoom", "phone", "telephone", "teléfono",
                          "telefono"},
    Modality.IN_PERSON: {"in person", "in-person", "office", "in office", "clinic",
                         "presencial", "en persona", "consultorio", "oficina"},
}


def word(text: str) -> str:
    return " ".join(text.casefold().split())


def split_date_time(cell: str) -> tuple[str, str]:
    """"2026-03-09T09:00", "03/09/2026 9:00 AM" → the date part and the time part."""
    match = _DATE_AND_TIME.match(cell.strip())
    return (match.group(1).strip(), match.group(2).strip()) if match else (cell.strip(), "")


def date_order(cells: Iterable[str]) -> str | None:
    """For numeric dates: "us" or "uk" when some date settles it and none contradicts,
    "ambiguous" when none settles it, "mixed" when they contradict; None: no numeric dates."""
    month_first = day_first = seen = False
    for cell in cells:
        match = _NUMERIC.match(cell)
        if not match:
            continue
        seen = True
        a, b = int(match.group(1)), int(match.group(2))
        month_first |= b > 12 and a <= 12
        day_first |= a > 12 and b <= 12
    if not seen:
        return None
    if month_first and day_first:
        return "mixed"
    return "us" if month_first else "uk" if day_first else "ambiguous"


def parse_date(cell: str, order: str) -> date:
    """`order`: "us" or "uk" for numeric dates ("iso" refuses them); ValueError in words."""
    try:
        return _date(cell.strip(), order)
    except ValueError as error:
        if "FrontDesk" in str(error) or "format" in str(error):
            raise
        raise ValueError("the date is not a real day") from None


def _date(text: str, order: str) -> date:
    if match := _ISO.match(text):
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _NUMERIC.match(text):
        if order not in ("us", "uk"):
            raise ValueError("the date is not in the mapping's date format")
        a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        year += 2000 if year < 100 else 0
        month, day = (a, b) if order == "us" else (b, a)
        return date(year, month, day)
    for pattern in _NAMED:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError("the date is not one FrontDesk can read")


def parse_time(cell: str, pattern: str = "auto") -> time:
    if pattern != "auto":
        return datetime.strptime(cell.strip(), pattern).time()
    text = re.sub(r"[\s.]", "", cell.casefold())
    match = _CLOCK.match(text)
    if not match or (match.group(2) is None and match.group(4) is None):
        raise ValueError("the time is not one FrontDesk can read")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = match.group(4)
    if half:
        if not 1 <= hour <= 12:
            raise ValueError("the time is not one FrontDesk can read")
        hour = hour % 12 + (12 if half == "pm" else 0)
    return time(hour, minute)


def parse_status(cell: str, own: Mapping[str, str]) -> SourceStatus:
    text = word(cell)
    if text in own:
        return STATUS_NAMES[own[text]]
    for status, words in STATUS_WORDS.items():
        if text in words:
            return status
    raise ValueError(f"the status “{cell[:40]}” is not one FrontDesk knows (it reads "
                     "booked, cancelled, no-show and arrived, and their usual names); add "
                     "it to the mapping's status_words")


def parse_modality(cell: str) -> Modality | None:
    text = word(cell)
    for modality, words in MODALITY_WORDS.items():
        if text in words:
            return modality
    return None
