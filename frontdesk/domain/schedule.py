"""The schedule's vocabulary: how a session happens, whether it is confirmed, who came."""

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


class Frequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"

    @property
    def days(self) -> int:
        return 7 if self is Frequency.WEEKLY else 14
