"""Appointments, the clients attending them, and recurring series."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.domain import (
    Attendance,
    Channel,
    Confirmation,
    Frequency,
    MessageState,
    Modality,
)
from frontdesk.models.base import Base, UTCDateTime, enum_type


class Series(Base):
    """A weekly or fortnightly run of sessions booked together."""

    __tablename__ = "series"

    id: Mapped[int] = mapped_column(primary_key=True)
    frequency: Mapped[Frequency] = mapped_column(enum_type(Frequency))
    occurrences: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Appointment(Base):
    __tablename__ = "appointment"
    __table_args__ = (
        Index("ix_appointment_start", "start_at"),
        Index("ix_appointment_clinician_start", "clinician_id", "start_at"),
        # A synced session is found by its source's own id; one row per (source, id).
        Index("uq_appointment_source_external", "source", "external_id", unique=True,
              sqlite_where=text("source IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    clinician_id: Mapped[int] = mapped_column(ForeignKey("clinician.id"))
    type_id: Mapped[int] = mapped_column(ForeignKey("appointment_type.id"))
    start_at: Mapped[datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime)
    modality: Mapped[Modality] = mapped_column(enum_type(Modality))
    telehealth_link: Mapped[str] = mapped_column(String(500), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id"), nullable=True)
    # Set when the whole session is called off (every attendee cancelled).
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Where it comes from: None when made in FrontDesk, else the sync source's name, which
    # then owns its time, clinician and existence (FrontDesk follows the source).
    source: Mapped[str | None] = mapped_column(String(60), nullable=True)
    external_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    external_version: Mapped[str | None] = mapped_column(String(100), nullable=True)

    attendees: Mapped[list[Attendee]] = relationship(
        back_populates="appointment", cascade="all, delete-orphan", order_by="Attendee.id"
    )


class Attendee(Base):
    """One client's place in an appointment (several for a group session)."""

    __tablename__ = "attendee"
    __table_args__ = (
        UniqueConstraint("appointment_id", "client_id"),
        Index("ix_attendee_client", "client_id"),
        Index("ix_attendee_cancelled", "cancelled_at"),  # recent cancellations (desk items)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointment.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    confirmation: Mapped[Confirmation] = mapped_column(
        enum_type(Confirmation), default=Confirmation.UNCONFIRMED
    )
    attendance: Mapped[Attendance] = mapped_column(enum_type(Attendance), default=Attendance.BOOKED)
    booked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The message the schedule's "Last message" column shows for this place: the latest one
    # that went out (or was tried), else the next one planned; all None when there is none.
    # Kept by the triggers in models/place_message.py whenever an outbox row changes, in the
    # same transaction; never written from Python. Deferred: only the day view reads them.
    msg_state: Mapped[MessageState | None] = mapped_column(
        enum_type(MessageState), nullable=True, deferred=True)
    msg_step: Mapped[str | None] = mapped_column(String(40), nullable=True, deferred=True)
    msg_channel: Mapped[Channel | None] = mapped_column(enum_type(Channel), nullable=True,
                                                        deferred=True)
    # When it went (sent, else last changed) or, for a planned one, when it is due.
    msg_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, deferred=True)
    # Recorded by the local outbox only (no provider credentials): the client did not get it.
    msg_recorded_only: Mapped[bool | None] = mapped_column(Boolean, nullable=True,
                                                           deferred=True)

    appointment: Mapped[Appointment] = relationship(back_populates="attendees")
