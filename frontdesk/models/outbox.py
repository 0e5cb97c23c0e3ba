"""The outbox: every planned message is a row, and the database is the truth.

A row is planned from an appointment, the client's preferences and the
reminder policy; the dispatcher moves it through its states. A row that is
SENDING when the app dies is reconciled with the provider, never resent blind.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.domain import Channel, MessageState
from frontdesk.models.base import Base, UTCDateTime, enum_type


class OutboxMessage(Base):
    __tablename__ = "outbox_message"
    __table_args__ = (
        # Also the index for an appointment's rows (lookups, the cascade, the triggers):
        # appointment_id leads it, so no index of its own is kept beside it.
        UniqueConstraint("appointment_id", "client_id", "step", "channel", "anchor_at",
                         name="uq_outbox_plan"),
        Index("ix_outbox_due", "state", "due_at"),
        Index("ix_outbox_client_sending", "client_id", "sending_at"),  # daily cap, threads
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Globally unique: the email Message-ID of every attempt for this row is built from it.
    uid: Mapped[str] = mapped_column(String(32), default=lambda: uuid.uuid4().hex, unique=True)
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), nullable=True)
    # None only for a message to staff (the on-call alert about an unknown number's text).
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), nullable=True)
    step: Mapped[str] = mapped_column(String(40))
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    # The appointment start this message was planned against: a reschedule re-anchors.
    anchor_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    useful_until: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[MessageState] = mapped_column(enum_type(MessageState),
                                                default=MessageState.PLANNED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    provider_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # The exact address the last attempt went to (E.164, "whatsapp:+…" or email), set with
    # SENDING: a crashed attempt is reconciled against it, never the client's current one.
    sent_to: Mapped[str | None] = mapped_column(String(320), nullable=True)
    error_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    reason: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")  # what was sent, rendered at send time
    # An approved WhatsApp template (Twilio ContentSid) sent instead of free text.
    content_sid: Mapped[str | None] = mapped_column(String(34), nullable=True)
    planned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sending_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OutboxBulkInsert(Base):
    """Holds a row only while a writer inserts outbox rows whose places' last message and
    trends marks it then sets itself, set-based (the planner's bulk insert): the insert
    triggers skip its rows meanwhile. Empty otherwise, and in every committed state."""

    __tablename__ = "outbox_bulk_insert"

    id: Mapped[int] = mapped_column(primary_key=True)
