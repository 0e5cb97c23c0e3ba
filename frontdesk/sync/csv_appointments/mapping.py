"""Which column holds what in an appointments CSV, with the options for reading it, and a guess
from the headers (English and Spanish). Stored as a CSV source's settings (JSON)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from frontdesk.sync.errors import SyncError

DATE_FORMATS = ("auto", "iso", "us", "uk")
STATUS_VALUES = ("booked", "cancelled", "no-show", "arrived")


class Field(StrEnum):
    EXTERNAL_ID = "external_id"
    DATE = "date"
    START = "start_time"
    END = "end_time"
    DURATION = "duration"
    CLINICIAN = "clinician"
    CLIENT_ID = "client_id"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    MOBILE = "mobile"
    EMAIL = "email"
    TYPE = "type"
    MODALITY = "modality"
    VIDEO_LINK = "video_link"
    STATUS = "status"


@dataclass(frozen=True)
class Mapping:
    """FrontDesk field → the file's column header, and how to read the cells.

    `date_format`: "auto" (ISO, or numeric dates the file itself settles), "iso", "us"
    (month first) or "uk" (day first). `time_format`: "auto" (13:30, 1:30 PM, 1:30 p. m.) or a
    strptime pattern. `timezone`/`region`: empty for the practice's. `default_minutes`: the
    length when the file has neither an end nor a duration column. `status_words`: the file's
    own status words → one of STATUS_VALUES.
    """

    columns: MappingType[Field, str]
    date_format: str = "auto"
    time_format: str = "auto"
    timezone: str = ""
    region: str = ""
    default_minutes: int = 0
    status_words: MappingType[str, str] = field(default_factory=dict)

    def to_settings(self) -> dict[str, object]:
        return {"columns": {f.value: h for f, h in self.columns.items()},
                "date_format": self.date_format, "time_format": self.time_format,
                "timezone": self.timezone, "region": self.region,
                "default_minutes": self.default_minutes,
                "status_words": dict(self.status_words)}

    @classmethod
    def from_settings(cls, data: MappingType[str, object]) -> Mapping:
        """A mapping from its JSON form, checked; SyncError("config") says what is wrong."""
        raw_columns = data.get("columns", {})
        if not isinstance(raw_columns, dict):
            raise _bad("“columns” must map FrontDesk fields to the file's column names.")
        columns: dict[Field, str] = {}
        for name, header in raw_columns.items():
            if name not in Field.__members__.values():
                raise _bad(f"“{name}” is not a field FrontDesk imports. Fields: "
                           + ", ".join(f.value for f in Field) + ".")
            if not isinstance(header, str) or not header.strip():
                raise _bad(f"the column for “{name}” must be a column name from the file.")
            columns[Field(name)] = header.strip()
        words = data.get("status_words", {}) or {}
        if not isinstance(words, dict) or any(
                v not in STATUS_VALUES for v in words.values()):
            raise _bad("“status_words” must map the file's words to one of: "
                       + ", ".join(STATUS_VALUES) + ".")
        minutes = data.get("default_minutes", 0) or 0
        if not isinstance(minutes, int) or not 0 <= minutes <= 24 * 60:
            raise _bad("“default_minutes” must be a number of minutes (0 for none).")
        mapping = cls(columns, str(data.get("date_format") or "auto").lower(),
                      str(data.get("time_format") or "auto"),
                      str(data.get("timezone") or ""), str(data.get("region") or "").upper(),
                      minutes, {_word(str(k)): str(v) for k, v in words.items()})
        mapping.check()
        return mapping

    def check(self) -> None:
        used = set(self.columns)
        if Field.DATE not in used:
            raise _bad("choose the column with the appointment's date (“date”).")
        names = {Field.FIRST_NAME, Field.LAST_NAME} <= used or Field.FULL_NAME in used
        if not names:
            raise _bad("choose the client's name: “full_name”, or “first_name” and "
                       "“last_name”.")
        if not ({Field.END, Field.DURATION} & used) and not self.default_minutes:
            raise _bad("say how long sessions are: an “end_time” or “duration” column, or "
                       "“default_minutes”.")
        if self.date_format not in DATE_FORMATS:
            raise _bad(f"“date_format” must be one of: {', '.join(DATE_FORMATS)}.")
        if self.timezone:
            try:
                ZoneInfo(self.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                raise _bad(f"“{self.timezone[:60]}” is not a time zone name (for example "
                           "America/New_York).") from None
        if self.region and not re.fullmatch(r"[A-Z]{2}", self.region):
            raise _bad("“region” must be a two-letter country code (US, ES, MX).")

    def missing_columns(self, headers: tuple[str, ...]) -> list[str]:
        present = {_word(h) for h in headers}
        return [h for h in self.columns.values() if _word(h) not in present]


def _bad(what: str) -> SyncError:
    return SyncError("config", f"The column mapping cannot be used: {what}")


def _word(text: str) -> str:
    return " ".join(text.casefold().split())


def normalise(header: str) -> str:
    text = unicodedata.normalize("NFKD", header.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", text)


EXACT: dict[Field, set[str]] = {
    Field.EXTERNAL_ID: {"id", "appointmentid", "apptid", "bookingid", "eventid", "visitid",
                        "idcita", "citaid", "iddecita", "appointmentnumber"},
    Field.DATE: {"date", "appointmentdate", "apptdate", "fecha", "fechadelacita", "fechacita",
                 "dateofservice", "servicedate", "dos", "day", "dia"},
    Field.START: {"start", "starttime", "time", "hora", "horadeinicio", "horainicio",
                  "inicio", "from", "appointmenttime", "appttime", "begins"},
    Field.END: {"end", "endtime", "horafin", "horadefin", "horafinal", "fin", "to", "ends"},
    Field.DURATION: {"duration", "length", "minutes", "mins", "duracion", "durationminutes",
                     "durationmin", "lengthminutes", "duracionmin", "duracionminutos",
                     "minutos"},
    Field.CLINICIAN: {"provider", "clinician", "therapist", "terapeuta", "practitioner",
                      "counselor", "counsellor", "staff", "profesional", "psicologo",
                      "psicologa", "providername", "clinicianname", "therapistname",
                      "renderingprovider"},
    Field.CLIENT_ID: {"clientid", "patientid", "idcliente", "idpaciente", "mrn",
                      "chartnumber", "clientnumber", "patientnumber"},
    Field.FULL_NAME: {"client", "clientname", "patient", "patientname", "cliente", "paciente",
                      "name", "fullname", "nombrecompleto", "nombredelcliente",
                      "nombredelpaciente"},
    Field.FIRST_NAME: {"firstname", "clientfirstname", "patientfirstname", "first",
                       "nombre", "givenname"},
    Field.LAST_NAME: {"lastname", "clientlastname", "patientlastname", "last", "apellido",
                      "apellidos", "surname"},
    Field.MOBILE: {"mobile", "phone", "cell", "celular", "telefono", "movil", "mobilephone",
                   "cellphone", "phonenumber", "clientphone", "clientmobile", "tel"},
    Field.EMAIL: {"email", "correo", "correoelectronico", "emailaddress", "clientemail",
                  "mail"},
    Field.TYPE: {"type", "service", "appointmenttype", "servicetype", "servicio", "tipo",
                 "tipodecita", "visittype", "sessiontype"},
    Field.MODALITY: {"modality", "modalidad", "setting", "format", "visitformat",
                     "locationtype", "mode"},
    Field.VIDEO_LINK: {"videolink", "telehealthlink", "link", "meetinglink", "zoomlink",
                       "enlace", "enlacedevideo", "url", "joinurl", "videourl"},
    Field.STATUS: {"status", "estado", "appointmentstatus", "attendance", "asistencia",
                   "apptstatus"},
}
# Words a header may contain, tried in this order when no exact name matched.
CONTAINS: list[tuple[Field, tuple[str, ...]]] = [
    (Field.CLINICIAN, ("provider", "clinician", "therapist", "terapeuta", "practitioner",
                       "counsel", "profesional", "psicolog")),
    (Field.EMAIL, ("email", "correo")),
    (Field.MOBILE, ("mobile", "phone", "cell", "celular", "telefono", "movil")),
    (Field.FIRST_NAME, ("firstname", "nombre")),
    (Field.LAST_NAME, ("lastname", "apellido", "surname")),
    (Field.STATUS, ("status", "estado")),
    (Field.DURATION, ("duration", "duracion", "minutes", "minutos")),
    (Field.DATE, ("date", "fecha")),
    (Field.START, ("start", "inicio", "hora", "time")),
    (Field.END, ("end", "fin")),
    (Field.VIDEO_LINK, ("video", "link", "enlace", "zoom")),
    (Field.MODALITY, ("modality", "modalidad")),
    (Field.TYPE, ("type", "service", "servicio", "tipo")),
    (Field.FULL_NAME, ("client", "patient", "cliente", "paciente")),
]


def _guess_one(name: str) -> Field | None:
    for f, names in EXACT.items():
        if name in names:
            return f
    for f, words in CONTAINS:
        if any(w in name for w in words):
            return f
    return None


def guess_mapping(headers: tuple[str, ...]) -> Mapping:
    """A suggestion: each field at most once, from the first column that looks like it; the
    date format left to the file ("auto")."""
    columns: dict[Field, str] = {}
    for header in headers:
        f = _guess_one(normalise(header))
        if f is not None and f not in columns:
            columns[f] = header
    if Field.FULL_NAME in columns and {Field.FIRST_NAME, Field.LAST_NAME} <= columns.keys():
        del columns[Field.FULL_NAME]
    elif Field.FULL_NAME in columns:
        columns.pop(Field.FIRST_NAME, None)
        columns.pop(Field.LAST_NAME, None)
    if Field.END in columns and Field.DURATION in columns:
        del columns[Field.DURATION]
    default = 0 if {Field.END, Field.DURATION} & columns.keys() else 50
    return Mapping(columns, default_minutes=default)
