"""Practice settings, clinicians and appointment types."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Modality
from frontdesk.models import AppointmentType, Clinician, PracticeSettings
from frontdesk.services import audit
from frontdesk.services.contacts import format_phone, parse_phone, parse_timezone
from frontdesk.services.dto import AppointmentTypeInfo, ClinicianInfo, PracticeInfo
from frontdesk.services.errors import NotFoundError, ValidationError


def load_settings(session: Session) -> PracticeSettings:
    settings = session.get(PracticeSettings, 1)
    if settings is None:
        settings = PracticeSettings(id=1)
        session.add(settings)
        session.flush()
    return settings


def practice_info(s: PracticeSettings) -> PracticeInfo:
    return PracticeInfo(
        name=s.name, phone=format_phone(s.phone, s.region), address=s.address,
        timezone=s.timezone, region=s.region, late_cancel_hours=s.late_cancel_hours,
        day_start_hour=s.day_start_hour, day_end_hour=s.day_end_hour,
        oncall_mobile=format_phone(s.oncall_mobile, s.region),
        crisis_reply_hours=s.crisis_reply_hours, screen_privacy=bool(s.screen_privacy),
    )


def clinician_info(c: Clinician) -> ClinicianInfo:
    return ClinicianInfo(c.id, c.full_name, c.display_name, c.active, c.reengage_weeks or 0)


def type_info(t: AppointmentType) -> AppointmentTypeInfo:
    return AppointmentTypeInfo(t.id, t.name, t.duration_minutes, t.default_modality,
                               t.is_group, t.active)


class PracticeService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock

    def settings(self) -> PracticeInfo:
        """A read (it does not wait for a writer); only the very first time, before the
        row exists, a write that creates it."""
        with self.sessions() as s:
            row = s.get(PracticeSettings, 1)
            if row is not None:
                return practice_info(row)
        with self.sessions.begin() as s:
            return practice_info(load_settings(s))

    def update_settings(self, info: PracticeInfo, actor: str) -> PracticeInfo:
        if not info.name.strip():
            raise ValidationError("name", "The practice needs a name.")
        tz = parse_timezone(info.timezone) or "America/New_York"
        if not 0 <= info.late_cancel_hours <= 168:
            raise ValidationError("late_cancel_hours",
                                  "The late-cancel window must be between 0 and 168 hours.")
        if not 0 <= info.day_start_hour < info.day_end_hour <= 24:
            raise ValidationError("day_start_hour", "The day must start before it ends.")
        if not 0 <= info.crisis_reply_hours <= 168:
            raise ValidationError("crisis_reply_hours",
                                  "The crisis reply window must be between 0 and 168 hours.")
        region = (info.region or "US").upper()
        parsed = parse_phone(info.phone, region, field="phone")
        oncall = parse_phone(info.oncall_mobile, region, field="oncall_mobile")
        with self.sessions.begin() as s:
            row = load_settings(s)
            row.name, row.address, row.timezone = info.name.strip(), info.address.strip(), tz
            row.region, row.phone = region, parsed[0] if parsed else ""
            row.late_cancel_hours = info.late_cancel_hours
            row.day_start_hour, row.day_end_hour = info.day_start_hour, info.day_end_hour
            row.oncall_mobile = oncall[0] if oncall else None
            row.crisis_reply_hours = info.crisis_reply_hours
            privacy = (f"screen_privacy={'on' if info.screen_privacy else 'off'}"
                       if bool(row.screen_privacy) != info.screen_privacy else "")
            row.screen_privacy = info.screen_privacy
            audit.record(s, self.clock, actor, "update", "practice_settings", 1, privacy)
            return practice_info(row)

    def clinicians(self, include_inactive: bool = False) -> list[ClinicianInfo]:
        with self.sessions() as s:
            q = select(Clinician).order_by(Clinician.display_name)
            if not include_inactive:
                q = q.where(Clinician.active.is_(True))
            return [clinician_info(c) for c in s.scalars(q)]

    def save_clinician(self, info: ClinicianInfo, actor: str) -> ClinicianInfo:
        """Create (id == 0) or update a clinician."""
        full = info.full_name.strip()
        if not full:
            raise ValidationError("full_name", "The clinician needs a name.")
        if not 0 <= info.reengage_weeks <= 104:
            raise ValidationError("reengage_weeks", "Between 0 (never) and 104 weeks.")
        shown = info.display_name.strip() or full
        with self.sessions.begin() as s:
            c = Clinician() if info.id == 0 else s.get(Clinician, info.id)
            if c is None:
                raise NotFoundError("That clinician no longer exists.")
            c.full_name, c.display_name, c.active = full, shown, info.active
            c.reengage_weeks = info.reengage_weeks or None
            s.add(c)
            s.flush()
            audit.record(s, self.clock, actor, "save", "clinician", c.id)
            return clinician_info(c)

    def appointment_types(self, include_inactive: bool = False) -> list[AppointmentTypeInfo]:
        with self.sessions() as s:
            q = select(AppointmentType).order_by(AppointmentType.name)
            if not include_inactive:
                q = q.where(AppointmentType.active.is_(True))
            return [type_info(t) for t in s.scalars(q)]

    def save_appointment_type(self, info: AppointmentTypeInfo, actor: str) -> AppointmentTypeInfo:
        name = info.name.strip()
        if not name:
            raise ValidationError("name", "The appointment type needs a name.")
        if not 5 <= info.duration_minutes <= 480:
            raise ValidationError("duration_minutes",
                                  "A session lasts between 5 minutes and 8 hours.")
        with self.sessions.begin() as s:
            t = AppointmentType() if info.id == 0 else s.get(AppointmentType, info.id)
            if t is None:
                raise NotFoundError("That appointment type no longer exists.")
            t.name, t.duration_minutes = name, info.duration_minutes
            t.default_modality = Modality(info.default_modality)
            t.is_group, t.active = info.is_group, info.active
            s.add(t)
            s.flush()
            audit.record(s, self.clock, actor, "save", "appointment_type", t.id)
            return type_info(t)

    def recovery_code(self, actor: str) -> str | None:
        """The recovery code, for an authorised user to write down again (audited)."""
        with self.sessions.begin() as s:
            audit.record(s, self.clock, actor, "show_recovery_code", "practice_settings", 1)
            return load_settings(s).recovery_code

    def store_recovery_code(self, code: str) -> None:
        with self.sessions.begin() as s:
            load_settings(s).recovery_code = code
