"""The no-show risk model the practice's own history taught (one row; services/risk/)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, UTCDateTime


class RiskModelRow(Base):
    """The fitted model as JSON (weights, scaling, calibration, validation figures: numbers,
    no client's data), when it was last tried and trained, and the practice's setting for
    call items a day ahead. Never leaves the PC."""

    __tablename__ = "risk_model"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A high-risk session still unconfirmed a day ahead becomes a To do call item.
    call_ahead: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    tried_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    trained_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sessions: Mapped[int] = mapped_column(Integer, default=0)  # places with an outcome then
    model: Mapped[str] = mapped_column(Text, default="")  # "" : no model (see note)
    note: Mapped[str] = mapped_column(Text, default="")  # why there is none, in words
