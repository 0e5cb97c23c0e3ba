"""How the practice wants its messages: template overrides and reminder-policy settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.domain import Channel, Language
from frontdesk.models.base import Base, UTCDateTime, enum_type


class TemplateOverride(Base):
    """The practice's (clinician_id None) or a clinician's own words for one message."""

    __tablename__ = "template_override"
    __table_args__ = (UniqueConstraint("step", "channel", "language", "clinician_id", "minimal",
                                       name="uq_template_override"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    step: Mapped[str] = mapped_column(String(40))
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    language: Mapped[Language] = mapped_column(enum_type(Language))
    clinician_id: Mapped[int | None] = mapped_column(ForeignKey("clinician.id"), nullable=True)
    minimal: Mapped[bool] = mapped_column(Boolean, default=False)
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(120), default="")


class PolicyRule(Base):
    """One step of the reminder sequence as the practice set it: for every appointment type
    (type_id None) or for one type. Missing rows mean the built-in defaults."""

    __tablename__ = "policy_rule"
    __table_args__ = (UniqueConstraint("type_id", "step", name="uq_policy_rule"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    type_id: Mapped[int | None] = mapped_column(ForeignKey("appointment_type.id"),
                                                nullable=True)
    step: Mapped[str] = mapped_column(String(40))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    offset_minutes: Mapped[int] = mapped_column(Integer)  # from the start; negative = before
    useful_until_minutes: Mapped[int] = mapped_column(Integer)
    route: Mapped[str] = mapped_column(String(20))
    modalities: Mapped[str] = mapped_column(String(40), default="in_person,telehealth")


class WhatsAppTemplate(Base):
    """A WhatsApp template approved for the practice's sender (Twilio ContentSid), used for a
    step outside the 24 hours after the client's last WhatsApp message."""

    __tablename__ = "whatsapp_template"
    __table_args__ = (UniqueConstraint("step", "language", name="uq_whatsapp_template"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    step: Mapped[str] = mapped_column(String(40))
    language: Mapped[Language] = mapped_column(enum_type(Language))
    content_sid: Mapped[str] = mapped_column(String(34))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
