"""Vocabularies shared by the models and the services (plain str enums)."""

from __future__ import annotations

from enum import StrEnum


class Modality(StrEnum):
    IN_PERSON = "in_person"
    TELEHEALTH = "telehealth"


class Confirmation(StrEnum):
    UNCONFIRMED = "unconfirmed"
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    RESCHEDULE_REQUESTED = "reschedule_requested"


class Attendance(StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    LATE_CANCELLED = "late_cancelled"

    @property
    def is_cancelled(self) -> bool:
        return self in (Attendance.CANCELLED, Attendance.LATE_CANCELLED)


class Channel(StrEnum):
    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"


class Language(StrEnum):
    ENGLISH = "en"
    SPANISH = "es"


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    UNKNOWN = "unknown"


class ConsentStatus(StrEnum):
    NONE = "none"  # never asked / not recorded
    GRANTED = "granted"
    OPTED_OUT = "opted_out"


class Frequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"

    @property
    def days(self) -> int:
        return 7 if self is Frequency.WEEKLY else 14
