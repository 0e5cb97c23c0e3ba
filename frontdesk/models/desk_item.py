"""Items for a human at the front desk: call this client, this text failed, a note for
the clinician. Issue 5's exceptions list shows them; they leave it when done."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, UTCDateTime, enum_type


class ItemKind(StrEnum):
    CALL_UNCONFIRMED = "call_unconfirmed"  # close to the session and still not confirmed
    MISSED_SESSION = "missed_session"  # not marked arrived after the start: follow up
    DELIVERY_PROBLEM = "delivery_problem"  # a message failed for good, or may not have gone
    CLINICIAN_NOTE = "clinician_note"  # e.g. a same-day move after reminders went out
    # From client replies (issue 4): each points at the inbound message (ref "inbound:<id>").
    CRISIS = "crisis"  # risk of harm: acknowledge within minutes
    CLINICAL = "clinical"  # for the clinician to read: within one business day
    CLIENT_MESSAGE = "client_message"  # a question or anything FrontDesk could not act on
    RUNNING_LATE = "running_late"  # the client says they will be late today
    UNMATCHED = "unmatched"  # a number that is no client's (or several clients')
    OPTED_OUT = "opted_out"  # a client stopped messages on a channel
    SERIES_CANCELS = "series_cancels"  # several sessions of one series cancelled lately


class DeskItem(Base):
    __tablename__ = "desk_item"
    __table_args__ = (
        UniqueConstraint("kind", "appointment_id", "client_id", "ref", name="uq_desk_item"),
        Index("ix_desk_item_open", "done_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ItemKind] = mapped_column(enum_type(ItemKind))
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), nullable=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), nullable=True)
    ref: Mapped[str] = mapped_column(String(40), default="")  # e.g. the outbox row it is about
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    done_by: Mapped[str] = mapped_column(String(120), default="")
