"""Items for a human at the front desk: call this client, this text failed, a note for
the clinician. The To do tab lists them; they leave it when done."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.domain import ItemKind
from frontdesk.models.base import Base, UTCDateTime, enum_type


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
