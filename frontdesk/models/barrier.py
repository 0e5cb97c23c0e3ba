"""What got in the way of a missed appointment, as a client answered the missed-session note.

The client's own words stay only in their inbound message (`inbound_id`); not copied here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.domain import Barrier
from frontdesk.models.base import Base, UTCDateTime, enum_type


class ClientBarrier(Base):
    """One answer: the client, the missed appointment it was about, and the kind of barrier."""

    __tablename__ = "client_barrier"
    __table_args__ = (Index("ix_client_barrier_recorded", "recorded_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="SET NULL"), nullable=True)
    inbound_id: Mapped[int | None] = mapped_column(
        ForeignKey("inbound_message.id", ondelete="SET NULL"), nullable=True)
    barrier: Mapped[Barrier] = mapped_column(enum_type(Barrier))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
