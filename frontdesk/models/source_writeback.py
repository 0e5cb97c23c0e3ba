"""A client's confirmation or cancellation waiting to be written back to the session's
source (or what became of it). The row is added in the transaction that records the answer,
so nothing is lost between FrontDesk and the source; `detail` is in words, no client data."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.domain.writeback import WriteBackAction, WriteBackState
from frontdesk.models.base import Base, UTCDateTime, enum_type


class SourceWriteBack(Base):
    __tablename__ = "source_writeback"
    __table_args__ = (
        Index("ix_source_writeback_due", "state", "next_attempt_at"),
        Index("ix_source_writeback_place", "appointment_id", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    action: Mapped[WriteBackAction] = mapped_column(enum_type(WriteBackAction))
    source: Mapped[str] = mapped_column(String(60))  # the sync source's name
    state: Mapped[WriteBackState] = mapped_column(enum_type(WriteBackState))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # When a pending row is next tried (also held a while by a run writing it); None once done.
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
