"""Where the practice's backups go, and how the last ones went (one row)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, UTCDateTime


class BackupState(Base):
    """The folder IT chose ("" : the data folder's own backups/) and the last runs' outcome.
    Written by services/backup.py; read by the health banner without touching the folder."""

    __tablename__ = "backup_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    folder: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)  # backups looked after since
    last_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_ok_file: Mapped[str] = mapped_column(Text, default="")  # its name in the folder
    last_try_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")  # in words, no client data
    # Why the folder cannot be used, from the last look at it ("" : it could).
    folder_problem: Mapped[str] = mapped_column(Text, default="")
