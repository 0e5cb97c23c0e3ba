"""Clients, their contact points and their per-channel consent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.domain import Channel, ConsentStatus, Language, PhoneKind
from frontdesk.models.base import Base, UTCDateTime, enum_type


class Client(Base):
    __tablename__ = "client"
    __table_args__ = (
        Index("uq_client_source_external", "source", "external_id", unique=True,
              sqlite_where=text("source IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    preferred_name: Mapped[str] = mapped_column(String(120), default="")
    # Contact points: phone numbers are E.164 ("+14155550123").
    mobile: Mapped[str | None] = mapped_column(String(20), nullable=True)
    mobile_kind: Mapped[PhoneKind] = mapped_column(enum_type(PhoneKind), default=PhoneKind.UNKNOWN)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    whatsapp: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # When the client last wrote on WhatsApp: free text is allowed for 24 hours after it.
    whatsapp_inbound_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    preferred_channel: Mapped[Channel] = mapped_column(enum_type(Channel), default=Channel.SMS)
    language: Mapped[Language] = mapped_column(enum_type(Language), default=Language.ENGLISH)
    timezone: Mapped[str | None] = mapped_column(String(64), nullable=True)  # None: practice's
    shared_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The sync source this client is linked to (None: only in FrontDesk) and its id there.
    source: Mapped[str | None] = mapped_column(String(60), nullable=True)
    external_id: Mapped[str | None] = mapped_column(String(200), nullable=True)

    consents: Mapped[list[ChannelConsent]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )


class ChannelConsent(Base):
    """Whether a client agreed to messages on one channel: when, how, and who recorded it."""

    __tablename__ = "channel_consent"
    __table_args__ = (UniqueConstraint("client_id", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    status: Mapped[ConsentStatus] = mapped_column(
        enum_type(ConsentStatus), default=ConsentStatus.NONE
    )
    given_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    method: Mapped[str] = mapped_column(String(120), default="")  # "intake form", "verbal"...
    recorded_by: Mapped[str] = mapped_column(String(120), default="")
    opted_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    client: Mapped[Client] = relationship(back_populates="consents")
