"""Raising and clearing the front desk's to-do items (call, check a failed text, notes)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Attendance, Confirmation, ItemKind
from frontdesk.domain.changes import Changes
from frontdesk.models import Appointment, Attendee, Client, DeskItem
from frontdesk.services import audit, reengagement
from frontdesk.services.contacts import format_phone
from frontdesk.services.errors import NotFoundError
from frontdesk.services.events import ChangeEvents
from frontdesk.services.inbox import privacy
from frontdesk.services.inbox.message_time import message_time
from frontdesk.services.practice import load_settings
from frontdesk.services.quit_check import QuitCheck, quit_check
from frontdesk.services.retry import retry_locked

log = logging.getLogger(__name__)
CALL_WINDOW = timedelta(hours=24)  # unconfirmed this close to the start: phone the client
CALL_NOTE = "Not confirmed yet and the session is within a day: call."
SERIES_CANCELS = 2  # this many cancellations of one series within SERIES_WINDOW: a pattern
SERIES_WINDOW = timedelta(days=30)


@dataclass(frozen=True)
class DeskItemInfo:
    id: int
    kind: ItemKind
    appointment_id: int | None
    client_id: int | None
    client_name: str
    session_start: datetime | None  # practice time zone
    note: str
    created_at: datetime
    phone: str = ""  # the client's mobile as people write it, for "call"
    email: str = ""
    message_at: datetime | None = None  # a client message's: when it came in (practice tz)

    @property
    def came_in(self) -> datetime:
        """The message's own time where the item is about one, else when it was raised."""
        return self.message_at or self.created_at


def raise_item(s: Session, kind: ItemKind, now: datetime, *, appointment_id: int | None,
               client_id: int | None, note: str, ref: str = "") -> DeskItem:
    """Open an item once; raising it again refreshes the note of an open one."""
    item = s.scalar(select(DeskItem).where(
        DeskItem.kind == kind, DeskItem.appointment_id == appointment_id,
        DeskItem.client_id == client_id, DeskItem.ref == ref))
    if item is None:
        item = DeskItem(kind=kind, appointment_id=appointment_id, client_id=client_id, ref=ref,
                        note=note, created_at=now)
        s.add(item)
    elif item.done_at is None:
        item.note = note
    return item


def _local(at: datetime | None, tz: ZoneInfo) -> datetime | None:
    return at.astimezone(tz) if at is not None else None


