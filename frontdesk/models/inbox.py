"""What clients write to the practice: inbound texts, staff notes, slot offers, poll state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.domain import Channel, Handling
from frontdesk.models.base import Base, UTCDateTime, enum_type


class InboundMessage(Base):
    """One message a client (or an unknown number) sent; unique per provider SID."""

    __tablename__ = "inbound_message"
    __table_args__ = (
        Index("ix_inbound_client", "client_id", "received_at"),
        Index("ix_inbound_from", "from_address", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    from_address: Mapped[str] = mapped_column(String(32))  # E.164, without "whatsapp:"
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), nullable=True)
    body: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime)
    intent: Mapped[str] = mapped_column(String(16), default="")
    flag: Mapped[str] = mapped_column(String(16), default="")
    reasons: Mapped[str] = mapped_column(Text, default="")  # the classifier's, one per line
    handling: Mapped[Handling] = mapped_column(enum_type(Handling), default=Handling.RECEIVED)
    outcome: Mapped[str] = mapped_column(String(300), default="")  # what was done, for staff
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="SET NULL"), nullable=True)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    read_by: Mapped[str] = mapped_column(String(120), default="")


class ThreadNote(Base):
    """A staff note in a client's thread (or an unmatched number's)."""

    __tablename__ = "thread_note"
    __table_args__ = (Index("ix_thread_note_client", "client_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), nullable=True)
    from_address: Mapped[str] = mapped_column(String(32), default="")  # unmatched threads
    body: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SlotOffer(Base):
    """Times offered by text after a client asked to reschedule; a numbered reply books one."""

    __tablename__ = "slot_offer"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointment.id", ondelete="CASCADE"))
    slots: Mapped[str] = mapped_column(Text)  # ISO start times in UTC, one per line, 1-based
    offered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    taken: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the number chosen
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class PollState(Base):
    """Where the inbound poll got to, per practice address (SMS number, WhatsApp sender)."""

    __tablename__ = "poll_state"

    address: Mapped[str] = mapped_column(String(48), primary_key=True)
    polled_at: Mapped[datetime] = mapped_column(UTCDateTime)  # start of the last good poll
    # Since when every poll of this address has failed (None while polls succeed), and why,
    # in words with no client data: the desk is told when this lasts more than a few minutes.
    failing_since: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(String(300), default="")
