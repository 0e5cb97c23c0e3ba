"""Plain data handed to the UI: frozen dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from frontdesk.domain import (
    Attendance,
    Channel,
    Confirmation,
    ConsentStatus,
    Frequency,
    Language,
    Modality,
    PhoneKind,
)
from frontdesk.domain.access import Role


@dataclass(frozen=True)
class PracticeInfo:
    name: str
    phone: str
    address: str
    timezone: str
    region: str
    late_cancel_hours: int
    day_start_hour: int = 7
    day_end_hour: int = 21
    oncall_mobile: str = ""  # texted (never the words) when a crisis message comes in
    crisis_reply_hours: int = 12  # the crisis-resources reply goes at most this often
    screen_privacy: bool = True  # always-visible surfaces show no message words (see
    # services/inbox/privacy.py)


@dataclass(frozen=True)
class ClinicianInfo:
    id: int
    full_name: str
    display_name: str
    active: bool = True
    reengage_weeks: int = 0  # check in with a client this long without a session; 0: never


@dataclass(frozen=True)
class AppointmentTypeInfo:
    id: int
    name: str
    duration_minutes: int
    default_modality: Modality
    is_group: bool = False
    active: bool = True


@dataclass(frozen=True)
class ConsentInfo:
    channel: Channel
    status: ConsentStatus
    given_at: datetime | None = None
    method: str = ""
    recorded_by: str = ""
    opted_out_at: datetime | None = None


@dataclass(frozen=True)
class ClientInput:
    """What staff typed to create or edit a client (raw text; the service validates)."""

    first_name: str
    last_name: str
    preferred_name: str = ""
    mobile: str = ""
    mobile_is_landline: bool | None = None  # staff's knowledge when the number can't tell
    email: str = ""
    whatsapp: str = ""
    preferred_channel: Channel = Channel.SMS
    language: Language = Language.ENGLISH
    timezone: str = ""
    shared_phone: bool = False
    notes: str = ""


@dataclass(frozen=True)
class ClientSummary:
    id: int
    display_name: str  # preferred (or first) name + last name
    first_name: str
    last_name: str
    preferred_name: str
    mobile: str | None
    email: str | None
    preferred_channel: Channel
    shared_phone: bool


@dataclass(frozen=True)
class ClientDetail:
    id: int
    first_name: str
    last_name: str
    preferred_name: str
    mobile: str | None
    mobile_kind: PhoneKind
    email: str | None
    whatsapp: str | None
    preferred_channel: Channel
    language: Language
    timezone: str | None
    shared_phone: bool
    notes: str
    consents: tuple[ConsentInfo, ...] = ()

    @property
    def display_name(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ScheduleRow:
    """One client's place in one session, as the day view shows it."""

    appointment_id: int
    client_id: int
    start: datetime  # aware, in the practice's time zone
    end: datetime
    client_name: str
    clinician_id: int
    clinician_name: str
    type_name: str
    modality: Modality
    confirmation: Confirmation
    attendance: Attendance
    group_size: int = 1
    in_series: bool = False
    has_link: bool = False
    location: str = ""
    notes: str = ""
    last_message: str = ""  # filled by the reminders issue
    flags: tuple[str, ...] = ()  # reply flags, filled by the replies issue


@dataclass(frozen=True)
class AttendeeInfo:
    client_id: int
    client_name: str
    confirmation: Confirmation
    attendance: Attendance


@dataclass(frozen=True)
class AppointmentDetail:
    id: int
    clinician_id: int
    type_id: int
    start: datetime  # aware, practice time zone
    end: datetime
    modality: Modality
    telehealth_link: str
    location: str
    notes: str
    series_id: int | None
    attendees: tuple[AttendeeInfo, ...]
    cancelled: bool


@dataclass(frozen=True)
class BookingRequest:
    client_ids: tuple[int, ...]
    clinician_id: int
    type_id: int
    start: datetime  # aware
    modality: Modality | None = None  # None: the type's default
    duration_minutes: int | None = None  # None: the type's duration
    telehealth_link: str = ""
    location: str = ""
    notes: str = ""
    repeat: Frequency | None = None
    occurrences: int = 1


@dataclass(frozen=True)
class AppointmentEdit:
    """Fields to change on an appointment; None leaves a field as it is."""

    clinician_id: int | None = None
    type_id: int | None = None
    modality: Modality | None = None
    duration_minutes: int | None = None
    telehealth_link: str | None = None
    location: str | None = None
    notes: str | None = None
    add_client_ids: tuple[int, ...] = ()
    remove_client_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Clash:
    appointment_id: int
    start: datetime
    end: datetime
    clinician_name: str


@dataclass(frozen=True)
class AccountInfo:
    """A staff account as the screens see it (never its PIN hash)."""

    id: int
    name: str
    role: Role
    clinician_id: int | None
    active: bool
    locked_out: bool  # too many wrong PINs: the owner resets the PIN
    must_change_pin: bool  # the owner set it: the person chooses their own at sign-in
    last_sign_in_at: datetime | None