class DeskItemService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 events: ChangeEvents | None = None) -> None:
        self.sessions = sessions
        self.clock = clock
        self.events = events or ChangeEvents()  # told when the To do list changes
        # High-risk places among these sessions' (services/risk, set by Services.build): an
        # unconfirmed one gets its call item the whole day before, with the reasons.
        self.risk_calls: Callable[[list[int]], Mapping[tuple[int, int], Any]] | None = None

    def open_items(self) -> list[DeskItemInfo]:
        with self.sessions() as s:
            settings = load_settings(s)
            tz, region = ZoneInfo(settings.timezone), settings.region
            items = s.scalars(select(DeskItem).where(DeskItem.done_at.is_(None))
                              .order_by(DeskItem.created_at, DeskItem.id))
            private = bool(settings.screen_privacy)
            out = []
            for it in items:
                c = s.get(Client, it.client_id) if it.client_id else None
                a = s.get(Appointment, it.appointment_id) if it.appointment_id else None
                kind = it.kind.value
                name = f"{c.preferred_name or c.first_name} {c.last_name}" if c else ""
                hide = privacy.shown_name(kind, name, private) != name  # and their contacts
                out.append(DeskItemInfo(
                    it.id, it.kind, it.appointment_id, it.client_id,
                    privacy.shown_name(kind, name, private),
                    a.start_at.astimezone(tz) if a else None,
                    privacy.shown_note(kind, it.note, private), it.created_at,
                    format_phone(c.mobile, region) if c and not hide else "",
                    (c.email or "") if c and not hide else "", _local(message_time(s, it.ref), tz)))
            return out

    def mark_done(self, item_id: int, actor: str) -> None:
        with self.sessions.begin() as s:
            it = s.get(DeskItem, item_id)
            if it is None:
                raise NotFoundError("That item no longer exists.")
            if it.done_at is None:
                it.done_at, it.done_by = self.clock.now(), actor
                audit.record(s, self.clock, actor, "desk_item_done", "desk_item", it.id,
                             it.kind.value)
        self.events.publish(Changes(desk=True))

    def quit_check(self) -> QuitCheck:
        """What would wait if FrontDesk were quit now (messages due within 12 h, crises)."""
        return quit_check(self.sessions, self.clock)

    def raise_call_items(self) -> int:
        """Unconfirmed places starting within the call window become 'call' items (tried
        again while another writer holds the store: raising an item twice opens it once)."""
        return self._told(retry_locked(self._raise_call_items))

    def raise_series_cancel_items(self) -> int:
        """A client who cancelled several sessions of the same series lately is worth a
        call (they may be dropping out of care): one item per client and series. Also the
        periodic hook of the re-engagement check-ins (services/reengagement.py: clients whose
        sessions stopped), since background.py has no room for a job of its own."""
        try:
            retry_locked(lambda: reengagement.sweep(self.sessions, self.clock))
        except Exception as exc:  # the desk's own items must still be raised
            log.error("Re-engagement sweep failed: %s", type(exc).__name__)
        return self._told(retry_locked(self._raise_series_cancel_items))

    def _told(self, raised: int) -> int:
        if raised:
            self.events.publish(Changes(desk=True))
        return raised

    @staticmethod
    def _unconfirmed(now: datetime, until: datetime) -> Any:
        return (select(Attendee.appointment_id, Attendee.client_id)
                .join(Appointment, Appointment.id == Attendee.appointment_id)
                .where(Appointment.cancelled_at.is_(None), Appointment.start_at > now,
                       Appointment.start_at <= until,
                       Attendee.attendance == Attendance.BOOKED,
                       Attendee.confirmation != Confirmation.CONFIRMED))

    def _risky(self, now: datetime) -> dict[tuple[int, int], str]:
        """Unconfirmed places until the end of tomorrow (practice time) that the risk model
        calls high, with the note's words; none without a model or with the setting off."""
        if self.risk_calls is None:
            return {}
        with self.sessions() as s:
            tz = ZoneInfo(load_settings(s).timezone)
            tomorrow = now.astimezone(tz).date() + timedelta(days=1)
            until = datetime.combine(tomorrow + timedelta(days=1), time(), tz)
            places = {(a, c) for a, c in s.execute(self._unconfirmed(now, until))}
        if not places:
            return {}
        try:
            scores = self.risk_calls(sorted({a for a, _ in places}))
        except Exception as exc:  # the risk model never stands in the way of the call items
            log.warning("No-show risk not available for call items: %s", type(exc).__name__)
            return {}
        return {key: "Not confirmed yet and at high risk of a no-show"
                     + (f" ({'; '.join(score.reasons)})" if score.reasons else "") + ": call."
                for key, score in scores.items() if key in places}

    def _raise_call_items(self) -> int:
        now = self.clock.now()
        risky = self._risky(now)  # read before the write transaction: it stays short
        with self.sessions.begin() as s:
            found = {(a, c) for a, c in s.execute(self._unconfirmed(now, now + CALL_WINDOW))}
            for appointment_id, client_id in sorted(found | set(risky)):
                raise_item(s, ItemKind.CALL_UNCONFIRMED, now, appointment_id=appointment_id,
                           client_id=client_id,
                           note=risky.get((appointment_id, client_id), CALL_NOTE))
            return len(found | set(risky))

    def _raise_series_cancel_items(self) -> int:
        now = self.clock.now()
        with self.sessions.begin() as s:
            q = (select(Attendee.client_id, Appointment.series_id, func.count())
                 .join(Appointment, Appointment.id == Attendee.appointment_id)
                 .where(Appointment.series_id.is_not(None),
                        Attendee.attendance.in_((Attendance.CANCELLED,
                                                 Attendance.LATE_CANCELLED)),
                        Attendee.cancelled_at >= now - SERIES_WINDOW)
                 .group_by(Attendee.client_id, Appointment.series_id)
                 .having(func.count() >= SERIES_CANCELS))
            found = list(s.execute(q))
            for client_id, series_id, count in found:
                raise_item(s, ItemKind.SERIES_CANCELS, now, appointment_id=None,
                           client_id=client_id, ref=f"series:{series_id}",
                           note=f"Cancelled {count} sessions of a repeating booking in the "
                                "last 30 days: call to check in.")
            return len(found)
