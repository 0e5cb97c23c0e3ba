"""Staff accounts: each person at the desk signs in as themself (HIPAA unique user
identification). A PIN or passphrase is kept only as a memory-hard hash."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.domain.access import Role
from frontdesk.models.base import Base, UTCDateTime, enum_type


class StaffAccount(Base):
    __tablename__ = "staff_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)  # as shown and audited
    role: Mapped[Role] = mapped_column(enum_type(Role))
    # A clinician's account is that clinician: their own schedule and clients.
    clinician_id: Mapped[int | None] = mapped_column(ForeignKey("clinician.id"), nullable=True)
    # "scrypt$<log2 n>$<r>$<p>$<salt b64>$<hash b64>"; never the PIN itself.
    pin_hash: Mapped[str] = mapped_column(Text)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)  # since the last success
    last_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Set after too many failed attempts: only the owner (or the recovery code) opens it.
    locked_out: Mapped[bool] = mapped_column(Boolean, default=False)
    must_change_pin: Mapped[bool] = mapped_column(Boolean, default=False)  # after a reset
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # never deleted: audited
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
