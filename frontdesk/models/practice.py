"""The practice itself: settings, clinicians and appointment types."""

from __future__ import annotations

from sqlalchemy import Boolean, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.domain import Modality
from frontdesk.models.base import Base, enum_type


class PracticeSettings(Base):
    """One row: the practice's name, contact details and scheduling rules."""

    __tablename__ = "practice_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64), default="America/New_York")
    region: Mapped[str] = mapped_column(String(2), default="US")  # for parsing local numbers
    late_cancel_hours: Mapped[int] = mapped_column(Integer, default=24)
    day_start_hour: Mapped[int] = mapped_column(Integer, default=7)
    day_end_hour: Mapped[int] = mapped_column(Integer, default=21)
    recovery_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Messaging: texts only inside these recipient-local hours, at most so many a day.
    quiet_start_minute: Mapped[int] = mapped_column(Integer, default=480, server_default="480")
    quiet_end_minute: Mapped[int] = mapped_column(Integer, default=1200,
                                                  server_default="1200")
    texts_per_day: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    # Shown instead of the practice name in shared-phone texts (None: use the name).
    neutral_sender_name: Mapped[str | None] = mapped_column(String(120), nullable=True)
    # Crisis handling: who is told (by an SMS that never carries the content) and
    # how often a client gets the crisis-resources reply.
    oncall_mobile: Mapped[str | None] = mapped_column(String(20), nullable=True)
    crisis_reply_hours: Mapped[int] = mapped_column(Integer, default=12, server_default="12")
    # What one session is worth, for the no-show trends' revenue lost and recovered (cents).
    session_fee_cents: Mapped[int] = mapped_column(Integer, default=15000,
                                                   server_default="15000")
    # Screen privacy (on by default): always-visible surfaces show no message words and no
    # clinical detail; they are one deliberate, audited click away.
    screen_privacy: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    # The desk locks itself after this many idle minutes (set by the owner).
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=5, server_default="5")


class Clinician(Base):
    __tablename__ = "clinician"
    __table_args__ = (
        Index("uq_clinician_source_external", "source", "external_id", unique=True,
              sqlite_where=text("source IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(200))  # the name clients see
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The sync source this clinician is linked to (None: only in FrontDesk) and its id there.
    source: Mapped[str | None] = mapped_column(String(60), nullable=True)
    external_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # A client with no coming session this many weeks after their last one with this
    # clinician gets one gentle check-in (services/reengagement.py). None or 0: never.
    reengage_weeks: Mapped[int | None] = mapped_column(Integer, nullable=True)


class AppointmentType(Base):
    __tablename__ = "appointment_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=50)
    default_modality: Mapped[Modality] = mapped_column(
        enum_type(Modality), default=Modality.IN_PERSON
    )
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
