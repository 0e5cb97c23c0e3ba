"""What the no-show trends cache must re-read, and the cache saved between runs.

SQLite triggers (created by migration 809fcdb632a3, the outbox insert's changed by
12f1b75a0cf8; kept here as the canonical text) add
the appointment's id to `stats_dirty` whenever one of its places, its time, clinician, type
or modality, one of its messages, or its reschedule history changes; a later change to the
same appointment replaces its row with a higher `seq`. The trends service re-reads the
appointments marked after the last `seq` it applied, and deletes the marks up to the `seq`
of the snapshot it saves (`stats_snapshot`) in the same transaction, so no change is lost
between a snapshot and the next start. One row per appointment at most.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, UTCDateTime


class StatsDirty(Base):
    __tablename__ = "stats_dirty"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(primary_key=True)  # grows with every change
    appointment_id: Mapped[int] = mapped_column(Integer, unique=True)


class StatsSnapshot(Base):
    """The trends cache as it was after applying every mark up to `seq` (one row), so the
    next start reads it instead of every place and message. The service deletes the marks
    up to `seq` in the same transaction that writes it."""

    __tablename__ = "stats_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer)  # the cache's format and definitions
    seq: Mapped[int] = mapped_column(Integer)
    timezone: Mapped[str] = mapped_column(String(64))
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    data: Mapped[bytes] = mapped_column(LargeBinary)


def _mark(value: str, also: str = "") -> str:
    """The statement a trigger runs: mark one appointment (never a NULL: staff messages)."""
    return (f"INSERT OR REPLACE INTO stats_dirty (appointment_id) SELECT {value} "
            f"WHERE {value} IS NOT NULL{also};")


_MOVED = " AND NEW.appointment_id IS NOT OLD.appointment_id"

TRIGGERS: dict[str, str] = {
    "stats_attendee_insert":
        "CREATE TRIGGER stats_attendee_insert AFTER INSERT ON attendee "
        f"BEGIN {_mark('NEW.appointment_id')} END",
    "stats_attendee_update":
        "CREATE TRIGGER stats_attendee_update AFTER UPDATE OF appointment_id, client_id, "
        "confirmation, attendance, booked_at ON attendee "
        f"BEGIN {_mark('OLD.appointment_id')} {_mark('NEW.appointment_id', _MOVED)} END",
    "stats_attendee_delete":
        "CREATE TRIGGER stats_attendee_delete AFTER DELETE ON attendee "
        f"BEGIN {_mark('OLD.appointment_id')} END",
    "stats_appointment_update":
        "CREATE TRIGGER stats_appointment_update AFTER UPDATE OF start_at, clinician_id, "
        f"type_id, modality ON appointment BEGIN {_mark('NEW.id')} END",
    "stats_appointment_delete":
        "CREATE TRIGGER stats_appointment_delete AFTER DELETE ON appointment "
        f"BEGIN {_mark('OLD.id')} END",
    "stats_outbox_insert":  # a bulk insert marks its appointments itself (MARK_ALL)
        "CREATE TRIGGER stats_outbox_insert AFTER INSERT ON outbox_message "
        "WHEN NOT EXISTS (SELECT 1 FROM outbox_bulk_insert) "
        f"BEGIN {_mark('NEW.appointment_id')} END",
    "stats_outbox_update":
        "CREATE TRIGGER stats_outbox_update AFTER UPDATE OF appointment_id, client_id, step, "
        "channel, state, due_at, sending_at, sent_at ON outbox_message "
        f"BEGIN {_mark('OLD.appointment_id')} {_mark('NEW.appointment_id', _MOVED)} END",
    "stats_outbox_delete":
        "CREATE TRIGGER stats_outbox_delete AFTER DELETE ON outbox_message "
        f"BEGIN {_mark('OLD.appointment_id')} END",
    "stats_audit_reschedule":
        "CREATE TRIGGER stats_audit_reschedule AFTER INSERT ON audit_entry "
        "WHEN NEW.action = 'reschedule' AND NEW.entity = 'appointment' "
        f"BEGIN {_mark('NEW.entity_id')} END",
}

# Marks every appointment whose id is in the JSON list given, as the triggers would.
MARK_ALL = ("INSERT OR REPLACE INTO stats_dirty (appointment_id) "
            "SELECT value FROM json_each(?) WHERE value IS NOT NULL")
