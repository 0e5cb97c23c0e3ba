"""One data row of an appointments CSV in FrontDesk's words, or the reasons it cannot be.

Row problems never quote a phone number or an e-mail address; a status or a date may be
quoted (they are the file's words, not a client's details)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import phonenumbers

from frontdesk.domain.schedule import Modality
from frontdesk.domain.sync import SourceAppointment, SourceClient, SourceClinician
from frontdesk.sync.csv_appointments.cells import (
    parse_date,
    parse_modality,
    parse_status,
    parse_time,
    split_date_time,
    word,
)
from frontdesk.sync.csv_appointments.mapping import Field, Mapping
from frontdesk.sync.ical.people import split_name, valid_email

Get = Callable[[Field], str]
_MINUTES = re.compile(r"^(\d{1,4})(?:[.,]0+)?\s*(?:m|min|mins|minutes|minutos)?\.?$")


class RowProblems(Exception):
    """The row cannot be imported; `reasons` in words."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons


@dataclass(frozen=True)
class RowRecords:
    appointment: SourceAppointment
    client: SourceClient
    clinician: SourceClinician | None
    notes: tuple[str, ...]  # imported, but something in it was not used


def derived_id(day: date, start: time, client_key: str, clinician_key: str) -> str:
    """The id of a row without one: its slot, client and clinician, hashed (so no name is
    stored in it). The same row in the next export has the same id."""
    text = f"{day.isoformat()}|{start:%H:%M}|{client_key}|{clinician_key}"
    return "csv-" + hashlib.sha256(text.encode()).hexdigest()[:24]


class RowReader:
    def __init__(self, headers: tuple[str, ...], mapping: Mapping, date_order: str,
                 zone: ZoneInfo, region: str) -> None:
        index = {word(h): i for i, h in reversed(list(enumerate(headers)))}
        self.columns = {f: index[word(h)] for f, h in mapping.columns.items()}
        self.mapping, self.order, self.zone, self.region = mapping, date_order, zone, region

    def cell(self, cells: tuple[str, ...], f: Field) -> str:
        i = self.columns.get(f)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def read(self, cells: tuple[str, ...]) -> RowRecords:
        def get(f: Field) -> str:
            return self.cell(cells, f)

        problems: list[str] = []
        notes: list[str] = []
        start, end, day, clock = self._times(get, problems)
        status = None
        try:
            status = parse_status(get(Field.STATUS), self.mapping.status_words)
        except ValueError as error:
            problems.append(str(error))
        first, last = get(Field.FIRST_NAME), get(Field.LAST_NAME)
        if not (first or last) and get(Field.FULL_NAME):
            first, last = split_name(get(Field.FULL_NAME))
        if not (first or last):
            problems.append("no client name")
        if problems or start is None or end is None or status is None:
            raise RowProblems(problems)
        assert day is not None and clock is not None
        mobile, phone_problem = self._mobile(get(Field.MOBILE))
        if phone_problem:
            notes.append(f"the mobile number {phone_problem}; the session was imported "
                         "without it")
        email = valid_email(get(Field.EMAIL)) if get(Field.EMAIL) else None
        if get(Field.EMAIL) and email is None:
            notes.append("the email address is not a valid address; the session was "
                         "imported without it")
        name_key = word(f"{first} {last}")
        client_key = (f"id:{get(Field.CLIENT_ID)}" if get(Field.CLIENT_ID)
                      else f"{name_key}|{email or mobile or ''}")
        client_id = "client-" + hashlib.sha256(client_key.encode()).hexdigest()[:24]
        client = SourceClient(client_id, first, last, mobile=mobile, email=email,
                              phone_problem=phone_problem)
        clinician_name = " ".join(get(Field.CLINICIAN).split())
        clinician = (SourceClinician("clinician:" + word(clinician_name)[:150], clinician_name)
                     if clinician_name else None)
        link = get(Field.VIDEO_LINK)
        if link and not link.lower().startswith("https://"):
            notes.append("the video link is not an https:// address; it was not used")
            link = ""
        modality = parse_modality(get(Field.MODALITY)) if get(Field.MODALITY) else None
        if modality is None and link:
            modality = Modality.TELEHEALTH
        external = get(Field.EXTERNAL_ID) or derived_id(
            day, clock, client_key, clinician.external_id if clinician else "")
        appointment = SourceAppointment(
            external[:200], start, end, status,
            clinician.external_id if clinician else None, (client_id,),
            type_name=get(Field.TYPE)[:120], modality=modality, telehealth_link=link[:500])
        return RowRecords(appointment, client, clinician, tuple(notes))

    def _times(self, get: Get, problems: list[str]
               ) -> tuple[datetime | None, datetime | None, date | None, time | None]:
        date_text, inline_time = split_date_time(get(Field.DATE))
        day = start_clock = None
        if not date_text:
            problems.append("no date")
        else:
            try:
                day = parse_date(date_text, self.order)
            except ValueError as error:
                problems.append(f"{error} (“{date_text[:30]}”)")
        start_text = get(Field.START) or inline_time
        if not start_text:
            problems.append("no start time")
        else:
            try:
                start_clock = parse_time(split_date_time(start_text)[1] or start_text,
                                         self.mapping.time_format)
            except ValueError:
                problems.append(f"the start time “{start_text[:30]}” is not one FrontDesk "
                                "can read")
        if day is None or start_clock is None:
            return None, None, day, start_clock
        start = self._instant(day, start_clock, problems)
        end = self._end(get, day, start, problems) if start is not None else None
        return start, end, day, start_clock

    def _instant(self, day: date, clock: time, problems: list[str]) -> datetime | None:
        local = datetime.combine(day, clock, tzinfo=self.zone)
        instant = local.astimezone(UTC)
        if instant.astimezone(self.zone).replace(tzinfo=None) != local.replace(tzinfo=None):
            problems.append(f"{clock:%H:%M} does not exist on {day.isoformat()} (the clocks "
                            "went forward)")
            return None
        return instant

    def _end(self, get: Get, day: date, start: datetime, problems: list[str]) -> datetime | None:
        end_text, minutes_text = get(Field.END), get(Field.DURATION)
        if end_text:
            date_part, time_part = split_date_time(end_text)
            try:
                end_day = parse_date(date_part, self.order) if time_part else day
                end_clock = parse_time(time_part or end_text, self.mapping.time_format)
            except ValueError:
                problems.append(f"the end time “{end_text[:30]}” is not one FrontDesk can "
                                "read")
                return None
            end = self._instant(end_day, end_clock, problems)
        elif minutes_text:
            match = _MINUTES.match(minutes_text.casefold())
            if not match or not 0 < int(match.group(1)) <= 24 * 60:
                problems.append(f"the duration “{minutes_text[:30]}” is not a number of "
                                "minutes")
                return None
            end = start + timedelta(minutes=int(match.group(1)))
        elif self.mapping.default_minutes:
            end = start + timedelta(minutes=self.mapping.default_minutes)
        else:
            problems.append("no end time or duration")
            return None
        if end is not None and end <= start:
            problems.append("the session ends before it starts")
            return None
        return end

    def _mobile(self, raw: str) -> tuple[str | None, str]:
        """E.164, or why the number was not used (never the number itself)."""
        if not raw:
            return None, ""
        try:
            number = phonenumbers.parse(raw, self.region)
        except phonenumbers.NumberParseException:
            return None, "is not a phone number"
        if not phonenumbers.is_valid_number(number):
            return None, f"is not a valid number (read with country {self.region})"
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE:
            return None, "is a landline, which cannot receive texts"
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), ""
