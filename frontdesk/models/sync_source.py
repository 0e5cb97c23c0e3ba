"""A calendar the practice syncs from (an EHR's FHIR API, an iCalendar feed…) and its state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, UTCDateTime


class SyncSource(Base):
    __tablename__ = "sync_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)  # "OpenEMR"; rows' `source`
    kind: Mapped[str] = mapped_column(String(20))  # "fhir" | "ics" | "calendly" | "csv"
    # Non-secret settings as JSON (base URL, client id, region, window days); secrets live
    # in the OS keyring.
    settings: Mapped[str] = mapped_column(Text, default="{}")
    # Where the next read starts (the connector's own opaque text); moved only with a commit.
    cursor: Mapped[str | None] = mapped_column(Text, nullable=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    last_run_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")  # in words, no client data
    last_summary: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
