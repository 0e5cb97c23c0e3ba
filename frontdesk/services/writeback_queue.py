"""Queueing a client's confirmation or cancellation for the session's source, in the
transaction that records it in FrontDesk: the answer and its write-back commit together.

Only sources that take write-back get rows (a FHIR server; whether it accepts the change is
found out when writing). A place has at most one pending row: a confirmation already waiting
is not queued again, and a cancellation replaces a confirmation still waiting.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import ItemKind
from frontdesk.domain.writeback import WriteBackAction, WriteBackState
from frontdesk.models import Appointment, SourceWriteBack, SyncSource
from frontdesk.services.desk_items import raise_item

WRITABLE_KINDS = ("fhir",)
SUPERSEDED = "replaced by the client's later cancellation"


def writes_back(s: Session, appointment: Appointment) -> bool:
    """True when the session comes from a source FrontDesk writes answers back to."""
    if appointment.source is None or not appointment.external_id:
        return False
    kind = s.scalar(select(SyncSource.kind).where(SyncSource.name == appointment.source))
    return kind in WRITABLE_KINDS


def queue_confirm(s: Session, now: datetime, appointment: Appointment, client_id: int) -> None:
    """The client's place was confirmed (by reply, or by phone to staff)."""
    if not writes_back(s, appointment) or _pending(s, appointment.id, client_id):
        return
    _add(s, now, appointment, client_id, WriteBackAction.CONFIRM)


def queue_cancel(s: Session, now: datetime, appointment: Appointment, client_id: int) -> None:
    """The client cancelled their place by reply."""
    if not writes_back(s, appointment):
        return
    waiting = _pending(s, appointment.id, client_id)
    if any(row.action is WriteBackAction.CANCEL for row in waiting):
        return
    for row in waiting:
        row.state, row.next_attempt_at, row.detail = WriteBackState.SUPERSEDED, None, SUPERSEDED
        row.updated_at = now
    _add(s, now, appointment, client_id, WriteBackAction.CANCEL)


def _pending(s: Session, appointment_id: int, client_id: int) -> list[SourceWriteBack]:
    return list(s.scalars(select(SourceWriteBack).where(
        SourceWriteBack.appointment_id == appointment_id,
        SourceWriteBack.client_id == client_id,
        SourceWriteBack.state == WriteBackState.PENDING)))


def _add(s: Session, now: datetime, appointment: Appointment, client_id: int,
         action: WriteBackAction) -> None:
    assert appointment.source is not None  # writes_back() said so
    s.add(SourceWriteBack(appointment_id=appointment.id, client_id=client_id, action=action,
                          source=appointment.source, state=WriteBackState.PENDING, attempts=0,
                          next_attempt_at=now, detail="", created_at=now, updated_at=now))


def hand_over_pending(s: Session, now: datetime, source: str) -> int:
    """The source is removed: answers still waiting for it are not sent; each becomes a To
    do item to record it there by hand (the session may still be in that calendar)."""
    waiting = list(s.scalars(select(SourceWriteBack).where(
        SourceWriteBack.source == source, SourceWriteBack.state == WriteBackState.PENDING)))
    for row in waiting:
        what = "cancellation" if row.action is WriteBackAction.CANCEL else "confirmation"
        row.state, row.next_attempt_at, row.updated_at = WriteBackState.NOT_ALLOWED, None, now
        row.detail = "the source was removed before it was written"
        raise_item(s, ItemKind.SOURCE_WRITE_BACK, now, appointment_id=row.appointment_id,
                   client_id=row.client_id, ref=f"writeback:{row.id}",
                   note=f"FrontDesk no longer follows {source}, so the client's {what} was "
                   f"not recorded there: if the session is still in {source}, record it there.")
    return len(waiting)

