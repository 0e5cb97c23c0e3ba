"""The audit trail: who did what, when (HIPAA audit controls and integrity).

Each entry carries the hash of the one before it (`prev_hash`) and its own (`hash`, over its
fields and `prev_hash`): an entry edited, deleted or slipped in breaks the chain, which
frontdesk/services/audit_chain.py verifies."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, UTCDateTime


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        # the owner's viewer: its filters and their choices (services/audit_view.py)
        Index("ix_audit_actor", "actor"),
        Index("ix_audit_action", "action"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    account_id: Mapped[int | None] = mapped_column(nullable=True)  # the staff account acting
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
